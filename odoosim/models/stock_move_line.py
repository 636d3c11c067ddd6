"""Move lines: what is reserved or picked, where from, with which lot (Odoo 17)."""

from __future__ import annotations

from odoosim.errors import UserError
from odoosim.models.stock_move import EPS, MOVE_STATES
from odoosim.orm import Model, api_model, fields


class StockMoveLine(Model):
    """Odoo 17 ``stock.move.line`` (Product Moves (Stock Move Line)), with the fields and methods storeapp uses."""

    _name = "stock.move.line"
    _description = "Product Moves (Stock Move Line)"
    _order = "result_package_id desc, id"
    _rec_name = "product_id"

    move_id = fields.Many2one("stock.move", "Stock Operation", ondelete="cascade")
    picking_id = fields.Many2one("stock.picking", "Transfer")
    company_id = fields.Many2one("res.company", "Company")
    product_id = fields.Many2one("product.product", "Product", ondelete="cascade")
    product_uom_id = fields.Many2one("uom.uom", "Unit of Measure", required=True)
    quantity = fields.Float("Quantity")
    quantity_product_uom = fields.Float(related="quantity")
    picked = fields.Boolean("Picked")
    lot_id = fields.Many2one("stock.lot", "Lot/Serial Number")
    lot_name = fields.Char("Lot/Serial Number Name")
    package_id = fields.Many2one("stock.quant.package", "Source Package")
    result_package_id = fields.Many2one("stock.quant.package", "Destination Package")
    owner_id = fields.Many2one("res.partner", "From Owner")
    location_id = fields.Many2one("stock.location", "From", required=True)
    location_dest_id = fields.Many2one("stock.location", "To", required=True)
    date = fields.Datetime(default=lambda self: self.env.now, required=True)
    state = fields.Selection(MOVE_STATES, related="move_id.state")
    reference = fields.Char(related="move_id.reference")
    origin = fields.Char(related="move_id.origin")
    is_inventory = fields.Boolean(related="move_id.is_inventory")
    tracking = fields.Selection(
        [("serial", "By Unique Serial Number"), ("lot", "By Lots"), ("none", "No Tracking")],
        related="product_id.tracking",
    )
    description_picking = fields.Text(related="move_id.description_picking")

    def _compute_display_name(self):
        names = self.env["product.product"]._display_names(
            [self._table.rows[r].get("product_id") for r in self._ids]
        )
        return [names.get(self._table.rows[r].get("product_id"), "") for r in self._ids]

    @api_model
    def create(self, vals_list):
        self._check_access("create")
        vals_list = [vals_list] if isinstance(vals_list, dict) else vals_list
        moves = self.env["stock.move"].sudo()
        prepared = []
        for vals in vals_list:
            vals = dict(vals)
            if not vals.get("move_id") and vals.get("picking_id"):
                # Odoo 17: a line created on a picking joins the open move of its product, or
                # gets a move of its own.
                move_table = self.env.db.table("stock.move")
                match = [
                    mid
                    for mid in sorted(move_table.ids_where("picking_id", vals["picking_id"]))
                    if move_table.rows[mid]["product_id"] == vals.get("product_id")
                    and move_table.rows[mid]["state"] not in ("done", "cancel")
                ]
                if match:
                    vals["move_id"] = match[0]
                else:
                    picking = self.env.db.table("stock.picking").rows[vals["picking_id"]]
                    new = moves._create(
                        [
                            {
                                "picking_id": vals["picking_id"],
                                "product_id": vals["product_id"],
                                "product_uom_qty": 0.0,
                                "location_id": vals.get("location_id", picking["location_id"]),
                                "location_dest_id": vals.get(
                                    "location_dest_id", picking["location_dest_id"]
                                ),
                                "state": "assigned" if picking["state"] != "draft" else "draft",
                            }
                        ]
                    )
                    vals["move_id"] = new.id
            prepared.append(vals)
        lines = self._create(prepared)
        moves.browse(
            sorted({ln._row().get("move_id") for ln in lines} - {False, None})
        )._recompute_quantity()
        return lines

    def _create(self, vals_list):
        moves = self.env.db.table("stock.move").rows
        vals_list = [dict(v) for v in vals_list]
        for vals in vals_list:
            move = moves.get(vals.get("move_id"))
            if move:
                vals.setdefault("product_id", move["product_id"])
                vals.setdefault("product_uom_id", move["product_uom"])
                vals.setdefault("location_id", move["location_id"])
                vals.setdefault("location_dest_id", move["location_dest_id"])
                vals.setdefault("picking_id", move.get("picking_id") or False)
                vals.setdefault("company_id", move.get("company_id"))
                vals.setdefault("picked", bool(move.get("picked")))
            if vals.get("product_id") and not vals.get("product_uom_id"):
                vals["product_uom_id"] = (
                    self.env["product.product"].browse([vals["product_id"]]).uom_id.id
                )
        lines = super()._create(vals_list)
        for line in lines:
            row = line._row()
            # Lines made by _action_assign arrive with their quants already reserved.
            if (
                row.get("quantity")
                and not self.env.context.get("odoosim_reserved")
                and line._holds_reservation()
            ):
                line._reserve(row.get("quantity", 0.0), row.get("lot_id"))
        return lines

    def write(self, vals):
        self._check_access("write")
        self._check_fields_exist(vals)
        missing = [rid for rid in self._ids if rid not in self._table.rows]
        if missing:
            raise self.env.missing_error(self._name, missing, "write")
        done = [ml for ml in self if ml._row_state() == "done"]
        if done and ("quantity" in vals or "lot_id" in vals or "location_id" in vals):
            raise UserError(
                "You can not change the quantity, lot or location of a product move that is "
                "done. Create a return or an inventory adjustment instead."
            )
        reservation_keys = {"quantity", "lot_id", "location_id"}
        if reservation_keys & set(vals):
            for line in self:
                if line._holds_reservation():
                    line._release()
        result = self._write(vals)
        if reservation_keys & set(vals):
            for line in self:
                if line._holds_reservation():
                    row = line._row()
                    line._reserve(row.get("quantity", 0.0), row.get("lot_id"))
        moves = (
            self.env["stock.move"]
            .sudo()
            .browse(sorted({ml._row().get("move_id") for ml in self} - {False, None}))
        )
        if "picked" in vals and vals["picked"]:
            moves.filtered(lambda m: not m._row().get("picked"))._write({"picked": True})
        moves._recompute_quantity()
        return result

    def unlink(self):
        self._check_access("unlink")
        lines = self.exists()
        if any(ml._row_state() in ("done", "cancel") for ml in lines):
            raise UserError(
                "You can not delete product moves if the picking is done. You can only correct "
                "the done quantities."
            )
        moves = (
            self.env["stock.move"]
            .sudo()
            .browse(sorted({ml._row().get("move_id") for ml in lines} - {False, None}))
        )
        for line in lines:
            line._release()
        lines._unlink()
        moves._recompute_quantity()
        return True

    def _set_line_quantity(self, qty) -> None:
        """Change the quantity, moving this line's reservation along with it."""
        held = self._holds_reservation()
        if held:
            self._release()
        self._write({"quantity": qty})
        if held:
            self._reserve(qty, self._row().get("lot_id"))

    def _row_state(self) -> str | bool:
        move = self._row().get("move_id")
        if not move:
            return False
        return self.env.db.table("stock.move").rows[move]["state"]

    def _holds_reservation(self) -> bool:
        """True when this line's quantity is reserved on a quant (not done, internal source)."""
        row = self._row()
        if self._row_state() in ("done", "cancel", "draft", False):
            return False
        location = self.env.db.table("stock.location").rows[row["location_id"]]
        if location.get("usage") in ("supplier", "customer", "inventory", "production"):
            return False
        product = self.env["product.product"].browse([row["product_id"]])
        return product.detailed_type == "product"

    def _reserve(self, qty, lot_id):
        if qty > EPS:
            row = self._row()
            self.env["stock.quant"].sudo()._update_reserved_quantity(
                row["product_id"], row["location_id"], qty, lot_id or False, strict=bool(lot_id)
            )

    def _release(self):
        if self._holds_reservation():
            row = self._row()
            qty = row.get("quantity", 0.0)
            if qty > EPS:
                self.env["stock.quant"].sudo()._release_reserved(
                    row["product_id"], row["location_id"], qty, row.get("lot_id") or False
                )

    def _action_done(self):
        quants = self.env["stock.quant"].sudo()
        lots = self.env["stock.lot"].sudo()
        for line in self:
            row = line._row()
            qty = row.get("quantity", 0.0)
            if row.get("lot_name") and not row.get("lot_id"):
                lot = lots._create(
                    [
                        {
                            "name": row["lot_name"],
                            "product_id": row["product_id"],
                            "company_id": row.get("company_id"),
                        }
                    ]
                )
                line._write({"lot_id": lot.id})
                row = line._row()
            line._release()
            product = self.env["product.product"].browse([row["product_id"]])
            if product.detailed_type != "product":
                continue
            lot = row.get("lot_id") or False
            owner = row.get("owner_id") or False
            if abs(qty) > EPS:
                quants._update_available_quantity(
                    row["product_id"], row["location_id"], -qty, lot, owner
                )
                quants._update_available_quantity(
                    row["product_id"], row["location_dest_id"], qty, lot, owner
                )
            line._write({"picked": True, "date": self.env.now})
