"""PostHog's query API for experiments: ``ExperimentQuery`` and ``ExperimentExposureQuery``.

The statistics come from :mod:`.._statistics`, computed from the data seeded with
``fake.set_metric_data`` / ``fake.set_exposures``. This module adds what the query endpoint
does around them: the request's validation, the ``refresh`` modes with their cache, async
queries (202, polling, cancelling) and the 400s.

What the fake chooses where PostHog's behaviour is not confirmed:

* Only the two experiment kinds run; any other ``kind`` answers 400 ``Can't get a runner for
  an unknown query kind: <kind>`` (PostHog's runner lookup), before anything is computed.
* The cache is keyed by the query as sent. A blocking call answers the cached response
  (``is_cached: true``) while it is younger than a day (the experiment cache's target age);
  seeding data for an experiment drops its cached answers, as if PostHog recomputed them.
* ``async``, ``lazy_async`` and ``force_async`` queue the query (202) unless a fresh cached
  answer exists (``force_async``: always); ``async_except_on_cache_miss`` computes on a
  miss and answers the cache otherwise; ``force_cache`` answers
  ``{"cache_key": ..., "query_status": null}`` on a miss. ``true``/``false`` read as
  ``force_blocking``/``blocking``.
* A queued query completes on the poll after ``polls`` polls that answered 202
  (``fake.set_async_queries``), or once the fake's clock is ``seconds`` past its start. It is
  computed when it completes; a calculation error then fails it with PostHog's message as
  ``error_message`` (the poll answers 400), a scripted failure without a message answers 500.
* ``DELETE`` forgets the query and answers 204, known or not; polling it afterwards is 404
  ``Query not found.``.
* Both versions serve both paths (``/api/environments/`` and ``/api/projects/``). 2025 shapes
  its responses without the newest fields (``newest=False`` of the statistics package).
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Mapping
from typing import Any

from .._errors import ApiError, BareError, not_found, validation_error
from .._state.results import AsyncQuery, CachedAnswer, ResultsTables
from .._state.store import Store
from .._statistics import (
    CacheInfo,
    CalculationError,
    QueryValidationError,
    UnsupportedMetricError,
    cache_key_for,
    experiment_not_found,
    experiment_query_response,
    exposure_query_response,
)
from .._statistics._cache import EXPERIMENT_CACHE_TARGET_AGE, iso_timestamp
from .versions import PostHogVersion

__all__ = ["QUERY_KINDS", "REFRESH_MODES", "cancel_query", "poll_query", "run_query"]

QUERY_KINDS = ("ExperimentQuery", "ExperimentExposureQuery")
REFRESH_MODES = (
    "async",
    "async_except_on_cache_miss",
    "blocking",
    "force_async",
    "force_blocking",
    "force_cache",
    "lazy_async",
)
# How long PostHog keeps an async query's status.
QUERY_STATUS_TTL = dt.timedelta(minutes=20)


def _refresh_mode(body: Mapping[str, Any]) -> str:
    refresh = body.get("refresh")
    if refresh is None or refresh is False:
        return "blocking"
    if refresh is True:
        return "force_blocking"
    if refresh not in REFRESH_MODES:
        allowed = ", ".join(f"'{mode}'" for mode in REFRESH_MODES)
        raise validation_error(f"Input should be {allowed}", attr="refresh")
    return str(refresh)


def _query(body: Any) -> dict[str, Any]:
    if not isinstance(body, Mapping):
        raise validation_error("Invalid data. Expected a dictionary.", attr="non_field_errors")
    query = body.get("query")
    if query is None:
        raise validation_error("This field is required.", attr="query", code="required")
    if not isinstance(query, Mapping):
        raise validation_error("Input should be a valid dictionary", attr="query")
    kind = query.get("kind")
    if kind not in QUERY_KINDS:
        raise validation_error(f"Can't get a runner for an unknown query kind: {kind}")
    return copy.deepcopy(dict(query))


def _experiment_id(query: Mapping[str, Any]) -> int | None:
    raw = query.get("experiment_id")
    if isinstance(raw, bool) or not isinstance(raw, int):
        return None
    return raw


def _compute(
    store: Store,
    version: PostHogVersion,
    team_id: int,
    query: dict[str, Any],
    cache_key: str,
    now: dt.datetime,
) -> dict[str, Any]:
    """The 200 body for ``query``; raises ``CalculationError`` where PostHog answers 400."""
    tables: ResultsTables = store.results
    experiment_id = _experiment_id(query)
    newest = version.query_newest_shapes
    cache = CacheInfo(last_refresh=now, cache_key=cache_key)
    experiment = store.experiments.get(experiment_id) if experiment_id is not None else None
    if experiment_id is not None and (
        experiment is None or experiment.team_id != team_id or experiment.deleted is True
    ):
        raise experiment_not_found(experiment_id)
    if query["kind"] == "ExperimentExposureQuery":
        _scripted_failure(tables, experiment_id, None)
        return exposure_query_response(
            query,
            tables.exposures.get(experiment_id or 0, {}),
            today=now.date(),
            cache=cache,
            newest=newest,
        )
    if experiment is None:
        raise QueryValidationError("experiment_id is required")
    metric = query.get("metric")
    if not isinstance(metric, Mapping):
        raise QueryValidationError("metric is required")
    uuid = metric.get("uuid")
    _scripted_failure(tables, experiment.id, uuid if isinstance(uuid, str) else "")
    data = tables.metric_data.get((experiment.id, uuid), {}) if isinstance(uuid, str) else {}
    try:
        return experiment_query_response(
            version.render_experiment(experiment, store), metric, data, cache=cache, newest=newest
        )
    except UnsupportedMetricError as exc:
        raise QueryValidationError(str(exc)) from exc


class _ScriptedFailure(Exception):
    """A query a test scripted to fail (``fake.set_query_error``)."""

    def __init__(self, message: str | None) -> None:
        super().__init__(message)
        self.message = message


def _scripted_failure(tables: ResultsTables, experiment_id: int | None, uuid: str | None) -> None:
    key = (experiment_id or 0, uuid)
    if key in tables.query_errors:
        raise _ScriptedFailure(tables.query_errors[key])


def _answer(
    store: Store, version: PostHogVersion, team_id: int, query: dict[str, Any], key: str, now: Any
) -> dict[str, Any]:
    """Compute and cache a blocking answer, or the 400 PostHog gives instead."""
    try:
        body = _compute(store, version, team_id, query, key, now)
    except CalculationError as exc:
        raise validation_error(exc.detail) from exc
    except _ScriptedFailure as exc:
        if exc.message is None:
            raise ApiError(500, "server_error", "error", "A server error occurred.") from exc
        raise validation_error(exc.message) from exc
    store.results.cache[key] = CachedAnswer(_experiment_id(query), body, now)
    return copy.deepcopy(body)


def _cached(tables: ResultsTables, key: str, now: dt.datetime) -> dict[str, Any] | None:
    """The cached answer while it is fresh, marked ``is_cached``."""
    answer = tables.cache.get(key)
    if answer is None or now - answer.computed >= EXPERIMENT_CACHE_TARGET_AGE:
        return None
    body = copy.deepcopy(answer.body)
    body["is_cached"] = True
    return body


def run_query(
    store: Store, version: PostHogVersion, team_id: int, body: Any, now: dt.datetime
) -> tuple[int, Any]:
    """``POST .../query/``: 200 with the response, or 202 with a queued query's status."""
    query = _query(body)
    mode = _refresh_mode(body)
    tables = store.results
    key = cache_key_for(team_id, query)
    cached = _cached(tables, key, now)
    if mode in ("blocking", "async", "lazy_async", "async_except_on_cache_miss") and cached:
        return 200, cached
    if mode == "force_cache":
        return 200, cached or {"cache_key": key, "query_status": None}
    if mode in ("blocking", "force_blocking") or (
        mode == "async_except_on_cache_miss" and key not in tables.cache
    ):
        return 200, _answer(store, version, team_id, query, key, now)
    queued = AsyncQuery(
        id=store.ids.uuid4().replace("-", ""),
        team_id=team_id,
        query=query,
        cache_key=key,
        started=now,
        rule=copy.copy(tables.completion),
    )
    tables.queries[queued.id] = queued
    return 202, {"cache_key": key, "query_status": _status_json(queued)}


