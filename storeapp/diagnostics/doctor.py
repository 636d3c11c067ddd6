"""`storeapp doctor`: checks this PC's setup and says, line by line, what is wrong and what to do.

Each check is a function taking a `DoctorContext` and yielding `Finding`s (OK, WARN or FAIL,
with what to do), all listed once in `CHECKS`, in the order they run: the configuration, the
setup and the Odoo address, the returns policy, the data folder, both databases, free disk, the
keyring and the device key, then — when a key is stored — Odoo itself (diagnostics/odoo_checks.py:
Test connection's probe, so rights, the device user's e-mail address and the click-and-collect
carriers are said the same way in both), what the synced cache says about carriers and the
returns policy's names (offline/store_checks.py), and the webhooks. A check that lives elsewhere is listed as a "module:function" string, imported
only when doctor runs, so `doctor` starts fast and a broken part cannot stop the other checks.
To add one, write the function and add one line to `CHECKS`.

Exit codes (`exit_code`): 0 everything OK, 1 at least one FAIL, 2 warnings only. Doctor never
changes anything: it opens the databases read-only and never migrates them.
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

from storeapp import config as config_module
from storeapp.config import SECRET_WORDS, Config, ConfigError
from storeapp.core.text import Message, msg, translatable
from storeapp.core.wording import plural

FREE_DISK_FAIL = 200 * 1024 * 1024
FREE_DISK_WARN = 1024 * 1024 * 1024


class Status(StrEnum):
    OK = "OK"
    WARN = "WARN"
    FAIL = "FAIL"


@dataclass(frozen=True)
class Finding:
    status: Status
    topic: str  # short: "config", "journal", "keyring", ...
    text: str  # what was found
    advice: str = ""  # what to do (for WARN and FAIL)


@dataclass
class DoctorContext:
    """What the checks share. `cfg` is None when the configuration could not be loaded."""

    env: Mapping[str, str]
    cfg: Config | None = None
    config_error: ConfigError | None = None
    data_dir: Path | None = None
    facts: dict[str, Any] = field(default_factory=dict)


Check = Callable[[DoctorContext], Iterable[Finding]]


def _hidden(name: str, value: Any) -> str:
    # Options are never secrets (the loader refuses credential keys); this guards against one
    # being declared by mistake. "max_pin_attempts" is about PINs, not one: only the last word.
    if name.lower().rsplit(".", 1)[-1].rsplit("_", 1)[-1] in SECRET_WORDS or name.lower().endswith(
        "api_key"
    ):
        return "(hidden)"
    if value in (None, "", []):
        return "(not set)"
    return str(value)


def check_config(ctx: DoctorContext) -> Iterator[Finding]:
    try:
        ctx.cfg = config_module.load_config(ctx.env)
    except ConfigError as exc:
        ctx.config_error = exc
        for problem in exc.problems:
            yield Finding(
                Status.FAIL,
                "config",
                problem.said(),
                msg("Correct the configuration (IT), then run storeapp doctor again."),
            )
        return
    cfg = ctx.cfg
    if cfg.machine_file_found:
        yield Finding(Status.OK, "config", msg("machine file {path}", path=str(cfg.machine_file)))
    else:
        yield Finding(
            Status.OK,
            "config",
            msg("no machine file at {path}: built-in defaults in use", path=str(cfg.machine_file)),
        )
    for option, value, source in cfg.items():
        yield Finding(
            Status.OK, "config", f"{option.name} = {_hidden(option.name, value)}  [{source}]"
        )


def check_data_folder(ctx: DoctorContext) -> Iterator[Finding]:
    from storeapp.offline.db import StorageError, ensure_local_folder

    data_dir, source = (
        (ctx.cfg.data_dir, ctx.cfg.data_dir_source)
        if ctx.cfg
        else config_module.data_dir_path(ctx.env)
    )
    ctx.data_dir = data_dir
    try:
        ensure_local_folder(data_dir)
    except StorageError as exc:
        yield Finding(Status.FAIL, "data", str(exc))
        return
    if not data_dir.exists():
        yield Finding(
            Status.OK,
            "data",
            msg(
                "data folder {path} [{source}] will be created at first start",
                path=str(data_dir),
                source=source,
            ),
        )
        return
    try:
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".doctor-"):
            pass
    except OSError as exc:
        yield Finding(
            Status.FAIL,
            "data",
            msg(
                "data folder {path} cannot be written ({why})",
                path=str(data_dir),
                why=exc.strerror or str(exc),
            ),
            msg(
                "Give this Windows/Linux user write access to the folder, or set STOREAPP_DATA_DIR."
            ),
        )
        return
    yield Finding(
        Status.OK,
        "data",
        msg(
            "data folder {path} [{source}], writable, local disk", path=str(data_dir), source=source
        ),
    )


def check_free_disk(ctx: DoctorContext) -> Iterator[Finding]:
    if ctx.data_dir is None:
        return
    probe = ctx.data_dir
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    free = shutil.disk_usage(probe).free
    text = msg("{gb} GB free on the data folder's disk", gb=round(free / 1024**3, 1))
    if free < FREE_DISK_FAIL:
        yield Finding(Status.FAIL, "disk", text, msg("Free disk space now: saving work may fail."))
    elif free < FREE_DISK_WARN:
        yield Finding(Status.WARN, "disk", text, msg("Free some disk space soon."))
    else:
        yield Finding(Status.OK, "disk", text)


def _database_file(
    ctx: DoctorContext, name: str, topic: str, *, absent: str, damaged: tuple[Status, str, str]
) -> Generator[Finding, None, Path | None]:
    """The database `name` of the data folder when it exists and passes SQLite's quick check;
    else None, after yielding the finding that says why (an absent file is fine: it is made
    when needed). `damaged`: the status, the sentence (a `translatable` template with {path}
    and {problem}), what to do."""
    from storeapp.offline.db import quick_check

    if ctx.data_dir is None:
        return None
    path = ctx.data_dir / name
    if not path.exists():
        yield Finding(Status.OK, topic, absent)
        return None
    problem = quick_check(path)
    if problem != "ok":
        status, sentence, todo = damaged
        yield Finding(status, topic, Message(sentence, path=str(path), problem=problem), todo)
        return None
    return path


def check_journal(ctx: DoctorContext) -> Iterator[Finding]:
    from storeapp.offline import audit, migrate
    from storeapp.offline.journal import JOURNAL_FILE, JournalStore
    from storeapp.offline.journal_models import OpState
    from storeapp.offline.outbox import Outbox

    path = yield from _database_file(
        ctx,
        JOURNAL_FILE,
        "journal",
        absent=msg("no journal yet: it is created at first start"),
        damaged=(
            Status.FAIL,
            translatable("{path} is damaged ({problem}); storeapp will open it in safe mode"),
            msg(
                "Export the outbox (storeapp outbox export FILE) and contact IT. Do not delete it."
            ),
        ),
    )
    if path is None:
        return
    try:
        journal = JournalStore.open_read_only(path.parent)
    except sqlite3.Error as exc:
        yield Finding(
            Status.FAIL,
            "journal",
            msg("{path} cannot be read: {error}", path=str(path), error=str(exc)),
            msg("Contact IT."),
        )
        return
    try:
        head = migrate.head_revision()
        rev = journal.revision
        if rev == head:
            yield Finding(
                Status.OK,
                "journal",
                msg("{path}: intact, schema {rev} (current)", path=str(path), rev=str(rev)),
            )
        elif rev is not None and migrate.is_known(rev):
            yield Finding(
                Status.WARN,
                "journal",
                msg(
                    "{path}: intact, schema {rev}; it will be upgraded to {head} at next start",
                    path=str(path),
                    rev=str(rev),
                    head=str(head),
                ),
                msg("Nothing to do: a backup copy is made before the upgrade."),
            )
        else:
            yield Finding(
                Status.FAIL,
                "journal",
                msg(
                    "{path}: schema {rev} is from a newer storeapp (this one knows {head})",
                    path=str(path),
                    rev=str(rev),
                    head=str(head),
                ),
                msg("Install the newer storeapp version again."),
            )
            return
        counts = Outbox(journal).counts_by_state()
        waiting = sum(counts[s] for s in (OpState.QUEUED, OpState.SENDING, OpState.FAILED))
        parked = counts[OpState.PARKED]
        approval = counts[OpState.PENDING_APPROVAL]
        text = msg(
            "outbox: {waiting} waiting for Odoo, {parked} parked, {approval} awaiting approval",
            waiting=waiting,
            parked=parked,
            approval=approval,
        )
        if parked:
            yield Finding(
                Status.WARN,
                "outbox",
                text,
                msg("A manager should resolve parked ops (Sync & outbox)."),
            )
        else:
            yield Finding(Status.OK, "outbox", text)
        chain = audit.verify(journal)
        if chain.ok:
            yield Finding(
                Status.OK, "audit", msg("audit chain intact ({n} entries)", n=chain.entries)
            )
        else:
            where = (
                msg(
                    "audit chain broken at entry {seq}: {problem}",
                    seq=chain.first_bad_seq,
                    problem=chain.problem,
                )
                if chain.first_bad_seq is not None
                else msg(
                    "audit chain intact, but {problem} (storeapp audit verify lists them)",
                    problem=chain.problem,
                )
            )
            yield Finding(
                Status.FAIL,
                "audit",
                where,
                msg("The journal was changed outside storeapp. Keep the file and contact IT."),
            )
    finally:
        journal.close()


def check_cache(ctx: DoctorContext) -> Iterator[Finding]:
    from storeapp.offline.cache import CACHE_FILE, recorded_schema_version
    from storeapp.offline.cache_models import CACHE_SCHEMA_VERSION

    path = yield from _database_file(
        ctx,
        CACHE_FILE,
        "cache",
        absent=msg("no local copy of Odoo data yet: first sync fills it"),
        damaged=(
            Status.WARN,
            translatable("{path} is damaged ({problem})"),
            msg("Nothing to do: it is set aside and rebuilt from Odoo at next start."),
        ),
    )
    if path is None:
        return
    version = recorded_schema_version(path)
    if version != CACHE_SCHEMA_VERSION:
        yield Finding(
            Status.WARN,
            "cache",
            msg(
                "{path}: schema {version}, this storeapp uses {current}",
                path=str(path),
                version=str(version),
                current=str(CACHE_SCHEMA_VERSION),
            ),
            msg("Nothing to do: it is rebuilt from Odoo at next start (needs a connection)."),
        )
        return
    yield Finding(
        Status.OK,
        "cache",
        msg("{path}: intact, schema {version}", path=str(path), version=str(version)),
    )


def check_rows_set_aside(ctx: DoctorContext) -> Iterator[Finding]:
    """Rows from Odoo the cache could not store (the rest of the sync went on)."""
    from storeapp.offline.cache import CACHE_FILE
    from storeapp.offline.rows_set_aside import set_aside_summary

    if ctx.data_dir is None:
        return
    count, lines = set_aside_summary(ctx.data_dir / CACHE_FILE)
    if count == 0:
        yield Finding(Status.OK, "odoo rows", msg("every row received from Odoo was stored"))
        return
    yield Finding(
        Status.WARN,
        "odoo rows",
        msg(
            "{count} row(s) from Odoo could not be stored and were set aside: {rows}",
            count=count,
            rows="; ".join(lines),
        ),
        msg("Fix these records in Odoo (the reason says which field); the next sync stores them."),
    )


_KEYRING_ADVICE = translatable(
    {
        "win32": "Windows Credential Manager should always be there: check the user profile.",
        "darwin": "Unlock the login keychain (Keychain Access), then try again.",
    }
)
_LINUX_KEYRING_ADVICE = translatable(
    "install/enable Secret Service (gnome-keyring or KWallet) for this user's desktop session, "
    "or ask IT"
)


def check_keyring(ctx: DoctorContext) -> Iterator[Finding]:
    import sys

    import keyring
    from keyring.backends import fail

    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration file, a backend import error
        yield Finding(
            Status.FAIL,
            "keyring",
            msg("keyring cannot start: {error}", error=str(exc)),
            msg("Ask IT."),
        )
        return
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    advice = _KEYRING_ADVICE.get(sys.platform, _LINUX_KEYRING_ADVICE)
    if isinstance(backend, fail.Keyring) or "null" in name.lower():
        yield Finding(
            Status.FAIL,
            "keyring",
            msg("no keyring backend: {advice}", advice=advice),
            msg("The Odoo key of this PC can only be kept in a system keyring, never in a file."),
        )
    elif "plaintext" in name.lower() or "keyrings.alt" in name:
        yield Finding(
            Status.FAIL,
            "keyring",
            msg("keyring backend {name} keeps secrets in a plain file", name=name),
            msg("Remove keyrings.alt and {advice}.", advice=advice),
        )
    else:
        yield Finding(Status.OK, "keyring", msg("keyring backend {name}", name=name))


_ODOO = "storeapp.diagnostics.odoo_checks"

# Every check, in the order it runs (later checks read what earlier ones left in ctx).
CHECKS: list[Check | str] = [
    check_config,
    check_data_folder,
    f"{_ODOO}:check_setup",
    f"{_ODOO}:check_returns_policy",
    check_free_disk,
    check_journal,
    check_cache,
    check_rows_set_aside,
    check_keyring,
    f"{_ODOO}:check_device_key",
    f"{_ODOO}:check_odoo",
    "storeapp.offline.store_checks:doctor_check",
    "storeapp.sync.webhooks:doctor_check",
]


def _load(spec: str) -> Check:
    module, _, function = spec.partition(":")
    check: Check = getattr(importlib.import_module(module), function)  # named in CHECKS
    return check


def run_checks(
    env: Mapping[str, str] | None = None, extra: Iterable[str | Check] = ()
) -> list[Finding]:
    """Run every check in order; a check that crashes becomes a FAIL line, never a traceback."""
    ctx = DoctorContext(env=os.environ if env is None else env)
    findings: list[Finding] = []
    for check in [*CHECKS, *extra]:
        name = check if isinstance(check, str) else getattr(check, "__name__", repr(check))
        try:
            function = _load(check) if isinstance(check, str) else check
            findings.extend(function(ctx))
        except Exception as exc:
            findings.append(
                Finding(
                    Status.FAIL,
                    "doctor",
                    msg(
                        "the check {name} could not run: {error}",
                        name=name,
                        error=f"{type(exc).__name__}: {exc}",
                    ),
                    msg("Report this line to IT."),
                )
            )
    return findings


def exit_code(findings: Iterable[Finding]) -> int:
    """0 when everything is OK, 1 when anything failed, 2 when there are warnings only."""
    statuses = {f.status for f in findings}
    if Status.FAIL in statuses:
        return 1
    return 2 if Status.WARN in statuses else 0


def print_findings(
    findings: Iterable[Finding], out: TextIO, say: Callable[[str], str] = str
) -> int:
    """Print one line per finding (advice indented below); returns the exit code. `say` puts
    each text into the reader's language (the command line passes the system locale's; the
    status words and topics stay as they are, for people and scripts grepping them)."""
    findings = list(findings)
    for finding in findings:
        out.write(f"{finding.status.value:<5} {finding.topic:<8} {say(finding.text)}\n")
        if finding.advice and finding.status is not Status.OK:
            out.write(f"{'':<14}-> {say(finding.advice)}\n")
    fails = sum(f.status is Status.FAIL for f in findings)
    warns = sum(f.status is Status.WARN for f in findings)
    total = msg(
        "{problems}, {warnings}.",
        problems=plural(fails, "problem"),
        warnings=plural(warns, "warning"),
    )
    out.write(f"\n{say(total)}\n")
    return exit_code(findings)


def print_json(findings: Iterable[Finding], out: TextIO) -> int:
    """The findings as one JSON document for MDM tools; returns the exit code."""
    findings = list(findings)
    code = exit_code(findings)
    document = {
        "exit_code": code,
        "problems": sum(f.status is Status.FAIL for f in findings),
        "warnings": sum(f.status is Status.WARN for f in findings),
        "findings": [
            {"status": f.status.value, "topic": f.topic, "text": f.text, "advice": f.advice}
            for f in findings
        ],
    }
    out.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    return code
