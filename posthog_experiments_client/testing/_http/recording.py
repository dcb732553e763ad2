"""The log of every request the fake received (``fake.requests``), keys redacted."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, overload
from urllib.parse import parse_qsl, urlencode

from .faults import Fault

__all__ = ["RecordedRequest", "RequestLog", "redact_token"]

_BEARER_RE = re.compile(r"^(Bearer\s+)(\S.+)$")


def redact_token(token: str) -> str:
    """Keep a key's four-character prefix only: ``phx_abc...`` becomes ``phx_***``."""
    return token[:4] + "***"


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the fake saw it.

    Attributes:
        method: The HTTP verb.
        path: The URL path.
        query: The query parameters; the last value wins, as in Django.
        headers: The headers, lower-cased names; a bearer key reads ``Bearer phx_***``.
        body: The raw body (a ``personal_api_key`` in a JSON or form body is redacted).
        url: The full URL, with a ``personal_api_key`` query parameter redacted.
        status: The status sent back, or ``None`` when the connection was dropped.
        fault: The scripted fault that shaped the answer, if any.
        transport: ``"in-process"`` or ``"socket"``.
        received_at: The fake clock's time when the request arrived.
    """

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    url: str
    status: int | None
    fault: Fault | None
    transport: str
    received_at: datetime

    @property
    def faulted(self) -> bool:
        """Whether a scripted fault answered (or dropped) this request."""
        return self.fault is not None

    def json(self) -> Any:
        """The body decoded as JSON (``None`` for an empty body)."""
        return json.loads(self.body) if self.body else None


def redact_headers(headers: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Lower-case the names and hide the bearer token."""
    result: dict[str, str] = {}
    for name, value in headers:
        lower = name.lower()
        if lower == "authorization":
            match = _BEARER_RE.match(value)
            value = match.group(1) + redact_token(match.group(2).strip()) if match else "***"
        result[lower] = value
    return result


def redact_query(query: str) -> tuple[str, dict[str, str]]:
    """Hide ``personal_api_key`` in a query string; also return last-wins parameters."""
    pairs = parse_qsl(query, keep_blank_values=True)
    if any(name == "personal_api_key" for name, _ in pairs):
        pairs = [(n, redact_token(v) if n == "personal_api_key" else v) for n, v in pairs]
        query = urlencode(pairs)
    return query, dict(pairs)


def redact_body(body: bytes) -> bytes:
    """Hide a ``personal_api_key`` sent in a JSON or form body."""
    if b"personal_api_key" not in body:
        return body
    try:
        data = json.loads(body)
    except ValueError:
        data = None
    if isinstance(data, dict) and isinstance(data.get("personal_api_key"), str):
        data["personal_api_key"] = redact_token(data["personal_api_key"])
        return json.dumps(data).encode()
    try:
        text = body.decode()
    except UnicodeDecodeError:
        return body
    _, params = redact_query(text)
    return urlencode(params).encode() if "personal_api_key" in params else body


class RequestLog(Sequence[RecordedRequest]):
    """A thread-safe, append-only list of :class:`RecordedRequest`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[RecordedRequest] = []

    def append(self, item: RecordedRequest) -> None:
        """Record one request."""
        with self._lock:
            self._items.append(item)

    def clear(self) -> None:
        """Forget every recorded request."""
        with self._lock:
            self._items.clear()

    def snapshot(self) -> list[RecordedRequest]:
        """A copy of the log as it is now."""
        with self._lock:
            return list(self._items)

    def filter(self, method: str | None = None, path: str | None = None) -> list[RecordedRequest]:
        """The recorded requests with this method and/or exactly this path."""
        return [
            r
            for r in self.snapshot()
            if (method is None or r.method == method.upper()) and (path is None or r.path == path)
        ]

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    @overload
    def __getitem__(self, index: int) -> RecordedRequest: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[RecordedRequest]: ...

    def __getitem__(self, index: int | slice) -> RecordedRequest | Sequence[RecordedRequest]:
        with self._lock:
            return self._items[index]

    def __iter__(self) -> Iterator[RecordedRequest]:
        return iter(self.snapshot())

    def __repr__(self) -> str:
        return f"RequestLog({self.snapshot()!r})"
