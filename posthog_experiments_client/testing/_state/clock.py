"""The fake's clock: real time by default, frozen or shifted on demand."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

__all__ = ["FakeClock"]


class FakeClock:
    """A callable that returns the fake's idea of "now" as an aware UTC datetime.

    Timestamps (``created_at``, ``updated_at``), the seven-day window of
    ``requires_flag_implementation`` and the rate-limit windows all read this clock.

    Args:
        start: Freeze the clock at this instant. ``None`` (the default) follows the
            wall clock. A naive datetime is taken as UTC.
        source: Read the time from this callable instead (it must return an aware
            datetime). Ignored when ``start`` is given.

    Example:
        >>> clock = FakeClock(datetime(2026, 1, 1, tzinfo=timezone.utc))
        >>> clock.advance(90)
        >>> clock().isoformat()
        '2026-01-01T00:01:30+00:00'
    """

    def __init__(
        self,
        start: datetime | None = None,
        *,
        source: Callable[[], datetime] | None = None,
    ) -> None:
        self._lock = threading.Lock()
        self._frozen: datetime | None = _as_utc(start) if start is not None else None
        self._source = source
        self._offset = timedelta()

    def __call__(self) -> datetime:
        """Return the current fake time (aware, UTC)."""
        with self._lock:
            if self._frozen is not None:
                base = self._frozen
            elif self._source is not None:
                base = _as_utc(self._source())
            else:
                base = datetime.now(timezone.utc)
            return base + self._offset

    now = __call__

    def timestamp(self) -> float:
        """Return the current fake time as POSIX seconds."""
        return self().timestamp()

    def advance(self, seconds: float) -> None:
        """Move the clock forward (or backward, if negative) by ``seconds``."""
        with self._lock:
            self._offset += timedelta(seconds=seconds)

    def set(self, when: datetime) -> None:
        """Freeze the clock at ``when``."""
        with self._lock:
            self._frozen = _as_utc(when)
            self._offset = timedelta()

    @property
    def frozen(self) -> bool:
        """Whether the clock only moves through :meth:`advance` and :meth:`set`."""
        return self._frozen is not None


def _as_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)
