"""Barcode lookups for one click-and-collect order, in memory.

`resolve_scan` (storeapp.core.scanning) asks a `BarcodeIndex` three questions. The pick screen
first resolves a scan against the order's own products here (no disk, no thread hop: nearly
every scan) and only falls back to the cache's index (storeapp.offline.barcode_index) for
anything else.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from storeapp.core.scanning import LotRef, PackagingRef, ProductRef, Tracking
from storeapp.offline.barcode_index import product_ref
from storeapp.offline.cache_models import Lot, Packaging, Product, UnitOfMeasureRow
from storeapp.offline.store import Readable


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


def build_order_index(cache: Readable, product_ids: Iterable[int]) -> OrderIndex:
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
        refs = {r.id: product_ref(r) for r in rows}
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
