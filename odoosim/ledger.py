"""The ledger: every committed business effect, with the RPC that caused it.

Tests use it to prove exactly-once delivery: each storeapp operation must appear once, however
many times the network made the client retry.
"""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class LedgerEntry:
    """One committed effect. ``kind`` is e.g. ``move.done``; ``rpc`` names the causing call."""

    seq: int
    kind: str
    model: str
    res_id: int
    data: dict
    rpc: str
    at: str

    def to_json(self) -> dict:
        return asdict(self)


class Ledger:
    """Append-only, thread-safe list of :class:`LedgerEntry`; effects of a rolled-back call never
    reach it because entries are buffered until commit."""

    def __init__(self):
        self._entries: list[LedgerEntry] = []
        self._lock = threading.Lock()

    def append_many(self, pending: list[tuple[str, str, int, dict]], rpc: str, at: str) -> None:
        with self._lock:
            for kind, model, res_id, data in pending:
                self._entries.append(
                    LedgerEntry(len(self._entries) + 1, kind, model, res_id, data, rpc, at)
                )

    def entries(self, kind: str | None = None) -> list[LedgerEntry]:
        with self._lock:
            return [e for e in self._entries if kind is None or e.kind == kind]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def load(self, rows: list[dict]) -> None:
        with self._lock:
            self._entries = [LedgerEntry(**row) for row in rows]
