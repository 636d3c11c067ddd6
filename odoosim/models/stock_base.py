"""Warehouses, locations, operation types, lots and quants (Odoo 17 ``stock``)."""

from __future__ import annotations

from datetime import date, timedelta

from odoosim.errors import ValidationError
from odoosim.orm import Model, fields

LOCATION_USAGE = [
    ("supplier", "Vendor Location"),
    ("view", "View"),
    ("internal", "Internal Location"),
    ("customer", "Customer Location"),
    ("inventory", "Inventory Loss"),
    ("production", "Production"),
    ("transit", "Transit Location"),
]
# Reservation is bypassed for goods coming from (or going to) these places.
BYPASS_USAGES = {"supplier", "customer", "inventory", "production"}


class StockLocation(Model):
    """Odoo 17 ``stock.location`` (Inventory Locations), with the fields and methods storeapp uses."""

    _name = "stock.location"
    _description = "Inventory Locations"
    _order = "complete_name, id"
    _rec_name = "complete_name"
    _parent_name = "location_id"

    name = fields.Char("Location Name", required=True)
    complete_name = fields.Char("Full Location Name")
    active = fields.Boolean(default=True)
    usage = fields.Selection(LOCATION_USAGE, "Location Type", required=True, default="internal")
    location_id = fields.Many2one("stock.location", "Parent Location", ondelete="cascade")
    child_ids = fields.One2many("stock.location", "location_id", "Contains")
    company_id = fields.Many2one("res.company", "Company")
    warehouse_id = fields.Many2one("stock.warehouse", "Warehouse")
    barcode = fields.Char(copy=False)
    scrap_location = fields.Boolean("Is a Scrap Location?")
    return_location = fields.Boolean("Is a Return Location?")
    replenish_location = fields.Boolean()
    cyclic_inventory_frequency = fields.Integer("Inventory Frequency (Days)")
    last_inventory_date = fields.Date("Last Effective Inventory")
    next_inventory_date = fields.Date("Next Expected Inventory")
    quant_ids = fields.One2many("stock.quant", "location_id")

    def _create(self, vals_list):
        records = super()._create(vals_list)
        for rec in records:
            rec._update_complete_name()
        return records

    def _write(self, vals):
        result = super()._write(vals)
        if "name" in vals or "location_id" in vals:
            for rec in self:
                rec._update_complete_name()
        return result

    def _update_complete_name(self):
        # Odoo 17: a view location, or one without parent, is named by itself alone.
        rows = self._table.rows
        row = rows[self.id]
        parent = row.get("location_id")
        if parent and row.get("usage") != "view":
            name = f"{rows[parent]['complete_name']}/{row['name']}"
        else:
            name = row["name"]
        self.env.db.update(self._name, self.id, {"complete_name": name})
        for child in sorted(self._table.ids_where("location_id", self.id)):
            self.browse([child])._update_complete_name()

    def _next_inventory_date(self) -> str:
        row = self._row()
        today = date.fromisoformat(self.env.today)
        if row.get("cyclic_inventory_frequency"):
            return (today + timedelta(days=row["cyclic_inventory_frequency"])).isoformat()
        return date(today.year, 12, 31).isoformat()


class StockWarehouse(Model):
    """Odoo 17 ``stock.warehouse`` (Warehouse), with the fields and methods storeapp uses."""

    _name = "stock.warehouse"
    _description = "Warehouse"
    _order = "sequence,id"

    name = fields.Char("Warehouse", required=True)
    code = fields.Char("Short Name", required=True, size=5)
    active = fields.Boolean(default=True)
    sequence = fields.Integer(default=10)
    company_id = fields.Many2one("res.company", "Company", required=True)
    partner_id = fields.Many2one("res.partner", "Address")
    view_location_id = fields.Many2one("stock.location", "View Location", required=True)
    lot_stock_id = fields.Many2one("stock.location", "Location Stock", required=True)
    in_type_id = fields.Many2one("stock.picking.type", "In Type")
    out_type_id = fields.Many2one("stock.picking.type", "Out Type")
    int_type_id = fields.Many2one("stock.picking.type", "Internal Type")
    pick_type_id = fields.Many2one("stock.picking.type", "Pick Type")


