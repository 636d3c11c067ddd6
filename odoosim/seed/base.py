"""Structure shared by every preset: groups, company, users, units, locations, stores."""

from __future__ import annotations

import hashlib

from odoosim.orm.env import REGISTRY
from odoosim.orm.security import GROUPS

DEVICE_LOGIN = "storeapp-device"
STORES = [("Lyon Part-Dieu", "LYO"), ("Paris Marais", "PAR")]


def api_key_for(seed: str, login: str) -> str:
    """A stable 40-hex-character key, shaped like the ones Odoo's web client issues."""
    return hashlib.sha1(f"odoosim:{seed}:{login}".encode()).hexdigest()


def xmlid(env, name: str, record) -> None:
    env.db.xmlids[name] = (record._name, record.id)


def create(env, model: str, vals: dict, xml: str | None = None):
    record = env[model].sudo()._create([vals])
    if xml:
        xmlid(env, xml, record)
    return record


def seed_structure(server, seed: str, stores=STORES) -> dict:
    """Build everything but products and documents; returns the facts gathered so far."""
    env = server.env(uid=1, su=True)
    # ir.model lists every served model: odoorpc's "'x' in env" searches it.
    for name in sorted(REGISTRY):
        cls = REGISTRY[name]
        create(env, "ir.model", {"model": name, "name": cls._description or name})
    groups = {}
    for xml in GROUPS:
        category, name, _implied = GROUPS[xml]
        groups[xml] = create(env, "res.groups", {"name": name, "category_name": category}, xml)
    for xml, (_c, _n, implied) in GROUPS.items():
        groups[xml]._write({"implied_ids": [(6, 0, [groups[i].id for i in implied])]})
    partner = create(
        env,
        "res.partner",
        {"name": "Maison Durand Retail", "is_company": True, "phone": "+33 4 72 00 00 00"},
    )
    company = create(
        env,
        "res.company",
        {"name": "Maison Durand Retail", "partner_id": partner.id},
        "base.main_company",
    )
    partner._write({"company_id": company.id})

    def user(login, name, group_xmls, password, active=True):
        user_partner = create(env, "res.partner", {"name": name, "company_id": company.id})
        record = create(
            env,
            "res.users",
            {
                "login": login,
                "name": name,
                "partner_id": user_partner.id,
                "company_id": company.id,
                "company_ids": [(6, 0, [company.id])],
                "groups_id": [(6, 0, [groups[g].id for g in group_xmls])],
                "active": active,
                "share": False,
                "email": f"{login}@example.com",
            },
        )
        server.credentials[record.id] = {"password": password, "api_keys": []}
        return record

    root = user("__system__", "OdooBot", list(GROUPS), "", active=False)
    xmlid(env, "base.user_root", root)
    admin = user(
        "admin",
        "Mitchell Admin",
        [
            "base.group_system",
            "stock.group_stock_manager",
            "hr.group_hr_manager",
            "sales_team.group_sale_manager",
            "base.group_partner_manager",
            "base.group_no_one",
        ],
        "admin",
    )
    xmlid(env, "base.user_admin", admin)
    device = user(
        DEVICE_LOGIN,
        "Store App Device",
        [
            "base.group_user",
            "stock.group_stock_user",
            "hr.group_hr_user",
        ],
        "device-password-" + api_key_for(seed, "pw")[:8],
    )
    device_key = api_key_for(seed, DEVICE_LOGIN)
    server.credentials[device.id]["api_keys"].append(device_key)
    clerk = user("clerk", "Office Clerk", ["base.group_user"], "clerk")
    stock_user = user("stockuser", "Stock User", ["stock.group_stock_user"], "stockuser")
    stock_manager = user(
        "stockmanager",
        "Stock Manager",
        ["stock.group_stock_manager", "hr.group_hr_user"],
        "stockmanager",
    )

    uom_categ = create(env, "uom.category", {"name": "Unit"}, "uom.product_uom_categ_unit")
    unit = create(
        env,
        "uom.uom",
        {"name": "Units", "category_id": uom_categ.id, "uom_type": "reference", "rounding": 1.0},
        "uom.product_uom_unit",
    )
    create(
        env,
        "uom.uom",
        {
            "name": "Dozens",
            "category_id": uom_categ.id,
            "uom_type": "bigger",
            "factor": 1 / 12,
            "rounding": 1.0,
        },
        "uom.product_uom_dozen",
    )
    all_categ = create(env, "product.category", {"name": "All"}, "product.product_category_all")
    team = create(
        env,
        "crm.team",
        {"name": "Sales", "company_id": company.id},
        "sales_team.team_sales_department",
    )

    def location(name, usage, parent=False, xml=None, **extra):
        return create(
            env,
            "stock.location",
            {
                "name": name,
                "usage": usage,
                "location_id": parent,
                "company_id": extra.pop("company", company.id),
                **extra,
            },
            xml,
        )

    physical = location(
        "Physical Locations", "view", xml="stock.stock_location_locations", company=False
    )
    partners = location(
        "Partners", "view", xml="stock.stock_location_locations_partner", company=False
    )
    customers = location(
        "Customers", "customer", partners.id, "stock.stock_location_customers", company=False
    )
    suppliers = location(
        "Vendors", "supplier", partners.id, "stock.stock_location_suppliers", company=False
    )
    virtual = location(
        "Virtual Locations", "view", xml="stock.stock_location_locations_virtual", company=False
    )
    inventory = location(
        "Inventory adjustment", "inventory", virtual.id, "stock.stock_location_inventory"
    )
    location("Scrap", "inventory", virtual.id, "stock.stock_location_scrapped", scrap_location=True)
    env.db.xmlids["stock.view_backorder_confirmation"] = ("ir.ui.view", 1007)
    env.db.xmlids["stock_sms.view_confirm_stock_sms"] = ("ir.ui.view", 2215)

    store_facts = []
    for index, (store_name, code) in enumerate(stores):
        view = location(code, "view", physical.id)
        stock = location("Stock", "internal", view.id, barcode=f"{code}-STOCK")
        bins = [
            location(
                f"{aisle}-{shelf:02d}", "internal", stock.id, barcode=f"{code}-{aisle}{shelf:02d}"
            )
            for aisle in ("A", "B")
            for shelf in (1, 2)
        ]
        quarantine = location(
            "Quarantine", "internal", view.id, barcode=f"{code}-QUAR", return_location=True
        )
        wh_partner = create(
            env, "res.partner", {"name": store_name, "company_id": company.id, "is_company": True}
        )
        warehouse = create(
            env,
            "stock.warehouse",
            {
                "name": store_name,
                "code": code,
                "company_id": company.id,
                "partner_id": wh_partner.id,
                "view_location_id": view.id,
                "lot_stock_id": stock.id,
                "sequence": 10 + index,
            },
            "stock.warehouse0" if index == 0 else None,
        )
        for rec in (view, stock, quarantine, *bins):
            rec._write({"warehouse_id": warehouse.id})

        def ptype(name, kind, seq_code, src, dst, seq, warehouse=warehouse):
            return create(
                env,
                "stock.picking.type",
                {
                    "name": name,
                    "code": kind,
                    "sequence_code": seq_code,
                    "warehouse_id": warehouse.id,
                    "default_location_src_id": src,
                    "default_location_dest_id": dst,
                    "company_id": company.id,
                    "sequence": seq,
                    "use_create_lots": kind == "incoming",
                    "use_existing_lots": True,
                },
            )

        in_type = ptype("Receipts", "incoming", "IN", suppliers.id, stock.id, 1)
        out_type = ptype("Delivery Orders", "outgoing", "OUT", stock.id, customers.id, 2)
        int_type = ptype("Internal Transfers", "internal", "INT", stock.id, stock.id, 3)
        in_type._write({"return_picking_type_id": out_type.id})
        out_type._write({"return_picking_type_id": in_type.id})
        warehouse._write(
            {"in_type_id": in_type.id, "out_type_id": out_type.id, "int_type_id": int_type.id}
        )
        # As a community store sets it up: a fixed-price carrier named for the store.
        carrier_name = f"Click & Collect – {store_name}"
        carrier = create(
            env,
            "delivery.carrier",
            {
                "name": carrier_name,
                "delivery_type": "fixed",
                "company_id": company.id,
                "sequence": 10 + index,
            },
        )
        store_facts.append(
            {
                "name": store_name,
                "code": code,
                "warehouse_id": warehouse.id,
                "view_location_id": view.id,
                "stock_location_id": stock.id,
                "bin_location_ids": [b.id for b in bins],
                "bins": {b.complete_name: b.id for b in bins},
                "quarantine_location_id": quarantine.id,
                "in_type_id": in_type.id,
                "out_type_id": out_type.id,
                "int_type_id": int_type.id,
                "carrier_id": carrier.id,
                "carrier_name": carrier_name,
            }
        )
    # Every shop also ships: a carrier that click-and-collect detection must leave out.
    home = create(
        env,
        "delivery.carrier",
        {"name": "Home Delivery", "delivery_type": "fixed", "company_id": company.id},
    )
    return {
        "company_id": company.id,
        "company_name": "Maison Durand Retail",
        "admin": {"uid": admin.id, "login": "admin", "password": "admin"},
        "device": {
            "uid": device.id,
            "login": DEVICE_LOGIN,
            "password": server.credentials[device.id]["password"],
            "api_key": device_key,
        },
        "users": {
            "clerk": {"uid": clerk.id, "login": "clerk", "password": "clerk"},
            "stockuser": {"uid": stock_user.id, "login": "stockuser", "password": "stockuser"},
            "stockmanager": {
                "uid": stock_manager.id,
                "login": "stockmanager",
                "password": "stockmanager",
            },
        },
        "uom_unit_id": unit.id,
        "sales_team_id": team.id,
        "category_all_id": all_categ.id,
        "customer_location_id": customers.id,
        "supplier_location_id": suppliers.id,
        "inventory_location_id": inventory.id,
        "stores": store_facts,
        "carrier": {"id": store_facts[0]["carrier_id"], "name": store_facts[0]["carrier_name"]},
        "home_delivery_carrier_id": home.id,
    }
