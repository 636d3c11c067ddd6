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


class _Structure:
    """What the sections of the structure share: the server, its superuser environment, the
    company once made, and the groups by xml id. Sections run in the order of
    `seed_structure`: ids are handed out in creation order and tests pin some of them."""

    def __init__(self, server) -> None:
        self.server = server
        self.env = server.env(uid=1, su=True)
        self.groups: dict = {}
        self.company = None

    # -- models, groups, company --------------------------------------------------------------

    def models_and_groups(self) -> None:
        env = self.env
        # ir.model lists every served model: odoorpc's "'x' in env" searches it.
        for name in sorted(REGISTRY):
            cls = REGISTRY[name]
            create(env, "ir.model", {"model": name, "name": cls._description or name})
        for xml in GROUPS:
            category, name, _implied = GROUPS[xml]
            self.groups[xml] = create(
                env, "res.groups", {"name": name, "category_name": category}, xml
            )
        for xml, (_c, _n, implied) in GROUPS.items():
            self.groups[xml]._write({"implied_ids": [(6, 0, [self.groups[i].id for i in implied])]})

    def main_company(self) -> None:
        partner = create(
            self.env,
            "res.partner",
            {"name": "Maison Durand Retail", "is_company": True, "phone": "+33 4 72 00 00 00"},
        )
        self.company = create(
            self.env,
            "res.company",
            {"name": "Maison Durand Retail", "partner_id": partner.id},
            "base.main_company",
        )
        partner._write({"company_id": self.company.id})

    # -- users ----------------------------------------------------------------------------------

    def user(self, login, name, group_xmls, password, active=True):
        company = self.company
        user_partner = create(self.env, "res.partner", {"name": name, "company_id": company.id})
        record = create(
            self.env,
            "res.users",
            {
                "login": login,
                "name": name,
                "partner_id": user_partner.id,
                "company_id": company.id,
                "company_ids": [(6, 0, [company.id])],
                "groups_id": [(6, 0, [self.groups[g].id for g in group_xmls])],
                "active": active,
                "share": False,
                "email": f"{login}@example.com",
            },
        )
        self.server.credentials[record.id] = {"password": password, "api_keys": []}
        return record

    def users(self, seed: str) -> dict:
        """OdooBot, the administrator, the store device (with its API key) and three users
        with fewer rights; the facts about them."""
        env, server = self.env, self.server
        root = self.user("__system__", "OdooBot", list(GROUPS), "", active=False)
        xmlid(env, "base.user_root", root)
        admin = self.user(
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
        device = self.user(
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
        clerk = self.user("clerk", "Office Clerk", ["base.group_user"], "clerk")
        stock_user = self.user("stockuser", "Stock User", ["stock.group_stock_user"], "stockuser")
        stock_manager = self.user(
            "stockmanager",
            "Stock Manager",
            ["stock.group_stock_manager", "hr.group_hr_user"],
            "stockmanager",
        )
        return {
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
        }

    # -- units, product category, sales team ---------------------------------------------------

    def units_and_team(self) -> dict:
        env = self.env
        uom_categ = create(env, "uom.category", {"name": "Unit"}, "uom.product_uom_categ_unit")
        unit = create(
            env,
            "uom.uom",
            {
                "name": "Units",
                "category_id": uom_categ.id,
                "uom_type": "reference",
                "rounding": 1.0,
            },
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
            {"name": "Sales", "company_id": self.company.id},
            "sales_team.team_sales_department",
        )
        return {"uom_unit_id": unit.id, "sales_team_id": team.id, "category_all_id": all_categ.id}

    # -- locations --------------------------------------------------------------------------------

    def location(self, name, usage, parent=False, xml=None, **extra):
        return create(
            self.env,
            "stock.location",
            {
                "name": name,
                "usage": usage,
                "location_id": parent,
                "company_id": extra.pop("company", self.company.id),
                **extra,
            },
            xml,
        )

    def shared_locations(self) -> dict:
        """The company-wide locations (partners, virtual, scrap) and the view stores hang from."""
        location = self.location
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
        location(
            "Scrap", "inventory", virtual.id, "stock.stock_location_scrapped", scrap_location=True
        )
        self.env.db.xmlids["stock.view_backorder_confirmation"] = ("ir.ui.view", 1007)
        self.env.db.xmlids["stock_sms.view_confirm_stock_sms"] = ("ir.ui.view", 2215)
        return {
            "physical_location_id": physical.id,
            "customer_location_id": customers.id,
            "supplier_location_id": suppliers.id,
            "inventory_location_id": inventory.id,
        }

    # -- stores -----------------------------------------------------------------------------------

    def store(self, index: int, store_name: str, code: str, shared: dict) -> dict:
        """One shop: its locations (stock, four bins, quarantine), warehouse, operation types
        and click-and-collect carrier; the facts about it."""
        env, company, location = self.env, self.company, self.location
        view = location(code, "view", shared["physical_location_id"])
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
        types = self._picking_types(warehouse, stock.id, shared)
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
        return {
            "name": store_name,
            "code": code,
            "warehouse_id": warehouse.id,
            "view_location_id": view.id,
            "stock_location_id": stock.id,
            "bin_location_ids": [b.id for b in bins],
            "bins": {b.complete_name: b.id for b in bins},
            "quarantine_location_id": quarantine.id,
            **types,
            "carrier_id": carrier.id,
            "carrier_name": carrier_name,
        }

    def _picking_types(self, warehouse, stock_id: int, shared: dict) -> dict:
        """Receipts, deliveries and internal transfers, each the other's return type."""

        def ptype(name, kind, seq_code, src, dst, seq):
            return create(
                self.env,
                "stock.picking.type",
                {
                    "name": name,
                    "code": kind,
                    "sequence_code": seq_code,
                    "warehouse_id": warehouse.id,
                    "default_location_src_id": src,
                    "default_location_dest_id": dst,
                    "company_id": self.company.id,
                    "sequence": seq,
                    "use_create_lots": kind == "incoming",
                    "use_existing_lots": True,
                },
            )

        in_type = ptype("Receipts", "incoming", "IN", shared["supplier_location_id"], stock_id, 1)
        out_type = ptype(
            "Delivery Orders", "outgoing", "OUT", stock_id, shared["customer_location_id"], 2
        )
        int_type = ptype("Internal Transfers", "internal", "INT", stock_id, stock_id, 3)
        in_type._write({"return_picking_type_id": out_type.id})
        out_type._write({"return_picking_type_id": in_type.id})
        warehouse._write(
            {"in_type_id": in_type.id, "out_type_id": out_type.id, "int_type_id": int_type.id}
        )
        return {"in_type_id": in_type.id, "out_type_id": out_type.id, "int_type_id": int_type.id}


def seed_structure(server, seed: str, stores=STORES) -> dict:
    """Build everything but products and documents; returns the facts gathered so far."""
    structure = _Structure(server)
    structure.models_and_groups()
    structure.main_company()
    people = structure.users(seed)
    basics = structure.units_and_team()
    shared = structure.shared_locations()
    store_facts = [
        structure.store(index, store_name, code, shared)
        for index, (store_name, code) in enumerate(stores)
    ]
    # Every shop also ships: a carrier that click-and-collect detection must leave out.
    home = create(
        structure.env,
        "delivery.carrier",
        {"name": "Home Delivery", "delivery_type": "fixed", "company_id": structure.company.id},
    )
    return {
        "company_id": structure.company.id,
        "company_name": "Maison Durand Retail",
        **people,
        **basics,
        "customer_location_id": shared["customer_location_id"],
        "supplier_location_id": shared["supplier_location_id"],
        "inventory_location_id": shared["inventory_location_id"],
        "stores": store_facts,
        "carrier": {"id": store_facts[0]["carrier_id"], "name": store_facts[0]["carrier_name"]},
        "home_delivery_carrier_id": home.id,
    }
