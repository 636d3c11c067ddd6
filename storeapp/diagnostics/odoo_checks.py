"""Doctor's checks of what this PC needs to work with Odoo: the setup values and the address,
the returns policy file, the device key, and — when a key is stored — Odoo itself.

Each check is one function `check_x(ctx) -> Iterator[Finding]`, listed in doctor's `CHECKS`.
`check_setup` leaves the resolved target in `ctx.facts["target"]` and `check_device_key` the key
in `ctx.facts["secret"]` (memory only, never printed) for the live checks after them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from storeapp.core.text import msg, translatable
from storeapp.diagnostics.doctor import DoctorContext, Finding, Status

if TYPE_CHECKING:  # imported where used, so `storeapp doctor` loads them only when it probes
    from storeapp.offline.device_setup import DeviceSetup
    from storeapp.ui.setup.probe import ProbeReport

SETUP_ADVICE = translatable(
    "IT: storeapp provision --url https://... --db DATABASE --store CODE --login LOGIN "
    "(see the IT guide, Provisioning), or Device setup at the app's first start."
)


@dataclass(frozen=True)
class Target:
    """The Odoo account and store this PC is set up for (machine file, else device setup)."""

    url: str
    database: str
    login: str
    warehouse_code: str
    identity_mode: str
    ca_bundle: str | None
    allow_http: bool


def _saved_setup(ctx: DoctorContext) -> DeviceSetup | None:
    """What device setup saved in the journal, opened read-only (never created or migrated)."""
    from storeapp.offline import device_setup
    from storeapp.offline.journal import JOURNAL_FILE, JournalStore

    if ctx.data_dir is None or not (ctx.data_dir / JOURNAL_FILE).is_file():
        return None
    journal = JournalStore.open_read_only(ctx.data_dir)
    try:
        return device_setup.load(journal)
    finally:
        journal.close()


def resolve_target(ctx: DoctorContext) -> Target | None:
    cfg = ctx.cfg
    if cfg is None:
        return None
    values = {
        "url": cfg.odoo.url,
        "database": cfg.odoo.database,
        "login": cfg.odoo.login,
        "warehouse_code": cfg.store.warehouse_code,
    }
    mode = cfg.identity.mode
    if not all(values.values()):
        try:
            saved = _saved_setup(ctx)
        except Exception:  # the journal check reports an unreadable journal
            saved = None
        if saved is not None:
            values = {k: v or getattr(saved, k) for k, v in values.items()}
            if saved.identity_mode and cfg.sources.get("identity.mode") == "default":
                mode = saved.identity_mode
    return Target(
        url=str(values["url"]).rstrip("/"),
        database=values["database"],
        login=values["login"],
        warehouse_code=values["warehouse_code"],
        identity_mode=mode,
        ca_bundle=str(cfg.odoo.ca_bundle) if cfg.odoo.ca_bundle else None,
        allow_http=bool(cfg.odoo.allow_http),
    )


def check_setup(ctx: DoctorContext) -> Iterator[Finding]:
    """Is this PC set up, and is the Odoo address one the key may be sent to?"""
    target = resolve_target(ctx)
    if target is None:
        return
    names = {
        "url": "odoo.url",
        "database": "odoo.database",
        "login": "odoo.login",
        "warehouse_code": "store.warehouse_code",
    }
    complete = True
    for field, option in names.items():
        if not getattr(target, field):
            complete = False
            yield Finding(
                Status.FAIL,
                "setup",
                msg("{option} is empty: this PC is not set up", option=option),
                SETUP_ADVICE,
            )
    if target.url:
        yield from _address_findings(target)
    parts = urlsplit(target.url)
    if complete and parts.scheme in ("http", "https") and parts.hostname:
        ctx.facts["target"] = target


def _address_findings(target: Target) -> Iterator[Finding]:
    parts = urlsplit(target.url)
    where = msg(
        "{url}, database {database}, login {login}",
        url=target.url,
        database=target.database,
        login=target.login,
    )
    if parts.scheme not in ("http", "https") or not parts.hostname:
        yield Finding(
            Status.FAIL,
            "setup",
            msg("odoo.url {url} is not a web address", url=repr(target.url)),
            msg("Give the Odoo server's https:// address, e.g. https://erp.example.com."),
        )
    elif parts.scheme == "https":
        yield Finding(Status.OK, "setup", msg("https address {where}", where=where))
    elif target.allow_http:
        yield Finding(
            Status.WARN,
            "setup",
            msg(
                "http:// address {where}, allowed by odoo.allow_http: the device key and the "
                "store's data travel in clear text",
                where=where,
            ),
            msg("Use the https:// address outside a test network."),
        )
    else:
        yield Finding(
            Status.FAIL,
            "setup",
            msg("http:// address {where}: the device key would travel unencrypted", where=where),
            msg(
                "Use the https:// address; for a test server on a local network only, set "
                "odoo.allow_http = true."
            ),
        )


def check_returns_policy(ctx: DoctorContext) -> Iterator[Finding]:
    """The policy file IT named, read and checked the way the app reads it."""
    from storeapp.core.policy import PolicyError, load_policy
    from storeapp.core.textfiles import read_text

    if ctx.cfg is None:
        return
    path = ctx.cfg.returns.policy_file
    if path is None:
        yield Finding(
            Status.OK,
            "policy",
            msg("returns.policy_file not set: the policy from Odoo, else the sample"),
        )
        return
    advice = msg(
        "Correct the file (storeapp policy check {path} lists every problem).", path=str(path)
    )
    try:
        policy = load_policy(read_text(path), source=str(path))
    except (OSError, UnicodeDecodeError) as exc:
        yield Finding(
            Status.FAIL,
            "policy",
            msg("{path} cannot be read as UTF-8 text: {error}", path=str(path), error=str(exc)),
            advice,
        )
    except PolicyError as error:
        for problem in error.problems:
            said = msg("{path}: {problem}", path=str(path), problem=problem.said())
            yield Finding(Status.FAIL, "policy", said, advice)
    else:
        yield Finding(
            Status.OK,
            "policy",
            msg(
                "returns policy {version} from {path}",
                version=policy.policy_version,
                path=str(path),
            ),
        )


def check_device_key(ctx: DoctorContext) -> Iterator[Finding]:
    """A key for this account in this user's keyring (its value is never shown)."""
    from storeapp.sync.credentials import CredentialStore
    from storeapp.sync.errors import CredentialsMissing

    target: Target | None = ctx.facts.get("target")
    if target is None:
        return
    try:
        secret = CredentialStore().get(target.url, target.database, target.login)
    except CredentialsMissing as exc:
        yield Finding(
            Status.FAIL, "key", msg("the device key cannot be read: {error}", error=str(exc))
        )
        return
    if not secret:
        yield Finding(
            Status.FAIL,
            "key",
            msg(
                "no Odoo key is stored for {login} ({database} on {url}) in this user's keyring; "
                "Odoo is not checked",
                login=target.login,
                database=target.database,
                url=target.url,
            ),
            msg(
                "As this PC's user (not root or Administrator): {command}",
                command=f"storeapp provision --only credential --url {target.url} "
                f"--db {target.database} --store {target.warehouse_code} --login {target.login}",
            ),
        )
        return
    ctx.facts["secret"] = secret
    yield Finding(
        Status.OK,
        "key",
        msg("a device key for {login} is stored in the keyring", login=target.login),
    )


