"""Constraints and less-travelled Odoo 17 rules, through odoorpc."""

from __future__ import annotations

import time

import pytest
from odoorpc.error import RPCError

from tests.odoosim.conftest import connect


@pytest.fixture
def admin(sim):
    return connect(sim, "admin", "admin")


def name_of(caught):
    return caught.value.info["data"]["name"]


def test_search_signature_and_read_group_on_related_field(admin):
    with pytest.raises(RPCError) as caught:
        admin.execute_kw("stock.picking", "search", [[]], {"count": True})
    assert name_of(caught) == "builtins.TypeError"
    with pytest.raises(RPCError) as caught:
        admin.env["stock.picking"].read_group([], ["state"], ["picking_type_code"])
    assert str(caught.value) == "Cannot convert field stock.picking.picking_type_code to SQL"
    assert admin.env["stock.picking"].search_count([("picking_type_code", "=", "outgoing")]) > 0


def test_barcode_and_lot_uniqueness(sim, admin):
    products = admin.env["product.product"]
    taken = products.search_read([("barcode", "!=", False)], ["barcode"], limit=1)[0]["barcode"]
    with pytest.raises(RPCError) as caught:
        products.create({"name": "Clone", "barcode": taken})
    assert name_of(caught) == "odoo.exceptions.ValidationError"
    assert products.search_count([("barcode", "=", taken)]) == 1
    packaging = admin.env["product.packaging"].search_read(
        [], ["barcode", "product_id"], limit=1, load="_classic_write"
    )[0]
    with pytest.raises(RPCError) as caught:
        admin.env["product.packaging"].create(
            {
                "name": "Dup",
                "product_id": packaging["product_id"],
                "qty": 2,
                "barcode": packaging["barcode"],
            }
        )
    assert name_of(caught) == "odoo.exceptions.ValidationError"
    lot = admin.env["stock.lot"].search_read(
        [], ["name", "product_id"], limit=1, load="_classic_write"
    )[0]
    with pytest.raises(RPCError) as caught:
        admin.env["stock.lot"].create({"name": lot["name"], "product_id": lot["product_id"]})
    assert "must be unique across a company" in str(caught.value)
    found = products.name_search(taken)
    assert len(found) == 1


def test_missing_required_field_is_a_validation_error(admin):
    with pytest.raises(RPCError) as caught:
        admin.env["stock.picking"].create({"origin": "no type"})
    assert name_of(caught) == "odoo.exceptions.ValidationError"
    assert "a mandatory field is not set" in str(caught.value)
    assert "Model: Transfer (stock.picking)" in str(caught.value)


def test_done_pickings_resist_deletion_and_cancel(sim, admin):
    done = sim.facts.click_collect_orders["collected"][0]["picking_id"]
    with pytest.raises(RPCError) as caught:
        admin.env["stock.picking"].unlink([done])
    assert "You can not delete product moves if the picking is done" in str(caught.value)
    with pytest.raises(RPCError) as caught:
        admin.env["stock.picking"].browse(done).action_cancel()
    assert "Create a return" in str(caught.value)
    with pytest.raises(RPCError) as caught:
        admin.env["stock.picking"].browse(done).do_unreserve()
    assert str(caught.value) == "You cannot unreserve a stock move that has been set to 'Done'."
    with pytest.raises(RPCError) as caught:
        admin.env["stock.picking"].write([done], {"scheduled_date": "2030-01-01 10:00:00"})
    assert (
        str(caught.value) == "You cannot change the Scheduled Date on a done or cancelled transfer."
    )
    assert admin.env["stock.picking"].write([done], {"date_done": "2026-01-01 10:00:00"}) is True


def test_quant_inventory_mode_restrictions(sim, admin):
    quants = admin.env["stock.quant"].with_context(inventory_mode=True)
    qid = sim.facts.count_request_quant_ids[0]
    row = admin.env["stock.quant"].read(
        [qid], ["product_id", "location_id"], load="_classic_write"
    )[0]
    with pytest.raises(RPCError) as caught:
        quants.create(
            {
                "product_id": row["product_id"],
                "location_id": row["location_id"],
                "inventory_quantity": 1,
                "quantity": 50,
            }
        )
    assert str(caught.value) == "Quant's creation is restricted, you can't do this operation."
    with pytest.raises(RPCError) as caught:
        quants.write([qid], {"inventory_quantity": 1, "quantity": 50})
    assert str(caught.value) == "Quant's editing is restricted, you can't do this operation."
    virtual = admin.env["stock.quant"].search([("location_id.usage", "=", "inventory")], limit=1)
    if virtual:
        args = [
            sim.db_name,
            2,
            "admin",
            "stock.quant",
            "write",
            [virtual, {"inventory_quantity": 3}],
            {"context": {"inventory_mode": True}},
        ]
        assert (
            admin.json("/jsonrpc", {"service": "object", "method": "execute_kw", "args": args}).get(
                "result"
            )
            is None
        )


