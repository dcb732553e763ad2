"""When to retry, and how long to wait. Shared by the sync and async clients.

PostHog's semantics decide what is safe:

* 429 is retried for every method: PostHog rejects throttled requests before acting on them.
* A connection that failed before the request was sent is retried for every method.
* 502, 503, 504, read timeouts and connections dropped mid-request are retried only for GET and
  PATCH (both idempotent here), and for the actions PostHog refuses to apply twice (``launch``,
  ``end``, ``pause``, ... see ``_actions.ACTIONS``): the call says so with ``repeatable``. A
  create, duplicate, ``ship_variant`` or ``copy_to_project`` that may have reached PostHog is
  never re-sent, so it cannot be applied twice.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import timezone

import httpx

RETRYABLE_STATUSES = frozenset({502, 503, 504})
# DELETE is only sent for holdouts and saved metrics; a 404 after a retry means it is gone.
IDEMPOTENT_METHODS = frozenset({"GET", "PATCH", "DELETE"})
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0

# Errors raised before any byte of the request could reach the server.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)

_testing = False


def set_testing(testing: bool) -> None:
    """Turn retry sleeps off (``True``) or back on, e.g. in a test suite's conftest.

    Retries still happen, with the same decisions; only the waiting is skipped.
    """
    global _testing
    _testing = testing


def status_is_retryable(status_code: int, method: str, repeatable: bool | None = None) -> bool:
    """Whether a response with this status may be retried for this method.

    ``repeatable`` overrides what the method alone says (a guarded action is a repeatable POST).
    """
    if status_code == 429:
        return True
    return status_code in RETRYABLE_STATUSES and _repeatable(method, repeatable)


def error_is_retryable(
    error: httpx.TransportError, method: str, repeatable: bool | None = None
) -> bool:
    """Whether a transport failure may be retried for this method."""
    if isinstance(error, _NOT_SENT):
        return True
    return _repeatable(method, repeatable)


def _repeatable(method: str, repeatable: bool | None) -> bool:
    return method in IDEMPOTENT_METHODS if repeatable is None else repeatable


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date), or None."""
    if value is None:
        return None
    text = value.strip()
    seconds: float
    try:
        seconds = float(text)
    except ValueError:
        import email.utils  # only HTTP-date values need it

        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        current = now if now is not None else time.time()
        seconds = when.timestamp() - current
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # NaN or infinite
        return None
    return max(seconds, 0.0)


def backoff_delay(retries_done: int) -> float:
    """Exponential backoff with jitter: 0.5 s doubling up to 8 s, less up to 25 % at random."""
    base: float = min(INITIAL_DELAY * 2.0**retries_done, MAX_DELAY)
    return base * (1.0 - 0.25 * random.random())


def delay_after_failure(
    error: httpx.TransportError,
    method: str,
    retries_done: int,
    max_retries: int,
    repeatable: bool | None = None,
) -> float | None:
    """Seconds to wait before retrying after a transport failure, or None to give up."""
    if retries_done >= max_retries or not error_is_retryable(error, method, repeatable):
        return None
    return backoff_delay(retries_done)


def delay_after_status(
    status_code: int,
    retry_after: float | None,
    method: str,
    retries_done: int,
    max_retries: int,
    repeatable: bool | None = None,
) -> float | None:
    """Seconds to wait before retrying after a non-2xx status, or None to raise it now.

    A ``Retry-After`` above ``MAX_RETRY_AFTER`` is not waited for: the caller learns at once.
    """
    if retries_done >= max_retries or not status_is_retryable(status_code, method, repeatable):
        return None
    if retry_after is not None:
        return retry_after if retry_after <= MAX_RETRY_AFTER else None
    return backoff_delay(retries_done)


class Deadline:
    """The end of a call's time budget (``deadline=`` seconds from its start), or none."""

    __slots__ = ("end", "seconds")

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.end = None if seconds is None else time.monotonic() + seconds

    def remaining(self) -> float | None:
        return None if self.end is None else self.end - time.monotonic()

    def attempt_timeout(self, timeout: httpx.Timeout) -> httpx.Timeout:
        """``timeout`` with every phase cut to the time left, so no attempt outlives the call."""
        left = self.remaining()
        if left is None:
            return timeout
        left = max(left, 0.001)

        def cut(limit: float | None) -> float:
            return left if limit is None else min(limit, left)

        return httpx.Timeout(
            connect=cut(timeout.connect),
            read=cut(timeout.read),
            write=cut(timeout.write),
            pool=cut(timeout.pool),
        )

    def allows(self, delay: float) -> bool:
        """Whether waiting ``delay`` seconds still leaves time for another attempt."""
        left = self.remaining()
        return left is None or delay < left


def sleep(seconds: float) -> None:
    if not _testing and seconds > 0:
        time.sleep(seconds)


async def async_sleep(seconds: float) -> None:
    """Sleep under whichever event loop runs the caller: trio or asyncio."""
    if _testing or seconds <= 0:
        return
    if _running_under_trio():
        import trio

        await trio.sleep(seconds)
    else:
        import asyncio  # imported here: it is slow to import and sync users never need it

        await asyncio.sleep(seconds)


def _running_under_trio() -> bool:
    trio = sys.modules.get("trio")
    if trio is None:
        return False
    try:
        trio.lowlevel.current_task()
    except RuntimeError:
        return False
    return True
