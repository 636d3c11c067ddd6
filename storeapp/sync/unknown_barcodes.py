"""A scan that finds no product asks for the products now, and says when the product came.

Products are pulled on the slow cadence (storeapp/sync/cadence.py), so a product created in
Odoo a few minutes ago, or given a new barcode there, is not on the PC yet when someone scans
it. The scan screens hand every "unknown barcode" refusal to `UnknownBarcodes.advise`: the
first time a barcode is refused (and again once `cooldown` has passed) it asks the engine for a
products pass at once, and the refusal's advice says so. When a pass brings a product for a
barcode that was refused, `BARCODE_ARRIVED` is published with its name, and the status bar
tells the person they can scan it again. The scan itself is not replayed: the person may have
moved on to another order or count since, and a scan added where they no longer look would be
worse than a second scan.

One refresh per barcode per `cooldown` (5 minutes): a barcode that Odoo does not know either,
scanned again and again, costs Odoo one products pass, not one per scan.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import replace

from storeapp.core.scanning import RefusalReason, ScanRefusal, ScanResolution, resolve_scan
from storeapp.offline.barcode_index import CacheBarcodeIndex
from storeapp.offline.cache import CacheStore
from storeapp.sync.events import (
    BARCODE_ARRIVED,
    DATA_REFRESHED,
    BarcodeArrived,
    DataRefreshed,
    EventBus,
)

log = logging.getLogger(__name__)

# The models whose barcodes a scan looks up: a pass over them is what a refusal asks for.
BARCODE_MODELS = ("product.product", "product.packaging")
BARCODE_TABLES = frozenset({"product", "packaging"})
DEFAULT_COOLDOWN = 300.0


def cache_lookup(cache: CacheStore) -> Callable[[str], str | None]:
    """What a scan of a barcode finds in `cache` now: the product's name, or None."""

    def lookup(barcode: str) -> str | None:
        resolved = resolve_scan(barcode, CacheBarcodeIndex(cache))
        return resolved.product_name if isinstance(resolved, ScanResolution) else None

    return lookup


class UnknownBarcodes:
    """Rate-limited product refreshes for refused barcodes, and the news when they arrive.

    `refresh(model)` is `SyncEngine.refresh`; `lookup(barcode)` the product name a scan of it
    finds in the cache now (None when still unknown). Thread-safe: screens call `advise` from
    their threads, passes publish from the sync thread."""

    def __init__(
        self,
        refresh: Callable[[str], None],
        events: EventBus,
        lookup: Callable[[str], str | None],
        *,
        cooldown: float = DEFAULT_COOLDOWN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._refresh = refresh
        self.events = events
        self._lookup = lookup
        self.cooldown = cooldown
        self._clock = clock
        self._lock = threading.Lock()
        self._asked: dict[str, float] = {}  # barcode -> when a pass was asked for it
        events.subscribe(DATA_REFRESHED, self._refreshed)

    def scanned(self, barcode: str) -> bool:
        """A scan of `barcode` found nothing. True when a products pass was asked for it now;
        False when one was asked less than `cooldown` ago (nothing is sent again)."""
        barcode = barcode.strip()
        if not barcode:
            return False
        now = self._clock()
        with self._lock:
            asked = self._asked.get(barcode)
            if asked is not None and now - asked < self.cooldown:
                return False
            self._asked[barcode] = now
        for model in BARCODE_MODELS:
            self._refresh(model)
        log.info("barcode %r is unknown here: products are pulled now", barcode)
        return True

    def advise(self, refusal: ScanRefusal) -> ScanRefusal:
        """The refusal a scan screen shows: for an unknown barcode, with what happens now."""
        if refusal.reason is not RefusalReason.UNKNOWN_BARCODE or not refusal.barcode:
            return refusal
        if self.scanned(refusal.barcode):
            action = (
                "The products are being updated from Odoo now; you will be told if this "
                "barcode arrives. Meanwhile, search the product by name."
            )
        else:
            action = (
                "Odoo was asked for new products a moment ago and has none with this "
                "barcode yet. Search the product by name, or check its barcode in Odoo."
            )
        return replace(refusal, action=action)

    def waiting(self) -> list[str]:
        """Barcodes refused within `cooldown` that no product has yet."""
        now = self._clock()
        with self._lock:
            return [b for b, at in self._asked.items() if now - at < self.cooldown]

    def _refreshed(self, event: DataRefreshed) -> None:
        """After a pass stored products or packagings: publish the barcodes they answer."""
        if not BARCODE_TABLES & set(event.tables):
            return
        now = self._clock()
        with self._lock:
            # Past the cooldown a barcode is forgotten: the next scan asks again.
            self._asked = {b: at for b, at in self._asked.items() if now - at < self.cooldown}
            barcodes = list(self._asked)
        for barcode in barcodes:
            name = self._lookup(barcode)
            if name is None:
                continue
            with self._lock:
                self._asked.pop(barcode, None)
            self.events.emit(BARCODE_ARRIVED, BarcodeArrived(barcode, name))
