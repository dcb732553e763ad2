"""Every operation's request and response handling, shared by the sync and async clients.

The clients only send what is built here and hand back what is parsed here; retries live in
``_retry``. Requests are built with the generated endpoint modules; responses are parsed with the
generated models.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import parse_qsl, urlsplit

import attrs
import httpx

from . import _arguments as check
from ._config import ClientSettings
from ._exceptions import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ExperimentStateError,
    InternalServerError,
    InvalidArgumentError,
    MethodNotAllowedError,
    NotFoundError,
    PermissionDeniedError,
    PostHogError,
    RateLimitError,
    ResponseValidationError,
)

# Reads (the hot path) are imported here; the request models and endpoints of writes are
# imported by their builders on first use, which keeps importing the client quick.
from ._generated.api.experiments import experiments_list
from ._generated.models.conclusion_enum import CONCLUSION_ENUM_VALUES
from ._generated.models.experiment import Experiment
from ._generated.models.experiment_status_filter import EXPERIMENT_STATUS_FILTER_VALUES
from ._generated.models.experiment_type_enum import EXPERIMENT_TYPE_ENUM_VALUES
from ._generated.models.paginated_experiment_list import PaginatedExperimentList
from ._generated.types import UNSET, ResponseShapeError, Unset
from ._retry import parse_retry_after

if TYPE_CHECKING:
    from ._generated.models.cohort import Cohort
    from ._generated.models.patched_experiment import PatchedExperiment

T = TypeVar("T")

_STANDARD_STATUSES = frozenset(status.value for status in HTTPStatus)
_ERROR_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    429: RateLimitError,
}


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
    """

    method: str
    path: str
    parse: Callable[[httpx.Response], T]
    params: Mapping[str, Any] | None = None
    body: bytes | None = None
    soft_delete: bool = False


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


# ----------------------------------------------------------------------------- responses


def decode_json(response: httpx.Response) -> Any:
    """The JSON body of a success response."""
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        preview = response.content[:80]
        raise ResponseValidationError(
            f"{response.status_code} response to {response.request.method} "
            f"{response.request.url.path} is not valid JSON ({exc.__class__.__name__}: {exc}); "
            f"body starts {preview!r}",
            body=response.content,
            response=response,
        ) from exc


def parse_model(response: httpx.Response, model_class: Callable[[Any], T], what: str) -> T:
    """A generated model from a success response, or ``ResponseValidationError``.

    The cyclic garbage collector is paused meanwhile: decoding builds thousands of small acyclic
    objects, and the collections their allocation alone triggers cost about as much as the
    decoding itself (B3 in ``make bench``). Nothing built here forms a cycle to collect.
    """
    pause_gc = gc.isenabled()
    if pause_gc:
        gc.disable()
    try:
        data = decode_json(response)
        try:
            return model_class(data)
        except (ResponseShapeError, RecursionError) as exc:
            raise ResponseValidationError(
                f"{response.status_code} response to {response.request.method} "
                f"{response.request.url.path} is not a valid {what}: {exc}",
                body=response.content,
                response=response,
            ) from exc
    finally:
        if pause_gc:
            gc.enable()


def _invalid(response: httpx.Response, what: str, problem: str) -> ResponseValidationError:
    return ResponseValidationError(
        f"{response.status_code} response to {response.request.method} "
        f"{response.request.url.path} is not a valid {what}: {problem}",
        body=response.content,
        response=response,
    )


def parse_experiment(response: httpx.Response) -> Experiment:
    return parse_model(response, Experiment.from_dict, "Experiment")


def parse_cohort(response: httpx.Response) -> Cohort:
    from ._generated.models.cohort import Cohort
    from ._generated.models.experiment_exposure_cohort_response import (
        ExperimentExposureCohortResponse,
    )

    what = "exposure cohort response"
    cohort = parse_model(response, ExperimentExposureCohortResponse.from_dict, what).cohort
    if not isinstance(cohort, Cohort):
        raise _invalid(response, what, "cohort must be an object")
    return cohort


def parse_requires_flag(response: httpx.Response) -> bool:
    from ._generated.models.requires_flag_implementation_response import (
        RequiresFlagImplementationResponse,
    )

    parsed = parse_model(
        response,
        RequiresFlagImplementationResponse.from_dict,
        "requires_flag_implementation response",
    )
    if not isinstance(parsed.result, bool):
        raise _invalid(
            response, "requires_flag_implementation response", "result must be a boolean"
        )
    return parsed.result


