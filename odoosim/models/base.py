"""Base, mail and HR models: companies, partners, users and groups, messages, employees."""

from __future__ import annotations

from odoosim.errors import AccessError, UserError, value_error
from odoosim.orm import Model, api_model, fields


class ResCompany(Model):
    """Odoo 17 ``res.company`` (Companies), with the fields and methods storeapp uses."""

    _name = "res.company"
    _description = "Companies"
    _order = "sequence, name"

    name = fields.Char("Company Name", required=True)
    partner_id = fields.Many2one("res.partner", "Partner", required=True)
    sequence = fields.Integer(default=10)
    phone = fields.Char()
    email = fields.Char()
    currency_id = fields.Char("Currency", default="EUR")
    # stock_sms: SMS confirmation on delivery validation, and whether the one-time warning
    # wizard was already shown (Odoo 17 asks on the company's first such validation).
    stock_move_sms_validation = fields.Boolean("SMS Confirmation", default=True)
    has_received_warning_stock_sms = fields.Boolean()
    active = fields.Boolean(default=True)


class ResPartner(Model):
    """Odoo 17 ``res.partner`` (Contact), with the fields and methods storeapp uses."""

    _name = "res.partner"
    _description = "Contact"
    _order = "complete_name ASC, id DESC"

    name = fields.Char(index=True)
    complete_name = fields.Char(compute="_compute_complete_name")
    parent_id = fields.Many2one("res.partner", "Related Company")
    is_company = fields.Boolean()
    phone = fields.Char()
    mobile = fields.Char()
    email = fields.Char()
    street = fields.Char()
    zip = fields.Char()
    city = fields.Char()
    ref = fields.Char("Reference")
    company_id = fields.Many2one("res.company", "Company")
    customer_rank = fields.Integer()
    type = fields.Selection(
        [
            ("contact", "Contact"),
            ("invoice", "Invoice Address"),
            ("delivery", "Delivery Address"),
            ("other", "Other Address"),
        ],
        "Address Type",
        default="contact",
    )
    active = fields.Boolean(default=True)

    def _compute_complete_name(self):
        return self._compute_display_name()

    def _parse_order(self, order):
        # complete_name is not stored here; order contacts by name like Odoo's stored column.
        if order is None:
            order = "name asc, id desc"
        return super()._parse_order(order)


class ResGroups(Model):
    """Odoo 17 ``res.groups`` (Access Groups), with the fields and methods storeapp uses."""

    _name = "res.groups"
    _description = "Access Groups"
    _order = "name"

    name = fields.Char(required=True)
    category_name = fields.Char("Application")
    full_name = fields.Char("Group Name", compute="_compute_full_name")
    implied_ids = fields.Many2many("res.groups", "Inherits")
    users = fields.Many2many("res.users", "Users", compute="_compute_users")
    comment = fields.Text()

    def _compute_full_name(self):
        rows = self._table.rows
        return [
            f"{rows[rid].get('category_name')} / {rows[rid]['name']}"
            if rows[rid].get("category_name")
            else rows[rid]["name"]
            for rid in self._ids
        ]

    def _compute_users(self):
        users = self.env.db.table("res.users").rows
        return [
            sorted(uid for uid, row in users.items() if rid in (row.get("groups_id") or ()))
            for rid in self._ids
        ]

    def _compute_display_name(self):
        return self._compute_full_name()


class ResUsers(Model):
    """Odoo 17 ``res.users`` (User), with the fields and methods storeapp uses."""

    _name = "res.users"
    _description = "User"
    _order = "name, login"

    name = fields.Char(required=True)
    login = fields.Char(required=True)
    partner_id = fields.Many2one("res.partner", "Related Partner", required=True)
    company_id = fields.Many2one("res.company", "Company", required=True)
    company_ids = fields.Many2many("res.company", "Companies")
    groups_id = fields.Many2many("res.groups", "Groups")
    active = fields.Boolean(default=True)
    share = fields.Boolean("Share User")
    lang = fields.Char("Language", default="en_US")
    tz = fields.Char("Timezone", default="Europe/Brussels")
    # A user's e-mail is its partner's (res.users _inherits res.partner): chatter reads it there.
    email = fields.Char(related="partner_id.email")
    employee_ids = fields.One2many("hr.employee", "user_id", "Related Employee")

    @api_model
    def context_get(self):
        row = self.env.db.table("res.users").rows.get(self.env.uid, {})
        return {
            "lang": row.get("lang") or "en_US",
            "tz": row.get("tz") or False,
            "uid": self.env.uid,
        }

    def has_group(self, group_ext_id):
        return self.env(uid=self.ensure_one().id).has_group(group_ext_id)


