"""The bounded gathers behind ``results()``: order, bounds, and giving up cleanly."""

from __future__ import annotations

import threading
import time

import anyio
import pytest

from posthog_experiments_client._concurrency import (
    Stopped,
    StopSignal,
    async_gather_bounded,
    gather_bounded,
)


def test_threads_return_results_in_order_within_the_bound() -> None:
    lock = threading.Lock()
    running = peak = 0

    def call(value: int) -> int:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        time.sleep(0.02)
        with lock:
            running -= 1
        return value

    results = gather_bounded([lambda v=v: call(v) for v in range(8)], 3)
    assert results == list(range(8))
    assert peak == 3


def test_a_given_up_thread_gather_stops_its_polling_threads() -> None:
    """Without the stop signal the pool's exit would wait for the polling thread forever."""
    stop = StopSignal()
    polling_started = threading.Event()
    stopped = threading.Event()

    def polling() -> None:
        polling_started.set()
        while not stop.is_set():
            time.sleep(0.01)
        stopped.set()
        raise Stopped()

    def failing() -> None:
        polling_started.wait()
        raise KeyboardInterrupt  # as a Ctrl-C in the waiting thread would

    with pytest.raises(KeyboardInterrupt):
        gather_bounded([failing, polling], 2, stop)
    assert stop.is_set()
    assert stopped.is_set()


@pytest.mark.anyio
async def test_tasks_return_results_in_order_within_the_bound() -> None:
    running = peak = 0

    async def call(value: int) -> int:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await anyio.sleep(0.01)
        running -= 1
        return value

    calls = [lambda v=v: call(v) for v in range(7)]
    assert await async_gather_bounded(calls, 2) == list(range(7))
    assert peak == 2


@pytest.mark.anyio
async def test_an_escaping_error_is_raised_as_itself_after_the_others_stop() -> None:
    cleaned = []
    stop = StopSignal()

    async def slow() -> None:
        try:
            await anyio.sleep(10)
        finally:
            cleaned.append("slow")

    async def failing() -> None:
        await anyio.sleep(0.01)
        raise LookupError("boom")

    with pytest.raises(LookupError, match="boom"):
        await async_gather_bounded([slow, failing], 4, stop)
    assert cleaned == ["slow"]
    assert stop.is_set()
