"""In-memory tables with an undo log, so that each RPC is one all-or-nothing transaction.

Every change goes through :meth:`Database.insert`, :meth:`Database.update` or
:meth:`Database.delete`. Inside a transaction each of them records how to undo itself; a rollback
replays the undo log backwards. Many2one columns are indexed (value -> ids) because the stock
workflows and one2many reads look children up by parent constantly, and each table can keep a
``(write_date, id)``-sorted index so incremental sync pages never re-sort the whole table.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


class Table:
    """Rows of one model: ``rows[id] -> {field: stored value}`` plus secondary indexes."""

    def __init__(self, name: str, indexed: tuple[str, ...] = ()):
        self.name = name
        self.rows: dict[int, dict] = {}
        self.next_id = 1
        self.indexed = indexed
        self.indexes: dict[str, dict] = {fname: {} for fname in indexed}
        # (write_date, id) pairs in order; None until first needed, then kept up to date.
        self._by_write_date: list[tuple[str, int]] | None = None

    # -- index maintenance ----------------------------------------------------------------------
    def _index_add(self, rid: int, row: dict) -> None:
        for fname in self.indexed:
            value = row.get(fname) or False
            if value:
                self.indexes[fname].setdefault(value, set()).add(rid)

    def _index_remove(self, rid: int, row: dict) -> None:
        for fname in self.indexed:
            value = row.get(fname) or False
            if value:
                bucket = self.indexes[fname].get(value)
                if bucket is not None:
                    bucket.discard(rid)
                    if not bucket:
                        del self.indexes[fname][value]

    def ids_where(self, fname: str, value) -> set[int]:
        """Ids whose indexed many2one ``fname`` equals ``value`` (a live set: copy before mutating)."""
        return self.indexes[fname].get(value, set())

    def by_write_date(self) -> list[tuple[str, int]]:
        if self._by_write_date is None:
            self._by_write_date = sorted(
                (row.get("write_date") or "", rid) for rid, row in self.rows.items()
            )
        return self._by_write_date

    def _wd_remove(self, rid: int, write_date) -> None:
        if self._by_write_date is not None:
            key = (write_date or "", rid)
            pos = bisect.bisect_left(self._by_write_date, key)
            if pos < len(self._by_write_date) and self._by_write_date[pos] == key:
                del self._by_write_date[pos]

    def _wd_add(self, rid: int, write_date) -> None:
        if self._by_write_date is not None:
            bisect.insort(self._by_write_date, (write_date or "", rid))


@dataclass
class Transaction:
    """One RPC's unit of work: its start time and how to undo what it did."""

    now: str
    undo: list = field(default_factory=list)
    # Seeding runs without an undo log: nothing to roll back and much less memory.
    logging: bool = True
    touched: set = field(default_factory=set)
    after_commit: list = field(default_factory=list)
    # Quants whose quantity changed: candidates for Odoo's zero-quant clean-up at commit.
    quants: set = field(default_factory=set)


class Database:
    """All tables plus the counters that must roll back with them (sequences)."""

    def __init__(self):
        self.tables: dict[str, Table] = {}
        self.sequences: dict[str, int] = {}
        self.xmlids: dict[str, tuple[str, int]] = {}
        # SQL-view models that read another model's table (hr.employee.public -> hr.employee).
        self.aliases: dict[str, str] = {}
        self.version = 0
        self.tx: Transaction | None = None

    def add_table(self, name: str, indexed: tuple[str, ...]) -> Table:
        table = self.tables.get(name)
        if table is None:
            table = self.tables[name] = Table(name, indexed)
        return table

    def table(self, name: str) -> Table:
        return self.tables[self.aliases.get(name, name)]

    # -- transactions ---------------------------------------------------------------------------
    def begin(self, now: str, logging: bool = True) -> Transaction:
        self.tx = Transaction(now=now, logging=logging)
        return self.tx

    def commit(self) -> Transaction | None:
        tx, self.tx = self.tx, None
        return tx

    def rollback(self) -> None:
        tx, self.tx = self.tx, None
        if tx is None:
            return
        for action in reversed(tx.undo):
            action()
        self.version += 1

    def _log(self, action) -> None:
        if self.tx is not None and self.tx.logging:
            self.tx.undo.append(action)

    # -- row operations -------------------------------------------------------------------------
    def insert(self, model: str, row: dict, rid: int | None = None) -> int:
        model = self.aliases.get(model, model)
        table = self.tables[model]
        if rid is None:
            rid = table.next_id
        old_next = table.next_id
        table.next_id = max(table.next_id, rid + 1)
        table.rows[rid] = row
        table._index_add(rid, row)
        table._wd_add(rid, row.get("write_date"))
        self.version += 1
        if self.tx is not None:
            self.tx.touched.add(model)

            def undo():
                table._index_remove(rid, row)
                table._wd_remove(rid, row.get("write_date"))
                del table.rows[rid]
                table.next_id = old_next

            self._log(undo)
        return rid

    def update(self, model: str, rid: int, values: dict) -> None:
        model = self.aliases.get(model, model)
        table = self.tables[model]
        row = table.rows[rid]
        old = {key: row[key] for key in values if key in row}
        missing = [key for key in values if key not in row]
        reindex = any(key in table.indexes for key in values)
        wd_changed = "write_date" in values and values["write_date"] != row.get("write_date")
        if reindex:
            table._index_remove(rid, row)
        if wd_changed:
            table._wd_remove(rid, row.get("write_date"))
        row.update(values)
        if reindex:
            table._index_add(rid, row)
        if wd_changed:
            table._wd_add(rid, row.get("write_date"))
        self.version += 1
        if self.tx is not None:
            self.tx.touched.add(model)

            def undo():
                if reindex:
                    table._index_remove(rid, row)
                if wd_changed:
                    table._wd_remove(rid, row.get("write_date"))
                for key in missing:
                    row.pop(key, None)
                row.update(old)
                if reindex:
                    table._index_add(rid, row)
                if wd_changed:
                    table._wd_add(rid, row.get("write_date"))

            self._log(undo)

    def delete(self, model: str, rid: int) -> None:
        model = self.aliases.get(model, model)
        table = self.tables[model]
        row = table.rows.pop(rid, None)
        if row is None:
            return
        table._index_remove(rid, row)
        table._wd_remove(rid, row.get("write_date"))
        self.version += 1
        if self.tx is not None:
            self.tx.touched.add(model)

            def undo():
                table.rows[rid] = row
                table._index_add(rid, row)
                table._wd_add(rid, row.get("write_date"))

            self._log(undo)

    def next_sequence(self, code: str) -> int:
        value = self.sequences.get(code, 0) + 1
        previous = self.sequences.get(code)
        self.sequences[code] = value
        if self.tx is not None:

            def undo():
                if previous is None:
                    self.sequences.pop(code, None)
                else:
                    self.sequences[code] = previous

            self._log(undo)
        return value
