"""Rights: the person who counted (or made a return) is never the one who approves it, and an
associate cannot reach a manager's action from any screen or command.

- core: Outbox.approve refuses the counter; the approvals presenter refuses associates;
- push: an op whose journal row claims it was approved by its own counter (a hand-edited or
  tampered journal) is parked by the push, never sent to Odoo;
- shell: signed in as an associate, no manager page is reachable by the navigation list, the
  keyboard (arrows, Home/End, Ctrl+1..9) or show_page; the enroll/setup actions do nothing and
  the outbox's manager buttons stay disabled;
- commands: no `storeapp` subcommand approves, rejects, retries, cancels or enrolls.
"""

from __future__ import annotations

import asyncio
import json

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from storeapp.core import ops
from storeapp.offline.journal_models import Approval, Op, OpState
from storeapp.offline.outbox import Actor, Outbox, SelfApproval
from storeapp.ui.approvals.presenter import ApprovalsPresenter, NotAllowed
from storeapp.ui.session import SignedInEmployee
from tests.sync.conftest import make_engine
from tests.sync.helpers import effects, message_payload
from tests.ui.shell_helpers import EventOnlyLink, make_shell

ANA = SignedInEmployee(11, "Ana Associate", "associate")
MAX = SignedInEmployee(12, "Max Manager", "manager")
COUNTER = Actor(11, "Ana Associate")
MANAGER = Actor(12, "Max Manager")
DECIDING = {"approve", "reject", "retry", "cancel", "enroll", "decide", "unpark"}


def _pending(outbox: Outbox, actor: Actor, picking: int = 7) -> str:
    payload = ops.validate_payload(ops.MESSAGE_POST, message_payload(picking, "count note"))
    op = outbox.enqueue(
        ops.MESSAGE_POST,
        payload,
        ops.aggregate_for(ops.MESSAGE_POST, payload),
        actor,
        needs_approval=True,
    )
    return op.uuid


def test_counter_cannot_approve_and_associates_cannot_decide(stores, executors, record):
    from storeapp.offline.approvals_repo import ApprovalsRepo

    cache, journal = stores
    outbox = Outbox(journal)
    own = _pending(outbox, MANAGER)
    with pytest.raises(SelfApproval, match="cannot approve it too"):
        outbox.approve(own, MANAGER)
    assert outbox.get(own).state is OpState.PENDING_APPROVAL
    theirs = _pending(outbox, COUNTER)
    who = {"now": ANA}  # an associate on the approvals screen
    presenter = ApprovalsPresenter(
        ApprovalsRepo(journal, outbox, cache), executors, lambda: who["now"]
    )
    for attempt in (presenter.approve([theirs]), presenter.reject([theirs], "no")):
        with pytest.raises(NotAllowed, match="Only a manager"):
            asyncio.run(attempt)
    assert outbox.get(theirs).state is OpState.PENDING_APPROVAL
    outbox.approve(theirs, MANAGER)  # another person: accepted
    assert outbox.get(theirs).state is OpState.QUEUED
    assert outbox.get(own).state is OpState.PENDING_APPROVAL
    record(4, 0, "self-approval and associate decisions refused in core and presenter",
           test="rights: counter != approver (core)")  # fmt: skip


def test_push_rechecks_that_the_approver_is_not_the_counter(sim, tmp_path, memory_keyring):
    wiring = make_engine(sim, tmp_path / "pc")
    try:
        picking = sim.facts["click_collect_orders"]["ready"][0]["picking_id"]
        op_uuid = _pending(wiring.outbox, COUNTER, picking)
        with wiring.journal.write() as s:  # what approve() refuses to write, written by hand
            s.execute(
                update(Op)
                .where(Op.uuid == op_uuid)
                .values(state="queued", approver_id=COUNTER.id, approver_name=COUNTER.name)
            )
            s.execute(
                update(Approval)
                .where(Approval.op_uuid == op_uuid)
                .values(decision="approved", decided_by_id=COUNTER.id, decided_by_name=COUNTER.name)
            )
        sim.ledger.clear()
        wiring.engine.run_once(pull=False)
        state = wiring.outbox.get(op_uuid).state
    finally:
        wiring.close()
    assert not effects(sim).messages and not sim.ledger.entries(kind="message.posted")
    assert state is OpState.PARKED, state


