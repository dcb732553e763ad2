"""The queries behind ``results()``: what to ask PostHog's query API, and how to read it.

Shared by the sync and async clients, which only send what is built here. PostHog serves results
through ``POST /api/environments/{project_id}/query/``: one ``ExperimentQuery`` per metric (the
metric sent exactly as the experiment stores it) and one ``ExperimentExposureQuery``. The async
``refresh`` modes may answer 202; the query is then polled on ``/query/{id}/`` and cancelled with
``DELETE`` when the caller gives up.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from . import _arguments as check
from ._exceptions import (
    APIStatusError,
    BadRequestError,
    InvalidArgumentError,
    PermissionDeniedError,
    PostHogError,
    QueryFailedError,
    StatisticsUnavailableError,
    decode_body,
)
from ._generated.types import Unset
from ._operations import Call
from ._responses import decode_json, invalid_response
from ._result_types import ExposureResults, MetricResult, MetricRole, variant_result

if TYPE_CHECKING:
    from ._config import ClientSettings
    from ._generated.models import ExperimentMetric

# PostHog's sentence for a metric whose statistics cannot be computed (a 400).
STATISTICS_FAILURE_PREFIX = "Unable to calculate experiment statistics"
QUERY_SCOPE = "query:read"
# Without a deadline, polling stops after PostHog's own longest query time.
DEFAULT_POLL_LIMIT = 600.0
POLL_INITIAL_DELAY = 0.2
POLL_MAX_DELAY = 5.0
POLL_FACTOR = 1.5
CANCEL_DEADLINE = 5.0


@attrs.frozen(kw_only=True)
class MetricSpec:
    """One metric of an experiment, as ``results()`` queries it.

    Attributes:
        role: ``primary`` or ``secondary``.
        metric: The metric's JSON, exactly as the experiment stores it.
        uuid: Its ``uuid``, or None.
        name: Its name (a saved metric's own name), or None.
        saved_metric_id: The saved metric's id, for a linked saved metric.
    """

    role: MetricRole
    metric: dict[str, Any]
    uuid: str | None
    name: str | None
    saved_metric_id: int | None = None


@attrs.frozen(kw_only=True)
class Answer:
    """What one query request gave: the response JSON, or the id of a query still running.

    Attributes:
        response: The HTTP response it was read from.
        results: The query's response JSON, once there is one.
        pending: The id of the query still running, to poll.
    """

    response: httpx.Response
    results: dict[str, Any] | None = None
    pending: str | None = None


# ----------------------------------------------------------------------------- arguments


def check_refresh(refresh: Any) -> str | bool | Unset | None:
    """``refresh`` to send as given: a mode (any str: PostHog judges it), or the older
    ``true``/``false``; ``None`` sends null and ``UNSET`` nothing (both PostHog's default)."""
    if isinstance(refresh, (Unset, bool)) or refresh is None:
        return refresh
    mode: str = check.text("refresh", refresh, nullable=True)
    return mode


def check_max_concurrency(value: Any) -> int:
    """At least one query at a time."""
    number: int = check.integer("max_concurrency", value)
    if number < 1:
        raise InvalidArgumentError(f"max_concurrency must be >= 1, got {number}")
    return number


def check_deadline(value: Any, default: float | None) -> float:
    """The seconds a ``results()`` call may take: the argument, the client's, or the default."""
    if isinstance(value, Unset):
        return default if default is not None else DEFAULT_POLL_LIMIT
    if value is None:
        return DEFAULT_POLL_LIMIT
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidArgumentError(
            f"deadline must be a number of seconds or None, got {type(value).__name__}"
        )
    if not value > 0:
        raise InvalidArgumentError(f"deadline must be > 0 seconds, got {value!r}")
    return float(value)


# ----------------------------------------------------------------------------- the metrics


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _ordered(specs: list[MetricSpec], order: Any) -> list[MetricSpec]:
    """``specs`` in the order of the uuids listed in ``order``; unlisted ones keep theirs, after."""
    if not isinstance(order, list) or not order:
        return specs
    rank = {uuid: index for index, uuid in enumerate(order) if isinstance(uuid, str)}
    listed = sorted((s for s in specs if s.uuid in rank), key=lambda s: rank[s.uuid or ""])
    return listed + [s for s in specs if s.uuid not in rank]


def experiment_metrics(experiment: Mapping[str, Any]) -> tuple[list[MetricSpec], list[MetricSpec]]:
    """The primary and secondary metrics of an experiment (its JSON), saved ones included.

    Inline metrics come first, then linked saved metrics, each group in stored order; the
    experiment's ``primary_metrics_ordered_uuids`` / ``secondary_metrics_ordered_uuids``, when
    present, put the metrics they list first, in their order.
    """
    groups: dict[MetricRole, list[MetricSpec]] = {"primary": [], "secondary": []}
    inline: tuple[tuple[MetricRole, str], ...] = (
        ("primary", "metrics"),
        ("secondary", "metrics_secondary"),
    )
    for inline_role, field in inline:
        for metric in experiment.get(field) or ():
            if isinstance(metric, dict):
                groups[inline_role].append(
                    MetricSpec(
                        role=inline_role,
                        metric=metric,
                        uuid=_text(metric.get("uuid")),
                        name=_text(metric.get("name")),
                    )
                )
    for link in experiment.get("saved_metrics") or ():
        if not isinstance(link, dict) or not isinstance(link.get("query"), dict):
            continue
        metadata = link.get("metadata")
        kind = metadata.get("type") if isinstance(metadata, dict) else None
        role: MetricRole = "secondary" if kind == "secondary" else "primary"
        query = link["query"]
        saved_id = link.get("saved_metric")
        groups[role].append(
            MetricSpec(
                role=role,
                metric=query,
                uuid=_text(query.get("uuid")),
                name=_text(link.get("name")) or _text(query.get("name")),
                saved_metric_id=saved_id if isinstance(saved_id, int) else None,
            )
        )
    return (
        _ordered(groups["primary"], experiment.get("primary_metrics_ordered_uuids")),
        _ordered(groups["secondary"], experiment.get("secondary_metrics_ordered_uuids")),
    )


def check_metric(metric: Any) -> None:
    """A metric uuid, a dict or an ``ExperimentMetric``, before anything is sent."""
    if not isinstance(metric, (str, Mapping)):
        _metric_json(metric)


def find_metric(experiment: Mapping[str, Any], metric: Any) -> MetricSpec:
    """The metric to query: one of the experiment's by uuid, or a metric given whole.

    Raises:
        InvalidArgumentError: ``metric`` is neither a str, a dict nor an ``ExperimentMetric``, or
            no metric of the experiment has that uuid.
    """
    primary, secondary = experiment_metrics(experiment)
    if isinstance(metric, str):
        for spec in primary + secondary:
            if spec.uuid == metric:
                return spec
        known = ", ".join(repr(s.uuid) for s in primary + secondary if s.uuid) or "none"
        raise InvalidArgumentError(
            f"Experiment {experiment.get('id')} has no metric with uuid {metric!r} "
            f"(its metrics: {known}). Pass one of those uuids, or the metric itself."
        )
    body = metric if isinstance(metric, Mapping) else _metric_json(metric)
    uuid = _text(body.get("uuid"))
    for spec in primary + secondary:
        if uuid is not None and spec.uuid == uuid:
            return attrs.evolve(spec, metric=dict(body))
    return MetricSpec(role="primary", metric=dict(body), uuid=uuid, name=_text(body.get("name")))


def _metric_json(metric: Any) -> dict[str, Any]:
    from ._generated.models.experiment_metric import ExperimentMetric

    if isinstance(metric, ExperimentMetric):
        return metric.to_dict()
    raise InvalidArgumentError(
        "metric must be a metric uuid (str), an ExperimentMetric or a dict, "
        f"got {type(metric).__name__}"
    )


# ----------------------------------------------------------------------------- requests


def metric_query(experiment_id: int, spec: MetricSpec) -> dict[str, Any]:
    """The ``ExperimentQuery`` for one metric, the metric sent as it is stored."""
    return {"kind": "ExperimentQuery", "experiment_id": experiment_id, "metric": spec.metric}


def exposure_query(experiment: Mapping[str, Any]) -> dict[str, Any]:
    """The ``ExperimentExposureQuery`` for an experiment (its JSON), as PostHog's UI sends it."""
    return {
        "kind": "ExperimentExposureQuery",
        "experiment_id": experiment.get("id"),
        "experiment_name": experiment.get("name"),
        "exposure_criteria": experiment.get("exposure_criteria"),
        "feature_flag": experiment.get("feature_flag"),
        "start_date": experiment.get("start_date"),
        "end_date": experiment.get("end_date"),
        "holdout": experiment.get("holdout"),
    }


def query_call(
    settings: ClientSettings, query: Mapping[str, Any], refresh: str | bool | Unset | None
) -> Call[Answer]:
    """``POST .../query/``: a response now (200), or a query id to poll (202)."""
    from ._generated.api.query import environments_query_create as endpoint

    body: dict[str, Any] = {"query": dict(query)}
    if not isinstance(refresh, Unset):
        body["refresh"] = refresh
    path = endpoint.request_path(settings.project_id)
    return Call(endpoint.METHOD, path, _read_answer, body=check.encode_body(body))


def poll_call(settings: ClientSettings, query_id: str) -> Call[Answer]:
    """``GET .../query/{id}/``: the response once complete (200), or still running (202)."""
    from ._generated.api.query import environments_query_retrieve as endpoint

    return Call(endpoint.METHOD, endpoint.request_path(settings.project_id, query_id), _read_poll)


def poll_request(settings: ClientSettings, query_id: str) -> httpx.Request:
    """The poll as an ``httpx.Request``, for errors raised between polls."""
    call = poll_call(settings, query_id)
    return httpx.Request(call.method, settings.host + call.path)


def cancel_call(settings: ClientSettings, query_id: str) -> Call[None]:
    """``DELETE .../query/{id}/``: cancel a query nobody waits for any more."""
    from ._generated.api.query import environments_query_destroy as endpoint
    from ._responses import parse_nothing

    path = endpoint.request_path(settings.project_id, query_id)
    return Call(endpoint.METHOD, path, parse_nothing)


def poll_delays(initial: float = POLL_INITIAL_DELAY) -> Iterator[float]:
    """Seconds to wait before each poll: growing by half each time, up to 5 s."""
    delay = initial
    while True:
        yield delay
        delay = min(delay * POLL_FACTOR, POLL_MAX_DELAY)


# ----------------------------------------------------------------------------- answers


def _object(response: httpx.Response, what: str) -> dict[str, Any]:
    data = decode_json(response)
    if not isinstance(data, dict):
        raise invalid_response(response, what, f"expected an object, got {type(data).__name__}")
    return data


def _status(response: httpx.Response, data: Mapping[str, Any]) -> dict[str, Any] | None:
    status = data.get("query_status")
    if status is None:
        return None
    if not isinstance(status, dict):
        raise invalid_response(response, "query response", "query_status must be an object")
    return status


def _failed(response: httpx.Response, status: Mapping[str, Any]) -> QueryFailedError:
    message = status.get("error_message")
    query_id = status.get("id")
    text = message if isinstance(message, str) and message else "no message from PostHog"
    return QueryFailedError(
        f"Query {query_id} failed: {text}",
        response=response,
        body=decode_body(response.content),
        query_id=query_id if isinstance(query_id, str) else None,
        error_message=message if isinstance(message, str) else None,
    )


def _read_answer(response: httpx.Response) -> Answer:
    data = _object(response, "query response")
    status = _status(response, data)
    if status is not None and status.get("error"):
        raise _failed(response, status)
    if response.status_code == 202 or (status is not None and status.get("complete") is False):
        query_id = status.get("id") if status is not None else None
        if not isinstance(query_id, str) or not query_id:
            raise invalid_response(response, "query response", "a 202 needs query_status.id")
        return Answer(response=response, pending=query_id)
    return Answer(response=response, results=data)


def _read_poll(response: httpx.Response) -> Answer:
    data = _object(response, "query status")
    status = _status(response, data)
    if status is None:
        raise invalid_response(response, "query status", "query_status is missing")
    if status.get("error"):
        raise _failed(response, status)
    if response.status_code == 202 or not status.get("complete"):
        return Answer(response=response, pending=str(status.get("id")))
    results = status.get("results")
    if not isinstance(results, dict):
        raise invalid_response(response, "query status", "a complete query needs its results")
    return Answer(response=response, results=results)


def query_error(error: PostHogError) -> PostHogError:
    """The error a failed query request becomes: its own type where PostHog's answer says.

    * a 400 "Unable to calculate experiment statistics..." is ``StatisticsUnavailableError``;
    * a poll answered 400/500 with ``query_status`` is ``QueryFailedError``;
    * a 403 that lacks ``query:read`` says which scope the key needs.
    """
    if not isinstance(error, APIStatusError):
        return error
    body = error.body
    if isinstance(body, dict) and isinstance(body.get("query_status"), dict):
        return _failed(error.response, body["query_status"])
    if isinstance(error, BadRequestError) and (error.detail or "").startswith(
        STATISTICS_FAILURE_PREFIX
    ):
        return StatisticsUnavailableError(str(error), response=error.response, body=body)
    if isinstance(error, PermissionDeniedError) and QUERY_SCOPE in (error.detail or ""):
        return PermissionDeniedError(
            f"{error} Results are read through PostHog's query API: use a personal API key "
            f"with the '{QUERY_SCOPE}' scope (as well as 'experiment:read').",
            response=error.response,
            body=body,
        )
    return error


def metric_result(
    spec: MetricSpec, *, answer: Answer | None = None, error: PostHogError | None = None
) -> MetricResult:
    """The typed result of one metric from its response JSON, or its slot with the error."""
    from ._generated.models.experiment_query_response import ExperimentQueryResponse
    from ._generated.models.experiment_stats_base import ExperimentStatsBase
    from ._generated.types import ResponseShapeError

    slot = MetricResult(
        metric_uuid=spec.uuid,
        name=spec.name,
        role=spec.role,
        metric=_metric_model(spec.metric),
        saved_metric_id=spec.saved_metric_id,
    )
    if answer is None or answer.results is None:
        return attrs.evolve(slot, error=error)
    try:
        parsed = ExperimentQueryResponse.from_dict(answer.results)
    except ResponseShapeError as exc:
        problem = invalid_response(answer.response, "ExperimentQueryResponse", str(exc))
        return attrs.evolve(slot, error=problem)
    baseline = parsed.baseline if isinstance(parsed.baseline, ExperimentStatsBase) else None
    raw_variants: Sequence[Any] = (
        parsed.variant_results if isinstance(parsed.variant_results, list) else ()
    )
    return attrs.evolve(
        slot,
        baseline=baseline,
        variants=tuple(variant_result(raw) for raw in raw_variants),
        response=parsed,
    )


def _metric_model(metric: dict[str, Any]) -> ExperimentMetric:
    """The metric as a model; one of a shape the spec does not describe keeps all its keys."""
    from ._generated.models.experiment_metric import ExperimentMetric
    from ._generated.types import ResponseShapeError

    try:
        return ExperimentMetric.from_dict(metric)
    except ResponseShapeError:
        # A saved metric's query is stored as PostHog's untyped JSON: never lose it.
        model = ExperimentMetric()
        model.additional_properties = dict(metric)
        return model


def exposure_results(
    *, answer: Answer | None = None, error: PostHogError | None = None
) -> ExposureResults:
    """The typed exposures from their response JSON, or the slot with the error."""
    from ._generated.models.experiment_exposure_query_response import (
        ExperimentExposureQueryResponse,
    )
    from ._generated.types import ResponseShapeError

    if answer is None or answer.results is None:
        return ExposureResults(error=error)
    try:
        parsed = ExperimentExposureQueryResponse.from_dict(answer.results)
    except ResponseShapeError as exc:
        problem = invalid_response(answer.response, "ExperimentExposureQueryResponse", str(exc))
        return ExposureResults(error=problem)
    totals = parsed.total_exposures.to_dict() if parsed.total_exposures is not None else {}
    return ExposureResults(
        timeseries=tuple(parsed.timeseries or ()),
        total_exposures={k: v for k, v in totals.items() if isinstance(v, (int, float))},
        response=parsed,
    )
