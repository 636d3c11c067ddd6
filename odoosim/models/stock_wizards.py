"""Transient wizards storeapp drives over RPC: backorder, return, SMS warning, count conflict."""

from __future__ import annotations

from odoosim.errors import UserError
from odoosim.orm import Model, api_model, fields

EPS = 1e-9


class StockBackorderConfirmation(Model):
    """Odoo 17 ``stock.backorder.confirmation`` (Backorder Confirmation), with the fields and methods storeapp uses."""

    _name = "stock.backorder.confirmation"
    _description = "Backorder Confirmation"
    _rec_name = "id"

    pick_ids = fields.Many2many("stock.picking", "Pickings")
    show_transfers = fields.Boolean()
    backorder_confirmation_line_ids = fields.One2many(
        "stock.backorder.confirmation.line",
        "backorder_confirmation_id",
        "Backorder Confirmation Lines",
    )

    @api_model
    def create(self, vals_list):
        self._check_access("create")
        single = isinstance(vals_list, dict)
        vals_list = [vals_list] if single else vals_list
        wizards = self._create(vals_list)
        for wizard in wizards:
            if not wizard.backorder_confirmation_line_ids:
                self.env["stock.backorder.confirmation.line"].sudo()._create(
                    [
                        {
                            "backorder_confirmation_id": wizard.id,
                            "picking_id": pid,
                            "to_backorder": True,
                        }
                        for pid in wizard._row().get("pick_ids") or []
                    ]
                )
        return wizards

    def process(self):
        self._check_access("write")
        wizard = self.browse(self.ids[:1])
        not_to_do = [
            line.picking_id.id
            for line in wizard.backorder_confirmation_line_ids
            if not line.to_backorder
        ]
        ids = self.env.context.get("button_validate_picking_ids")
        if ids:
            pickings = self.env["stock.picking"].browse(ids).with_context(skip_backorder=True)
            if not_to_do:
                pickings = pickings.with_context(picking_ids_not_to_backorder=not_to_do)
            return pickings.button_validate()
        return True

    def process_cancel_backorder(self):
        self._check_access("write")
        ids = self.env.context.get("button_validate_picking_ids")
        if ids:
            wizard = self.browse(self.ids[:1])
            pick_ids = list(wizard._row().get("pick_ids") or []) if wizard else []
            return (
                self.env["stock.picking"]
                .browse(ids)
                .with_context(skip_backorder=True, picking_ids_not_to_backorder=pick_ids)
                .button_validate()
            )
        return True


class StockBackorderConfirmationLine(Model):
    """Odoo 17 ``stock.backorder.confirmation.line`` (Backorder Confirmation Line), with the fields and methods storeapp uses."""

    _name = "stock.backorder.confirmation.line"
    _description = "Backorder Confirmation Line"
    _rec_name = "id"

    backorder_confirmation_id = fields.Many2one(
        "stock.backorder.confirmation", "Immediate Transfer", ondelete="cascade"
    )
    picking_id = fields.Many2one("stock.picking", "Transfer")
    to_backorder = fields.Boolean("To Backorder")


class ConfirmStockSms(Model):
    """Odoo 17 ``confirm.stock.sms`` (Confirm Stock SMS), with the fields and methods storeapp uses."""

    _name = "confirm.stock.sms"
    _description = "Confirm Stock SMS"
    _rec_name = "id"

    pick_ids = fields.Many2many("stock.picking")
    company_id = fields.Many2one("res.company")

    def send_sms(self):
        """Keep SMS confirmations on; the warning is shown once per company."""
        self._check_access("write")
        wizard = self.browse(self.ids[:1])
        wizard.company_id.sudo()._write({"has_received_warning_stock_sms": True})
        return wizard._validate()

    def dont_send_sms(self):
        """Switch SMS confirmations off for the whole company, then validate."""
        self._check_access("write")
        wizard = self.browse(self.ids[:1])
        wizard.company_id.sudo()._write(
            {"has_received_warning_stock_sms": True, "stock_move_sms_validation": False}
        )
        return wizard._validate()

    def _validate(self):
        ids = self.env.context.get("button_validate_picking_ids")
        if not ids and self.env.server.personality.wizards_need_context:
            return True  # 19: without the context the wizard validates nothing
        ids = ids or list(self._row().get("pick_ids") or [])
        return self.env["stock.picking"].browse(ids).button_validate()


