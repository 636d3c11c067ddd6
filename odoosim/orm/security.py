"""Groups and model access rights (ir.model.access), with Odoo 17's refusal messages.

The table mirrors the CSV files of base, product, stock, sale, hr and mail for the models the
emulator serves. Each row is ``(group xmlid or None for everyone, "rwcd" subset)``.
"""

from __future__ import annotations

from odoosim.errors import AccessError

# xmlid -> (category, name, implied xmlids)
GROUPS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "base.group_user": ("User types", "Internal User", ()),
    "base.group_portal": ("User types", "Portal", ()),
    "base.group_public": ("User types", "Public", ()),
    "base.group_no_one": ("Technical", "Technical Features", ()),
    "base.group_erp_manager": ("Administration", "Access Rights", ("base.group_user",)),
    "base.group_system": ("Administration", "Settings", ("base.group_erp_manager",)),
    "base.group_partner_manager": ("Extra Rights", "Contact Creation", ()),
    "stock.group_stock_user": ("Inventory", "User", ("base.group_user",)),
    "stock.group_stock_manager": ("Inventory", "Administrator", ("stock.group_stock_user",)),
    "hr.group_hr_user": ("Employees", "Officer: Manage all employees", ("base.group_user",)),
    "hr.group_hr_manager": ("Employees", "Administrator", ("hr.group_hr_user",)),
    "sales_team.group_sale_salesman": (
        "Sales",
        "User: Own Documents Only",
        ("base.group_user",),
    ),
    "sales_team.group_sale_salesman_all_leads": (
        "Sales",
        "User: All Documents",
        ("sales_team.group_sale_salesman",),
    ),
    "sales_team.group_sale_manager": (
        "Sales",
        "Administrator",
        ("sales_team.group_sale_salesman_all_leads",),
    ),
}

USER = "base.group_user"
STOCK_USER = "stock.group_stock_user"
STOCK_MANAGER = "stock.group_stock_manager"
SYSTEM = "base.group_system"
ERP_MANAGER = "base.group_erp_manager"
HR_USER = "hr.group_hr_user"
SALESMAN = "sales_team.group_sale_salesman"
SALE_MANAGER = "sales_team.group_sale_manager"

