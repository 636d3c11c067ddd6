"""A done move's `date` is whole seconds, as in Odoo: `_action_done` writes
`'date': fields.Datetime.now()`, and `Datetime.now()` drops the microseconds (odoo/fields.py),
while `write_date` keeps the transaction's `cr.now()`. So a done move never compares as later
than the same second read back, e.g. than the write_date of the quant it changed."""

from __future__ import annotations

from tests.sync.helpers import grant_stock_manager, stocked_products


def test_done_move_date_is_whole_seconds(sim):
    grant_stock_manager(sim)
    quant = stocked_products(sim)[0]
    sim.execute(
        "stock.quant",
        "write",
        [quant["id"]],
        {"inventory_quantity": quant["quantity"] - 1},
        context={"inventory_mode": True},
    )
    sim.execute("stock.quant", "action_apply_inventory", [quant["id"]])
    [move] = sim.execute(
        "stock.move",
        "search_read",
        [("product_id", "=", quant["product_id"][0]), ("is_inventory", "=", True)],
        ["date"],
    )
    written = sim.execute("stock.quant", "read", [quant["id"]], ["write_date"])[0]["write_date"]
    assert move["date"] == written  # the same second
    later = sim.execute("stock.move", "search", [("id", "=", move["id"]), ("date", ">", written)])
    assert later == []
