"""Behaviours seen on a real Odoo 17.0 store (reference §7): the return wizard and its
`location_id`, chatter needing an author e-mail, lots and serials in bins, selection values."""

from __future__ import annotations

import pytest
from odoorpc.error import RPCError

from tests.odoosim.conftest import connect


@pytest.fixture
def admin(sim):
    return connect(sim, "admin", "admin")


def error_of(caught) -> tuple[str, str]:
    data = caught.value.info["data"]
    return data["name"], data["message"]


def _delivery_and_store(sim):
    delivery = sim.facts.past_deliveries[5]
    store = next(s for s in sim.facts.stores if s["code"] == delivery["store"])
    return delivery, store


def _wizard_lines(client, wid) -> list[dict]:
    return client.env["stock.return.picking.line"].search_read(
        [("wizard_id", "=", wid)], ["move_id", "quantity"], load="_classic_write"
    )


def test_return_wizard_with_location_in_create_has_no_lines(sim, device):
    """§7: create({'picking_id', 'location_id'}) leaves product_return_moves empty, because
    location_id and the lines share Odoo 17's stored compute _compute_moves_locations."""
    delivery, store = _delivery_and_store(sim)
    wizards = device.env["stock.return.picking"]
    moves = device.env["stock.move"].search_count(
        [("picking_id", "=", delivery["picking_id"]), ("state", "!=", "cancel")]
    )
    plain = wizards.create({"picking_id": delivery["picking_id"]})
    assert len(_wizard_lines(device, plain)) == moves
    located = wizards.create(
        {"picking_id": delivery["picking_id"], "location_id": store["quarantine_location_id"]}
    )
    assert _wizard_lines(device, located) == []
    with pytest.raises(RPCError) as caught:
        wizards.browse(located).create_returns()
    assert error_of(caught) == (
        "odoo.exceptions.UserError",
        "Please specify at least one non-zero quantity.",
    )
    # The recipe that works: create with picking_id only, then set the destination.
    wizards.browse(plain).write({"location_id": store["quarantine_location_id"]})
    assert len(_wizard_lines(device, plain)) == moves
    action = wizards.browse(plain).create_returns()
    returned = device.env["stock.picking"].read(
        [action["res_id"]], ["location_dest_id"], load="_classic_write"
    )[0]
    assert returned["location_dest_id"] == store["quarantine_location_id"]


def test_message_post_needs_the_author_email(sim, admin):
    """mail.thread._message_compute_author (Odoo 17): no sender address, no message."""
    device_uid = sim.device.uid
    pid = sim.facts.click_collect_orders["to_pick"][0]["picking_id"]
    admin.env["res.users"].browse(device_uid).write({"email": False})
    device = connect(sim, sim.device.login, sim.device.api_key)
    before = device.env["mail.message"].search_count([("res_id", "=", pid)])
    with pytest.raises(RPCError) as caught:
        device.env["stock.picking"].browse(pid).message_post(body="Bag 2 of 2")
    assert error_of(caught) == (
        "odoo.exceptions.UserError",
        "Unable to send message, please configure the sender's email address.",
    )
    assert device.env["mail.message"].search_count([("res_id", "=", pid)]) == before
    # The user's e-mail is its partner's: setting either lets the note through.
    partner = admin.env["res.users"].read([device_uid], ["partner_id"], load="_classic_write")[0]
    admin.env["res.partner"].browse(partner["partner_id"]).write({"email": "till@example.com"})
    assert device.env["res.users"].read([device_uid], ["email"])[0]["email"] == "till@example.com"
    assert device.env["stock.picking"].browse(pid).message_post(body="Bag 2 of 2")


def test_serials_live_in_bins_and_a_wrong_location_goes_negative(sim, admin):
    """§7: the reserved serial comes from a child bin; a move line for another serial written
    at the parent location validates and leaves -1 at the parent while the bin keeps it."""
    order = sim.facts.click_collect_orders["to_pick"][0]
    store = next(s for s in sim.facts.stores if s["code"] == order["store"])
    line = admin.env["stock.move.line"].search_read(
        [("picking_id", "=", order["picking_id"]), ("product_id.tracking", "=", "serial")],
        ["lot_id", "product_id", "location_id", "move_id"],
        load="_classic_write",
    )[0]
    assert line["location_id"] in store["bin_location_ids"]
    quants = admin.env["stock.quant"]
    other = quants.search_read(
        [
            ("product_id", "=", line["product_id"]),
            ("location_id", "=", line["location_id"]),
            ("lot_id", "!=", line["lot_id"]),
            ("quantity", ">", 0),
        ],
        ["lot_id"],
        load="_classic_write",
        limit=1,
    )[0]
    stock = store["stock_location_id"]
    admin.env["stock.move.line"].browse(line["id"]).write(
        {"lot_id": other["lot_id"], "location_id": stock, "picked": True}
    )
    admin.env["stock.picking"].browse(order["picking_id"]).with_context(
        skip_sms=True, skip_backorder=True
    ).button_validate()

    def on_hand(location):
        found = quants.search_read(
            [
                ("product_id", "=", line["product_id"]),
                ("lot_id", "=", other["lot_id"]),
                ("location_id", "=", location),
            ],
            ["quantity"],
        )
        return sum(q["quantity"] for q in found)

    assert on_hand(stock) == -1
    assert on_hand(line["location_id"]) == 1


def test_wrong_selection_value_names_model_field_and_value(admin):
    with pytest.raises(RPCError) as caught:
        admin.env["res.partner"].create({"name": "Typo", "type": "no_such_type"})
    assert error_of(caught) == (
        "builtins.ValueError",
        "Wrong value for res.partner.type: 'no_such_type'",
    )
    partner = admin.env["res.partner"].create({"name": "Fine", "type": "delivery"})
    assert admin.env["res.partner"].read([partner], ["type"])[0]["type"] == "delivery"