class StockPickingType(Model):
    """Odoo 17 ``stock.picking.type`` (Picking Type), with the fields and methods storeapp uses."""

    _name = "stock.picking.type"
    _description = "Picking Type"
    _order = "sequence, id"

    name = fields.Char("Operation Type", required=True)
    code = fields.Selection(
        [("incoming", "Receipt"), ("outgoing", "Delivery"), ("internal", "Internal Transfer")],
        "Type of Operation",
        required=True,
    )
    sequence = fields.Integer(default=10)
    sequence_code = fields.Char("Sequence Prefix", required=True)
    warehouse_id = fields.Many2one("stock.warehouse", "Warehouse", ondelete="cascade")
    default_location_src_id = fields.Many2one("stock.location", "Default Source Location")
    default_location_dest_id = fields.Many2one("stock.location", "Default Destination Location")
    default_location_return_id = fields.Many2one("stock.location", "Default returns location")
    return_picking_type_id = fields.Many2one("stock.picking.type", "Operation Type for Returns")
    create_backorder = fields.Selection(
        [("ask", "Ask"), ("always", "Always"), ("never", "Never")],
        "Create Backorder",
        required=True,
        default="ask",
    )
    reservation_method = fields.Selection(
        [
            ("at_confirm", "At Confirmation"),
            ("manual", "Manually"),
            ("by_date", "Before scheduled date"),
        ],
        required=True,
        default="at_confirm",
    )
    use_create_lots = fields.Boolean("Create New Lots/Serial Numbers", default=True)
    use_existing_lots = fields.Boolean("Use Existing Lots/Serial Numbers", default=True)
    show_operations = fields.Boolean("Show Detailed Operations")
    active = fields.Boolean(default=True)
    barcode = fields.Char()
    company_id = fields.Many2one("res.company", "Company", required=True)

    def _compute_display_name(self):
        rows = self._table.rows
        warehouses = self.env.db.table("stock.warehouse").rows
        result = []
        for rid in self._ids:
            row = rows[rid]
            wh = row.get("warehouse_id")
            result.append(f"{warehouses[wh]['name']}: {row['name']}" if wh else row["name"])
        return result


class StockLot(Model):
    """Odoo 17 ``stock.lot`` (Lot/Serial), with the fields and methods storeapp uses."""

    _name = "stock.lot"
    _description = "Lot/Serial"
    _order = "name, id"

    name = fields.Char("Lot/Serial Number", required=True, index=True)
    ref = fields.Char("Internal Reference")
    product_id = fields.Many2one("product.product", "Product", required=True)
    company_id = fields.Many2one("res.company", "Company", required=True)
    note = fields.Html("Description")
    quant_ids = fields.One2many("stock.quant", "lot_id", "Quants")
    product_qty = fields.Float("On Hand Quantity", compute="_compute_product_qty")

    def _compute_product_qty(self):
        quants = self.env.db.table("stock.quant")
        locations = self.env.db.table("stock.location").rows
        return [
            sum(
                quants.rows[q].get("quantity", 0.0)
                for q in quants.ids_where("lot_id", rid)
                if locations[quants.rows[q]["location_id"]].get("usage") in ("internal", "transit")
            )
            for rid in self._ids
        ]

    def _create(self, vals_list):
        vals_list = [dict(v) for v in vals_list]
        for vals in vals_list:
            if not vals.get("company_id"):
                vals["company_id"] = self.env.company.id
        records = super()._create(vals_list)
        for rec in records:
            row = rec._row()
            same = [
                lid
                for lid in self._table.ids_where("product_id", row["product_id"])
                if lid != rec.id
                and self._table.rows[lid]["name"] == row["name"]
                and self._table.rows[lid].get("company_id") == row.get("company_id")
            ]
            if same:
                product = self.env["product.product"].browse([row["product_id"]]).display_name
                raise ValidationError(
                    "The combination of serial number and product must be unique across a "
                    f"company.\nFollowing combination contains duplicates:\n - Product: "
                    f"{product}, Serial Number: {row['name']}"
                )
        return records


class StockQuantPackage(Model):
    """Odoo 17 ``stock.quant.package`` (Packages): a name only; packing is not emulated."""

    _name = "stock.quant.package"
    _description = "Packages"
    _order = "name"

    name = fields.Char("Package Reference", required=True)
    location_id = fields.Many2one("stock.location", "Location")
    company_id = fields.Many2one("res.company", "Company")
