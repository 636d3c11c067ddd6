"""The demo seed is deterministic and has every situation storeapp's screens need."""

from __future__ import annotations

from datetime import datetime, timedelta

from odoosim import OdooSim
from tests.odoosim.conftest import connect


def ean13_valid(code: str) -> bool:
    if len(code) != 13 or not code.isdigit():
        return False
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(code[:12]))
    return (10 - total % 10) % 10 == int(code[12])


def test_same_seed_same_data_other_seed_other_data(shared_sim):
    again = OdooSim(seed="demo")
    assert again.facts["employees"] == shared_sim.facts["employees"]
    assert again.facts["past_deliveries"] == shared_sim.facts["past_deliveries"]
    other = OdooSim(seed="another")
    assert other.facts["employees"] != shared_sim.facts["employees"]


def test_catalogue_barcodes_packagings_and_tracking(shared_sim):
    admin = connect(shared_sim, "admin", "admin")
    products = admin.env["product.product"].search_read(
        [], ["barcode", "tracking", "default_code", "list_price"]
    )
    assert 200 <= len(products) <= 500
    codes = [p["barcode"] for p in products]
    packagings = admin.env["product.packaging"].search_read([], ["barcode", "qty", "name"])
    codes += [p["barcode"] for p in packagings]
    assert all(ean13_valid(c) for c in codes) and len(set(codes)) == len(codes)
    assert {p["qty"] for p in packagings} == {6, 24}
    assert {"6-pack", "Carton of 24"} == {p["name"] for p in packagings}
    assert {p["tracking"] for p in products} == {"none", "lot", "serial"}
    assert all(p["default_code"] and p["list_price"] > 0 for p in products)
    serial_quants = admin.env["stock.quant"].search_read(
        [("product_id.tracking", "=", "serial"), ("location_id.usage", "=", "internal")],
        ["quantity", "lot_id"],
    )
    assert serial_quants and all(q["quantity"] == 1 and q["lot_id"] for q in serial_quants)


def test_click_and_collect_orders_cover_every_state(shared_sim):
    admin = connect(shared_sim, "admin", "admin")
    orders = shared_sim.facts["click_collect_orders"]
    assert sum(len(v) for v in orders.values()) >= 24
    expected = {
        "to_pick": "assigned",
        "partial": "assigned",
        "ready": "assigned",
        "collected": "done",
        "cancelled": "cancel",
        "overdue": "assigned",
    }
    now = datetime.utcnow().strftime("%Y-%m-%d %H:%M:%S")
    for state, entries in orders.items():
        for entry in entries:
            picking = admin.env["stock.picking"].read(
                [entry["picking_id"]],
                ["state", "carrier_id", "scheduled_date", "sale_id", "partner_id"],
                load="_classic_write",
            )[0]
            assert picking["state"] == expected[state], (state, picking)
            assert picking["carrier_id"] and picking["sale_id"] and picking["partner_id"]
            moves = admin.env["stock.move"].search_read(
                [("picking_id", "=", entry["picking_id"])],
                ["quantity", "product_uom_qty", "picked"],
            )
            if state == "partial":
                assert any(0 < m["quantity"] < m["product_uom_qty"] for m in moves)
            if state == "ready":
                assert all(m["picked"] and m["quantity"] == m["product_uom_qty"] for m in moves)
            if state == "overdue":
                assert picking["scheduled_date"] < now
            if state == "to_pick":
                assert picking["scheduled_date"] > now


def test_past_deliveries_employees_and_count_requests(shared_sim):
    facts = shared_sim.facts
    deliveries = facts["past_deliveries"]
    assert len(deliveries) == 60
    assert all(1 <= d["days_ago"] <= 90 for d in deliveries)
    assert any(d["within_30_days"] for d in deliveries) and not all(
        d["within_30_days"] for d in deliveries
    )
    assert any(d["has_serials"] for d in deliveries) and any(
        d.get("partly_returned") for d in deliveries
    )
    assert len(facts["frequent_returner"]["return_picking_ids"]) >= 3
    admin = connect(shared_sim, "admin", "admin")
    oldest = admin.env["stock.picking"].read([deliveries[-1]["picking_id"]], ["date_done"])[0][
        "date_done"
    ]
    assert oldest < (datetime.utcnow() - timedelta(days=80)).strftime("%Y-%m-%d %H:%M:%S")
    employees = facts["employees"]
    assert len({e["store"] for e in employees}) == 2
    assert sum(e["is_manager"] for e in employees) == 2
    assert all(e["pin"].isdigit() and e["badge"] for e in employees)
    assert all(len(e["pin"]) == (6 if e["is_manager"] else 4) for e in employees)
    quants = admin.env["stock.quant"].read(
        facts["count_request_quant_ids"], ["inventory_date", "quantity"]
    )
    assert quants and all(q["inventory_date"] for q in quants)


def test_click_and_collect_carriers_are_fixed_ones_named_for_the_store(shared_sim):
    """A community Odoo 17 without website_sale_picking has no `onsite` carrier type (nor a
    carrier `warehouse_id`): each store's click-and-collect carrier is an ordinary `fixed` one
    named for the store, beside the shop's other carriers (reference §7, "Click & Collect
    without website_sale_picking" and "Click-and-collect carriers in community")."""
    admin = connect(shared_sim, "admin", "admin")
    carriers = admin.env["delivery.carrier"]
    described = carriers.fields_get(["delivery_type", "warehouse_id"], ["selection"])
    assert "warehouse_id" not in described
    assert [key for key, _label in described["delivery_type"]["selection"]] == [
        "fixed",
        "base_on_rule",
    ]
    rows = carriers.search_read([], ["name", "delivery_type"])
    by_name = {r["name"]: r["delivery_type"] for r in rows}
    assert by_name == {
        "Click & Collect – Lyon Part-Dieu": "fixed",
        "Click & Collect – Paris Marais": "fixed",
        "Home Delivery": "fixed",
    }
    for store in shared_sim.facts.stores:
        assert store["carrier_name"] == f"Click & Collect – {store['name']}"
        to_pick = [
            o
            for o in shared_sim.facts.click_collect_orders["to_pick"]
            if o["store"] == store["code"]
        ]
        picking = admin.env["stock.picking"].read([to_pick[0]["picking_id"]], ["carrier_id"])[0]
        assert picking["carrier_id"] == [store["carrier_id"], store["carrier_name"]]