class StockInventoryConflict(Model):
    """Odoo 17 ``stock.inventory.conflict`` (Conflict in Inventory), with the fields and methods storeapp uses."""

    _name = "stock.inventory.conflict"
    _description = "Conflict in Inventory"
    _rec_name = "id"

    quant_ids = fields.Many2many("stock.quant", "Quants")
    quant_to_fix_ids = fields.Many2many("stock.quant", "Conflicts")

    def action_keep_counted_quantity(self):
        self._check_access("write")
        wizard = self.browse(self.ids[:1])
        quants = wizard.quant_ids
        for quant in quants:
            row = quant._row()
            quant._write(
                {
                    "inventory_diff_quantity": row.get("inventory_quantity", 0.0)
                    - row.get("quantity", 0.0)
                }
            )
        return quants.action_apply_inventory()

    def action_keep_difference(self):
        self._check_access("write")
        wizard = self.browse(self.ids[:1])
        quants = wizard.quant_ids
        for quant in quants:
            row = quant._row()
            quant._write(
                {
                    "inventory_quantity": row.get("quantity", 0.0)
                    + row.get("inventory_diff_quantity", 0.0)
                }
            )
        return quants.action_apply_inventory()


class StockTrackConfirmation(Model):
    """Odoo 17 ``stock.track.confirmation``: confirms applying counts of tracked products
    that have no lot; ``action_confirm`` applies them anyway."""

    _name = "stock.track.confirmation"
    _description = "Stock Track Confirmation"
    _rec_name = "id"

    quant_ids = fields.Many2many("stock.quant", "Quants")
    product_ids = fields.Many2many("product.product", "Products")

    def action_confirm(self):
        self._check_access("write")
        wizard = self.browse(self.ids[:1])
        quants = wizard.quant_ids.exists()
        quants._apply_inventory()
        quants.exists().sudo()._write({"inventory_quantity_set": False})
        return None


