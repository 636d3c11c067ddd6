"""The emulated Odoo server core: database, credentials, services and transactions.

:class:`OdooServer` is transport-free: :meth:`dispatch` takes a JSON-RPC ``service``/``method``/
``args`` triple and returns the result or raises an Odoo-shaped error, committing or rolling back
exactly as Odoo's ``object`` service does. The HTTP layer (:mod:`odoosim.http`) and in-process
calls (``OdooSim.execute``) both go through it, so both see the same semantics.
"""

from __future__ import annotations

import inspect
import logging
import threading
import time
import traceback
from collections import OrderedDict

from odoosim import models  # noqa: F401 - registers every model
from odoosim.cost import CostModel
from odoosim.errors import (
    AccessDenied,
    AccessError,
    OdooError,
    ServerError,
    UserError,
    attribute_error,
    type_error,
)
from odoosim.ledger import Ledger
from odoosim.orm.env import REGISTRY, Env, utc_now_string
from odoosim.orm.model import NOT_RPC, Model, indexed_fields
from odoosim.orm.security import implied_closure
from odoosim.orm.store import Database
from odoosim.personality import Personality, personality

log = logging.getLogger(__name__)

SERVER_VERSION = "17.0"
VERSION_INFO = personality(SERVER_VERSION).version_info
# Methods whose single-record result Odoo downgrades to an id (``@api.returns(..., value.id)``).
RETURNS_ID = {"copy", "message_post"}


class SearchCache:
    """Small LRU of search results keyed by (model, domain, order, db version)."""

    def __init__(self, size: int = 64):
        self.size = size
        self._data: OrderedDict = OrderedDict()

    def get(self, key):
        value = self._data.get(key)
        if value is not None:
            self._data.move_to_end(key)
        return value

    def put(self, key, value) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        while len(self._data) > self.size:
            self._data.popitem(last=False)


