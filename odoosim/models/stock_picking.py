"""Transfers (stock.picking) and their Odoo 17 workflow: confirm, reserve, validate."""

from __future__ import annotations

from odoosim.errors import UserError
from odoosim.models.base import MailThread
from odoosim.orm import api_model, fields

PICKING_STATES = [
    ("draft", "Draft"),
    ("waiting", "Waiting Another Operation"),
    ("confirmed", "Waiting"),
    ("assigned", "Ready"),
    ("done", "Done"),
    ("cancel", "Cancelled"),
]
EPS = 1e-9


class StockPicking(MailThread):
    """Odoo 17 ``stock.picking`` (Transfer), with the fields and methods storeapp uses."""

    _name = "stock.picking"
    _description = "Transfer"
    _order = "priority desc, scheduled_date asc, id desc"
    _abstract = False

    name = fields.Char("Reference", default="/", copy=False, index=True)
    origin = fields.Char("Source Document", index=True)
    note = fields.Html("Notes")
    backorder_id = fields.Many2one("stock.picking", "Back Order of", copy=False, readonly=True)
    backorder_ids = fields.One2many("stock.picking", "backorder_id", "Back Orders")
    return_id = fields.Many2one("stock.picking", "Return of", copy=False, readonly=True)
    return_ids = fields.One2many("stock.picking", "return_id", "Returns")
    move_type = fields.Selection(
        [("direct", "As soon as possible"), ("one", "When all products are ready")],
        "Shipping Policy",
        default="direct",
        required=True,
    )
    state = fields.Selection(PICKING_STATES, "Status", default="draft", readonly=True, copy=False)
    priority = fields.Selection([("0", "Normal"), ("1", "Urgent")], default="0")
    scheduled_date = fields.Datetime("Scheduled Date", default=lambda self: self.env.now)
    date_deadline = fields.Datetime("Deadline")
    date = fields.Datetime("Creation Date", default=lambda self: self.env.now, copy=False)
    date_done = fields.Datetime("Date of Transfer", copy=False, readonly=True)
    location_id = fields.Many2one("stock.location", "Source Location", required=True)
    location_dest_id = fields.Many2one("stock.location", "Destination Location", required=True)
    move_ids = fields.One2many("stock.move", "picking_id", "Stock Moves", copy=True)
    move_ids_without_package = fields.One2many(
        "stock.move", "picking_id", "Stock moves not in package"
    )
    move_line_ids = fields.One2many("stock.move.line", "picking_id", "Operations")
    picking_type_id = fields.Many2one(
        "stock.picking.type", "Operation Type", required=True, readonly=True
    )
    picking_type_code = fields.Selection(
        [("incoming", "Receipt"), ("outgoing", "Delivery"), ("internal", "Internal Transfer")],
        related="picking_type_id.code",
    )
    partner_id = fields.Many2one("res.partner", "Contact")
    company_id = fields.Many2one("res.company", "Company", readonly=True)
    user_id = fields.Many2one("res.users", "Responsible")
    is_locked = fields.Boolean(default=True)
    printed = fields.Boolean()
    sale_id = fields.Many2one("sale.order", "Sales Order")
    carrier_id = fields.Many2one("delivery.carrier", "Carrier")
    delivery_type = fields.Selection(
        [
            ("fixed", "Fixed Price"),
            ("base_on_rule", "Based on Rules"),
            ("onsite", "Pickup in store"),
        ],
        related="carrier_id.delivery_type",
    )
    carrier_tracking_ref = fields.Char("Tracking Reference", copy=False)

    # -- create / write -------------------------------------------------------------------------
    @api_model
    def create(self, vals_list):
        self._check_access("create")
        vals_list = [vals_list] if isinstance(vals_list, dict) else vals_list
        return self._create(vals_list)

    def _create(self, vals_list):
        types = self.env.db.table("stock.picking.type").rows
        vals_list = [dict(v) for v in vals_list]
        move_commands = []
        for vals in vals_list:
            ptype = types.get(vals.get("picking_type_id"))
            if ptype:
                if not vals.get("location_id"):
                    vals["location_id"] = ptype.get("default_location_src_id") or False
                if not vals.get("location_dest_id"):
                    vals["location_dest_id"] = ptype.get("default_location_dest_id") or False
                vals.setdefault("company_id", ptype.get("company_id"))
                if vals.get("name", "/") in ("/", False, None):
                    vals["name"] = self._next_name(vals["picking_type_id"])
            move_commands.append(
                vals.pop("move_ids", None) or vals.pop("move_ids_without_package", None)
            )
        pickings = super()._create(vals_list)
        for picking, commands in zip(pickings, move_commands, strict=True):
            if commands:
                picking._apply_o2m_commands(picking._fields["move_ids"], commands)
            picking._recompute_state()
        return pickings

    def _next_name(self, type_id) -> str:
        ptype = self.env.db.table("stock.picking.type").rows[type_id]
        warehouse = self.env.db.table("stock.warehouse").rows.get(ptype.get("warehouse_id"))
        prefix = f"{warehouse['code']}/" if warehouse else ""
        number = self.env.db.next_sequence(f"stock.picking.type/{type_id}")
        return f"{prefix}{ptype['sequence_code']}/{number:05d}"

    def write(self, vals):
        if "scheduled_date" in vals and any(
            p._row()["state"] in ("done", "cancel") for p in self.exists()
        ):
            raise UserError("You cannot change the Scheduled Date on a done or cancelled transfer.")
        result = super().write(vals)
        moves_vals = {
            key: vals[key]
            for key in ("location_id", "location_dest_id", "partner_id")
            if key in vals
        }
        if moves_vals:
            moves = self.move_ids.filtered(lambda m: m._row()["state"] not in ("done", "cancel"))
            moves._write(moves_vals)
        if "move_ids" in vals or "move_ids_without_package" in vals:
            # Odoo 17 _autoconfirm_picking: moves added to a confirmed transfer join its flow.
            for picking in self.exists():
                if picking._row()["state"] in ("draft", "done", "cancel"):
                    continue
                added = picking.move_ids.filtered(lambda m: m._row()["state"] == "draft")
                if added:
                    added._action_confirm()
            self._recompute_state()
        return result

    def unlink(self):
        self._check_access("unlink")
        for picking in self.exists():
            moves = picking.move_ids
            if any(m._row()["state"] == "done" for m in moves):
                raise UserError(
                    "You can not delete product moves if the picking is done. You can only "
                    "correct the done quantities."
                )
            moves._action_cancel()
            moves._unlink()
        return self._unlink()

    # -- state ----------------------------------------------------------------------------------
    def _recompute_state(self) -> None:
        moves = self.env.db.table("stock.move")
        for picking in self.exists():
            row = picking._row()
            states = [moves.rows[m]["state"] for m in moves.ids_where("picking_id", picking.id)]
            if not states or "draft" in states:
                state = "draft"
            elif all(s == "cancel" for s in states):
                state = "cancel"
            elif all(s in ("done", "cancel") for s in states):
                state = "done"
            else:
                open_states = [s for s in states if s not in ("done", "cancel")]
                if row.get("move_type") == "one":
                    if all(s == "assigned" for s in open_states):
                        state = "assigned"
                    elif "waiting" in open_states:
                        state = "waiting"
                    else:
                        state = "confirmed"
                elif any(s in ("assigned", "partially_available") for s in open_states):
                    state = "assigned"
                elif "waiting" in open_states:
                    state = "waiting"
                else:
                    state = "confirmed"
            if state != row.get("state"):
                picking._write({"state": state})

    # -- workflow ---------------------------------------------------------------------------------
    def action_confirm(self):
        self._check_access("write")
        for picking in self.exists():
            picking.move_ids.filtered(lambda m: m._row()["state"] == "draft")._action_confirm()
            picking._recompute_state()
        return True

    def action_assign(self):
        self._check_access("write")
        pickings = self.exists()
        drafts = pickings.filtered(lambda p: p._row()["state"] == "draft")
        if drafts:
            drafts.action_confirm()
        moves = pickings.move_ids.filtered(
            lambda m: m._row()["state"] not in ("draft", "cancel", "done")
        )
        if not moves:
            raise UserError("Nothing to check the availability for.")
        moves._action_assign()
        pickings._recompute_state()
        return True

    def do_unreserve(self):
        self._check_access("write")
        for picking in self.exists():
            picking.move_ids._do_unreserve()
            picking._recompute_state()
        return None

    def action_cancel(self):
        self._check_access("write")
        pickings = self.exists()
        pickings.move_ids.filtered(lambda m: m._row()["state"] != "cancel")._action_cancel()
        pickings._recompute_state()
        return True

    def button_validate(self):
        self._check_access("write")
        pickings = self.exists()
        if len(pickings) != len(set(self._ids)):
            raise self.env.missing_error(self._name, self._ids, "write")
        if self.env.server.personality.quiet_revalidation:
            # 18 and 19 filter done pickings out first: re-validating one is a quiet True.
            pickings = pickings.filtered(lambda p: p._row()["state"] != "done")
            if not pickings:
                return True
        drafts = pickings.filtered(lambda p: p._row()["state"] == "draft")
        if drafts:
            drafts.action_confirm()
            for move in drafts.move_ids:
                row = move._row()
                if row.get("quantity", 0.0) <= EPS and row.get("product_uom_qty", 0.0) > EPS:
                    move._set_quantity(row["product_uom_qty"])
        if not self.env.context.get("skip_sanity_check"):
            pickings._sanity_check()
        if not self.env.context.get("button_validate_picking_ids"):
            pickings = pickings.with_context(button_validate_picking_ids=pickings.ids)
        result = pickings._pre_action_done_hook()
        if result is not True:
            return result
        context = pickings.env.context
        never = {p.id for p in pickings if p.picking_type_id.create_backorder == "never"}
        for pid in context.get("picking_ids_not_to_backorder") or []:
            picking = pickings.browse([pid]).exists()
            if picking and picking.picking_type_id.create_backorder != "always":
                never.add(pid)
        not_to_backorder = pickings.browse([p for p in pickings.ids if p in never])
        to_backorder = pickings.browse([p for p in pickings.ids if p not in never])
        if not_to_backorder:
            not_to_backorder.sudo()._action_done(cancel_backorder=True)
        if to_backorder:
            to_backorder.sudo()._action_done(cancel_backorder=False)
        return True

    def _sanity_check(self) -> None:
        moves = self.env.db.table("stock.move").rows
        lines = self.env.db.table("stock.move.line")
        for picking in self:
            move_ids = picking.move_ids.ids
            if not move_ids and not picking.move_line_ids:
                raise UserError(
                    "You can't validate an empty transfer. Please add some products to move "
                    "before proceeding."
                )
        without_quantities = [
            p
            for p in self
            if all(
                moves[m].get("quantity", 0.0) <= EPS
                for m in p.move_ids.ids
                if moves[m]["state"] not in ("done", "cancel")
            )
        ]
        if without_quantities:
            raise UserError(
                "You cannot validate a transfer if no quantities are reserved. To force the "
                "transfer, encode quantities."
            )
        missing_lots = []
        for picking in self:
            ptype = picking.picking_type_id
            if not (ptype.use_create_lots or ptype.use_existing_lots):
                continue
            for lid in picking.move_line_ids.ids:
                row = lines.rows[lid]
                move = moves.get(row.get("move_id"))
                if move and move["state"] in ("done", "cancel"):
                    continue
                product = self.env["product.product"].browse([row["product_id"]])
                if (
                    product.tracking != "none"
                    and row.get("quantity", 0.0) > EPS
                    and not row.get("lot_id")
                    and not row.get("lot_name")
                ):
                    missing_lots.append(product.display_name)
        if missing_lots:
            raise UserError(
                "You need to supply a Lot/Serial number for products "
                + ", ".join(dict.fromkeys(missing_lots))
                + "."
            )

    def _pre_action_done_hook(self):
        for picking in self:
            moves = picking.move_ids
            if moves and not any(m._row().get("picked") for m in moves):
                moves.filtered(lambda m: m._row()["state"] not in ("done", "cancel"))._set_picked(
                    True
                )
        if not self.env.context.get("skip_backorder"):
            to_ask = self._check_backorder()
            if to_ask:
                return to_ask._backorder_wizard_action(show_transfers=len(self) > 1)
        if not self.env.context.get("skip_sms"):
            warn = self._check_warn_sms()
            if warn:
                return warn._sms_wizard_action()
        return True

    def _check_backorder(self):
        result = []
        for picking in self:
            if picking.picking_type_id.create_backorder != "ask":
                continue
            for move in picking.move_ids:
                row = move._row()
                if row["state"] == "cancel":
                    continue
                demand = row.get("product_uom_qty", 0.0)
                picked_qty = sum(
                    line._row().get("quantity", 0.0)
                    for line in move.move_line_ids
                    if line._row().get("picked")
                )
                if (demand and not row.get("picked")) or picked_qty < demand - EPS:
                    result.append(picking.id)
                    break
        return self.browse(result)

    def _backorder_wizard_action(self, show_transfers=False) -> dict:
        context = dict(self.env.context)
        context.update(
            default_show_transfers=show_transfers,
            default_pick_ids=[[4, pid] for pid in self.ids],
        )
        return {
            "name": "Create Backorder?",
            "type": "ir.actions.act_window",
            "view_mode": "form",
            "res_model": "stock.backorder.confirmation",
            "views": [[self.env.ref_id("stock.view_backorder_confirmation"), "form"]],
            "view_id": self.env.ref_id("stock.view_backorder_confirmation"),
            "target": "new",
            "context": context,
        }

    def _check_warn_sms(self):
        """stock_sms: the company's first validation of a delivery to a partner with a phone
        opens the SMS warning wizard instead of validating."""
        result = []
        for picking in self:
            company = picking.company_id
            partner = picking.partner_id
            if (
                company
                and company.stock_move_sms_validation
                and not company.has_received_warning_stock_sms
                and picking.picking_type_id.code == "outgoing"
                and partner
                and (partner.mobile or partner.phone)
            ):
                result.append(picking.id)
        return self.browse(result)

    def _sms_wizard_action(self) -> dict:
        wizard = (
            self.env["confirm.stock.sms"]
            .sudo()
            ._create(
                [{"pick_ids": [(4, pid) for pid in self.ids], "company_id": self.company_id.id}]
            )
        )
        view = self.env.ref_id("stock_sms.view_confirm_stock_sms")
        return {
            "name": "SMS",
            "type": "ir.actions.act_window",
            "view_mode": "form",
            "res_model": "confirm.stock.sms",
            "views": [[view, "form"]],
            "view_id": view,
            "target": "new",
            "res_id": wizard.id,
            "context": dict(self.env.context),
        }

    def _action_done(self, cancel_backorder=False):
        moves = self.move_ids.filtered(
            lambda m: (
                m._row()["state"]
                in ("draft", "waiting", "partially_available", "assigned", "confirmed")
            )
        )
        moves._action_done(cancel_backorder=cancel_backorder)
        self._write({"date_done": self.env.now, "priority": "0"})
        if not cancel_backorder:
            self._create_backorder()
        self._recompute_state()
        for picking in self:
            row = picking._row()
            if row["state"] == "done":
                self.env.ledger(
                    "picking.validated",
                    "stock.picking",
                    picking.id,
                    {
                        "name": row["name"],
                        "origin": row.get("origin") or False,
                        "picking_type_code": picking.picking_type_id.code,
                        "moves": [
                            {
                                "move_id": m.id,
                                "product_id": m._row()["product_id"],
                                "quantity": m._row().get("quantity", 0.0),
                                "state": m._row()["state"],
                            }
                            for m in picking.move_ids
                        ],
                    },
                )
        return True

    def _create_backorder(self):
        backorders = self.browse()
        for picking in self:
            remaining = picking.move_ids.filtered(
                lambda m: m._row()["state"] not in ("done", "cancel")
            )
            if not remaining:
                continue
            backorder = picking._copy(
                {"name": "/", "backorder_id": picking.id, "state": "draft", "user_id": False}
            )
            remaining._write({"picking_id": backorder.id, "picked": False})
            lines = remaining.move_line_ids
            if lines:
                lines._write({"picking_id": backorder.id, "picked": False})
            backorder._recompute_state()
            backorders |= backorder
        to_assign = backorders.filtered(
            lambda p: p.picking_type_id.reservation_method == "at_confirm"
        )
        if to_assign:
            to_assign.move_ids.filtered(
                lambda m: m._row()["state"] in ("confirmed", "partially_available", "waiting")
            )._action_assign()
            to_assign._recompute_state()
        return backorders

    def _copy(self, default=None):
        row = self._row()
        vals = {
            key: row.get(key)
            for key in (
                "origin",
                "note",
                "move_type",
                "priority",
                "scheduled_date",
                "date_deadline",
                "location_id",
                "location_dest_id",
                "picking_type_id",
                "partner_id",
                "company_id",
                "user_id",
                "sale_id",
                "carrier_id",
            )
            if row.get(key) not in (None,)
        }
        vals.update(default or {})
        return self._create([vals])
