"""``GET /experiments/stats/``: launch and completion counts for the project."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from .._state.store import Store

__all__ = ["experiment_stats"]

WINDOW = timedelta(days=30)


def experiment_stats(store: Store, team_id: int, now: datetime) -> dict[str, Any]:
    """Counts over the project's live experiments, windows ending ``now``.

    ``percent_change`` compares the last 30 days' launches with the 30 days before,
    rounded to one decimal; with no earlier launches it is 100.0 (or 0.0 with none).
    """
    rows = [e for e in store.team_experiments.get(team_id, ()) if e.deleted is not True]
    recent_start, previous_start = now - WINDOW, now - 2 * WINDOW
    launched_last = sum(
        1 for e in rows if e.start_date is not None and recent_start <= e.start_date <= now
    )
    launched_previous = sum(
        1
        for e in rows
        if e.start_date is not None and previous_start <= e.start_date < recent_start
    )
    if launched_previous:
        change = round((launched_last - launched_previous) / launched_previous * 100, 1)
    else:
        change = 100.0 if launched_last else 0.0
    return {
        "launched_last_30d": launched_last,
        "launched_previous_30d": launched_previous,
        "percent_change": change,
        "active_experiments": sum(
            1 for e in rows if e.start_date is not None and e.end_date is None and not e.archived
        ),
        "completed_last_30d": sum(
            1 for e in rows if e.end_date is not None and recent_start <= e.end_date <= now
        ),
    }
