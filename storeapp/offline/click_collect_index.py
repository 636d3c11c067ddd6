"""Barcode lookups for click-and-collect: over cache.sqlite, or in memory for one order.

`resolve_scan` (storeapp.core.scanning) asks a `BarcodeIndex` three questions; these answer
them. The pick screen first resolves a scan against the order's own products in memory (no
disk, no thread hop: nearly every scan) and only falls back to the cache for anything else.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select, text

from storeapp.core.scanning import LotRef, PackagingRef, ProductRef, Tracking
from storeapp.offline.cache_models import Lot, Packaging, Product, UnitOfMeasureRow

# The product's unit rounding, NULL when its unit is not in the cache (see `unit_of`).
_ROUNDING = "(SELECT rounding FROM uom WHERE uom.id = product.uom_id) AS uom_rounding"


class CacheBarcodeIndex:
    """`BarcodeIndex` over cache.sqlite: indexed lookups, one short read per call."""

    def __init__(self, cache: Any) -> None:
        self.engine = cache.engine

    def _one(self, sql: str, **params: Any) -> Any:
        with self.engine.connect() as conn:
            return conn.execute(text(sql), params).first()

    @staticmethod
    def _ref(row: Any) -> ProductRef:
        return ProductRef(
            id=row.id,
            name=row.name,
            tracking=Tracking(row.tracking or "none"),
            active=bool(row.active),
            uom_name=row.uom_name or "Units",
            category_id=row.categ_id,
            uom_rounding=row.uom_rounding,
        )

    def product_by_barcode(self, code: str) -> ProductRef | None:
        row = self._one(
            f"SELECT id, name, tracking, active, uom_name, categ_id, {_ROUNDING} FROM product "
            "WHERE barcode = :code ORDER BY active DESC, id LIMIT 1",
            code=code,
        )
        return self._ref(row) if row else None

    def product_by_id(self, product_id: int) -> ProductRef | None:
        row = self._one(
            f"SELECT id, name, tracking, active, uom_name, categ_id, {_ROUNDING} FROM product "
            "WHERE id = :pid",
            pid=product_id,
        )
        return self._ref(row) if row else None

    def packaging_by_barcode(self, code: str) -> PackagingRef | None:
        row = self._one(
            "SELECT p.id, p.name, p.tracking, p.active, p.uom_name, p.categ_id, "
            "(SELECT rounding FROM uom WHERE uom.id = p.uom_id) AS uom_rounding, "
            "g.qty AS pack_qty, g.name AS pack_name FROM packaging g "
            "JOIN product p ON p.id = g.product_id WHERE g.barcode = :code LIMIT 1",
            code=code,
        )
        return PackagingRef(self._ref(row), row.pack_qty, row.pack_name) if row else None

    def lot_by_name(self, product_id: int, name: str) -> LotRef | None:
        row = self._one(
            "SELECT id, name, product_id FROM lot WHERE product_id = :pid AND name = :name LIMIT 1",
            pid=product_id,
            name=name,
        )
        return LotRef(row.id, row.name, row.product_id) if row else None


class OrderIndex:
    """`BarcodeIndex` held in memory for the products of one order: their barcodes, their
    packagings and every lot the cache knows for them. A scan of something on the order is
    then resolved without touching the disk; anything it does not know goes to the cache."""

    def __init__(
        self,
        products: dict[str, ProductRef],
        packagings: dict[str, PackagingRef],
        lots: dict[tuple[int, str], LotRef],
    ) -> None:
        self.products = products
        self.packagings = packagings
        self.lots = lots

    def product_by_barcode(self, code: str) -> ProductRef | None:
        return self.products.get(code)

    def packaging_by_barcode(self, code: str) -> PackagingRef | None:
        return self.packagings.get(code)

    def lot_by_name(self, product_id: int, name: str) -> LotRef | None:
        return self.lots.get((product_id, name))


def build_order_index(cache: Any, product_ids: Iterable[int]) -> OrderIndex:
    """The in-memory index of the order's products (see OrderIndex)."""
    ids = sorted(set(product_ids))
    with cache.read() as s:
        rows = s.execute(
            select(
                Product.id,
                Product.name,
                Product.tracking,
                Product.active,
                Product.uom_name,
                Product.categ_id,
                Product.barcode,
                UnitOfMeasureRow.rounding.label("uom_rounding"),
            )
            .outerjoin(UnitOfMeasureRow, UnitOfMeasureRow.id == Product.uom_id)
            .where(Product.id.in_(ids))
        ).all()
        refs = {r.id: CacheBarcodeIndex._ref(r) for r in rows}
        products = {r.barcode: refs[r.id] for r in rows if r.barcode}
        packagings = {
            p.barcode: PackagingRef(refs[p.product_id], p.qty, p.name)
            for p in s.execute(
                select(
                    Packaging.product_id, Packaging.qty, Packaging.name, Packaging.barcode
                ).where(Packaging.product_id.in_(ids), Packaging.barcode.is_not(None))
            )
            if p.product_id in refs
        }
        tracked = [i for i, ref in refs.items() if ref.tracking is not Tracking.NONE]
        lots = {
            (lot.product_id, lot.name): LotRef(lot.id, lot.name, lot.product_id)
            for lot in s.execute(
                select(Lot.id, Lot.name, Lot.product_id).where(Lot.product_id.in_(tracked))
            )
        }
    return OrderIndex(products, packagings, lots)
