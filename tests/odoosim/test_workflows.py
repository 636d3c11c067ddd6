"""Stock workflows through odoorpc, checked against Odoo 17's return values, quants and ledger."""

from __future__ import annotations

import pytest
from odoorpc.error import RPCError


def on_hand(client, product_id, location_id):
    rows = client.env["stock.quant"].search_read(
        [("product_id", "=", product_id), ("location_id", "=", location_id)], ["quantity"]
    )
    return sum(r["quantity"] for r in rows)


def state(client, pid):
    """Fresh read: odoorpc records keep the values they were browsed with."""
    return client.env["stock.picking"].read([pid], ["state"])[0]["state"]


def first_order(sim, state):
    return sim.facts.click_collect_orders[state][0]["picking_id"]


def error_name(caught):
    return caught.value.info["data"]["name"]


def test_sms_wizard_on_first_delivery_then_skip_sms_validates(sim, device):
    pickings = device.env["stock.picking"]
    pid = first_order(sim, "ready")
    result = pickings.browse(pid).button_validate()
    assert result["res_model"] == "confirm.stock.sms" and result["res_id"]
    assert result["context"]["button_validate_picking_ids"] == [pid]
    assert pickings.browse(pid).state == "assigned"
    assert sim.ledger.entries("move.done") == []
    assert pickings.browse(pid).with_context(skip_sms=True).button_validate() is True
    assert pickings.browse(pid).state == "done"


def test_validate_moves_stock_and_ledger_records_it(sim, device):
    pickings = device.env["stock.picking"]
    pid = first_order(sim, "to_pick")
    picking = pickings.browse(pid)
    moves = device.env["stock.move"].search_read(
        [("picking_id", "=", pid)],
        ["product_id", "product_uom_qty", "location_id"],
        load="_classic_write",
    )
    plain = [
        m for m in moves if device.env["product.product"].browse(m["product_id"]).tracking == "none"
    ]
    lots = {}
    for line in device.env["stock.move.line"].search_read(
        [("picking_id", "=", pid)], ["product_id", "lot_id"], load="_classic_write"
    ):
        if device.env["product.product"].browse(line["product_id"]).tracking == "serial":
            lots[line["id"]] = line["lot_id"]
    assert all(lots.values()), "reserved serial lines carry their serial"
    before = {
        m["product_id"]: device.env["product.product"]
        .with_context(
            location=sim.facts.stores[0]["view_location_id"]
            if picking.name.startswith("LYO")
            else sim.facts.stores[1]["view_location_id"]
        )
        .browse(m["product_id"])
        .qty_available
        for m in plain
    }
    assert picking.with_context(skip_sms=True).button_validate() is True
    assert state(device, pid) == "done" and pickings.browse(pid).date_done
    done = sim.ledger.entries("move.done")
    assert {e.res_id for e in done} == {m["id"] for m in moves}
    assert sim.ledger.entries("picking.validated")[0].res_id == pid
    for m in plain:
        store = sim.facts.stores[0] if picking.name.startswith("LYO") else sim.facts.stores[1]
        now = (
            device.env["product.product"]
            .with_context(location=store["view_location_id"])
            .browse(m["product_id"])
            .qty_available
        )
        assert now == before[m["product_id"]] - m["product_uom_qty"]
    with pytest.raises(RPCError) as caught:
        picking.with_context(skip_sms=True).button_validate()
    assert error_name(caught) == "odoo.exceptions.UserError"
    sale_lines = device.env["sale.order.line"].search_read(
        [("order_id", "=", picking.sale_id.id)], ["qty_delivered", "product_uom_qty"]
    )
    assert all(r["qty_delivered"] == r["product_uom_qty"] for r in sale_lines)


def test_short_pick_backorder_wizard_and_process(sim, device):
    pickings = device.env["stock.picking"]
    pid = first_order(sim, "to_pick")
    moves = device.env["stock.move"].search_read(
        [("picking_id", "=", pid)], ["product_uom_qty", "product_id"], load="_classic_write"
    )
    first = moves[0]
    device.env["stock.move"].write(
        [first["id"]],
        {
            "quantity": first["product_uom_qty"] - 1 if first["product_uom_qty"] > 1 else 0,
            "picked": True,
        },
    )
    for other in moves[1:]:
        device.env["stock.move"].write([other["id"]], {"picked": True})
    action = pickings.browse(pid).with_context(skip_sms=True).button_validate()
    assert action["res_model"] == "stock.backorder.confirmation"
    assert "res_id" not in action
    assert pickings.browse(pid).state == "assigned"
    wizard = device.env["stock.backorder.confirmation"]
    wid = device.execute_kw(
        "stock.backorder.confirmation", "create", [{}], {"context": action["context"]}
    )
    assert (
        device.execute_kw(
            "stock.backorder.confirmation", "process", [[wid]], {"context": action["context"]}
        )
        is True
    )
    assert pickings.browse(pid).state == "done"
    backorders = pickings.search([("backorder_id", "=", pid)])
    assert len(backorders) == 1
    bo = pickings.browse(backorders[0])
    assert bo.move_ids[0].product_uom_qty == 1 and bo.state in ("assigned", "confirmed")
    del wizard