def _status_json(query: AsyncQuery) -> dict[str, Any]:
    complete = query.ended is not None
    return {
        "id": query.id,
        "query_async": True,
        "team_id": query.team_id,
        "error": query.failed,
        "complete": complete,
        "error_message": query.error_message,
        "expiration_time": iso_timestamp(query.started + QUERY_STATUS_TTL),
        "start_time": iso_timestamp(query.started),
        "pickup_time": iso_timestamp(query.started),
        "end_time": iso_timestamp(query.ended) if query.ended is not None else None,
        "task_id": query.id,
        "query_progress": None,
        "dashboard_id": None,
        "insight_id": None,
        "labels": None,
        "results": copy.deepcopy(query.results),
    }


def _due(query: AsyncQuery, now: dt.datetime) -> bool:
    if query.rule.seconds is not None:
        return now >= query.started + dt.timedelta(seconds=query.rule.seconds)
    return query.polls > query.rule.polls


def _finish(store: Store, version: PostHogVersion, query: AsyncQuery, now: dt.datetime) -> None:
    query.ended = now
    try:
        query.results = _compute(store, version, query.team_id, query.query, query.cache_key, now)
    except CalculationError as exc:
        query.failed, query.error_message = True, exc.detail
    except _ScriptedFailure as exc:
        query.failed, query.error_message = True, exc.message
    else:
        experiment_id = _experiment_id(query.query)
        store.results.cache[query.cache_key] = CachedAnswer(experiment_id, query.results, now)


def poll_query(
    store: Store, version: PostHogVersion, team_id: int, query_id: str | None, now: dt.datetime
) -> tuple[int, Any]:
    """``GET .../query/{id}/``: 202 running, 200 complete, 400/500 failed."""
    query = store.results.queries.get(query_id or "")
    if query is None or query.team_id != team_id:
        raise not_found("Query not found.")
    query.polls += 1
    if query.ended is None and _due(query, now):
        _finish(store, version, query, now)
    status = 202
    if query.failed:
        status = 400 if query.error_message else 500
    elif query.ended is not None:
        status = 200
    return status, {"query_status": _status_json(query)}


def cancel_query(store: Store, team_id: int, query_id: str | None) -> tuple[int, Any]:
    """``DELETE .../query/{id}/``: forget the query; 204 with an empty body."""
    query = store.results.queries.get(query_id or "")
    if query is not None and query.team_id == team_id:
        del store.results.queries[query.id]
    raise BareError(204)
