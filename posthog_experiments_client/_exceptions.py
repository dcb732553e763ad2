"""The one exception tree of the client.

Every failure a call can meet is raised as one of these; no httpx exception, ``KeyError``,
``TypeError`` or ``ValueError`` escapes a client method. The original error is chained as
``__cause__``.

    PostHogError
    ├── ConfigurationError          bad or missing api_key / host / project_id, bad options
    ├── InvalidArgumentError        a method argument of the wrong type, caught before sending
    ├── ExperimentStateError        the experiment's state forbids it: e.g. launching a launched one
    ├── ActionNotOfferedError       this PostHog predates the action (e.g. pause before 2026)
    └── APIError                    a request failed (``request``; ``body``: JSON, text or None)
        ├── APIConnectionError      the request got no HTTP response (DNS, refused, reset, closed)
        │   └── APITimeoutError     ... because a timeout or the call's deadline expired
        ├── APIStatusError          PostHog answered with a non-2xx status
        │   ├── BadRequestError           400
        │   │   └── StatisticsUnavailableError  a metric's statistics cannot be computed
        │   ├── AuthenticationError       401
        │   ├── PermissionDeniedError     403
        │   ├── NotFoundError             404
        │   ├── MethodNotAllowedError     405
        │   ├── ConflictError             409
        │   │   └── ApprovalRequiredError a change request was opened (``change_request_id``)
        │   ├── RateLimitError            429 (``retry_after`` in seconds, or None)
        │   ├── InternalServerError       >= 500, and codes outside the standard list
        │   └── QueryFailedError          an async query failed (``error_message``)
        └── ResponseValidationError a 2xx whose body is not JSON or not the documented shape
"""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ActionNotOfferedError",
    "ApprovalRequiredError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ExperimentStateError",
    "InternalServerError",
    "InvalidArgumentError",
    "MethodNotAllowedError",
    "NotFoundError",
    "PermissionDeniedError",
    "PostHogError",
    "QueryFailedError",
    "RateLimitError",
    "ResponseValidationError",
    "StatisticsUnavailableError",
]


class PostHogError(Exception):
    """Base class of every error this client raises."""


class ConfigurationError(PostHogError):
    """The client was configured wrongly: a missing key or project, a bad host or option."""


class InvalidArgumentError(PostHogError):
    """A method argument has the wrong type or form. Nothing was sent."""


class APIError(PostHogError):
    """A request failed: it got no response, an error status, or a body of the wrong shape.

    Attributes:
        request: The ``httpx.Request``.
        body: The response body decoded as JSON, or its text when it is not JSON; None when there
            was no response or it was empty. The exact bytes are in ``response.content``.
    """

    def __init__(self, message: str, *, request: httpx.Request, body: Any = None) -> None:
        super().__init__(message)
        self.request: httpx.Request = request
        self.body: Any = body


class APIConnectionError(APIError):
    """The request got no HTTP response: the connection failed, was reset or timed out, or the
    client was closed."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout of an attempt expired, or the call's deadline."""


class APIStatusError(APIError):
    """PostHog answered with a non-success status.

    The fields of PostHog's error envelope (``{"type", "code", "detail", "attr"}``) are copied onto
    the exception; those the body lacks are None.

    Attributes:
        status_code: The HTTP status.
        type: PostHog's error type, e.g. ``validation_error``.
        code: PostHog's error code, e.g. ``required`` or ``not_found``.
        detail: PostHog's message.
        attr: The field at fault, or None.
        response: The ``httpx.Response``.
        request_id: The ``X-Request-Id`` response header, when present.
    """

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message, request=response.request, body=body)
        envelope = body if isinstance(body, dict) else {}
        self.status_code: int = response.status_code
        self.type: str | None = _text_or_none(envelope.get("type"))
        self.code: str | None = _text_or_none(envelope.get("code"))
        self.detail: str | None = _text_or_none(envelope.get("detail"))
        self.attr: str | None = _text_or_none(envelope.get("attr"))
        self.response: httpx.Response = response
        self.request_id: str | None = response.headers.get("x-request-id")


