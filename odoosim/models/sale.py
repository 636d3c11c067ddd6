"""Sale orders, their lines (delivered quantities from done moves) and delivery carriers."""

from __future__ import annotations

from odoosim.errors import UserError
from odoosim.models.base import MailThread
from odoosim.orm import Model, api_model, fields


class DeliveryCarrier(Model):
    """Odoo 17 ``delivery.carrier`` (Shipping Methods), with the fields and methods storeapp uses."""

    _name = "delivery.carrier"
    _description = "Shipping Methods"
    _order = "sequence, id"

    name = fields.Char("Delivery Method", required=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    # Community 17 with stock_delivery only: `onsite` (and its `warehouse_id`) come with
    # website_sale_picking, which a community store does not run; click-and-collect carriers are
    # ordinary `fixed` ones named for the store (reference §7, "Click-and-collect carriers").
    delivery_type = fields.Selection(
        [("fixed", "Fixed Price"), ("base_on_rule", "Based on Rules")],
        "Provider",
        default="fixed",
        required=True,
    )
    company_id = fields.Many2one("res.company", "Company")
    fixed_price = fields.Float()


class CrmTeam(Model):
    """Odoo 17 ``crm.team`` (Sales Team)."""

    _name = "crm.team"
    _description = "Sales Team"
    _order = "sequence ASC, create_date DESC, id DESC"

    name = fields.Char("Sales Team", required=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one("res.company", "Company")


class SaleOrder(MailThread):
    """Odoo 17 ``sale.order`` (Sales Order), with the fields and methods storeapp uses."""

    _name = "sale.order"
    _description = "Sales Order"
    _order = "date_order desc, id desc"
    _abstract = False

    name = fields.Char("Order Reference", required=True, default="New", copy=False)
    origin = fields.Char("Source Document")
    client_order_ref = fields.Char("Customer Reference")
    state = fields.Selection(
        [
            ("draft", "Quotation"),
            ("sent", "Quotation Sent"),
            ("sale", "Sales Order"),
            ("cancel", "Cancelled"),
        ],
        "Status",
        default="draft",
        readonly=True,
    )
    locked = fields.Boolean()
    date_order = fields.Datetime("Order Date", required=True, default=lambda self: self.env.now)
    commitment_date = fields.Datetime("Delivery Date")
    partner_id = fields.Many2one("res.partner", "Customer", required=True)
    partner_shipping_id = fields.Many2one("res.partner", "Delivery Address")
    user_id = fields.Many2one("res.users", "Salesperson")
    company_id = fields.Many2one(
        "res.company", "Company", required=True, default=lambda self: self.env.company.id
    )
    warehouse_id = fields.Many2one("stock.warehouse", "Warehouse")
    carrier_id = fields.Many2one("delivery.carrier", "Delivery Method")
    team_id = fields.Many2one("crm.team", "Sales Team")
    order_line = fields.One2many("sale.order.line", "order_id", "Order Lines", copy=True)
    picking_ids = fields.One2many("stock.picking", "sale_id", "Transfers")
    amount_untaxed = fields.Monetary("Untaxed Amount")
    amount_total = fields.Monetary("Total")
    note = fields.Html("Terms and conditions")
    delivery_count = fields.Integer("Delivery Orders", compute="_compute_delivery_count")

    def _compute_delivery_count(self):
        pickings = self.env.db.table("stock.picking")
        return [len(pickings.ids_where("sale_id", rid)) for rid in self._ids]

    @api_model
    def create(self, vals_list):
        self._check_access("create")
        vals_list = [vals_list] if isinstance(vals_list, dict) else vals_list
        prepared = []
        for vals in vals_list:
            vals = dict(vals)
            if vals.get("name", "New") in ("New", "/", False, None):
                vals["name"] = f"S{self.env.db.next_sequence('sale.order'):05d}"
            prepared.append(vals)
        orders = self._create(prepared)
        for order in orders:
            order._recompute_amounts()
        return orders

    def _recompute_amounts(self) -> None:
        lines = self.env.db.table("sale.order.line")
        for order in self:
            total = 0.0
            for lid in lines.ids_where("order_id", order.id):
                row = lines.rows[lid]
                subtotal = (
                    row.get("product_uom_qty", 0.0)
                    * row.get("price_unit", 0.0)
                    * (1 - row.get("discount", 0.0) / 100)
                )
                if abs(subtotal - row.get("price_subtotal", 0.0)) > 1e-9:
                    self.env["sale.order.line"].browse([lid])._write(
                        {"price_subtotal": subtotal, "price_total": subtotal * 1.2}
                    )
                total += subtotal
            order._write({"amount_untaxed": total, "amount_total": round(total * 1.2, 2)})

    def action_confirm(self):
        """Confirm quotations: Odoo 17 resets ``date_order`` to now and creates the delivery
        from the order's warehouse, reserved at once (reservation at confirmation)."""
        self._check_access("write")
        for order in self.exists():
            row = order._row()
            if row["state"] not in ("draft", "sent"):
                raise UserError(
                    f"Some orders are not in a state requiring confirmation.\n{row['name']}"
                )
            order._write({"state": "sale", "date_order": self.env.now})
            order.sudo()._create_delivery()
        return True

    def _create_delivery(self):
        row = self._row()
        warehouse = self.env["stock.warehouse"].browse(
            [row.get("warehouse_id") or min(self.env.db.table("stock.warehouse").rows)]
        )
        moves = []
        for line in self.order_line:
            lrow = line._row()
            product = (
                self.env["product.product"].browse([lrow["product_id"]])
                if lrow.get("product_id")
                else None
            )
            if product is None or product.detailed_type == "service":
                continue
            moves.append(
                (
                    0,
                    0,
                    {
                        "product_id": product.id,
                        "product_uom_qty": lrow.get("product_uom_qty", 0.0),
                        "product_uom": lrow.get("product_uom") or product.uom_id.id,
                        "sale_line_id": line.id,
                        "name": lrow.get("name") or product.display_name,
                    },
                )
            )
        if not moves:
            return None
        picking = self.env["stock.picking"]._create(
            [
                {
                    "picking_type_id": warehouse.out_type_id.id,
                    "partner_id": row.get("partner_shipping_id") or row["partner_id"],
                    "origin": row["name"],
                    "sale_id": self.id,
                    "carrier_id": row.get("carrier_id") or False,
                    "scheduled_date": row.get("commitment_date") or self.env.now,
                    "move_ids": moves,
                }
            ]
        )
        picking.action_confirm()
        return picking

    def action_cancel(self):
        """Cancel the orders and their deliveries that are not done yet."""
        self._check_access("write")
        for order in self.exists():
            pickings = order.picking_ids.filtered(
                lambda p: p._row()["state"] not in ("done", "cancel")
            )
            if pickings:
                pickings.sudo().action_cancel()
            order._write({"state": "cancel"})
        return True


class SaleOrderLine(Model):
    """Odoo 17 ``sale.order.line`` (Sales Order Line), with the fields and methods storeapp uses."""

    _name = "sale.order.line"
    _description = "Sales Order Line"
    _order = "order_id, sequence, id"

    order_id = fields.Many2one("sale.order", "Order Reference", required=True, ondelete="cascade")
    sequence = fields.Integer(default=10)
    name = fields.Text("Description", required=True)
    product_id = fields.Many2one("product.product", "Product")
    product_uom_qty = fields.Float("Quantity", default=1.0)
    product_uom = fields.Many2one("uom.uom", "Unit of Measure")
    price_unit = fields.Float("Unit Price")
    discount = fields.Float("Discount (%)")
    price_subtotal = fields.Monetary("Subtotal")
    price_total = fields.Monetary("Total")
    qty_delivered = fields.Float("Delivery Quantity", copy=False)
    qty_delivered_method = fields.Selection(
        [
            ("manual", "Manual"),
            ("analytic", "Analytic From Expenses"),
            ("stock_move", "Stock Moves"),
        ],
        default="stock_move",
    )
    qty_invoiced = fields.Float("Invoiced Quantity")
    move_ids = fields.One2many("stock.move", "sale_line_id", "Stock Moves")
    order_partner_id = fields.Many2one("res.partner", related="order_id.partner_id")
    state = fields.Selection(
        [
            ("draft", "Quotation"),
            ("sent", "Quotation Sent"),
            ("sale", "Sales Order"),
            ("cancel", "Cancelled"),
        ],
        related="order_id.state",
    )
    company_id = fields.Many2one("res.company", related="order_id.company_id")

    def _recompute_qty_delivered(self) -> None:
        """sale_stock 17: done outgoing moves add, done returns flagged ``to_refund`` subtract."""
        locations = self.env.db.table("stock.location").rows
        moves = self.env.db.table("stock.move")
        for line in self:
            total = 0.0
            for mid in moves.ids_where("sale_line_id", line.id):
                move = moves.rows[mid]
                if move["state"] != "done":
                    continue
                to_customer = locations[move["location_dest_id"]].get("usage") == "customer"
                if to_customer and (
                    not move.get("origin_returned_move_id") or move.get("to_refund")
                ):
                    total += move.get("quantity", 0.0)
                elif not to_customer and move.get("to_refund"):
                    total -= move.get("quantity", 0.0)
            if abs(total - line._row().get("qty_delivered", 0.0)) > 1e-9:
                line._write({"qty_delivered": total})
