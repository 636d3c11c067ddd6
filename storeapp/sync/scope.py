"""What the store mirrors, and re-mirroring when that changes.

The click-and-collect carriers are chosen here (by type or name, or named by IT) when the
store's scope is resolved. Each model's scope — its domain with the store's settings filled in
(carriers, click-and-collect mode, picking types, warehouse, returns history days) — is
summed up in a fingerprint kept in cache_meta beside the cursors. When a model's fingerprint
differs from the one its rows were pulled under, that model's cursor is reset (its next pass
reads everything in the new scope) and a deletion check is owed (rows now out of scope
leave). Only cache.sqlite is touched: the journal, and every op in it, stays as it is.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import replace

from sqlalchemy import Connection, text

from storeapp.core.cc_carriers import (
    OPEN_PICKING_STATES,
    CarrierChoice,
    CarrierInfo,
    choose_carriers,
)
from storeapp.offline.cache import CacheStore
from storeapp.sync.gateway import OdooGateway
from storeapp.sync.mirror import MirrorSpec, StoreScope

log = logging.getLogger(__name__)

SCOPE_KEY = "scope:"  # + model: the fingerprint its cached rows were pulled under
PENDING_KEY = "rescope_pending:"  # + model: rows out of the new scope still to be deleted


def carrier_choice(gateway: OdooGateway, configured: Sequence[str] = ()) -> CarrierChoice:
    """Odoo's delivery carriers (archived ones too: open orders may still carry them), and
    which of them mean click-and-collect: the ones named in `configured`
    (store.click_collect_carriers), else the ones detected by type or name."""
    rows = gateway.search_read(
        "delivery.carrier",
        [],
        ["name", "delivery_type"],
        order="id asc",
        context={"active_test": False},
    )
    carriers = [
        CarrierInfo(r["id"], r.get("name") or "", r.get("delivery_type") or None) for r in rows
    ]
    return choose_carriers(carriers, configured)


def cached_carrier_choice(
    cache: CacheStore, configured: Sequence[str] = ()
) -> CarrierChoice | None:
    """The same choice made from the carriers the mirror already holds (delivery.carrier is
    mirrored whole, archived ones included): no request. None before their first sync."""
    with cache.read() as s:
        conn = s.connection()
        done = conn.execute(
            text("SELECT initial_done FROM sync_cursor WHERE model = 'delivery.carrier'")
        ).scalar()
        if not done:
            return None
        rows = conn.execute(text("SELECT id, name, delivery_type FROM carrier ORDER BY id"))
        carriers = [CarrierInfo(r[0], r[1] or "", r[2] or None) for r in rows]
    return choose_carriers(carriers, configured)


def open_orders_per_carrier(
    gateway: OdooGateway, choice: CarrierChoice, warehouse_id: int | None = None
) -> dict[int, int]:
    """How many open deliveries each chosen carrier has (of one warehouse, or all): what the
    choice yields, for setup and support to see before anyone waits for orders."""
    counts: dict[int, int] = {}
    for carrier_id in choice.ids:
        domain = [
            ("carrier_id", "=", carrier_id),
            ("picking_type_code", "=", "outgoing"),
            ("state", "in", list(OPEN_PICKING_STATES)),
        ]
        if warehouse_id is not None:
            domain.append(("picking_type_id.warehouse_id", "=", warehouse_id))
        counts[carrier_id] = gateway.search_count("stock.picking", domain)
    return counts


def fingerprint(spec: MirrorSpec, scope: StoreScope) -> str:
    """A digest of what `spec` mirrors for this store. The returns history enters as its
    number of days, not as the cutoff date that moves every hour."""
    days = scope.settings.returns_history_days
    steady = replace(scope, history_cutoff=f"{days} days")
    described = json.dumps(
        [spec.model, list(spec.fields), spec.domain(steady)], default=str, sort_keys=True
    )
    return hashlib.sha256(described.encode()).hexdigest()[:20]


def _recorded(conn: Connection, prefix: str) -> dict[str, str]:
    rows = conn.execute(
        text("SELECT key, value FROM cache_meta WHERE key LIKE :p"), {"p": f"{prefix}%"}
    )
    return {key[len(prefix) :]: value for key, value in rows}


def _set(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        text(
            "INSERT INTO cache_meta (key, value) VALUES (:k, :v) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        ),
        {"k": key, "v": value},
    )


def rescope_changed(cache: CacheStore, specs: Iterable[MirrorSpec], scope: StoreScope) -> list[str]:
    """Reset the cursor of every model whose scope changed since its rows were pulled, and
    note that its rows need a deletion check; returns those models. A model pulled before
    fingerprints were kept counts as changed (what it was pulled under is unknown); one never
    pulled just has its fingerprint recorded. One transaction: a crash leaves all or nothing."""
    changed: list[str] = []
    with cache.write() as s:
        conn = s.connection()
        recorded = _recorded(conn, SCOPE_KEY)
        pulled = {
            model
            for (model,) in conn.execute(
                text("SELECT model FROM sync_cursor WHERE initial_done OR last_id > 0")
            )
        }
        for spec in specs:
            now = fingerprint(spec, scope)
            if recorded.get(spec.model) == now:
                continue
            if spec.model in pulled:
                conn.execute(text("DELETE FROM sync_cursor WHERE model = :m"), {"m": spec.model})
                _set(conn, PENDING_KEY + spec.model, "1")
                changed.append(spec.model)
            _set(conn, SCOPE_KEY + spec.model, now)
    if changed:
        log.info("the store's scope changed for %s: re-mirroring them", ", ".join(changed))
    return changed


def pending_rescopes(cache: CacheStore) -> list[str]:
    """Models re-scoped whose rows have not yet been checked against the new scope."""
    with cache.read() as s:
        return sorted(_recorded(s.connection(), PENDING_KEY))


def rescope_done(cache: CacheStore, models: Iterable[str]) -> None:
    """The deletion check of these models ran under the new scope."""
    with cache.write() as s:
        for model in models:
            s.connection().execute(
                text("DELETE FROM cache_meta WHERE key = :k"), {"k": PENDING_KEY + model}
            )
