"""The gateway's JSON-2 transport against odoosim's Odoo 19, over real HTTP: chosen from the
server's version, overridable per PC, with the same typed errors as JSON-RPC."""

from __future__ import annotations

import pytest

from storeapp.sync import errors
from storeapp.sync.gateway import OdooGateway
from storeapp.sync.json2 import to_keywords
from tests.sync.conftest import gateway_settings, start_sim, store_credentials


@pytest.fixture
def odoo_version() -> str:
    return "19.0"


def test_to_keywords_names_the_positional_arguments():
    assert to_keywords("search_read", [[("a", "=", 1)], ["name"]], {"limit": 2}) == {
        "domain": [("a", "=", 1)],
        "fields": ["name"],
        "limit": 2,
    }
    assert to_keywords("create", [{"name": "x"}], {}) == {"vals_list": [{"name": "x"}]}
    assert to_keywords("write", [[4], {"name": "y"}], {"context": {}}) == {
        "ids": [4],
        "vals": {"name": "y"},
        "context": {},
    }
    assert to_keywords("button_validate", [7], {}) == {"ids": [7]}
    with pytest.raises(errors.ProtocolError):
        to_keywords("button_validate", [[7], "extra"], {})


def test_19_is_spoken_in_json2_and_17_in_jsonrpc(memory_keyring):
    for version, transport in (("19.0", "JSON-2"), ("18.0", "JSON-RPC"), ("17.0", "JSON-RPC")):
        sim = start_sim(version=version)
        try:
            with OdooGateway(gateway_settings(sim), store_credentials(sim)) as gw:
                session = gw.connect()
                assert session.uid == sim.device.uid
                assert session.version.major == int(version[:2])
                assert gw.transport == transport
                rows = gw.search_read("stock.location", [], ["name"], limit=3)
                assert len(rows) == 3
                assert gw.create("stock.lot", {"name": "J2-LOT", "product_id": _product(gw)})
            assert (sim.jsonrpc_calls == 0) == (transport == "JSON-2")
        finally:
            sim.stop()


def _product(gw: OdooGateway) -> int:
    return gw.search("product.product", [("tracking", "=", "lot")], limit=1)[0]


def test_the_pc_can_force_jsonrpc_on_19(sim, memory_keyring):
    settings = gateway_settings(sim, transport="jsonrpc")
    with OdooGateway(settings, store_credentials(sim)) as gw:
        gw.connect()
        assert gw.transport == "JSON-RPC"
        assert gw.search_count("stock.location", []) > 0
    assert sim.jsonrpc_calls > 0
    sim.jsonrpc_calls = 0  # this test asked for /jsonrpc on purpose


def test_json2_errors_are_the_same_typed_errors(sim, gateway):
    with pytest.raises(errors.ProgramError) as exc:  # 500 builtins.ValueError
        gateway.search_read("stock.move", [("name", "=", "x")], ["id"])
    assert "stock.move.name" in exc.value.detail
    with pytest.raises(errors.UserError):  # 422 UserError
        gateway.create("stock.return.picking", {"picking_id": _not_done_picking(sim)})
    with pytest.raises(errors.AccessDenied):  # 403 AccessError
        gateway.create("res.groups", {"name": "nope"})
    with pytest.raises(errors.ProgramError):  # 404 unknown method
        gateway.execute("stock.picking", "no_such_method", [1])


def _not_done_picking(sim) -> int:
    ids = sim.execute("stock.picking", "search", [("state", "=", "assigned")], limit=1)
    return ids[0]


def test_a_refused_or_expired_key_says_how_to_store_a_new_one(sim, memory_keyring):
    sim.set_key_expiry(sim.device.login, days=-1)
    with OdooGateway(gateway_settings(sim), store_credentials(sim)) as gw:
        with pytest.raises(errors.AuthFailed) as exc:
            gw.connect()
    assert "storeapp provision --only credential" in str(exc.value)
    assert "401" in exc.value.detail
