"""The change probe: one cheap request that answers "did anything this PC pulls every pass
change in Odoo since X?", so an idle pass costs Odoo one request instead of one per model.

Odoo 17 has no call that asks several models at once, and JSON-RPC has no batching. What it
has is dotted paths in a domain: `picking_id.partner_id.write_date > X` on `stock.move` is
answered in the same query, each hop a sub-select over the related table (Odoo's
`expression.parse`). Every order, stock and reservation change in a store creates or writes a
stock move of the store's locations, so one `search_read` on `stock.move`, `limit=1`, over
the store's moves whose own write_date, or their picking's, the picking's customer's, the
picking's sale order's or one of their move lines' is after X, says whether the fast models
need a pass. The answer is the same on Odoo 17, 18 and 19 (JSON-RPC or JSON-2): only stored
fields every version has are named.

What the probe cannot see, and who sees it instead (docs/architecture.md, "Sync"):

- a customer edited while none of the store's pickings names them, a sale order line written
  on its own (not through its order), a lot renamed, a unit of measure changed: the pass over
  every model on the slow cadence (`sync.slow_models_minutes`);
- a count set on a quant but not applied (no move until it is applied), and quants that Odoo
  merges by raw SQL: the same slow pass and the quant re-check (`quant_recheck_interval`);
- a picking created without any move: it shows with its first move.

X is the oldest cursor of the models the probe covers, less the pull's overlap: anything
committed after their last pass, late commits included, answers yes.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from storeapp.offline.cache import CacheStore
from storeapp.offline.cache_models import SyncCursor
from storeapp.sync.gateway import OdooGateway
from storeapp.sync.mirror import Domain, StoreScope
from storeapp.sync.pull_write import format_odoo_dt, parse_odoo_dt

PROBE_MODEL = "stock.move"
# The write_dates the probe compares, as seen from a stock move.
PROBE_PATHS = (
    "write_date",
    "picking_id.write_date",
    "picking_id.partner_id.write_date",
    "picking_id.sale_id.write_date",
    "move_line_ids.write_date",
)
# The models a "no" from the probe lets a pass skip: the rest wait for the slow cadence.
PROBED_MODELS = frozenset(
    {
        "stock.picking",
        "stock.move",
        "stock.move.line",
        "stock.quant",
        "stock.lot",
        "sale.order",
        "sale.order.line",
        "res.partner",
    }
)


def probe_domain(scope: StoreScope, since: str) -> Domain:
    """The store's moves (from or to one of its locations) with a change after `since`."""
    changed: Domain = ["|"] * (len(PROBE_PATHS) - 1)
    changed += [(path, ">", since) for path in PROBE_PATHS]
    return [
        "&",
        "|",
        ("location_id", "child_of", scope.view_location_id),
        ("location_dest_id", "child_of", scope.view_location_id),
        *changed,
    ]


class ChangeProbe:
    """Asks Odoo once whether the probed models changed since their cursors."""

    def __init__(self, gateway: OdooGateway, cache: CacheStore, overlap_seconds: float) -> None:
        self.gateway = gateway
        self.cache = cache
        self.overlap_seconds = overlap_seconds
        self.asked = 0  # probes sent (the bench and fleet count them)
        self.answered_yes = 0
        # Why Odoo refused the probe (a permanent error): the engine then pulls every pass.
        self.refused: str | None = None

    def since(self) -> str | None:
        """The oldest cursor of the probed models, less the overlap; None while one of them
        has not finished its first sync (the probe cannot stand in for a first sync)."""
        with self.cache.read() as s:
            cursors = {
                c.model: c
                for c in s.scalars(select(SyncCursor).where(SyncCursor.model.in_(PROBED_MODELS)))
            }
        if set(cursors) != PROBED_MODELS:
            return None
        if not all(c.initial_done and c.write_date for c in cursors.values()):
            return None
        oldest = min(str(c.write_date) for c in cursors.values())
        moment = parse_odoo_dt(oldest)
        return format_odoo_dt(moment - timedelta(seconds=self.overlap_seconds))

    def changed(self, scope: StoreScope) -> bool:
        """One request: True when a probed model may have changed (or the probe cannot tell,
        e.g. before the first sync finished), False when Odoo says nothing did."""
        since = self.since()
        if since is None:
            return True
        self.asked += 1
        kwargs: dict[str, Any] = {"limit": 1, "order": "id desc"}
        rows = self.gateway.search_read(
            PROBE_MODEL, probe_domain(scope, since), ["write_date"], **kwargs
        )
        if rows:
            self.answered_yes += 1
        return bool(rows)
