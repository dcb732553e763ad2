"""Per-key throttling: 480/minute and 4800/hour by default."""

from __future__ import annotations

import httpx

from posthog_experiments_client.testing import FakeClock, FakePostHog

from ._support import BASE, assert_error
from .conftest import Connect


def _throttled(response: httpx.Response, seconds: int) -> None:
    unit = "second" if seconds == 1 else "seconds"
    assert_error(
        response,
        429,
        "throttled",
        f"Request was throttled. Expected available in {seconds} {unit}.",
    )
    assert response.headers["Retry-After"] == str(seconds)


def test_burst_limit_default_is_480_a_minute(
    api: httpx.Client, fake: FakePostHog, clock: FakeClock
) -> None:
    assert (fake.rate_limits.per_minute, fake.rate_limits.per_hour) == (480, 4800)
    for _ in range(480):
        assert api.get(BASE).status_code == 200
    _throttled(api.get(BASE), 60)
    clock.advance(15)
    _throttled(api.get(BASE), 45)
    clock.advance(45)
    assert api.get(BASE).status_code == 200


def test_sustained_limit(api: httpx.Client, fake: FakePostHog, clock: FakeClock) -> None:
    fake.rate_limits.per_minute = None
    fake.rate_limits.per_hour = 5
    for _ in range(5):
        assert api.get(BASE).status_code == 200
        clock.advance(100)
    # The oldest request (500 s ago) leaves the window in 3100 s.
    _throttled(api.get(BASE), 3100)


def test_limits_are_per_key(connect: Connect, fake: FakePostHog) -> None:
    fake.rate_limits.per_minute = 2
    first, second = connect(), connect(fake.add_key())
    assert [first.get(BASE).status_code for _ in range(3)] == [200, 200, 429]
    assert second.get(BASE).status_code == 200


def test_retry_after_rounds_up_and_uses_singular(
    api: httpx.Client, fake: FakePostHog, clock: FakeClock
) -> None:
    fake.rate_limits.per_minute = 1
    api.get(BASE)
    clock.advance(59.2)
    _throttled(api.get(BASE), 1)


def test_rejected_requests_do_not_count(connect: Connect, fake: FakePostHog) -> None:
    fake.rate_limits.per_minute = 1
    reader = connect(fake.add_key(scopes=["experiment:read"]))
    for _ in range(3):
        assert reader.post(BASE, json={}).status_code == 403
    assert reader.get(BASE).status_code == 200
    assert reader.get(BASE).status_code == 429


def test_throttling_can_be_switched_off(connect: Connect, fake: FakePostHog) -> None:
    fake.rate_limits.enabled = False
    fake.rate_limits.per_minute = 1
    client = connect()
    assert {client.get(BASE).status_code for _ in range(5)} == {200}


def test_constructor_switch() -> None:
    fake = FakePostHog(rate_limits=False)
    with fake.client() as client:
        assert {client.get(BASE).status_code for _ in range(500)} == {200}