def test_process_cancel_backorder_and_context_shortcuts(sim, device):
    pickings = device.env["stock.picking"]
    ids = [o["picking_id"] for o in sim.facts.click_collect_orders["partial"][:2]]
    action = pickings.browse(ids[0]).with_context(skip_sms=True).button_validate()
    assert action["res_model"] == "stock.backorder.confirmation"
    wid = device.execute_kw(
        "stock.backorder.confirmation", "create", [{}], {"context": action["context"]}
    )
    result = device.execute_kw(
        "stock.backorder.confirmation",
        "process_cancel_backorder",
        [[wid]],
        {"context": action["context"]},
    )
    assert result is True
    assert state(device, ids[0]) == "done"
    assert pickings.search([("backorder_id", "=", ids[0])]) == []
    result = (
        pickings.browse(ids[1])
        .with_context(skip_sms=True, skip_backorder=True, picking_ids_not_to_backorder=[ids[1]])
        .button_validate()
    )
    assert result is True
    assert pickings.search([("backorder_id", "=", ids[1])]) == []
    moves = device.env["stock.move"].search_read(
        [("picking_id", "in", ids)], ["state", "quantity", "product_uom_qty"]
    )
    # A real 17.0 (issue item 8): without backorder only done moves remain, the short move's
    # demand reduced in place to what was done; no cancelled remainder on the picking.
    assert {m["state"] for m in moves} == {"done"}
    assert all(m["product_uom_qty"] == m["quantity"] for m in moves)


def test_assign_unreserve_cancel(sim, device):
    pickings = device.env["stock.picking"]
    pid = first_order(sim, "partial")
    picking = pickings.browse(pid)
    assert picking.state == "assigned"
    move = picking.move_ids[0]
    assert 0 < move.quantity < move.product_uom_qty
    assert picking.do_unreserve() is None
    assert state(device, pid) == "confirmed" and pickings.browse(pid).move_ids[0].quantity == 0
    assert picking.action_assign() is True
    assert state(device, pid) == "assigned"
    assert picking.action_cancel() is True
    assert state(device, pid) == "cancel"
    with pytest.raises(RPCError) as caught:
        picking.action_assign()
    assert str(caught.value) == "Nothing to check the availability for."


def test_serial_lines_and_lot_required(sim, manager):
    pickings = manager.env["stock.picking"]
    pid = first_order(sim, "to_pick")
    lines = manager.env["stock.move.line"].search_read(
        [("picking_id", "=", pid), ("product_id.tracking", "=", "serial")], ["lot_id", "quantity"]
    )
    assert lines and all(line["quantity"] == 1 and line["lot_id"] for line in lines)
    manager.env["stock.move.line"].write([lines[0]["id"]], {"lot_id": False})
    with pytest.raises(RPCError) as caught:
        pickings.browse(pid).with_context(skip_sms=True).button_validate()
    assert "You need to supply a Lot/Serial number for products" in str(caught.value)


