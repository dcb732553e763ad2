"""``fake.requests``: what clients sent, keys redacted, safe under concurrency."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx

from posthog_experiments_client.testing import FakePostHog

from ._support import BASE
from .conftest import Connect


def test_every_request_is_recorded_with_the_key_redacted(
    api: httpx.Client, fake: FakePostHog, mode: str
) -> None:
    api.post(BASE, json={"name": "Once", "feature_flag_key": "once"}, params={"x": "1"})
    api.get(BASE)
    assert len(fake.requests) == 2
    created = fake.requests[0]
    assert (created.method, created.path, created.query, created.status) == (
        "POST",
        BASE,
        {"x": "1"},
        201,
    )
    assert created.headers["authorization"] == "Bearer phx_***"
    assert fake.api_key not in repr(created)
    assert created.json() == {"name": "Once", "feature_flag_key": "once"}
    assert created.transport == mode
    assert created.received_at.isoformat() == "2026-01-01T12:00:00+00:00"
    assert [r.method for r in fake.requests.filter(path=BASE)] == ["POST", "GET"]
    assert len(fake.requests.filter(method="post")) == 1  # a create was sent exactly once


def test_keys_in_query_and_body_are_redacted(connect: Connect, fake: FakePostHog) -> None:
    client = connect(None)
    client.get(BASE, params={"personal_api_key": fake.api_key})
    client.post(BASE, json={"personal_api_key": fake.api_key, "name": "B", "feature_flag_key": "b"})
    by_query, by_body = fake.requests
    assert by_query.query == {"personal_api_key": "phx_***"}
    assert fake.api_key not in by_query.url
    assert by_body.json()["personal_api_key"] == "phx_***"
    assert (by_query.status, by_body.status) == (200, 201)


def test_log_can_be_cleared(api: httpx.Client, fake: FakePostHog) -> None:
    api.get(BASE)
    fake.requests.clear()
    assert list(fake.requests) == []


def test_concurrent_socket_clients(fake: FakePostHog) -> None:
    fake.rate_limits.enabled = False
    with fake.serve() as base_url:
        limits = httpx.Limits(max_connections=200, max_keepalive_connections=200)
        headers = {"Authorization": f"Bearer {fake.api_key}"}
        with httpx.Client(base_url=base_url, headers=headers, limits=limits, timeout=30) as client:

            def make(i: int) -> int:
                response = client.post(BASE, json={"name": f"C{i}", "feature_flag_key": f"c-{i}"})
                assert response.status_code == 201, response.text
                return int(response.json()["id"])

            with ThreadPoolExecutor(max_workers=50) as pool:
                ids = list(pool.map(make, range(200)))
            assert sorted(ids) == list(range(1, 201))
            assert client.get(BASE, params={"limit": 500}).json()["count"] == 200
    assert len(fake.requests) == 201
    assert sorted(r.json()["name"] for r in fake.requests.filter(method="POST")) == sorted(
        f"C{i}" for i in range(200)
    )
