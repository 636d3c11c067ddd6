"""HTTP front end: Odoo's routes on a ThreadingHTTPServer, with fault injection.

Routes: ``/web/webclient/version_info``, ``/jsonrpc``, ``/web/session/authenticate`` and, only in
test mode, ``/odoosim/control``; the 19 personality adds ``POST /json/2/<model>/<method>`` (the
JSON-2 API) and ``GET /web/version``, ``GET /json/version``. Anything else is a real HTTP 404,
as Odoo answers.
"""

from __future__ import annotations

import json
import logging
import socket
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from odoosim.errors import AccessDenied, OdooError
from odoosim.json2 import Json2Answer, json2_call
from odoosim.server import serialize_exception

log = logging.getLogger("odoo.addons.rpc.controllers.jsonrpc")
JSONRPC_DEPRECATED = (
    "The /xmlrpc, /xmlrpc/2 and /jsonrpc endpoints are deprecated in Odoo 19 and scheduled for "
    "removal in Odoo 20."
)

NOT_FOUND_HTML = (
    b'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<title>404 Not Found</title>\n'
    b"<h1>Not Found</h1>\n<p>The requested URL was not found on the server. If you entered the URL "
    b"manually please check your spelling and try again.</p>\n"
)
GATEWAY_HTML = {
    502: b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
    b"</center><hr><center>nginx</center></body></html>\n",
    503: b"<html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>"
    b"503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center></body></html>\n",
    # nginx's limit_req (or a hosting proxy's rate limit) with limit_req_status 429.
    429: b"<html><head><title>429 Too Many Requests</title></head><body><center><h1>"
    b"429 Too Many Requests</h1></center><hr><center>nginx</center></body></html>\n",
}
GATEWAY_FAULTS = {"http_502": 502, "http_503": 503, "http_429": 429}


def _encode(payload) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class _Dropped(Exception):
    """The handler decided to cut the connection without an answer."""


