"""Every operation's request, as a ``Call``: what to send and how to read its answer.

Shared by the sync and async clients, which only send what is built here. Requests are built with
the generated endpoint modules; answers are read by ``_responses``, pages by ``_pagination``,
and retries are decided in ``_retry``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs
import httpx

from . import _arguments as check
from ._config import ClientSettings
from ._exceptions import (
    ExperimentStateError,
    InvalidArgumentError,
)

# Only what reads (the hot path) need is imported here; the request models and endpoints of
# writes are imported by their builders on first use, which keeps importing the client quick.
from ._generated.models.conclusion_enum import CONCLUSION_ENUM_VALUES
from ._generated.models.experiment import Experiment
from ._generated.models.experiment_type_enum import EXPERIMENT_TYPE_ENUM_VALUES
from ._generated.types import UNSET, Unset
from ._responses import parse_cohort, parse_experiment, parse_nothing, parse_requires_flag

if TYPE_CHECKING:
    from ._generated.models.cohort import Cohort
    from ._generated.models.patched_experiment import PatchedExperiment

T = TypeVar("T")


@attrs.frozen
class Call(Generic[T]):
    """One HTTP exchange: what to send and how to read a success response.

    Attributes:
        method: HTTP method.
        path: URL path below the host, path parameters already encoded.
        params: Query parameters; ``UNSET`` values are dropped.
        body: The JSON body, encoded.
        parse: Turns a 2xx response into the method's result.
        soft_delete: A 404 after a retried attempt means an earlier attempt already deleted it.
        experiment_id: The experiment the call is about, named in error messages.
    """

    method: str
    path: str
    parse: Callable[[httpx.Response], T]
    params: Mapping[str, Any] | None = None
    body: bytes | None = None
    soft_delete: bool = False
    experiment_id: int | None = None


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    settings: ClientSettings,
    call: Call[Any],
    pool_headers: Mapping[str, str] | None,
) -> httpx.Request:
    """The ``httpx.Request`` for a call, carrying the client's headers and timeout.

    ``pool_headers`` are the headers the pool was created with (None for a pool the user
    brought): when they are this client's own, they are not merged in again on every call.
    """
    headers: Mapping[str, str] | None = None
    if settings.request_headers is not pool_headers:
        headers = settings.request_headers
    if call.body is not None:
        headers = {**(headers or {}), "Content-Type": "application/json"}
    params = None
    if call.params:
        params = {k: v for k, v in call.params.items() if not isinstance(v, Unset)}
    return http.build_request(
        call.method,
        settings.host + call.path,
        params=params,
        content=call.body,
        headers=headers,
        timeout=settings.timeout,
    )


# ----------------------------------------------------------------------------- single objects


def _experiment_path(settings: ClientSettings, id: int) -> str:
    # The same path experiments_retrieve builds, from the project part encoded once per client.
    return f"{settings.experiments_path}{check.experiment_id(id)}/"


def get_call(settings: ClientSettings, id: int) -> Call[Experiment]:
    return Call("GET", _experiment_path(settings, id), parse_experiment, experiment_id=id)


def create_call(settings: ClientSettings, **fields: Any) -> Call[Experiment]:
    from ._generated.api.experiments import experiments_create
    from ._generated.models.experiment_create import ExperimentCreate

    body = ExperimentCreate(
        name=check.text("name", fields.pop("name"), nullable=False),
        feature_flag_key=check.text(
            "feature_flag_key", fields.pop("feature_flag_key"), nullable=False
        ),
        type_=check.choice("type", fields.pop("type"), EXPERIMENT_TYPE_ENUM_VALUES),  # type: ignore[arg-type]
        **_writable_fields(fields),
    )
    kwargs = experiments_create._get_kwargs(settings.project_id, body=body)
    return Call("POST", kwargs["url"], parse_experiment, body=check.encode_body(kwargs["json"]))


def update_call(settings: ClientSettings, id: int, **fields: Any) -> Call[Experiment]:
    from ._generated.models.patched_experiment import PatchedExperiment

    path, body = _patch(settings, id, PatchedExperiment(**_writable_fields(fields)))
    return Call("PATCH", path, parse_experiment, body=body, experiment_id=id)


def delete_call(settings: ClientSettings, id: int) -> Call[None]:
    from ._generated.models.patched_experiment import PatchedExperiment

    path, body = _patch(settings, id, PatchedExperiment(deleted=True))
    return Call("PATCH", path, parse_nothing, body=body, soft_delete=True, experiment_id=id)


def restore_call(settings: ClientSettings, id: int) -> Call[Experiment]:
    from ._generated.models.patched_experiment import PatchedExperiment

    path, body = _patch(settings, id, PatchedExperiment(deleted=False))
    return Call("PATCH", path, parse_experiment, body=body, experiment_id=id)


def _patch(settings: ClientSettings, id: int, body: PatchedExperiment) -> tuple[str, bytes]:
    """The path and encoded body of a PATCH, built by the generated endpoint."""
    from ._generated.api.experiments import experiments_partial_update

    kwargs = experiments_partial_update._get_kwargs(
        settings.project_id, check.experiment_id(id), body=body
    )
    return kwargs["url"], check.encode_body(kwargs["json"])


def duplicate_call(
    settings: ClientSettings, id: int, *, name: Any, feature_flag_key: Any
) -> Call[Experiment]:
    from ._generated.api.experiments import experiments_duplicate_create
    from ._generated.models.experiment_duplicate_request import ExperimentDuplicateRequest

    body = ExperimentDuplicateRequest(
        name=check.text("name", name, nullable=False),
        feature_flag_key=check.text("feature_flag_key", feature_flag_key, nullable=False),
    )
    kwargs = experiments_duplicate_create._get_kwargs(
        settings.project_id, check.experiment_id(id), body=body
    )
    return Call(
        "POST",
        kwargs["url"],
        parse_experiment,
        body=check.encode_body(kwargs["json"]),
        experiment_id=id,
    )


def exposure_cohort_call(settings: ClientSettings, id: int) -> Call[Cohort]:
    from ._generated.api.experiments import (
        experiments_create_exposure_cohort_for_experiment_create as endpoint,
    )

    kwargs = endpoint._get_kwargs(settings.project_id, check.experiment_id(id))
    return Call("POST", kwargs["url"], parse_cohort, body=b"{}", experiment_id=id)


def requires_flag_call(settings: ClientSettings, *, events: Any, actions: Any) -> Call[bool]:
    from ._generated.api.experiments import (
        experiments_requires_flag_implementation_retrieve as endpoint,
    )

    kwargs = endpoint._get_kwargs(
        settings.project_id,
        events=_json_query("events", events),
        actions=_json_query("actions", actions),
    )
    return Call("GET", kwargs["url"], parse_requires_flag, params=kwargs["params"])


def _json_query(name: str, value: Any) -> Any:
    """``events``/``actions`` go as JSON text; lists of dicts are encoded here."""
    if isinstance(value, (Unset, str)):
        return value
    if isinstance(value, (list, tuple)):
        return check.json_text(name, list(value))
    raise InvalidArgumentError(
        f"{name} must be a list of filters or a JSON string, got {type(value).__name__}"
    )


def _writable_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Check and convert the writable Experiment fields given to create/update."""
    converters = _field_converters()
    return {name: converters[name](name, value) for name, value in fields.items()}