class StockReturnPicking(Model):
    """Odoo 17 return wizard: lines pre-filled with what is still returnable."""

    _name = "stock.return.picking"
    _description = "Return Picking"
    _rec_name = "id"

    picking_id = fields.Many2one("stock.picking", "Transfer")
    product_return_moves = fields.One2many("stock.return.picking.line", "wizard_id", "Moves")
    move_dest_exists = fields.Boolean("Chained Move Exists")
    original_location_id = fields.Many2one("stock.location")
    parent_location_id = fields.Many2one("stock.location")
    company_id = fields.Many2one("res.company")
    location_id = fields.Many2one("stock.location", "Return Location")

    @api_model
    def default_get(self, fields_list):
        result = super().default_get(fields_list)
        context = self.env.context
        if len(context.get("active_ids") or []) > 1:
            raise UserError("You may only return one picking at a time.")
        if (
            context.get("active_id")
            and context.get("active_model") == "stock.picking"
            and "picking_id" in fields_list
        ):
            result["picking_id"] = context["active_id"]
        return result

    @api_model
    def create(self, vals_list):
        self._check_access("create")
        vals_list = [vals_list] if isinstance(vals_list, dict) else vals_list
        ids = []
        for vals in vals_list:
            vals = dict(vals)
            if not vals.get("picking_id"):
                vals.update(self.default_get(["picking_id"]))
            lines = vals.pop("product_return_moves", None)
            picking = (
                self.env["stock.picking"].browse([vals.get("picking_id")]).exists()
                if vals.get("picking_id")
                else None
            )
            if picking and picking.state != "done":
                raise UserError("You may only return Done pickings.")
            # product_return_moves and location_id share one stored compute
            # (_compute_moves_locations, readonly=False). Odoo 17 runs it only when create
            # provides none of its fields, so a location given in the same create leaves the
            # lines empty (reference §7); lines given at creation replace the computed ones.
            computed = picking and not lines and "location_id" not in vals
            if picking:
                vals = {**self._computed_locations(picking), **vals}
            wizard = self._create([vals])
            if computed:
                wizard._fill_lines()
            if lines:
                wizard._apply_o2m_commands(wizard._fields["product_return_moves"], lines)
            ids.append(wizard.id)
        return self.browse(ids)

    def _computed_locations(self, picking) -> dict:
        """The location fields _compute_moves_locations gives a wizard of ``picking``."""
        original = picking._row()["location_id"]
        return_type = picking.picking_type_id.return_picking_type_id or picking.picking_type_id
        return {
            "original_location_id": original,
            "parent_location_id": (
                picking.picking_type_id.warehouse_id.view_location_id.id or original
            ),
            "company_id": picking._row().get("company_id"),
            "location_id": (
                picking.picking_type_id.default_location_return_id.id
                if self.env.server.personality.return_lines_prefilled
                else False
            )
            or (
                return_type.default_location_dest_id.id if return_type.code == "incoming" else False
            )
            or original,
        }

    def _fill_lines(self):
        picking = self.picking_id
        line_model = self.env["stock.return.picking.line"].sudo()
        for move in picking.move_ids:
            row = move._row()
            if row["state"] == "cancel" or move.scrapped:
                continue
            returned = sum(
                r._row().get("quantity", 0.0)
                for r in move.returned_move_ids
                if r._row()["state"] != "cancel"
            )
            quantity = max(row.get("quantity", 0.0) - returned, 0.0)
            if not self.env.server.personality.return_lines_prefilled:
                quantity = 0.0  # 18 and 19 leave every line at 0 (move_quantity shows it)
            line_model._create(
                [
                    {
                        "wizard_id": self.id,
                        "product_id": row["product_id"],
                        "move_id": move.id,
                        "quantity": quantity,
                        "to_refund": True,
                    }
                ]
            )

    def create_returns(self):
        self._check_access("write")
        wizard = self.browse(self.ids[:1])
        new_picking = wizard._create_returns()
        context = dict(self.env.context)
        return {
            "name": "Returned Picking",
            "view_mode": "form,tree,calendar",
            "res_model": "stock.picking",
            "res_id": new_picking.id,
            "type": "ir.actions.act_window",
            "context": context,
        }

    def action_create_returns(self):
        """18 and 19's name for it (``create_returns`` is gone there); the act_window opens
        the new return in a form only."""
        action = self.create_returns()
        action["view_mode"] = "form"
        return action

    def _create_returns(self):
        picking = self.picking_id
        lines = self.product_return_moves
        if any(not line._row().get("move_id") for line in lines):
            raise UserError(
                "You have manually created product lines, please delete them to proceed."
            )
        wanted = [line for line in lines if line._row().get("quantity", 0.0) > EPS]
        if not wanted:
            raise UserError("Please specify at least one non-zero quantity.")
        ptype = picking.picking_type_id.return_picking_type_id or picking.picking_type_id
        row = picking._row()
        pickings = self.env["stock.picking"].sudo()
        new = pickings._create(
            [
                {
                    "picking_type_id": ptype.id,
                    "origin": f"Return of {row['name']}",
                    "location_id": row["location_dest_id"],
                    "location_dest_id": self._row().get("location_id") or row["location_id"],
                    "partner_id": row.get("partner_id") or False,
                    "company_id": row.get("company_id"),
                    "return_id": picking.id,
                    "sale_id": row.get("sale_id") or False,
                    "scheduled_date": self.env.now,
                }
            ]
        )
        moves = self.env["stock.move"].sudo()
        for line in wanted:
            lrow = line._row()
            move = moves.browse([lrow["move_id"]])
            mrow = move._row()
            moves._create(
                [
                    {
                        "name": mrow["name"],
                        "product_id": lrow["product_id"],
                        "product_uom_qty": lrow["quantity"],
                        "product_uom": mrow["product_uom"],
                        "picking_id": new.id,
                        "location_id": row["location_dest_id"],
                        "location_dest_id": new._row()["location_dest_id"],
                        "origin_returned_move_id": move.id,
                        "to_refund": bool(lrow.get("to_refund")),
                        "sale_line_id": mrow.get("sale_line_id")
                        if lrow.get("to_refund")
                        else False,
                        "procure_method": "make_to_stock",
                        "state": "draft",
                    }
                ]
            )
        new.move_ids._action_confirm()
        open_moves = new.move_ids.filtered(
            lambda m: m._row()["state"] not in ("done", "cancel", "assigned")
        )
        if open_moves:
            open_moves._action_assign()
        new._recompute_state()
        self.env.ledger(
            "return.created",
            "stock.picking",
            new.id,
            {
                "name": new._row()["name"],
                "return_of": picking.id,
                "origin": f"Return of {row['name']}",
                "lines": [
                    {
                        "product_id": ln._row()["product_id"],
                        "quantity": ln._row()["quantity"],
                        "to_refund": bool(ln._row().get("to_refund")),
                        "move_id": ln._row()["move_id"],
                    }
                    for ln in wanted
                ],
            },
        )
        return new


class StockReturnPickingLine(Model):
    """Odoo 17 ``stock.return.picking.line`` (Return Picking Line), with the fields and methods storeapp uses."""

    _name = "stock.return.picking.line"
    _description = "Return Picking Line"
    _rec_name = "product_id"

    product_id = fields.Many2one("product.product", "Product", required=True)
    quantity = fields.Float("Quantity", required=True)
    uom_id = fields.Many2one("uom.uom", related="product_id.uom_id")
    wizard_id = fields.Many2one("stock.return.picking", "Wizard", ondelete="cascade")
    move_id = fields.Many2one("stock.move", "Move")
    to_refund = fields.Boolean("Update quantities on SO/PO", default=True)
    move_quantity = fields.Float(related="move_id.quantity")