class OdooServer:
    """One database served the way Odoo 17's ``common``/``db``/``object`` services serve it."""

    def __init__(self, db_name: str, version: str | None = None):
        self.db_name = db_name
        self.personality: Personality = personality(version)
        self.db = Database()
        self.db.aliases["hr.employee.public"] = "hr.employee"
        for name, cls in REGISTRY.items():
            if name not in self.db.aliases:
                self.db.add_table(name, indexed_fields(cls))
        self.lock = threading.RLock()
        self.search_cache = SearchCache()
        self.ledger = Ledger()
        # uid -> {"password": str, "api_keys": [str]}; kept outside tables, like Odoo's hashes.
        self.credentials: dict[int, dict] = {}
        self._pending: list[tuple[str, str, int, dict]] = []
        # Odoo hashes passwords and API keys with pbkdf2 (~0.33 s per check) and caches a
        # verified (uid, secret) pair; auth_cost > 0 reproduces that latency.
        self.auth_cost = 0.0
        self._verified: set[tuple[int, str]] = set()
        # What a real Odoo would have spent (odoosim/cost.py); None serves at emulator speed.
        self.cost: CostModel | None = None
        self.on_commit = []  # callbacks(tx) run after each committed call that changed data

    # -- environment helpers ----------------------------------------------------------------------
    def env(self, uid: int = 2, context: dict | None = None, su: bool = False) -> Env:
        return Env(self, uid, context, su)

    def user_groups(self, uid: int) -> frozenset[str]:
        users = self.db.table("res.users").rows
        row = users.get(uid)
        if row is None:
            return frozenset()
        by_id = {
            rid: xmlid for xmlid, (model, rid) in self.db.xmlids.items() if model == "res.groups"
        }
        return implied_closure(by_id[g] for g in row.get("groups_id") or () if g in by_id)

    def ledger_pending(self, kind, model, res_id, data) -> None:
        self._pending.append((kind, model, res_id, data))

    def discard_pending(self) -> None:
        """Forget effects queued outside a call (seeding is not business activity)."""
        self._pending = []

    # -- authentication ---------------------------------------------------------------------------
    def authenticate(self, login: str, password: str) -> int | bool:
        users = self.db.table("res.users").rows
        for uid, row in users.items():
            if row.get("login") == login and row.get("active", True):
                return uid if self.check_password(uid, password) else False
        return False

    def check_password(self, uid, password) -> bool:
        creds = self.credentials.get(uid)
        if not creds or not password or not isinstance(password, str):
            return False
        if password == creds.get("password"):
            return True
        return password in creds.get("api_keys", []) and not self.key_expired(uid, password)

    def key_expired(self, uid: int, key: str) -> bool:
        """An API key past its ``expiration_date`` no longer signs in (19's autovacuum then
        deletes it)."""
        expiry = (self.credentials.get(uid) or {}).get("key_expiry", {}).get(key)
        return bool(expiry) and expiry <= utc_now_string()[:19]

    def uid_for_api_key(self, key: str) -> int | None:
        """The active user a (bearer) API key belongs to, or None."""
        users = self.db.table("res.users").rows
        for uid, creds in self.credentials.items():
            if key in creds.get("api_keys", []) and users.get(uid, {}).get("active", True):
                if self.key_expired(uid, key):
                    return None
                if (uid, key) not in self._verified:
                    self._pay_auth_cost()
                    self._verified.add((uid, key))
                return uid
        return None

    def _pay_auth_cost(self) -> None:
        if self.cost is not None:
            self.cost.charge_seconds(self.cost.calibration.auth)
        elif self.auth_cost > 0:
            time.sleep(self.auth_cost)

    def forget_verified(self) -> None:
        """Drop cached credential checks (after a key is revoked or changed)."""
        self._verified.clear()

    def check_uid(self, uid, password) -> None:
        try:
            uid = int(uid)
        except (TypeError, ValueError):
            raise AccessDenied() from None
        row = self.db.table("res.users").rows.get(uid)
        if row is None or not row.get("active", True) or not self.check_password(uid, password):
            raise AccessDenied()

    def check_db(self, db_name) -> None:
        if db_name != self.db_name:
            raise ServerError(
                "psycopg2.OperationalError",
                f'connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: '
                f'FATAL:  database "{db_name}" does not exist\n',
            )

    # -- services ----------------------------------------------------------------------------------
    def dispatch(self, service: str, method: str, args: list, fault=None):
        """Run one JSON-RPC call. ``fault`` (a ``raise`` fault) is raised inside the
        transaction so the rollback path is exercised exactly like a real error."""
        if service == "common":
            return self._common(method, args)
        if service == "db":
            return self._db(method, args)
        if service == "object":
            return self._object(method, args, fault)
        raise ServerError("builtins.Exception", f"No such service: {service}")

    def _common(self, method, args):
        if method == "version":
            return self.personality.version_info
        if method == "about":
            return "See http://openerp.com"
        if method in ("login", "authenticate"):
            if len(args) < 3:
                raise type_error(f"exp_{method}() missing required positional arguments")
            db, login, password = args[:3]
            self.check_db(db)
            self._pay_auth_cost()
            with self.lock:
                return self.authenticate(login, password)
        raise attribute_error(f"'common' service has no method {method!r}")

    def _db(self, method, args):
        if method == "list":
            return [self.db_name]
        if method == "server_version":
            return self.personality.version
        if method == "db_exist":
            return bool(args) and args[0] == self.db_name
        if method == "list_lang":
            return [["en_US", "English (US)"]]
        if method == "list_countries":
            raise AccessDenied()
        # Every other db method checks the master password first; this server has none.
        raise AccessDenied()

    def _object(self, method, args, fault=None):
        if method not in ("execute", "execute_kw"):
            raise ServerError("builtins.NameError", f"Method not available {method}")
        if len(args) < 5:
            raise type_error(f"{method}() missing required positional arguments")
        db, uid, password, model, name = args[:5]
        if method == "execute":
            call_args, call_kwargs = list(args[5:]), {}
        else:
            call_args = list(args[5]) if len(args) > 5 and args[5] else []
            call_kwargs = dict(args[6]) if len(args) > 6 and args[6] else {}
        self.check_db(db)
        if (uid, password) not in self._verified:
            self._pay_auth_cost()
        with self.lock:
            self.check_uid(uid, password)
            if isinstance(uid, int) and isinstance(password, str):
                self._verified.add((uid, password))
            if str(name).startswith("_") or name in NOT_RPC:
                raise AccessError(f"Private methods (such as {name}) cannot be called remotely.")
            return self.call(int(uid), model, name, call_args, call_kwargs, fault=fault, wire=True)

    def call(
        self,
        uid: int,
        model: str,
        name: str,
        args: list,
        kwargs: dict,
        *,
        fault=None,
        rpc: str | None = None,
        wire: bool = False,
    ):
        """``call_kw`` in one transaction: commit on success, roll back everything on error.

        ``wire`` calls come from a client (``/jsonrpc``, JSON-2) and see the server's version
        personality; in-process calls see the models as written."""
        gate = self.personality if wire else None
        wire_model = model
        with self.lock:
            if gate is not None:
                model = gate.model_name(model)
                gate.check_method(wire_model, name)
            cls = REGISTRY.get(model)
            if cls is None:
                raise UserError(f"Object {model} doesn't exist")
            func = getattr(cls, name, None)
            # Only plain methods are RPC methods: fields, properties and classes are not.
            if not inspect.isfunction(func) or name.startswith("_") or name in NOT_RPC:
                raise attribute_error(f"The method '{name}' does not exist on the model '{model}'")
            kwargs = dict(kwargs)
            context = kwargs.pop("context", None) or {}
            if not isinstance(context, dict):
                raise type_error("context must be a dictionary")
            tx = self.db.begin(utc_now_string())
            self._pending = []
            try:
                if fault is not None:
                    from odoosim.errors import error_from_name

                    raise error_from_name(*fault.error)
                env = Env(self, uid, context)
                records = env[model]
                is_model = getattr(func, "_api_model", False)
                if is_model:
                    bound = getattr(records, name)
                    call_args = args
                else:
                    if not args:
                        raise type_error(f"{name}() missing 1 required positional argument: 'ids'")
                    ids = args[0]
                    ids = [ids] if isinstance(ids, int) else list(ids or [])
                    bound = getattr(records.browse(ids), name)
                    call_args = args[1:]
                # The cost model prices the call as the client sent it (`load` by keyword
                # stays a keyword), before a version's gate binds it to the signature.
                wire_kwargs = dict(kwargs)
                if gate is not None:
                    call_args, kwargs = gate.inbound(REGISTRY, model, func, call_args, kwargs)
                self._check_signature(bound, call_args, kwargs, name)
                result = bound(*call_args, **kwargs)
                result = self._downgrade(name, result, args, is_model)
                if gate is not None:
                    result = gate.outbound(model, name, result)
                self.finish_call(env)
            except OdooError:
                self.db.rollback()
                self._pending = []
                raise
            except Exception as exc:  # an emulator bug must still look like an Odoo error
                self.db.rollback()
                self._pending = []
                log.exception("odoosim: %s.%s failed unexpectedly", model, name)
                kind = type(exc).__name__
                raise ServerError(f"builtins.{kind}", str(exc) or kind) from exc
            self.db.commit()
            pending, self._pending = self._pending, []
            if pending:
                self.ledger.append_many(
                    pending, rpc or self._describe(model, name, args), tx.now[:19]
                )
            if tx.undo:
                for callback in self.on_commit:
                    callback(tx)
            if self.cost is not None:
                self.cost.charge(model, name, args, wire_kwargs, result, self._table_rows)
            return result

    def _table_rows(self, model: str) -> int:
        """Rows of `model`'s table (0 for a model this database has no table for)."""
        table = self.db.tables.get(self.db.aliases.get(model, model))
        return len(table.rows) if table is not None else 0

    @staticmethod
    def _check_signature(bound, args, kwargs, name) -> None:
        try:
            inspect.signature(bound).bind(*args, **kwargs)
        except TypeError as exc:
            raise type_error(f"{name}() {exc}") from None

    @staticmethod
    def _downgrade(name, result, args, is_model):
        if isinstance(result, Model):
            if name == "create":
                return result.id if args and isinstance(args[0], dict) else result.ids
            if name in RETURNS_ID:
                return result.id
            return result.ids
        return result

    def finish_call(self, env) -> None:
        """Odoo's end-of-transaction quant clean-up: delete quants this call left empty."""
        tx = self.db.tx
        if tx is not None and tx.quants:
            env["stock.quant"].sudo()._unlink_zero_quants(sorted(tx.quants))

    @staticmethod
    def _describe(model, name, args) -> str:
        ids = (
            args[0]
            if args and isinstance(args[0], list) and all(isinstance(i, int) for i in args[0])
            else None
        )
        return f"{model}.{name}({ids})" if ids is not None else f"{model}.{name}"


def serialize_exception(exc: BaseException) -> dict:
    """``error.data`` exactly as Odoo's ``serialize_exception`` builds it."""
    if isinstance(exc, OdooError):
        name = exc.odoo_name
        arguments = list(exc.args)
    else:
        name = f"builtins.{type(exc).__name__}"
        arguments = list(exc.args)
    return {
        "name": name,
        "debug": "".join(traceback.format_exception(exc)),
        "message": str(exc),
        "arguments": arguments,
        "context": {},
    }
