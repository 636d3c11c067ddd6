"""Odoo 19's JSON-2 API as a gateway transport: `POST /json/2/<model>/<method>`.

Odoo 19 deprecates `/jsonrpc` (every request writes a warning into the server's log, and a later
release removes it). JSON-2 takes the method's keyword arguments as the JSON body, record ids in
`"ids"` and the context in `"context"`, the API key as a bearer token and the database in the
`X-Odoo-Database` header. Each call is one transaction. There is no login: `res.users/
context_get` tells who the key belongs to.

The gateway speaks `execute_kw(model, method, args, kwargs)`; `to_keywords` turns the positional
arguments storeapp uses into JSON-2's named ones. Requests go through the same keep-alive opener
as odoorpc (`transport.KeepAliveOpener`: one persistent `http.client` connection, verified TLS,
per-call timeouts), so no extra HTTP library is needed. Errors come back as
`{name, message, arguments, ...}` with a real HTTP status: `Json2Error` carries both, and
`error_mapping.map_exception` types it like the JSON-RPC errors (by Odoo's class name).
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Sequence
from typing import Any

from storeapp.core.text import msg
from storeapp.sync.errors import ProtocolError

# Positional parameters of the model-level (`@api.model`) methods storeapp calls, in Odoo's order.
MODEL_METHODS: dict[str, tuple[str, ...]] = {
    "search_read": ("domain", "fields", "offset", "limit", "order"),
    "search": ("domain", "offset", "limit", "order"),
    "search_count": ("domain", "limit"),
    "create": ("vals_list",),
    "fields_get": ("allfields", "attributes"),
    "default_get": ("fields_list",),
    "name_search": ("name", "domain", "operator", "limit"),
    "read_group": ("domain", "fields", "groupby", "offset", "limit", "orderby", "lazy"),
    "context_get": (),
    "check_access_rights": ("operation", "raise_exception"),
}
# Positional parameters after the ids of the record methods storeapp calls with more than ids.
RECORD_METHODS: dict[str, tuple[str, ...]] = {
    "read": ("fields",),
    "write": ("vals",),
}


class Json2Error(Exception):
    """An error answer of the JSON-2 API: the HTTP status and Odoo's error body."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        self.status = status
        self.body = body
        self.name = str(body.get("name") or "")
        self.message = str(body.get("message") or "")
        super().__init__(f"HTTP {status} {self.name}: {self.message}")


def to_keywords(method: str, args: Sequence[Any], kwargs: dict[str, Any]) -> dict[str, Any]:
    """The JSON-2 body of `execute_kw(model, method, args, kwargs)`."""
    body = dict(kwargs)
    if method in MODEL_METHODS:
        names = MODEL_METHODS[method]
        values = list(args)
        if method == "create" and values and isinstance(values[0], dict):
            values[0] = [values[0]]  # JSON-2's create takes a list and answers a list of ids
    else:
        if not args:
            raise ProtocolError(msg("storeapp called {method} without record ids.", method=method))
        ids = args[0]
        body["ids"] = [ids] if isinstance(ids, int) else list(ids)
        names = RECORD_METHODS.get(method, ())
        values = list(args[1:])
    if len(values) > len(names):
        raise ProtocolError(
            msg(
                "storeapp called {method} with {count} positional arguments; the JSON-2 "
                "transport needs their names (storeapp.sync.json2).",
                method=method,
                count=len(values),
            )
        )
    body.update(zip(names, values, strict=False))
    return body


class Json2Client:
    """Calls one Odoo database's JSON-2 API with one API key through `opener`."""

    def __init__(self, base_url: str, database: str, key: str, opener: Any) -> None:
        self.base_url = base_url.rstrip("/")
        self.database = database
        self._key = key
        self.opener = opener

    def call(
        self,
        model: str,
        method: str,
        args: Sequence[Any],
        kwargs: dict[str, Any],
        timeout: float | None,
    ) -> Any:
        body = json.dumps(to_keywords(method, args, kwargs)).encode("utf-8")
        request = urllib.request.Request(
            f"{self.base_url}/json/2/{model}/{method}",
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json",
                "Authorization": f"bearer {self._key}",
                "X-Odoo-Database": self.database,
            },
        )
        try:
            answer = self.opener.open(request, timeout=timeout).read()
        except urllib.error.HTTPError as exc:
            raise _error_of(exc) from exc
        try:
            return json.loads(answer.decode("utf-8")) if answer else None
        except (UnicodeDecodeError, ValueError) as exc:
            raise ProtocolError(
                msg("Odoo answered something storeapp could not read; it will try again."),
                detail=repr(answer[:200]),
            ) from exc


def _error_of(exc: urllib.error.HTTPError) -> Exception:
    """A JSON error body becomes a `Json2Error`; anything else (a proxy's HTML page, a 404 for
    an unknown database) stays the HTTP error it is."""
    try:
        raw = exc.read()
        body = json.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return exc
    if isinstance(body, dict) and "name" in body:
        return Json2Error(exc.code, body)
    return exc
