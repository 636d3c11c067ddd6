"""The sync engine's settings, taken from the app configuration in one place.

Each value has a default here so the engine can be built from a partial configuration (tests,
the bench); the app passes its loaded `Config` to `SyncSettings.from_config`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from storeapp.core.ops import SHORT_PICK_BACKORDER, BackoffPolicy

if TYPE_CHECKING:
    from storeapp.config import Config

# How the store's click-and-collect orders are recognised among its deliveries.
# The delivery carrier is an in-store pickup, by type or by name (core/cc_carriers.py).
CC_CARRIER = "carrier"
# A dedicated operation type: the store's outgoing types other than its standard delivery.
CC_PICKING_TYPE = "picking_type"
CC_ALL_OUTGOING = "all_outgoing"  # every delivery of the store is collected in store
CLICK_COLLECT_MODES = (CC_CARRIER, CC_PICKING_TYPE, CC_ALL_OUTGOING)


@dataclass(frozen=True)
class SyncSettings:
    warehouse_code: str = "WH"
    click_collect_mode: str = CC_CARRIER
    # Carrier names meaning "collect in store" (mode "carrier"); empty: the carriers detected
    # by delivery type or name (core/cc_carriers.py).
    click_collect_carriers: tuple[str, ...] = ()
    short_pick_policy: str = SHORT_PICK_BACKORDER
    timezone: str = ""  # the store's (store.timezone); empty: this PC's
    returns_history_days: int = 90
    employee_model: str = "hr.employee.public"  # or "hr.employee" in Odoo-badge mode
    page_size: int = 2000
    # Connections a first sync reads over at once: the products on a second one while the
    # other models follow on the first (a real Odoo serves one request per worker).
    pull_connections: int = 2
    overlap_seconds: float = 2.0
    pull_interval: float = 60.0
    push_interval: float = 5.0
    deletion_check_interval: float = 900.0
    # Products, locations, carriers, employees...: pulled this often by the running app, or
    # on demand (storeapp/sync/cadence.py).
    slow_models_interval: float = 900.0
    # ... doubling per pass that found none of them changed, up to this, while the store is
    # idle (a pass that finds its orders or stock changed brings it back to the above).
    slow_models_max_interval: float = 7200.0
    # Longest wait between two passes while nothing changes (before a slow Odoo doubles it);
    # None: 4 x pull_interval.
    max_interval: float | None = None
    # Wait between passes while ops are being saved on this PC; None: pull_interval / 4.
    busy_interval: float | None = None
    # Ask Odoo "did anything change?" in one request before pulling the store's orders, stock
    # and customers (storeapp/sync/probe.py).
    change_probe: bool = True
    quant_recheck_interval: float = 1800.0
    push_batch: int = 100
    backoff: BackoffPolicy = field(default_factory=BackoffPolicy)
    # After a timeout, a connection cut before the answer, or a proxy's 502/504, Odoo may still
    # be running the request (it does not stop when the client goes away): wait this long
    # before reconciling, so the retry cannot race it. Odoo kills requests after
    # limit_time_real (120 s by default).
    after_timeout_wait: float = 120.0

    @classmethod
    def from_config(cls, cfg: Config, **overrides: Any) -> SyncSettings:
        """Read the `store`, `sync` and `identity` options of the app configuration;
        `overrides` (tests, the bench) win over it."""
        store, sync, identity = cfg.store, cfg.sync, cfg.identity
        values: dict[str, Any] = {
            "warehouse_code": store.warehouse_code,
            "click_collect_mode": str(store.click_collect_mode),
            "click_collect_carriers": tuple(store.click_collect_carriers or ()),
            "short_pick_policy": str(store.short_pick_policy),
            "timezone": str(store.timezone or ""),
            "returns_history_days": int(sync.returns_history_days),
            "page_size": int(sync.page_size),
            "pull_connections": int(sync.pull_connections),
            "pull_interval": float(sync.interval_seconds),
            "deletion_check_interval": float(sync.deletion_check_minutes) * 60.0,
            "slow_models_interval": float(sync.slow_models_minutes) * 60.0,
            "slow_models_max_interval": float(sync.slow_models_max_minutes) * 60.0,
            "max_interval": float(sync.idle_interval_max_seconds),
            "busy_interval": float(sync.busy_interval_seconds),
            "change_probe": bool(sync.change_probe),
            "employee_model": (
                "hr.employee" if str(identity.mode) == "odoo_badges" else "hr.employee.public"
            ),
        }
        known = {f.name for f in fields(cls)}
        values.update({k: v for k, v in overrides.items() if k in known})
        settings = cls(**values)
        if settings.click_collect_mode not in CLICK_COLLECT_MODES:
            raise ValueError(
                f"store.click_collect_mode must be one of {', '.join(CLICK_COLLECT_MODES)}, "
                f"not {settings.click_collect_mode!r}"
            )
        return settings
