"""Product costs: read for the products a count needs, not mirrored for the whole catalogue.

`standard_price` is company-dependent in Odoo: reading it costs a real Odoo 17 about 0.4 ms per
product, some 40 s of a 100,000-product first sync, for a figure only the count screens use (the
value of an adjustment, against the approval limits). The count screens ask for the costs of
what they count (`product_cost` rows without `read_at`, or asked again since: see
storeapp.offline.counts_repo); each pull pass reads those in one small request, and the pass
over every model (the slow cadence) reads the known ones again.

Mixed into `MirrorPull` (storeapp.sync.pull), whose gateway, cache and clock it uses.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from storeapp.offline.cache import CacheStore
from storeapp.offline.clock import to_iso
from storeapp.sync.gateway import OdooGateway

log = logging.getLogger(__name__)

COST_FIELD = "standard_price"
# Ids per read: a count covers a shelf or a few, so one request is the usual case.
COST_CHUNK = 2000


class CostReader:
    """The cost pass; expects MirrorPull's attributes (gateway, cache, clock)."""

    gateway: OdooGateway
    cache: CacheStore
    clock: Callable[[], datetime]

    def _costs_wanted(self, *, refresh_known: bool) -> list[int]:
        """Products whose cost was asked for and not read since; every known one too when
        `refresh_known` (the pass over every model)."""
        where = "" if refresh_known else " WHERE read_at IS NULL OR wanted_at > read_at"
        with self.cache.read() as s:
            rows = s.connection().exec_driver_sql(
                f"SELECT product_id FROM product_cost{where} ORDER BY product_id"
            )
            return [int(r[0]) for r in rows]

    def read_costs(self, *, refresh_known: bool = False) -> int:
        """Read the wanted products' costs from Odoo into the cache; returns how many were
        read. No request at all when no count wants one."""
        ids = self._costs_wanted(refresh_known=refresh_known)
        read = 0
        for start in range(0, len(ids), COST_CHUNK):
            chunk = ids[start : start + COST_CHUNK]
            # Before the request: a count asking again while it runs is asked again next pass.
            at = to_iso(self.clock())
            rows = self.gateway.search_read(
                "product.product",
                [("id", "in", chunk)],
                [COST_FIELD],
                context={"active_test": False},
            )
            self._save_costs(chunk, rows, at)
            read += len(rows)
        return read

    def _save_costs(self, asked: list[int], rows: list[dict[str, Any]], at: str) -> None:
        """Keep each cost with when it was read. A product Odoo no longer shows (deleted, or
        another company's) has no cost: its row goes, and its count waits for a manager."""
        costs: list[tuple[float, str, int]] = []
        for row in rows:
            try:
                costs.append((float(row.get(COST_FIELD) or 0.0), at, int(row["id"])))
            except (TypeError, ValueError):
                log.warning("product %s: Odoo sent a cost that is not a number", row.get("id"))
        gone = sorted(set(asked) - {c[2] for c in costs})
        with self.cache.write() as s:
            conn = s.connection()
            if costs:
                conn.exec_driver_sql(
                    "UPDATE product_cost SET standard_price = ?, read_at = ? WHERE product_id = ?",
                    costs,
                )
            if gone:
                conn.exec_driver_sql(
                    "DELETE FROM product_cost WHERE product_id = ?", [(pid,) for pid in gone]
                )