class BadRequestError(APIStatusError):
    """400: PostHog rejected the request, usually a validation error naming ``attr``."""


class AuthenticationError(APIStatusError):
    """401: no personal API key, or an invalid one."""


class PermissionDeniedError(APIStatusError):
    """403: the key lacks the scope (``experiment:read``/``write``) or cannot reach the project."""


class NotFoundError(APIStatusError):
    """404: unknown, deleted or other-project experiment, or an unknown project."""


class MethodNotAllowedError(APIStatusError):
    """405: e.g. DELETE, which PostHog refuses; use ``client.delete()`` (a soft delete)."""


class ConflictError(APIStatusError):
    """409: the change needs approval or conflicts with the current state."""


class ApprovalRequiredError(ConflictError):
    """409 from ``ship_variant``: an approval policy guards the flag, so PostHog opened a change
    request instead. Nothing changed; it applies once the change request is approved.

    Attributes:
        change_request_id: The change request to approve, or None if the body lacks it.
    """

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message, response=response, body=body)
        envelope = body if isinstance(body, dict) else {}
        self.change_request_id: str | None = _text_or_none(envelope.get("change_request_id"))


class RateLimitError(APIStatusError):
    """429: the key is throttled (480 requests a minute, 4800 an hour).

    Attributes:
        retry_after: Seconds PostHog asked to wait (``Retry-After``), or None.
    """

    def __init__(
        self, message: str, *, response: httpx.Response, body: Any, retry_after: float | None
    ) -> None:
        super().__init__(message, response=response, body=body)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """A 5xx, or a status outside the standard list (e.g. 520 from a proxy)."""


class StatisticsUnavailableError(BadRequestError):
    """400: PostHog cannot compute this metric's statistics from the data it has.

    PostHog's message: "Unable to calculate experiment statistics. Please ensure your
    experiment has sufficient data and try again." Wait for more data; it is not retried.
    """


class QueryFailedError(APIStatusError):
    """An async query PostHog ran failed: its poll answered 400 or 500 with ``query_status``.

    Attributes:
        query_id: The query's id (``query_status.id``), or None.
        error_message: PostHog's ``error_message``, or None when it gave none (a 500).
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        query_id: str | None,
        error_message: str | None,
    ) -> None:
        super().__init__(message, response=response, body=body)
        self.query_id = query_id
        self.error_message = error_message


class ResponseValidationError(APIError):
    """A success response whose body is not JSON, or not the documented shape.

    Attributes:
        response: The ``httpx.Response``; its ``content`` keeps the body whole, so no data is lost.
    """

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message, request=response.request, body=decode_body(response.content))
        self.response = response


class ExperimentStateError(PostHogError):
    """A lifecycle method was refused because of the experiment's state. Nothing was changed.

    Raised before sending (the PATCH forms check first) or from PostHog's own 400 (the actions),
    which is then the ``__cause__``.

    Attributes:
        experiment_id: The experiment's id.
    """

    def __init__(self, message: str, *, experiment_id: int) -> None:
        super().__init__(message)
        self.experiment_id = experiment_id


class ActionNotOfferedError(PostHogError):
    """This PostHog does not serve the action (it predates it, as 2025 PostHog predates ``pause``).

    Nothing was changed. The experiment exists: a missing experiment raises ``NotFoundError``.

    Attributes:
        action: The action's name, e.g. ``pause``.
        host: The PostHog host that lacks it.
        experiment_id: The experiment the call was about, or None.
    """

    def __init__(self, message: str, *, action: str, host: str, experiment_id: int | None) -> None:
        super().__init__(message)
        self.action = action
        self.host = host
        self.experiment_id = experiment_id


def decode_body(content: bytes) -> Any:
    """A body as JSON, or its text when it is not JSON; None when empty."""
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        return content.decode("utf-8", errors="replace")


def _text_or_none(value: object) -> str | None:
    return None if value is None else str(value)
