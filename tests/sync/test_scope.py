"""What the store mirrors: click-and-collect carriers found by type or name (or named by IT),
and re-mirroring when the scope changes, against odoosim over real HTTP.

odoosim's stores are set up as community Odoo 17 stores are: each click-and-collect carrier is
an ordinary `fixed` carrier named "Click & Collect – <store>", beside "Home Delivery".
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from odoosim import OdooSim
from storeapp.core.ops import MESSAGE_POST
from storeapp.offline.cache import CacheStore
from storeapp.offline.click_collect_repo import ClickCollectRepo, ClickCollectSettings
from storeapp.offline.journal_models import OpState
from storeapp.ui.memory_keyring import MemoryKeyring
from tests.sync.conftest import Wiring, make_engine
from tests.sync.helpers import enqueue, message_payload


def _open_orders(sim: OdooSim, code: str = "LYO") -> set[int]:
    """Open click-and-collect pickings of one store, per the seed."""
    return {
        o["picking_id"]
        for state in ("to_pick", "partial", "ready", "overdue")
        for o in sim.facts["click_collect_orders"][state]
        if o["store"] == code
    }


def _cached_pickings(cache: CacheStore) -> set[int]:
    with cache.read() as s:
        return {r[0] for r in s.execute(text("SELECT id FROM picking"))}


def _queue_names(wiring: Wiring, **settings) -> set[str]:
    repo = ClickCollectRepo(
        wiring.cache,
        wiring.journal,
        wiring.outbox,
        ClickCollectSettings(warehouse_code="LYO", **settings),
    )
    return {f.name for f in repo.orders()}


def test_community_carrier_named_for_the_store_is_found(sim: OdooSim, wiring: Wiring):
    """No carrier has an in-store delivery type: the ones named "Click & Collect – …" are
    taken by name, "Home Delivery" is not, and the store's open orders are mirrored."""
    wiring.engine.run_once(push=False)
    choice = wiring.engine.pull.carrier_choice
    assert choice is not None and not choice.overridden
    assert choice.describe() == [
        "Click & Collect – Lyon Part-Dieu (name has 'collect')",
        "Click & Collect – Paris Marais (name has 'collect')",
    ]
    assert sim.facts["home_delivery_carrier_id"] not in choice.ids
    assert _open_orders(sim) <= _cached_pickings(wiring.cache)
    names = _queue_names(wiring)
    assert "LYO/OUT/00001" in names and "LYO/OUT/00015" not in names


def test_it_override_names_the_carriers_case_and_accent_blind(
    sim: OdooSim, tmp_path: Path, memory_keyring: MemoryKeyring
):
    """store.click_collect_carriers replaces the detection; names compare without case."""
    named = ("CLICK & COLLECT – LYON PART-DIEU", "Rétrait Nowhere")
    wiring = make_engine(sim, tmp_path / "engine", click_collect_carriers=named)
    try:
        wiring.engine.run_once(push=False)
        choice = wiring.engine.pull.carrier_choice
        assert choice is not None and choice.overridden
        assert choice.ids == (sim.facts["stores"][0]["carrier_id"],)
        assert choice.unknown_names == ("Rétrait Nowhere",)
        assert _open_orders(sim) <= _cached_pickings(wiring.cache)
        assert "LYO/OUT/00001" in _queue_names(wiring, carriers=named)
    finally:
        wiring.close()


