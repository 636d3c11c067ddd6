"""picking.set_picked and picking.validate.

Picked quantities are absolute (the move's quantity *is* the number), so writing them again is
harmless and reconcile only saves requests. A validation is recognised by the picking's state;
any action dict Odoo answers instead of True (backorder wizard, SMS confirmation) means "not
done yet", never success.
"""

from __future__ import annotations

from typing import Any

from storeapp.core.ops import SHORT_PICK_CANCEL
from storeapp.core.quantities import Quantity, format_qty, qty_compare, qty_is_zero
from storeapp.core.text import msg
from storeapp.sync.errors import GatewayError, NotFound, odoo_reason
from storeapp.sync.handlers.base import (
    Attempt,
    Park,
    PushContext,
    Result,
    action_result,
    local_time,
)
from storeapp.sync.many2one import m2o_lenient

PICKING_FIELDS = ["name", "state", "write_date", "date_done", "location_id", "location_dest_id"]
MOVE_FIELDS = [
    "picking_id",
    "product_id",
    "product_uom_qty",
    "quantity",
    "picked",
    "state",
    "product_uom",
    "location_id",
    "location_dest_id",
]
LINE_FIELDS = ["move_id", "lot_id", "lot_name", "quantity", "picked"]


def read_picking(ctx: PushContext, picking_id: int, label: str) -> dict[str, Any]:
    rows = ctx.gateway.read("stock.picking", [picking_id], PICKING_FIELDS)
    if not rows:
        raise Park(
            msg("Order {order} no longer exists in Odoo (it was deleted).", order=label),
            msg("Put the items back on the shelf and tell the manager; cancel this change."),
        )
    return rows[0]


def park_if_cancelled(picking: dict[str, Any]) -> None:
    if picking["state"] == "cancel":
        raise Park(
            msg(
                "Order {order} was cancelled in Odoo at {time}.",
                order=picking["name"],
                time=local_time(picking.get("write_date")),
            ),
            msg("Put the items back on the shelf; then cancel this change."),
        )


def explain_picking_error(label: str, error: GatewayError) -> tuple[str, str]:
    if isinstance(error, NotFound):
        return (
            msg("Order {order} was deleted in Odoo.", order=label),
            msg("Put the items back on the shelf and cancel this change."),
        )
    return (
        msg(
            "Odoo refused the change to order {order}: {odoo}",
            order=label,
            odoo=odoo_reason(error),
        ),
        msg("Check the order in Odoo; when it is fixed, retry this change, or cancel it."),
    )


class MoveState:
    """The moves and move lines of a picking as Odoo has them now."""

    def __init__(self, ctx: PushContext, picking_id: int, move_ids: list[int]) -> None:
        self.moves = {m["id"]: m for m in ctx.gateway.read("stock.move", move_ids, MOVE_FIELDS)}
        lines = ctx.gateway.search_read(
            "stock.move.line", [("move_id", "in", move_ids)], LINE_FIELDS, order="id asc"
        )
        self.lines: dict[int, list[dict[str, Any]]] = {}
        for line in lines:
            self.lines.setdefault(m2o_lenient(line["move_id"]) or 0, []).append(line)
        self.picking_id = picking_id

    def matches(self, wanted: dict[str, Any]) -> bool:
        move = self.moves.get(wanted["move_id"])
        if move is None:
            return False
        qty = wanted["quantity"]
        if qty_compare(move["quantity"] or 0.0, qty) != 0:
            return False
        if bool(move["picked"]) != (not qty_is_zero(qty)):
            return False
        if wanted["lots"]:
            have: dict[Any, float] = {}
            for line in self.lines.get(move["id"], []):
                if not qty_is_zero(line["quantity"] or 0.0):
                    key = m2o_lenient(line["lot_id"]) or line.get("lot_name")
                    have[key] = have.get(key, 0.0) + line["quantity"]
            want = {(lot["lot_id"] or lot["lot_name"]): lot["quantity"] for lot in wanted["lots"]}
            want = {k: v for k, v in want.items() if not qty_is_zero(v)}
            if set(have) != set(want) or any(qty_compare(have[k], want[k]) for k in want):
                return False
        return True


def _source(ctx: PushContext, move: dict[str, Any]) -> dict[str, Any]:
    """The move's source location: its full name and usage."""
    location_id = m2o_lenient(move["location_id"])
    rows = ctx.gateway.read("stock.location", [location_id], ["complete_name", "usage"])
    return rows[0] if rows else {"id": location_id, "complete_name": f"#{location_id}"}