@functools.cache
def _field_converters() -> dict[str, Callable[[str, Any], Any]]:
    """How each writable field is checked, built once on the first create or update."""
    from ._generated.models import (
        ExperimentMetric,
        ExperimentParameters,
        ExposureCriteria,
        LegacyFilters,
        SavedMetricReference,
        StatsConfig,
    )

    return {
        "name": lambda n, v: check.text(n, v, nullable=False),
        "description": check.text,
        "start_date": check.timestamp,
        "end_date": check.timestamp,
        "holdout_id": check.integer,
        "parameters": lambda n, v: check.model(n, v, ExperimentParameters),
        "secondary_metrics": check.json_value,
        "saved_metrics_ids": lambda n, v: check.model_list(n, v, SavedMetricReference),
        "filters": lambda n, v: check.model(n, v, LegacyFilters),
        "archived": check.boolean,
        "deleted": check.boolean,
        "exposure_criteria": lambda n, v: check.model(n, v, ExposureCriteria),
        "metrics": lambda n, v: check.model_list(n, v, ExperimentMetric),
        "metrics_secondary": lambda n, v: check.model_list(n, v, ExperimentMetric),
        "stats_config": lambda n, v: check.model(n, v, StatsConfig),
        "conclusion": lambda n, v: check.choice(n, v, CONCLUSION_ENUM_VALUES),  # type: ignore[arg-type]
        "conclusion_comment": check.text,
        "primary_metrics_ordered_uuids": check.string_list,
        "secondary_metrics_ordered_uuids": check.string_list,
    }


# ----------------------------------------------------------------------------- lifecycle


def ensure_launchable(experiment: Experiment) -> None:
    """Raise ``ExperimentStateError`` if ``launch`` must not change this experiment."""
    started = experiment.start_date
    if started is not None and not isinstance(started, Unset):
        raise ExperimentStateError(
            f"Experiment {experiment.id} has already been launched "
            f"(start_date {started.isoformat()}).",
            experiment_id=experiment.id,
        )


def ensure_endable(experiment: Experiment) -> None:
    """Raise ``ExperimentStateError`` if ``end`` must not change this experiment."""
    if experiment.start_date is None or isinstance(experiment.start_date, Unset):
        raise ExperimentStateError(
            f"Experiment {experiment.id} has not been launched yet.", experiment_id=experiment.id
        )
    ended = experiment.end_date
    if ended is not None and not isinstance(ended, Unset):
        raise ExperimentStateError(
            f"Experiment {experiment.id} has already ended (end_date {ended.isoformat()}).",
            experiment_id=experiment.id,
        )


__all__ = ["UNSET", "Call"]
