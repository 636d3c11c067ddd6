"""Rows from Odoo that the cache could not store, kept with their model, id and reason.

A pull stores what it can and sets the rest aside (a product with text where a price should
be, a many2one sent as text): one bad record must not stop every sync of the store. The list
lives in `cache_meta` (key `rows_set_aside`, newest last, at most KEPT entries), written in the
same transaction as the page it came from; a row stored fine later leaves the list. Doctor and
the support bundle read it with `read_set_aside` / `set_aside_summary`, without opening the
cache for writing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

KEY = "rows_set_aside"
KEPT = 200


def _load(raw: str | None) -> list[dict[str, Any]]:
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [e for e in value if isinstance(e, dict)] if isinstance(value, list) else []


def update_set_aside(
    conn: Connection,
    model: str,
    aside: list[dict[str, Any]],
    stored_ids: Iterable[int],
    at: str,
) -> None:
    """Record this page's rows set aside and forget the ones of `model` now stored fine."""
    raw = conn.execute(text("SELECT value FROM cache_meta WHERE key = :k"), {"k": KEY}).scalar()
    entries = _load(raw)
    if not entries and not aside:
        return
    fixed = set(stored_ids)
    new_keys = {(model, e.get("id")) for e in aside}
    entries = [
        e
        for e in entries
        if not (
            e.get("model") == model and (e.get("id") in fixed or (model, e.get("id")) in new_keys)
        )
    ]
    entries += [{"model": model, "id": e.get("id"), "reason": e["reason"], "at": at} for e in aside]
    conn.execute(
        text(
            "INSERT INTO cache_meta (key, value) VALUES (:k, :v) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        ),
        {"k": KEY, "v": json.dumps(entries[-KEPT:], ensure_ascii=False)},
    )


def read_set_aside(cache_path: Path) -> list[dict[str, Any]]:
    """The rows set aside, read-only (an absent or unreadable cache has none)."""
    if not cache_path.exists():
        return []
    try:
        conn = sqlite3.connect(cache_path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM cache_meta WHERE key = ?", (KEY,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return []
    return _load(row[0] if row else None)


def set_aside_summary(cache_path: Path, limit: int = 5) -> tuple[int, list[str]]:
    """How many rows are set aside, and the first `limit` as "model #id: reason" lines."""
    entries = read_set_aside(cache_path)
    lines = [f"{e.get('model')} #{e.get('id')}: {e.get('reason')}" for e in entries[:limit]]
    return len(entries), lines
