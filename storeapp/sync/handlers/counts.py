"""count.apply: an approved count adjustment, applied as a difference against the snapshot.

The stock.move Odoo makes is named by the context `inventory_name`, which starts with
"StoreApp [op:<uuid>]" and lands in the move's `reference` on 17, 18 and 19 (19 has no
`stock.move.name`; `OdooVersion.marker_field`), so reconcile finds the effect with `=like`. A real Odoo appends
" (<user>)" when the quant has a user, hence the prefix match; and applying the same quant again
leaves a second move with quantity 0, which is not the effect.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from typing import Any

from storeapp.core.count_review import explain
from storeapp.core.ops import CountAdjustment, count_adjustment, op_marker
from storeapp.core.quantities import Quantity, qty_compare
from storeapp.core.store_clock import store_zone
from storeapp.core.text import msg
from storeapp.sync.errors import GatewayError, NotFound, odoo_reason
from storeapp.sync.handlers.base import (
    Attempt,
    Park,
    PushContext,
    Result,
    any_of,
    by_marker,
)
from storeapp.sync.many2one import m2o_lenient

CONFLICT_RETRIES = 3


def _label(p: dict[str, Any]) -> str:
    product = p.get("product_name") or f"product #{p['product_id']}"
    location = p.get("location_name") or f"location #{p['location_id']}"
    return msg("{product} in {location}", product=product, location=location)


def move_name_prefix(op_uuid: str) -> str:
    return f"StoreApp {op_marker(op_uuid)}"


def _explanation(p: dict[str, Any], adjustment: CountAdjustment, timezone: str) -> str:
    """The manager's sentence ("counted 9 at 10:02, system showed 12, 2 sold since: adjusting
    −3 from 10 to 7"); ops written before counts recorded their time leave the time out.
    The time is the store's (`timezone`), as the counter saw it on the shelf."""
    try:
        counted_at = datetime.fromisoformat(p["counted_at"]) if p.get("counted_at") else None
    except ValueError:
        counted_at = None
    return explain(
        p["counted"],
        counted_at,
        p["snapshot_qty"],
        adjustment.current_server_qty,
        store_zone(timezone),
    )


def _other_count(move: dict[str, Any], zone: tzinfo) -> str:
    """The other count, as Odoo recorded it: who counted (from a storeapp move name), when."""
    name = move.get("reference") or move.get("name") or ""
    who = (
        name.split("counted by ", 1)[1].split(",")[0].split(";")[0] if "counted by " in name else ""
    )
    said = (
        msg("counted by {person}", person=who)
        if who
        else msg("adjusted in Odoo ('{name}')", name=name[:80])
    )
    try:
        moment = datetime.strptime(move.get("date") or "", "%Y-%m-%d %H:%M:%S")
        when = _store_time(moment.replace(tzinfo=UTC), zone)
    except ValueError:
        when = msg("an unknown time")
    return msg(
        "{said} at {time}, a change of {change}",
        said=said,
        time=when,
        change=Quantity(move["quantity"]),
    )


def _store_time(moment: datetime, zone: tzinfo) -> str:
    """ "HH:MM" in the store's zone ("DD/MM HH:MM" when not today there)."""
    local = moment.astimezone(zone)
    if local.date() == datetime.now(zone).date():
        return local.strftime("%H:%M")
    return local.strftime("%d/%m %H:%M")


def _counted_at(text: str, zone: tzinfo) -> str:
    try:
        return _store_time(datetime.fromisoformat(text), zone)
    except ValueError:
        return msg("an unknown time")


