"""One transport serves ``httpx.AsyncClient`` too, on asyncio and trio."""

from __future__ import annotations

import importlib.util
import time

import anyio
import httpx
import pytest

from posthog_experiments_client.testing import FakePostHog

from ._support import BASE

BACKENDS = ["asyncio"] + (["trio"] if importlib.util.find_spec("trio") else [])


@pytest.mark.parametrize("backend", BACKENDS)
def test_async_client_shares_state_with_sync(fake: FakePostHog, backend: str) -> None:
    transport = fake.transport()

    async def scenario() -> list[str]:
        async with fake.async_client() as client:
            created = await client.post(BASE, json={"name": "Async", "feature_flag_key": "async"})
            assert created.status_code == 201
            listed = await client.get(BASE)
            return [e["name"] for e in listed.json()["results"]]

    assert anyio.run(scenario, backend=backend) == ["Async"]
    with httpx.Client(
        transport=transport,
        base_url="http://x",
        headers={"Authorization": f"Bearer {fake.api_key}"},
    ) as sync:
        assert sync.get(BASE).json()["count"] == 1


@pytest.mark.parametrize("backend", BACKENDS)
def test_async_delays_do_not_block_the_event_loop(fake: FakePostHog, backend: str) -> None:
    fake.faults.delay(0.3, method="GET", times=3)

    async def scenario() -> list[int]:
        statuses: list[int] = []
        async with fake.async_client() as client:

            async def one() -> None:
                statuses.append((await client.get(BASE)).status_code)

            async with anyio.create_task_group() as group:
                for _ in range(3):
                    group.start_soon(one)
        return statuses

    started = time.monotonic()
    assert anyio.run(scenario, backend=backend) == [200, 200, 200]
    assert time.monotonic() - started < 0.8  # concurrent, not 3 x 0.3 s


@pytest.mark.parametrize("backend", BACKENDS)
def test_async_timeouts_and_drops(fake: FakePostHog, backend: str) -> None:
    fake.faults.delay(10, method="GET")
    fake.faults.drop(method="POST")

    async def scenario() -> None:
        async with fake.async_client(timeout=httpx.Timeout(5, read=0.1)) as client:
            with pytest.raises(httpx.ReadTimeout):
                await client.get(BASE)
            with pytest.raises(httpx.RemoteProtocolError):
                await client.post(BASE, json={})

    anyio.run(scenario, backend=backend)