def parse_nothing(response: httpx.Response) -> None:
    return None


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed exception for a non-2xx response, with PostHog's envelope copied onto it."""
    body = _error_body(response)
    status = response.status_code
    error_class = _ERROR_CLASSES.get(status)
    if error_class is None:
        # Proxies answer with codes outside the standard list (499, 520): treat them as 5xx.
        standard = status in _STANDARD_STATUSES
        error_class = InternalServerError if status >= 500 or not standard else APIStatusError
    message = _status_message(response, body)
    if error_class is RateLimitError:
        return RateLimitError(
            message,
            response=response,
            body=body,
            retry_after=parse_retry_after(response.headers.get("retry-after")),
        )
    return error_class(message, response=response, body=body)


def redact(error: PostHogError, secret: str) -> PostHogError:
    """``error`` with ``secret`` masked in its message (the raw body attribute is left whole)."""
    message = str(error)
    if secret and secret in message:
        error.args = (message.replace(secret, "phx_***"),)
    return error


def _error_body(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError):
        return response.content.decode("utf-8", errors="replace")


def _status_message(response: httpx.Response, body: Any) -> str:
    status = response.status_code
    if isinstance(body, dict) and "detail" in body:
        kind = body.get("type")
        attr = body.get("attr")
        head = f"{status} {kind}" if kind else str(status)
        if attr:
            head += f" on {attr}"
        return f"{head}: {body['detail']}"
    reason = response.reason_phrase or "Error"
    if body is None:
        return f"{status} {reason}"
    text = " ".join(str(body).split())
    return f"{status} {reason}: {text[:200]}{'…' if len(text) > 200 else ''}"


# ----------------------------------------------------------------------------- list / pages


@attrs.frozen
class Page:
    """One page of experiments.

    Attributes:
        items: The experiments on this page.
        count: How many experiments match the filters, across all pages.
        next_url: PostHog's link to the next page, or None on the last page.
        previous_url: PostHog's link to the previous page, or None on the first.
        response: The raw ``httpx.Response``.
    """

    items: list[Experiment]
    count: int
    next_url: str | None
    previous_url: str | None
    response: httpx.Response = attrs.field(repr=False, eq=False)
    query: Mapping[str, str] = attrs.field(repr=False, eq=False, factory=dict)

    def has_next_page(self) -> bool:
        """Whether another page follows this one."""
        return self.next_url is not None

    @property
    def next_offset(self) -> int | None:
        """The ``offset`` of the next page, or None on the last page."""
        query = next_page_query(self)
        return None if query is None else int(query["offset"])


def list_query(
    *,
    status: Any,
    search: Any,
    archived: Any,
    created_by_id: Any,
    order: Any,
    page_size: Any,
) -> dict[str, str]:
    """The first page's query string, with arguments checked."""
    check.choice("status", status, EXPERIMENT_STATUS_FILTER_VALUES)  # type: ignore[arg-type]
    check.text("search", search, nullable=False)
    check.boolean("archived", archived)
    check.integer("created_by_id", created_by_id, nullable=False)
    check.text("order", order, nullable=False)
    size = check.integer("page_size", page_size, nullable=False)
    if size < 1:
        raise InvalidArgumentError(f"page_size must be >= 1, got {size}")
    # The generated request builder encodes the query; its path is not used here.
    kwargs = experiments_list._get_kwargs(
        "0",
        limit=size,
        status=status,
        search=search,
        archived=archived,
        created_by_id=created_by_id,
        order=order,
    )
    query: dict[str, str] = {}
    for key, value in kwargs["params"].items():
        if isinstance(value, Unset):
            continue
        query[key] = ("true" if value else "false") if isinstance(value, bool) else str(value)
    return query


def list_call(settings: ClientSettings, query: Mapping[str, str]) -> Call[Page]:
    def parse(response: httpx.Response) -> Page:
        page = parse_model(response, PaginatedExperimentList.from_dict, "page of experiments")
        # Nulls are kept elsewhere for forward compatibility, but a page must hold experiments.
        if not isinstance(page.results, list) or not all(
            isinstance(e, Experiment) for e in page.results
        ):
            raise _invalid(response, "page of experiments", "results must be a list of experiments")
        if isinstance(page.count, bool) or not isinstance(page.count, int):
            raise _invalid(response, "page of experiments", "count must be an integer")
        return Page(
            items=page.results,
            count=page.count,
            next_url=page.next_ if isinstance(page.next_, str) else None,
            previous_url=page.previous if isinstance(page.previous, str) else None,
            response=response,
            query=dict(query),
        )

    return Call("GET", settings.experiments_path, parse, params=query)


