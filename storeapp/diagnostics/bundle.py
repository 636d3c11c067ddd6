"""Support bundle: one zip file IT can send to support, with nothing secret or personal in it.

Contains the log files and crash reports (redacted again, in case an older version wrote
something it should not have), doctor's findings (which include every configuration option with
its source; secrets are never configuration), versions, the outbox's shape (states, kinds,
aggregates, reasons; the parked and failed ops) and database statistics (sizes, rows per table,
webhook queue by state) — never op payloads, never the databases themselves, never keyring
contents.
"""

from __future__ import annotations

import io
import json
import platform
import re
import sqlite3
import sys
import zipfile
from collections.abc import Mapping
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text as sqlalchemy_text

from storeapp import __version__
from storeapp.core.text import msg
from storeapp.diagnostics.doctor import print_findings, run_checks
from storeapp.diagnostics.redact import redact
from storeapp.offline.cache import CACHE_FILE
from storeapp.offline.rows_set_aside import read_set_aside

if TYPE_CHECKING:
    from storeapp.offline.device_setup import DeviceSetup

MAX_LOG_BYTES = 5 * 1024 * 1024  # newest content kept per file (one rotated log is 5 MB)


def _versions() -> dict[str, str]:
    found = {
        "storeapp": __version__,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "sqlite": sqlite3.sqlite_version,
    }
    for dist in ("PySide6-Essentials", "SQLAlchemy", "alembic", "odoorpc", "keyring", "qasync"):
        try:
            found[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            found[dist] = "not installed"
    return found


def _outbox_shape(data_dir: Path) -> dict[str, object]:
    from storeapp.offline.db import quick_check
    from storeapp.offline.journal import JOURNAL_FILE, JournalStore
    from storeapp.offline.journal_models import OpState
    from storeapp.offline.outbox import Outbox

    path = data_dir / JOURNAL_FILE
    if not path.is_file():
        return {"journal": "absent"}
    check = quick_check(path)
    if check != "ok":
        return {"journal": f"damaged: {check}"}
    journal = JournalStore.open_read_only(data_dir)
    try:
        box = Outbox(journal)
        oldest = box.oldest_pending_created_at()
        unfinished = box.list(states=[OpState.PARKED, OpState.FAILED, OpState.SENDING], limit=200)
        return {
            "journal": "intact",
            "schema": journal.revision,
            "counts": {state.value: n for state, n in box.counts_by_state().items()},
            "oldest_waiting": oldest.isoformat() if oldest else None,
            "unfinished": [
                {
                    "seq": op.seq,
                    "kind": op.kind,
                    "aggregate": op.aggregate,
                    "state": op.state.value,
                    "attempts": op.attempts,
                    "last_error": redact(op.last_error or ""),
                    "park_reason": redact(op.park_reason or ""),
                    "park_action": redact(op.park_action or ""),
                    "created_at": op.created_at.isoformat(),
                }
                for op in unfinished
            ],
        }
    finally:
        journal.close()


def _database_statistics(data_dir: Path) -> dict[str, object]:
    """Size and row count per table of each database, and the webhook queue by state — counts
    only, never a row's content. Opened read-only, so a bundle never changes the data."""
    stats: dict[str, object] = {}
    for name in ("journal.sqlite", "cache.sqlite"):
        path = data_dir / name
        if not path.is_file():
            stats[name] = "absent"
            continue
        entry: dict[str, object] = {"bytes": path.stat().st_size}
        wal = path.with_name(name + "-wal")
        if wal.is_file():
            entry["wal_bytes"] = wal.stat().st_size
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
            try:
                tables = [
                    row[0]
                    for row in conn.execute(
                        "SELECT name FROM sqlite_master WHERE type = 'table' "
                        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                    )
                ]
                entry["rows"] = {
                    t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables
                }
                if "webhook_delivery" in tables:
                    entry["webhooks"] = dict(
                        conn.execute(
                            "SELECT state, count(*) FROM webhook_delivery GROUP BY state"
                        ).fetchall()
                    )
            finally:
                conn.close()
        except sqlite3.Error as exc:
            entry["error"] = str(exc)
        stats[name] = entry
    return stats


CUSTOMER = "[customer]"


def _customer_names(data_dir: Path) -> dict[str, list[str]]:
    """Customer names this PC knows (cached partners, return records), indexed by their first
    word in lower case. Odoo's refusals and older logs can quote a customer by name, which no
    pattern recognises; the names themselves can be looked for."""
    names: set[str] = set()
    queries = (
        ("cache.sqlite", "SELECT name FROM partner"),
        (
            "journal.sqlite",
            "SELECT json_extract(data, '$.customer_name') FROM work_session "
            "WHERE kind = 'return' AND json_valid(data)",
        ),
    )
    for file_name, query in queries:
        path = data_dir / file_name
        if not path.is_file():
            continue
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
            try:
                names.update(row[0] for row in conn.execute(query) if row[0])
            finally:
                conn.close()
        except sqlite3.Error:
            continue  # a damaged or older database: the patterns of redact() still apply
    index: dict[str, list[str]] = {}
    for name in names:
        name = name.strip()
        words = re.findall(r"\w+", name)
        if len(name) >= 4 and words:
            index.setdefault(words[0].casefold(), []).append(name)
    for candidates in index.values():
        candidates.sort(key=len, reverse=True)  # "Ann Lee-Smith" before "Ann Lee"
    return index


def scrub_names(text: str, index: dict[str, list[str]]) -> str:
    """`text` with every known customer name replaced by "[customer]"."""
    if not index or not text:
        return text
    for word in {w.casefold() for w in re.findall(r"\w+", text)} & index.keys():
        for name in index[word]:
            text = re.sub(re.escape(name), CUSTOMER, text, flags=re.IGNORECASE)
    return text


def _tail(path: Path) -> str:
    with path.open("rb") as handle:
        size = path.stat().st_size
        if size > MAX_LOG_BYTES:
            handle.seek(size - MAX_LOG_BYTES)
        return handle.read().decode("utf-8", errors="replace")


class BundleRefused(Exception):
    """The bundle would have contained key or PIN material: nothing was written."""


def _device_key_places(setup: DeviceSetup, env: Mapping[str, str]) -> list[tuple[str, str, str]]:
    """(url, database, login) of the device key: from device setup and the machine file."""
    places = [(setup.url, setup.database, setup.login)]
    try:
        from storeapp.config import load_config

        odoo = load_config(env).odoo
        places.append((odoo.url, odoo.database, odoo.login))
    except Exception:  # a broken machine file is the doctor's finding, not ours
        pass
    return [p for p in places if all(p)]


def _secret_material(data_dir: Path, env: Mapping[str, str]) -> dict[str, str]:
    """What must never leave the PC, as text it could appear as -> what it is (for the
    refusal message; never the value): the device API key, the journal's integrity key and
    PIN pepper (OS keyring), and every stored PIN verifier (journal)."""
    import base64

    from storeapp.core.secret import known_secrets
    from storeapp.offline import device_setup
    from storeapp.offline.integrity import JournalKeys
    from storeapp.offline.journal import JOURNAL_FILE, JournalStore
    from storeapp.sync.credentials import CredentialStore
    from storeapp.sync.errors import CredentialsMissing

    found: dict[str, str] = {
        value: msg("a secret this program handled") for value in known_secrets()
    }
    if not (data_dir / JOURNAL_FILE).is_file():
        return found
    journal = JournalStore.open_read_only(data_dir)
    try:
        setup = device_setup.load(journal)
        device_id = journal.device_id
        with journal.read() as s:
            verifiers = [
                row[0]
                for row in s.execute(
                    sqlalchemy_text("SELECT pin_verifier FROM employee_credential")
                )
                if row[0]
            ]
    finally:
        journal.close()
    for verifier in verifiers:
        found[verifier] = msg("a PIN verifier")
        found[verifier.rsplit("$", 1)[-1]] = msg("a PIN verifier")
    for url, database, login in _device_key_places(setup, env):
        try:
            key = CredentialStore().get(url, database, login)
        except CredentialsMissing:
            key = None
        if key:
            found[str(key)] = msg("the device API key")
    if device_id:
        keys = JournalKeys(device_id)
        current = keys.current()
        pepper, _made = keys.pin_pepper(create=False)
        for secret, what in ((current.secret if current else None, msg("the journal key")),
                             (pepper, msg("the PIN pepper"))):  # fmt: skip
            if secret is not None:
                raw = secret.reveal()
                found[raw.hex()] = what
                found[base64.b64encode(raw).decode("ascii")] = what
    return {value: what for value, what in found.items() if len(value) >= 8}


def refuse_secrets(members: Mapping[str, str], material: Mapping[str, str]) -> None:
    """Raise BundleRefused when any member contains key or PIN material."""
    for name, text in members.items():
        for value, what in material.items():
            if value in text:
                raise BundleRefused(
                    msg(
                        "The support bundle was not written: {file} contains {what}. Nothing "
                        "left this PC. Tell IT: a log file holds something it must not.",
                        file=name,
                        what=what,
                    )
                )


def write_bundle(target: Path, data_dir: Path, env: Mapping[str, str]) -> list[str]:
    """Write the bundle to `target`; returns the names of the files in it. Its own content is
    scanned for key and PIN material first: `BundleRefused` and no file when any is found."""
    findings = run_checks(env)
    report = io.StringIO()
    print_findings(findings, report)
    members: dict[str, str] = {
        "doctor.txt": report.getvalue(),
        "versions.json": json.dumps(_versions(), indent=2),
        "outbox.json": json.dumps(_outbox_shape(data_dir), indent=2),
        "database.json": json.dumps(_database_statistics(data_dir), indent=2),
        "rows_set_aside.json": json.dumps(read_set_aside(data_dir / CACHE_FILE), indent=2),
        "created.txt": datetime.now(UTC).isoformat(timespec="seconds") + "\n",
    }
    logs = data_dir / "logs"
    if logs.is_dir():
        patterns = ("storeapp.log*", "reported-crash-*.txt", "crash-*.txt")
        for pattern in patterns:
            for path in sorted(logs.glob(pattern)):
                if path.is_file():
                    members[f"logs/{path.name}"] = redact(_tail(path))
    names = _customer_names(data_dir)
    members = {member: scrub_names(text, names) for member, text in members.items()}
    refuse_secrets(members, _secret_material(data_dir, env))
    partial = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        for name, text in members.items():
            bundle.writestr(name, text)
    partial.replace(target)
    return list(members)
