"""Metric rules: field validation per era, the 2026 event/action checks, uuids and fingerprints.

2025 stores any JSON in ``metrics`` and ``metrics_secondary``; 2026 checks each metric
with pydantic (``ExperimentMetric``), refuses legacy kinds, funnels without steps, and
(in the service) events never ingested and actions that do not exist.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from .._errors import validation_error
from .._state.models import Experiment
from .._state.store import Store
from . import fields as f
from .blobs import METRIC_2026, check, describe

__all__ = [
    "LEGACY_METRIC_KINDS",
    "MetricsRule",
    "check_metric_references",
    "check_unique_metric_uuids",
    "has_legacy_metrics",
    "metrics_2025",
    "metrics_2026",
    "prepare_metrics",
    "regenerate_metric_uuids",
    "saved_metric_query_2025",
    "saved_metric_query_2026",
]

LEGACY_METRIC_KINDS = frozenset({"ExperimentTrendsQuery", "ExperimentFunnelsQuery"})

# (value, attr) -> the validated value; raises ApiError.
MetricsRule = Callable[[Any, str], Any]

_SOURCE_KEYS = ("source", "numerator", "denominator", "start_event", "completion_event")


def metrics_2025(value: Any, attr: str) -> Any:
    """2025: a JSONField, no validation at all (PostHog's tests store legacy metrics)."""
    return f.json_value(value, attr, allow_null=True)


def metrics_2026(value: Any, attr: str) -> Any:
    """2026's ``validate_metrics``/``validate_metrics_secondary``: a list of ``ExperimentMetric``."""
    metrics = f.json_value(value, attr, allow_null=True)
    if metrics is None:
        return None
    if not isinstance(metrics, list):
        raise validation_error("Metrics must be a list", attr)
    for index, metric in enumerate(metrics):
        if not isinstance(metric, dict):
            raise validation_error(f"Invalid metric at index {index}: must be a dict", attr)
        kind = metric.get("kind")
        if isinstance(kind, str) and kind in LEGACY_METRIC_KINDS:
            raise validation_error(
                f"Invalid metric at index {index}: legacy metric kind '{kind}' is no longer "
                "supported for new experiments. Use 'ExperimentMetric' instead.",
                attr,
            )
        if kind != "ExperimentMetric":
            raise validation_error(
                f"Invalid metric at index {index}: metric kind must be 'ExperimentMetric'", attr
            )
        if metric.get("metric_type") == "funnel" and not metric.get("series"):
            raise validation_error(
                f"Invalid metric at index {index}: funnel metrics require at least one step. "
                "The experiment exposure event is added as the initial step automatically.",
                attr,
            )
        problems = _metric_problems(metric)
        if problems:
            raise validation_error(f"Invalid metric at index {index}: {describe(problems)}.", attr)
    return metrics


_REQUIRED_BY_TYPE = {
    "mean": ("source",),
    "ratio": ("numerator", "denominator"),
    "retention": ("start_event", "completion_event"),
}


def _metric_problems(metric: dict[str, Any]) -> list[tuple[tuple[str | int, ...], str, str]]:
    """Pydantic's complaints about an ``ExperimentMetric`` (empty when it parses)."""
    required = _REQUIRED_BY_TYPE.get(str(metric.get("metric_type")), ())
    missing = [((name,), "missing", "Field required") for name in required if name not in metric]
    return check(metric, METRIC_2026) + missing


_QUERY_REQUIRED = "Query is required to create a saved metric"


# The field each legacy query kind requires (the fake checks nothing else inside them).
_LEGACY_REQUIRED = {
    "ExperimentTrendsQuery": "count_query",
    "ExperimentFunnelsQuery": "funnels_query",
}


def _pydantic_errors(problems: Sequence[tuple[tuple[str | int, ...], str, str]]) -> str:
    """``str(e.errors())`` with pydantic's key order (type, loc, msg), as saved metrics say it."""
    return repr([{"type": kind, "loc": loc, "msg": msg} for loc, kind, msg in problems[:15]])


def saved_metric_query_2025(value: Any) -> Any:
    """2025's ``validate_query``: ``ExperimentMetric`` or a legacy kind; mean, funnel, ratio."""
    query = f.json_value(value, "query")
    if not query:
        raise validation_error(_QUERY_REQUIRED, "query")
    kind = query.get("kind") if isinstance(query, dict) else None
    if kind not in ("ExperimentMetric", *sorted(LEGACY_METRIC_KINDS, reverse=True)):
        raise validation_error(
            "Metric query kind must be 'ExperimentMetric', 'ExperimentTrendsQuery' or "
            "'ExperimentFunnelsQuery'",
            "query",
        )
    if kind == "ExperimentMetric":
        _check_experiment_metric(query, ("mean", "funnel", "ratio"), "'mean', 'funnel', or 'ratio'")
    elif _LEGACY_REQUIRED[kind] not in query:
        missing = [((_LEGACY_REQUIRED[kind],), "missing", "Field required")]
        raise validation_error(_pydantic_errors(missing), "query")
    return query


def saved_metric_query_2026(value: Any) -> Any:
    """2026's checks: ``ExperimentMetric`` only (legacy kinds named), four metric types."""
    query = f.json_value(value, "query")
    if not query:
        raise validation_error(_QUERY_REQUIRED, "query")
    kind = query.get("kind") if isinstance(query, dict) else None
    if _is_legacy(kind):
        raise validation_error(
            f"Legacy metric kind '{kind}' is no longer supported for new saved metrics. "
            "Use 'ExperimentMetric' instead.",
            "query",
        )
    if kind != "ExperimentMetric":
        raise validation_error("Metric query kind must be 'ExperimentMetric'", "query")
    _check_experiment_metric(
        query,
        ("mean", "funnel", "ratio", "retention"),
        "'mean', 'funnel', 'ratio', or 'retention'",
    )
    return query


def _check_experiment_metric(query: dict[str, Any], types: tuple[str, ...], named: str) -> None:
    if "metric_type" not in query:
        raise validation_error("ExperimentMetric requires a metric_type", "query")
    if query["metric_type"] not in types:
        raise validation_error(f"ExperimentMetric metric_type must be {named}", "query")
    problems = _metric_problems(query)
    if problems:
        raise validation_error(_pydantic_errors(problems), "query")


def _sources(metric: Any) -> Iterator[dict[str, Any]]:
    if not isinstance(metric, dict):
        return
    for key in _SOURCE_KEYS:
        if isinstance(metric.get(key), dict):
            yield metric[key]
    series = metric.get("series")
    if isinstance(series, list):
        yield from (step for step in series if isinstance(step, dict))


def check_metric_references(store: Store, team_id: int, metric_lists: list[Any]) -> None:
    """2026's service check: every ActionsNode names an action, every event was ingested.

    Raises:
        ApiError: ``attr: null``, with PostHog's texts, actions before events.
    """
    missing_actions: list[Any] = []
    missing_events: list[str] = []
    known_events = store.event_names.get(team_id, set())
    for metrics in metric_lists:
        for metric in metrics if isinstance(metrics, list) else ():
            for source in _sources(metric):
                if source.get("kind") == "ActionsNode":
                    action = store.actions.get(source.get("id"))  # type: ignore[arg-type]
                    if (action is None or action.team_id != team_id) and source.get(
                        "id"
                    ) not in missing_actions:
                        missing_actions.append(source.get("id"))
                else:
                    event = source.get("event")
                    if (
                        isinstance(event, str)
                        and event not in known_events
                        and event not in missing_events
                    ):
                        missing_events.append(event)
    if missing_actions:
        ids = ", ".join(str(a) for a in missing_actions)
        raise validation_error(
            f"Action(s) with ID {ids} not found or deleted. Each ActionsNode must reference an "
            "existing action belonging to this project."
        )
    if missing_events:
        names = ", ".join(f"'{e}'" for e in missing_events)
        raise validation_error(
            f"Event(s) {names} not found. No events with these names have been ingested by this "
            "project. If you meant a different event, please correct it. Only if the user has "
            "explicitly confirmed they want to proceed with the unknown event (e.g. they will "
            "instrument it shortly), call again with allow_unknown_events=True. Do not flip the "
            "flag silently to bypass this check."
        )


def check_unique_metric_uuids(metric_lists: list[Any]) -> None:
    """2026's service check: no two sent metrics share a uuid (``attr: null``)."""
    seen: set[str] = set()
    for metrics in metric_lists:
        for metric in metrics if isinstance(metrics, list) else ():
            uuid = metric.get("uuid") if isinstance(metric, dict) else None
            if not isinstance(uuid, str) or not uuid:
                continue
            if uuid in seen:
                raise validation_error(
                    f"Duplicate metric UUID: '{uuid}'. Each metric must have a unique UUID."
                )
            seen.add(uuid)


def has_legacy_metrics(experiment: Experiment, store: Store) -> bool:
    """``experiment_has_legacy_metrics()``: inline metrics or saved metrics of a legacy kind."""
    for metrics in (experiment.metrics, experiment.metrics_secondary):
        for metric in metrics if isinstance(metrics, list) else ():
            if isinstance(metric, dict) and _is_legacy(metric.get("kind")):
                return True
    for link_id in experiment.saved_metric_link_ids:
        query = store.saved_metrics[store.saved_metric_links[link_id].saved_metric_id].query
        if isinstance(query, dict) and _is_legacy(query.get("kind")):
            return True
    return False


def _is_legacy(kind: Any) -> bool:
    return isinstance(kind, str) and kind in LEGACY_METRIC_KINDS


def prepare_metrics(experiment: Experiment, store: Store) -> None:
    """Give metrics uuids and fingerprints; append new uuids to the ordering arrays."""
    seen: set[str] = set()
    uuids: dict[str, list[str]] = {"primary": [], "secondary": []}
    for attr, kind in (("metrics", "primary"), ("metrics_secondary", "secondary")):
        metrics = getattr(experiment, attr)
        if not isinstance(metrics, list):
            continue
        for metric in metrics:
            if not isinstance(metric, dict):
                continue
            uuid = metric.get("uuid")
            if not isinstance(uuid, str) or not uuid or uuid in seen:
                uuid = metric["uuid"] = store.ids.uuid4()
            seen.add(uuid)
            metric["fingerprint"] = _fingerprint(metric, experiment)
            uuids[kind].append(uuid)
    for link_id in experiment.saved_metric_link_ids:
        link = store.saved_metric_links[link_id]
        query = store.saved_metrics[link.saved_metric_id].query
        uuid = query.get("uuid") if isinstance(query, dict) else None
        is_secondary = isinstance(link.metadata, dict) and link.metadata.get("type") == "secondary"
        if isinstance(uuid, str):
            uuids["secondary" if is_secondary else "primary"].append(uuid)
    for kind, new in uuids.items():
        attr = f"{kind}_metrics_ordered_uuids"
        ordered = getattr(experiment, attr)
        if new and ordered is None:
            ordered = []
            setattr(experiment, attr, ordered)
        if isinstance(ordered, list):
            ordered.extend(u for u in new if u not in ordered)


def regenerate_metric_uuids(payload: dict[str, Any], store: Store) -> None:
    """2026's duplicate: new uuids for inline metrics, remapped in the ordering arrays."""
    mapping: dict[str, str] = {}
    for attr in ("metrics", "metrics_secondary"):
        for metric in payload.get(attr) or ():
            if isinstance(metric, dict):
                new = store.ids.uuid4()
                old = metric.get("uuid")
                if isinstance(old, str):
                    mapping[old] = new
                metric["uuid"] = new
    for attr in ("primary_metrics_ordered_uuids", "secondary_metrics_ordered_uuids"):
        ordered = payload.get(attr)
        if isinstance(ordered, list):
            payload[attr] = [mapping.get(u, u) if isinstance(u, str) else u for u in ordered]


def _fingerprint(metric: dict[str, Any], experiment: Experiment) -> str:
    """A SHA-256 over the metric and the settings that change its results."""
    material = {
        "metric": {k: v for k, v in metric.items() if k not in ("uuid", "fingerprint", "name")},
        "start_date": experiment.start_date.isoformat() if experiment.start_date else None,
        "stats_config": experiment.stats_config,
        "exposure_criteria": experiment.exposure_criteria,
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True, default=str).encode()).hexdigest()