def next_page_query(page: Page) -> dict[str, str] | None:
    """The query of the page after ``page``, from the offset and limit in PostHog's ``next`` link.

    Only those two numbers are taken from the link; the filters stay the caller's own and the
    request stays on the configured host, so the key is never sent to another origin and nothing
    the server wrote ends up in a request unchecked.
    """
    if page.next_url is None:
        return None
    current = int(page.query.get("offset", "0"))
    try:
        linked = dict(parse_qsl(urlsplit(page.next_url).query))
        offset = int(linked["offset"])
        limit = int(linked.get("limit", page.query.get("limit", "100")))
    except (ValueError, KeyError) as exc:
        raise _bad_page(
            page, f"next page link has no usable offset: {page.next_url!r:.120}"
        ) from exc
    if offset <= current or limit < 1:
        raise _bad_page(
            page, f"next page link does not advance past offset {current}: {page.next_url!r:.120}"
        )
    return {**page.query, "offset": str(offset), "limit": str(limit)}


def _bad_page(page: Page, message: str) -> ResponseValidationError:
    return ResponseValidationError(message, body=page.response.content, response=page.response)


# ----------------------------------------------------------------------------- single objects


def _experiment_path(settings: ClientSettings, id: int) -> str:
    # The same path experiments_retrieve builds, from the project part encoded once per client.
    return f"{settings.experiments_path}{check.experiment_id(id)}/"


def get_call(settings: ClientSettings, id: int) -> Call[Experiment]:
    return Call("GET", _experiment_path(settings, id), parse_experiment)


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

    body = PatchedExperiment(**_writable_fields(fields))
    return _patch(settings, id, body)


def _patch(settings: ClientSettings, id: int, body: PatchedExperiment) -> Call[Experiment]:
    from ._generated.api.experiments import experiments_partial_update

    kwargs = experiments_partial_update._get_kwargs(
        settings.project_id, check.experiment_id(id), body=body
    )
    return Call("PATCH", kwargs["url"], parse_experiment, body=check.encode_body(kwargs["json"]))


def delete_call(settings: ClientSettings, id: int) -> Call[None]:
    from ._generated.models.patched_experiment import PatchedExperiment

    patch = _patch(settings, id, PatchedExperiment(deleted=True))
    return Call("PATCH", patch.path, parse_nothing, body=patch.body, soft_delete=True)


def restore_call(settings: ClientSettings, id: int) -> Call[Experiment]:
    from ._generated.models.patched_experiment import PatchedExperiment

    return _patch(settings, id, PatchedExperiment(deleted=False))


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
    return Call("POST", kwargs["url"], parse_experiment, body=check.encode_body(kwargs["json"]))


def exposure_cohort_call(settings: ClientSettings, id: int) -> Call[Cohort]:
    from ._generated.api.experiments import (
        experiments_create_exposure_cohort_for_experiment_create as endpoint,
    )

    kwargs = endpoint._get_kwargs(settings.project_id, check.experiment_id(id))
    return Call("POST", kwargs["url"], parse_cohort, body=b"{}")


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
        return check.encode_body({name: list(value)}).decode()[len(name) + 4 : -1]
    raise InvalidArgumentError(
        f"{name} must be a list of filters or a JSON string, got {type(value).__name__}"
    )


def _writable_fields(fields: dict[str, Any]) -> dict[str, Any]:
    from ._generated.models import (
        ExperimentMetric,
        ExperimentParameters,
        ExposureCriteria,
        LegacyFilters,
        SavedMetricReference,
        StatsConfig,
    )

    """Check and convert the writable Experiment fields given to create/update."""
    converters: dict[str, Callable[[str, Any], Any]] = {
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
        "name": lambda n, v: check.text(n, v, nullable=False),
    }
    return {name: converters[name](name, value) for name, value in fields.items()}


# ----------------------------------------------------------------------------- lifecycle


def launch_refusal(experiment: Experiment) -> str | None:
    """Why ``launch`` must not change this experiment, or None."""
    if experiment.start_date is not None and not isinstance(experiment.start_date, Unset):
        return f"Experiment {experiment.id} has already been launched (start_date {_iso(experiment.start_date)})."
    return None


def end_refusal(experiment: Experiment) -> str | None:
    """Why ``end`` must not change this experiment, or None."""
    if experiment.start_date is None or isinstance(experiment.start_date, Unset):
        return f"Experiment {experiment.id} has not been launched yet."
    if experiment.end_date is not None and not isinstance(experiment.end_date, Unset):
        return (
            f"Experiment {experiment.id} has already ended (end_date {_iso(experiment.end_date)})."
        )
    return None


def state_error(message: str, id: int) -> ExperimentStateError:
    return ExperimentStateError(message, experiment_id=id)


def _iso(value: Any) -> str:
    return str(value.isoformat()) if hasattr(value, "isoformat") else str(value)


__all__ = ["UNSET", "Call", "Page"]