ACL: dict[str, list[tuple[str | None, str]]] = {
    "res.company": [(USER, "r"), (ERP_MANAGER, "rwcd")],
    "res.users": [(USER, "r"), (ERP_MANAGER, "rwcd")],
    "res.users.apikeys": [(USER, "r"), (SYSTEM, "rwcd")],
    "res.groups": [(USER, "r"), (ERP_MANAGER, "rwcd")],
    "res.partner": [(USER, "r"), ("base.group_partner_manager", "rwcd"), (SALESMAN, "rwc")],
    "ir.model": [(USER, "r"), (SYSTEM, "rwcd")],
    "ir.model.data": [(USER, "r"), (ERP_MANAGER, "rwcd")],
    "hr.employee": [(USER, "r"), (HR_USER, "rwcd")],
    "hr.employee.public": [(USER, "r")],
    "hr.employee.category": [(USER, "r"), (HR_USER, "rwcd")],
    "hr.department": [(USER, "r"), (HR_USER, "rwcd")],
    "product.category": [(USER, "r"), (SYSTEM, "rwcd"), (STOCK_MANAGER, "rwcd")],
    "uom.category": [(USER, "r"), (SYSTEM, "rwcd")],
    "uom.uom": [(USER, "r"), (SYSTEM, "rwcd")],
    "product.template": [(USER, "r"), (SYSTEM, "rwcd"), (STOCK_MANAGER, "rwcd")],
    "product.product": [(USER, "r"), (SYSTEM, "rwcd"), (STOCK_MANAGER, "rwcd")],
    "product.packaging": [(USER, "r"), (STOCK_MANAGER, "rwcd"), (SALE_MANAGER, "rwcd")],
    "stock.warehouse": [(USER, "r"), (STOCK_USER, "r"), (STOCK_MANAGER, "rwcd")],
    "stock.location": [(USER, "r"), (STOCK_USER, "r"), (STOCK_MANAGER, "rwcd")],
    "stock.picking.type": [(USER, "r"), (STOCK_USER, "r"), (STOCK_MANAGER, "rwcd")],
    "stock.lot": [(STOCK_USER, "rwcd"), (STOCK_MANAGER, "rwcd")],
    "stock.quant": [(USER, "r"), (STOCK_USER, "rwc"), (STOCK_MANAGER, "rwc")],
    "stock.picking": [
        (STOCK_USER, "rwcd"),
        (STOCK_MANAGER, "rwcd"),
        (SALESMAN, "rwc"),
        (SALE_MANAGER, "rwcd"),
        ("base.group_portal", "r"),
    ],
    "stock.move": [
        (STOCK_USER, "rwc"),
        (STOCK_MANAGER, "rwcd"),
        (SALESMAN, "rwc"),
        (SALE_MANAGER, "rwcd"),
    ],
    "stock.move.line": [(USER, "rwcd"), (STOCK_USER, "rwcd"), (STOCK_MANAGER, "rwcd")],
    "stock.backorder.confirmation": [(STOCK_USER, "rwc")],
    "stock.backorder.confirmation.line": [(STOCK_USER, "rwc")],
    "stock.return.picking": [(STOCK_USER, "rwc")],
    "stock.return.picking.line": [(STOCK_USER, "rwcd")],
    "stock.inventory.conflict": [(STOCK_MANAGER, "rwc")],
    "stock.track.confirmation": [(STOCK_USER, "rwc")],
    "confirm.stock.sms": [(STOCK_USER, "rwc")],
    # sale_stock: warehouse workers read and write orders (delivery state) but never create.
    "sale.order": [(SALESMAN, "rwc"), (SALE_MANAGER, "rwcd"), (STOCK_USER, "rw")],
    "sale.order.line": [(SALESMAN, "rwcd"), (SALE_MANAGER, "rwcd"), (STOCK_USER, "rw")],
    "stock.quant.package": [(USER, "r"), (STOCK_USER, "rwcd"), (STOCK_MANAGER, "rwcd")],
    "crm.team": [(USER, "r"), (SALE_MANAGER, "rwcd")],
    "delivery.carrier": [(USER, "r"), (STOCK_MANAGER, "rwcd"), (SALE_MANAGER, "rwcd")],
    "mail.message": [(USER, "rwc")],
}

VERBS = {
    "read": "access",
    "write": "modify",
    "create": "create",
    "unlink": "delete",
}
LETTER = {"read": "r", "write": "w", "create": "c", "unlink": "d"}


def group_label(xmlid: str) -> str:
    category, name, _implied = GROUPS[xmlid]
    return f"{category}/{name}" if category else name


def implied_closure(xmlids) -> frozenset[str]:
    result = set()
    stack = list(xmlids)
    while stack:
        xmlid = stack.pop()
        if xmlid in result or xmlid not in GROUPS:
            continue
        result.add(xmlid)
        stack.extend(GROUPS[xmlid][2])
    return frozenset(result)


def check_model_access(env, model: str, description: str, operation: str) -> None:
    """Raise Odoo's AccessError when none of the user's groups may do ``operation``."""
    if env.uid == 1:
        return
    letter = LETTER[operation]
    rows = ACL.get(model, [])
    groups = env.groups
    for group, perms in rows:
        if letter in perms and (group is None or group in groups):
            return
    allowed = sorted({group_label(group) for group, perms in rows if letter in perms and group})
    head = f"You are not allowed to {VERBS[operation]} '{description}' ({model}) records."
    if allowed:
        tail = "This operation is allowed for the following groups:\n" + "\n".join(
            f"\t- {label}" for label in allowed
        )
    else:
        tail = "No group currently allows this operation."
    raise AccessError(
        f"{head}\n\n{tail}\n\nContact your administrator to request access if necessary."
    )
