"""Scripted faults: statuses, bodies, delays, dropped connections, broken JSON."""

from __future__ import annotations

import json
import re
import time

import httpx
import pytest

from posthog_experiments_client.testing import FakePostHog, Fault

from ._support import BASE, create
from .conftest import Connect


def test_scripted_status_headers_and_body_for_n_requests(
    api: httpx.Client, fake: FakePostHog
) -> None:
    fault = fake.faults.respond(
        429, {"detail": "slow down"}, headers={"Retry-After": "7"}, method="GET", path=BASE, times=2
    )
    for _ in range(2):
        response = api.get(BASE)
        assert response.status_code == 429
        assert response.headers["Retry-After"] == "7"
        assert response.json() == {"detail": "slow down"}
        assert response.headers["Content-Type"] == "application/json"
    assert fault.remaining == 0
    assert fake.faults.pending == []
    assert api.get(BASE).status_code == 200


def test_html_502_page(api: httpx.Client, fake: FakePostHog) -> None:
    fake.faults.bad_gateway(method="POST")
    response = api.post(BASE, json={"name": "A", "feature_flag_key": "a"})
    assert response.status_code == 502
    assert response.headers["Content-Type"] == "text/html"
    assert "<h1>502 Bad Gateway</h1>" in response.text
    with pytest.raises(json.JSONDecodeError):
        response.json()
    # A scripted answer never reached the state.
    assert api.get(BASE).json()["count"] == 0


def test_scripted_answer_after_processing(api: httpx.Client, fake: FakePostHog) -> None:
    fake.faults.respond(503, "upstream timeout", method="POST", process=True)
    assert api.post(BASE, json={"name": "A", "feature_flag_key": "a"}).status_code == 503
    assert api.get(BASE).json()["count"] == 1  # the server acted before failing


def test_matching_by_method_glob_and_regex(api: httpx.Client, fake: FakePostHog) -> None:
    experiment = create(api, "Match")
    fake.faults.respond(500, method="PATCH", path="/api/projects/*/experiments/*/")
    fake.faults.respond(418, path=re.compile(r"/duplicate/?$"))
    assert api.get(f"{BASE}{experiment['id']}/").status_code == 200  # wrong method
    assert api.patch(f"{BASE}{experiment['id']}/", json={}).status_code == 500
    assert api.post(f"{BASE}{experiment['id']}/duplicate/").status_code == 418
    assert api.post(f"{BASE}{experiment['id']}/duplicate/").status_code == 201


def test_faults_apply_in_order_added(api: httpx.Client, fake: FakePostHog) -> None:
    fake.faults.respond(500)
    fake.faults.respond(502)
    assert [api.get(BASE).status_code for _ in range(3)] == [500, 502, 200]


def test_truncated_and_invalid_json(api: httpx.Client, fake: FakePostHog) -> None:
    create(api, "Body")
    fake.faults.truncate(method="GET")
    response = api.get(BASE)
    assert response.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        response.json()
    full = api.get(BASE).content
    assert response.content == full[: len(full) // 2]

    fake.faults.invalid_json(b"<<garbage>>")
    garbled = api.get(BASE)
    assert (garbled.status_code, garbled.content) == (200, b"<<garbage>>")
    assert garbled.headers["Content-Type"] == "application/json"


def test_dropped_connection(api: httpx.Client, fake: FakePostHog) -> None:
    fake.faults.drop(method="POST")
    with pytest.raises(httpx.RemoteProtocolError):
        api.post(BASE, json={"name": "A", "feature_flag_key": "a"})
    assert api.get(BASE).json()["count"] == 0
    fake.faults.drop(method="POST", process=True)
    with pytest.raises(httpx.RemoteProtocolError):
        api.post(BASE, json={"name": "B", "feature_flag_key": "b"})
    assert api.get(BASE).json()["count"] == 1  # acted, then hung up
    assert [r.status for r in fake.requests if r.method == "POST"] == [None, None]


def test_delay_past_the_read_timeout(connect: Connect, fake: FakePostHog) -> None:
    client = connect(timeout=httpx.Timeout(5.0, read=0.2))
    fake.faults.delay(5, method="POST")
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        client.post(BASE, json={"name": "Slow", "feature_flag_key": "slow"})
    elapsed = time.monotonic() - started
    assert 0.15 < elapsed < 3
    # The server still handled the request: a retry would create a second experiment.
    assert client.get(BASE).json()["count"] == 1


def test_short_delay_then_normal_answer(connect: Connect, fake: FakePostHog) -> None:
    client = connect(timeout=5.0)
    fake.faults.delay(0.2, method="GET")
    started = time.monotonic()
    assert client.get(BASE).status_code == 200
    assert time.monotonic() - started >= 0.19


def test_faulted_requests_are_recorded(api: httpx.Client, fake: FakePostHog) -> None:
    fault = fake.faults.respond(500, method="GET")
    api.get(BASE)
    api.get(BASE)
    first, second = fake.requests
    assert first.fault is fault
    assert first.faulted
    assert not second.faulted
    assert (first.status, second.status) == (500, 200)


def test_fault_objects_can_be_added_directly(api: httpx.Client, fake: FakePostHog) -> None:
    fake.faults.add(Fault(method="get", status=504, body=b"gateway timeout", times=1))
    assert api.get(BASE).status_code == 504
    fake.faults.add(Fault(status=500, times=3))
    fake.faults.clear()
    assert api.get(BASE).status_code == 200
    with pytest.raises(ValueError, match="times"):
        Fault(times=0)


def test_faults_come_before_authentication(connect: Connect, fake: FakePostHog) -> None:
    fake.faults.respond(503)
    assert connect(None).get(BASE).status_code == 503
