"""Products, their categories, units of measure and packagings (Odoo 17 ``product``/``uom``)."""

from __future__ import annotations

from odoosim.errors import ValidationError
from odoosim.orm import Model, api_model, fields

PRODUCT_TYPES = [("consu", "Consumable"), ("service", "Service"), ("product", "Storable Product")]
TRACKING = [
    ("serial", "By Unique Serial Number"),
    ("lot", "By Lots"),
    ("none", "No Tracking"),
]


class ProductCategory(Model):
    """Odoo 17 ``product.category`` (Product Category), with the fields and methods storeapp uses."""

    _name = "product.category"
    _description = "Product Category"
    _order = "complete_name"
    _rec_name = "complete_name"

    name = fields.Char(required=True, index=True)
    complete_name = fields.Char()
    parent_id = fields.Many2one("product.category", "Parent Category", ondelete="cascade")

    def _create(self, vals_list):
        records = super()._create(vals_list)
        for rec in records:
            rec._update_complete_name()
        return records

    def _update_complete_name(self):
        row = self._row()
        parent = row.get("parent_id")
        prefix = (
            self.env.db.table(self._name).rows[parent]["complete_name"] + " / " if parent else ""
        )
        self.env.db.update(self._name, self.id, {"complete_name": prefix + row["name"]})


class UomCategory(Model):
    """Odoo 17 ``uom.category`` (Product UoM Categories), with the fields and methods storeapp uses."""

    _name = "uom.category"
    _description = "Product UoM Categories"

    name = fields.Char("Unit of Measure Category", required=True)


class UomUom(Model):
    """Odoo 17 ``uom.uom`` (Product Unit of Measure), with the fields and methods storeapp uses."""

    _name = "uom.uom"
    _description = "Product Unit of Measure"
    _order = "factor DESC, id"

    name = fields.Char("Unit of Measure", required=True)
    category_id = fields.Many2one("uom.category", "Category", required=True)
    factor = fields.Float("Ratio", default=1.0)
    rounding = fields.Float("Rounding Precision", default=0.01)
    uom_type = fields.Selection(
        [
            ("bigger", "Bigger than the reference Unit of Measure"),
            ("reference", "Reference Unit of Measure for this category"),
            ("smaller", "Smaller than the reference Unit of Measure"),
        ],
        "Type",
        default="reference",
        required=True,
    )
    active = fields.Boolean(default=True)


class ProductTemplate(Model):
    """Odoo 17 ``product.template`` (Product), with the fields and methods storeapp uses."""

    _name = "product.template"
    _description = "Product"
    _order = "priority desc, name"

    name = fields.Char(required=True, index=True)
    priority = fields.Selection([("0", "Normal"), ("1", "Favorite")], default="0")
    description = fields.Html()
    description_sale = fields.Text("Sales Description")
    detailed_type = fields.Selection(PRODUCT_TYPES, "Product Type", required=True, default="consu")
    type = fields.Selection(PRODUCT_TYPES, required=True, default="consu")
    categ_id = fields.Many2one("product.category", "Product Category", required=True)
    list_price = fields.Float("Sales Price", default=1.0, digits=(16, 2))
    standard_price = fields.Float(
        "Cost", related="product_variant_id.standard_price", digits=(16, 2)
    )
    uom_id = fields.Many2one("uom.uom", "Unit of Measure", required=True)
    uom_po_id = fields.Many2one("uom.uom", "Purchase Unit of Measure", required=True)
    tracking = fields.Selection(TRACKING, "Tracking", required=True, default="none")
    sale_ok = fields.Boolean("Can be Sold", default=True)
    purchase_ok = fields.Boolean("Can be Purchased", default=True)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one("res.company", "Company")
    weight = fields.Float()
    volume = fields.Float()
    product_variant_ids = fields.One2many("product.product", "product_tmpl_id", "Products")
    product_variant_id = fields.Many2one(
        "product.product", "Product", compute="_compute_product_variant_id", store=False
    )
    barcode = fields.Char(related="product_variant_id.barcode")
    default_code = fields.Char("Internal Reference", related="product_variant_id.default_code")
    qty_available = fields.Float("Quantity On Hand", compute="_compute_template_qty")
    # 18 and 19's "Track Inventory" (hidden on 17, where storable goods are type 'product')
    is_storable = fields.Boolean("Track Inventory", compute="_compute_is_storable")

    def _compute_is_storable(self):
        table = self.env.db.table(self._name).rows
        return [table.get(rid, {}).get("type") == "product" for rid in self._ids]

    def _compute_product_variant_id(self):
        table = self.env.db.table("product.product")
        return [min(table.ids_where("product_tmpl_id", rid), default=False) for rid in self._ids]

    def _compute_template_qty(self):
        variants = self._compute_product_variant_id()
        qty = self.env["product.product"]._quantities([v for v in variants if v])
        return [qty.get(v, {}).get("qty_available", 0.0) if v else 0.0 for v in variants]

    def _create(self, vals_list):
        vals_list = [dict(vals) for vals in vals_list]
        for vals in vals_list:
            kind = vals.get("detailed_type") or vals.get("type")
            if kind:
                vals["detailed_type"] = kind
                vals["type"] = kind
            if vals.get("uom_id") and not vals.get("uom_po_id"):
                vals["uom_po_id"] = vals["uom_id"]
        variant_vals = [
            {key: vals.pop(key) for key in ("barcode", "default_code") if key in vals}
            for vals in vals_list
        ]
        templates = super()._create(vals_list)
        for template, extra in zip(templates, variant_vals, strict=True):
            if not self.env.db.table("product.product").ids_where("product_tmpl_id", template.id):
                self.env["product.product"]._create([{"product_tmpl_id": template.id, **extra}])
        return templates


