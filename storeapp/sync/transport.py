"""HTTP openers for odoorpc: persistent connections, verified TLS, traffic figures.

odoorpc sends every request through `opener.open(request, timeout=...)` and reads the answer
with `.read()`. Its default urllib opener sends `Connection: close`, so every RPC pays a TCP
(and TLS) handshake. `KeepAliveOpener` keeps one `http.client` connection open instead.

Why no automatic resend of a request: a JSON-RPC call to Odoo is not idempotent. If a reused
connection turns out to be dead, the request may or may not have reached Odoo, so only calls the
gateway marks as reads (`retry_safe`) are sent again; writes fail with a connection error and the
push reconciles before trying again. Connections idle longer than `max_idle` are replaced before
use, so that writes rarely meet a connection the server has already closed.
"""

from __future__ import annotations

import email.utils
import http.client
import io
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from threading import Lock
from urllib.parse import urlsplit


@dataclass
class TrafficStats:
    """Counters of what went over the wire (read by the bench and `status()`)."""

    requests: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    connections_opened: int = 0
    server_time_offset: float | None = None  # server clock minus ours, from the Date header
    _lock: Lock = field(default_factory=Lock, repr=False)

    def record(self, sent: int, received: int, date_header: str | None) -> None:
        with self._lock:
            self.requests += 1
            self.bytes_sent += sent
            self.bytes_received += received
        if date_header:
            try:
                server = email.utils.parsedate_to_datetime(date_header).timestamp()
            except (TypeError, ValueError):
                return
            self.server_time_offset = server - time.time()

    def snapshot(self) -> dict[str, float | int | None]:
        return {
            "requests": self.requests,
            "bytes_sent": self.bytes_sent,
            "bytes_received": self.bytes_received,
            "connections_opened": self.connections_opened,
        }


def make_ssl_context(ca_bundle: str | Path | None = None) -> ssl.SSLContext:
    """A verifying TLS context: the system's trust store, plus a private CA when IT gives one.

    There is deliberately no way to switch verification off."""
    context = ssl.create_default_context()
    if ca_bundle:
        context.load_verify_locations(cafile=str(ca_bundle))
    return context


def _tune(sock: socket.socket | None) -> None:
    """Small requests and answers: send at once (no Nagle delay on our side)."""
    if sock is None:
        return
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except OSError:
        pass


def _quickack(sock: socket.socket) -> None:
    """Acknowledge the answer's first segment at once (Linux), so a server that writes headers
    and body separately is not held back by our delayed ACK."""
    option = getattr(socket, "TCP_QUICKACK", None)
    if option is None:
        return
    try:
        sock.setsockopt(socket.IPPROTO_TCP, option, 1)
    except OSError:
        pass


class _Body(io.BytesIO):
    """A fully read response body, shaped like what urllib returns."""

    def __init__(self, data: bytes, status: int, headers: http.client.HTTPMessage) -> None:
        super().__init__(data)
        self.status = status
        self.headers = headers

    def getcode(self) -> int:
        return self.status


class KeepAliveOpener:
    """An odoorpc opener over one persistent `http.client` connection (not thread-safe: the
    gateway uses it from its single worker thread only)."""

    def __init__(
        self,
        base_url: str,
        *,
        ssl_context: ssl.SSLContext | None = None,
        stats: TrafficStats | None = None,
        max_idle: float = 15.0,
    ) -> None:
        parts = urlsplit(base_url)
        self._https = parts.scheme == "https"
        self._host = parts.hostname or "localhost"
        self._port = parts.port or (443 if self._https else 80)
        self._ssl_context = ssl_context if self._https else None
        self._conn: http.client.HTTPConnection | None = None
        self._last_used = 0.0
        self.max_idle = max_idle
        self.stats = stats or TrafficStats()
        # Set by the gateway around each call: may a failed send on a reused connection be
        # repeated? Only for reads.
        self.retry_safe = False
        # An HTTP/1.0 server (Odoo's own werkzeug without a proxy) closes after each answer
        # anyway; asking it to keep the connection only makes it hold the socket open, and its
        # separately written body then waits for our delayed ACK (Nagle): ~40 ms per request.
        self._server_closes = False

    def _connect(self, timeout: float | None) -> http.client.HTTPConnection:
        if self._https:
            conn: http.client.HTTPConnection = http.client.HTTPSConnection(
                self._host, self._port, timeout=timeout, context=self._ssl_context
            )
        else:
            conn = http.client.HTTPConnection(self._host, self._port, timeout=timeout)
        self.stats.connections_opened += 1
        return conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def open(self, request: urllib.request.Request, timeout: float | None = None) -> _Body:
        data = request.data if isinstance(request.data, bytes) else b""
        headers = {k.title(): v for k, v in request.header_items()}
        headers["Connection"] = "close" if self._server_closes else "keep-alive"
        headers["Content-Length"] = str(len(data))
        headers.setdefault("Accept-Encoding", "identity")
        headers.setdefault("User-Agent", "storeapp")
        path = request.selector or "/"
        if self._conn is not None and time.monotonic() - self._last_used > self.max_idle:
            self.close()
        reused = self._conn is not None
        try:
            return self._send(path, data, headers, timeout, request.full_url)
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            self.close()
            if not (reused and self.retry_safe):
                raise
            return self._send(path, data, headers, timeout, request.full_url)
        except BaseException:
            self.close()
            raise

    def _send(
        self, path: str, data: bytes, headers: dict[str, str], timeout: float | None, url: str
    ) -> _Body:
        if self._conn is None:
            self._conn = self._connect(timeout)
            self._conn.connect()
            _tune(self._conn.sock)
        conn = self._conn
        conn.timeout = timeout
        if conn.sock is not None:
            conn.sock.settimeout(timeout)
        conn.request("POST", path, body=data, headers=headers)
        if conn.sock is not None:
            _quickack(conn.sock)
        response = conn.getresponse()
        body = response.read()
        self._last_used = time.monotonic()
        self.stats.record(len(data), len(body), response.getheader("Date"))
        if response.version == 10:
            self._server_closes = True
        if response.will_close:
            self.close()
        if response.status >= 400:
            raise urllib.error.HTTPError(
                url, response.status, response.reason, response.headers, io.BytesIO(body)
            )
        return _Body(body, response.status, response.headers)


class CountingOpener:
    """urllib's own opener (a new connection per request), with the same traffic figures.

    Kept for comparison in the bench and as a fallback if a proxy mishandles keep-alive."""

    def __init__(
        self, *, ssl_context: ssl.SSLContext | None = None, stats: TrafficStats | None = None
    ) -> None:
        handlers: list[urllib.request.BaseHandler] = []
        if ssl_context is not None:
            handlers.append(urllib.request.HTTPSHandler(context=ssl_context))
        self._opener = urllib.request.build_opener(*handlers)
        self.stats = stats or TrafficStats()
        self.retry_safe = False

    def open(self, request: urllib.request.Request, timeout: float | None = None) -> _Body:
        response = self._opener.open(request, timeout=timeout)
        self.stats.connections_opened += 1
        try:
            body = response.read()
        finally:
            response.close()
        sent = len(request.data) if isinstance(request.data, bytes) else 0
        self.stats.record(sent, len(body), response.headers.get("Date"))
        return _Body(body, response.status, response.headers)

    def close(self) -> None:
        """Nothing stays open between requests."""
