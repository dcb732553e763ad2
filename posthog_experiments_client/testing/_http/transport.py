"""In-process use: an ``httpx.MockTransport`` that serves both sync and async clients."""

from __future__ import annotations

import time

import httpx

from .app import FakeApp, Outcome

__all__ = ["FakeTransport"]

_DISCONNECTED = "Server disconnected without sending a response."


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout")
    value = timeout.get("read") if isinstance(timeout, dict) else None
    return float(value) if isinstance(value, (int, float)) else None


def _wait_for(outcome: Outcome, request: httpx.Request) -> tuple[float, bool]:
    """How long to sleep, and whether the client's read timeout fires first."""
    timeout = _read_timeout(request)
    if outcome.delay > 0 and timeout is not None and outcome.delay >= timeout:
        return timeout, True
    return outcome.delay, False


def _finish(outcome: Outcome, request: httpx.Request, timed_out: bool) -> httpx.Response:
    if timed_out:
        raise httpx.ReadTimeout("timed out", request=request)
    if outcome.response is None:
        raise httpx.RemoteProtocolError(_DISCONNECTED, request=request)
    return _streamed(outcome.response)


def _streamed(response: httpx.Response) -> httpx.Response:
    """Re-wrap the body as an unread stream, as a network transport returns it.

    A response built with ``content=`` counts as already read, so the client never
    closes it and ``response.elapsed`` stays unset; SDKs that log it would break.
    """
    headers = httpx.Headers(response.headers)
    if "Content-Length" not in headers:
        headers["Content-Length"] = str(len(response.content))
    return httpx.Response(
        response.status_code,
        headers=headers,
        stream=httpx.ByteStream(response.content),
        extensions={"http_version": b"HTTP/1.1"},
    )


class FakeTransport(httpx.MockTransport):
    """Routes requests to a :class:`~.app.FakeApp` without a socket.

    Faults behave as a client over a socket would see them: a delay past the read
    timeout raises :class:`httpx.ReadTimeout` after that timeout, a dropped connection
    raises :class:`httpx.RemoteProtocolError`. Async clients sleep without blocking
    their event loop (asyncio or trio, through anyio).
    """

    def __init__(self, app: FakeApp) -> None:
        super().__init__(self._handle)
        self._app = app

    def _handle(self, request: httpx.Request) -> httpx.Response:
        outcome = self._app.dispatch(request, "in-process")
        seconds, timed_out = _wait_for(outcome, request)
        if seconds > 0:
            time.sleep(seconds)
        return _finish(outcome, request, timed_out)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Serve an ``httpx.AsyncClient``."""
        await request.aread()
        outcome = self._app.dispatch(request, "in-process")
        seconds, timed_out = _wait_for(outcome, request)
        if seconds > 0:
            import anyio  # lazy: only async users need it (it ships with httpx)

            await anyio.sleep(seconds)
        return _finish(outcome, request, timed_out)
