"""Every emulated model; importing this package registers them all."""

from odoosim.models import (
    base,
    product,
    sale,
    stock_base,
    stock_move,
    stock_move_line,
    stock_picking,
    stock_quant,
    stock_wizards,
)
from odoosim.orm.model import finalize_registry

finalize_registry()

__all__ = [
    "base",
    "product",
    "sale",
    "stock_base",
    "stock_move",
    "stock_move_line",
    "stock_picking",
    "stock_quant",
    "stock_wizards",
]
