"""`storeapp sync --once` against the emulator, configured the way IT configures a PC."""

from __future__ import annotations

import argparse
import io

from storeapp.config import load_config
from storeapp.core import ops
from storeapp.offline.journal import JournalStore
from storeapp.offline.outbox import Outbox
from storeapp.sync.cli import configure, run
from tests.sync.conftest import store_credentials
from tests.sync.helpers import enqueue, message_payload


def _config(sim, tmp_path):
    env = {
        "STOREAPP_CONFIG": str(tmp_path / "storeapp.toml"),
        "STOREAPP_DATA_DIR": str(tmp_path / "data"),
        "STOREAPP_ODOO_URL": sim.url,
        "STOREAPP_ODOO_DATABASE": sim.db_name,
        "STOREAPP_ODOO_LOGIN": sim.device.login,
        "STOREAPP_STORE_WAREHOUSE_CODE": "LYO",
    }
    (tmp_path / "storeapp.toml").write_text("")
    return load_config(env)


def _args(*argv):
    parser = argparse.ArgumentParser()
    configure(parser)
    return parser.parse_args(list(argv))


def test_sync_once_pushes_pulls_and_prints_a_summary(sim, tmp_path, memory_keyring):
    cfg = _config(sim, tmp_path)
    store_credentials(sim)
    journal = JournalStore.open(cfg.data_dir)
    picking_id = sim.facts["click_collect_orders"]["ready"][0]["picking_id"]
    enqueue(Outbox(journal), ops.MESSAGE_POST, message_payload(picking_id, "from the CLI"))
    journal.close()

    out = io.StringIO()
    assert run(_args("--once", "--full"), out, cfg) == 0
    text = out.getvalue()
    assert "Connection: online" in text
    assert "Pushed to Odoo: 1 done, 0 parked" in text
    assert "product.product" in text and "first" in text
    assert "Outbox: 0 waiting, 0 parked" in text

    out = io.StringIO()
    assert run(_args("--once"), out, cfg) == 0
    assert "update" in out.getvalue()


def test_sync_once_offline_says_so_and_fails(sim, tmp_path, memory_keyring):
    cfg = _config(sim, tmp_path)
    store_credentials(sim)
    sim.down()
    out = io.StringIO()
    assert run(_args("--once"), out, cfg) == 1
    assert "Connection: offline" in out.getvalue()
    sim.up()


def test_sync_once_on_an_unconfigured_pc(tmp_path):
    env = {"STOREAPP_CONFIG": str(tmp_path / "none.toml"), "STOREAPP_DATA_DIR": str(tmp_path)}
    (tmp_path / "none.toml").write_text("")
    out = io.StringIO()
    assert run(_args("--once"), out, load_config(env)) == 2
    assert "not set up" in out.getvalue()
