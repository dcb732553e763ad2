"""Every operation's request, as a ``Call``: what to send and how to read its answer.

Shared by the sync and async clients, which only send what is built here. Each method and path
comes from the generated endpoint module (its ``METHOD`` and ``request_path``), so a path changed
in the spec reaches every operation; writable fields come from ``_fields``, generated from the
spec too. Answers are read by ``_responses``; retries are decided in ``_retry``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from . import _arguments as check
from ._config import ClientSettings
from ._exceptions import ExperimentStateError, InvalidArgumentError

# Reads (the hot path) import their endpoints here; writes import theirs on first use, which
# keeps importing the client quick.
from ._generated.api.experiments import experiments_list, experiments_retrieve
from ._generated.models.experiment import Experiment
from ._generated.types import Unset
from ._links import with_links
from ._page import Page
from ._pools import HeaderPlacement
from ._responses import (
    parse_cohort,
    parse_experiment,
    parse_nothing,
    parse_page,
    parse_requires_flag,
)
from ._retry import IDEMPOTENT_METHODS

if TYPE_CHECKING:
    from ._actions import Action
    from ._generated.models.cohort import Cohort

T = TypeVar("T")


class Call(Generic[T]):
    """One HTTP exchange: what to send and how to read a success response.

    Attributes:
        method: HTTP method.
        path: URL path below the host, path parameters already encoded.
        parse: Turns a 2xx response into the method's result.
        params: Query parameters.
        body: The JSON body, encoded.
        soft_delete: A 404 after a retried attempt means an earlier attempt already deleted it.
        detach: The body may be large: read it into a response of its own, which is freed as
            soon as the result is dropped (httpx keeps the response it reads in a reference
            cycle, which holds the body until the garbage collector runs).
        experiment_id: The id of the row the call is about, named in error messages.
        subject: What that row is, as messages name it (``Experiment``, ``Holdout``).
        action: The PostHog action this call sends (see ``_actions.ACTIONS``), or None.
    """

    __slots__ = (
        "action",
        "body",
        "detach",
        "experiment_id",
        "method",
        "params",
        "parse",
        "path",
        "soft_delete",
        "subject",
    )

    def __init__(
        self,
        method: str,
        path: str,
        parse: Callable[[httpx.Response], T],
        *,
        params: Mapping[str, Any] | None = None,
        body: bytes | None = None,
        soft_delete: bool = False,
        detach: bool = False,
        experiment_id: int | None = None,
        subject: str = "Experiment",
    ) -> None:
        self.method = method
        self.path = path
        self.parse = parse
        self.params = params
        self.body = body
        self.soft_delete = soft_delete
        self.detach = detach
        self.experiment_id = experiment_id
        self.subject = subject
        self.action: Action | None = None

    @property
    def repeatable(self) -> bool:
        """Whether an attempt that may have reached PostHog can be sent again."""
        if self.action is not None:
            return self.action.repeatable
        return self.method in IDEMPOTENT_METHODS


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    settings: ClientSettings,
    call: Call[Any],
    placement: str,
    timeout: httpx.Timeout,
) -> httpx.Request:
    """The ``httpx.Request`` for a call, carrying the client's headers and this attempt's timeout."""
    headers: Mapping[str, str] | None = None
    if placement == HeaderPlacement.PER_REQUEST:
        headers = settings.request_headers
    if call.body is not None:
        headers = {**(headers or {}), "Content-Type": "application/json"}
    return http.build_request(
        call.method,
        settings.host + call.path,
        params=call.params or None,
        content=call.body,
        headers=headers,
        timeout=timeout,
    )


# ----------------------------------------------------------------------------- reads


def get_call(settings: ClientSettings, id: int) -> Call[Experiment]:
    path = experiments_retrieve.request_path(settings.project_id, check.experiment_id(id))
    return Call(experiments_retrieve.METHOD, path, parse_experiment, experiment_id=id)


def list_query(
    *,
    status: Any,
    search: Any,
    archived: Any,
    created_by_id: Any,
    order: Any,
    page_size: Any,
) -> dict[str, str]:
    """The first page's query string, with the arguments' types checked."""
    return page_query(
        page_size,
        (
            ("status", status, check.text),
            ("search", search, check.text),
            ("archived", archived, check.boolean),
            ("created_by_id", created_by_id, check.integer),
            ("order", order, check.text),
        ),
    )


def page_query(
    page_size: Any, filters: Iterable[tuple[str, Any, Callable[[str, Any], Any]]]
) -> dict[str, str]:
    """A first page's query: ``limit`` and each filter given, its type checked by its rule."""
    size = check.integer("page_size", page_size)
    if size < 1:
        raise InvalidArgumentError(f"page_size must be >= 1, got {size}")
    query = {"limit": str(size)}
    for name, value, rule in filters:
        if not isinstance(value, Unset):
            rule(name, value)
            query[name] = ("true" if value else "false") if isinstance(value, bool) else str(value)
    return query


