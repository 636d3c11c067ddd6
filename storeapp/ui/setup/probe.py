"""What "Test connection" finds out about an Odoo server, in words — no Qt here.

Everything goes through a temporary `OdooGateway` holding the typed-in key in memory (nothing is
stored until the person presses Save). Rights are probed the way storeapp will use them: reading
what a stock user reads, reading badges as an HR officer would; the Inventory-manager right is
looked up by group because probing it would mean applying a count. The database list is asked
with odoorpc's unauthenticated `db.list` before any gateway exists (there is no database yet).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

import odoorpc

from storeapp.core.identity import DeviceRights, IdentityMode, available_identity_modes
from storeapp.core.text import Listing, msg, translatable
from storeapp.core.wording import plural
from storeapp.sync import device_user, key_expiry
from storeapp.sync import errors as gw_errors
from storeapp.sync.gateway import GatewaySettings, OdooGateway
from storeapp.sync.scope import carrier_choice, open_orders_per_carrier
from storeapp.sync.transport import CountingOpener, make_ssl_context
from storeapp.sync.versions import OdooVersion

log = logging.getLogger(__name__)

GROUPS = {
    "stock_user": ("stock", "group_stock_user"),
    "stock_manager": ("stock", "group_stock_manager"),
    "hr_officer": ("hr", "group_hr_user"),
}


@dataclass(frozen=True)
class Warehouse:
    """A store as Odoo knows it (stock.warehouse)."""

    id: int
    name: str
    code: str


@dataclass
class ProbeReport:
    """The outcome of Test connection. `ok` means storeapp can work with this server."""

    version: str = ""
    uid: int | None = None
    rights: DeviceRights | None = None
    warehouses: list[Warehouse] = field(default_factory=list)
    findings: list[tuple[str, str]] = field(default_factory=list)  # (level, text)
    modes: list[IdentityMode] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.uid is not None and not any(level == "error" for level, _ in self.findings)

    def add(self, level: str, text: str) -> None:
        self.findings.append((level, text))


def list_databases(
    url: str, connection: GatewaySettings | None = None, timeout: float = 10.0
) -> list[str] | None:
    """Database names the server offers, or None when it does not list them (list_db off, or
    not reachable). `connection` gives the configured TLS options (odoo.ca_bundle): the list
    is asked the way the app will speak to the server, so a private CA's certificate is
    trusted here too."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    https = parts.scheme == "https"
    ca_bundle = connection.ca_bundle if connection is not None else None
    try:
        odoo = odoorpc.ODOO(
            parts.hostname,
            protocol="jsonrpc+ssl" if https else "jsonrpc",
            port=parts.port or (443 if https else 80),
            timeout=timeout,
            opener=CountingOpener(ssl_context=make_ssl_context(ca_bundle) if https else None),
        )
        names = odoo.db.list()
    except Exception as exc:  # listing is a convenience; typing the name works
        log.info("database list not available from %s: %s", url, exc)
        return None
    return [str(n) for n in names] if isinstance(names, list) else None


def _allowed(gateway: OdooGateway, model: str, fields: list[str]) -> bool | None:
    """True if the device user may read `model`, False if refused, None if the model is absent."""
    try:
        gateway.search_read(model, [], fields, limit=1)
        return True
    except gw_errors.AccessDenied:
        return False
    except (gw_errors.ProgramError, gw_errors.UserError):
        return None


def _groups(gateway: OdooGateway, uid: int) -> dict[str, bool] | None:
    """Group membership by xml id, or None when the server does not let us look."""
    try:
        names = [name for _m, name in GROUPS.values()]
        rows = gateway.search_read(
            "ir.model.data",
            [("model", "=", "res.groups"), ("name", "in", names)],
            ["module", "name", "res_id"],
        )
        field = gateway.version.user_groups_field
        user = gateway.read("res.users", [uid], [field])
    except gw_errors.GatewayError as exc:
        log.info("group lookup not possible: %s", exc)
        return None
    ids = {(r["module"], r["name"]): r["res_id"] for r in rows}
    mine = set(user[0].get(field) or []) if user else set()
    return {key: ids.get(xmlid) in mine for key, xmlid in GROUPS.items() if xmlid in ids}