def test_return_to_quarantine_and_lines_given_at_creation(sim, admin):
    delivery = sim.facts.past_deliveries[5]
    store = next(s for s in sim.facts.stores if s["code"] == delivery["store"])
    moves = admin.env["stock.move"].search_read(
        [("picking_id", "=", delivery["picking_id"])],
        ["product_id", "quantity"],
        load="_classic_write",
    )
    move = moves[0]
    wid = admin.env["stock.return.picking"].create(
        {
            "picking_id": delivery["picking_id"],
            "location_id": store["quarantine_location_id"],
            "product_return_moves": [
                (
                    0,
                    0,
                    {
                        "product_id": move["product_id"],
                        "move_id": move["id"],
                        "quantity": 1,
                        "to_refund": False,
                    },
                )
            ],
        }
    )
    lines = admin.env["stock.return.picking.line"].search_read(
        [("wizard_id", "=", wid)], ["quantity"]
    )
    assert [line["quantity"] for line in lines] == [1]
    action = admin.env["stock.return.picking"].browse(wid).create_returns()
    returned = admin.env["stock.picking"].read(
        [action["res_id"]], ["location_dest_id", "state"], load="_classic_write"
    )[0]
    assert returned["location_dest_id"] == store["quarantine_location_id"]
    sale_line = admin.env["stock.move"].read([move["id"]], ["sale_line_id"], load="_classic_write")[
        0
    ]["sale_line_id"]
    before = admin.env["sale.order.line"].read([sale_line], ["qty_delivered"])[0]["qty_delivered"]
    admin.env["stock.picking"].browse(action["res_id"]).with_context(
        skip_sms=True
    ).button_validate()
    after = admin.env["sale.order.line"].read([sale_line], ["qty_delivered"])[0]["qty_delivered"]
    assert after == before, "to_refund=False leaves the delivered quantity alone"
    quarantine = admin.env["stock.quant"].search_read(
        [
            ("location_id", "=", store["quarantine_location_id"]),
            ("product_id", "=", move["product_id"]),
        ],
        ["quantity"],
    )
    assert sum(q["quantity"] for q in quarantine) == 1


def test_pick_by_line_with_serial_swap_and_new_line(sim, admin):
    pid = sim.facts.click_collect_orders["to_pick"][0]["picking_id"]
    lines = admin.env["stock.move.line"].search_read(
        [("picking_id", "=", pid), ("product_id.tracking", "=", "serial")],
        ["lot_id", "product_id", "location_id"],
        load="_classic_write",
    )
    line = lines[0]
    other = admin.env["stock.quant"].search_read(
        [
            ("product_id", "=", line["product_id"]),
            ("location_id", "=", line["location_id"]),
            ("lot_id", "!=", line["lot_id"]),
            ("reserved_quantity", "=", 0),
            ("quantity", ">", 0),
        ],
        ["lot_id"],
        load="_classic_write",
        limit=1,
    )[0]
    admin.env["stock.move.line"].write([line["id"]], {"lot_id": other["lot_id"], "picked": True})
    reserved = {
        q["lot_id"]: q["reserved_quantity"]
        for q in admin.env["stock.quant"].search_read(
            [
                ("product_id", "=", line["product_id"]),
                ("lot_id", "in", [line["lot_id"], other["lot_id"]]),
            ],
            ["lot_id", "reserved_quantity"],
            load="_classic_write",
        )
    }
    assert reserved == {line["lot_id"]: 0, other["lot_id"]: 1}
    extra = admin.env["stock.move.line"].create(
        {
            "picking_id": pid,
            "product_id": line["product_id"],
            "lot_id": line["lot_id"],
            "quantity": 1,
            "picked": True,
        }
    )
    move = admin.env["stock.move.line"].read([extra], ["move_id"], load="_classic_write")[0][
        "move_id"
    ]
    assert (
        move
        == admin.env["stock.move.line"].read([line["id"]], ["move_id"], load="_classic_write")[0][
            "move_id"
        ]
    )
    assert admin.env["stock.move"].read([move], ["quantity"])[0]["quantity"] == 2
    result = (
        admin.env["stock.picking"]
        .browse(pid)
        .with_context(skip_sms=True, skip_backorder=True)
        .button_validate()
    )
    assert result is True
    done = [e for e in sim.ledger.entries("move.done") if e.res_id == move][0]
    assert set(done.data["lot_ids"]) == {line["lot_id"], other["lot_id"]}
    assert admin.env["stock.lot"].read([other["lot_id"]], ["product_qty"])[0]["product_qty"] == 0


