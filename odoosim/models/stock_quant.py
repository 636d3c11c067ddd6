"""Quants: stock on hand per place, Odoo 17's inventory mode and count application."""

from __future__ import annotations

from odoosim.errors import UserError
from odoosim.orm import Model, api_model, fields

INVENTORY_CREATE_FIELDS = {
    "product_id",
    "owner_id",
    "inventory_quantity",
    "inventory_quantity_auto_apply",
    "inventory_diff_quantity",
    "inventory_date",
    "user_id",
    "inventory_quantity_set",
    "is_outdated",
    "lot_id",
    "location_id",
    "package_id",
}
INVENTORY_WRITE_FIELDS = {
    "inventory_quantity",
    "inventory_quantity_auto_apply",
    "inventory_diff_quantity",
    "inventory_date",
    "user_id",
    "inventory_quantity_set",
    "is_outdated",
    "lot_id",
    "location_id",
    "product_id",
    "package_id",
    "owner_id",
}


class StockQuant(Model):
    """On-hand stock per (product, location, lot, owner). Odoo 17 inventory mode included."""

    _name = "stock.quant"
    _description = "Quants"
    _rec_name = "product_id"

    product_id = fields.Many2one("product.product", "Product", required=True, ondelete="restrict")
    location_id = fields.Many2one("stock.location", "Location", required=True, ondelete="restrict")
    lot_id = fields.Many2one("stock.lot", "Lot/Serial Number", ondelete="restrict")
    package_id = fields.Many2one("stock.quant.package", "Package")
    owner_id = fields.Many2one("res.partner", "Owner")
    company_id = fields.Many2one("res.company", "Company")
    quantity = fields.Float(readonly=True)
    reserved_quantity = fields.Float("Reserved Quantity", readonly=True)
    available_quantity = fields.Float(compute="_compute_available_quantity")
    in_date = fields.Datetime("Incoming Date", readonly=True)
    inventory_quantity = fields.Float("Counted Quantity")
    inventory_diff_quantity = fields.Float("Difference", readonly=True)
    inventory_quantity_set = fields.Boolean("Inventory Quantity Set")
    inventory_date = fields.Date("Scheduled Date")
    last_count_date = fields.Date()
    user_id = fields.Many2one("res.users", "Assigned To")
    is_outdated = fields.Boolean(
        "Quantity has been moved since last count", compute="_compute_is_outdated"
    )
    warehouse_id = fields.Many2one("stock.warehouse", related="location_id.warehouse_id")
    tracking = fields.Selection(
        [("serial", "By Unique Serial Number"), ("lot", "By Lots"), ("none", "No Tracking")],
        related="product_id.tracking",
    )
    product_uom_id = fields.Many2one("uom.uom", "Unit of Measure", related="product_id.uom_id")
    product_tmpl_id = fields.Many2one("product.template", related="product_id.product_tmpl_id")
    product_categ_id = fields.Many2one("product.category", related="product_id.categ_id")

    def _compute_available_quantity(self):
        rows = self._table.rows
        return [
            rows[r].get("quantity", 0.0) - rows[r].get("reserved_quantity", 0.0) for r in self._ids
        ]

    def _compute_is_outdated(self):
        rows = self._table.rows
        result = []
        for rid in self._ids:
            row = rows[rid]
            counted = row.get("inventory_quantity", 0.0) - row.get("inventory_diff_quantity", 0.0)
            result.append(
                bool(row.get("inventory_quantity_set"))
                and abs(counted - row.get("quantity", 0.0)) > 1e-6
            )
        return result

    def _compute_display_name(self):
        names = self.env["product.product"]._display_names(
            [self._table.rows[r]["product_id"] for r in self._ids]
        )
        return [names.get(self._table.rows[r]["product_id"], "") for r in self._ids]

    # -- inventory mode -------------------------------------------------------------------------
    def _is_inventory_mode(self) -> bool:
        return bool(self.env.context.get("inventory_mode")) and (
            self.env.su or self.env.has_group("stock.group_stock_user")
        )

    def _gather(self, product_id, location_id, lot_id=False, owner_id=False, strict=True):
        table = self._table
        rows = table.rows
        if strict:
            locations = {location_id}
        else:
            locations = set(
                self.env["stock.location"]
                .with_context(active_test=False)
                ._search_ids([("id", "child_of", location_id)])
            )
        result = []
        for qid in table.ids_where("product_id", product_id):
            row = rows[qid]
            if row["location_id"] not in locations:
                continue
            if (strict or lot_id) and (row.get("lot_id") or False) != (lot_id or False):
                continue
            if strict and (row.get("owner_id") or False) != (owner_id or False):
                continue
            result.append(qid)
        result.sort(key=lambda q: (rows[q].get("in_date") or "", q))
        return self.browse(result)

    @api_model
    def create(self, vals_list):
        self._check_access("create")
        single = isinstance(vals_list, dict)
        vals_list = [vals_list] if single else vals_list
        ids = []
        for vals in vals_list:
            vals = dict(vals)
            if self._is_inventory_mode() and (
                "inventory_quantity" in vals or "inventory_quantity_auto_apply" in vals
            ):
                if any(name not in INVENTORY_CREATE_FIELDS for name in vals):
                    raise UserError("Quant's creation is restricted, you can't do this operation.")
                counted = (
                    vals.pop("inventory_quantity_auto_apply", False)
                    or vals.pop("inventory_quantity", False)
                    or 0
                )
                quant = self.with_context(inventory_mode=False)._gather(
                    vals.get("product_id"),
                    vals.get("location_id"),
                    vals.get("lot_id"),
                    vals.get("owner_id"),
                    strict=True,
                )
                if quant:
                    quant = quant.browse(quant.ids[:1]).sudo()
                else:
                    quant = self.sudo()._create_quant(vals)
                quant._write_inventory(
                    {
                        "inventory_quantity": counted,
                        "user_id": vals.get("user_id", self.env.uid),
                        "inventory_date": self.env.today,
                    }
                )
                ids.append(quant.id)
            else:
                ids.append(self._create_quant(vals).id)
        return self.browse(ids)

    def _create_quant(self, vals):
        vals = dict(vals)
        location = self.env.db.table("stock.location").rows.get(vals.get("location_id"))
        if location and not vals.get("company_id"):
            vals["company_id"] = location.get("company_id") or False
        vals.setdefault("in_date", self.env.now)
        return self._create([vals])

    def write(self, vals):
        self._check_access("write")
        self._check_fields_exist(vals)
        missing = [rid for rid in self._ids if rid not in self._table.rows]
        if missing:
            raise self.env.missing_error(self._name, missing, "write")
        if self._is_inventory_mode() and (
            "inventory_quantity" in vals or "inventory_quantity_auto_apply" in vals
        ):
            locations = self.env.db.table("stock.location").rows
            if any(locations[r["location_id"]].get("usage") == "inventory" for r in self._rows()):
                return None
            if any(name not in INVENTORY_WRITE_FIELDS for name in vals):
                raise UserError("Quant's editing is restricted, you can't do this operation.")
            self.sudo()._write_inventory(vals)
            return True
        return self._write_inventory(vals)

    def _rows(self):
        rows = self._table.rows
        return [rows[r] for r in self._ids]

    def _write_inventory(self, vals):
        """Write, keeping Odoo's stored computes: a new count sets ``inventory_quantity_set`` and
        recomputes the difference (which then stays put while stock moves: ``is_outdated``)."""
        vals = dict(vals)
        vals.pop("inventory_quantity_auto_apply", None)
        result = self._write(vals)
        if "inventory_quantity" in vals:
            for rec in self:
                row = rec._row()
                rec._write(
                    {
                        "inventory_diff_quantity": row.get("inventory_quantity", 0.0)
                        - row.get("quantity", 0.0),
                        "inventory_quantity_set": True,
                    }
                )
        return result

    def action_set_inventory_quantity(self):
        self._check_access("write")
        for rec in self:
            row = rec._row()
            rec._write_inventory(
                {"inventory_quantity": row.get("quantity", 0.0), "user_id": self.env.uid}
            )
        return True

    def action_set_inventory_quantity_zero(self):
        self._check_access("write")
        self._write_inventory({"inventory_quantity": 0.0})
        return True

    def action_clear_inventory_quantity(self):
        self._check_access("write")
        self._write(
            {
                "inventory_quantity": 0.0,
                "inventory_diff_quantity": 0.0,
                "inventory_quantity_set": False,
                "user_id": False,
            }
        )
        return None

    def action_apply_inventory(self):
        self._check_access("write")
        records = self.exists()
        context = dict(self.env.context)
        context["default_quant_ids"] = records.ids
        outdated = [
            rec.id
            for rec, flag in zip(records, records._compute_is_outdated(), strict=True)
            if flag
        ]
        if outdated:
            context["default_quant_to_fix_ids"] = outdated
            return {
                "name": "Conflict in Inventory Adjustment",
                "type": "ir.actions.act_window",
                "view_mode": "form",
                "views": [[False, "form"]],
                "res_model": "stock.inventory.conflict",
                "target": "new",
                "context": context,
            }
        tracked_without_lot = []
        for rec in records:
            row = rec._row()
            tracking = rec.product_id.tracking
            if (
                tracking in ("lot", "serial")
                and not row.get("lot_id")
                and row.get("inventory_quantity", 0.0) != row.get("quantity", 0.0)
                and not row.get("quantity")
            ):
                tracked_without_lot.append(row["product_id"])
        if tracked_without_lot:
            context.update({"default_product_ids": tracked_without_lot})
            return {
                "name": "Tracked Products in Inventory Adjustment",
                "type": "ir.actions.act_window",
                "view_mode": "form",
                "views": [[False, "form"]],
                "res_model": "stock.track.confirmation",
                "target": "new",
                "context": context,
            }
        records._apply_inventory()
        records.sudo()._write({"inventory_quantity_set": False})
        return None

    def _apply_inventory(self):
        if (
            not self.env.su
            and not self.env.server.personality.stock_user_applies_counts
            and not self.env.has_group("stock.group_stock_manager")
        ):
            raise UserError("Only a stock manager can validate an inventory adjustment.")
        inventory_loc = self.env.ref_id("stock.stock_location_inventory")
        moves = self.env["stock.move"]
        for rec in self:
            row = rec._row()
            diff = row.get("inventory_diff_quantity", 0.0)
            if diff > 0:
                vals = rec._inventory_move_values(diff, inventory_loc, row["location_id"])
            else:
                vals = rec._inventory_move_values(-diff, row["location_id"], inventory_loc)
            moves |= (
                self.env["stock.move"].sudo().with_context(inventory_mode=False)._create([vals])
            )
        moves.sudo()._action_done()
        sudo = self.sudo()
        locations = (
            self.env["stock.location"]
            .sudo()
            .browse(sorted({r["location_id"] for r in self._rows()}))
        )
        locations._write({"last_inventory_date": self.env.today})
        for rec in sudo.exists():
            location = locations.browse([rec._row()["location_id"]])
            rec._write(
                {
                    "inventory_date": location._next_inventory_date(),
                    "last_count_date": self.env.today,
                }
            )
        alive = sudo.exists()
        alive._write({"inventory_quantity": 0.0, "user_id": False})
        alive._write({"inventory_diff_quantity": 0.0})

    def _inventory_move_values(self, qty, location_id, location_dest_id) -> dict:
        row = self._row()
        name = self.env.context.get("inventory_name")
        if not name:
            name = "Product Quantity Updated" if abs(qty) > 1e-9 else "Product Quantity Confirmed"
        user = row.get("user_id")
        if user and user != 1:
            name += f" ({self.env['res.users']._display_name_of(user)})"
        product = self.env["product.product"].browse([row["product_id"]])
        return {
            "name": name,
            "product_id": row["product_id"],
            "product_uom": product.uom_id.id,
            "product_uom_qty": qty,
            "company_id": row.get("company_id") or self.env.company.id,
            "state": "confirmed",
            "location_id": location_id,
            "location_dest_id": location_dest_id,
            "is_inventory": True,
            "picked": True,
            "move_line_ids": [
                (
                    0,
                    0,
                    {
                        "product_id": row["product_id"],
                        "product_uom_id": product.uom_id.id,
                        "quantity": qty,
                        "location_id": location_id,
                        "location_dest_id": location_dest_id,
                        "lot_id": row.get("lot_id") or False,
                        "owner_id": row.get("owner_id") or False,
                        "picked": True,
                    },
                )
            ],
        }

    # -- stock bookkeeping (called by done moves and reservations) ------------------------------
    def _update_available_quantity(
        self, product_id, location_id, delta, lot_id=False, owner_id=False
    ):
        """Add ``delta`` on hand at a location (creating the quant), like Odoo's helper."""
        quant = self.sudo()._gather(product_id, location_id, lot_id, owner_id, strict=True)
        now = self.env.now
        if quant:
            quant = quant.browse(quant.ids[:1])
            row = quant._row()
            before = row.get("quantity", 0.0)
            quant._write({"quantity": before + delta, "in_date": row.get("in_date") or now})
        else:
            before = 0.0
            quant = self.sudo()._create_quant(
                {
                    "product_id": product_id,
                    "location_id": location_id,
                    "lot_id": lot_id or False,
                    "owner_id": owner_id or False,
                    "quantity": delta,
                    "in_date": now,
                }
            )
        tx = self.env.db.tx
        if tx is not None:
            tx.quants.add(quant.id)
        self.env.ledger(
            "quant.changed",
            "stock.quant",
            quant.id,
            {
                "product_id": product_id,
                "location_id": location_id,
                "lot_id": lot_id or False,
                "before": before,
                "after": before + delta,
                "delta": delta,
            },
        )
        return quant

    def _update_reserved_quantity(
        self, product_id, location_id, wanted, lot_id=False, strict=False
    ):
        """Reserve up to ``wanted`` units, oldest quants first; returns [(quant_id, qty)]."""
        quants = self.sudo()._gather(product_id, location_id, lot_id, strict=strict)
        taken = []
        rows = self._table.rows
        locations = self.env.db.table("stock.location").rows
        for qid in quants._ids:
            if wanted <= 1e-9:
                break
            row = rows[qid]
            if locations[row["location_id"]].get("usage") not in ("internal", "transit"):
                continue
            free = row.get("quantity", 0.0) - row.get("reserved_quantity", 0.0)
            if free <= 1e-9:
                continue
            qty = min(free, wanted)
            self.browse([qid])._write(
                {"reserved_quantity": row.get("reserved_quantity", 0.0) + qty}
            )
            taken.append((qid, qty))
            wanted -= qty
        return taken

    def _release_reserved(self, product_id, location_id, qty, lot_id=False):
        """Give back ``qty`` reserved units at a location (never below zero)."""
        quants = self.sudo()._gather(product_id, location_id, lot_id, strict=bool(lot_id))
        rows = self._table.rows
        for qid in reversed(quants._ids):
            if qty <= 1e-9:
                break
            reserved = rows[qid].get("reserved_quantity", 0.0)
            if reserved <= 0:
                continue
            give = min(reserved, qty)
            self.browse([qid])._write({"reserved_quantity": reserved - give})
            qty -= give

    def _unlink_zero_quants(self, quant_ids) -> None:
        """Odoo deletes quants left with nothing on hand, reserved or counted."""
        rows = self._table.rows
        doomed = [
            qid
            for qid in quant_ids
            if qid in rows
            and abs(rows[qid].get("quantity", 0.0)) < 1e-9
            and abs(rows[qid].get("reserved_quantity", 0.0)) < 1e-9
            and abs(rows[qid].get("inventory_quantity", 0.0)) < 1e-9
            and not rows[qid].get("inventory_quantity_set")
            and not rows[qid].get("user_id")
        ]
        if doomed:
            self.sudo().browse(doomed)._unlink()