class ResUsersApikeys(Model):
    """``res.users.apikeys``: the keys' descriptions (the secrets stay in the server's
    credentials, hashed in a real Odoo). A user sees only their own keys. ``expiration_date``
    is what a real 19.0 showed (reference §8); the 17 and 18 personalities hide it."""

    _name = "res.users.apikeys"
    _description = "Users API Keys"
    _order = "id"

    name = fields.Char("Description", required=True)
    user_id = fields.Many2one("res.users", "User", required=True)
    scope = fields.Char("Scope")
    expiration_date = fields.Datetime("Expiration Date")

    def _search_ids(self, domain=None, offset=0, limit=None, order=None):
        if not self.env.su and not self.env.has_group("base.group_system"):
            domain = [("user_id", "=", self.env.uid), *(domain or [])]
        return super()._search_ids(domain, offset, limit, order)


class IrModel(Model):
    """Odoo 17 ``ir.model`` (Models), with the fields and methods storeapp uses."""

    _name = "ir.model"
    _description = "Models"
    _order = "model"
    _log_access = False

    name = fields.Char("Model Description", required=True)
    model = fields.Char(required=True)
    transient = fields.Boolean()


class IrModelData(Model):
    """Odoo 17 ``ir.model.data`` (Model Data), with the fields and methods storeapp uses."""

    _name = "ir.model.data"
    _description = "Model Data"
    _rec_name = "complete_name"
    _log_access = False

    name = fields.Char("External Identifier", required=True)
    module = fields.Char(required=True)
    complete_name = fields.Char(compute="_compute_complete_name")
    model = fields.Char("Model Name", required=True)
    res_id = fields.Integer("Record ID")

    def _compute_complete_name(self):
        rows = self._table.rows
        return [f"{rows[r]['module']}.{rows[r]['name']}" for r in self._ids]

    @api_model
    def check_object_reference(self, module, xml_id, raise_on_access_error=False):
        found = self.env.db.xmlids.get(f"{module}.{xml_id}")
        if found is None:
            raise value_error(f"External ID not found in the system: {module}.{xml_id}")
        model, res_id = found
        try:
            self.env[model].browse([res_id])._check_access("read")
        except AccessError:
            if raise_on_access_error:
                raise
            return model, False
        return [model, res_id]


class MailMessage(Model):
    """Odoo 17 ``mail.message`` (Message), with the fields and methods storeapp uses."""

    _name = "mail.message"
    _description = "Message"
    _order = "id desc"
    _rec_name = "record_name"

    subject = fields.Char()
    body = fields.Html("Contents", default="")
    model = fields.Char("Related Document Model")
    res_id = fields.Integer("Related Document ID")
    record_name = fields.Char("Message Record Name")
    message_type = fields.Selection(
        [
            ("email", "Incoming Email"),
            ("comment", "Comment"),
            ("email_outgoing", "Outgoing Email"),
            ("notification", "System notification"),
            ("auto_comment", "Automated Targeted Notification"),
            ("user_notification", "User Specific Notification"),
        ],
        "Type",
        required=True,
        default="comment",
    )
    subtype_xmlid = fields.Char("Subtype")
    author_id = fields.Many2one("res.partner", "Author")
    partner_ids = fields.Many2many("res.partner", "Recipients")
    date = fields.Datetime()