class ProductProduct(Model):
    """Odoo 17 ``product.product`` (Product Variant), with the fields and methods storeapp uses."""

    _name = "product.product"
    _description = "Product Variant"
    _order = "default_code, name, id"

    product_tmpl_id = fields.Many2one(
        "product.template", "Product Template", required=True, ondelete="cascade"
    )
    default_code = fields.Char("Internal Reference", index=True)
    barcode = fields.Char(
        copy=False, index=True, help="International Article Number used for product identification."
    )
    active = fields.Boolean(default=True)
    standard_price = fields.Float("Cost", digits=(16, 2))
    packaging_ids = fields.One2many("product.packaging", "product_id", "Product Packages")
    name = fields.Char(related="product_tmpl_id.name")
    detailed_type = fields.Selection(
        PRODUCT_TYPES, "Product Type", related="product_tmpl_id.detailed_type"
    )
    type = fields.Selection(PRODUCT_TYPES, related="product_tmpl_id.type")
    is_storable = fields.Boolean("Track Inventory", related="product_tmpl_id.is_storable")
    categ_id = fields.Many2one(
        "product.category", "Product Category", related="product_tmpl_id.categ_id"
    )
    list_price = fields.Float("Sales Price", related="product_tmpl_id.list_price")
    lst_price = fields.Float("Sales Price", related="product_tmpl_id.list_price")
    uom_id = fields.Many2one("uom.uom", "Unit of Measure", related="product_tmpl_id.uom_id")
    uom_po_id = fields.Many2one("uom.uom", "Purchase UoM", related="product_tmpl_id.uom_po_id")
    tracking = fields.Selection(TRACKING, related="product_tmpl_id.tracking")
    sale_ok = fields.Boolean(related="product_tmpl_id.sale_ok")
    description_sale = fields.Text(related="product_tmpl_id.description_sale")
    company_id = fields.Many2one("res.company", related="product_tmpl_id.company_id")
    weight = fields.Float(related="product_tmpl_id.weight")
    qty_available = fields.Float("Quantity On Hand", compute="_compute_qty_available")
    free_qty = fields.Float("Free To Use Quantity", compute="_compute_free_qty")
    virtual_available = fields.Float("Forecasted Quantity", compute="_compute_virtual_available")

    def _parse_order(self, order):
        if order is None:
            order = "default_code, id"
        return super()._parse_order(order)

    def _compute_display_name(self):
        rows = self._table.rows
        names = self._values_for(self._fields["name"], list(self._ids))
        result = []
        for rid, name in zip(self._ids, names, strict=True):
            code = rows[rid].get("default_code")
            result.append(f"[{code}] {name}" if code else name or "")
        return result

    def _rec_name_search_field(self):
        return "name"

    def _name_search_rows(self, name, operator="ilike", limit=None, domain=None):
        if name and operator in ("ilike", "like", "=", "=ilike", "=like"):
            domain = [
                "|",
                "|",
                ("default_code", operator, name),
                ("barcode", operator, name),
                ("name", operator, name),
            ] + list(domain or [])
            ids = self._search_ids(domain, 0, limit)
            names = self._display_names(ids)
            return [(rid, names.get(rid, "")) for rid in ids]
        return super()._name_search_rows(name, operator, limit, domain)

    def _location_ids(self) -> set[int] | None:
        """Internal locations the quantity computation looks at (context ``location``/
        ``warehouse``), or None for every internal location of the company."""
        context = self.env.context
        locations = self.env["stock.location"].with_context(active_test=False)
        if context.get("location"):
            loc = context["location"]
            loc_ids = loc if isinstance(loc, list) else [loc]
            return set(locations._search_ids([("id", "child_of", loc_ids)]))
        if context.get("warehouse"):
            wh = context["warehouse"]
            wh_ids = wh if isinstance(wh, list) else [wh]
            views = [
                self.env.db.table("stock.warehouse").rows[w]["view_location_id"]
                for w in wh_ids
                if w in self.env.db.table("stock.warehouse").rows
            ]
            return set(locations._search_ids([("id", "child_of", views)]))
        return None

    def _quantities(self, ids) -> dict[int, dict]:
        quants = self.env.db.table("stock.quant")
        locations = self.env.db.table("stock.location").rows
        wanted = self._location_ids()
        result = {}
        for pid in ids:
            on_hand = reserved = 0.0
            for qid in quants.ids_where("product_id", pid):
                row = quants.rows[qid]
                loc = row["location_id"]
                if wanted is not None and loc not in wanted:
                    continue
                if locations[loc].get("usage") != "internal":
                    continue
                on_hand += row.get("quantity", 0.0)
                reserved += row.get("reserved_quantity", 0.0)
            result[pid] = {"qty_available": on_hand, "free_qty": on_hand - reserved}
        return result

    def _compute_qty_available(self):
        qty = self._quantities(self._ids)
        return [qty[rid]["qty_available"] for rid in self._ids]

    def _compute_free_qty(self):
        qty = self._quantities(self._ids)
        return [qty[rid]["free_qty"] for rid in self._ids]

    def _compute_virtual_available(self):
        qty = self._quantities(self._ids)
        moves = self.env.db.table("stock.move")
        locations = self.env.db.table("stock.location").rows
        result = []
        for rid in self._ids:
            forecast = qty[rid]["qty_available"]
            for mid in moves.ids_where("product_id", rid):
                move = moves.rows[mid]
                if move.get("state") in ("done", "cancel", "draft"):
                    continue
                src = locations[move["location_id"]].get("usage") == "internal"
                dst = locations[move["location_dest_id"]].get("usage") == "internal"
                if src and not dst:
                    forecast -= move.get("product_uom_qty", 0.0)
                elif dst and not src:
                    forecast += move.get("product_uom_qty", 0.0)
            result.append(forecast)
        return result

    def _check_barcodes(self):
        """Odoo 17: a barcode is unique among products and packagings of a company."""
        for rec in self:
            code = rec._row().get("barcode")
            if not code:
                continue
            clash = self.with_context(active_test=False)._search_ids(
                [("barcode", "=", code), ("id", "!=", rec.id)]
            )
            if clash or self.env["product.packaging"]._search_ids([("barcode", "=", code)]):
                raise ValidationError(
                    "Barcode(s) already assigned:\n\n"
                    f'- Barcode "{code}" already assigned to product(s): '
                    f"{self.browse(clash)._compute_display_name()[0] if clash else code}"
                )

    @api_model
    def create(self, vals_list):
        self._check_access("create")
        vals_list = [vals_list] if isinstance(vals_list, dict) else vals_list
        template_fields = {
            name
            for name, field in self._fields.items()
            if field.related and field.related.startswith("product_tmpl_id.")
        }
        ids = []
        for vals in vals_list:
            vals = dict(vals)
            if not vals.get("product_tmpl_id"):
                tmpl_vals = {key: vals.pop(key) for key in list(vals) if key in template_fields}
                tmpl_vals.setdefault("name", vals.get("default_code") or "New product")
                template = (
                    self.env["product.template"]
                    .sudo()
                    ._create(
                        [
                            {
                                **self._template_defaults(),
                                **tmpl_vals,
                                "barcode": vals.pop("barcode", False),
                                "default_code": vals.pop("default_code", False),
                            }
                        ]
                    )
                )
                variant = self.env.db.table("product.product").ids_where(
                    "product_tmpl_id", template.id
                )
                product = self.browse(sorted(variant))
                if vals:
                    product._write(vals)
            else:
                product = self._create([vals])
            product._check_barcodes()
            ids.append(product.id)
        return self.browse(ids)

    def _template_defaults(self) -> dict:
        uom = self.env.db.xmlids.get("uom.product_uom_unit")
        categ = self.env.db.xmlids.get("product.product_category_all")
        return {
            "uom_id": uom[1] if uom else False,
            "categ_id": categ[1] if categ else False,
        }

    def write(self, vals):
        result = super().write(vals)
        if "barcode" in vals:
            self._check_barcodes()
        return result