def test_sms_wizard_send_sms_keeps_sms_and_stops_asking(sim, admin):
    first, second = (o["picking_id"] for o in sim.facts.click_collect_orders["ready"][:2])
    action = admin.env["stock.picking"].browse(first).button_validate()
    context = action["context"]
    assert (
        admin.execute_kw(
            "confirm.stock.sms", "send_sms", [[action["res_id"]]], {"context": context}
        )
        is True
    )
    assert admin.env["stock.picking"].read([first], ["state"])[0]["state"] == "done"
    assert admin.env["stock.picking"].browse(second).button_validate() is True
    company = admin.env["res.company"].read(
        [sim.facts.company_id], ["stock_move_sms_validation", "has_received_warning_stock_sms"]
    )[0]
    assert company["stock_move_sms_validation"] and company["has_received_warning_stock_sms"]


def test_validating_several_pickings_at_once(sim, admin):
    ids = [o["picking_id"] for o in sim.facts.click_collect_orders["partial"][:2]]
    action = admin.execute_kw(
        "stock.picking", "button_validate", [ids], {"context": {"skip_sms": True}}
    )
    assert action["res_model"] == "stock.backorder.confirmation"
    assert action["context"]["button_validate_picking_ids"] == ids
    assert action["context"]["default_show_transfers"] is True
    wid = admin.execute_kw(
        "stock.backorder.confirmation", "create", [{}], {"context": action["context"]}
    )
    assert (
        admin.execute_kw(
            "stock.backorder.confirmation", "process", [[wid]], {"context": action["context"]}
        )
        is True
    )
    states = admin.env["stock.picking"].read(ids, ["state"])
    assert {s["state"] for s in states} == {"done"}
    backorders = admin.env["stock.picking"].search_read(
        [("backorder_id", "in", ids)], ["state", "origin"]
    )
    assert len(backorders) == 2 and {b["state"] for b in backorders} <= {"confirmed", "assigned"}


def test_serial_return_needs_and_restores_the_serial(sim, admin):
    delivery = next(
        d for d in sim.facts.past_deliveries if d["has_serials"] and not d.get("partly_returned")
    )
    move = admin.env["stock.move"].search_read(
        [("picking_id", "=", delivery["picking_id"]), ("product_id.tracking", "=", "serial")],
        ["product_id", "move_line_ids", "location_id"],
        load="_classic_write",
    )[0]
    sold_lot = admin.env["stock.move.line"].read(
        move["move_line_ids"], ["lot_id"], load="_classic_write"
    )[0]["lot_id"]
    wid = admin.env["stock.return.picking"].create({"picking_id": delivery["picking_id"]})
    for line in admin.env["stock.return.picking.line"].search_read(
        [("wizard_id", "=", wid)], ["move_id"], load="_classic_write"
    ):
        admin.env["stock.return.picking.line"].write(
            [line["id"]], {"quantity": 1 if line["move_id"] == move["id"] else 0}
        )
    returned = admin.env["stock.return.picking"].browse(wid).create_returns()["res_id"]
    with pytest.raises(RPCError) as caught:
        admin.env["stock.picking"].browse(returned).button_validate()
    assert "You need to supply a Lot/Serial number" in str(caught.value)
    line = admin.env["stock.move.line"].search([("picking_id", "=", returned)])[0]
    admin.env["stock.move.line"].write([line], {"lot_id": sold_lot, "picked": True})
    assert admin.env["stock.picking"].browse(returned).button_validate() is True
    assert admin.env["stock.lot"].read([sold_lot], ["product_qty"])[0]["product_qty"] == 1


