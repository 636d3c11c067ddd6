"""Odoo 19's JSON-2 API: ``POST /json/2/<model>/<method>`` (reference §8, wire transcript b).

The body is the method's keyword arguments; record ids travel in ``"ids"``, the context in
``"context"``. Authentication is an API key as a bearer token, the database comes from the
``X-Odoo-Database`` header (optional with one database). Each call is one transaction. Errors
are Odoo's ``{name, message, arguments, context, debug}`` with a real HTTP status: 401 bad or
missing key, 404 unknown model/method/record and ``GET``, 422 business errors and ``ids`` on an
``@api.model`` method, 403 access errors, 500 ``ValueError``/``TypeError``.
"""

from __future__ import annotations

import inspect
import json
import traceback
from dataclasses import dataclass
from typing import Any

from odoosim.errors import (
    AccessDenied,
    AccessError,
    MissingError,
    OdooError,
    RedirectWarning,
    UserError,
)
from odoosim.orm.env import REGISTRY
from odoosim.orm.model import NOT_RPC

JSON = "application/json; charset=utf-8"
NO_DATABASE_HTML = (
    b"<!DOCTYPE html>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>No database is "
    b"selected and the requested URL was not found in the server-wide controllers.</p>\n<p>Please "
    b"verify the hostname, <a href=/web/login>login</a> and try again.</p>\n\n<!-- Alternatively, "
    b"use the X-Odoo-Database header. -->\n"
)
NOT_AUTHENTICATED = "User not authenticated, use an API Key with a Bearer Authorization header."


@dataclass(frozen=True)
class Json2Answer:
    status: int
    content_type: str
    body: bytes


def _encode(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _werkzeug(status: int, name: str, message: str) -> Json2Answer:
    """A werkzeug HTTP exception as JSON-2 serialises it (its status is in ``arguments``)."""
    body = {
        "name": f"werkzeug.exceptions.{name}",
        "message": message,
        "arguments": [message, status],
        "context": {},
        "debug": "Traceback (most recent call last):\n",
    }
    return Json2Answer(status, JSON, _encode(body))


def _odoo_error(exc: OdooError) -> Json2Answer:
    if isinstance(exc, AccessDenied):
        status = 401
    elif isinstance(exc, MissingError):
        status = 404
    elif isinstance(exc, AccessError):
        status = 403
    elif isinstance(exc, UserError | RedirectWarning):
        status = 422
    else:
        status = 500  # ValueError, TypeError and other server-side errors
    body = {
        "name": exc.odoo_name,
        "message": str(exc),
        "arguments": list(exc.args),
        "context": {},
        "debug": "".join(traceback.format_exception(exc)),
    }
    return Json2Answer(status, JSON, _encode(body))


def _bearer(headers) -> str | None:
    value = (headers.get("Authorization") or "").strip()
    scheme, _, token = value.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def json2_call(sim, http_method: str, path: str, headers, raw: bytes, fault=None) -> Json2Answer:
    """Serve one JSON-2 request against ``sim`` (an :class:`~odoosim.sim.OdooSim`)."""
    server = sim.server
    if http_method != "POST":
        return _werkzeug(404, "NotFound", "Did you mean POST /json/2/<model>/<method>?")
    database = headers.get("X-Odoo-Database")
    if database is not None and database != server.db_name:
        return Json2Answer(404, "text/html; charset=utf-8", NO_DATABASE_HTML)
    parts = path.split("/")
    if len(parts) != 5 or not parts[3] or not parts[4]:
        return _werkzeug(404, "NotFound", "Did you mean POST /json/2/<model>/<method>?")
    wire_model, method = parts[3], parts[4]
    key = _bearer(headers)
    if key is None:
        return _werkzeug(401, "Unauthorized", NOT_AUTHENTICATED)
    uid = server.uid_for_api_key(key)
    if uid is None:
        return _werkzeug(401, "Unauthorized", "Invalid apikey")
    try:
        kwargs = json.loads(raw or b"{}")
    except ValueError:
        return _werkzeug(400, "BadRequest", "Invalid JSON data")
    if not isinstance(kwargs, dict):
        return _werkzeug(400, "BadRequest", "Invalid JSON data")
    with server.lock:
        sim.json2_calls += 1
    personality = server.personality
    try:
        model = personality.model_name(wire_model)
    except OdooError:
        model = None
    cls = REGISTRY.get(model) if model else None
    if cls is None:
        return _werkzeug(404, "NotFound", f"the model '{wire_model}' does not exist")
    if method.startswith("_") or method in NOT_RPC:
        error = AccessError(
            f"Private methods (such as '{wire_model}.{method}') cannot be called remotely."
        )
        return _odoo_error(error)
    func = getattr(cls, method, None)
    gone = method in personality.hidden_methods.get(wire_model, frozenset())
    if not inspect.isfunction(func) or gone:
        return _werkzeug(404, "NotFound", f"The method '{wire_model}.{method}' does not exist")
    ids = kwargs.pop("ids", None)
    is_model = getattr(func, "_api_model", False)
    if is_model and ids is not None:
        return _werkzeug(422, "UnprocessableEntity", f"cannot call {wire_model}.{method} with ids")
    args = [] if is_model else [ids or []]
    try:
        result = server.call(uid, wire_model, method, args, kwargs, fault=fault, wire=True)
    except OdooError as exc:
        return _odoo_error(exc)
    return Json2Answer(200, JSON, _encode(result))
