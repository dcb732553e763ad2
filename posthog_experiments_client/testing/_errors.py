"""Errors raised by the fake's rules, rendered as drf-exceptions-hog envelopes."""

from __future__ import annotations

from typing import Any

__all__ = [
    "ApiError",
    "BareError",
    "method_not_allowed",
    "not_found",
    "parse_error",
    "permission_denied",
    "validation_error",
]


class ApiError(Exception):
    """One PostHog error response: ``{"type", "code", "detail", "attr"}`` plus status.

    Args:
        status: The HTTP status code.
        type: The envelope's ``type`` (``validation_error``, ``invalid_request``, ...).
        code: The envelope's ``code``.
        detail: The human-readable message, verbatim from PostHog.
        attr: The offending field, or ``None`` for non-field errors.
        headers: Extra response headers (``Retry-After``, ``WWW-Authenticate``).
    """

    def __init__(
        self,
        status: int,
        type: str,
        code: str,
        detail: str,
        attr: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.type = type
        self.code = code
        self.detail = detail
        self.attr = attr
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        """Return the JSON envelope."""
        return {"type": self.type, "code": self.code, "detail": self.detail, "attr": self.attr}


class BareError(Exception):
    """A response whose body is not the envelope (e.g. the empty 405 of DELETE)."""

    def __init__(self, status: int, body: Any = None, headers: dict[str, str] | None = None):
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = dict(headers or {})


def validation_error(detail: str, attr: str | None = None, code: str = "invalid_input") -> ApiError:
    """A 400 ``validation_error`` (``invalid`` is already rewritten to ``invalid_input``)."""
    return ApiError(400, "validation_error", code, detail, attr)


def not_found(detail: str = "Not found.") -> ApiError:
    """A 404 ``not_found``."""
    return ApiError(404, "invalid_request", "not_found", detail)


def permission_denied(detail: str) -> ApiError:
    """A 403; exceptions_hog types permission errors as ``authentication_error``."""
    return ApiError(403, "authentication_error", "permission_denied", detail)


def parse_error(detail: str) -> ApiError:
    """A 400 ``parse_error`` for a body that cannot be decoded."""
    return ApiError(400, "invalid_request", "parse_error", detail)


def method_not_allowed(method: str, allow: str) -> ApiError:
    """A 405 for a verb the route does not serve."""
    return ApiError(
        405,
        "invalid_request",
        "method_not_allowed",
        f'Method "{method}" not allowed.',
        headers={"Allow": allow},
    )
