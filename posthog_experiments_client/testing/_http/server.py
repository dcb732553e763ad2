"""Real-socket use: a threaded HTTP/1.1 server in front of the same :class:`~.app.FakeApp`."""

from __future__ import annotations

import contextlib
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

from .app import FakeApp

__all__ = ["FakeServer"]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 1024  # room for hundreds of concurrent clients

    def __init__(self, address: tuple[str, int], app: FakeApp) -> None:
        self.app = app
        self.stopping = threading.Event()
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, _Handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # One buffered write per response and no Nagle delay: keep-alive clients otherwise
    # wait ~40 ms on each response for a delayed ACK.
    disable_nagle_algorithm = True
    wbufsize = 64 * 1024
    server: _Server

    def setup(self) -> None:
        super().setup()
        with self.server.connections_lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        with self.server.connections_lock:
            self.server.connections.discard(self.connection)
        with contextlib.suppress(OSError):
            super().finish()

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet; ``fake.requests`` is the log."""

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _serve(self) -> None:
        body = self._read_body()
        host = self.headers.get("Host") or "{}:{}".format(*self.server.server_address[:2])
        try:
            request = httpx.Request(
                self.command,
                f"http://{host}{self.path}",
                headers=[
                    (k, v) for k, v in self.headers.items() if k.lower() != "transfer-encoding"
                ],
                content=body,
            )
        except (httpx.InvalidURL, ValueError):
            self.send_error(400, "Bad request target")
            return
        outcome = self.server.app.dispatch(request, "socket")
        if outcome.delay > 0 and self.server.stopping.wait(outcome.delay):
            self._drop()
            return
        if outcome.response is None:
            self._drop()
            return
        self._write(outcome.response)

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _write(self, response: httpx.Response) -> None:
        content = response.content
        try:
            self.send_response(response.status_code)
            for name, value in response.headers.multi_items():
                if name.lower() not in ("content-length", "connection", "transfer-encoding"):
                    self.send_header(name, value)
            if self.command == "HEAD":
                self.send_header("Content-Length", response.headers.get("Content-Length", "0"))
            else:
                self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(content)
            self.wfile.flush()
        except OSError:  # the client went away (e.g. it timed out during a delay)
            self.close_connection = True

    def __getattr__(self, name: str) -> Any:
        # Every verb (TRACE, PROPFIND, ...) reaches the fake, which answers 405 as Django does.
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)


class FakeServer:
    """A running socket server; :meth:`stop` shuts it down and closes open connections.

    Args:
        app: The fake to serve.
        host: The interface to bind (loopback by default).
        port: The port; 0 picks a free one.
    """

    def __init__(self, app: FakeApp, host: str = "127.0.0.1", port: int = 0) -> None:
        self._server = _Server((host, port), app)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.02},
            name="posthog-fake-server",
            daemon=True,
        )

    @property
    def base_url(self) -> str:
        """``http://host:port`` of the running server."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> FakeServer:
        """Start serving in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop accepting, wake delayed answers and close every open connection."""
        self._server.stopping.set()
        if self._thread.is_alive():
            self._server.shutdown()
        with self._server.connections_lock:
            connections = list(self._server.connections)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        self._server.server_close()
        self._thread.join(timeout=5)
