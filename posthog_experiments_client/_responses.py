"""Reading responses: JSON bodies into generated models, and failures into the exception tree."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ApprovalRequiredError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MethodNotAllowedError,
    NotFoundError,
    PermissionDeniedError,
    PostHogError,
    RateLimitError,
    ResponseValidationError,
    decode_body,
)
from ._generated.types import ResponseShapeError
from ._messages import status_message
from ._page import Page
from ._retry import Deadline, parse_retry_after

if TYPE_CHECKING:
    from ._config import ClientSettings
    from ._generated.models.cohort import Cohort
    from ._generated.models.experiment import Experiment
    from ._operations import Call

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
            response=response,
        ) from exc


def parse_model(response: httpx.Response, model_class: Callable[[Any], T], what: str) -> T:
    """A generated model from a success response, or ``ResponseValidationError``."""
    data = decode_json(response)
    try:
        return model_class(data)
    except (ResponseShapeError, RecursionError) as exc:
        raise invalid_response(response, what, str(exc)) from exc


def invalid_response(response: httpx.Response, what: str, problem: str) -> ResponseValidationError:
    return ResponseValidationError(
        f"{response.status_code} response to {response.request.method} "
        f"{response.request.url.path} is not a valid {what}: {problem}",
        response=response,
    )


# The models are imported on first use, which keeps importing the client quick.


def parse_experiment(response: httpx.Response) -> Experiment:
    from ._generated.models.experiment import Experiment

    return parse_model(response, Experiment.from_dict, "Experiment")


def parse_page(response: httpx.Response, query: Mapping[str, str]) -> Page[Experiment]:
    from ._generated.models.experiment import Experiment
    from ._generated.models.paginated_experiment_list import PaginatedExperimentList

    what = "page of experiments"
    page = parse_model(response, PaginatedExperimentList.from_dict, what)
    check_page(response, what, page.results, Experiment, page.count)
    return linked_page(response, page, query)


def linked_page(response: httpx.Response, page: Any, query: Mapping[str, str]) -> Page[Any]:
    """The ``Page`` of a checked PostHog list answer (``results``, ``count``, ``next``,
    ``previous``): experiments, holdouts or saved metrics."""
    return Page(
        items=page.results,
        count=page.count,
        next_url=page.next_ if isinstance(page.next_, str) else None,
        previous_url=page.previous if isinstance(page.previous, str) else None,
        response=response,
        query=dict(query),
    )


def check_page(
    response: httpx.Response,
    what: str,
    results: Any,
    item_class: type,
    count: Any,
    *,
    items: str | None = None,
) -> None:
    """Nulls are kept elsewhere for forward compatibility, but a page must hold its items.

    ``what`` is "page of <items>"; the message names the items, or ``items`` when given.
    """
    if not isinstance(results, list) or not all(isinstance(item, item_class) for item in results):
        items = items or what.removeprefix("page of ")
        raise invalid_response(response, what, f"results must be a list of {items}")
    if isinstance(count, bool) or not isinstance(count, int):
        raise invalid_response(response, what, "count must be an integer")


def parse_cohort(response: httpx.Response) -> Cohort:
    from ._generated.models.cohort import Cohort
    from ._generated.models.experiment_exposure_cohort_response import (
        ExperimentExposureCohortResponse,
    )

    what = "exposure cohort response"
    cohort = parse_model(response, ExperimentExposureCohortResponse.from_dict, what).cohort
    if not isinstance(cohort, Cohort):
        raise invalid_response(response, what, "cohort must be an object")
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
        raise invalid_response(
            response, "requires_flag_implementation response", "result must be a boolean"
        )
    return parsed.result


def parse_nothing(response: httpx.Response) -> None:
    return None


def status_error(
    response: httpx.Response,
    settings: ClientSettings | None = None,
    call: Call[Any] | None = None,
) -> APIStatusError:
    """The typed exception for a non-2xx response, with PostHog's envelope copied onto it.

    With the ``settings`` and ``call`` that failed, the message also says what to do.
    """
    body = decode_body(response.content)
    status = response.status_code
    error_class = _ERROR_CLASSES.get(status)
    if error_class is None:
        # Proxies answer with codes outside the standard list (499, 520): treat them as 5xx.
        standard = status in _STANDARD_STATUSES
        error_class = InternalServerError if status >= 500 or not standard else APIStatusError
    elif status == 409 and isinstance(body, dict) and "change_request_id" in body:
        error_class = ApprovalRequiredError
    message = status_message(response, body, settings, call)
    if error_class is RateLimitError:
        return RateLimitError(
            message,
            response=response,
            body=body,
            retry_after=parse_retry_after(response.headers.get("retry-after")),
        )
    return error_class(message, response=response, body=body)


def connection_error(
    exc: Exception,
    request: httpx.Request,
    *,
    attempts: int,
    timeout: httpx.Timeout,
    deadline: Deadline,
) -> APIConnectionError:
    """The typed exception for a request that got no response, after ``attempts`` attempts."""
    tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
    if isinstance(exc, httpx.TimeoutException):
        limits = f"timeout per attempt: {describe_timeout(timeout)}"
        if deadline.seconds is not None:
            limits += f"; deadline of the call: {deadline.seconds:g} s"
        return APITimeoutError(
            f"{request.method} {request.url} timed out after {tries} ({limits}): {exc!r}",
            request=request,
        )
    return APIConnectionError(
        f"{request.method} {request.url} failed after {tries}: {exc!r}", request=request
    )


def pool_error(exc: RuntimeError, request: httpx.Request, *, closed: bool) -> APIConnectionError:
    """The typed exception for a pool that cannot send: closed, or bound to another event loop."""
    if closed:
        problem = "the client has been closed. Make calls before closing it, or use a new client."
    else:
        problem = (
            f"its connection pool cannot be used here ({exc}). An http_client or transport you "
            "pass to AsyncExperimentsClient stays bound to the event loop that first used it: "
            "create the client inside the loop that uses it (e.g. in each asyncio.run() or "
            "test), or let the client open its own pool, which it does per event loop."
        )
    return APIConnectionError(
        f"{request.method} {request.url} not sent: {problem}", request=request
    )


def describe_timeout(timeout: httpx.Timeout) -> str:
    """The per-attempt limits of an ``httpx.Timeout``: ``30 s``, or each phase when they differ."""
    limits = {
        "connect": timeout.connect,
        "read": timeout.read,
        "write": timeout.write,
        "pool": timeout.pool,
    }
    shown = {name: "none" if v is None else f"{v:g} s" for name, v in limits.items()}
    if len(set(shown.values())) == 1:
        return shown["read"]
    return ", ".join(f"{name} {value}" for name, value in shown.items())


def redact(error: PostHogError, secret: str) -> PostHogError:
    """``error`` with ``secret`` masked in its message (the raw body attribute is left whole)."""
    message = str(error)
    if secret and secret in message:
        error.args = (message.replace(secret, "phx_***"),)
    return error