def lot_location(ctx: PushContext, move: dict[str, Any], lot: dict[str, Any]) -> int | None:
    """Where the move line of a scanned lot/serial must take it from: the bin of that lot's
    quant inside the move's source location (Odoo moves stock from exactly the line's
    location, so the parent location would go negative and the bin keep the item).

    A lot not in stock anywhere under the source parks the change with the reason; new lot
    names (not yet in Odoo) and sources outside the store (returns from a customer) keep the
    move's source location."""
    source: int | None = m2o_lenient(move["location_id"])
    if not lot["lot_id"]:
        return source
    where = _source(ctx, move)
    if where.get("usage") not in ("internal", "transit"):
        return source
    quants = ctx.gateway.search_read(
        "stock.quant",
        [
            ("product_id", "=", m2o_lenient(move["product_id"])),
            ("lot_id", "=", lot["lot_id"]),
            ("location_id", "child_of", source),
            ("quantity", ">", 0),
        ],
        ["location_id", "quantity"],
        order="quantity desc, id asc",
    )
    enough = [q for q in quants if qty_compare(q["quantity"], lot["quantity"]) >= 0]
    if enough:
        found: int | None = m2o_lenient(enough[0]["location_id"])
        return found
    product = move["product_id"][1] if move["product_id"] else f"#{m2o_lenient(move['product_id'])}"
    name = lot.get("lot_name") or f"#{lot['lot_id']}"
    raise Park(
        msg(
            "{product} {lot} is not in stock at {location} in Odoo (Odoo has {have} of it "
            "there, {picked} picked), so Odoo cannot take it from a shelf of this store.",
            product=product,
            lot=name,
            location=where["complete_name"],
            have=Quantity(sum(q["quantity"] for q in quants)),
            picked=Quantity(lot["quantity"]),
        ),
        msg(
            "Check the item's label: if it is another serial or lot, pick the order again with "
            "that one and cancel this change; otherwise ask the manager to correct the stock in "
            "Odoo, then retry."
        ),
    )


def write_picked(ctx: PushContext, state: MoveState, moves: list[dict[str, Any]]) -> None:
    """Write absolute picked quantities (and lots) on moves and move lines."""
    gw = ctx.gateway
    # Moves without lots that get the same values share one write (a full pick of an order
    # whose lines all ask for 1 is a single request).
    plain: dict[tuple[float, bool], list[int]] = {}
    for wanted in moves:
        if state.matches(wanted):
            continue
        move = state.moves[wanted["move_id"]]
        qty = wanted["quantity"]
        picked = not qty_is_zero(qty)
        if not wanted["lots"]:
            plain.setdefault((qty, picked), []).append(move["id"])
            continue
        existing = list(state.lines.get(move["id"], []))
        by_key = {(m2o_lenient(line["lot_id"]) or line.get("lot_name")): line for line in existing}
        used: set[int] = set()
        for lot in wanted["lots"]:
            key = lot["lot_id"] or lot["lot_name"]
            line = by_key.get(key)
            if line is not None:
                used.add(line["id"])
                gw.write(
                    "stock.move.line", [line["id"]], {"quantity": lot["quantity"], "picked": True}
                )
            else:
                values = {
                    "move_id": move["id"],
                    "picking_id": state.picking_id,
                    "product_id": m2o_lenient(move["product_id"]),
                    "product_uom_id": m2o_lenient(move.get("product_uom")),
                    "location_id": lot_location(ctx, move, lot),
                    "location_dest_id": m2o_lenient(move["location_dest_id"]),
                    "quantity": lot["quantity"],
                    "picked": True,
                }
                if lot["lot_id"]:
                    values["lot_id"] = lot["lot_id"]
                else:
                    values["lot_name"] = lot["lot_name"]
                gw.create("stock.move.line", {k: v for k, v in values.items() if v is not None})
        stale = [line["id"] for line in existing if line["id"] not in used]
        if stale:
            gw.execute("stock.move.line", "unlink", stale)
        gw.write("stock.move", [move["id"]], {"picked": picked})
    for (qty, picked), ids in plain.items():
        gw.write("stock.move", ids, {"quantity": qty, "picked": picked})


