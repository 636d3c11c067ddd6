"""The limit of an initial sync: decode the same JSON answers and bulk-insert the same rows
into SQLite, with no RPC, no server and no per-row logic.

An initial sync cannot be faster than reading its answers and writing its rows. This module
records every HTTP answer body the gateway receives during a sync (to a file, so memory figures
stay the client's own), then measures, in the same run:

- `decode_s`: `json.loads` of every recorded body;
- `insert_s`: the rows the sync left in the cache, written again into a fresh cache (same
  schema, indexes and pragmas) with one `executemany` per table in one transaction;
- `floor_s`: the sum — the sync's time divided by it is how far the sync is from its limit.

Used by `python -m bench` (bench/__main__.py) around the initial sync of bench/sync.py.
"""

from __future__ import annotations

import json
import sqlite3
import struct
import threading
import time
from pathlib import Path
from typing import Any, BinaryIO

_LENGTH = struct.Struct("<I")
_SINK_LOCK = threading.Lock()


class RecordingOpener:
    """Wraps a gateway's HTTP opener and appends each answer body to a file (length-prefixed).

    Attribute reads and writes other than its own go to the wrapped opener, so the gateway's
    `retry_safe` switch and `stats` keep working."""

    _own = ("_inner", "_sink")

    def __init__(self, inner: Any, sink: BinaryIO) -> None:
        object.__setattr__(self, "_inner", inner)
        object.__setattr__(self, "_sink", sink)

    def open(self, request: Any, timeout: float | None = None) -> Any:
        body = self._inner.open(request, timeout)
        data = body.getvalue()
        # The first sync reads over two connections: one answer at a time into the file.
        with _SINK_LOCK:
            if not self._sink.closed:  # recording ends when the caller closes the file
                self._sink.write(_LENGTH.pack(len(data)) + data)
        return body

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in self._own:
            object.__setattr__(self, name, value)
        else:
            setattr(self._inner, name, value)


def record_answers(gateway: Any, path: Path) -> BinaryIO:
    """From the gateway's next login on, its openers (and those of its siblings: a first
    sync's second connection) record every answer to `path` (call it before `connect()`).
    Returns the open file; closing it ends the recording."""
    sink = path.open("wb")
    _record_into(gateway, sink)
    make_sibling = gateway.sibling

    def recording_sibling() -> Any:
        other = make_sibling()
        _record_into(other, sink)
        return other

    gateway.sibling = recording_sibling
    return sink


def _record_into(gateway: Any, sink: BinaryIO) -> None:
    make = gateway._new_opener  # the gateway builds a new opener at each login
    gateway._new_opener = lambda: RecordingOpener(make(), sink)


def read_answers(path: Path) -> list[bytes]:
    bodies = []
    with path.open("rb") as f:
        while header := f.read(_LENGTH.size):
            (size,) = _LENGTH.unpack(header)
            bodies.append(f.read(size))
    return bodies


def cached_rows(cache_file: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every row of every table of a cache file: {table: (columns, rows)}."""
    conn = sqlite3.connect(f"{cache_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        out = {}
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            columns = [d[0] for d in cursor.description]
            out[table] = (columns, cursor.fetchall())
        return out
    finally:
        conn.close()


def measure(answers_file: Path, cache_file: Path, work: Path) -> dict[str, float]:
    """Decode the recorded answers, then insert the cache's rows into a fresh cache in `work`."""
    from storeapp.offline.cache import CacheStore

    bodies = read_answers(answers_file)
    started = time.perf_counter()
    for body in bodies:
        json.loads(body)
    decode_s = time.perf_counter() - started

    tables = cached_rows(cache_file)
    fresh = CacheStore.open(work)
    raw = fresh.engine.raw_connection()
    try:
        conn = raw.driver_connection
        # Left empty by a new cache except for its own bookkeeping, which the copy replaces.
        conn.execute("BEGIN IMMEDIATE")
        for table in tables:
            conn.execute(f'DELETE FROM "{table}"')
        conn.commit()
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        rows = 0
        for table, (columns, values) in tables.items():
            if not values:
                continue
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" * len(columns))
            conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', values)
            rows += len(values)
        conn.commit()
        insert_s = time.perf_counter() - started
    finally:
        raw.close()
        fresh.close()
    return {
        "answers": len(bodies),
        "answer_mb": sum(len(b) for b in bodies) / 1e6,
        "rows": rows,
        "decode_s": decode_s,
        "insert_s": insert_s,
        "floor_s": decode_s + insert_s,
    }