def test_associate_reaches_no_manager_action_in_the_shell(
    qtbot, qloop, stores, executors, until, record
):
    cache, journal = stores
    outbox = Outbox(journal)
    parked = outbox.enqueue("picking.validate", {"picking_id": 7}, "picking:7", COUNTER)
    outbox.mark_sending(parked.uuid)
    outbox.park(parked.uuid, "Cancelled in Odoo.", "Put the goods back.")
    opened = []

    async def open_setup() -> None:
        opened.append("setup")

    shell = make_shell(stores, executors, EventOnlyLink(), open_setup=open_setup)
    qtbot.addWidget(shell.window)
    shell.window.resize(1366, 768)
    shell.start()
    try:
        until(lambda: shell.sign_in.model.rowCount() == 2)
        window = shell.window
        manager_pages = {k for k, spec in window.specs.items() if spec.manager_only}
        assert {"approvals", "dashboard"} <= manager_pages
        shell.session.sign_in(ANA)
        reached: set[str] = set()
        for key in manager_pages:
            with pytest.raises(KeyError):
                window.show_page(key)
        for n in range(1, 10):  # Ctrl+1..9
            window._go_to_row(n - 1)
            reached.add(window.current_page())
        window.nav.setFocus()
        for key in [Qt.Key.Key_Home] + [Qt.Key.Key_Down] * 12 + [Qt.Key.Key_End, Qt.Key.Key_PageUp]:
            qtbot.keyClick(window.nav, key)
            reached.add(window.current_page())
        assert not reached & manager_pages, reached
        assert not window.setup_button.isVisibleTo(window)
        assert not window.enroll_button.isVisibleTo(window)
        assert not window.employees_button.isVisibleTo(window)
        # Refusing is synchronous: no task is started (a manager's setup would start one), so
        # nothing is left that could open a dialog later; the loop then turns once anyway.
        tasks_before = asyncio.all_tasks(qloop)
        shell._open_setup()
        shell.open_enrollment(first=False)
        shell.open_employees()
        assert asyncio.all_tasks(qloop) - tasks_before == set()
        qloop.run_until_complete(asyncio.sleep(0))
        assert opened == [] and shell.enroll_dialog is None and shell.employees_dialog is None
        window.show_page("sync")
        view = shell.outbox_view
        until(lambda: view.model.rowCount() == 1)
        assert not view.retry_button.isEnabled() and not view.cancel_button.isEnabled()
        # The same walk as a manager does reach the manager pages: the test can see them.
        shell.session.sign_out("switch")
        shell.session.sign_in(MAX)
        for key in manager_pages:
            window.show_page(key)
            assert window.current_page() == key
    finally:
        shell.stop()
    record(
        len(reached) + len(manager_pages),
        0,
        f"associate: {len(manager_pages)} manager pages unreachable by list, keys, Ctrl+N; "
        "setup/enroll/retry/cancel refused",
        test="rights: associate in the shell",
    )


def test_no_command_makes_a_manager_decision(record):
    import argparse

    from storeapp.cli import build_parser

    seen: list[str] = []

    def walk(parser: argparse.ArgumentParser, path: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    seen.append(f"{path} {name}".strip())
                    walk(child, f"{path} {name}")
            elif action.option_strings:
                seen.extend(f"{path} {o}" for o in action.option_strings)

    walk(build_parser(), "storeapp")
    deciding = [c for c in seen if any(w in c.lower().split()[-1] for w in DECIDING)]
    record(len(seen), len(deciding), f"{len(seen)} commands and options: none decides",
           test="rights: commands")  # fmt: skip
    assert any(c.endswith("outbox export") for c in seen), seen  # the walk sees subcommands
    assert deciding == [], deciding
    json.dumps(seen)
