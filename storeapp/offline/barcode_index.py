"""The one barcode index over cache.sqlite, for every screen that resolves scans.

`resolve_scan` (storeapp.core.scanning) asks a `BarcodeIndex` three questions; this answers
them from the cache with indexed lookups, one short read per call, so it can run on any reader
thread. Click & Collect, Counts and the product lookups all use it: a label resolves the same
on every screen. The pick screen first tries the order's own products in memory
(storeapp.offline.click_collect_index) and falls back to this for anything else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from storeapp.core.scanning import LotRef, PackagingRef, ProductRef, Tracking

if TYPE_CHECKING:
    from storeapp.offline.cache import CacheStore

# The product's unit rounding, NULL when its unit is not in the cache (see `unit_of`).
_ROUNDING = "(SELECT rounding FROM uom WHERE uom.id = product.uom_id) AS uom_rounding"
_PRODUCT = f"SELECT id, name, tracking, active, uom_name, categ_id, {_ROUNDING} FROM product"


def product_ref(row: Any) -> ProductRef:
    """A cache product row (with its `uom_rounding`) as the scanning rules see it."""
    tracking = Tracking(row.tracking) if row.tracking in ("lot", "serial") else Tracking.NONE
    return ProductRef(
        id=row.id,
        name=row.name,
        tracking=tracking,
        active=bool(row.active),
        uom_name=row.uom_name or "Units",
        category_id=row.categ_id,
        uom_rounding=row.uom_rounding,
    )


class CacheBarcodeIndex:
    """`BarcodeIndex` over cache.sqlite: indexed lookups, one short read per call."""

    def __init__(self, cache: CacheStore) -> None:
        self.engine = cache.engine

    def _one(self, sql: str, **params: Any) -> Any:
        with self.engine.connect() as conn:
            return conn.execute(text(sql), params).first()

    def product_by_barcode(self, code: str) -> ProductRef | None:
        """The product with this barcode, else the one with this internal reference: shelf
        labels print the internal reference too. An active product wins over an archived one."""
        for column in ("barcode", "default_code"):
            row = self._one(
                f"{_PRODUCT} WHERE {column} = :code ORDER BY active DESC, id LIMIT 1", code=code
            )
            if row:
                return product_ref(row)
        return None

    def product_by_id(self, product_id: int) -> ProductRef | None:
        row = self._one(f"{_PRODUCT} WHERE id = :pid", pid=product_id)
        return product_ref(row) if row else None

    def packaging_by_barcode(self, code: str) -> PackagingRef | None:
        row = self._one(
            "SELECT p.id, p.name, p.tracking, p.active, p.uom_name, p.categ_id, "
            "(SELECT rounding FROM uom WHERE uom.id = p.uom_id) AS uom_rounding, "
            "g.qty AS pack_qty, g.name AS pack_name FROM packaging g "
            "JOIN product p ON p.id = g.product_id WHERE g.barcode = :code LIMIT 1",
            code=code,
        )
        return PackagingRef(product_ref(row), float(row.pack_qty), row.pack_name) if row else None

    def lot_by_name(self, product_id: int, name: str) -> LotRef | None:
        row = self._one(
            "SELECT id, name, product_id FROM lot WHERE product_id = :pid AND name = :name LIMIT 1",
            pid=product_id,
            name=name,
        )
        return LotRef(row.id, row.name, row.product_id) if row else None

    def products_with_lot(self, name: str, limit: int = 5) -> list[ProductRef]:
        """The products that have a lot or serial called `name` in the store's data: a serial
        label carries only its number, and two products may share a lot name."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                text(
                    f"{_PRODUCT} WHERE id IN (SELECT product_id FROM lot WHERE name = :name) "
                    "ORDER BY id LIMIT :limit"
                ),
                {"name": name, "limit": limit},
            ).all()
        return [product_ref(row) for row in rows]
