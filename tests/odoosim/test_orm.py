"""ORM behaviour through odoorpc: fields_get, search/read shapes, domains, writes, rollback."""

from __future__ import annotations

import time

import pytest
from odoorpc.error import RPCError

from tests.odoosim.conftest import connect


@pytest.fixture(scope="module")
def admin(shared_sim):
    return connect(shared_sim, "admin", "admin")


def _until_the_next_second() -> None:
    """write_date has whole seconds: wait on the clock passing into the next second (what
    the test needs) rather than for a fixed time."""
    start = int(time.time())
    while int(time.time()) == start:
        time.sleep(0.01)


def test_fields_get_describes_fields_like_odoo(admin):
    fields = admin.env["stock.picking"].fields_get()
    assert fields["partner_id"]["type"] == "many2one"
    assert fields["partner_id"]["relation"] == "res.partner"
    assert isinstance(fields["partner_id"]["context"], dict)
    assert fields["move_ids"]["type"] == "one2many"
    assert fields["move_ids"]["relation_field"] == "picking_id"
    assert ["assigned", "Ready"] in fields["state"]["selection"]
    assert fields["picking_type_id"]["required"] is True
    assert fields["write_date"]["type"] == "datetime"
    subset = admin.env["stock.picking"].fields_get(["name"], ["type", "string"])
    assert subset == {"name": {"type": "char", "string": "Reference"}}


def test_search_read_paging_order_and_write_date_shape(admin, shared_sim):
    products = admin.env["product.product"]
    total = products.search_count([])
    assert total == shared_sim.facts.product_count
    seen = []
    offset = 0
    while True:
        page = products.search_read(
            [],
            ["id", "write_date", "barcode"],
            offset=offset,
            limit=70,
            order="write_date asc, id asc",
        )
        if not page:
            break
        seen.extend(page)
        offset += len(page)
    assert len(seen) == total == len({r["id"] for r in seen})
    assert [r["id"] for r in seen] == sorted(r["id"] for r in seen)
    assert len(seen[0]["write_date"]) == 19
    watermark = seen[-1]["write_date"]
    assert products.search_count([("write_date", ">=", watermark)]) == total
    assert products.search([], limit=3, order="id desc") == sorted(r["id"] for r in seen)[-1:-4:-1]


def test_dotted_domains_and_operators(admin, shared_sim):
    quants = admin.env["stock.quant"]
    store = shared_sim.facts.stores[0]
    internal = quants.search_read(
        [
            ("location_id.usage", "=", "internal"),
            ("location_id.warehouse_id", "=", store["warehouse_id"]),
        ],
        ["location_id"],
        load="_classic_write",
    )
    assert internal
    below = set(admin.env["stock.location"].search([("id", "child_of", store["view_location_id"])]))
    assert {r["location_id"] for r in internal} <= below
    assert store["stock_location_id"] in admin.env["stock.location"].search(
        [("id", "parent_of", store["bin_location_ids"][0])]
    )
    products = admin.env["product.product"]
    mugs = products.search([("name", "ilike", "mug")])
    assert mugs and all("Mug" in r["name"] for r in products.read(mugs, ["name"]))
    assert products.search([("default_code", "=like", "KIT-0000_")])
    assert not products.search([("default_code", "=like", "kit-%")])
    assert products.search([("default_code", "=ilike", "kit-%")])
    either = products.search(["|", ("tracking", "=", "serial"), ("tracking", "=", "lot")])
    assert set(either) == set(products.search([("tracking", "in", ["serial", "lot"])]))
    assert not set(either) & set(products.search(["!", ("tracking", "in", ["serial", "lot"])]))
    pickings = admin.env["stock.picking"]
    assert pickings.search_count([("move_ids.product_id.tracking", "=", "serial")]) >= 1
    assert (
        pickings.search_count(
            [
                ("picking_type_code", "=", "outgoing"),
                ("carrier_id.name", "=like", "Click & Collect – %"),
            ]
        )
        >= 25
    )


def test_browse_attribute_access_and_read_loads(admin, shared_sim):
    order = shared_sim.facts.click_collect_orders["to_pick"][0]
    picking = admin.env["stock.picking"].browse(order["picking_id"])
    assert picking.partner_id.phone
    assert picking.picking_type_id.code == "outgoing"
    assert picking.sale_id.id == order["sale_order_id"]
    assert all(move.picking_id.id == picking.id for move in picking.move_ids)
    assert not picking.backorder_id.id
    row = admin.env["stock.picking"].read([picking.id], ["partner_id", "move_ids"])[0]
    assert row["partner_id"][0] == picking.partner_id.id and isinstance(row["partner_id"][1], str)
    row = admin.env["stock.picking"].read([picking.id], ["partner_id"], load="_classic_write")[0]
    assert row["partner_id"] == picking.partner_id.id
    assert admin.env["stock.picking"].read([picking.id, 999999], ["name"]) == [
        {"id": picking.id, "name": picking.name}
    ]


def test_active_test_hides_archived(sim):
    admin = connect(sim, "admin", "admin")
    products = admin.env["product.product"]
    pid = products.search([], limit=1)[0]
    products.browse(pid).action_archive()
    assert pid not in products.search([])
    assert pid in products.search([("active", "=", False)])
    assert pid in admin.env["product.product"].with_context(active_test=False).search([])


