"""The Counts screen's own behaviour on real widgets: leaving a count for later, abandoning
it, the app-wide scanner, a store that does not count blind, and unusable settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from storeapp.core.count_review import CountRules
from storeapp.offline.counts_repo import CountsRepo
from storeapp.offline.outbox import Outbox
from storeapp.ui.counts.presenter import CountsPresenter
from storeapp.ui.counts.view import CountsView
from storeapp.ui.errors import ErrorPresenter
from tests.unit.test_counts_presenter import MUG, ROSE, seed_cache


@pytest.fixture
def screen(stores, executors, qtbot, qloop, until):
    cache, journal = stores
    seed_cache(cache)

    def make(blind: bool = True) -> CountsView:
        repo = CountsRepo(cache, journal, Outbox(journal), CountRules(blind=blind))
        presenter = CountsPresenter(repo, executors, lambda: ROSE, blind=blind)
        view = CountsView(presenter, ErrorPresenter(interactive=False))
        qtbot.addWidget(view)
        view.resize(1100, 700)
        view.show()
        before = view.completed
        view.refresh()
        until(lambda: view.completed > before)
        return view

    return make


def wait(view, until, action) -> None:
    before = view.completed
    action()
    until(lambda: view.completed > before)


def test_leave_for_later_then_abandon(screen, qtbot, until):
    view = screen()
    wait(view, until, lambda: view.handle_scan("LYO-A01"))  # as the scanner wedge reports it
    assert view.pages.currentIndex() == 1
    wait(view, until, lambda: view.handle_scan("3760000000017"))
    qtbot.mouseClick(view.leave_button, Qt.MouseButton.LeftButton)
    until(lambda: view.pages.currentIndex() == 0 and view.tasks_model.rowCount() == 2)
    task = view.tasks_model.row_at(0)
    assert task.kind == "in_progress" and task.products == 1
    assert view.tasks_model.index(0, 1).data() == "In progress, by Rose Vincent"
    view.tasks_table.selectRow(0)
    wait(view, until, view.open_selected)
    assert [r.counted for r in view.presenter.rows()] == [1]
    wait(view, until, view.abandon)
    assert view.pages.currentIndex() == 0
    assert "abandoned" in view.tasks_feedback.text()
    assert [t.kind for t in view.presenter.tasks] == ["request", "request"]


def test_a_store_counting_openly_sees_the_system_quantity(screen, until):
    view = screen(blind=False)
    wait(view, until, lambda: view.handle_scan("LYO-A01"))
    wait(view, until, lambda: view.handle_scan("3760000000017"))
    assert not view.blind_chip.isVisible()
    assert view.lines_model.index(0, 2).data() == "12"
    assert view.presenter.rows()[0].key == str(MUG)


def test_refusals_are_shown_with_what_to_do(screen, qtbot, until):
    view = screen()
    wait(view, until, lambda: view.handle_scan("LYO-A01"))
    wait(view, until, lambda: view.handle_scan("LYO-BACK"))
    assert "another location" in view.feedback.text()
    assert "Submit or leave this count first" in view.feedback.text()
    assert view.feedback.property("level") == "error"


def test_unusable_settings_are_announced(screen):
    view = screen()
    view.show_settings_problem("counts.tolerances '* qty=two': qty must be a number")
    assert view.settings_message.isVisible()
    assert "defaults apply" in view.settings_message.text()
    assert "[counts]" in view.settings_message.text()


def test_scans_in_quick_succession_are_all_counted_in_order(screen, until):
    view = screen()
    wait(view, until, lambda: view.handle_scan("LYO-A01"))
    before = view.completed
    for code in ("3760000000017", "3760000000017", "13760000000014", "3760000000024"):
        view.handle_scan(code)  # the next scan arrives before the last one is saved
    until(lambda: view.completed >= before + 4)
    assert {r.label: r.counted for r in view.presenter.rows()} == {"Blue mug": 8, "Wine glass": 1}
    assert view.presenter.session.lines[str(MUG)].current.entries[-1].source == "packaging"


def test_the_screen_says_how_fresh_its_stock_figures_are(screen):
    view = screen()  # the cache was filled by hand: no sync has ever succeeded
    assert view.freshness.text() == "No stock figures from Odoo yet: sync first"
    assert view.freshness.property("level") == "error"