class MailThread(Model):
    """``mail.thread``: the chatter. ``message_post`` returns the new message (its id over RPC)."""

    _abstract = True

    message_ids = fields.One2many(
        "mail.message", "res_id", "Messages", compute="_compute_message_ids", store=False
    )

    def _compute_message_ids(self):
        table = self.env.db.table("mail.message")
        by_record: dict[int, list[int]] = {}
        for mid, row in table.rows.items():
            if row.get("model") == self._name:
                by_record.setdefault(row.get("res_id"), []).append(mid)
        return [sorted(by_record.get(rid, []), reverse=True) for rid in self._ids]

    def _values_for(self, field, ids):
        if field.name == "message_ids":
            return list(self.browse(ids)._compute_message_ids())
        return super()._values_for(field, ids)

    def message_post(
        self,
        body="",
        subject=None,
        message_type="notification",
        subtype_xmlid=None,
        partner_ids=None,
        **kwargs,
    ):
        self.ensure_one()
        self._check_access("read")
        if not self.exists():
            raise self.env.missing_error(self._name, self._ids, "read")
        if message_type not in ("comment", "notification", "auto_comment", "user_notification"):
            raise UserError(f"Invalid message_type {message_type}")
        author = self._message_compute_author(kwargs.get("author_id"), kwargs.get("email_from"))
        message = (
            self.env["mail.message"]
            .sudo()
            ._create(
                [
                    {
                        "subject": subject or False,
                        "body": body or "",
                        "model": self._name,
                        "res_id": self.id,
                        "record_name": self.display_name,
                        "message_type": message_type,
                        "subtype_xmlid": subtype_xmlid or False,
                        "author_id": author or False,
                        "partner_ids": [(6, 0, list(partner_ids or []))],
                        "date": self.env.now,
                    }
                ]
            )
        )
        self.env.ledger(
            "message.posted",
            self._name,
            self.id,
            {"message_id": message.id, "body": body or "", "subject": subject or False},
        )
        return message

    def _message_compute_author(self, author_id=None, email_from=None):
        """Odoo 17 ``mail.thread._message_compute_author`` (raise_on_email=True): the author
        defaults to the user's partner, and a message without a sender address is refused."""
        partners = self.env.db.table("res.partner").rows
        if not author_id:
            user = self.env.db.table("res.users").rows.get(self.env.uid, {})
            author_id = user.get("partner_id") or False
            if not email_from:
                email_from = partners.get(author_id, {}).get("email") or False
        elif not email_from:
            email_from = partners.get(author_id, {}).get("email") or False
        if not email_from:
            raise UserError("Unable to send message, please configure the sender's email address.")
        return author_id


class HrDepartment(Model):
    """Odoo 17 ``hr.department`` (Department), with the fields and methods storeapp uses."""

    _name = "hr.department"
    _description = "Department"

    name = fields.Char("Department Name", required=True)
    company_id = fields.Many2one("res.company", "Company")
    active = fields.Boolean(default=True)


class HrEmployeeCategory(Model):
    """Odoo 17 ``hr.employee.category`` (Employee Category), with the fields and methods storeapp uses."""

    _name = "hr.employee.category"
    _description = "Employee Category"

    name = fields.Char("Tag Name", required=True)
    color = fields.Integer()


class HrEmployeeBase(Model):
    """Fields shared by ``hr.employee`` and its public view ``hr.employee.public``."""

    _abstract = True
    _order = "name"

    name = fields.Char("Employee Name", required=True)
    user_id = fields.Many2one("res.users", "User")
    company_id = fields.Many2one("res.company", "Company", required=True)
    department_id = fields.Many2one("hr.department", "Department")
    job_title = fields.Char()
    work_email = fields.Char()
    work_phone = fields.Char()
    active = fields.Boolean(default=True)


class HrEmployee(HrEmployeeBase):
    """Odoo 17 ``hr.employee`` (Employee), with the fields and methods storeapp uses."""

    _name = "hr.employee"
    _description = "Employee"

    # Private fields: Odoo 17 restricts them to Employees / Officer.
    barcode = fields.Char("Badge ID", groups="hr.group_hr_user", copy=False)
    pin = fields.Char("PIN", groups="hr.group_hr_user", copy=False)
    category_ids = fields.Many2many("hr.employee.category", "Tags", groups="hr.group_hr_user")
    mobile_phone = fields.Char("Work Mobile", groups="hr.group_hr_user")


class HrEmployeePublic(HrEmployeeBase):
    """Odoo's SQL view over hr.employee without the private fields; read-only for everyone."""

    _name = "hr.employee.public"
    _description = "Public Employee"