def test_new_click_and_collect_order_through_the_sale_flow(sim, admin):
    store = sim.facts.stores[1]
    product = admin.env["product.product"].search_read(
        [("tracking", "=", "none"), ("detailed_type", "=", "product")], ["id"], limit=1
    )[0]["id"]
    order_id = admin.env["sale.order"].create(
        {
            "partner_id": sim.facts.customers[0],
            "warehouse_id": store["warehouse_id"],
            "carrier_id": store["carrier_id"],
            "date_order": "2020-01-01 00:00:00",
            "order_line": [
                (
                    0,
                    0,
                    {"product_id": product, "name": "One", "product_uom_qty": 1, "price_unit": 10},
                )
            ],
        }
    )
    order = admin.env["sale.order"].read([order_id], ["name", "state", "amount_untaxed"])[0]
    assert (
        order["state"] == "draft"
        and order["name"].startswith("S")
        and order["amount_untaxed"] == 10
    )
    assert admin.env["sale.order"].browse(order_id).action_confirm() is True
    order = admin.env["sale.order"].read([order_id], ["state", "date_order", "picking_ids"])[0]
    assert order["state"] == "sale" and not order["date_order"].startswith("2020")
    picking = admin.env["stock.picking"].read(
        order["picking_ids"],
        ["state", "carrier_id", "origin", "picking_type_id", "sale_id"],
        load="_classic_write",
    )[0]
    assert (
        picking["carrier_id"] == store["carrier_id"]
        and picking["picking_type_id"] == store["out_type_id"]
    )
    assert picking["state"] == "assigned" and picking["sale_id"] == order_id
    assert sim.execute("sale.order", "action_cancel", [order_id]) is True
    assert admin.env["stock.picking"].read(order["picking_ids"], ["state"])[0]["state"] == "cancel"


def test_move_added_to_a_ready_picking_is_confirmed(sim, admin):
    pid = sim.facts.click_collect_orders["to_pick"][2]["picking_id"]
    product = admin.env["product.product"].search(
        [("tracking", "=", "none"), ("detailed_type", "=", "product")], limit=1
    )[0]
    admin.env["stock.picking"].write(
        [pid],
        {"move_ids": [(0, 0, {"product_id": product, "product_uom_qty": 1, "name": "extra"})]},
    )
    states = admin.env["stock.move"].search_read([("picking_id", "=", pid)], ["state"])
    assert "draft" not in {m["state"] for m in states}
    assert admin.env["stock.picking"].read([pid], ["state"])[0]["state"] == "assigned"


def test_concurrent_clients_are_serialised_without_errors(sim):
    import threading

    errors = []

    def worker(n):
        try:
            client = connect(sim, "admin", "admin")
            partners = client.env["res.partner"]
            for i in range(8):
                pid = partners.create({"name": f"Thread {n}-{i}"})
                partners.write([pid], {"city": "Lyon"})
                assert partners.search_count([("name", "=", f"Thread {n}-{i}")]) == 1
        except Exception as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sim.execute("res.partner", "search_count", [("name", "=like", "Thread %")]) == 48


def test_tracked_product_counted_without_lot_asks_for_confirmation(sim):
    manager = connect(sim, "stockmanager", "stockmanager")
    product = sim.facts.lot_product_ids[0]
    location = sim.facts.stores[0]["bin_location_ids"][0]
    qid = (
        manager.env["stock.quant"]
        .with_context(inventory_mode=True)
        .create({"product_id": product, "location_id": location, "inventory_quantity": 5})
    )
    action = manager.execute_kw("stock.quant", "action_apply_inventory", [[qid]], {})
    assert action["res_model"] == "stock.track.confirmation"
    assert action["context"]["default_product_ids"] == [product]
    wid = manager.execute_kw(
        "stock.track.confirmation", "create", [{}], {"context": action["context"]}
    )
    assert (
        manager.execute_kw(
            "stock.track.confirmation", "action_confirm", [[wid]], {"context": action["context"]}
        )
        is None
    )
    assert manager.env["stock.quant"].read([qid], ["quantity"])[0]["quantity"] == 5


