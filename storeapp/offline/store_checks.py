"""Doctor's checks of what this store mirrors from Odoo, read from the synced cache.

- which delivery carriers count as click-and-collect, why, and how many open orders that
  yields (so an empty order list is explained before anyone waits for orders);
- every category, product or location the returns policy names that Odoo does not have.

Each check is a small function from the cache (opened read-only: the app may be running and
owns the file) to findings; `doctor_check` is the one call doctor makes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from storeapp.core.cc_carriers import OPEN_PICKING_STATES, CarrierInfo, choose_carriers
from storeapp.core.policy import Destination, Policy, PolicyError, load_policy
from storeapp.core.policy.names import UnknownName, unknown_categories, unknown_location
from storeapp.core.text import msg
from storeapp.core.wording import plural
from storeapp.offline.cache import CACHE_FILE, CacheStore, recorded_schema_version
from storeapp.offline.cache_models import (
    CACHE_SCHEMA_VERSION,
    Carrier,
    Location,
    Picking,
    ProductCategory,
    Warehouse,
)

TOPIC_CARRIERS = "carriers"
TOPIC_POLICY = "policy"


@contextmanager
def synced_cache(data_dir: Path) -> Iterator[CacheStore | None]:
    """The cache opened read-only, or None when there is none usable (check_cache says why)."""
    from storeapp.offline.db import CACHE_DURABILITY, make_engine

    path = data_dir / CACHE_FILE
    if not path.is_file() or recorded_schema_version(path) != CACHE_SCHEMA_VERSION:
        yield None
        return
    cache = CacheStore(path, make_engine(path, CACHE_DURABILITY, read_only=True))
    try:
        yield cache
    finally:
        cache.close()


def carrier_findings(cache: CacheStore, mode: str, names: list[str]) -> list[tuple[str, str]]:
    """(level, text) lines about the click-and-collect carriers: "ok" or "warn"."""
    if mode != "carrier":
        return [
            (
                "ok",
                msg(
                    "click-and-collect orders are recognised by mode {mode}, not by carrier",
                    mode=mode,
                ),
            )
        ]
    with cache.read() as s:
        rows = s.execute(select(Carrier.id, Carrier.name, Carrier.delivery_type)).all()
        open_counts = dict(
            s.execute(
                select(Picking.carrier_id, func.count())
                .where(
                    Picking.state.in_(OPEN_PICKING_STATES), Picking.picking_type_code == "outgoing"
                )
                .group_by(Picking.carrier_id)
            ).all()
        )
    if not rows:
        return [("ok", msg("no delivery methods synced yet: run a sync, then doctor again"))]
    choice = choose_carriers(
        [CarrierInfo(r.id, r.name or "", r.delivery_type) for r in rows], names
    )
    lines: list[tuple[str, str]] = [
        (
            "warn",
            msg("store.click_collect_carriers names '{name}', which Odoo does not have", name=name),
        )
        for name in choice.unknown_names
    ]
    if not choice.taken:
        known = ", ".join(sorted(r.name for r in rows if r.name))
        lines.append(
            (
                "warn",
                msg(
                    "no delivery method counts as click-and-collect (Odoo has: {known}), so no "
                    "orders are found",
                    known=known,
                ),
            )
        )
        return lines
    how = msg("named by IT") if choice.overridden else msg("recognised by type or name")
    for taken in choice.taken:
        count = plural(open_counts.get(taken.carrier.id, 0), "open order")
        line = msg(
            "click-and-collect carrier ({how}): {carrier} ({reason}), {count} in this store",
            how=how,
            carrier=taken.carrier.name,
            reason=taken.reason,
            count=count,
        )
        lines.append(("ok", line))
    return lines


def policy_problems(
    cache: CacheStore, policy: Policy, quarantine_location: str, warehouse_code: str = ""
) -> list[UnknownName]:
    """Categories the policy names, and the quarantine location its rules send items to,
    that this store's Odoo (as last synced) does not have."""
    with cache.read() as s:
        categories = [c for (c,) in s.execute(select(ProductCategory.complete_name)) if c]
        query = select(Location.name, Location.complete_name, Location.barcode).where(
            Location.active.is_(True), Location.usage == "internal"
        )
        if warehouse_code:
            store = select(Warehouse.id).where(Warehouse.code == warehouse_code)
            query = query.where(Location.warehouse_id.in_(store))
        locations = [(r.name or "", r.complete_name or "", r.barcode) for r in s.execute(query)]
    problems = unknown_categories(policy, categories)
    if any(rule.destination is Destination.QUARANTINE for rule in policy.conditions):
        missing = unknown_location(quarantine_location, "returns.quarantine_location", locations)
        if missing is not None:
            problems.append(missing)
    return problems


def policy_in_force(data_dir: Path, policy_file: Path | None) -> Policy | None:
    """The returns policy this PC applies: IT's file, else the last one kept in the journal,
    else the sample (read-only; the journal is never changed)."""
    from storeapp.offline.journal import JOURNAL_FILE, JournalStore
    from storeapp.offline.returns_policy import SAMPLE, PolicySource

    if (data_dir / JOURNAL_FILE).is_file():
        journal = JournalStore.open_read_only(data_dir)
        try:
            return PolicySource(journal, policy_file).load().policy
        finally:
            journal.close()
    path = policy_file or SAMPLE
    try:
        return load_policy(path.read_text(encoding="utf-8"), source=str(path))
    except (OSError, PolicyError):
        return None


def doctor_check(ctx: Any) -> Iterator[Any]:  # a storeapp doctor check (diagnostics/doctor.py)
    """Doctor's lines about what the store mirrors, from the synced cache."""
    from storeapp.diagnostics.doctor import Finding, Status

    if ctx.cfg is None or ctx.data_dir is None:
        return
    with synced_cache(ctx.data_dir) as cache:
        if cache is None:
            return
        store = ctx.cfg.store
        carriers = carrier_findings(
            cache, str(store.click_collect_mode), list(store.click_collect_carriers or [])
        )
        for level, text in carriers:
            if level == "ok":
                yield Finding(Status.OK, TOPIC_CARRIERS, text)
            else:
                yield Finding(
                    Status.WARN,
                    TOPIC_CARRIERS,
                    text,
                    msg(
                        "IT: name the store's click-and-collect carriers in "
                        "store.click_collect_carriers (docs/it-guide.md), then sync."
                    ),
                )
        policy = policy_in_force(ctx.data_dir, ctx.cfg.returns.policy_file)
        if policy is None:
            return
        problems = policy_problems(
            cache, policy, str(ctx.cfg.returns.quarantine_location), str(store.warehouse_code)
        )
        for problem in problems:
            yield Finding(
                Status.WARN,
                TOPIC_POLICY,
                msg(
                    "returns policy {version}: {problem}",
                    version=policy.policy_version,
                    problem=problem.describe(),
                ),
                msg(
                    "Correct the name in the policy (storeapp policy check FILE) or in the "
                    "machine file: a rule about a name Odoo lacks never applies."
                ),
            )
        if not problems:
            yield Finding(
                Status.OK,
                TOPIC_POLICY,
                msg(
                    "returns policy {version}: every category and location it names is in Odoo",
                    version=policy.policy_version,
                ),
            )
