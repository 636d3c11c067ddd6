"""An op's last error kept as a message: the outbox saves a transient error with its template
and values (`op.last_error_message`, journal revision 0007), so the Sync & outbox screen shows
"Odoo cannot be reached" in the language of whoever reads it, after a restart too; an error
saved as plain English before stays as it was written."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import update

from storeapp.core import ops
from storeapp.core.text import Message
from storeapp.offline.journal import JournalStore
from storeapp.offline.journal_models import Op, OpState
from storeapp.offline.outbox import Outbox
from tests.sync.conftest import make_engine
from tests.sync.helpers import enqueue, make_picking, message_payload, stocked_products


def _failed_on_503(sim, wiring) -> str:
    picking_id = make_picking(sim, [(stocked_products(sim)[0]["product_id"][0], 1)])
    sim.faults.inject("http_503", method="message_post", times=0, retry_after=30)
    op = enqueue(wiring.outbox, ops.MESSAGE_POST, message_payload(picking_id, "Ready"))
    wiring.engine.run_once(pull=False)
    return op.uuid


def test_an_ops_transient_error_is_kept_as_a_message_across_a_restart(
    sim, tmp_path, memory_keyring
):
    wiring = make_engine(sim, tmp_path / "engine")
    try:
        uuid = _failed_on_503(sim, wiring)
    finally:
        wiring.close()
    journal = JournalStore.open(tmp_path / "engine")  # the journal, as the next start reads it
    try:
        failed = Outbox(journal).get(uuid)
        assert failed is not None and failed.state is OpState.FAILED
        error = failed.last_error
        assert isinstance(error, Message), error
        assert error.template.startswith("Odoo is busy or restarting (HTTP {status})")
        assert error.values["status"] == 503
        assert error == "Odoo is busy or restarting (HTTP 503); work is saved and storeapp " + (
            "tries again in 30 s."
        )
    finally:
        journal.close()


def test_an_error_saved_as_plain_text_still_reads_as_it_was(sim, tmp_path, memory_keyring):
    wiring = make_engine(sim, tmp_path / "engine")
    try:
        uuid = _failed_on_503(sim, wiring)
        with wiring.journal.write() as session:  # a row that failed before errors were messages
            session.execute(
                update(Op)
                .where(Op.uuid == uuid)
                .values(last_error="Odoo cannot be reached.", last_error_message=None)
            )
        failed = wiring.outbox.get(uuid)
        assert failed is not None and failed.last_error == "Odoo cannot be reached."
        assert not isinstance(failed.last_error, Message)
        wiring.outbox.mark_failed(uuid, "plain words", datetime.now(UTC))
        assert not isinstance(wiring.outbox.get(uuid).last_error, Message)
    finally:
        wiring.close()


def test_waiting_for_an_interrupted_send_is_said_as_a_message(sim, tmp_path, memory_keyring):
    """storeapp stopped mid-request: the op waits for Odoo to finish it, and says so."""
    wiring = make_engine(sim, tmp_path / "engine", after_timeout_wait=60.0)
    try:
        picking_id = make_picking(sim, [(stocked_products(sim)[0]["product_id"][0], 1)])
        op = enqueue(wiring.outbox, ops.MESSAGE_POST, message_payload(picking_id, "Ready"))
        wiring.outbox.mark_sending(op.uuid, seen=op)  # the send storeapp did not see end
        wiring.engine.run_once(pull=False)
        waiting = wiring.outbox.get(op.uuid)
        assert waiting is not None and waiting.state is OpState.FAILED
        assert isinstance(waiting.last_error, Message)
        assert waiting.last_error.startswith("storeapp stopped while sending this change")
    finally:
        wiring.close()
