"""Closing, event loops, deadlines, retry logging and pagination under concurrent writes."""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import Any

import anyio
import httpx
import pytest
import trio

import posthog_experiments_client as pec
from posthog_experiments_client.testing import FakePostHog, Fault

from ._scripted import API_KEY, Script, call_both, experiment, json_response

pytestmark = pytest.mark.anyio


# ----------------------------------------------------------------------------- close during a retry


async def test_close_while_a_call_waits_to_retry_raises_a_connection_error() -> None:
    """Closed between attempts (here, while the 502 is answered): the retry is not sent."""
    clients: list[Any] = []

    def closing_script() -> Script:
        def answer(request: httpx.Request) -> httpx.Response:
            client = clients[-1]
            if isinstance(client, pec.ExperimentsClient):
                client.close()
            else:
                client._pools._closed = True  # what aclose() sets before closing the pool
            return json_response(502, {"detail": "bad gateway"})

        return Script(default=answer)

    def sync(c: pec.ExperimentsClient) -> Any:
        clients.append(c)
        return c.get(1)

    async def async_(c: pec.AsyncExperimentsClient) -> Any:
        clients.append(c)
        return await c.get(1)

    for script, outcome in await call_both(closing_script, sync, async_):
        assert isinstance(outcome, pec.APIConnectionError), repr(outcome)
        assert "closed (while this call waited to retry)" in str(outcome)
        assert len(script.requests) == 1


async def test_aclose_during_a_real_backoff_over_a_socket() -> None:
    fake = FakePostHog()
    fake.faults.add(Fault(method="GET", status=502, times=5))
    pec.set_testing(False)  # a real backoff, so that aclose() lands inside it
    try:
        with fake.serve() as base_url:
            client = pec.AsyncExperimentsClient(
                api_key=fake.api_key, project_id=fake.project_id, host=base_url
            )
            outcome: list[BaseException] = []

            async def call() -> None:
                try:
                    await client.get(1)
                except BaseException as exc:
                    outcome.append(exc)

            async with anyio.create_task_group() as group:
                group.start_soon(call)
                await anyio.sleep(0.2)  # the 502 is back; the first wait is at least 0.375 s
                await client.aclose()
    finally:
        pec.set_testing(True)
    assert len(outcome) == 1
    assert isinstance(outcome[0], pec.APIConnectionError), repr(outcome[0])
    assert "has been closed" in str(outcome[0])


# ----------------------------------------------------------------------------- event loops


def test_one_async_client_on_two_asyncio_runs_and_then_trio_over_a_socket() -> None:
    fake = FakePostHog()
    with fake.serve() as base_url:
        client = pec.AsyncExperimentsClient(
            api_key=fake.api_key, project_id=fake.project_id, host=base_url
        )

        async def create_and_get(name: str) -> str:
            created = await client.create(name=name, feature_flag_key=name)
            return (await client.get(created.id)).name

        assert asyncio.run(create_and_get("first")) == "first"
        assert asyncio.run(create_and_get("second")) == "second"  # keep-alive of a dead loop
        assert trio.run(create_and_get, "third") == "third"
        asyncio.run(client.aclose())


def test_one_async_client_shared_by_threads_each_running_a_loop() -> None:
    fake = FakePostHog()
    with fake.serve() as base_url:
        client = pec.AsyncExperimentsClient(
            api_key=fake.api_key, project_id=fake.project_id, host=base_url
        )
        names: list[str] = []
        errors: list[BaseException] = []

        def work(index: int) -> None:
            async def body() -> None:
                for step in range(3):
                    key = f"t{index}-{step}"
                    names.append((await client.create(name=key, feature_flag_key=key)).name)

            try:
                asyncio.run(body())
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert len(names) == 9


def test_a_pool_you_bring_used_on_a_second_loop_raises_the_sdk_error() -> None:
    fake = FakePostHog()
    with fake.serve() as base_url:
        http = httpx.AsyncClient()
        client = pec.AsyncExperimentsClient(
            api_key=fake.api_key, project_id=fake.project_id, host=base_url, http_client=http
        )

        async def create(name: str) -> Any:
            return await client.create(name=name, feature_flag_key=name)

        asyncio.run(create("first"))
        with pytest.raises(pec.APIConnectionError) as info:
            asyncio.run(create("second"))
        message = str(info.value)
        assert "event loop" in message
        assert "create the client inside the loop" in message


