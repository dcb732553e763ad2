"""Raw responses: ``client.with_raw_response.get(1)`` returns the parsed value with its
``httpx.Response`` (status, headers, request id)."""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Awaitable, Callable
from typing import Generic, ParamSpec, TypeVar

import attrs
import httpx

T = TypeVar("T")
P = ParamSpec("P")

# The responses of the call under way, when a raw view asked for them.
_captured: contextvars.ContextVar[list[httpx.Response] | None] = contextvars.ContextVar(
    "posthog_experiments_client_captured", default=None
)


def remember(response: httpx.Response) -> None:
    """Note a successful response for a raw view, if one is listening."""
    captured = _captured.get()
    if captured is not None:
        captured.append(response)


@attrs.frozen
class RawResponse(Generic[T]):
    """A parsed result together with the HTTP response it came from.

    Attributes:
        parsed: What the plain method returns.
        http_response: The last ``httpx.Response`` of the call.
    """

    parsed: T
    http_response: httpx.Response = attrs.field(repr=False)

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """PostHog's ``X-Request-Id`` header, when present."""
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id


def raw_sync(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        captured: list[httpx.Response] = []
        token = _captured.set(captured)
        try:
            result = method(*args, **kwargs)
        finally:
            _captured.reset(token)
        return RawResponse(result, captured[-1])

    return wrapper


def raw_async(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    @functools.wraps(method)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        captured: list[httpx.Response] = []
        token = _captured.set(captured)
        try:
            result = await method(*args, **kwargs)
        finally:
            _captured.reset(token)
        return RawResponse(result, captured[-1])

    return wrapper
