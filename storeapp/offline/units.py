"""The unit of measure of a cached product, for the one quantity rule (core.quantities)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from storeapp.core.quantities import UNITS, UnitOfMeasure, unit_of
from storeapp.offline.cache_models import Product, UnitOfMeasureRow


def product_unit(s: Session, product: Product | None) -> UnitOfMeasure:
    """The product's unit with its Odoo rounding (Units when the product is not cached)."""
    if product is None:
        return UNITS
    row = s.get(UnitOfMeasureRow, product.uom_id) if product.uom_id else None
    return unit_of(product.uom_name, row.rounding if row else None)


def roundings(s: Session) -> dict[int, float]:
    """Every cached unit's rounding by id: one read for a list of lines."""
    rows = s.execute(select(UnitOfMeasureRow.id, UnitOfMeasureRow.rounding)).all()
    return {uom_id: rounding for uom_id, rounding in rows}