def test_return_puts_goods_back_and_lowers_delivered(sim, device):
    delivery = next(d for d in sim.facts.past_deliveries if not d.get("partly_returned"))
    pid = delivery["picking_id"]
    pickings = device.env["stock.picking"]
    original = pickings.browse(pid)
    wid = device.env["stock.return.picking"].create({"picking_id": pid})
    lines = device.env["stock.return.picking.line"].search_read(
        [("wizard_id", "=", wid)],
        ["quantity", "move_id", "product_id", "to_refund"],
        load="_classic_write",
    )
    moves = {
        m["id"]: m
        for m in device.env["stock.move"].search_read(
            [("picking_id", "=", pid)],
            ["quantity", "sale_line_id", "location_id"],
            load="_classic_write",
        )
    }
    assert all(
        line["quantity"] == moves[line["move_id"]]["quantity"] and line["to_refund"]
        for line in lines
    )
    target = lines[0]
    device.env["stock.return.picking.line"].write([target["id"]], {"quantity": 1})
    for other in lines[1:]:
        device.env["stock.return.picking.line"].write([other["id"]], {"quantity": 0})
    stock_location = moves[target["move_id"]]["location_id"]
    store = next(s for s in sim.facts.stores if s["code"] == delivery["store"])
    before = (
        device.env["product.product"]
        .with_context(location=store["view_location_id"])
        .browse(target["product_id"])
        .qty_available
    )
    action = device.env["stock.return.picking"].browse(wid).create_returns()
    assert action["type"] == "ir.actions.act_window" and action["res_model"] == "stock.picking"
    returned = pickings.browse(action["res_id"])
    assert returned.origin == f"Return of {original.name}"
    assert returned.return_id.id == pid and returned.sale_id.id == original.sale_id.id
    assert returned.state == "assigned" and returned.picking_type_code == "incoming"
    assert "/IN/" in returned.name
    assert [e.res_id for e in sim.ledger.entries("return.created")] == [returned.id]
    assert returned.with_context(skip_sms=True).button_validate() is True
    assert state(device, returned.id) == "done"
    after = (
        device.env["product.product"]
        .with_context(location=store["view_location_id"])
        .browse(target["product_id"])
        .qty_available
    )
    assert after == before + 1
    sale_line = device.env["sale.order.line"].read(
        [moves[target["move_id"]]["sale_line_id"]], ["qty_delivered", "product_uom_qty"]
    )[0]
    assert sale_line["qty_delivered"] == moves[target["move_id"]]["quantity"] - 1
    done = sim.ledger.entries("move.done")[-1]
    assert done.data["location_dest_id"] == stock_location
    with pytest.raises(RPCError) as caught:
        device.env["stock.return.picking"].create({"picking_id": first_order(sim, "to_pick")})
    assert str(caught.value) == "You may only return Done pickings."
    second = device.env["stock.return.picking"].create({"picking_id": pid})
    prefilled = device.env["stock.return.picking.line"].search_read(
        [("wizard_id", "=", second), ("move_id", "=", target["move_id"])], ["quantity"]
    )
    assert prefilled[0]["quantity"] == moves[target["move_id"]]["quantity"] - 1


def count_quant(sim, client):
    qid = sim.facts.count_request_quant_ids[0]
    return client.env["stock.quant"].read(
        [qid], ["quantity", "product_id", "location_id", "inventory_date"], load="_classic_write"
    )[0]


def test_count_apply_is_manager_only_in_17(sim, device):
    quant = count_quant(sim, device)
    assert quant["inventory_date"]
    assert (
        device.env["stock.quant"]
        .with_context(inventory_mode=True)
        .write([quant["id"]], {"inventory_quantity": quant["quantity"] + 2})
        is True
    )
    row = device.env["stock.quant"].read(
        [quant["id"]], ["user_id", "inventory_quantity_set", "inventory_diff_quantity"]
    )[0]
    assert (
        row["user_id"] is False
        and row["inventory_quantity_set"] is True
        and row["inventory_diff_quantity"] == 2
    )
    with pytest.raises(RPCError) as caught:
        device.env["stock.quant"].browse(quant["id"]).with_context(
            inventory_name="CC k1"
        ).action_apply_inventory()
    assert str(caught.value) == "Only a stock manager can validate an inventory adjustment."


def test_count_apply_names_move_from_key_and_replay_makes_zero_move(sim, manager):
    quant = count_quant(sim, manager)
    quants = manager.env["stock.quant"]
    quants.with_context(inventory_mode=True).write(
        [quant["id"]], {"inventory_quantity": quant["quantity"] - 3}
    )
    result = manager.execute_kw(
        "stock.quant",
        "action_apply_inventory",
        [[quant["id"]]],
        {"context": {"inventory_name": "CC key-1"}},
    )
    assert result is None
    moves = manager.env["stock.move"].search_read(
        [("name", "=like", "CC key-1%")],
        [
            "name",
            "reference",
            "quantity",
            "is_inventory",
            "picking_id",
            "origin",
            "location_dest_id",
            "state",
        ],
    )
    assert len(moves) == 1
    move = moves[0]
    assert move["name"] == move["reference"] == "CC key-1"
    assert move["is_inventory"] and move["picking_id"] is False and move["origin"] is False
    assert move["quantity"] == 3 and move["state"] == "done"
    assert move["location_dest_id"][1] == "Virtual Locations/Inventory adjustment"
    assert on_hand(manager, quant["product_id"], quant["location_id"]) == quant["quantity"] - 3
    after = quants.read([quant["id"]], ["inventory_quantity_set", "inventory_quantity", "user_id"])[
        0
    ]
    assert after["inventory_quantity_set"] is False and after["inventory_quantity"] == 0
    manager.execute_kw(
        "stock.quant",
        "action_apply_inventory",
        [[quant["id"]]],
        {"context": {"inventory_name": "CC key-1"}},
    )
    replay = manager.env["stock.move"].search_read(
        [("name", "=like", "CC key-1%")], ["quantity"], order="id"
    )
    assert [m["quantity"] for m in replay] == [3, 0]
    assert on_hand(manager, quant["product_id"], quant["location_id"]) == quant["quantity"] - 3
    entry = [e for e in sim.ledger.entries("move.done") if e.data["name"] == "CC key-1"][0]
    assert entry.data["is_inventory"] and entry.data["quantity"] == 3


