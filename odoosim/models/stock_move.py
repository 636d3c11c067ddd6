"""Stock moves and move lines: reservation, picked quantities and the done step (Odoo 17)."""

from __future__ import annotations

import math

from odoosim.errors import UserError
from odoosim.models.stock_base import BYPASS_USAGES
from odoosim.orm import Model, api_model, fields

MOVE_STATES = [
    ("draft", "New"),
    ("waiting", "Waiting Another Move"),
    ("confirmed", "Waiting Availability"),
    ("partially_available", "Partially Available"),
    ("assigned", "Available"),
    ("done", "Done"),
    ("cancel", "Cancelled"),
]
EPS = 1e-9
UOM_DIGITS = 2  # decimal.precision "Product Unit of Measure"


class StockMove(Model):
    """Odoo 17 ``stock.move`` (Stock Move), with the fields and methods storeapp uses."""

    _name = "stock.move"
    _description = "Stock Move"
    _order = "sequence, id"

    name = fields.Char("Description", required=True)
    sequence = fields.Integer(default=10)
    priority = fields.Selection([("0", "Normal"), ("1", "Urgent")], default="0")
    date = fields.Datetime("Date Scheduled", default=lambda self: self.env.now)
    date_deadline = fields.Datetime("Deadline")
    company_id = fields.Many2one(
        "res.company", "Company", required=True, default=lambda self: self.env.company.id
    )
    product_id = fields.Many2one("product.product", "Product", required=True)
    description_picking = fields.Text("Description of Picking")
    product_uom_qty = fields.Float("Demand", default=0.0, required=True)
    product_qty = fields.Float("Real Quantity", related="product_uom_qty")
    product_uom = fields.Many2one("uom.uom", "UoM", required=True)
    quantity = fields.Float("Quantity", inverse="_set_quantity")
    picked = fields.Boolean("Picked")
    state = fields.Selection(MOVE_STATES, "Status", default="draft", readonly=True)
    location_id = fields.Many2one("stock.location", "Source Location", required=True)
    location_dest_id = fields.Many2one("stock.location", "Destination Location", required=True)
    partner_id = fields.Many2one("res.partner", "Destination Address")
    picking_id = fields.Many2one("stock.picking", "Transfer", ondelete="cascade")
    picking_type_id = fields.Many2one("stock.picking.type", "Operation Type")
    origin = fields.Char("Source Document")
    reference = fields.Char()
    is_inventory = fields.Boolean("Inventory")
    procure_method = fields.Selection(
        [
            ("make_to_stock", "Default: Take From Stock"),
            ("make_to_order", "Advanced: Apply Procurement Rules"),
        ],
        default="make_to_stock",
        required=True,
    )
    origin_returned_move_id = fields.Many2one("stock.move", "Origin return move", copy=False)
    returned_move_ids = fields.One2many(
        "stock.move", "origin_returned_move_id", "All returned moves"
    )
    to_refund = fields.Boolean("Update quantities on SO/PO", copy=False)
    sale_line_id = fields.Many2one("sale.order.line", "Sale Line")
    warehouse_id = fields.Many2one("stock.warehouse", "Warehouse")
    move_line_ids = fields.One2many("stock.move.line", "move_id", "Move Lines")
    product_tmpl_id = fields.Many2one("product.template", related="product_id.product_tmpl_id")
    has_tracking = fields.Selection(
        [("serial", "By Unique Serial Number"), ("lot", "By Lots"), ("none", "No Tracking")],
        related="product_id.tracking",
    )
    product_type = fields.Selection(
        [("consu", "Consumable"), ("service", "Service"), ("product", "Storable Product")],
        related="product_id.detailed_type",
    )
    scrapped = fields.Boolean(related="location_dest_id.scrap_location")
    lot_ids = fields.Many2many("stock.lot", "Serial Numbers", compute="_compute_lot_ids")

    def _compute_lot_ids(self):
        lines = self.env.db.table("stock.move.line")
        return [
            sorted(
                {lines.rows[ml].get("lot_id") for ml in lines.ids_where("move_id", rid)}
                - {False, None}
            )
            for rid in self._ids
        ]

    # -- create / write -------------------------------------------------------------------------
    @api_model
    def create(self, vals_list):
        self._check_access("create")
        vals_list = [vals_list] if isinstance(vals_list, dict) else vals_list
        moves = self._create(vals_list)
        to_confirm = moves.filtered(
            lambda m: (
                m.picking_id
                and m.picking_id.state not in ("draft", "done", "cancel")
                and m.state == "draft"
            )
        )
        if to_confirm:
            to_confirm._action_confirm()
        return moves

    def _create(self, vals_list):
        vals_list = [dict(vals) for vals in vals_list]
        pickings = self.env.db.table("stock.picking").rows
        products = self.env["product.product"]
        for vals in vals_list:
            picking = pickings.get(vals.get("picking_id"))
            if picking:
                vals.setdefault("location_id", picking["location_id"])
                vals.setdefault("location_dest_id", picking["location_dest_id"])
                vals.setdefault("picking_type_id", picking["picking_type_id"])
                vals.setdefault("partner_id", picking.get("partner_id") or False)
                vals.setdefault("origin", picking.get("origin") or False)
                vals.setdefault("reference", picking.get("name"))
            if vals.get("product_id") and not vals.get("product_uom"):
                vals["product_uom"] = products.browse([vals["product_id"]]).uom_id.id
            if vals.get("product_id") and not vals.get("name"):
                vals["name"] = products._display_name_of(vals["product_id"])
            vals.setdefault("reference", vals.get("name"))
        lines_first = []
        for vals in vals_list:
            # Move lines given inline are created after the move exists.
            lines_first.append(vals.pop("move_line_ids", None))
        moves = super()._create(vals_list)
        for move, lines in zip(moves, lines_first, strict=True):
            if lines:
                move._apply_o2m_commands(move._fields["move_line_ids"], lines)
                move._recompute_quantity()
        return moves

    def write(self, vals):
        vals = dict(vals)
        quantity = vals.pop("quantity", None)
        picked = vals.pop("picked", None)
        result = super().write(vals) if vals else self._check_writable()
        if quantity is not None:
            self._set_quantity(quantity)
        if picked is not None:
            self._set_picked(bool(picked))
        return result

    def _check_writable(self):
        self._check_access("write")
        missing = [rid for rid in self._ids if rid not in self._table.rows]
        if missing:
            raise self.env.missing_error(self._name, missing, "write")
        return True

    def _set_picked(self, picked: bool) -> None:
        for move in self:
            lines = move.move_line_ids
            if lines:
                lines._write({"picked": picked})
            move._write({"picked": picked})

    def _set_quantity(self, quantity) -> None:
        """Inverse of ``quantity``: grow the last line (or add one), or shrink from the end."""
        quantity = float(quantity or 0.0)
        self._check_quantity_rounding(quantity)
        for move in self:
            row = move._row()
            if row["state"] in ("done", "cancel"):
                move._write({"quantity": quantity})
                continue
            lines = move.move_line_ids
            current = sum(line._row().get("quantity", 0.0) for line in lines)
            delta = quantity - current
            if delta > EPS:
                if lines:
                    last = lines.browse(lines.ids[-1:])
                    last._set_line_quantity(last._row().get("quantity", 0.0) + delta)
                else:
                    move.env["stock.move.line"]._create([move._line_values(delta)])
            elif delta < -EPS:
                remove = -delta
                for line in reversed(list(lines)):
                    if remove <= EPS:
                        break
                    qty = line._row().get("quantity", 0.0)
                    take = min(qty, remove)
                    remove -= take
                    if qty - take <= EPS:
                        line._release()
                        line._unlink()
                    else:
                        line._set_line_quantity(qty - take)
            move._recompute_quantity()

    def _check_quantity_rounding(self, quantity: float) -> None:
        """Odoo 17 ``_set_quantity``: the quantity rounded half-up by the unit's rounding must
        equal it at the "Product Unit of Measure" precision (2 digits), or a UserError names
        every offending move."""
        errors = []
        for move in self:
            uom = move.env["uom.uom"].browse([move._row()["product_uom"]])
            step = uom._row().get("rounding") or 0.01
            on_grid = math.floor(abs(quantity) / step + 0.5 + EPS) * step
            if round(on_grid, UOM_DIGITS) != round(abs(quantity), UOM_DIGITS):
                errors.append(
                    "\nThe quantity done for the product "
                    f"{move.product_id.display_name} doesn't respect the rounding precision "
                    f"defined on the unit of measure {uom.display_name}.\nPlease change the "
                    "quantity done or the rounding precision of your unit of measure."
                )
        if errors:
            raise UserError("\n".join(errors))

    def _line_values(self, quantity, lot_id=False, location_id=None) -> dict:
        row = self._row()
        return {
            "move_id": self.id,
            "picking_id": row.get("picking_id") or False,
            "product_id": row["product_id"],
            "product_uom_id": row["product_uom"],
            "location_id": location_id or row["location_id"],
            "location_dest_id": row["location_dest_id"],
            "lot_id": lot_id,
            "quantity": quantity,
            "picked": bool(row.get("picked")),
            "company_id": row.get("company_id"),
        }

    # -- derived state ---------------------------------------------------------------------------
    def _recompute_quantity(self) -> None:
        lines = self.env.db.table("stock.move.line")
        for move in self.exists():
            row = move._row()
            ids = lines.ids_where("move_id", move.id)
            qty = sum(lines.rows[ml].get("quantity", 0.0) for ml in ids)
            picked = row.get("picked") or any(lines.rows[ml].get("picked") for ml in ids)
            vals = {}
            if abs(qty - row.get("quantity", 0.0)) > EPS:
                vals["quantity"] = qty
            if bool(picked) != bool(row.get("picked")):
                vals["picked"] = bool(picked)
            if row["state"] in ("confirmed", "partially_available", "assigned", "waiting"):
                state = move._reservation_state(qty)
                if state != row["state"]:
                    vals["state"] = state
            if vals:
                move._write(vals)
        self._recompute_pickings()

    def _reservation_state(self, qty) -> str:
        demand = self._row().get("product_uom_qty", 0.0)
        if qty >= demand - EPS and demand > 0 or (demand <= 0 and qty > 0):
            return "assigned"
        if qty > EPS:
            return "partially_available"
        return "confirmed"

    def _recompute_pickings(self) -> None:
        pickings = {m._row().get("picking_id") for m in self.exists()} - {False, None}
        if pickings:
            self.env["stock.picking"].sudo().browse(sorted(pickings))._recompute_state()

    def _bypasses_reservation(self) -> bool:
        row = self._row()
        usage = self.env.db.table("stock.location").rows[row["location_id"]].get("usage")
        storable = self.product_id.detailed_type == "product"
        return usage in BYPASS_USAGES or not storable

    # -- workflow ------------------------------------------------------------------------------------
    def _action_confirm(self):
        for move in self:
            if move._row()["state"] == "draft":
                move._write({"state": "confirmed"})
        to_assign = self.filtered(
            lambda m: (
                m.picking_type_id.reservation_method in ("at_confirm", False)
                and m._row()["state"] == "confirmed"
            )
        )
        if to_assign:
            to_assign._action_assign()
        self._recompute_pickings()
        return self

    def _action_assign(self):
        quants = self.env["stock.quant"].sudo()
        lines = self.env["stock.move.line"].sudo().with_context(odoosim_reserved=True)
        for move in self:
            row = move._row()
            if row["state"] not in ("confirmed", "waiting", "partially_available"):
                continue
            reserved = sum(line._row().get("quantity", 0.0) for line in move.move_line_ids)
            need = row.get("product_uom_qty", 0.0) - reserved
            if need <= EPS:
                move._recompute_quantity()
                continue
            serial = move.product_id.tracking == "serial"
            if move._bypasses_reservation():
                existing = [ml for ml in move.move_line_ids if not ml._row().get("lot_id")]
                if existing and not serial:
                    ml = existing[0]
                    ml._write({"quantity": ml._row().get("quantity", 0.0) + need})
                elif serial:
                    lines._create([move._line_values(1.0) for _ in range(int(round(need)))])
                else:
                    lines._create([move._line_values(need)])
            else:
                taken = quants._update_reserved_quantity(
                    row["product_id"], row["location_id"], need, strict=False
                )
                for qid, qty in taken:
                    quant = quants._table.rows[qid]
                    lot = quant.get("lot_id") or False
                    if serial:
                        lines._create(
                            [
                                move._line_values(1.0, lot, quant["location_id"])
                                for _ in range(int(round(qty)))
                            ]
                        )
                        continue
                    same = [
                        ml
                        for ml in move.move_line_ids
                        if (ml._row().get("lot_id") or False) == lot
                        and ml._row()["location_id"] == quant["location_id"]
                        and not ml._row().get("picked")
                    ]
                    if same:
                        same[0]._write({"quantity": same[0]._row().get("quantity", 0.0) + qty})
                    else:
                        lines._create([move._line_values(qty, lot, quant["location_id"])])
            move._recompute_quantity()
        return True

    def _do_unreserve(self):
        if any(m._row()["state"] == "done" for m in self):
            raise UserError("You cannot unreserve a stock move that has been set to 'Done'.")
        for move in self:
            row = move._row()
            if row["state"] in ("done", "cancel") or row.get("picked"):
                continue
            for line in move.move_line_ids:
                if line._row().get("picked"):
                    continue
                line._release()
                line._unlink()
            move._write({"state": "confirmed"})
            move._recompute_quantity()

    def _action_cancel(self):
        if any(m._row()["state"] == "done" for m in self):
            raise UserError(
                "You cannot cancel a stock move that has been set to 'Done'. Create a return in "
                "order to reverse the moves which took place."
            )
        for move in self:
            if move._row()["state"] == "cancel":
                continue
            for line in move.move_line_ids:
                line._release()
                line._unlink()
            move._write({"state": "cancel", "quantity": 0.0, "picked": False})
        self._recompute_pickings()
        return True

    def _split(self, qty) -> dict:
        """Reduce demand by ``qty`` and return the values of the remainder move."""
        row = self._row()
        self._write({"product_uom_qty": row["product_uom_qty"] - qty})
        vals = {
            key: row.get(key)
            for key in (
                "name",
                "product_id",
                "product_uom",
                "location_id",
                "location_dest_id",
                "picking_id",
                "picking_type_id",
                "origin",
                "partner_id",
                "company_id",
                "sale_line_id",
                "warehouse_id",
                "date",
                "date_deadline",
                "description_picking",
                "origin_returned_move_id",
                "to_refund",
                "sequence",
            )
        }
        vals.update(product_uom_qty=qty, state="draft", quantity=0.0, picked=False)
        return {k: v for k, v in vals.items() if v is not None}

    def _action_done(self, cancel_backorder=False):
        """Odoo 17 ``stock.move._action_done``: drop unpicked lines, split short moves (the
        remainder goes to a backorder or is cancelled), move the stock, mark done."""
        draft = self.filtered(lambda m: m._row()["state"] == "draft")
        if draft:
            draft._action_confirm()
        moves = self.exists().filtered(lambda m: m._row()["state"] not in ("done", "cancel"))
        for move in moves:
            if move._row().get("picked"):
                for line in move.move_line_ids:
                    if not line._row().get("picked"):
                        line._release()
                        line._unlink()
                move._recompute_quantity()
        todo = self.env["stock.move"].sudo()
        for move in moves:
            row = move._row()
            if (row.get("quantity", 0.0) <= EPS and not row.get("is_inventory")) or not row.get(
                "picked"
            ):
                if row.get("product_uom_qty", 0.0) <= EPS or cancel_backorder:
                    move._action_cancel()
                continue
            todo |= move
        remainders = []
        for move in todo:
            row = move._row()
            short = row.get("product_uom_qty", 0.0) - row.get("quantity", 0.0)
            if short <= EPS:
                continue
            if cancel_backorder:
                # Seen on a real 17.0: without backorder the short move's demand is reduced
                # in place and no cancelled remainder is left on the picking.
                move._write({"product_uom_qty": row.get("quantity", 0.0)})
            else:
                remainders.append(move._split(short))
        if remainders:
            new_moves = self.env["stock.move"].sudo()._create(remainders)
            new_moves._write({"state": "confirmed"})
        for move in todo:
            move._write(
                {
                    "product_uom_qty": max(
                        move._row()["product_uom_qty"], move._row().get("quantity", 0.0)
                    )
                }
            )
            move.move_line_ids._action_done()
            # Odoo: 'date': fields.Datetime.now(), whole seconds (write_date keeps cr.now()).
            move._write({"state": "done", "date": self.env.now[:19], "picked": True})
            move._ledger_done()
        todo._update_sale_lines()
        todo._recompute_pickings()
        return todo

    def _ledger_done(self) -> None:
        row = self._row()
        lines = [
            {
                "quantity": ml._row().get("quantity", 0.0),
                "lot_id": ml._row().get("lot_id") or False,
                "location_id": ml._row()["location_id"],
                "location_dest_id": ml._row()["location_dest_id"],
            }
            for ml in self.move_line_ids
        ]
        self.env.ledger(
            "move.done",
            "stock.move",
            self.id,
            {
                "product_id": row["product_id"],
                "quantity": row.get("quantity", 0.0),
                "location_id": row["location_id"],
                "location_dest_id": row["location_dest_id"],
                "lot_ids": sorted({ln["lot_id"] for ln in lines} - {False, None}),
                "lot_id": next((ln["lot_id"] for ln in lines if ln["lot_id"]), False),
                "lines": lines,
                "name": row.get("name"),
                "reference": row.get("reference"),
                "picking_id": row.get("picking_id") or False,
                "is_inventory": bool(row.get("is_inventory")),
            },
        )

    def _update_sale_lines(self) -> None:
        sale_lines = {m._row().get("sale_line_id") for m in self} - {False, None}
        if sale_lines:
            self.env["sale.order.line"].sudo().browse(sorted(sale_lines))._recompute_qty_delivered()
