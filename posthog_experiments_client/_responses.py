"""Reading responses: JSON bodies into generated models, and failures into the exception tree."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
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
)
from ._generated.models.experiment import Experiment
from ._generated.types import ResponseShapeError
from ._messages import status_message
from ._retry import parse_retry_after

if TYPE_CHECKING:
    from ._config import ClientSettings
    from ._generated.models.cohort import Cohort
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
            raise invalid_response(response, what, str(exc)) from exc
    finally:
        if pause_gc:
            gc.enable()


def invalid_response(response: httpx.Response, what: str, problem: str) -> ResponseValidationError:
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
    body = _error_body(response)
    status = response.status_code
    error_class = _ERROR_CLASSES.get(status)
    if error_class is None:
        # Proxies answer with codes outside the standard list (499, 520): treat them as 5xx.
        standard = status in _STANDARD_STATUSES
        error_class = InternalServerError if status >= 500 or not standard else APIStatusError
    message = status_message(response, body, settings, call)
    if error_class is RateLimitError:
        return RateLimitError(
            message,
            response=response,
            body=body,
            retry_after=parse_retry_after(response.headers.get("retry-after")),
        )
    return error_class(message, response=response, body=body)


def connection_error(exc: Exception, request: httpx.Request) -> APIConnectionError:
    """The typed exception for a request that got no response."""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"{request.method} {request.url} timed out: {exc!r}", request=request
        )
    return APIConnectionError(f"{request.method} {request.url} failed: {exc!r}", request=request)


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