def test_conflict_wizard_keeps_the_counted_quantity(sim):
    manager = connect(sim, "stockmanager", "stockmanager")
    qid = sim.facts.count_request_quant_ids[2]
    quantity = manager.env["stock.quant"].read([qid], ["quantity"])[0]["quantity"]
    manager.env["stock.quant"].with_context(inventory_mode=True).write(
        [qid], {"inventory_quantity": quantity + 4}
    )
    sim.execute("stock.quant", "write", [qid], {"quantity": quantity + 1})
    action = manager.execute_kw("stock.quant", "action_apply_inventory", [[qid]], {})
    assert action["res_model"] == "stock.inventory.conflict"
    clerk = connect(sim, "stockuser", "stockuser")
    with pytest.raises(RPCError) as caught:
        clerk.execute_kw("stock.inventory.conflict", "create", [{}], {"context": action["context"]})
    assert name_of(caught) == "odoo.exceptions.AccessError"
    wid = manager.execute_kw(
        "stock.inventory.conflict", "create", [{}], {"context": action["context"]}
    )
    manager.execute_kw("stock.inventory.conflict", "action_keep_counted_quantity", [[wid]], {})
    assert manager.env["stock.quant"].read([qid], ["quantity"])[0]["quantity"] == quantity + 4


def test_sms_wizard_dont_send_turns_sms_off_for_the_company(sim):
    admin = connect(sim, "admin", "admin")
    first, second = (o["picking_id"] for o in sim.facts.click_collect_orders["ready"][:2])
    action = admin.env["stock.picking"].browse(first).button_validate()
    assert (
        admin.execute_kw(
            "confirm.stock.sms",
            "dont_send_sms",
            [[action["res_id"]]],
            {"context": action["context"]},
        )
        is True
    )
    company = admin.env["res.company"].read([sim.facts.company_id], ["stock_move_sms_validation"])[
        0
    ]
    assert company["stock_move_sms_validation"] is False
    assert admin.env["stock.picking"].browse(second).button_validate() is True


def test_renaming_a_carrier_leaves_its_pickings_write_date_alone(sim, manager):
    """Odoo stores no carrier name on the picking (`carrier_id` is a plain many2one and the
    picking's `delivery_type` a non-stored related field, addons/stock_delivery): renaming a
    carrier changes the carrier's write_date only. A domain through `carrier_id.name` sees the
    new name at once, but a client pulling pickings by write_date never hears of it, which is
    why storeapp re-scopes its mirror when the chosen carriers change."""
    store = sim.facts.stores[0]
    to_pick = [o for o in sim.facts.click_collect_orders["to_pick"] if o["store"] == store["code"]]
    pickings = manager.env["stock.picking"]
    before = pickings.read([o["picking_id"] for o in to_pick], ["write_date"])
    time.sleep(1.1)  # write_date is served in whole seconds
    manager.env["delivery.carrier"].write([store["carrier_id"]], {"name": "Retrait magasin"})
    after = pickings.read([o["picking_id"] for o in to_pick], ["write_date"])
    assert after == before
    carrier = manager.env["delivery.carrier"].read([store["carrier_id"]], ["write_date"])[0]
    assert carrier["write_date"] > max(r["write_date"] for r in before)
    renamed = pickings.search([("carrier_id.name", "=", "Retrait magasin")])
    assert {o["picking_id"] for o in to_pick} <= set(renamed)


def test_picked_quantity_off_the_units_rounding_is_refused(sim, admin):
    """Odoo 17 ``stock.move._set_quantity`` rounds the written quantity by the move's unit
    (``uom.uom.rounding``, 1.0 for Units) and refuses one that is not on that grid, so 0.5 of a
    product sold in Units never becomes a picked quantity (addons/stock/models/stock_move.py)."""
    pid = sim.facts.click_collect_orders["to_pick"][0]["picking_id"]
    move = admin.env["stock.move"].search_read(
        [("picking_id", "=", pid), ("product_id.tracking", "=", "none")], ["quantity"], limit=1
    )[0]
    with pytest.raises(RPCError) as caught:
        admin.env["stock.move"].write([move["id"]], {"quantity": 0.5, "picked": True})
    assert name_of(caught) == "odoo.exceptions.UserError"
    message = caught.value.info["data"]["message"]
    assert "doesn't respect the rounding precision defined on the unit of measure Units" in message
    after = admin.env["stock.move"].read([move["id"]], ["quantity", "picked"])[0]
    assert after["quantity"] == move["quantity"] and after["picked"] is False
    admin.env["stock.move"].write([move["id"]], {"quantity": 1.0, "picked": True})
    assert admin.env["stock.move"].read([move["id"]], ["quantity"])[0]["quantity"] == 1.0