def list_call(settings: ClientSettings, query: Mapping[str, str]) -> Call[Page[Experiment]]:
    def parse(response: httpx.Response) -> Page[Experiment]:
        return parse_page(response, query)

    path = experiments_list.request_path(settings.project_id)
    return Call(experiments_list.METHOD, path, parse, params=query, detach=True)


def requires_flag_call(settings: ClientSettings, *, events: Any, actions: Any) -> Call[bool]:
    from ._generated.api.experiments import (
        experiments_requires_flag_implementation_retrieve as endpoint,
    )

    params = {
        name: _json_query(name, value)
        for name, value in (("events", events), ("actions", actions))
        if not isinstance(value, Unset)
    }
    path = endpoint.request_path(settings.project_id)
    return Call(endpoint.METHOD, path, parse_requires_flag, params=params)


def _json_query(name: str, value: Any) -> str:
    """``events``/``actions`` go as JSON text; lists of dicts are encoded here."""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return check.json_text(name, list(value))
    raise InvalidArgumentError(
        f"{name} must be a list of filters or a JSON string, got {type(value).__name__}"
    )


# ----------------------------------------------------------------------------- writes


def create_call(settings: ClientSettings, fields: Mapping[str, Any]) -> Call[Experiment]:
    from ._fields import CREATE_FIELDS
    from ._generated.api.experiments import experiments_create as endpoint

    body = check.encode_body(check.body_from(CREATE_FIELDS, with_links(fields)))
    return Call(
        endpoint.METHOD, endpoint.request_path(settings.project_id), parse_experiment, body=body
    )


def update_call(settings: ClientSettings, id: int, fields: Mapping[str, Any]) -> Call[Experiment]:
    from ._fields import UPDATE_FIELDS

    return _patch(
        settings, id, check.body_from(UPDATE_FIELDS, with_links(fields)), parse_experiment
    )


def delete_call(settings: ClientSettings, id: int) -> Call[None]:
    call = _patch(settings, id, {"deleted": True}, parse_nothing)
    call.soft_delete = True
    return call


def restore_call(settings: ClientSettings, id: int) -> Call[Experiment]:
    return _patch(settings, id, {"deleted": False}, parse_experiment)


def _patch(
    settings: ClientSettings,
    id: int,
    body: Mapping[str, Any],
    parse: Callable[[httpx.Response], T],
) -> Call[T]:
    from ._generated.api.experiments import experiments_partial_update as endpoint

    path = endpoint.request_path(settings.project_id, check.experiment_id(id))
    return Call(endpoint.METHOD, path, parse, body=check.encode_body(body), experiment_id=id)


def duplicate_call(
    settings: ClientSettings, id: int, *, name: Any, feature_flag_key: Any
) -> Call[Experiment]:
    from ._generated.api.experiments import experiments_duplicate_create as endpoint

    body = {
        key: check.text(key, value)
        for key, value in (("name", name), ("feature_flag_key", feature_flag_key))
        if not isinstance(value, Unset)
    }
    path = endpoint.request_path(settings.project_id, check.experiment_id(id))
    return Call(
        endpoint.METHOD, path, parse_experiment, body=check.encode_body(body), experiment_id=id
    )


def exposure_cohort_call(settings: ClientSettings, id: int) -> Call[Cohort]:
    from ._generated.api.experiments import (
        experiments_create_exposure_cohort_for_experiment_create as endpoint,
    )

    path = endpoint.request_path(settings.project_id, check.experiment_id(id))
    return Call(endpoint.METHOD, path, parse_cohort, body=b"{}", experiment_id=id)


# ----------------------------------------------------------------------------- lifecycle guards


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
