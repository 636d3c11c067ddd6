"""`storeapp sync --once` against the emulator, configured the way IT configures a PC."""

from __future__ import annotations

import argparse
import io
import os
import signal
import threading
import time

import pytest

from storeapp.config import load_config
from storeapp.core import ops
from storeapp.offline.journal import JournalStore
from storeapp.offline.outbox import Outbox
from storeapp.sync.cli import configure, run
from tests.sync.conftest import store_credentials
from tests.sync.helpers import enqueue, message_payload, validate_payload_for


def _config(sim, tmp_path):
    env = {
        "STOREAPP_CONFIG": str(tmp_path / "storeapp.toml"),
        "STOREAPP_DATA_DIR": str(tmp_path / "data"),
        "STOREAPP_ODOO_URL": sim.url,
        "STOREAPP_ODOO_ALLOW_HTTP": "true",  # odoosim serves plain HTTP here
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


def _stop_when(out: io.StringIO, text: str, signum: int) -> threading.Thread:
    """Send `signum` to this process once `text` was printed (as an MDM job stop would)."""

    def watch() -> None:
        deadline = time.monotonic() + 60
        while text not in out.getvalue() and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(os.getpid(), signum)

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    return thread


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_sync_without_once_runs_until_stopped(sim, tmp_path, memory_keyring, signum):
    cfg = _config(sim, tmp_path)
    store_credentials(sim)
    out = io.StringIO()
    watcher = _stop_when(out, "cycle 1:", signum)
    before = signal.getsignal(signum)
    assert run(_args(), out, cfg) == 0
    watcher.join(5)
    text = out.getvalue()
    assert "cycle 1: online" in text and "cycle 2:" not in text
    assert f"Stopped ({signal.Signals(signum).name})" in text
    assert "outbox and journal closed" in text
    assert signal.getsignal(signum) == before
    # Closed cleanly: the journal opens again at once, nothing left half-written.
    JournalStore.open(cfg.data_dir).close()


def _marked(text: str) -> str:
    """What `say` makes of a text: a message shows its template, so a line that did not go
    through the system's language as a message stands out."""
    from storeapp.core.text import Message

    if not isinstance(text, Message):
        return f"<plain: {text}>"
    values = {k: _marked(v) if isinstance(v, Message) else v for k, v in text.values.items()}
    return "<" + text.template.format(**values) + ">"


def test_sync_once_says_every_line_in_the_system_language(sim, tmp_path, memory_keyring):
    """Each line of the summary reaches `say` (the system language's translation) as a
    message, a parked op's reason included; the connection state and the pull table stay as
    scripts read them."""
    cfg = _config(sim, tmp_path)
    store_credentials(sim)
    journal = JournalStore.open(cfg.data_dir)
    picking_id = sim.facts["click_collect_orders"]["ready"][0]["picking_id"]
    enqueue(Outbox(journal), ops.PICKING_VALIDATE, validate_payload_for(sim, picking_id))
    journal.close()
    sim.execute("stock.picking", "action_cancel", [picking_id])

    out = io.StringIO()
    assert run(_args("--once", "--no-pull"), out, cfg, say=_marked) == 0
    text = out.getvalue()
    assert "<Connection: online>" in text
    assert "<Pushed to Odoo: 0 done, 1 parked, 0 to retry" in text
    assert "<  parked: <Order " in text and "was cancelled in Odoo at" in text
    assert "<Outbox: 0 waiting, 1 parked, oldest" in text
    assert "plain:" not in text


def test_sync_on_an_unconfigured_pc_says_so_in_the_system_language(tmp_path):
    env = {"STOREAPP_CONFIG": "", "STOREAPP_DATA_DIR": str(tmp_path / "data")}
    out = io.StringIO()
    assert run(_args("--once"), out, load_config(env), say=_marked) == 2
    assert out.getvalue().startswith("<This PC is not set up yet: odoo.url and")