class ProductPackaging(Model):
    """Odoo 17 ``product.packaging`` (Product Packaging), with the fields and methods storeapp uses."""

    _name = "product.packaging"
    _description = "Product Packaging"
    _order = "product_id, sequence, id"

    name = fields.Char("Product Packaging", required=True)
    sequence = fields.Integer(default=1)
    product_id = fields.Many2one("product.product", "Product", ondelete="cascade")
    qty = fields.Float("Contained Quantity", default=1.0)
    barcode = fields.Char(copy=False)
    company_id = fields.Many2one("res.company", "Company")
    product_uom_id = fields.Many2one("uom.uom", related="product_id.uom_id")

    def _create(self, vals_list):
        for vals in vals_list:
            if vals.get("qty", 1.0) <= 0:
                raise ValidationError(
                    "The operation cannot be completed: Contained Quantity should be positive."
                )
        records = super()._create(vals_list)
        for rec in records:
            code = rec._row().get("barcode")
            if code and (
                self._search_ids([("barcode", "=", code), ("id", "!=", rec.id)])
                or self.env["product.product"]
                .with_context(active_test=False)
                ._search_ids([("barcode", "=", code)])
            ):
                raise ValidationError(
                    "The operation cannot be completed: A barcode can only be assigned to one "
                    "packaging."
                )
        return records
