"""OdooGateway: the only code that talks to Odoo.

odoorpc is not thread-safe, so every request runs on one worker thread (the `erp` executor).
The app awaits `call()`; the CLI, the bench, the tests and the sync engine's own worker use the
blocking helpers (`execute`, `search_read`, ...), which hand the work to that same thread.

Two transports sit behind the same methods, chosen at sign-in from the server's version (or
forced per PC with `odoo.transport`): odoorpc's `execute_kw` over `/jsonrpc` for Odoo 17 and 18,
and the JSON-2 API (storeapp.sync.json2) for Odoo 19 and later, where `/jsonrpc` is deprecated.
Only explicit field lists are used: odoorpc's `browse` and attribute access send one request per
field access and are never used here. Nothing outside this module knows which transport runs.

Errors come out typed (storeapp.sync.errors), mapped from odoorpc's `RPCError.info['data']
['name']` and from urllib/socket/http.client failures. Differences between Odoo 17 and 18 live
in `OdooVersion`, chosen from the server's version at login.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

import odoorpc
import odoorpc.error

from storeapp.core.text import msg
from storeapp.sync.credentials import CredentialStore
from storeapp.sync.error_mapping import map_exception, map_rpc_error
from storeapp.sync.errors import (
    AuthFailed,
    BadAddress,
    CredentialsMissing,
    ProtocolError,
)
from storeapp.sync.json2 import Json2Client
from storeapp.sync.transport import CountingOpener, KeepAliveOpener, TrafficStats, make_ssl_context
from storeapp.sync.versions import SUPPORTED_MAJORS, OdooVersion, check_version

if TYPE_CHECKING:
    from storeapp.config import Config

log = logging.getLogger(__name__)

__all__ = [
    "SUPPORTED_MAJORS",
    "GatewaySettings",
    "OdooGateway",
    "OdooVersion",
    "Session",
    "check_version",
    "map_exception",
    "map_rpc_error",
]

T = TypeVar("T")

READ_METHODS = frozenset(
    {"search_read", "read", "search", "search_count", "fields_get", "default_get", "read_group"}
)
ACTION_METHODS = frozenset(
    {
        "button_validate",
        "action_apply_inventory",
        "create_returns",
        "action_create_returns",
        "process",
        "process_cancel_backorder",
        "message_post",
    }
)


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class GatewaySettings:
    """Where and how to reach Odoo. Timeouts are per kind of call: reads are quick, a
    validation or an inventory apply may legitimately take a while on a busy server."""

    url: str
    database: str
    login: str
    ca_bundle: str | None = None
    keep_alive: bool = True
    timeout_probe: float = 5.0
    timeout_login: float = 20.0
    timeout_read: float = 30.0
    timeout_write: float = 60.0
    timeout_action: float = 120.0
    # "auto": JSON-2 from Odoo 19 on, JSON-RPC before; "jsonrpc" or "json2" force one.
    transport: str = "auto"

    @classmethod
    def from_config(cls, cfg: Config) -> GatewaySettings:
        """Build from the app configuration's `odoo` section. `odoo.timeout_seconds` is the
        read timeout; writes get twice and workflow actions four times as long (capped)."""
        odoo = cfg.odoo
        timeout = float(odoo.timeout_seconds)
        return cls(
            url=str(odoo.url).rstrip("/"),
            database=odoo.database,
            login=odoo.login,
            ca_bundle=str(odoo.ca_bundle) if odoo.ca_bundle else None,
            timeout_read=timeout,
            timeout_write=min(600.0, timeout * 2),
            timeout_action=min(600.0, timeout * 4),
            transport=str(getattr(odoo, "transport", "auto") or "auto"),
        )

    def for_server(self, url: str, database: str, login: str) -> GatewaySettings:
        """The same connection options (TLS bundle, timeouts) for another server or device
        login: the one saved by the setup dialog, or the one Test connection is trying. Build
        `self` with `from_config`, so what is tested is what the app will use."""
        return replace(self, url=url.rstrip("/"), database=database, login=login)

    def timeout_for(self, method: str) -> float:
        if method in READ_METHODS:
            return self.timeout_read
        if method in ACTION_METHODS:
            return self.timeout_action
        return self.timeout_write


# --------------------------------------------------------------------------- the gateway


@dataclass(frozen=True)
class Session:
    """Who we are on which server, once logged in."""

    uid: int
    version: OdooVersion
    context: dict[str, Any]


class OdooGateway:
    """Typed, single-threaded access to one Odoo database as the store's device user.

    Pass either a `CredentialStore` (the app: the key lives in the OS keyring) or a fixed
    `secret` (tests, one-off tools)."""

    def __init__(
        self,
        settings: GatewaySettings,
        credentials: CredentialStore | None = None,
        *,
        secret: str | None = None,
    ) -> None:
        if credentials is None and secret is None:
            raise ValueError("give a CredentialStore or a secret")
        self.settings = settings
        self._credentials = credentials
        self._secret = secret
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="erp")
        self._thread_ident: int | None = None
        self._odoo: odoorpc.ODOO | None = None
        self._json2: Json2Client | None = None
        self._opener: KeepAliveOpener | CountingOpener | None = None
        self._session: Session | None = None
        self._generation = -1
        self.stats = TrafficStats()
        self.calls: Counter[str] = Counter()
        self._calls_lock = threading.Lock()
        self._fields_cache: dict[str, set[str]] = {}
        parts = urlsplit(settings.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise BadAddress(
                msg(
                    "The Odoo address {address} is not a web address (https://, or http:// on a "
                    "test network). Correct odoo.url in this PC's configuration (storeapp "
                    "provision --url ADDRESS) or in Device setup.",
                    address=repr(settings.url),
                )
            )
        self._https = parts.scheme == "https"
        self._host = parts.hostname
        self._port = parts.port or (443 if self._https else 80)
        self._ssl_context = make_ssl_context(settings.ca_bundle) if self._https else None

    # ---- threading

    def _on_erp_thread(self) -> bool:
        return threading.get_ident() == self._thread_ident

    def _mark_thread(self) -> None:
        self._thread_ident = threading.get_ident()

    def submit(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> Future[T]:
        """Run `fn(*args, **kwargs)` on the erp thread. Inline when already on it."""
        if self._on_erp_thread():
            fut: Future[T] = Future()
            try:
                fut.set_result(fn(*args, **kwargs))
            except BaseException as exc:
                fut.set_exception(exc)
            return fut

        def job() -> T:
            self._mark_thread()
            return fn(*args, **kwargs)

        return self._executor.submit(job)

    def sibling(self) -> OdooGateway:
        """Another connection to the same Odoo as the same user, for reads in parallel (a
        first sync's products beside the other models). odoorpc's connection is not
        thread-safe, so the sibling has its own erp thread, HTTP connection and session; the
        server has checked this user's key already, so signing in costs one request. It counts
        its traffic and calls with this gateway's, so a pass's figures stay whole."""
        other = OdooGateway(self.settings, self._credentials, secret=self._secret)
        other.stats = self.stats
        other.calls = self.calls
        other._calls_lock = self._calls_lock
        return other

    # ---- session (erp thread only)

    def _current_secret(self) -> str:
        if self._secret is not None and self._credentials is None:
            return self._secret
        assert self._credentials is not None
        s = self.settings
        secret = self._credentials.get(s.url, s.database, s.login)
        if not secret:
            raise CredentialsMissing(
                msg(
                    "No Odoo key is stored on this PC for user {login}. IT stores it as this "
                    "PC's user with storeapp provision --only credential, or a manager enters it "
                    "in Setup; work keeps being saved meanwhile.",
                    login=repr(s.login),
                )
            )
        return secret

    def _new_opener(self) -> KeepAliveOpener | CountingOpener:
        if self.settings.keep_alive:
            return KeepAliveOpener(
                self.settings.url, ssl_context=self._ssl_context, stats=self.stats
            )
        return CountingOpener(ssl_context=self._ssl_context, stats=self.stats)

    def _uses_json2(self, version: OdooVersion) -> bool:
        choice = self.settings.transport
        if choice == "json2":
            return True
        if choice == "jsonrpc":
            return False
        return version.json2_default

    def _login(self) -> Session:
        s = self.settings
        self._drop_session()
        self._opener = self._new_opener()
        self._opener.retry_safe = True
        generation = self._credentials.generation if self._credentials else 0
        try:
            version = check_version(self._server_version(self._opener, s.timeout_login))
            secret = self._current_secret()
            if self._uses_json2(version):
                uid, context = self._login_json2(secret)
            else:
                uid, context = self._login_jsonrpc(version, secret)
        except BaseException as exc:
            self._drop_session()
            raise map_exception(exc, s.database) from exc
        self._generation = generation
        self._session = Session(uid=uid, version=version, context=context)
        log.info(
            "signed in to Odoo %s as %s (uid %s, %s)", version.text, s.login, uid, self.transport
        )
        return self._session

    def _login_jsonrpc(self, version: OdooVersion, secret: str) -> tuple[int, dict[str, Any]]:
        s = self.settings
        odoo = odoorpc.ODOO(
            self._host,
            protocol="jsonrpc+ssl" if self._https else "jsonrpc",
            port=self._port,
            timeout=s.timeout_login,
            version=version.text,
            opener=self._opener,
        )
        self.calls["common.login"] += 1
        odoo.login(s.database, s.login, secret)
        self._odoo = odoo
        return odoo.env.uid, dict(odoo.env.context)

    def _login_json2(self, secret: str) -> tuple[int, dict[str, Any]]:
        """JSON-2 has no login: the key goes with every call; `context_get` checks it and
        says whose it is."""
        s = self.settings
        client = Json2Client(s.url, s.database, secret, self._opener)
        self.calls["res.users.context_get"] += 1
        context = client.call("res.users", "context_get", [], {}, s.timeout_login)
        if not isinstance(context, dict) or not isinstance(context.get("uid"), int):
            raise ProtocolError(
                msg("Odoo answered context_get with {answer}.", answer=repr(context))
            )
        self._json2 = client
        return context["uid"], dict(context)

    @property
    def transport(self) -> str:
        """Which protocol the current session speaks ("JSON-2" or "JSON-RPC"), for
        diagnostics only."""
        return "JSON-2" if self._json2 is not None else "JSON-RPC"

    def _drop_session(self) -> None:
        if self._opener is not None:
            self._opener.close()
        self._odoo = None
        self._json2 = None
        self._opener = None
        self._session = None

    def _ensure_session(self) -> Session:
        if self._credentials is not None and self._credentials.generation != self._generation:
            self._session = None  # the key changed in this process: sign in with the new one
        if self._session is None or (self._odoo is None and self._json2 is None):
            return self._login()
        return self._session

    def _invoke(
        self,
        model: str,
        method: str,
        args: Sequence[Any],
        kwargs: dict[str, Any] | None,
        timeout: float | None,
    ) -> Any:
        session = self._ensure_session()
        assert self._opener is not None
        kw = dict(kwargs or {})
        context = dict(session.context)
        context.update(kw.pop("context", None) or {})
        kw["context"] = context
        seconds = timeout or self.settings.timeout_for(method)
        self._opener.retry_safe = method in READ_METHODS
        with self._calls_lock:  # a sibling on another thread counts into the same Counter
            self.calls[f"{model}.{method}"] += 1
        started = time.monotonic()
        try:
            if self._json2 is not None:
                result = self._json2.call(model, method, args, kw, seconds)
            else:
                assert self._odoo is not None
                self._odoo.config["timeout"] = seconds
                result = self._odoo.execute_kw(model, method, list(args), kw)
        except BaseException as exc:
            error = map_exception(exc, self.settings.database)
            if isinstance(error, AuthFailed):
                self._drop_session()  # next call re-reads the keyring and signs in again
            log.debug(
                "%s.%s failed after %.3fs: %s",
                model,
                method,
                time.monotonic() - started,
                error.detail,
            )
            raise error from exc
        return result

    # ---- public: blocking API (not for the Qt thread)

    def connect(self) -> Session:
        """Sign in (or confirm the current session) and return who/what we are."""
        return self.submit(self._ensure_session).result()

    def relogin(self) -> Session:
        """Forget the session and sign in again with the key now in the keyring."""
        return self.submit(self._login).result()

    @property
    def session(self) -> Session | None:
        return self._session

    @property
    def version(self) -> OdooVersion:
        session = self._session or self.connect()
        return session.version

    def execute(
        self, model: str, method: str, *args: Any, timeout: float | None = None, **kwargs: Any
    ) -> Any:
        """`execute_kw(model, method, args, kwargs)`; blocks until Odoo answers."""
        return self.submit(self._invoke, model, method, args, kwargs, timeout).result()

    def submit_execute(
        self, model: str, method: str, *args: Any, timeout: float | None = None, **kwargs: Any
    ) -> Future[Any]:
        """Like `execute`, but returns at once with a future (lets the pull write one page
        while the next one is fetched)."""
        return self.submit(self._invoke, model, method, args, kwargs, timeout)

    def search_read(
        self,
        model: str,
        domain: list[Any],
        fields: list[str],
        *,
        offset: int = 0,
        limit: int | None = None,
        order: str | None = None,
        context: dict[str, Any] | None = None,
    ) -> list[dict[str, Any]]:
        kw: dict[str, Any] = {"fields": fields, "offset": offset}
        if limit:
            kw["limit"] = limit
        if order:
            kw["order"] = order
        if context:
            kw["context"] = context
        return self._rows(self.execute(model, "search_read", domain, **kw), model)

    def read(
        self,
        model: str,
        ids: Sequence[int],
        fields: list[str],
        context: dict[str, Any] | None = None,
    ) -> list[dict[str, Any]]:
        if not ids:
            return []
        kw: dict[str, Any] = {"context": context} if context else {}
        return self._rows(self.execute(model, "read", list(ids), fields, **kw), model)

    def search(
        self,
        model: str,
        domain: list[Any],
        *,
        order: str | None = None,
        limit: int | None = None,
        context: dict[str, Any] | None = None,
    ) -> list[int]:
        kw: dict[str, Any] = {}
        if order:
            kw["order"] = order
        if limit:
            kw["limit"] = limit
        if context:
            kw["context"] = context
        ids = self.execute(model, "search", domain, **kw)
        if not isinstance(ids, list) or not all(isinstance(i, int) for i in ids):
            raise ProtocolError(
                msg("Odoo answered a search on {model} with something else than ids.", model=model)
            )
        return ids

    def search_count(
        self, model: str, domain: list[Any], context: dict[str, Any] | None = None
    ) -> int:
        kw: dict[str, Any] = {"context": context} if context else {}
        count = self.execute(model, "search_count", domain, **kw)
        if not isinstance(count, int):
            raise ProtocolError(
                msg(
                    "Odoo answered a count on {model} with {answer}.",
                    model=model,
                    answer=repr(count),
                )
            )
        return count

    def write(
        self,
        model: str,
        ids: Sequence[int],
        values: dict[str, Any],
        context: dict[str, Any] | None = None,
    ) -> Any:
        kw: dict[str, Any] = {"context": context} if context else {}
        return self.execute(model, "write", list(ids), values, **kw)

    def create(
        self, model: str, values: dict[str, Any], context: dict[str, Any] | None = None
    ) -> int:
        kw: dict[str, Any] = {"context": context} if context else {}
        new_id = self.execute(model, "create", values, **kw)
        if isinstance(new_id, list) and len(new_id) == 1:
            new_id = new_id[0]
        if not isinstance(new_id, int):
            raise ProtocolError(
                msg(
                    "Odoo answered a create on {model} with {answer}.",
                    model=model,
                    answer=repr(new_id),
                )
            )
        return new_id

    def fields_get(self, model: str, attributes: Sequence[str] = ("type",)) -> dict[str, Any]:
        result = self.execute(model, "fields_get", attributes=list(attributes))
        if not isinstance(result, dict):
            raise ProtocolError(
                msg(
                    "Odoo answered fields_get on {model} with {answer}.",
                    model=model,
                    answer=str(type(result)),
                )
            )
        return result

    def model_fields(self, model: str) -> set[str]:
        """Names of the fields `model` has on this server (asked once per session): some
        fields exist only with optional modules (packages, owners, teams, work locations)."""
        cached = self._fields_cache.get(model)
        if cached is None:
            cached = set(self.fields_get(model))
            self._fields_cache[model] = cached
        return cached

    @staticmethod
    def _rows(rows: Any, model: str) -> list[dict[str, Any]]:
        if not isinstance(rows, list) or not all(isinstance(r, dict) and "id" in r for r in rows):
            raise ProtocolError(
                msg("Odoo answered a read of {model} with something else than rows.", model=model)
            )
        return rows

    def probe(self) -> float:
        """Ask the server for its version (no credentials involved) and return the round-trip
        time in seconds. Raises a typed error when the server is unreachable or not Odoo."""
        return self.submit(self._probe).result()

    def _server_version(self, opener: KeepAliveOpener | CountingOpener, timeout: float) -> Any:
        """The server's version text from `/web/webclient/version_info` (every Odoo has this
        route, and it is not `/jsonrpc`)."""
        request_body = json.dumps({"jsonrpc": "2.0", "method": "call", "params": {}, "id": 1})
        request = urllib.request.Request(
            f"{self.settings.url.rstrip('/')}/web/webclient/version_info",
            data=request_body.encode(),
            headers={"Content-Type": "application/json"},
        )
        opener.retry_safe = True
        self.calls["version_info"] += 1
        body = opener.open(request, timeout=timeout).read()
        answer = json.loads(body.decode("utf-8"))
        return (answer.get("result") or {}).get("server_version")

    def _probe(self) -> float:
        opener = self._opener or self._new_opener()
        started = time.monotonic()
        try:
            check_version(self._server_version(opener, self.settings.timeout_probe))
        except BaseException as exc:
            if opener is not self._opener:
                opener.close()
            raise map_exception(exc) from exc
        if opener is not self._opener:
            opener.close()
        return time.monotonic() - started

    # ---- public: async API (for the Qt thread under qasync)

    async def call(
        self, model: str, method: str, *args: Any, timeout: float | None = None, **kwargs: Any
    ) -> Any:
        """`await gateway.call("stock.picking", "read", [ids], ["name"])`."""
        return await asyncio.wrap_future(
            self.submit_execute(model, method, *args, timeout=timeout, **kwargs)
        )

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Await any blocking gateway helper (`search_read`, ...) without blocking the loop."""
        return await asyncio.to_thread(fn, *args, **kwargs)

    # ---- lifecycle

    def close(self) -> None:
        """Stop the worker thread and close the connection."""
        try:
            self.submit(self._drop_session).result(timeout=5)
        except Exception:  # closing must not fail
            pass
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> OdooGateway:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