def probe(
    url: str,
    database: str,
    login: str,
    secret: str,
    carrier_names: Sequence[str] = (),
    connection: GatewaySettings | None = None,
) -> ProbeReport:
    """Blocking: run on a worker thread. Never raises for server problems: they become
    findings in words; only programming errors escape. `carrier_names`: the click-and-collect
    carriers IT named (store.click_collect_carriers), if any. `connection`: the configured
    connection options (`GatewaySettings.from_config`: private CA, timeouts), so the test
    reaches Odoo exactly as the app will; None means the defaults."""
    report = ProbeReport()
    if not url or not database or not login or not secret:
        report.add(
            "error", translatable("Fill in the Odoo address, database, device login and API key.")
        )
        return report
    try:
        base = connection or GatewaySettings(url, database, login)
        settings = base.for_server(url, database, login)
        gateway = OdooGateway(settings, secret=secret)
    except gw_errors.GatewayError as exc:
        report.add("error", exc.message)
        return report
    try:
        try:
            gateway.probe()
            session = gateway.connect()
        except (gw_errors.Offline, gw_errors.Timeout) as exc:
            report.add(
                "error",
                msg(
                    "No Odoo server answered at {url} ({exc}). Check the address, the port and this PC's network connection.",
                    url=url,
                    exc=exc.message,
                ),
            )
            return report
        except gw_errors.AuthFailed:
            report.add(
                "error",
                translatable(
                    "Odoo refused the device login or API key (mistyped, revoked or expired). "
                    "Check both; an API key is made in Odoo under Preferences → Account Security "
                    "→ New API Key, and IT stores a new one with "
                    "`storeapp provision --only credential`."
                ),
            )
            return report
        except gw_errors.GatewayError as exc:
            report.add("error", exc.message)
            return report
        report.uid = session.uid
        report.version = session.version.text
        report.add(
            "ok",
            msg(
                "Connected to Odoo {version} as {login}.", version=session.version.text, login=login
            ),
        )

        inventory = _allowed(gateway, "stock.warehouse", ["name"])
        employees_app = _allowed(gateway, "hr.employee.public", ["name"])
        stock_user = bool(inventory) and _allowed(gateway, "stock.picking", ["name"]) is True
        hr_officer = bool(employees_app) and _allowed(gateway, "hr.employee", ["barcode"]) is True
        groups = _groups(gateway, session.uid) or {}
        stock_manager = groups.get("stock_manager")
        report.rights = DeviceRights(
            stock_user=stock_user,
            stock_manager=bool(stock_manager),
            hr_officer=hr_officer,
            has_inventory_app=inventory is not None,
            has_employees_app=employees_app is not None,
        )
        _explain_rights(report, session.version, manager_known=stock_manager is not None)
        _explain_email(report, gateway, session.uid)
        _explain_key(report, gateway, session.uid)
        report.add("info", key_expiry.rights_by_version(session.version))
        if inventory is not None and inventory:
            rows = gateway.search_read("stock.warehouse", [], ["name", "code"], order="name")
            report.warehouses = [Warehouse(r["id"], r["name"], r.get("code") or "") for r in rows]
            if not report.warehouses:
                report.add(
                    "error",
                    translatable("This Odoo has no warehouse: a store must be a warehouse."),
                )
            if stock_user:
                _explain_carriers(report, gateway, carrier_names)
        report.modes = available_identity_modes(report.rights)
    except gw_errors.GatewayError as exc:
        report.add("error", exc.message)
    finally:
        gateway.close()
    return report


def _explain_key(report: ProbeReport, gateway: OdooGateway, uid: int) -> None:
    """When the key stops working (Odoo 19 dates keys): said at setup, warned 14 days ahead."""
    try:
        expiry = key_expiry.read_key_expiry(gateway, uid)
    except gw_errors.GatewayError as exc:
        report.add(
            "warn", msg("Could not check when the API key expires ({error}).", error=exc.message)
        )
        return
    now = datetime.now(UTC)
    text = expiry.describe(now)
    if expiry.level(now) == "ok":
        report.add("ok", text)
    else:
        report.add("warn", msg("{expiry} {advice}", expiry=text, advice=key_expiry.NEW_KEY_ADVICE))


def _explain_email(report: ProbeReport, gateway: OdooGateway, uid: int) -> None:
    """Odoo refuses notes from a user without e-mail address: say so at setup."""
    try:
        problem = device_user.missing_email(gateway, uid)
    except gw_errors.GatewayError as exc:
        report.add(
            "warn",
            msg("Could not check the device user's e-mail address ({exc}).", exc=exc.message),
        )
        return
    if problem:
        report.add(
            "warn",
            msg("{problem} {advice}", problem=problem, advice=device_user.EMAIL_ADVICE),
        )
    else:
        report.add(
            "ok",
            translatable("The device user has an e-mail address, so notes on orders reach Odoo."),
        )