# ----------------------------------------------------------------------------- timeouts and deadline


async def test_a_timeout_names_the_per_attempt_timeout_and_the_attempts() -> None:
    def timing_out() -> Script:
        def answer(request: httpx.Request) -> httpx.Response:
            raise httpx.ReadTimeout("read timed out", request=request)

        return Script(default=answer)

    async def invoke_async(c: pec.AsyncExperimentsClient) -> Any:
        return await c.get(1)

    results = await call_both(timing_out, lambda c: c.get(1), invoke_async, timeout=4)
    for script, outcome in results:
        assert isinstance(outcome, pec.APITimeoutError), repr(outcome)
        assert "after 3 attempts" in str(outcome)
        assert "timeout per attempt: connect 4 s, read 4 s" in str(outcome) or (
            "timeout per attempt: 4 s" in str(outcome)
        )
        assert len(script.requests) == 3


async def test_the_deadline_bounds_the_whole_call_and_each_attempt() -> None:
    pec.set_testing(False)  # the deadline must see the real waits
    try:
        script = Script(default=json_response(503, {"detail": "down"}))
        client = pec.AsyncExperimentsClient(
            api_key=API_KEY,
            project_id=1,
            transport=script.transport(),
            max_retries=5,
            deadline=0.3,
        )
        with pytest.raises(pec.APITimeoutError, match=r"deadline of 0\.3 s") as info:
            await client.get(1)
        assert "gave up after 1 of 6 attempts (last: 503 Service Unavailable)" in str(info.value)
        assert len(script.requests) == 1  # the first backoff (>= 0.375 s) would overrun
        assert script.requests[0].extensions["timeout"]["read"] <= 0.3
    finally:
        pec.set_testing(True)


async def test_with_options_sets_and_removes_the_deadline() -> None:
    client = pec.AsyncExperimentsClient(
        api_key=API_KEY, project_id=1, transport=Script().transport(), deadline=5
    )
    assert client._settings.deadline == 5.0
    assert client.with_options(deadline=2)._settings.deadline == 2.0
    assert client.with_options(deadline=None)._settings.deadline is None
    assert client.with_options(max_retries=1)._settings.deadline == 5.0
    with pytest.raises(pec.ConfigurationError, match="deadline"):
        client.with_options(deadline=-1)


async def test_each_retry_is_one_info_line(caplog: pytest.LogCaptureFixture) -> None:
    script = Script(
        json_response(429, {"detail": "slow down"}, {"Retry-After": "0"}),
        json_response(502, {"detail": "bad gateway"}),
        default=json_response(200, experiment()),
    )
    client = pec.ExperimentsClient(api_key=API_KEY, project_id=1, transport=script.transport())
    with caplog.at_level(logging.INFO, logger="posthog_experiments_client"):
        client.get(1)
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert lines[0] == (
        "retrying GET /api/projects/1/experiments/1/ after 429 Too Many Requests: "
        "waiting 0.00 s (attempt 2 of 3)"
    )
    assert lines[1].startswith("retrying GET /api/projects/1/experiments/1/ after 502 Bad Gateway")
    assert lines[1].endswith("(attempt 3 of 3)")
    assert len(lines) == 2


# ----------------------------------------------------------------------------- pagination


async def test_an_iteration_never_yields_an_experiment_twice_while_others_are_created() -> None:
    fake = FakePostHog()
    client = pec.ExperimentsClient(
        api_key=fake.api_key, project_id=fake.project_id, transport=fake.transport()
    )
    for index in range(6):
        client.create(name=f"e{index}", feature_flag_key=f"e{index}")
    seen: list[int] = []
    for experiment_ in client.list(page_size=2):
        seen.append(experiment_.id)
        if len(seen) == 2:  # a create shifts every later item by one place (newest first)
            client.create(name="new", feature_flag_key="new")
    assert len(seen) == len(set(seen)) == 6
    pages = [len(page.items) for page in client.list(page_size=2).pages()]
    assert sum(pages) == 7  # pages themselves are as PostHog sent them
