"""Exporting the outbox to a JSON-lines file — also from a damaged journal.

The export opens the file read-only with plain `sqlite3` (no pragma, no recovery write), reads
ops in seq order, and when SQLite stops on a damaged page it skips ahead and carries on, so that
whatever can still be read reaches IT. What was skipped is reported, never hidden.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

log = logging.getLogger(__name__)

# When the highest seq cannot be read, probe this far past the last readable op.
_MAX_PROBES = 200_000


@dataclass
class ExportReport:
    """How an export went: ops written, and seq ranges that could not be read."""

    count: int = 0
    unreadable: list[tuple[int, int]] = field(default_factory=list)
    problem: str | None = None

    @property
    def complete(self) -> bool:
        return not self.unreadable and self.problem is None


def _row_to_json(columns: list[str], row: tuple[Any, ...]) -> str:
    record = dict(zip(columns, row, strict=True))
    for key in ("payload", "result"):
        text = record.get(key)
        if isinstance(text, str):
            try:
                record[key] = json.loads(text)
            except ValueError:
                pass  # keep the raw text: a damaged value is still evidence
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def _probe_past_damage(
    conn: sqlite3.Connection, last: int, limit: int, out: TextIO, report: ExportReport
) -> int:
    """Read ops one seq at a time after `last` until one is readable again (a point lookup
    only touches the pages on its own path, so it gets past a damaged leaf). Unreadable seqs
    are added to the report; returns the seq to resume the ordinary scan after."""
    seq = last
    while seq < limit:
        seq += 1
        try:
            cursor = conn.execute("SELECT * FROM op WHERE seq = ?", (seq,))
            row = cursor.fetchone()
        except sqlite3.Error:
            if report.unreadable and report.unreadable[-1][1] == seq - 1:
                report.unreadable[-1] = (report.unreadable[-1][0], seq)
            else:
                report.unreadable.append((seq, seq))
            continue
        if row is not None:
            columns = [d[0] for d in cursor.description]
            out.write(_row_to_json(columns, row) + "\n")
            report.count += 1
            break
    if report.unreadable:
        lo, hi = report.unreadable[-1]
        log.warning("outbox export: ops %s..%s unreadable", lo, hi)
    return seq


def export_ops(journal_path: Path, target: Path) -> ExportReport:
    """Write every readable op of `journal_path` to `target` (JSON lines, seq order)."""
    report = ExportReport()
    uri = Path(journal_path).resolve().as_uri() + "?mode=ro"
    partial = target.with_name(target.name + ".partial")
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        report.problem = f"cannot open the journal: {exc}"
        log.error("outbox export: %s", report.problem)
        partial.write_text("", encoding="utf-8")
        partial.replace(target)
        return report
    try:
        try:
            highest = conn.execute("SELECT max(seq) FROM op").fetchone()[0] or 0
        except sqlite3.Error:
            highest = None
        with partial.open("w", encoding="utf-8") as out:
            last = 0
            while True:
                try:
                    cursor = conn.execute("SELECT * FROM op WHERE seq > ? ORDER BY seq", (last,))
                    columns = [d[0] for d in cursor.description]
                    for row in cursor:
                        out.write(_row_to_json(columns, row) + "\n")
                        report.count += 1
                        last = row[0]
                    break
                except sqlite3.Error as exc:
                    if "malformed" not in str(exc):  # not a damaged page: nothing to skip
                        report.problem = str(exc)
                        break
                    limit = highest if highest is not None else last + _MAX_PROBES
                    last = _probe_past_damage(conn, last, limit, out, report)
                    if last >= limit:
                        if not report.unreadable:
                            report.problem = str(exc)
                        break
            out.flush()
            os.fsync(out.fileno())
    finally:
        conn.close()
    partial.replace(target)
    log.info("outbox export: %s ops to %s", report.count, target)
    return report
