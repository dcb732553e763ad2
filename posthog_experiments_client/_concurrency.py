"""Run a call's independent requests at once, a bounded number at a time.

The async client runs under asyncio or trio, whichever runs the caller (detected as
``_retry.async_sleep`` does, without anyio): tasks under a semaphore with asyncio, a nursery
under a capacity limiter with trio. Either way the calls finish before the function returns, and
cancelling the caller cancels them all. The sync client uses a thread pool; an ``httpx.Client``
is safe to share between threads.

Each call is expected to catch its own ``PostHogError`` (a failed metric has a slot of its own);
anything else that escapes one call is raised once every call has stopped.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from ._retry import _running_under_trio

T = TypeVar("T")


class StopSignal:
    """Set once the caller of a gather has given up (an error, Ctrl-C, a cancellation).

    Threads cannot be cancelled: the sync client's polling loops check this between polls and
    stop, cancelling their query. Under asyncio and trio cancellation reaches the tasks itself.
    """

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()


class Stopped(Exception):
    """Raised in a call whose gather was given up; nobody reads its result."""


# How long a clean-up (cancelling a query nobody waits for) may hold up a cancelled caller.
CLEANUP_SECONDS = 5.0


def gather_bounded(
    calls: Sequence[Callable[[], T]], limit: int, stop: StopSignal | None = None
) -> list[T]:
    """Run ``calls`` on at most ``limit`` threads; their results in order.

    If waiting is interrupted (Ctrl-C) or a call raises, ``stop`` is set, calls not started yet
    never start, and the running ones finish (polling ones stop at their next poll).
    """
    if len(calls) <= 1 or limit <= 1:
        return [call() for call in calls]
    with ThreadPoolExecutor(max_workers=min(limit, len(calls))) as pool:
        futures = [pool.submit(call) for call in calls]
        try:
            return [future.result() for future in futures]
        except BaseException:
            if stop is not None:
                stop.set()
            for future in futures:
                future.cancel()
            raise


async def async_gather_bounded(
    calls: Sequence[Callable[[], Awaitable[T]]], limit: int, stop: StopSignal | None = None
) -> list[T]:
    """Run ``calls`` concurrently, at most ``limit`` at once; their results in order.

    Cancelling the caller cancels every call (each may clean up first); ``stop`` is set then.
    """
    try:
        if _running_under_trio():
            return await _trio_gather(calls, limit)
        return await _asyncio_gather(calls, limit)
    except BaseException:
        if stop is not None:
            stop.set()
        raise


async def _asyncio_gather(calls: Sequence[Callable[[], Awaitable[T]]], limit: int) -> list[T]:
    import asyncio

    semaphore = asyncio.Semaphore(limit)

    async def bounded(call: Callable[[], Awaitable[T]]) -> T:
        async with semaphore:
            return await call()

    tasks = [asyncio.ensure_future(bounded(call)) for call in calls]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        # One call failed, or the caller was cancelled: stop the rest, and let their clean-ups
        # run before raising. (``wait`` leaves the tasks alone if this wait is cancelled too.)
        for task in tasks:
            task.cancel()
        await asyncio.wait(tasks)
        raise


async def _trio_gather(calls: Sequence[Callable[[], Awaitable[T]]], limit: int) -> list[T]:
    import trio

    limiter = trio.CapacityLimiter(limit)
    results: list[Any] = [None] * len(calls)

    async def bounded(index: int, call: Callable[[], Awaitable[T]]) -> None:
        async with limiter:
            results[index] = await call()

    try:
        async with trio.open_nursery() as nursery:
            for index, call in enumerate(calls):
                nursery.start_soon(bounded, index, call)
    except BaseException as group:
        # trio groups what escaped the nursery; one error is raised as itself.
        inner = getattr(group, "exceptions", None)
        if inner is not None and len(inner) == 1:
            raise inner[0] from None
        raise
    return results


def shielded(cleanup: Callable[[], Any]) -> None:
    """Run a clean-up step; the sync twin of :func:`async_shielded`."""
    cleanup()


async def async_shielded(cleanup: Callable[[], Awaitable[Any]]) -> None:
    """Run a clean-up step even though the caller is being cancelled, for a few seconds at most."""
    if _running_under_trio():
        import trio

        with trio.move_on_after(CLEANUP_SECONDS, shield=True):
            await cleanup()
        return
    import asyncio

    # Shielded, and waited for again when the caller is cancelled once more meanwhile: the
    # clean-up finishes (or runs out of time) before the cancellation goes on.
    task = asyncio.ensure_future(cleanup())
    end = asyncio.get_running_loop().time() + CLEANUP_SECONDS
    while not task.done():
        left = end - asyncio.get_running_loop().time()
        if left <= 0:
            task.cancel()
            return
        with contextlib.suppress(asyncio.TimeoutError, asyncio.CancelledError):
            await asyncio.wait_for(asyncio.shield(task), left)
