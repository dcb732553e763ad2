"""What is retried, how often and after how long, on both clients."""

from __future__ import annotations

import email.utils
import time
from typing import Any

import httpx
import pytest

import posthog_experiments_client as pec
from posthog_experiments_client import _retry

from ._scripted import Script, call_both, experiment, json_response

OK = json_response(200, experiment())
CREATED = json_response(201, experiment())
THROTTLED = json_response(
    429,
    {
        "type": "throttled_error",
        "code": "throttled",
        "detail": "Request was throttled. Expected available in 2 seconds.",
        "attr": None,
    },
    headers={"Retry-After": "2"},
)
BAD_GATEWAY = httpx.Response(502, content=b"<html>502 Bad Gateway</html>")
UNAVAILABLE = json_response(
    503, {"type": "server_error", "code": "error", "detail": "down", "attr": None}
)
REQ = httpx.Request("GET", "https://x")


async def _both(script_factory: Any, call: Any) -> list[tuple[Script, Any]]:
    async def invoke_async(c: pec.AsyncExperimentsClient) -> Any:
        return await call(c)

    return await call_both(script_factory, call, invoke_async)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.get(1),
        lambda c: c.update(1, name="x"),
        lambda c: c.create(name="n", feature_flag_key="k"),
        lambda c: c.duplicate(1),
    ],
    ids=["get", "update", "create", "duplicate"],
)
async def test_429_is_retried_for_every_method(call: Any) -> None:
    for script, outcome in await _both(lambda: Script(THROTTLED, THROTTLED, default=CREATED), call):
        assert isinstance(outcome, pec.Experiment)
        assert len(script.requests) == 3


@pytest.mark.anyio
@pytest.mark.parametrize(
    "failure",
    [
        BAD_GATEWAY,
        UNAVAILABLE,
        httpx.ReadTimeout("slow", request=REQ),
        httpx.RemoteProtocolError("dropped", request=REQ),
    ],
    ids=["502", "503", "read-timeout", "dropped"],
)
async def test_gateway_errors_and_read_failures_are_retried_for_get_and_patch(failure: Any) -> None:
    for call in (lambda c: c.get(1), lambda c: c.update(1, name="x")):
        for script, outcome in await _both(lambda: Script(failure, default=OK), call):
            assert isinstance(outcome, pec.Experiment)
            assert len(script.requests) == 2


@pytest.mark.anyio
@pytest.mark.parametrize(
    "failure",
    [
        BAD_GATEWAY,
        UNAVAILABLE,
        httpx.ReadTimeout("slow", request=REQ),
        httpx.RemoteProtocolError("dropped", request=REQ),
    ],
    ids=["502", "503", "read-timeout", "dropped"],
)
@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.create(name="n", feature_flag_key="k"),
        lambda c: c.duplicate(1),
        lambda c: c.create_exposure_cohort(1),
    ],
    ids=["create", "duplicate", "exposure-cohort"],
)
async def test_posts_that_may_have_reached_posthog_are_never_resent(
    failure: Any, call: Any
) -> None:
    for script, outcome in await _both(lambda: Script(failure, default=CREATED), call):
        assert isinstance(outcome, pec.PostHogError)
        assert len(script.requests) == 1, "a create must never be sent twice"


@pytest.mark.anyio
async def test_connection_failures_before_sending_are_retried_for_posts() -> None:
    refused = httpx.ConnectError("refused", request=REQ)
    for script, outcome in await _both(
        lambda: Script(refused, refused, default=CREATED),
        lambda c: c.create(name="n", feature_flag_key="k"),
    ):
        assert isinstance(outcome, pec.Experiment)
        assert len(script.requests) == 3


@pytest.mark.anyio
async def test_retries_stop_after_max_retries() -> None:
    for script, outcome in await _both(lambda: Script(default=UNAVAILABLE), lambda c: c.get(1)):
        assert isinstance(outcome, pec.InternalServerError)
        assert len(script.requests) == 3  # the first attempt and 2 retries
    for script, _outcome in await _both(
        lambda: Script(default=UNAVAILABLE), lambda c: c.with_options(max_retries=5).get(1)
    ):
        assert len(script.requests) == 6


@pytest.mark.anyio
async def test_500_and_client_errors_are_not_retried() -> None:
    for status in (500, 400, 401, 403, 404, 409):
        response = json_response(status, {"detail": "no"})
        for script, outcome in await _both(
            lambda response=response: Script(default=response), lambda c: c.get(1)
        ):
            assert isinstance(outcome, pec.APIStatusError)
            assert len(script.requests) == 1


@pytest.mark.anyio
async def test_retry_after_above_the_cap_raises_at_once() -> None:
    long_wait = json_response(
        429,
        {"type": "throttled_error", "code": "throttled", "detail": "wait", "attr": None},
        headers={"Retry-After": "3600"},
    )
    for script, outcome in await _both(lambda: Script(default=long_wait), lambda c: c.get(1)):
        assert isinstance(outcome, pec.RateLimitError)
        assert outcome.retry_after == 3600
        assert len(script.requests) == 1


def test_sleeps_honour_retry_after_and_back_off(monkeypatch: pytest.MonkeyPatch) -> None:
    pec.set_testing(False)
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    script = Script(THROTTLED, UNAVAILABLE, default=OK)
    client = pec.ExperimentsClient(api_key="phx_k", project_id=1, transport=script.transport())
    client.get(1)
    assert slept[0] == 2.0  # Retry-After
    assert 0.75 <= slept[1] <= 1.0  # second retry: 1 s less up to 25 % jitter


def test_backoff_grows_to_the_cap_with_jitter() -> None:
    for retries_done, nominal in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (9, 8.0)]:
        delays = {_retry.backoff_delay(retries_done) for _ in range(50)}
        assert all(nominal * 0.75 <= d <= nominal for d in delays)
        assert len(delays) > 1


def test_retry_after_parses_seconds_and_http_dates() -> None:
    assert _retry.parse_retry_after("12") == 12
    assert _retry.parse_retry_after(" 1.5 ") == 1.5
    now = 1_800_000_000.0
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert _retry.parse_retry_after(date, now=now) == pytest.approx(30, abs=1)
    assert _retry.parse_retry_after(email.utils.formatdate(now - 30, usegmt=True), now=now) == 0
    for junk in (None, "", "soon", "nan", "inf"):
        assert _retry.parse_retry_after(junk) is None


@pytest.mark.anyio
async def test_async_sleep_really_waits_under_each_backend() -> None:
    pec.set_testing(False)
    started = time.perf_counter()
    await _retry.async_sleep(0.05)
    assert time.perf_counter() - started >= 0.04


@pytest.mark.anyio
async def test_soft_delete_is_idempotent_across_retries() -> None:
    not_found = json_response(
        404, {"type": "invalid_request", "code": "not_found", "detail": "Not found.", "attr": None}
    )
    for script, outcome in await _both(
        lambda: Script(UNAVAILABLE, not_found), lambda c: c.delete(1)
    ):
        assert outcome is None
        assert script.methods == ["PATCH", "PATCH"]
        assert script.requests[0].content == b'{"deleted":true}'
    for script, outcome in await _both(lambda: Script(not_found), lambda c: c.delete(1)):
        assert isinstance(outcome, pec.NotFoundError)
        assert len(script.requests) == 1