def test_create_write_unlink_defaults_names_and_groups(sim):
    admin = connect(sim, "admin", "admin")
    partners = admin.env["res.partner"]
    one = partners.create({"name": "Zoé Test", "phone": "+33 6 00 00 00 01"})
    assert isinstance(one, int)
    many = admin.execute_kw("res.partner", "create", [[{"name": "A Test"}, {"name": "B Test"}]])
    assert isinstance(many, list) and len(many) == 2
    before = partners.read([one], ["write_date"])[0]["write_date"]
    _until_the_next_second()
    assert partners.write([one], {"city": "Lyon"}) is True
    after = partners.read([one], ["write_date", "city"])[0]
    assert after["city"] == "Lyon" and after["write_date"] > before
    assert partners.name_search("Zoé Test") == [[one, "Zoé Test"]]
    assert admin.env["stock.picking"].default_get(["move_type", "name"]) == {
        "move_type": "direct",
        "name": "/",
    }
    assert partners.unlink(many) is True
    assert partners.search([("id", "in", many)]) == []
    assert partners.unlink(many) is True
    groups = admin.env["stock.quant"].read_group(
        [("location_id.usage", "=", "internal")], ["quantity:sum"], ["location_id"]
    )
    assert groups and "location_id_count" in groups[0] and "__domain" in groups[0]
    assert isinstance(groups[0]["location_id"], list)


def test_every_call_is_atomic(sim):
    admin = connect(sim, "admin", "admin")
    partners = admin.env["res.partner"]
    before = partners.search_count([])
    with pytest.raises(RPCError) as caught:
        admin.execute_kw("res.partner", "create", [[{"name": "Kept?"}, {"name": "Bad", "nope": 1}]])
    assert caught.value.info["data"]["name"] == "builtins.ValueError"
    assert partners.search_count([]) == before
    picking_id = sim.facts.click_collect_orders["to_pick"][1]["picking_id"]
    quants_before = admin.env["stock.quant"].search_read([], ["quantity"], order="id")
    sim.faults.inject(
        "raise",
        model="stock.picking",
        method="button_validate",
        error=("odoo.exceptions.ValidationError", "boom"),
    )
    with pytest.raises(RPCError):
        admin.env["stock.picking"].browse(picking_id).with_context(skip_sms=True).button_validate()
    assert admin.env["stock.quant"].search_read([], ["quantity"], order="id") == quants_before
    assert admin.env["stock.picking"].browse(picking_id).state == "assigned"
    assert sim.ledger.entries() == []


def test_every_model_browses_and_follows_relations(admin):
    """odoorpc's browse reads every non-relational field; each relation must then resolve."""
    assert "stock.picking" in admin.env and "no.such.model" not in admin.env
    assert admin.env.ref("stock.warehouse0").code == "LYO"
    models = admin.env["ir.model"].search_read([], ["model"])
    assert len(models) > 30
    for row in models:
        name = row["model"]
        model = admin.env[name]
        ids = model.search([], limit=1)
        if not ids:
            continue
        record = model.browse(ids[0])
        fields = model.fields_get()
        for fname, desc in fields.items():
            value = getattr(record, fname)
            if desc["type"] in ("one2many", "many2many"):
                assert all(sub.id for sub in value), (name, fname)
            elif desc["type"] == "many2one" and value:
                assert value.display_name is not None, (name, fname)


def test_write_date_paging_with_a_moving_watermark(sim):
    """The sync pattern: ``write_date >=`` or ``>`` a watermark, ordered, any page size."""
    admin = connect(sim, "admin", "admin")
    partners = admin.env["res.partner"]
    ids = [partners.create({"name": f"Wm {n}"}) for n in range(3)]
    _until_the_next_second()
    later = partners.create({"name": "Wm later"})
    rows = partners.search_read(
        [("id", "in", ids + [later])], ["write_date"], order="write_date asc, id asc"
    )
    first, last = rows[0]["write_date"], rows[-1]["write_date"]
    assert first < last
    order = "write_date asc, id asc"
    # Stored with microseconds, served to the second: "> served value" still matches that row,
    # exactly as in Odoo (whence ">=" with an overlap and de-duplication by id).
    wm = ("name", "=like", "Wm %")
    assert partners.search([("write_date", ">", last), wm], order=order, limit=10) == [later]
    assert partners.search([("write_date", ">", first), wm], order=order, limit=10) == ids + [later]
    assert partners.search(
        [("write_date", ">=", first), ("name", "=like", "Wm %")], order=order, limit=10
    ) == ids + [later]
    pages = [
        partners.search(
            [("write_date", ">=", first), ("name", "=like", "Wm %")], offset=o, limit=2, order=order
        )
        for o in (0, 2, 4)
    ]
    assert pages == [ids[:2], [ids[2], later], []]


def test_external_ids_are_searchable_in_ir_model_data(admin, shared_sim):
    device = connect(shared_sim, shared_sim.device.login, shared_sim.device.api_key)
    rows = device.env["ir.model.data"].search_read(
        [("model", "=", "res.groups"), ("name", "in", ["group_stock_user", "group_stock_manager"])],
        ["module", "name", "res_id"],
    )
    by_name = {r["name"]: r["res_id"] for r in rows}
    mine = device.env["res.users"].read([device.env.uid], ["groups_id"])[0]["groups_id"]
    assert by_name["group_stock_user"] in mine and by_name["group_stock_manager"] not in mine
    assert admin.execute(
        "ir.model.data", "check_object_reference", "stock", "group_stock_user"
    ) == ["res.groups", by_name["group_stock_user"]]
