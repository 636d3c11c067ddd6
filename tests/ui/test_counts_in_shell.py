"""The Counts and Approvals pages inside the real shell: the app-wide scanner reaches the
counting screen, a sign-out puts the open count aside, and a submitted adjustment shows up in
the manager's inbox."""

from __future__ import annotations

import pytest

from storeapp.ui.counts.view import CountsView
from storeapp.ui.session import SignedInEmployee
from tests.ui.shell_helpers import EventOnlyLink, make_shell
from tests.unit.test_counts_presenter import MUG, seed_cache

pytestmark = [pytest.mark.qt_log_ignore("propagateSizeHints")]

ANA = SignedInEmployee(11, "Ana Associate", "associate")
MAX = SignedInEmployee(12, "Max Manager", "manager")


@pytest.fixture
def shell(qtbot, qloop, stores, executors, until):
    seed_cache(stores[0])
    s = make_shell(stores, executors, EventOnlyLink())
    qtbot.addWidget(s.window)
    s.window.resize(1366, 768)
    s.start()
    yield s
    s.stop()


def test_scanner_sign_out_and_inbox(shell, until):
    counts: CountsView = shell.pages["counts"]
    shell.session.sign_in(ANA)
    shell.window.show_page("counts")
    until(lambda: counts.completed > 0)

    def scanned(code: str) -> None:
        before = counts.completed
        shell.scanner.scanned.emit(code)  # what a keyboard-wedge scanner produces
        until(lambda: counts.completed > before)

    scanned("LYO-A01")
    assert counts.pages.currentIndex() == 1
    scanned("3760000000017")
    scanned("3760000000017")
    assert counts.presenter.session.lines[str(MUG)].counted == 2

    shell.session.sign_out("idle")
    until(lambda: counts.presenter.session is None)
    shell.session.sign_in(ANA)
    shell.window.show_page("counts")
    until(lambda: counts.tasks_model.rowCount() > 0 and counts.pages.currentIndex() == 0)
    assert counts.tasks_model.row_at(0).kind == "in_progress"

    def act(action) -> None:
        before = counts.completed
        action()
        until(lambda: counts.completed > before)

    counts.tasks_table.selectRow(0)
    act(counts.open_selected)
    act(counts.submit)  # 2 of 12 mugs: a recount first
    assert counts.presenter.session is not None and "Count these again" in counts.feedback.text()
    counts.lines_table.selectRow(0)
    act(counts.recount)
    scanned("3760000000017")
    scanned("3760000000017")
    act(counts.submit)  # still 2: a manager decides
    assert counts.presenter.session is None

    shell.session.sign_out("switch")
    shell.session.sign_in(MAX)
    inbox = shell.pages["approvals"]
    before = inbox.completed
    shell.window.show_page("approvals")
    until(lambda: inbox.completed > before and inbox.model.rowCount() == 1)
    assert inbox.model.item(0).counter == "Ana Associate"
    assert inbox.approve_button.isEnabled()


@pytest.mark.parametrize(
    ("state", "online"),
    [("online", True), ("degraded", True), ("offline", False), ("auth_failed", False)],
)
def test_every_screen_means_the_same_by_online(shell, state, online):
    """Odoo answering slowly (degraded) is online for Returns and Click & Collect alike: both
    ask the shell, which asks the connectivity module."""
    shell.connectivity = (state, "")
    assert shell.online() is online
    assert shell.pages["returns"].presenter.online() is online
    assert shell.click_collect.presenter.online() is online
