"""Fixtures: a fresh fake per test, reached in process and over a real socket."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from datetime import datetime, timezone
from typing import Any

import httpx
import pytest

from posthog_experiments_client.testing import FakeClock, FakePostHog

START = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)
IN_PROCESS_BASE_URL = "http://posthog.test"
_DEFAULT = object()

Connect = Callable[..., httpx.Client]


@pytest.fixture
def clock() -> FakeClock:
    """A frozen clock at 2026-01-01T12:00:00Z; tests move it with ``advance``."""
    return FakeClock(START)


VERSIONS = ("2025", "2026")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "posthog_versions(*names): run only against these PostHog versions of the fake"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Drop the runs of a test against versions its ``posthog_versions`` marker excludes."""
    kept: list[pytest.Item] = []
    dropped: list[pytest.Item] = []
    for item in items:
        marker = item.get_closest_marker("posthog_versions")
        callspec = getattr(item, "callspec", None)
        version = callspec.params.get("posthog_version") if callspec is not None else None
        if marker is not None and version is not None and version not in marker.args:
            dropped.append(item)
        else:
            kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(params=VERSIONS)
def posthog_version(request: pytest.FixtureRequest) -> str:
    """Every fake test runs against both PostHog versions unless marked otherwise."""
    return str(request.param)


@pytest.fixture
def fake(clock: FakeClock, posthog_version: str) -> Iterator[FakePostHog]:
    """A new fake; the test fails if the fake hit a bug of its own (a 500)."""
    instance = FakePostHog(clock=clock, posthog_version=posthog_version)
    yield instance
    assert instance.internal_errors == []


@pytest.fixture(params=["in-process", "socket"])
def mode(request: pytest.FixtureRequest) -> str:
    """Run the test over the in-process transport and over a real socket (as moto does)."""
    return str(request.param)


@pytest.fixture
def connect(fake: FakePostHog, mode: str) -> Iterator[Connect]:
    """Make clients for the current mode: ``connect()`` uses the demo key,
    ``connect(None)`` sends no credentials, ``connect("phx_...")`` another key."""
    with ExitStack() as stack:
        base_url = (
            IN_PROCESS_BASE_URL if mode == "in-process" else stack.enter_context(fake.serve())
        )

        def factory(api_key: Any = _DEFAULT, **kwargs: Any) -> httpx.Client:
            key = fake.api_key if api_key is _DEFAULT else api_key
            headers = {"Authorization": f"Bearer {key}"} if key is not None else {}
            if mode == "in-process":
                kwargs.setdefault("transport", fake.transport())
            client = httpx.Client(base_url=base_url, headers=headers, **kwargs)
            return stack.enter_context(client)

        yield factory


@pytest.fixture
def api(connect: Connect) -> httpx.Client:
    """A client authenticated with the fake's demo key (``*`` scope)."""
    return connect()


@pytest.fixture
def origin(api: httpx.Client) -> str:
    """``scheme://host[:port]`` of the fake as the client reaches it."""
    return str(api.base_url).rstrip("/")
