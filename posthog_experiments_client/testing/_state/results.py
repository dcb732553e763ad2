"""What the fake computes experiment results from, and the async queries it runs.

The fake ingests no events: tests seed per-variant sufficient statistics per metric and
exposures per variant per day (``fake.set_metric_data`` / ``fake.set_exposures``). The query
API's cache and its async queries live here too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .._statistics import VariantStats

__all__ = ["AsyncQuery", "CachedAnswer", "CompletionRule", "ResultsTables"]


@dataclass(slots=True)
class CachedAnswer:
    """A computed response, kept for the cache-reading refresh modes.

    Attributes:
        experiment_id: The experiment it is about.
        body: The response as first answered (``is_cached`` false).
        computed: When it was computed.
    """

    experiment_id: int | None
    body: dict[str, Any]
    computed: dt.datetime


@dataclass(slots=True)
class CompletionRule:
    """When an async query completes.

    Attributes:
        polls: Polls answered 202 before the query completes (0: the first poll completes it).
        seconds: If set, the query completes once the fake's clock is this far past its start
            instead, however often it is polled.
    """

    polls: int = 1
    seconds: float | None = None


@dataclass(slots=True)
class AsyncQuery:
    """One query started by an async refresh mode.

    Attributes:
        id: ``query_status.id``.
        team_id: The project it runs in.
        query: The query as sent.
        cache_key: The cache key of its response.
        started: When it was queued.
        rule: When it completes.
        polls: Polls so far.
        ended: When it completed or failed, else None.
        results: Its response once complete.
        error_message: Why it failed; None with ``failed`` means an internal error.
        failed: Whether it failed.
    """

    id: str
    team_id: int
    query: dict[str, Any]
    cache_key: str
    started: dt.datetime
    rule: CompletionRule
    polls: int = 0
    ended: dt.datetime | None = None
    results: dict[str, Any] | None = None
    error_message: str | None = None
    failed: bool = False


@dataclass(slots=True)
class ResultsTables:
    """Seeded data, the response cache and the async queries of one fake.

    Attributes:
        metric_data: ``(experiment_id, metric_uuid) -> {variant: VariantStats}``.
        exposures: ``experiment_id -> {variant: {day: new exposures}}``.
        query_errors: ``(experiment_id, metric_uuid or None) -> error message`` for queries
            scripted to fail (None: the exposure query); a None message is an internal error.
        cache: ``cache_key -> response`` of the last computed answers.
        queries: ``query id -> AsyncQuery``.
        completion: When new async queries complete.
    """

    metric_data: dict[tuple[int, str], dict[str, VariantStats]] = field(default_factory=dict)
    exposures: dict[int, dict[str, dict[dt.date, int]]] = field(default_factory=dict)
    query_errors: dict[tuple[int, str | None], str | None] = field(default_factory=dict)
    cache: dict[str, CachedAnswer] = field(default_factory=dict)
    queries: dict[str, AsyncQuery] = field(default_factory=dict)
    completion: CompletionRule = field(default_factory=CompletionRule)

    def forget_cached(self, experiment_id: int) -> None:
        """Drop the cached answers about one experiment (its data changed)."""
        stale = [key for key, answer in self.cache.items() if answer.experiment_id == experiment_id]
        for key in stale:
            del self.cache[key]