class PickingSetPicked:
    """Absolute picked quantities (and lots) on an order's moves."""

    kind = "picking.set_picked"

    def _state(self, ctx: PushContext, attempt: Attempt) -> tuple[dict[str, Any], MoveState]:
        p = attempt.payload
        label = p["picking_name"] or f"#{p['picking_id']}"
        picking = read_picking(ctx, p["picking_id"], label)
        park_if_cancelled(picking)
        state = MoveState(ctx, p["picking_id"], [m["move_id"] for m in p["moves"]])
        missing = [m["move_id"] for m in p["moves"] if m["move_id"] not in state.moves]
        foreign = [
            mid for mid, m in state.moves.items() if m2o_lenient(m["picking_id"]) != p["picking_id"]
        ]
        if missing or foreign:
            raise Park(
                msg(
                    "The lines of order {order} were changed in Odoo since it was picked.",
                    order=picking["name"],
                ),
                msg("Open the order again, pick it again, and cancel this change."),
            )
        attempt.scratch["picking"] = picking
        attempt.scratch["state"] = state
        return picking, state

    def reconcile(self, ctx: PushContext, attempt: Attempt) -> Result | None:
        picking, state = self._state(ctx, attempt)
        if all(state.matches(m) for m in attempt.payload["moves"]):
            return {"picking_id": picking["id"], "state": picking["state"], "already": True}
        if picking["state"] == "done":
            raise Park(
                msg(
                    "Order {order} was already validated in Odoo at {time} with other "
                    "quantities than picked here.",
                    order=picking["name"],
                    time=local_time(picking.get("date_done")),
                ),
                msg("Check the order in Odoo with the manager, then cancel this change."),
            )
        return None

    def apply(self, ctx: PushContext, attempt: Attempt) -> Result:
        picking = attempt.scratch["picking"]
        write_picked(ctx, attempt.scratch["state"], attempt.payload["moves"])
        return {"picking_id": picking["id"], "state": picking["state"]}

    def explain(self, attempt: Attempt, error: GatewayError) -> tuple[str, str]:
        p = attempt.payload
        return explain_picking_error(p["picking_name"] or f"#{p['picking_id']}", error)


def validate_picking(ctx: PushContext, picking_id: int, label: str, cancel_rest: bool) -> Result:
    """button_validate without wizards: no SMS question, backorder per the store setting.

    The answer is never trusted as proof: the picking is read back, and only state "done"
    counts as validated."""
    gw = ctx.gateway
    context: dict[str, Any] = {"skip_sms": True, "skip_backorder": True}
    if cancel_rest:
        context["picking_ids_not_to_backorder"] = [picking_id]
    answer = action_result(
        gw.execute("stock.picking", "button_validate", [picking_id], context=context)
    )
    if answer is not None and answer.get("res_model") == "stock.backorder.confirmation":
        # Odoo asked anyway (a customised flow): answer its wizard the way the store decided.
        wizard_context = dict(answer.get("context") or {})
        wizard_id = gw.create("stock.backorder.confirmation", {}, context=wizard_context)
        method = "process_cancel_backorder" if cancel_rest else "process"
        action_result(
            gw.execute("stock.backorder.confirmation", method, [wizard_id], context=wizard_context)
        )
    # One read for the outcome: the picking itself and any backorder Odoo made of it.
    rows = gw.search_read(
        "stock.picking",
        ["|", ("id", "=", picking_id), ("backorder_id", "=", picking_id)],
        ["name", "state", "backorder_id"],
        order="id asc",
    )
    picking = [r for r in rows if r["id"] == picking_id]
    if not picking:
        raise Park(
            msg("Order {order} was deleted in Odoo while it was being validated.", order=label),
            msg("Tell the manager."),
        )
    if picking[0]["state"] != "done":
        wizard = (answer or {}).get("res_model") or (answer or {}).get("tag") or "none"
        raise Park(
            msg(
                "Odoo did not validate order {order} (it is '{state}'; Odoo asked for: {wizard}).",
                order=picking[0]["name"],
                state=picking[0]["state"],
                wizard=wizard,
            ),
            msg("Validate the order in Odoo, then retry this change (it will see it is done)."),
        )
    backorders = [r["id"] for r in rows if r["id"] != picking_id]
    return {"picking_id": picking_id, "state": "done", "backorder_ids": backorders}


class PickingValidate:
    """Validate an order (handover): done is recognised by the picking's state."""

    kind = "picking.validate"

    def reconcile(self, ctx: PushContext, attempt: Attempt) -> Result | None:
        p = attempt.payload
        picking = read_picking(ctx, p["picking_id"], p["picking_name"] or f"#{p['picking_id']}")
        if picking["state"] == "done":
            backorders = ctx.gateway.search("stock.picking", [("backorder_id", "=", picking["id"])])
            return {"picking_id": picking["id"], "state": "done", "backorder_ids": backorders}
        park_if_cancelled(picking)
        attempt.scratch["picking"] = picking
        return None

    def apply(self, ctx: PushContext, attempt: Attempt) -> Result:
        p = attempt.payload
        policy = p.get("short_policy") or ctx.settings.short_pick_policy
        return validate_picking(
            ctx, p["picking_id"], attempt.scratch["picking"]["name"], policy == SHORT_PICK_CANCEL
        )

    def explain(self, attempt: Attempt, error: GatewayError) -> tuple[str, str]:
        p = attempt.payload
        return explain_picking_error(p["picking_name"] or f"#{p['picking_id']}", error)


__all__ = ["PickingSetPicked", "PickingValidate", "validate_picking", "write_picked", "format_qty"]
