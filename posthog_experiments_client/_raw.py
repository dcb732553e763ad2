"""Raw responses: ``client.with_raw_response.get(1)`` returns the parsed value with its
``httpx.Response`` (status, headers, request id)."""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Generic, ParamSpec, TypeVar

import attrs
import httpx

if TYPE_CHECKING:
    from ._async_client import AsyncExperimentsClient
    from ._client import ExperimentsClient

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

    def parse(self) -> T:
        return self.parsed


def _raw_sync(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
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


def _raw_async(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
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


class RawResponseView:
    """``ExperimentsClient.with_raw_response``: the same methods, returning ``RawResponse``."""

    def __init__(self, client: ExperimentsClient) -> None:
        self.get = _raw_sync(client.get)
        self.create = _raw_sync(client.create)
        self.update = _raw_sync(client.update)
        self.delete = _raw_sync(client.delete)
        self.restore = _raw_sync(client.restore)
        self.duplicate = _raw_sync(client.duplicate)
        self.create_exposure_cohort = _raw_sync(client.create_exposure_cohort)
        self.requires_flag_implementation = _raw_sync(client.requires_flag_implementation)
        self.launch = _raw_sync(client.launch)
        self.end = _raw_sync(client.end)
        self.archive = _raw_sync(client.archive)
        self.unarchive = _raw_sync(client.unarchive)


class AsyncRawResponseView:
    """``AsyncExperimentsClient.with_raw_response``: the same methods, returning ``RawResponse``."""

    def __init__(self, client: AsyncExperimentsClient) -> None:
        self.get = _raw_async(client.get)
        self.create = _raw_async(client.create)
        self.update = _raw_async(client.update)
        self.delete = _raw_async(client.delete)
        self.restore = _raw_async(client.restore)
        self.duplicate = _raw_async(client.duplicate)
        self.create_exposure_cohort = _raw_async(client.create_exposure_cohort)
        self.requires_flag_implementation = _raw_async(client.requires_flag_implementation)
        self.launch = _raw_async(client.launch)
        self.end = _raw_async(client.end)
        self.archive = _raw_async(client.archive)
        self.unarchive = _raw_async(client.unarchive)