def test_changing_the_carriers_re_mirrors_the_pickings_and_keeps_the_journal(
    sim: OdooSim, tmp_path: Path, memory_keyring: MemoryKeyring
):
    """IT first named the wrong carrier, then fixed the setting: the next sync brings the
    store's open orders (no cache deletion needed), and naming the wrong one again takes them
    out on `sync --once --full`. The journal's op is untouched throughout."""
    folder = tmp_path / "engine"
    wrong = {"click_collect_carriers": ("Home Delivery",)}
    first = make_engine(sim, folder, **wrong)
    try:
        first.engine.run_once(push=False)
        assert not _open_orders(sim) & _cached_pickings(first.cache)
        op = enqueue(first.outbox, MESSAGE_POST, message_payload(1, "kept"))
    finally:
        first.close()

    fixed = make_engine(sim, folder)
    try:
        cycle = fixed.engine.run_once(push=False)
        assert _open_orders(sim) <= _cached_pickings(fixed.cache)
        passes = {m.model: m.initial for m in cycle.pull.models}
        assert passes["stock.picking"] and passes["stock.move"]  # re-read under the new scope
        assert not passes["product.product"]  # unaffected models keep their cursors
        assert "LYO/OUT/00001" in _queue_names(fixed)
        assert fixed.outbox.get(op.uuid).state is OpState.QUEUED
        again = fixed.engine.run_once(push=False)  # the scope is settled: no re-read
        assert not any(m.initial for m in again.pull.models)
    finally:
        fixed.close()

    back = make_engine(sim, folder, **wrong)
    try:
        back.engine.run_once(push=False, check_deletions=True, recheck_quants=True)
        assert not _open_orders(sim) & _cached_pickings(back.cache)
        with back.cache.read() as s:
            moves = {r[0] for r in s.execute(text("SELECT DISTINCT picking_id FROM move"))}
        assert not _open_orders(sim) & moves
        assert [o.uuid for o in back.outbox.list()] == [op.uuid]
        assert back.outbox.get(op.uuid).state is OpState.QUEUED
    finally:
        back.close()


def test_a_cache_pulled_before_fingerprints_is_re_scoped_once(sim: OdooSim, wiring: Wiring):
    """A cache from a storeapp that kept no scope fingerprints: what it was pulled under is
    unknown, so the first pass re-reads and re-checks it once."""
    wiring.engine.run_once(push=False)
    with wiring.cache.write() as s:
        s.execute(text("DELETE FROM cache_meta WHERE key LIKE 'scope:%'"))
    cycle = wiring.engine.run_once(push=False)
    assert all(m.initial for m in cycle.pull.models)
    assert not any(m.initial for m in wiring.engine.run_once(push=False).pull.models)


def _doctor_lines(folder: Path, **env: str) -> list[tuple[str, str]]:
    from storeapp.diagnostics.doctor import run_checks

    values = {"STOREAPP_CONFIG": "", "STOREAPP_DATA_DIR": str(folder)}
    values |= {f"STOREAPP_STORE_{k.upper()}": v for k, v in env.items()}
    return [(f.status.value, f.text) for f in run_checks(values) if f.topic == "carriers"]


def test_doctor_says_which_carriers_were_taken_and_what_they_yield(sim: OdooSim, wiring: Wiring):
    wiring.engine.run_once(push=False)
    folder = wiring.journal.path.parent
    assert _doctor_lines(folder, warehouse_code="LYO") == [
        (
            "OK",
            "click-and-collect carrier (recognised by type or name): Click & Collect – Lyon "
            "Part-Dieu (name has 'collect'), 10 open orders in this store",
        ),
        (
            "OK",
            "click-and-collect carrier (recognised by type or name): Click & Collect – Paris "
            "Marais (name has 'collect'), 0 open orders in this store",
        ),
    ]
    lines = _doctor_lines(folder, warehouse_code="LYO", click_collect_carriers="Pickup")
    assert lines[0] == (
        "WARN",
        "store.click_collect_carriers names 'Pickup', which Odoo does not have",
    )
    assert lines[1][0] == "WARN" and "Odoo has: Click & Collect – Lyon Part-Dieu" in lines[1][1]


def test_a_carrier_renamed_in_odoo_re_scopes_at_the_next_sync(sim: OdooSim, wiring: Wiring):
    """Renaming leaves the pickings' write_date alone (tests/odoosim): only the re-scope
    takes the store's orders out when their carrier no longer reads as click-and-collect,
    and brings them back when it does again — in the running app, without a restart."""
    carrier = sim.facts["stores"][0]["carrier_id"]
    wiring.engine.run_once(push=False)
    assert _open_orders(sim) <= _cached_pickings(wiring.cache)
    sim.execute("delivery.carrier", "write", [carrier], {"name": "Lyon counter"})
    wiring.engine.run_once(push=False)
    assert not _open_orders(sim) & _cached_pickings(wiring.cache)
    assert "LYO/OUT/00001" not in _queue_names(wiring)
    sim.execute("delivery.carrier", "write", [carrier], {"name": "Retrait Lyon"})
    wiring.engine.run_once(push=False, check_deletions=True)
    assert _open_orders(sim) <= _cached_pickings(wiring.cache)
    assert "LYO/OUT/00001" in _queue_names(wiring)
