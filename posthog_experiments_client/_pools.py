"""Connection pools, and where the client's headers travel.

An ``httpx.AsyncClient`` is bound to the event loop that opened its connections: reused under a
second loop (two ``asyncio.run()`` calls, asyncio then trio, one client shared by threads that each
run a loop) it fails with "Event loop is closed". So a client that owns its pool opens one per event
loop, on first use there. A pool you bring (``http_client=``) or a transport you bring is yours to
keep on one loop; the error then names the problem and the fix.

The key decision, made once: a pool this client creates carries the client's headers (key included)
itself, so requests add none; a pool you bring keeps its own headers, and ours go with each request.
"""

from __future__ import annotations

import sys
import weakref
from collections.abc import Mapping
from typing import Any

import httpx

from ._server_actions import ServerActions


class HeaderPlacement:
    """Where the client's headers (and so the key) travel: in the pool, or with each request."""

    IN_POOL = "in-pool"
    PER_REQUEST = "per-request"


def _running_loop() -> Any:
    """The running asyncio loop or trio run, or None outside any."""
    asyncio = sys.modules.get("asyncio")
    if asyncio is not None:
        try:
            return asyncio.get_running_loop()
        except RuntimeError:
            pass
    trio = sys.modules.get("trio")
    if trio is not None:
        try:
            return trio.lowlevel.current_trio_token()
        except RuntimeError:
            pass
    return None


class SyncPool:
    """The sync client's pool: one ``httpx.Client``, created here or brought by the user."""

    def __init__(
        self,
        *,
        http_client: httpx.Client | None,
        transport: httpx.BaseTransport | None,
        headers: Mapping[str, str],
    ) -> None:
        self.owned = http_client is None
        self._closed = False
        self._headers = headers
        self.server_actions = ServerActions()  # shared by the with_options copies
        self._http = http_client or httpx.Client(
            transport=transport, follow_redirects=False, headers=headers
        )

    def header_placement(self, request_headers: Mapping[str, str]) -> str:
        """``IN_POOL`` when this pool was created with exactly these headers, else per request."""
        if self.owned and request_headers == self._headers:
            return HeaderPlacement.IN_POOL
        return HeaderPlacement.PER_REQUEST

    def current(self) -> httpx.Client:
        return self._http

    def is_closed(self) -> bool:
        return self._closed or self._http.is_closed

    def close(self) -> None:
        self._closed = True
        if self.owned:
            self._http.close()


class AsyncPools:
    """The async client's pools: one ``httpx.AsyncClient`` per event loop it is used on.

    With a pool or transport brought by the user there is just that one.
    """

    def __init__(
        self,
        *,
        http_client: httpx.AsyncClient | None,
        transport: httpx.AsyncBaseTransport | None,
        headers: Mapping[str, str],
    ) -> None:
        self.owned = http_client is None
        self._closed = False
        self._headers = headers
        self.server_actions = ServerActions()  # shared by the with_options copies
        self._single: httpx.AsyncClient | None = http_client
        if transport is not None:
            # One transport cannot be shared by several pools: each would close it.
            self._single = httpx.AsyncClient(
                transport=transport, follow_redirects=False, headers=headers
            )
        self._by_loop: weakref.WeakKeyDictionary[Any, httpx.AsyncClient] = (
            weakref.WeakKeyDictionary()
        )

    def header_placement(self, request_headers: Mapping[str, str]) -> str:
        """``IN_POOL`` when these pools are created with exactly these headers, else per request."""
        if self.owned and request_headers == self._headers:
            return HeaderPlacement.IN_POOL
        return HeaderPlacement.PER_REQUEST

    def current(self) -> httpx.AsyncClient:
        if self._single is not None:
            return self._single
        loop = _running_loop()
        pool = self._by_loop.get(loop) if loop is not None else None
        if pool is None:
            pool = httpx.AsyncClient(follow_redirects=False, headers=self._headers)
            if loop is not None:
                self._forget_ended_loops()
                self._by_loop[loop] = pool
        return pool

    def _forget_ended_loops(self) -> None:
        # Their connections ended with their loop and cannot be closed from another one.
        for loop in [loop for loop in self._by_loop if getattr(loop, "is_closed", bool)()]:
            del self._by_loop[loop]

    def is_closed(self) -> bool:
        return self._closed or (self._single is not None and self._single.is_closed)

    async def aclose(self) -> None:
        """Close the pool of the running loop (and a pool or transport the client wrapped)."""
        self._closed = True
        if self._single is not None:
            if self.owned:
                await self._single.aclose()
            return
        loop = _running_loop()
        pool = self._by_loop.pop(loop, None) if loop is not None else None
        self._by_loop.clear()  # pools of other loops cannot be closed from this one
        if pool is not None:
            await pool.aclose()
