"""Keeping the database between runs: a JSON snapshot written atomically (temp file + rename).

Writes are debounced: a committed write call schedules a save a moment later, so a burst of
calls costs one write, and a crash can lose at most that moment, never tear the file.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading

# 2: user e-mail kept on the partner (chatter needs it), lots and serials seeded in bins; a
# state file of format 1 is rebuilt from the seed instead of loaded.
FORMAT = 2
_timers: dict[int, threading.Timer] = {}
_guard = threading.Lock()


def snapshot(sim) -> dict:
    db = sim.server.db
    return {
        "format": FORMAT,
        "seed": sim.seed,
        "db_name": sim.db_name,
        "facts": dict(sim.facts),
        "sequences": db.sequences,
        "xmlids": {k: list(v) for k, v in db.xmlids.items()},
        "credentials": {str(uid): creds for uid, creds in sim.server.credentials.items()},
        "tables": {
            name: {
                "next_id": table.next_id,
                "rows": {str(rid): row for rid, row in table.rows.items()},
            }
            for name, table in db.tables.items()
        },
        "ledger": [entry.to_json() for entry in sim.ledger.entries()],
    }


def save(sim, path) -> None:
    with sim.server.lock:
        data = json.dumps(snapshot(sim), ensure_ascii=False, separators=(",", ":"))
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".odoosim-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def schedule_save(sim, path, delay: float = 0.2) -> None:
    with _guard:
        if id(sim) in _timers:
            return
        timer = threading.Timer(delay, _run_save, args=(sim, path))
        timer.daemon = True
        _timers[id(sim)] = timer
        timer.start()


def _run_save(sim, path) -> None:
    with _guard:
        _timers.pop(id(sim), None)
    save(sim, path)


def flush(sim, path) -> None:
    """Write now if a save is pending (called on stop)."""
    with _guard:
        timer = _timers.pop(id(sim), None)
    if timer is not None:
        timer.cancel()
        save(sim, path)


def load(sim, path) -> dict | None:
    """Restore a snapshot into ``sim``; None when there is no usable file."""
    if not path or not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    if data.get("format") != FORMAT:
        return None
    db = sim.server.db
    db.sequences = dict(data["sequences"])
    db.xmlids = {k: tuple(v) for k, v in data["xmlids"].items()}
    sim.server.credentials = {int(uid): creds for uid, creds in data["credentials"].items()}
    for name, stored in data["tables"].items():
        table = db.tables.get(name)
        if table is None:
            continue
        for rid, row in stored["rows"].items():
            db.insert(name, row, int(rid))
        table.next_id = stored["next_id"]
    sim.ledger.load(data.get("ledger", []))
    return data["facts"]
