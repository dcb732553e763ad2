"""Measurement helpers shared by the benchmarks: interleaved rounds, statistics, result rows.

Every benchmark measures its subject and its baseline side by side in the same process run,
alternating which goes first in each round, so that drift (CPU frequency, caches, other load)
hits both alike. A row reports the median of the rounds with their min and max.

The garbage collector stays on, as in an application: its cost is part of building models.
Before each measurement ``gc.collect()`` runs (untimed), so that no side pays for the garbage
another side left behind.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Stats:
    """Median, min and max of repeated measurements."""

    median: float
    min: float
    max: float
    n: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Stats:
        """Summarise ``values`` (at least one).

        Args:
            values: One measurement per round.

        Returns:
            Their median, min, max and count.
        """
        if not values:
            raise ValueError("no measurements")
        return cls(statistics.median(values), min(values), max(values), len(values))


@dataclass(frozen=True)
class Row:
    """One line of the results table: a subject measured against its baseline.

    Attributes:
        id: Benchmark id, e.g. ``B2 sync``.
        what: What the subject does.
        baseline: What it is compared with.
        unit: Unit of ``subject`` and ``baseline`` (``ms``, ``us/call``, ``KiB``, ``req/s``).
        subject: The subject's measurements.
        baseline_stats: The baseline's measurements.
        ratio: Per-round ``subject / baseline``.
        target: The target, in words (``<= 1.3x``); empty when the row is informational.
        passed: Whether the target is met; None for informational rows.
        notes: Anything the reader needs to interpret the row.
    """

    id: str
    what: str
    baseline: str
    unit: str
    subject: Stats
    baseline_stats: Stats
    ratio: Stats
    target: str = ""
    passed: bool | None = None
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The row as JSON-serialisable data."""
        data = asdict(self)
        data["baseline"] = {"what": self.baseline, **data.pop("baseline_stats")}
        return data


def ratios(subject: Sequence[float], baseline: Sequence[float]) -> list[float]:
    """Per-round ``subject / baseline``."""
    return [s / b for s, b in zip(subject, baseline, strict=True)]


def row(
    id: str,
    what: str,
    baseline: str,
    unit: str,
    subject_values: Sequence[float],
    baseline_values: Sequence[float],
    *,
    max_ratio: float | None = None,
    min_ratio: float | None = None,
    notes: str = "",
    extra: Mapping[str, Any] | None = None,
) -> Row:
    """Build a row from paired per-round values, judging the median ratio against a target.

    Args:
        id: Benchmark id.
        what: The subject.
        baseline: The baseline.
        unit: Unit of the values.
        subject_values: The subject's value in each round.
        baseline_values: The baseline's value in the same rounds.
        max_ratio: Target: median ratio at most this.
        min_ratio: Target: median ratio at least this (throughput).
        notes: Free text.
        extra: More data for the JSON file.

    Returns:
        The row.
    """
    ratio = Stats.of(ratios(subject_values, baseline_values))
    target = ""
    passed: bool | None = None
    if max_ratio is not None:
        target, passed = f"<= {max_ratio:g}x", ratio.median <= max_ratio
    elif min_ratio is not None:
        target, passed = f">= {min_ratio:g}x", ratio.median >= min_ratio
    return Row(
        id=id,
        what=what,
        baseline=baseline,
        unit=unit,
        subject=Stats.of(subject_values),
        baseline_stats=Stats.of(baseline_values),
        ratio=ratio,
        target=target,
        passed=passed,
        notes=notes,
        extra=dict(extra or {}),
    )


def time_per_call(fn: Callable[[], object], calls: int) -> float:
    """Seconds per call of ``fn``, over ``calls`` back-to-back calls."""
    started = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - started) / calls


async def async_time_per_call(fn: Callable[[], Awaitable[object]], calls: int) -> float:
    """Seconds per call of the coroutine function ``fn``, over ``calls`` sequential awaits."""
    started = time.perf_counter()
    for _ in range(calls):
        await fn()
    return (time.perf_counter() - started) / calls


def interleave(sides: Mapping[str, Callable[[], float]], rounds: int) -> dict[str, list[float]]:
    """Run each side once per round, rotating the order every round.

    Args:
        sides: Name to a function returning one measurement.
        rounds: How many rounds.

    Returns:
        Name to its measurements, in round order.
    """
    names = list(sides)
    results: dict[str, list[float]] = {name: [] for name in names}
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            gc.collect()
            results[name].append(sides[name]())
    return results


async def async_interleave(
    sides: Mapping[str, Callable[[], Awaitable[float]]], rounds: int
) -> dict[str, list[float]]:
    """``interleave`` for coroutine functions, inside one running event loop."""
    names = list(sides)
    results: dict[str, list[float]] = {name: [] for name in names}
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            gc.collect()
            results[name].append(await sides[name]())
    return results