def test_count_suffix_outdated_conflict_and_zero_quant_deleted(sim, manager):
    quant = count_quant(sim, manager)
    quants = manager.env["stock.quant"]
    created = quants.with_context(inventory_mode=True).create(
        {
            "product_id": quant["product_id"],
            "location_id": quant["location_id"],
            "inventory_quantity": 0,
        }
    )
    assert created == quant["id"]
    assert (
        quants.read([created], ["user_id"], load="_classic_write")[0]["user_id"] == manager.env.uid
    )
    sim.execute("stock.quant", "write", [quant["id"]], {"quantity": quant["quantity"] + 1})
    action = manager.execute_kw(
        "stock.quant",
        "action_apply_inventory",
        [[quant["id"]]],
        {"context": {"inventory_name": "CC key-2"}},
    )
    assert action["res_model"] == "stock.inventory.conflict"
    assert action["context"]["default_quant_to_fix_ids"] == [quant["id"]]
    quants.with_context(inventory_mode=True).write([quant["id"]], {"inventory_quantity": 0})
    manager.execute_kw(
        "stock.quant",
        "action_apply_inventory",
        [[quant["id"]]],
        {"context": {"inventory_name": "CC key-2"}},
    )
    move = manager.env["stock.move"].search_read([("name", "=like", "CC key-2%")], ["name"])[0]
    assert move["name"] == "CC key-2 (Stock Manager)"
    assert quants.search([("id", "=", quant["id"])]) == []


def test_message_post_creates_mail_message(sim, device):
    pid = first_order(sim, "ready")
    message_id = device.execute_kw(
        "stock.picking",
        "message_post",
        [[pid]],
        {"body": "Ready for pickup", "message_type": "comment"},
    )
    assert isinstance(message_id, int)
    message = device.env["mail.message"].read([message_id], ["body", "model", "res_id"])[0]
    assert message["model"] == "stock.picking" and message["res_id"] == pid
    assert sim.ledger.entries("message.posted")[0].data["message_id"] == message_id


def test_in_process_execute_changes_odoo(sim, device):
    pid = first_order(sim, "to_pick")
    assert sim.execute("stock.picking", "action_cancel", [pid]) is True
    assert device.env["stock.picking"].browse(pid).state == "cancel"
    with pytest.raises(Exception) as caught:
        sim.execute("stock.picking", "button_validate", [pid], uid=sim.facts.users["clerk"]["uid"])
    assert "not allowed" in str(caught.value)


def test_device_can_be_made_stock_manager():
    from odoosim import OdooSim
    from tests.odoosim.conftest import connect

    sim = OdooSim(seed="demo", device_stock_manager=True).start()
    try:
        device = connect(sim, sim.device.login, sim.device.api_key)
        qid = sim.facts.count_request_quant_ids[0]
        device.env["stock.quant"].with_context(inventory_mode=True).write(
            [qid], {"inventory_quantity": 0}
        )
        assert (
            device.execute_kw(
                "stock.quant",
                "action_apply_inventory",
                [[qid]],
                {"context": {"inventory_name": "CC dev"}},
            )
            is None
        )
        sim.revoke_group(sim.device.login, "stock.group_stock_manager")
        other = sim.facts.count_request_quant_ids[1]
        device.env["stock.quant"].with_context(inventory_mode=True).write(
            [other], {"inventory_quantity": 1}
        )
        with pytest.raises(RPCError) as caught:
            device.execute_kw("stock.quant", "action_apply_inventory", [[other]], {})
        assert str(caught.value) == "Only a stock manager can validate an inventory adjustment."
    finally:
        sim.stop()