def _explain_carriers(
    report: ProbeReport, gateway: OdooGateway, carrier_names: Sequence[str]
) -> None:
    """Which delivery carriers will count as click-and-collect, and how many open orders
    each has now, so a wrong guess is seen at setup rather than as an empty order list."""
    try:
        choice = carrier_choice(gateway, carrier_names)
        counts = open_orders_per_carrier(gateway, choice)
    except (gw_errors.ProgramError, gw_errors.UserError) as exc:
        log.info("carriers not readable: %s", exc)
        report.add(
            "warn",
            translatable(
                "Could not read Odoo's delivery methods, so click-and-collect orders cannot be "
                "recognised by carrier. Ask IT to set store.click_collect_mode."
            ),
        )
        return
    for name in choice.unknown_names:
        report.add(
            "warn",
            msg(
                "store.click_collect_carriers names '{name}', which is not a delivery method in this Odoo: correct the name (IT).",
                name=name,
            ),
        )
    if not choice.taken:
        report.add(
            "warn",
            translatable(
                "No delivery method looks like click-and-collect (by type, or a name with collect, "
                "pickup, retrait, afhalen, abholung, ophalen…), so no orders will be found. IT can "
                "name the carriers in store.click_collect_carriers, or set store.click_collect_mode."
            ),
        )
        return
    how = translatable("named by IT" if choice.overridden else "recognised by type or name")
    taken = Listing(
        msg(
            "{carrier} ({reason}): {orders}",
            carrier=t.carrier.name,
            reason=t.reason,
            orders=plural(counts.get(t.carrier.id, 0), "open order"),
        )
        for t in choice.taken
    )
    report.add(
        "ok", msg("Click-and-collect delivery methods ({how}): {taken}.", how=how, taken=taken)
    )


def _explain_rights(
    report: ProbeReport, version: OdooVersion, *, manager_known: bool = True
) -> None:
    r = report.rights
    assert r is not None
    if not r.has_inventory_app:
        report.add(
            "error",
            translatable(
                "The Inventory app is not installed in this Odoo database. Ask the Odoo "
                "administrator to install it (Apps → Inventory)."
            ),
        )
    elif r.stock_user:
        report.add(
            "ok", translatable("The device user may pick, validate and return (Inventory / User).")
        )
    else:
        report.add(
            "error",
            translatable(
                "The device user cannot work with transfers. Ask the Odoo administrator to give it "
                "the Inventory / User right."
            ),
        )
    if version.stock_user_applies_counts:
        if r.stock_user:
            report.add(
                "ok",
                f"It may apply stock counts (Inventory / User is enough in Odoo {version.major}).",
            )
    else:
        if r.stock_manager:
            report.add(
                "ok",
                translatable(
                    "It may apply stock counts (Inventory / Administrator, needed in 17)."
                ),
            )
        elif not manager_known:
            report.add(
                "warn",
                translatable(
                    "Could not check whether it may apply stock counts (Odoo 17 needs Inventory / "
                    "Administrator). If it lacks that right, counts wait in the outbox until given."
                ),
            )
        else:
            report.add(
                "warn",
                translatable(
                    "It cannot apply stock counts: Odoo 17 requires Inventory / Administrator for "
                    "that. Counts will wait in the outbox until the right is given."
                ),
            )
    if not r.has_employees_app:
        report.add(
            "error",
            translatable(
                "The Employees app is not installed, so nobody can sign in. Ask the Odoo "
                "administrator to install it (Apps → Employees)."
            ),
        )
    elif r.hr_officer:
        report.add(
            "ok",
            translatable(
                "It may read badges and PINs (Employees / Officer): 'Odoo badges' sign-in is possible."
            ),
        )
    else:
        report.add(
            "info",
            translatable(
                "It cannot read badges and PINs (no Employees / Officer right): employees will be "
                "enrolled on this PC with a manager present ('Local enrollment')."
            ),
        )


MODE_TEXT = translatable(
    {
        IdentityMode.ODOO_BADGES: (
            "Odoo badges",
            "Employees sign in with the badge and PIN set in Odoo. The device user needs the "
            "Employees / Officer right; this PC keeps only a scrambled check of each PIN and badge.",
        ),
        IdentityMode.LOCAL_ENROLLMENT: (
            "Local enrollment",
            "Least privilege: Odoo shares only names and jobs. Each employee sets a badge and PIN on "
            "this PC once, with a signed-in manager present.",
        ),
    }
)