class Handler(BaseHTTPRequestHandler):
    """One request; ``self.server.sim`` is the owning :class:`~odoosim.sim.OdooSim`."""

    # Odoo with --workers (prefork) answers HTTP/1.0, one request per connection; the
    # threaded server speaks HTTP/1.1 keep-alive (KeepAliveHandler).
    protocol_version = "HTTP/1.0"
    server_version = "Werkzeug/3.0.1"
    timeout = 120
    sys_version = "Python/3"

    def log_message(self, format, *args):  # signature fixed by the base class
        return

    # -- plumbing ---------------------------------------------------------------------------------
    def _send(
        self,
        status: int,
        body: bytes,
        content_type="application/json; charset=utf-8",
        *,
        charged: bool = True,
        headers: dict[str, str] | None = None,
    ):
        # With a cost model (odoosim/cost.py) the answer waits for what a real Odoo would take.
        cost = self.server.sim.server.cost if charged else None
        close = cost is not None and cost.settle(len(body))
        self.send_response(status)
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _drop(self, reset: bool = True) -> None:
        """Close the socket with no reply; with ``reset`` send a TCP RST, not a clean FIN."""
        try:
            if reset:
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
            self.connection.close()
        except OSError:
            pass
        self.close_connection = True
        raise _Dropped()

    def _read_json(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            return json.loads(raw or b"{}")
        except ValueError:
            return None

    def do_GET(self):  # http.server naming
        sim = self.server.sim
        path = self.path.split("?", 1)[0]
        if sim.personality.json2 and path in ("/web/version", "/json/version"):
            info = sim.personality.version_info
            body = {"version_info": info["server_version_info"], "version": info["server_version"]}
            return self._send(200, _encode(body))
        if sim.personality.json2 and path.startswith("/json/2/"):
            return self._send_json2(json2_call(sim, "GET", path, {}, b""))
        self._send(404, NOT_FOUND_HTML, "text/html; charset=utf-8")

    def do_POST(self):  # http.server naming
        with self.server.sim.requests.track():
            try:
                self._post()
            except _Dropped:
                pass
            except (BrokenPipeError, ConnectionResetError):
                pass

    def _post(self):
        sim = self.server.sim
        path = self.path.split("?", 1)[0]
        if path == "/odoosim/control" and sim.test_mode:
            return self._control()
        if sim.personality.json2 and path.startswith("/json/2/"):
            return self._json2(path)
        routes = {
            "/web/webclient/version_info": self._version_info,
            "/jsonrpc": self._jsonrpc,
            "/web/session/authenticate": self._session_authenticate,
        }
        route = routes.get(path)
        if route is None:
            return self._send(404, NOT_FOUND_HTML, "text/html; charset=utf-8")
        request = self._read_json()
        if not isinstance(request, dict):
            return self._send(400, b"Invalid JSON data", "text/plain; charset=utf-8")
        return route(request)

    def _reply(self, request, *, result=None, error=None, has_result=True) -> bytes:
        payload = {"jsonrpc": "2.0", "id": request.get("id")}
        if error is not None:
            payload["error"] = error
        elif has_result and result is not None:
            payload["result"] = result
        return _encode(payload)

    @staticmethod
    def _error(exc) -> dict:
        return {"code": 200, "message": "Odoo Server Error", "data": serialize_exception(exc)}

    def _send_json2(self, answer: Json2Answer) -> None:
        headers = {"WWW-Authenticate": "Bearer"} if answer.status == 401 else None
        self._send(answer.status, answer.body, answer.content_type, headers=headers)

    # -- routes -------------------------------------------------------------------------------------
    def _version_info(self, request):
        self._send(200, self._reply(request, result=self.server.sim.personality.version_info))

    def _fault_before(self, fault) -> bool:
        """Play the part of `fault` that happens before Odoo runs the call (both protocols).
        True when the request was answered here (a gateway error page) and must stop."""
        if fault is None:
            return False
        if fault.kind == "drop_before":
            self._drop()
        if fault.kind in GATEWAY_FAULTS:
            status = GATEWAY_FAULTS[fault.kind]
            headers = None
            if fault.retry_after is not None and status in (429, 503):
                headers = {"Retry-After": str(fault.retry_after)}
            # A proxy answers these: Odoo spends nothing on them.
            self._send(status, GATEWAY_HTML[status], "text/html", charged=False, headers=headers)
            return True
        if fault.kind == "delay":
            time.sleep(fault.delay)
        return False

    def _fault_after(self, fault, status: int, content_type: str, body: bytes) -> None:
        """Play the part of `fault` that happens after Odoo committed: the connection is cut
        before the answer, or in the middle of it."""
        if fault is None:
            return
        if fault.kind == "drop_after_commit":
            self._drop()
        if fault.kind == "reset_mid_body":
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: max(1, len(body) // 2)])
            self.wfile.flush()
            self._drop()

    def _json2(self, path: str):
        """``POST /json/2/<model>/<method>``, with the same fault injection as ``/jsonrpc``."""
        sim = self.server.sim
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        parts = path.split("/")
        model, method = (parts[3], parts[4]) if len(parts) == 5 else (None, None)
        fault = sim.faults.take(model, method)
        if self._fault_before(fault):
            return None
        raise_fault = fault if fault is not None and fault.kind == "raise" else None
        answer = json2_call(sim, "POST", path, self.headers, raw, fault=raise_fault)
        self._fault_after(fault, answer.status, answer.content_type, answer.body)
        self._send_json2(answer)

    def _session_authenticate(self, request):
        sim = self.server.sim
        params = request.get("params") or {}
        try:
            sim.server.check_db(params.get("db"))
            with sim.server.lock:
                uid = sim.server.authenticate(params.get("login"), params.get("password"))
                if not uid:
                    raise AccessDenied()
                info = sim.session_info(uid)
            body = self._reply(request, result=info)
        except OdooError as exc:
            body = self._reply(request, error=self._error(exc))
        self._send(200, body)

    def _jsonrpc(self, request):
        sim = self.server.sim
        with sim.server.lock:
            sim.jsonrpc_calls += 1
        if sim.personality.jsonrpc_deprecated:
            log.warning(JSONRPC_DEPRECATED)
        params = request.get("params") or {}
        service = params.get("service")
        method = params.get("method")
        args = params.get("args") or []
        model = name = method
        if service == "object" and len(args) >= 5:
            model, name = args[3], args[4]
        else:
            model = None
        fault = sim.faults.take(model, name)
        if self._fault_before(fault):
            return None
        raise_fault = fault if fault is not None and fault.kind == "raise" else None
        try:
            result = sim.server.dispatch(service, method, args, fault=raise_fault)
            body = self._reply(request, result=result)
        except OdooError as exc:
            body = self._reply(request, error=self._error(exc))
        self._fault_after(fault, 200, "application/json; charset=utf-8", body)
        self._send(200, body)

    def _control(self):
        sim = self.server.sim
        request = self._read_json()
        if not isinstance(request, dict):
            return self._send(400, _encode({"error": "Invalid JSON data"}), charged=False)
        try:
            result = sim.control(request)
            self._send(200, _encode({"result": result}), charged=False)
        except Exception as exc:  # report any control misuse to the test that sent it
            self._send(400, _encode({"error": f"{type(exc).__name__}: {exc}"}), charged=False)


class KeepAliveHandler(Handler):
    """HTTP/1.1 with persistent connections, like Odoo's threaded server."""

    protocol_version = "HTTP/1.1"


class SimHTTPServer(ThreadingHTTPServer):
    """Threaded server that knows its emulator; threads are daemons so tests never hang."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, address, sim):
        self.sim = sim
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, KeepAliveHandler if sim.keep_alive else Handler)

    def process_request(self, request, client_address):
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request):
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """Cut every open keep-alive connection, as a stopped server would."""
        with self._connections_lock:
            connections = list(self._connections)
            self._connections.clear()
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            try:
                connection.close()
            except OSError:
                pass

    def stop(self) -> None:
        self.shutdown()
        self.close_connections()
        self.server_close()


class InFlight:
    """The requests being handled right now. A test that let a client give up on a held call
    waits for Odoo to have run it before it counts effects, instead of sleeping long enough."""

    def __init__(self) -> None:
        self._running = 0
        self._changed = threading.Condition()

    @contextmanager
    def track(self) -> Iterator[None]:
        with self._changed:
            self._running += 1
        try:
            yield
        finally:
            with self._changed:
                self._running -= 1
                self._changed.notify_all()

    def wait_idle(self, timeout: float) -> bool:
        """True once no request is being handled; False if one still is after `timeout` s."""
        with self._changed:
            return self._changed.wait_for(lambda: self._running == 0, timeout)


def serve(sim, host: str, port: int, tls=None) -> tuple[SimHTTPServer, threading.Thread]:
    httpd = SimHTTPServer((host, port), sim)
    if tls is not None:
        httpd.socket = tls.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.name = f"odoosim-http-{httpd.server_address[1]}"
    thread.start()
    return httpd, thread
