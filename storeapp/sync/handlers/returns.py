"""return.create: a return picking of a done delivery, claimed with the op's marker.

Odoo's return wizard cannot carry our key in the same request, so the new return is claimed
right after: its `origin` gets `[op:<uuid>]`. On a retry the return is recognised by the marker,
or — when the claim itself was lost — by an unclaimed return of the same delivery with the same
lines and an id above the fence the op recorded before asking for it (no clock is compared).
Then the return is validated when the payload says so.
"""

from __future__ import annotations

from typing import Any

from storeapp.core.ops import op_marker
from storeapp.core.quantities import Quantity, qty_compare, qty_is_zero
from storeapp.core.text import Listing, msg
from storeapp.sync.errors import GatewayError, NotFound, ProtocolError, odoo_reason
from storeapp.sync.handlers.base import Attempt, Park, PushContext, Result, any_of, by_marker
from storeapp.sync.handlers.picking import MoveState, read_picking, validate_picking, write_picked
from storeapp.sync.many2one import m2o_lenient

RETURN_FIELDS = ["name", "state", "origin", "create_date", "move_ids"]


class ReturnCreate:
    """A return of a delivered order, claimed with the op marker, validated if asked."""

    kind = "return.create"

    # ---- reconcile

    def reconcile(self, ctx: PushContext, attempt: Attempt) -> Result | None:
        p = attempt.payload
        found = ctx.marked(self, attempt)
        if not found:
            found = self._unclaimed_match(ctx, attempt)
            if found:
                self._claim(ctx, attempt, found[0])
        if not found:
            return None
        ret = found[0]
        attempt.scratch["return"] = ret
        if p["validate"] and ret["state"] != "done":
            return None  # made but not validated yet: apply continues from there
        return self._result(ret)

    def find_marked(
        self, ctx: PushContext, attempts: list[Attempt]
    ) -> dict[str, list[dict[str, Any]]]:
        """Returns claimed with any of the ops' markers, in one search, whenever made."""
        markers = {op_marker(a.op.uuid): a.op.uuid for a in attempts}
        rows = ctx.gateway.search_read(
            "stock.picking",
            any_of([("origin", "like", marker) for marker in markers]),
            RETURN_FIELDS,
            order="id asc",
        )
        return by_marker(rows, "origin", markers)

    def _unclaimed_match(self, ctx: PushContext, attempt: Attempt) -> list[dict[str, Any]]:
        """Returns of the delivery that nobody claimed, made after the fence this op recorded
        just before it asked Odoo for a return, whose lines are exactly ours: our earlier
        attempt made it and lost the reply before the claim.

        The fence is Odoo's own record id (the delivery's highest return before ours), so no
        clock is involved: a PC clock minutes off, or corrected between attempts, changes
        nothing. An op that never recorded a fence never asked for a return: nothing to find.
        """
        fence = attempt.progress.get("fence")
        if not isinstance(fence, int):
            return []
        p = attempt.payload
        candidates = ctx.gateway.search_read(
            "stock.picking",
            [
                ("return_id", "=", p["delivery_id"]),
                ("id", ">", fence),
                "|",
                ("origin", "=", False),
                ("origin", "not like", "[op:"),
            ],
            RETURN_FIELDS,
            order="id asc",
        )
        want = {line["move_id"]: line["quantity"] for line in p["lines"]}
        for candidate in candidates:
            moves = ctx.gateway.read(
                "stock.move", candidate["move_ids"], ["origin_returned_move_id", "product_uom_qty"]
            )
            have = {m2o_lenient(m["origin_returned_move_id"]): m["product_uom_qty"] for m in moves}
            have = {k: v for k, v in have.items() if v}
            if set(have) == set(want) and all(qty_compare(have[k], want[k]) == 0 for k in want):
                return [candidate]
        return []

    def _claim(self, ctx: PushContext, attempt: Attempt, ret: dict[str, Any]) -> None:
        p = attempt.payload
        origin = f"Return of {p['delivery_name'] or p['delivery_id']} {op_marker(attempt.op.uuid)}"
        ctx.gateway.write("stock.picking", [ret["id"]], {"origin": origin})
        ret["origin"] = origin

    @staticmethod
    def _result(ret: dict[str, Any]) -> Result:
        return {"return_id": ret["id"], "name": ret["name"], "state": ret["state"]}

    # ---- apply

    def apply(self, ctx: PushContext, attempt: Attempt) -> Result:
        ret = attempt.scratch.get("return")
        if ret is None:
            ret = self._create(ctx, attempt)
        if attempt.payload["validate"] and ret["state"] != "done":
            self._validate(ctx, attempt, ret)
            ret = ctx.gateway.read("stock.picking", [ret["id"]], RETURN_FIELDS)[0]
        return self._result(ret)

    def _create(self, ctx: PushContext, attempt: Attempt) -> dict[str, Any]:
        p = attempt.payload
        gw = ctx.gateway
        version = ctx.version
        label = p["delivery_name"] or f"#{p['delivery_id']}"
        delivery = read_picking(ctx, p["delivery_id"], label)
        if delivery["state"] != "done":
            raise Park(
                msg(
                    "Order {order} is not delivered in Odoo ('{state}'), so it cannot be returned.",
                    order=delivery["name"],
                    state=delivery["state"],
                ),
                msg(
                    "Check the order in Odoo with the manager; cancel this change if it was "
                    "never handed over."
                ),
            )
        returned = self._check_returnable(ctx, attempt, delivery["name"])
        context = {"active_id": p["delivery_id"], "active_model": "stock.picking"}
        # Only picking_id in the create: Odoo 17 computes the lines and the return location
        # together, and a location given in the same create leaves the lines empty.
        wizard_id = gw.create(
            "stock.return.picking", {"picking_id": p["delivery_id"]}, context=context
        )
        if version.return_wizard_has_location:
            gw.write("stock.return.picking", [wizard_id], {"location_id": p["location_id"]})
        wizard = gw.read("stock.return.picking", [wizard_id], ["product_return_moves"])
        line_ids = wizard[0]["product_return_moves"] if wizard else []
        lines = gw.read(
            "stock.return.picking.line", line_ids, ["move_id", "product_id", "quantity"]
        )
        want = {line["move_id"]: line for line in p["lines"]}
        offered = {m2o_lenient(line["move_id"]) for line in lines}
        missing = [mid for mid in want if mid not in offered]
        if missing:
            raise self._not_offered(ctx, delivery["name"], missing, returned, bool(lines))
        # Every quantity is written explicitly: 17 builds pre-fill differently (demand or done).
        for line in lines:
            wanted = want.get(m2o_lenient(line["move_id"]))
            values = {"quantity": wanted["quantity"] if wanted else 0.0}
            if wanted is not None:
                values["to_refund"] = wanted["to_refund"]
            gw.write("stock.return.picking.line", [line["id"]], values)
        answer = gw.execute(
            "stock.return.picking", version.return_wizard_method, [wizard_id], context=context
        )
        if not isinstance(answer, dict) or not isinstance(answer.get("res_id"), int):
            raise ProtocolError(
                msg(
                    "Odoo's return wizard answered {answer} instead of the new return.",
                    answer=repr(answer),
                )
            )
        ret = {"id": answer["res_id"], "state": "assigned", "name": ""}
        self._claim(ctx, attempt, ret)
        if not version.return_wizard_has_location:
            gw.write("stock.picking", [ret["id"]], {"location_dest_id": p["location_id"]})
        return gw.read("stock.picking", [ret["id"]], RETURN_FIELDS)[0]

    @staticmethod
    def _not_offered(
        ctx: PushContext,
        delivery: str,
        missing: list[int],
        returned: dict[int | None, float],
        any_offered: bool,
    ) -> Park:
        """Why Odoo's wizard left out some of our moves, from what Odoo says of them.

        Earlier returns are blamed only when Odoo's returned quantities show them (the check
        before the wizard already parks when they take everything back); otherwise the move's
        state, or plainly the wizard, is named: an empty wizard is not "already returned"."""
        moves = ctx.gateway.read("stock.move", missing, ["product_id", "state", "quantity"])
        found = {m["id"]: m for m in moves}
        reasons: list[str] = []
        for mid in missing:
            move = found.get(mid)
            if move is None:
                reasons.append(msg("line #{line} no longer exists in the order", line=mid))
                continue
            product = move["product_id"][1] if move["product_id"] else msg("line #{line}", line=mid)
            if move["state"] != "done":
                reasons.append(
                    msg(
                        "{product} is '{state}' in Odoo, not delivered",
                        product=product,
                        state=move["state"],
                    )
                )
            elif returned.get(mid):
                reasons.append(
                    msg(
                        "{product}: {returned} of {delivered} already returned",
                        product=product,
                        returned=Quantity(returned[mid]),
                        delivered=Quantity(move["quantity"]),
                    )
                )
            else:
                reasons.append(
                    msg(
                        "{product} was delivered and nothing of it was returned yet",
                        product=product,
                    )
                )
        if any_offered:
            what = msg(
                "Odoo's return wizard for order {order} left out some lines: {reasons}. No "
                "return was made in Odoo.",
                order=delivery,
                reasons=Listing(reasons),
            )
        else:
            what = msg(
                "Odoo's return wizard for order {order} offered no lines at all: {reasons}. No "
                "return was made in Odoo.",
                order=delivery,
                reasons=Listing(reasons),
            )
        return Park(
            what,
            msg(
                "Open the order in Odoo with the manager and try its Return button; if Odoo "
                "offers the items there, retry this change, otherwise cancel it."
            ),
        )

    def _check_returnable(
        self, ctx: PushContext, attempt: Attempt, delivery: str
    ) -> dict[int | None, float]:
        """Re-check against Odoo what each move can still give back, before creating anything.

        The screen checked the cache, but another PC of the store (or another store) may have
        returned the same items while this one was offline; Odoo's wizard would accept more
        than was delivered, so the limit is enforced here and the op parked with the numbers.
        Returns what Odoo says was already returned, per delivered move.
        """
        gw = ctx.gateway
        want = {line["move_id"]: line["quantity"] for line in attempt.payload["lines"]}
        moves = gw.read("stock.move", list(want), ["product_id", "quantity", "state"])
        back = gw.search_read(
            "stock.move",
            [("origin_returned_move_id", "in", list(want))],
            ["origin_returned_move_id", "product_uom_qty", "quantity", "state", "picking_id"],
        )
        # Every return of this delivery so far has an id up to this fence; ours will be above.
        attempt.keep({"fence": max((m2o_lenient(m["picking_id"]) or 0 for m in back), default=0)})
        back = [m for m in back if m["state"] != "cancel"]
        returned: dict[int | None, float] = {}
        for move in back:
            qty = move["quantity"] if move["state"] == "done" else move["product_uom_qty"]
            origin = m2o_lenient(move["origin_returned_move_id"])
            returned[origin] = returned.get(origin, 0.0) + qty
        for move in moves:
            left = max(0.0, move["quantity"] - returned.get(move["id"], 0.0))
            if qty_compare(want[move["id"]], left) > 0:
                product = move["product_id"][1] if move["product_id"] else f"#{move['id']}"
                if qty_is_zero(returned.get(move["id"], 0.0)):
                    raise Park(
                        msg(
                            "Order {order}: this return asks for {wanted} × {product}, but Odoo "
                            "shows only {delivered} delivered on that line ('{state}') and "
                            "nothing returned.",
                            order=delivery,
                            wanted=Quantity(want[move["id"]]),
                            product=product,
                            delivered=Quantity(move["quantity"]),
                            state=move["state"],
                        ),
                        msg(
                            "Check the order in Odoo with the manager, then cancel this return "
                            "and take back only what Odoo shows as delivered."
                        ),
                    )
                raise Park(
                    msg(
                        "Order {order}: this return asks for {wanted} × {product}, but Odoo says "
                        "only {left} can still be returned ({returned} already returned, maybe "
                        "at another till or store while this PC was offline).",
                        order=delivery,
                        wanted=Quantity(want[move["id"]]),
                        product=product,
                        left=Quantity(left),
                        returned=Quantity(returned.get(move["id"], 0.0)),
                    ),
                    msg(
                        "Check the order's returns in Odoo with the manager, then cancel this "
                        "return and take back only what is left, refunding the customer "
                        "accordingly."
                    ),
                )
        return returned

    def _validate(self, ctx: PushContext, attempt: Attempt, ret: dict[str, Any]) -> None:
        p = attempt.payload
        gw = ctx.gateway
        moves = gw.read(
            "stock.move",
            ret["move_ids"],
            ["origin_returned_move_id", "product_uom_qty", "product_id"],
        )
        by_origin = {line["move_id"]: line for line in p["lines"]}
        picked = []
        for move in moves:
            line = by_origin.get(m2o_lenient(move["origin_returned_move_id"]))
            if line is None:
                continue
            picked.append(
                {
                    "move_id": move["id"],
                    "product_id": m2o_lenient(move["product_id"]),
                    "quantity": line["quantity"],
                    "lots": line["lots"],
                }
            )
        state = MoveState(ctx, ret["id"], [m["move_id"] for m in picked])
        write_picked(ctx, state, picked)
        validate_picking(ctx, ret["id"], ret["name"], cancel_rest=True)

    def explain(self, attempt: Attempt, error: GatewayError) -> tuple[str, str]:
        p = attempt.payload
        label = p["delivery_name"] or f"#{p['delivery_id']}"
        if isinstance(error, NotFound):
            return (
                msg("Order {order} was deleted in Odoo.", order=label),
                msg("Tell the manager; cancel this return."),
            )
        return (
            msg(
                "Odoo refused the return of order {order}: {odoo}",
                order=label,
                odoo=odoo_reason(error),
            ),
            msg(
                "Check the order in Odoo with the manager; retry this return when fixed, or "
                "cancel it."
            ),
        )
