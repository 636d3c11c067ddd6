"""How an Odoo row (as `search_read` returns it) becomes a cache row, one function per table.

Many2ones arrive as `[id, name]`, unset values as `False`; the cache keeps bare ids, `None`
and plain text (many2ones through the strict `m2o` of storeapp/sync/many2one.py). Customer rows keep a name and the last four phone digits only.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from storeapp.sync.many2one import m2o, m2o_name

if TYPE_CHECKING:
    from storeapp.sync.mirror import StoreScope


# Longest text kept from Odoo (characters): a name of megabytes is cut, not cached as is.
TEXT_CAP = 4096


def map_rows(
    to_row: Any, rows: list[dict[str, Any]], scope: Any
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Cache rows for what can be stored, and {"id", "reason"} for each row set aside.

    The whole page is mapped at once (the usual case); only when a row fails is the page
    mapped row by row to find which. Text longer than TEXT_CAP is cut."""
    try:
        mapped = [to_row(r, scope) for r in rows]
        aside: list[dict[str, Any]] = []
    except (ValueError, TypeError, KeyError, AttributeError, IndexError):
        mapped, aside = [], []
        for r in rows:
            try:
                mapped.append(to_row(r, scope))
            except (ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
                row_id = r.get("id") if isinstance(r, dict) else None
                aside.append({"id": row_id, "reason": f"{type(exc).__name__}: {exc}"[:300]})
    for row in mapped:
        for key, value in row.items():
            if type(value) is str and len(value) > TEXT_CAP:
                row[key] = value[:TEXT_CAP]
    return mapped, aside


# Every row function below starts with the same two keys, `id` then `write_date` (written inline
# rather than merged from a helper dict: this runs once per mirrored row).


def text_or_none(value: Any) -> str | None:
    return None if value is False or value is None else str(value)


def phone_last4(*numbers: Any) -> str | None:
    """The last four digits of the first phone number given; the rest is never stored."""
    for number in numbers:
        if isinstance(number, str):
            digits = re.sub(r"\D", "", number)
            if len(digits) >= 4:
                return digits[-4:]
    return None


def _company_row(r: dict[str, Any], _s: StoreScope) -> dict[str, Any]:
    return {
        "id": r["id"],
        "write_date": text_or_none(r.get("write_date")),
        "name": r.get("name") or "",
        "currency": m2o_name(r.get("currency_id")),
    }


def _warehouse_row(r: dict[str, Any], _s: StoreScope) -> dict[str, Any]:
    return {
        "id": r["id"],
        "write_date": text_or_none(r.get("write_date")),
        "name": r.get("name") or "",
        "code": r.get("code") or "",
        "company_id": m2o(r.get("company_id")),
        "lot_stock_id": m2o(r.get("lot_stock_id")),
        "view_location_id": m2o(r.get("view_location_id")),
        "in_type_id": m2o(r.get("in_type_id")),
        "out_type_id": m2o(r.get("out_type_id")),
    }


def _picking_type_row(r: dict[str, Any], _s: StoreScope) -> dict[str, Any]:
    return {
        "id": r["id"],
        "write_date": text_or_none(r.get("write_date")),
        "name": r.get("name") or "",
        "code": r.get("code") or "",
        "warehouse_id": m2o(r.get("warehouse_id")),
        "return_picking_type_id": m2o(r.get("return_picking_type_id")),
        "default_location_src_id": m2o(r.get("default_location_src_id")),
        "default_location_dest_id": m2o(r.get("default_location_dest_id")),
        "create_backorder": text_or_none(r.get("create_backorder")),
        "active": bool(r.get("active", True)),
    }


def _location_row(r: dict[str, Any], s: StoreScope) -> dict[str, Any]:
    return {
        "id": r["id"],
        "write_date": text_or_none(r.get("write_date")),
        "name": r.get("name") or "",
        "complete_name": text_or_none(r.get("complete_name")),
        "usage": r.get("usage") or "internal",
        "barcode": text_or_none(r.get("barcode")),
        "parent_id": m2o(r.get("location_id")),
        "warehouse_id": m2o(r.get("warehouse_id")),
        "scrap_location": s.version.is_scrap_location(r),
        "active": bool(r.get("active", True)),
    }


def _category_row(r: dict[str, Any], _s: StoreScope) -> dict[str, Any]:
    return {
        "id": r["id"],
        "write_date": text_or_none(r.get("write_date")),
        "name": r.get("name") or "",
        "complete_name": text_or_none(r.get("complete_name")),
        "parent_id": m2o(r.get("parent_id")),
    }


def _uom_row(r: dict[str, Any], _s: StoreScope) -> dict[str, Any]:
    return {
        "id": r["id"],
        "write_date": text_or_none(r.get("write_date")),
        "name": r.get("name") or "",
        "rounding": float(r.get("rounding") or 0.01),
        "active": bool(r.get("active", True)),
    }


def _product_row(r: dict[str, Any], s: StoreScope) -> dict[str, Any]:
    return {
        "id": r["id"],
        "write_date": text_or_none(r.get("write_date")),
        "product_tmpl_id": m2o(r.get("product_tmpl_id")),
        "name": r.get("name") or "",
        "default_code": text_or_none(r.get("default_code")),
        "barcode": text_or_none(r.get("barcode")),
        "categ_id": m2o(r.get("categ_id")),
        "uom_name": m2o_name(r.get("uom_id")),
        "uom_id": m2o(r.get("uom_id")),
        "tracking": r.get("tracking") or "none",
        "is_storable": s.version.is_storable(r),
        "list_price": float(r.get("list_price") or 0.0),
        "active": bool(r.get("active", True)),
    }


def _packaging_row(r: dict[str, Any], _s: StoreScope) -> dict[str, Any]:
    return {
        "id": r["id"],
        "write_date": text_or_none(r.get("write_date")),
        "product_id": m2o(r.get("product_id")) or 0,
        "name": r.get("name") or "",
        "qty": float(r.get("qty") or 0.0),
        "barcode": text_or_none(r.get("barcode")),
    }


def _lot_row(r: dict[str, Any], _s: StoreScope) -> dict[str, Any]:
    return {
        "id": r["id"],
        "write_date": text_or_none(r.get("write_date")),
        "name": r.get("name") or "",
        "product_id": m2o(r.get("product_id")) or 0,
    }


def quant_row(r: dict[str, Any], _s: StoreScope | None = None) -> dict[str, Any]:
    return {
        "id": r["id"],
        "write_date": text_or_none(r.get("write_date")),
        "product_id": m2o(r.get("product_id")) or 0,
        "location_id": m2o(r.get("location_id")) or 0,
        "lot_id": m2o(r.get("lot_id")),
        "package_id": m2o(r.get("package_id")),
        "owner_id": m2o(r.get("owner_id")),
        "quantity": float(r.get("quantity") or 0.0),
        "reserved_quantity": float(r.get("reserved_quantity") or 0.0),
        "inventory_date": text_or_none(r.get("inventory_date")),
        "inventory_quantity_set": bool(r.get("inventory_quantity_set")),
        "user_id": m2o(r.get("user_id")),
    }


def _picking_row(r: dict[str, Any], _s: StoreScope) -> dict[str, Any]:
    return {
        "id": r["id"],
        "write_date": text_or_none(r.get("write_date")),
        "name": r.get("name") or "",
        "state": r.get("state") or "draft",
        "picking_type_id": m2o(r.get("picking_type_id")),
        "picking_type_code": text_or_none(r.get("picking_type_code")),
        "partner_id": m2o(r.get("partner_id")),
        "origin": text_or_none(r.get("origin")),
        "scheduled_date": text_or_none(r.get("scheduled_date")),
        "date_deadline": text_or_none(r.get("date_deadline")),
        "date_done": text_or_none(r.get("date_done")),
        "sale_id": m2o(r.get("sale_id")),
        "carrier_id": m2o(r.get("carrier_id")),
        "location_id": m2o(r.get("location_id")),
        "location_dest_id": m2o(r.get("location_dest_id")),
        "return_id": m2o(r.get("return_id")),
        "backorder_id": m2o(r.get("backorder_id")),
    }


def _move_row(r: dict[str, Any], _s: StoreScope) -> dict[str, Any]:
    return {
        "id": r["id"],
        "write_date": text_or_none(r.get("write_date")),
        "picking_id": m2o(r.get("picking_id")),
        "product_id": m2o(r.get("product_id")) or 0,
        "name": text_or_none(r.get("name")),
        "product_uom_qty": float(r.get("product_uom_qty") or 0.0),
        "quantity": float(r.get("quantity") or 0.0),
        "picked": bool(r.get("picked")),
        "state": r.get("state") or "draft",
        "location_id": m2o(r.get("location_id")),
        "location_dest_id": m2o(r.get("location_dest_id")),
        "sale_line_id": m2o(r.get("sale_line_id")),
        "origin_returned_move_id": m2o(r.get("origin_returned_move_id")),
        "to_refund": bool(r.get("to_refund")),
        "date": text_or_none(r.get("date")),
    }


def _move_line_row(r: dict[str, Any], _s: StoreScope) -> dict[str, Any]:
    return {
        "id": r["id"],
        "write_date": text_or_none(r.get("write_date")),
        "move_id": m2o(r.get("move_id")),
        "picking_id": m2o(r.get("picking_id")),
        "product_id": m2o(r.get("product_id")) or 0,
        "lot_id": m2o(r.get("lot_id")),
        "lot_name": text_or_none(r.get("lot_name")),
        "quantity": float(r.get("quantity") or 0.0),
        "picked": bool(r.get("picked")),
        "location_id": m2o(r.get("location_id")),
        "location_dest_id": m2o(r.get("location_dest_id")),
    }


def _sale_row(r: dict[str, Any], _s: StoreScope) -> dict[str, Any]:
    return {
        "id": r["id"],
        "write_date": text_or_none(r.get("write_date")),
        "name": r.get("name") or "",
        "partner_id": m2o(r.get("partner_id")),
        "date_order": text_or_none(r.get("date_order")),
        "state": r.get("state") or "draft",
        "carrier_id": m2o(r.get("carrier_id")),
        "warehouse_id": m2o(r.get("warehouse_id")),
        "amount_total": float(r.get("amount_total") or 0.0),
        "client_order_ref": text_or_none(r.get("client_order_ref")),
        "team_name": m2o_name(r.get("team_id")),
    }


def _sale_line_row(r: dict[str, Any], _s: StoreScope) -> dict[str, Any]:
    return {
        "id": r["id"],
        "write_date": text_or_none(r.get("write_date")),
        "order_id": m2o(r.get("order_id")) or 0,
        "product_id": m2o(r.get("product_id")),
        "name": text_or_none(r.get("name")),
        "product_uom_qty": float(r.get("product_uom_qty") or 0.0),
        "qty_delivered": float(r.get("qty_delivered") or 0.0),
        "price_unit": float(r.get("price_unit") or 0.0),
        "discount": float(r.get("discount") or 0.0),
        "price_total": float(r.get("price_total") or 0.0),
    }


def _partner_row(r: dict[str, Any], _s: StoreScope) -> dict[str, Any]:
    # Only a name and the last four phone digits are kept (privacy: SPEC, "Users").
    return {
        "id": r["id"],
        "write_date": text_or_none(r.get("write_date")),
        "name": r.get("name") or "",
        "phone_last4": phone_last4(r.get("phone"), r.get("mobile")),
    }


def _carrier_row(r: dict[str, Any], _s: StoreScope) -> dict[str, Any]:
    warehouse = m2o(r.get("warehouse_id"))
    if warehouse is None and r.get("warehouse_ids"):
        ids = r["warehouse_ids"]
        warehouse = ids[0] if isinstance(ids, list) and ids else None
    return {
        "id": r["id"],
        "write_date": text_or_none(r.get("write_date")),
        "name": r.get("name") or "",
        "delivery_type": text_or_none(r.get("delivery_type")),
        "warehouse_id": warehouse,
    }


def _employee_row(r: dict[str, Any], _s: StoreScope) -> dict[str, Any]:
    tags = r.get("category_ids")
    return {
        "id": r["id"],
        "write_date": text_or_none(r.get("write_date")),
        "name": r.get("name") or "",
        "job_title": text_or_none(r.get("job_title")),
        "department": m2o_name(r.get("department_id")),
        "work_location": m2o_name(r.get("work_location_id")),
        "user_id": m2o(r.get("user_id")),
        "tags": json.dumps(tags) if isinstance(tags, list) else None,
        "is_manager": False,  # decided by the identity rules from configuration, not here
        "active": bool(r.get("active", True)),
    }
