"""Scripted faults: make the next N matching requests misbehave.

A fault matches on the HTTP method and the request path (without the query string):

* ``method``: ``"*"`` (any) or a verb, compared case-insensitively;
* ``path``: a glob string matched against the whole path with
  :func:`fnmatch.fnmatchcase` (``*`` also crosses ``/``, so
  ``"/api/projects/*/experiments/"`` matches every project), or a compiled
  :class:`re.Pattern`, matched with ``pattern.search(path)``.

Faults are tried in the order they were added; the first one that matches and has
uses left is consumed, once per request, ``times`` times in all.
"""

from __future__ import annotations

import fnmatch
import json
import re
import threading
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Fault", "FaultInjector"]

BAD_GATEWAY_HTML = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n"
)


@dataclass(eq=False)
class Fault:
    """What to do to a matching request, and to how many.

    Attributes:
        method: The verb to match, or ``"*"``.
        path: A glob string or a compiled regex for the path (see the module docs).
        times: How many matching requests this fault applies to.
        status: Answer with this status instead of the fake's own response.
        headers: Headers to add to (or override in) the response.
        body: The body for a scripted answer: ``bytes``, ``str``, or anything else
            JSON-encodable. Replaces the real body when given.
        delay: Seconds to wait before answering. In process, a delay at or above the
            client's read timeout sleeps for that timeout and raises
            :class:`httpx.ReadTimeout`; over a socket the server sleeps, then writes.
        drop: Close the connection without answering. Over a socket the client sees the
            server disconnect; in process :class:`httpx.RemoteProtocolError` is raised.
        truncate: Keep only this fraction of the body (e.g. ``0.5``); the message is
            otherwise complete, so the client receives invalid JSON.
        process: Whether the fake still handles the request (changing its state) before
            the fault shapes the answer. Default: ``True`` unless ``status`` or ``drop``
            is set, so a scripted 502 or a dropped connection never reaches the state.
        remaining: Uses left.
    """

    method: str = "*"
    path: str | re.Pattern[str] = "*"
    times: int = 1
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None
    delay: float = 0.0
    drop: bool = False
    truncate: float | None = None
    process: bool | None = None
    remaining: int = field(init=False)

    def __post_init__(self) -> None:
        if self.times < 1:
            raise ValueError("times must be at least 1")
        self.remaining = self.times

    @property
    def processes(self) -> bool:
        """Whether the request reaches the fake's state."""
        if self.process is not None:
            return self.process
        return self.status is None and not self.drop

    def matches(self, method: str, path: str) -> bool:
        """Whether a request with ``method`` and ``path`` matches this fault."""
        if self.method != "*" and self.method.upper() != method.upper():
            return False
        if isinstance(self.path, re.Pattern):
            return self.path.search(path) is not None
        return fnmatch.fnmatchcase(path, self.path)

    def body_bytes(self) -> bytes | None:
        """The scripted body encoded for the wire, or ``None`` to keep the real one."""
        if self.body is None:
            return None
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode()
        return json.dumps(self.body).encode()


class FaultInjector:
    """The scripted faults of one fake (``fake.faults``); safe to use from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> Fault:
        """Script ``fault`` and return it (its ``remaining`` counts down as it is used)."""
        with self._lock:
            self._faults.append(fault)
        return fault

    def respond(
        self,
        status: int,
        body: Any = None,
        *,
        headers: dict[str, str] | None = None,
        method: str = "*",
        path: str | re.Pattern[str] = "*",
        times: int = 1,
        process: bool = False,
    ) -> Fault:
        """Answer matching requests with ``status``, ``headers`` and ``body``.

        Example:
            >>> fake.faults.respond(429, {"detail": "slow down"}, headers={"Retry-After": "2"})
        """
        return self.add(
            Fault(
                method,
                path,
                times,
                status=status,
                headers=dict(headers or {}),
                body=body,
                process=process,
            )
        )

    def bad_gateway(
        self, *, method: str = "*", path: str | re.Pattern[str] = "*", times: int = 1
    ) -> Fault:
        """Answer with an nginx-style HTML 502 page."""
        return self.respond(
            502,
            BAD_GATEWAY_HTML,
            headers={"Content-Type": "text/html"},
            method=method,
            path=path,
            times=times,
        )

    def delay(
        self,
        seconds: float,
        *,
        method: str = "*",
        path: str | re.Pattern[str] = "*",
        times: int = 1,
    ) -> Fault:
        """Handle matching requests normally but answer ``seconds`` late."""
        return self.add(Fault(method, path, times, delay=seconds))

    def drop(
        self,
        *,
        method: str = "*",
        path: str | re.Pattern[str] = "*",
        times: int = 1,
        process: bool = False,
    ) -> Fault:
        """Close the connection instead of answering (``process=True``: after acting)."""
        return self.add(Fault(method, path, times, drop=True, process=process))

    def truncate(
        self,
        *,
        keep: float = 0.5,
        method: str = "*",
        path: str | re.Pattern[str] = "*",
        times: int = 1,
    ) -> Fault:
        """Handle matching requests, then cut the JSON body short."""
        return self.add(Fault(method, path, times, truncate=keep))

    def invalid_json(
        self,
        body: bytes | str = b'{"id": 1, "name": "oops"',
        *,
        method: str = "*",
        path: str | re.Pattern[str] = "*",
        times: int = 1,
    ) -> Fault:
        """Handle matching requests, keep the status, but send ``body`` as JSON."""
        return self.add(
            Fault(
                method,
                path,
                times,
                body=body,
                headers={"Content-Type": "application/json"},
                process=True,
            )
        )

    def take(self, method: str, path: str) -> Fault | None:
        """Consume one use of the first fault matching the request, if any."""
        with self._lock:
            for fault in self._faults:
                if fault.remaining > 0 and fault.matches(method, path):
                    fault.remaining -= 1
                    if fault.remaining == 0:
                        self._faults.remove(fault)
                    return fault
        return None

    @property
    def pending(self) -> list[Fault]:
        """The faults that still have uses left, in order."""
        with self._lock:
            return list(self._faults)

    def clear(self) -> None:
        """Remove every scripted fault."""
        with self._lock:
            self._faults.clear()