class CountApply:
    """An approved count adjustment, found again by its move name."""

    kind = "count.apply"

    def reconcile(self, ctx: PushContext, attempt: Attempt) -> Result | None:
        p = attempt.payload
        moves = ctx.marked(self, attempt)
        real = [m for m in moves if qty_compare(m["quantity"] or 0.0, 0.0) > 0]
        if real:
            return {"move_id": real[0]["id"], "quantity": real[0]["quantity"], "already": True}
        if moves and qty_compare(p["counted"], p["snapshot_qty"]) == 0:
            # A count that confirmed the system figure makes a zero move: that is its effect.
            return {"move_id": moves[0]["id"], "quantity": 0.0, "already": True}
        return None

    def find_marked(
        self, ctx: PushContext, attempts: list[Attempt]
    ) -> dict[str, list[dict[str, Any]]]:
        """Done inventory moves named with any of the ops' markers, in one search."""
        prefixes = {move_name_prefix(a.op.uuid): a.op.uuid for a in attempts}
        field = ctx.version.marker_field
        moves = ctx.gateway.search_read(
            "stock.move",
            [
                ("state", "=", "done"),
                *any_of([(field, "=like", prefix + "%") for prefix in prefixes]),
            ],
            [field, "quantity", "location_id", "location_dest_id"],
            order="id asc",
        )
        return by_marker(moves, field, prefixes)

    @staticmethod
    def _lot(gw: Any, p: dict[str, Any]) -> int | None:
        """The lot or serial a count found that Odoo did not know when it was counted: found by
        name (created since, or by an earlier attempt of this op), else created."""
        name = p.get("lot_name")
        if not name:
            return None
        found = gw.search_read(
            "stock.lot",
            [("product_id", "=", p["product_id"]), ("name", "=", name)],
            ["id"],
            limit=1,
        )
        if found:
            return int(found[0]["id"])
        values: dict[str, Any] = {"name": name, "product_id": p["product_id"]}
        location = gw.read("stock.location", [p["location_id"]], ["company_id"])
        company = location[0].get("company_id") if location else None
        if company:
            values["company_id"] = m2o_lenient(company)
        created: int = gw.create("stock.lot", values)
        return created

    def _refuse_if_counted_since(self, ctx: PushContext, attempt: Attempt) -> None:
        """Park the op when the stock was counted or adjusted in Odoo after the figure this
        count was judged against (another PC, or Odoo itself): applying its difference on top
        would count the same shelf twice. A person decides, with both counts named.

        "After" is Odoo's own clock on both sides (the cached quant's write_date and the move's
        date), so the PC's clock plays no part; this PC's own earlier counts that the snapshot
        already included are not conflicts."""
        p = attempt.payload
        as_of = p.get("snapshot_as_of")
        if not as_of:
            return  # saved by an older version: nothing to compare with
        known = [op_marker(u) for u in (attempt.op.uuid, *p.get("snapshot_includes", []))]
        moves = ctx.gateway.search_read(
            "stock.move",
            [
                ("product_id", "=", p["product_id"]),
                ("is_inventory", "=", True),
                ("state", "=", "done"),
                ("date", ">", as_of),
                "|",
                ("location_id", "=", p["location_id"]),
                ("location_dest_id", "=", p["location_id"]),
            ],
            [ctx.version.marker_field, "quantity", "date"],
            order="id asc",
        )
        field = ctx.version.marker_field
        others = [
            m
            for m in moves
            if qty_compare(m["quantity"] or 0.0, 0.0) > 0
            and not any(marker in (m[field] or "") for marker in known)
        ]
        if not others:
            return
        other = others[-1]
        quants = ctx.gateway.search_read(
            "stock.quant",
            [("product_id", "=", p["product_id"]), ("location_id", "=", p["location_id"])],
            ["quantity"],
        )
        now = sum(q["quantity"] for q in quants)
        zone = store_zone(ctx.settings.timezone)
        counter = p.get("counted_by") or msg("someone")
        mine = msg("{counted} by {person} here", counted=Quantity(p["counted"]), person=counter)
        if p.get("counted_at"):
            mine = msg(
                "{counted} by {person} here at {time}",
                counted=Quantity(p["counted"]),
                person=counter,
                time=_counted_at(p["counted_at"], zone),
            )
        raise Park(
            msg(
                "{what} was counted twice: {other}, and {mine}; Odoo now shows {now}. Applying "
                "this count as well would change the stock twice.",
                what=_label(p),
                other=_other_count(other, zone),
                mine=mine,
                now=Quantity(now),
            ),
            msg(
                "Recount the shelf with the manager; if Odoo's figure is right, cancel this "
                "change, otherwise cancel it and submit the new count."
            ),
        )

    def apply(self, ctx: PushContext, attempt: Attempt) -> Result:
        p = attempt.payload
        gw = ctx.gateway
        self._refuse_if_counted_since(ctx, attempt)
        lot_id = p["lot_id"] or self._lot(gw, p)
        domain = [
            ("product_id", "=", p["product_id"]),
            ("location_id", "=", p["location_id"]),
            ("lot_id", "=", lot_id or False),
        ]
        # Counts are of loose, company-owned stock (packages and consignment are not counted
        # in the store app); those fields exist only when Odoo has the features installed.
        known = gw.model_fields("stock.quant")
        domain += [(name, "=", False) for name in ("package_id", "owner_id") if name in known]
        for _ in range(CONFLICT_RETRIES):
            quants = gw.search_read("stock.quant", domain, ["quantity"], order="id asc", limit=1)
            current = quants[0]["quantity"] if quants else 0.0
            adjustment = count_adjustment(current, p["counted"], p["snapshot_qty"])
            who = ""
            if p.get("counted_by"):
                who = f"; counted by {p['counted_by']}"
            # The manager decides after the op was written: the op row holds who approved.
            approver = p.get("approved_by") or attempt.op.approver_name
            if approver:
                who += f", approved by {approver}"
            explanation = _explanation(p, adjustment, ctx.settings.timezone)
            name = f"{move_name_prefix(attempt.op.uuid)} {explanation}{who}"
            mode = {"inventory_mode": True}
            if quants:
                quant_id = quants[0]["id"]
                gw.write(
                    "stock.quant",
                    [quant_id],
                    {"inventory_quantity": adjustment.target},
                    context=mode,
                )
            else:
                values: dict[str, Any] = {
                    "product_id": p["product_id"],
                    "location_id": p["location_id"],
                    "inventory_quantity": adjustment.target,
                }
                if lot_id:
                    values["lot_id"] = lot_id
                quant_id = gw.create("stock.quant", values, context=mode)
            answer = gw.execute(
                "stock.quant",
                "action_apply_inventory",
                [quant_id],
                context={"inventory_mode": True, "inventory_name": name},
            )
            if not isinstance(answer, dict):
                return {
                    "quant_id": quant_id,
                    "server_qty": adjustment.current_server_qty,
                    "target": adjustment.target,
                    "difference": adjustment.difference,
                    "explanation": explanation,
                }
            wizard = answer.get("res_model")
            if wizard == "stock.inventory.conflict":
                continue  # stock moved between our write and the apply: read again, retry
            if wizard == "stock.track.confirmation":
                raise Park(
                    msg(
                        "{what}: Odoo wants a lot/serial number for this product before it "
                        "accepts the count.",
                        what=_label(p),
                    ),
                    msg(
                        "Count this product again scanning its lot or serial numbers; cancel "
                        "this change."
                    ),
                )
            raise Park(
                msg(
                    "{what}: Odoo asked a question storeapp cannot answer ({wizard}).",
                    what=_label(p),
                    wizard=wizard,
                ),
                msg(
                    "Apply this count in Odoo (Inventory > Physical Inventory), then cancel "
                    "this change."
                ),
            )
        raise Park(
            msg(
                "{what}: the stock kept moving in Odoo while the count was applied ({tries} "
                "tries).",
                what=_label(p),
                tries=CONFLICT_RETRIES,
            ),
            msg("Retry this change in a quiet moment."),
        )

    def explain(self, attempt: Attempt, error: GatewayError) -> tuple[str, str]:
        p = attempt.payload
        if isinstance(error, NotFound):
            return (
                msg("{what}: the product or location was deleted in Odoo.", what=_label(p)),
                msg("Tell the manager; cancel this count."),
            )
        return (
            msg(
                "Odoo refused the count of {what} (counted {counted}): {odoo}",
                what=_label(p),
                counted=Quantity(p["counted"]),
                odoo=odoo_reason(error),
            ),
            msg(
                "If Odoo says only a stock manager may apply counts, ask IT to give the Odoo "
                "user of this PC the Inventory Administrator right, then retry; otherwise cancel "
                "the change."
            ),
        )
