"""``OdooSim``: the emulator as other code uses it (tests, ``storeapp --demo``, the CLI)."""

from __future__ import annotations

import gc
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from odoosim.errors import OdooError
from odoosim.faults import Faults
from odoosim.http import InFlight, serve
from odoosim.orm.env import utc_now_string
from odoosim.server import OdooServer

DEVICE_KEY_DAYS = 90


@dataclass(frozen=True)
class DeviceCredentials:
    """How the storeapp device logs in: login plus password or API key (either works)."""

    login: str
    password: str
    api_key: str
    uid: int


class Facts(dict):
    """Seed facts as a dict that also allows attribute access (``sim.facts.stores``)."""

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


class OdooSim:
    """A protocol-faithful Odoo server on 127.0.0.1 (see docs/odoosim.md).

    ``version`` picks the personality: ``"17.0"`` (the default), ``"18.0"`` or ``"19.0"``
    (odoosim.personality); 19 also serves the JSON-2 API and logs every ``/jsonrpc`` call as
    deprecated, counting them in ``jsonrpc_calls``.

    ``seed`` picks the deterministic data set (``"demo"`` or ``"scale"``; any other string is a
    demo seeded from that string); ``scale_params`` size the scale preset. ``test_mode`` enables
    the HTTP control endpoint. ``state_file`` keeps the database between runs.
    ``auth_cost`` (seconds) makes each login, and the first call of each new uid/secret pair,
    as slow as Odoo's pbkdf2 check (about 0.33 s on a real server); the default is free.
    ``device_stock_manager`` also makes the device an Inventory / Administrator, which Odoo 17
    requires for applying counts (the default device is an Inventory / User). ``keep_alive``
    serves HTTP/1.1 persistent connections like Odoo's threaded server; the default answers
    HTTP/1.0, one request per connection, like Odoo with workers. ``cost`` (an
    :class:`odoosim.cost.CostModel`) makes answers as slow as a real Odoo 17's; the default
    serves at emulator speed.
    """

    def __init__(
        self,
        seed="demo",
        test_mode=True,
        state_file=None,
        db_name=None,
        keep_alive=False,
        device_stock_manager=False,
        auth_cost=0.0,
        cost=None,
        version="17.0",
        **scale_params,
    ):
        self.seed = str(seed)
        self.keep_alive = keep_alive
        self.test_mode = test_mode
        self.state_file = state_file
        self.db_name = db_name or ("storeapp_scale" if self.seed == "scale" else "storeapp_demo")
        self.server = OdooServer(self.db_name, version)
        self.personality = self.server.personality
        self.version = self.personality.version
        # /jsonrpc requests served (19 warns about each one in its log)
        self.jsonrpc_calls = 0
        self.json2_calls = 0
        self.server.auth_cost = float(auth_cost)
        self.server.cost = cost
        self.faults = Faults()
        self.requests = InFlight()
        self.ledger = self.server.ledger
        self._httpd = None
        self._thread = None
        self._host = "127.0.0.1"
        self.port = 0
        self.seed_seconds = 0.0
        from odoosim import persistence

        loaded = persistence.load(self, state_file) if state_file else None
        if loaded is None:
            started = time.perf_counter()
            self.facts = Facts(self._build(scale_params))
            self.seed_seconds = time.perf_counter() - started
            if state_file:
                persistence.save(self, state_file)
        else:
            self.facts = Facts(loaded)
            gc.collect()
            gc.freeze()
        if state_file:
            self.server.on_commit.append(lambda tx: persistence.schedule_save(self, state_file))
        device = self.facts["device"]
        if device_stock_manager:
            # Odoo 17 lets only stock managers apply counts; some deployments grant it.
            self.grant_group(device["login"], "stock.group_stock_manager")
        self.device = DeviceCredentials(
            device["login"], device["password"], device["api_key"], device["uid"]
        )
        if self.personality.api_keys_expire and not self.key_expiry(device["login"]):
            # 19 caps an Inventory / User's key at 90 days (reference §8).
            self.set_key_expiry(device["login"], days=DEVICE_KEY_DAYS)
        else:
            self._describe_key(device["login"], self.key_expiry(device["login"]))

    def _build(self, scale_params) -> dict:
        db = self.server.db
        db.begin(utc_now_string(), logging=False)
        # Seeding allocates hundreds of thousands of long-lived objects: collecting cycles
        # meanwhile only costs time.
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            if self.seed == "scale":
                from odoosim.seed.scale import seed_scale

                facts = seed_scale(self.server, self.seed, **scale_params)
            else:
                from odoosim.seed.demo import seed_demo

                facts = seed_demo(self.server, self.seed, **scale_params)
            self.server.finish_call(self.server.env(uid=1, su=True))
            self._write_xmlids()
        finally:
            db.commit()
            if gc_was_enabled:
                gc.enable()
        self.server.ledger.clear()
        self.server.discard_pending()
        db.version += 1
        # The seeded rows live as long as the emulator: keep the cyclic garbage collector from
        # rescanning hundreds of thousands of them on every collection.
        gc.collect()
        gc.freeze()
        return facts

    def _write_xmlids(self) -> None:
        """Mirror the external ids into ``ir.model.data`` rows, where clients look them up
        (e.g. which res.groups id is ``stock.group_stock_manager``)."""
        env = self.server.env(uid=1, su=True)
        rows = [
            {
                "module": xmlid.split(".", 1)[0],
                "name": xmlid.split(".", 1)[1],
                "model": model,
                "res_id": res_id,
            }
            for xmlid, (model, res_id) in sorted(self.server.db.xmlids.items())
            if model != "ir.ui.view"
        ]
        env["ir.model.data"]._create(rows)

    # -- serving --------------------------------------------------------------------------------
    def start(self, host: str = "127.0.0.1", port: int = 0, tls=None) -> OdooSim:
        """Serve on `host:port`; with `tls` (a server-side `ssl.SSLContext`) over HTTPS, as a
        production Odoo behind its reverse proxy is reached."""
        self._host = host
        self._scheme = "https" if tls is not None else "http"
        self._httpd, self._thread = serve(self, host, port, tls)
        self.port = self._httpd.server_address[1]
        return self

    def wait_idle(self, timeout: float) -> bool:
        """Wait until no HTTP request is being handled (a held one has run and committed).
        False when one still is after `timeout` seconds."""
        return self.requests.wait_idle(timeout)

    @property
    def url(self) -> str:
        return f"{getattr(self, '_scheme', 'http')}://{self._host}:{self.port}"

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.stop()
            self._httpd = None
        if self.state_file:
            from odoosim import persistence

            persistence.flush(self, self.state_file)

    def down(self) -> None:
        """Stop listening and cut open connections: clients get "connection refused" until
        :meth:`up`."""
        if self._httpd is not None:
            self._httpd.stop()
            self._httpd = None

    def up(self) -> None:
        """Listen again on the same port."""
        if self._httpd is None:
            deadline = time.monotonic() + 5
            while True:
                try:
                    self._httpd, self._thread = serve(self, self._host, self.port)
                    return
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)

    def __enter__(self):
        if self._httpd is None:
            self.start()
        return self

    def __exit__(self, *exc):
        self.stop()

    # -- in-process access ------------------------------------------------------------------------
    def execute(self, model, method, *args, uid=None, context=None, **kwargs):
        """Call a model method like an RPC (one transaction, same rules), as admin by default."""
        if context is not None:
            kwargs["context"] = context
        return self.server.call(
            uid or self.facts["admin"]["uid"],
            model,
            method,
            list(args),
            kwargs,
            rpc=f"in-process {model}.{method}",
        )

    def key_expiry(self, login: str) -> str | None:
        """When ``login``'s API key expires (UTC ``YYYY-MM-DD HH:MM:SS``), None if never."""
        creds = self.server.credentials[self._uid_of(login)]
        keys = creds.get("api_keys") or []
        expiry = creds.get("key_expiry", {})
        return expiry.get(keys[0]) if keys else None

    def set_key_expiry(self, login: str, *, days: float | None = None, at: str | None = None):
        """Give ``login``'s API key an expiration date ``days`` from now (or ``at``);
        ``days=None`` and no ``at`` makes it persistent."""
        if at is None and days is not None:
            moment = datetime.now(UTC).replace(tzinfo=None) + timedelta(days=days)
            at = moment.strftime("%Y-%m-%d %H:%M:%S")
        with self.server.lock:
            creds = self.server.credentials[self._uid_of(login)]
            expiry = creds.setdefault("key_expiry", {})
            for key in creds.get("api_keys") or []:
                if at is None:
                    expiry.pop(key, None)
                else:
                    expiry[key] = at
            self.server.forget_verified()
        self._describe_key(login, at)
        return at

    def _describe_key(self, login: str, expiry: str | None) -> None:
        """Keep ``login``'s ``res.users.apikeys`` row (what Odoo shows of a key) in step."""
        uid = self._uid_of(login)
        table = self.server.db.table("res.users.apikeys")
        found = [rid for rid, row in table.rows.items() if row.get("user_id") == uid]
        values = {"expiration_date": f"{expiry}.000000" if expiry else False}
        if found:
            self.server.call(1, "res.users.apikeys", "write", [found, values], {}, rpc="key")
        else:
            values.update({"name": f"{login} key", "user_id": uid})
            self.server.call(1, "res.users.apikeys", "create", [values], {}, rpc="key")

    def revoke_api_key(self, login: str) -> None:
        with self.server.lock:
            self.server.credentials[self._uid_of(login)]["api_keys"] = []
            self.server.forget_verified()

    def set_api_key(self, login: str, key: str | None = None) -> str:
        import secrets

        key = key or secrets.token_hex(20)
        with self.server.lock:
            self.server.credentials[self._uid_of(login)]["api_keys"] = [key]
            self.server.forget_verified()
        if login == self.device.login:
            self.device = DeviceCredentials(
                self.device.login, self.device.password, key, self.device.uid
            )
            self.facts["device"]["api_key"] = key
        return key

    def grant_group(self, login: str, xmlid: str) -> None:
        """Add a group (e.g. ``stock.group_stock_manager``) to a user, as an admin would."""
        self._set_group(login, xmlid, add=True)

    def revoke_group(self, login: str, xmlid: str) -> None:
        self._set_group(login, xmlid, add=False)

    def _set_group(self, login: str, xmlid: str, add: bool) -> None:
        uid = self._uid_of(login)
        group = self.server.db.xmlids[xmlid][1]
        command = (4, group) if add else (3, group)
        self.server.call(
            1,
            "res.users",
            "write",
            [[uid], {"groups_id": [command]}],
            {},
            rpc=f"in-process group change for {login}",
        )

    def _uid_of(self, login: str) -> int:
        with self.server.lock:
            for uid, row in self.server.db.table("res.users").rows.items():
                if row.get("login") == login:
                    return uid
        raise KeyError(f"No user with login {login!r}")

    def session_info(self, uid: int) -> dict:
        row = self.server.db.table("res.users").rows[uid]
        groups = self.server.user_groups(uid)
        return {
            "uid": uid,
            "is_system": "base.group_system" in groups,
            "is_admin": "base.group_erp_manager" in groups,
            "db": self.db_name,
            "server_version": self.personality.version,
            "server_version_info": self.personality.version_info["server_version_info"],
            "name": row["name"],
            "username": row["login"],
            "partner_id": row["partner_id"],
            "company_id": row["company_id"],
            "user_context": {
                "lang": row.get("lang") or "en_US",
                "tz": row.get("tz") or False,
                "uid": uid,
            },
        }

    def _control_cost(self, request: dict) -> dict | None:
        """Switch the cost model on or off (``on``), optionally resetting its totals first
        (``reset``); answers the totals so far (None when off). ``sleep_scale`` sets the share
        of the modelled seconds answers are really held back (0: accounted only); ``workers``,
        with ``on``, how many requests the modelled Odoo serves at once (default 2)."""
        from odoosim.cost import Calibration, CostModel

        if "on" in request:
            on = bool(request["on"])
            if on and self.server.cost is None:
                workers = int(request.get("workers") or Calibration.workers)
                self.server.cost = CostModel(Calibration(workers=workers))
            elif not on:
                self.server.cost = None
        cost = self.server.cost
        if cost is None:
            return None
        if "sleep_scale" in request:
            cost.sleep_scale = max(0.0, float(request["sleep_scale"]))
        totals = cost.snapshot()
        if request.get("reset"):
            cost.reset()
        return totals

    # -- control endpoint (test mode) --------------------------------------------------------------
    def control(self, request: dict):
        """Handle a POST /odoosim/control body: {"action": ..., ...}."""
        action = request.get("action")
        if action == "inject":
            error = request.get("error")
            fault = self.faults.inject(
                request["kind"],
                model=request.get("model"),
                method=request.get("method"),
                skip=request.get("skip", 0),
                times=request.get("times", 1),
                delay=request.get("delay", 0.0),
                error=tuple(error) if error else None,
                retry_after=request.get("retry_after"),
            )
            return {"kind": fault.kind}
        if action == "random":
            self.faults.random(request["seed"], request["rate"], request.get("kinds"))
            return True
        if action == "clear":
            self.faults.clear()
            return True
        if action == "down":
            # Answering first, then going down shortly after, so the caller gets its reply.
            threading.Timer(0.05, self.down).start()
            seconds = request.get("seconds")
            if seconds:
                threading.Timer(0.05 + float(seconds), self.up).start()
            return True
        if action == "revoke_api_key":
            self.revoke_api_key(request["login"])
            return True
        if action == "set_api_key":
            return self.set_api_key(request["login"], request.get("key"))
        if action == "ledger":
            return [e.to_json() for e in self.ledger.entries(request.get("kind"))]
        if action == "facts":
            return dict(self.facts)
        if action == "cost":
            return self._control_cost(request)
        if action == "execute":
            try:
                return {
                    "result": self.execute(
                        request["model"],
                        request["method"],
                        *request.get("args", []),
                        **request.get("kwargs", {}),
                    )
                }
            except OdooError as exc:
                return {"error": {"name": exc.odoo_name, "message": str(exc)}}
        raise ValueError(f"Unknown control action {action!r}")
