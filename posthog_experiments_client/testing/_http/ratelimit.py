"""Per-key throttling like DRF's ``SimpleRateThrottle`` with PostHog's burst/sustained rates."""

from __future__ import annotations

import math
from collections import defaultdict, deque
from dataclasses import dataclass

from .._errors import ApiError
from .._state.clock import FakeClock

__all__ = ["RateLimiter", "RateLimits"]


@dataclass
class RateLimits:
    """How many requests one personal API key may make (PostHog's defaults).

    Change the attributes at any time; the next request uses the new values. ``None``
    switches one window off, ``enabled=False`` switches throttling off.

    Attributes:
        per_minute: The ``burst`` limit (PostHog: 480 a minute).
        per_hour: The ``sustained`` limit (PostHog: 4800 an hour).
        enabled: Whether requests are throttled at all.
    """

    per_minute: int | None = 480
    per_hour: int | None = 4800
    enabled: bool = True


class RateLimiter:
    """Sliding-window request histories per key, read against the fake's clock."""

    def __init__(self, limits: RateLimits, clock: FakeClock) -> None:
        self.limits = limits
        self._clock = clock
        self._history: defaultdict[tuple[str, str], deque[float]] = defaultdict(deque)

    def reset(self) -> None:
        """Forget every request seen so far."""
        self._history.clear()

    def check(self, key: str) -> None:
        """Count one request by ``key``, or refuse it.

        Raises:
            ApiError: 429 ``throttled`` with ``Retry-After`` when a window is full.
        """
        limits = self.limits
        if not limits.enabled:
            return
        now = self._clock.timestamp()
        waits: list[float] = []
        # Every throttle is asked, as DRF does: one that allows still records the request.
        for scope, limit, duration in (
            ("burst", limits.per_minute, 60.0),
            ("sustained", limits.per_hour, 3600.0),
        ):
            if limit is None:
                continue
            history = self._history[(scope, key)]
            while history and history[0] <= now - duration:
                history.popleft()
            if len(history) >= limit:
                remaining = duration - (now - history[0]) if history else duration
                waits.append(remaining / max(limit - len(history) + 1, 1))
            else:
                history.append(now)
        if waits:
            raise throttled(max(waits))


def throttled(wait: float) -> ApiError:
    """The 429 that DRF's ``Throttled`` renders, ``Retry-After`` matching the detail."""
    seconds = max(math.ceil(wait), 1)
    unit = "second" if seconds == 1 else "seconds"
    return ApiError(
        429,
        "throttled_error",
        "throttled",
        f"Request was throttled. Expected available in {seconds} {unit}.",
        headers={"Retry-After": str(seconds)},
    )