_LEVELS = {"ok": Status.OK, "info": Status.OK, "warn": Status.WARN, "error": Status.FAIL}


def check_odoo(ctx: DoctorContext) -> Iterator[Finding]:
    """Live: Odoo reachable, its version supported, the database there, the key accepted, the
    device user's rights for this version and its e-mail address, the click-and-collect carriers,
    the store's warehouse and the sign-in mode's right. The same probe as Test connection in
    Device setup, so both always agree."""
    from storeapp.sync.gateway import GatewaySettings
    from storeapp.ui.setup.probe import probe

    target: Target | None = ctx.facts.get("target")
    secret = ctx.facts.get("secret")
    if target is None or not secret or ctx.cfg is None:
        return
    connection = GatewaySettings.from_config(ctx.cfg)
    report = probe(target.url, target.database, target.login, secret, connection=connection)
    for level, text in report.findings:
        yield Finding(_LEVELS.get(level, Status.WARN), "odoo", text)
    if report.uid is None:
        return
    yield from _warehouse_findings(target, report)
    if target.identity_mode == "odoo_badges" and report.rights and not report.rights.hr_officer:
        yield Finding(
            Status.FAIL,
            "odoo",
            msg(
                "identity.mode = odoo_badges needs the Employees / Officer right for the device "
                "user, which it does not have: nobody could sign in"
            ),
            msg("Give it that right in Odoo, or set identity.mode = local_enrollment."),
        )


def _warehouse_findings(target: Target, report: ProbeReport) -> Iterator[Finding]:
    by_code = {w.code: w for w in report.warehouses}
    found = by_code.get(target.warehouse_code)
    if found is not None:
        yield Finding(
            Status.OK, "odoo", msg("warehouse {code} ({name})", code=found.code, name=found.name)
        )
        return
    if report.warehouses:
        codes = ", ".join(sorted(c for c in by_code if c))
        yield Finding(
            Status.FAIL,
            "odoo",
            msg(
                "Odoo has no warehouse with the code {code} (it has: {codes})",
                code=target.warehouse_code,
                codes=codes,
            ),
            msg("Correct store.warehouse_code (storeapp provision --store CODE)."),
        )
