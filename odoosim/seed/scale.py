"""The ``scale`` preset: a large catalogue for sync performance work.

Rows are written straight into the tables (the ORM path is far too slow for 100,000 records and
adds nothing: the data is generated consistent). Defaults: 100,000 products, 100,000 quants,
2,000 open pickings and 50,000 order lines, built in a few seconds. ``stores`` (default 2, the
demo's two) adds numbered stores, each with its warehouse, locations, operation types and
click-and-collect carrier, for a fleet of store PCs against one Odoo (bench/fleet.py); quants
and open pickings are spread over all of them.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from odoosim.seed.base import STORES, create, seed_structure
from odoosim.seed.catalog import CATEGORIES, VARIANTS, ean13
from odoosim.seed.demo import seed_employees


def store_names(count: int) -> list[tuple[str, str]]:
    """The demo's stores, then numbered ones ("Store 003", warehouse code "S003")."""
    extra = [(f"Store {n:03d}", f"S{n:03d}") for n in range(len(STORES) + 1, count + 1)]
    return [*STORES[:count], *extra]


def seed_scale(
    server,
    seed: str,
    products: int = 100_000,
    quants: int = 100_000,
    open_pickings: int = 2_000,
    order_lines: int = 50_000,
    stores: int = len(STORES),
) -> dict:
    rng = random.Random(f"scale:{seed}")
    facts = seed_structure(server, seed, store_names(stores))
    env = server.env(uid=1, su=True)
    db = server.db
    now = env.now
    company = facts["company_id"]
    unit = facts["uom_unit_id"]
    categ_ids = [
        create(env, "product.category", {"name": name, "parent_id": facts["category_all_id"]}).id
        for name in CATEGORIES
    ]
    catalogue = [(base, size) for items in CATEGORIES.values() for base, size in items]
    stamp = {"create_date": now, "write_date": now, "create_uid": 1, "write_uid": 1}
    # A real catalogue was written over time: spread products' and quants' timestamps over the
    # past days (one second apart, oldest first) so incremental sync sees realistic watermarks.
    started = datetime.strptime(now[:19], "%Y-%m-%d %H:%M:%S")

    def aged(position: int, count: int) -> dict:
        moment = (started - timedelta(seconds=count - position)).strftime("%Y-%m-%d %H:%M:%S.%f")
        return {"create_date": moment, "write_date": moment, "create_uid": 1, "write_uid": 1}

    product_ids = []
    tracking_of = {}
    for index in range(products):
        base, size = catalogue[index % len(catalogue)]
        variant = VARIANTS[(index // len(catalogue)) % len(VARIANTS)]
        tracking = "serial" if index % 97 == 0 else "lot" if index % 89 == 0 else "none"
        price = round(1 + (index * 7919 % 25000) / 100, 2)
        tmpl = db.insert(
            "product.template",
            {
                "name": f"{base} {variant} {size} #{index + 1}",
                "categ_id": categ_ids[index % len(categ_ids)],
                "uom_id": unit,
                "uom_po_id": unit,
                "detailed_type": "product",
                "type": "product",
                "tracking": tracking,
                "list_price": price,
                "sale_ok": True,
                "purchase_ok": True,
                "active": True,
                "priority": "0",
                **aged(index, products),
            },
        )
        pid = db.insert(
            "product.product",
            {
                "product_tmpl_id": tmpl,
                "default_code": f"SKU-{index + 1:06d}",
                "barcode": ean13(f"20{index + 1:010d}"),
                "active": True,
                "standard_price": round(price * 0.45, 2),
                **aged(index, products),
            },
        )
        product_ids.append(pid)
        tracking_of[pid] = tracking

    locations = []
    for store in facts["stores"]:
        locations.append(store["stock_location_id"])
        locations.extend(store["bin_location_ids"])
    lot_count = 0
    for index in range(quants):
        pid = product_ids[index % len(product_ids)]
        location = locations[(index // len(product_ids) + index) % len(locations)]
        lot = False
        qty = float(1 + index % 40)
        if tracking_of[pid] != "none":
            lot_count += 1
            lot = db.insert(
                "stock.lot",
                {"name": f"L{lot_count:07d}", "product_id": pid, "company_id": company, **stamp},
            )
            if tracking_of[pid] == "serial":
                qty = 1.0
        db.insert(
            "stock.quant",
            {
                "product_id": pid,
                "location_id": location,
                "lot_id": lot,
                "company_id": company,
                "quantity": qty,
                "reserved_quantity": 0.0,
                "in_date": now,
                **aged(index, quants),
            },
        )

    customers = [
        db.insert(
            "res.partner",
            {
                "name": f"Customer {n + 1:05d}",
                "phone": f"+33 6 {n:08d}",
                "customer_rank": 1,
                "active": True,
                **stamp,
            },
        )
        for n in range(max(1, open_pickings // 4))
    ]
    per_order = max(1, order_lines // max(1, open_pickings))
    line_total = 0
    base_time = datetime.utcnow()
    for number in range(open_pickings):
        store = facts["stores"][number % len(facts["stores"])]
        partner = customers[number % len(customers)]
        name = f"S{number + 1:06d}"
        order = db.insert(
            "sale.order",
            {
                "name": name,
                "partner_id": partner,
                "state": "sale",
                "company_id": company,
                "warehouse_id": store["warehouse_id"],
                "carrier_id": store["carrier_id"],
                "date_order": now,
                **stamp,
            },
        )
        out_sequence = f"stock.picking.type/{store['out_type_id']}"
        scheduled = (base_time + timedelta(hours=number % 72 - 24)).strftime("%Y-%m-%d %H:%M:%S.%f")
        picking = db.insert(
            "stock.picking",
            {
                "name": f"{store['code']}/OUT/{db.next_sequence(out_sequence):05d}",
                "origin": name,
                "state": "confirmed",
                "move_type": "direct",
                "priority": "0",
                "picking_type_id": store["out_type_id"],
                "location_id": store["stock_location_id"],
                "location_dest_id": facts["customer_location_id"],
                "partner_id": partner,
                "company_id": company,
                "sale_id": order,
                "carrier_id": store["carrier_id"],
                "scheduled_date": scheduled,
                "date": now,
                **stamp,
            },
        )
        count = (
            per_order if number < open_pickings - 1 else max(per_order, order_lines - line_total)
        )
        for _ in range(count):
            pid = product_ids[rng.randrange(len(product_ids))]
            qty = float(1 + rng.randrange(3))
            line = db.insert(
                "sale.order.line",
                {
                    "order_id": order,
                    "product_id": pid,
                    "name": f"SKU line {line_total + 1}",
                    "product_uom_qty": qty,
                    "product_uom": unit,
                    "price_unit": 10.0,
                    "qty_delivered_method": "stock_move",
                    **stamp,
                },
            )
            db.insert(
                "stock.move",
                {
                    "name": f"SKU line {line_total + 1}",
                    "product_id": pid,
                    "product_uom_qty": qty,
                    "product_uom": unit,
                    "quantity": 0.0,
                    "state": "confirmed",
                    "picking_id": picking,
                    "picking_type_id": store["out_type_id"],
                    "location_id": store["stock_location_id"],
                    "location_dest_id": facts["customer_location_id"],
                    "company_id": company,
                    "sale_line_id": line,
                    "reference": picking and name,
                    "origin": name,
                    "procure_method": "make_to_stock",
                    "date": now,
                    "sequence": 10,
                    **stamp,
                },
            )
            line_total += 1
    employees, tag = seed_employees(env, facts, rng)
    # A few count requests per store, spread over the quants of its locations.
    today = now[:10]
    count_quants = []
    quant_table = db.table("stock.quant")
    for qid in range(1, min(quants, 200) + 1, 10):
        if qid in quant_table.rows:
            db.update("stock.quant", qid, {"inventory_date": today})
            count_quants.append(qid)
    facts.update(
        {
            "employees": employees,
            "manager_tag": "Store Manager",
            "manager_tag_id": tag.id,
            "count_request_quant_ids": count_quants,
            "click_collect_orders": {},
            "past_deliveries": [],
            "product_count": products,
            "scale": {
                "products": products,
                "quants": quants,
                "open_pickings": open_pickings,
                "order_lines": line_total,
            },
        }
    )
    return facts
