"""Sale orders, their lines (delivered quantities from done moves) and delivery carriers."""

from __future__ import annotations

from odoosim.models.base import MailThread
from odoosim.orm import Model, fields


class DeliveryCarrier(Model):
    """Odoo 17 ``delivery.carrier`` (Shipping Methods), with the fields and methods storeapp uses."""

    _name = "delivery.carrier"
    _description = "Shipping Methods"
    _order = "sequence, id"

    name = fields.Char("Delivery Method", required=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    delivery_type = fields.Selection(
        [
            ("fixed", "Fixed Price"),
            ("base_on_rule", "Based on Rules"),
            ("onsite", "Pickup in store"),
        ],
        "Provider",
        default="fixed",
        required=True,
    )
    # website_sale_picking (17): the store an on-site pickup method belongs to.
    warehouse_id = fields.Many2one("stock.warehouse", "Warehouse")
    company_id = fields.Many2one("res.company", "Company")
    fixed_price = fields.Float()


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
    order_line = fields.One2many("sale.order.line", "order_id", "Order Lines", copy=True)
    picking_ids = fields.One2many("stock.picking", "sale_id", "Transfers")
    amount_untaxed = fields.Monetary("Untaxed Amount")
    amount_total = fields.Monetary("Total")
    note = fields.Html("Terms and conditions")
    delivery_count = fields.Integer("Delivery Orders", compute="_compute_delivery_count")

    def _compute_delivery_count(self):
        pickings = self.env.db.table("stock.picking")
        return [len(pickings.ids_where("sale_id", rid)) for rid in self._ids]


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
