"""Manager dashboard: presenter figures from the fixture journal, the page offscreen (tiles,
charts, tables, CSV export), and its place in the shell (managers only)."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from storeapp.offline.kpi_repo import KpiRepo
from storeapp.ui.dashboard.model import MeasuresModel
from storeapp.ui.dashboard.presenter import DashboardPresenter, NotAllowed, format_minutes
from storeapp.ui.dashboard.view import DashboardView
from storeapp.ui.errors import ErrorPresenter
from storeapp.ui.session import SignedInEmployee
from tests.ui.shell_helpers import EventOnlyLink, make_shell
from tests.unit.kpi_fixture import CUSTOMER_CANARY, build

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

MAX = SignedInEmployee(12, "Max Manager", "manager")
ANA = SignedInEmployee(11, "Ana Associate", "associate")


@pytest.fixture
def fixture_stores(tmp_path):
    journal, cache, clock = build(tmp_path / "data")
    yield journal, cache, clock
    cache.close()
    journal.close()


def _presenter(fixture_stores, executors, who=MAX) -> DashboardPresenter:
    journal, cache, clock = fixture_stores
    return DashboardPresenter(
        KpiRepo(journal, cache, clock=clock), executors, lambda: who, timezone="UTC", clock=clock
    )


def test_minutes_read_like_people_say_them():
    assert format_minutes(None) == "–"
    assert format_minutes(45) == "45 min"
    assert format_minutes(125) == "2 h 05 min"
    assert format_minutes(3000) == "2 d 2 h"


def test_presenter_refuses_associates(qloop, fixture_stores, executors):
    presenter = _presenter(fixture_stores, executors, who=ANA)
    with pytest.raises(NotAllowed, match="managers"):
        qloop.run_until_complete(presenter.load())


def test_presenter_tiles_charts_rows_and_export(qloop, fixture_stores, executors, tmp_path):
    presenter = _presenter(fixture_stores, executors)
    qloop.run_until_complete(presenter.load())
    tiles = {t.key: t for t in presenter.tiles()}
    assert tiles["ready"].value == "2" and tiles["overdue"].level == "error"
    assert tiles["order_to_ready"].value == "50 min"
    # Named for what they measure: 13 counted against 14 is within tolerance, not accurate.
    assert tiles["exact"].title == "Counted exactly" and tiles["exact"].value == "50 %"
    assert tiles["within_tolerance"].title == "Counts within tolerance"
    assert tiles["within_tolerance"].value == "75 %" and tiles["within_tolerance"].level == "warn"
    assert tiles["ready"].note == "of 3 released · 1 collected"
    assert tiles["approvals"].note == "oldest 3 h"
    assert tiles["outbox"].value == "7" and tiles["outbox"].level == "error"
    assert [(b.label, b.value) for b in presenter.funnel()] == [
        ("Released", 3),
        ("Picked", 2),
        ("Ready", 2),
        ("Collected", 1),
    ]
    assert [b.label for b in presenter.short_reasons()] == ["Damaged", "Not found on the shelf"]
    presenter.period = "7d"
    assert [b.text for b in presenter.short_reasons()] == ["67 %", "33 %"]
    rows = dict(presenter.rows("returns"))
    assert rows["Refusal rate"] == ["50 %", "33 %", "50 %"]
    assert rows["Return → confirmed in Odoo, median"][0] == "45 min"
    technical = dict(presenter.rows("technical"))
    assert technical["Parked (need a person)"] == ["1", "1", "1"]

    target = tmp_path / "dashboard.csv"
    lines = presenter.export_csv(target)
    with target.open(encoding="utf-8") as handle:
        table = list(csv.reader(handle))
    assert len(table) == lines + 1 and table[0][2:] == ["today", "7d", "30d"]
    assert CUSTOMER_CANARY not in target.read_text(encoding="utf-8")


def test_model_passes_qt_checks(qtmodeltester, qloop, fixture_stores, executors):
    presenter = _presenter(fixture_stores, executors)
    qloop.run_until_complete(presenter.load())
    model = MeasuresModel()
    model.set_rows(presenter.rows("click_collect"))
    qtmodeltester.check(model)
    assert model.rowCount() >= 10 and model.headerData(1, Qt.Orientation.Horizontal) == "Today"


def test_page_shows_figures_exports_and_switches_period(
    qtbot, qloop, fixture_stores, executors, until, tmp_path
):
    presenter = _presenter(fixture_stores, executors)
    view = DashboardView(presenter, ErrorPresenter(None, interactive=False))
    qtbot.addWidget(view)
    view.resize(1366, 1000)
    view.show()
    until(lambda: view.completed > 0)
    assert view.tile_grid.count() == 8
    assert "Released: 3" in view.funnel.accessibleDescription()
    assert view.models["counts"].rowCount() == 6
    view.choose_period("30d")
    assert "Released: 5" in view.funnel.accessibleDescription()
    view.export_path = str(tmp_path / "out.csv")
    view.export_button.click()
    until(lambda: (tmp_path / "out.csv").exists() and "exported" in view.updated.text())
    view.choose_period("7d")
    qtbot.wait(50)
    assert view.grab().save(str(tmp_path / "dashboard.png"))


@pytest.mark.parametrize(("code", "colon"), [("fr", "\u00a0: "), ("nl", ": "), ("de", ": ")])
def test_tiles_and_bars_read_aloud_with_the_languages_colon(
    qtbot, fixture_stores, executors, until, shipped, code, colon
):
    """A screen reader reads a tile as "title: value (note)" and a bar as "label: value": one
    translated text each, so French puts its no-break space before the colon."""
    shipped.apply(code)
    presenter = _presenter(fixture_stores, executors)
    view = DashboardView(presenter, ErrorPresenter(None, interactive=False))
    qtbot.addWidget(view)
    view.show()
    until(lambda: view.completed > 0)
    tiles = [view.tile_grid.itemAt(i).widget() for i in range(view.tile_grid.count())]
    names = [tile.accessibleName() for tile in tiles]
    assert names and all(colon in name for name in names), names
    assert all(" :" not in name.replace("\u00a0:", "") for name in names), names
    bars = view.funnel.accessibleDescription().split("; ")
    assert len(bars) > 1 and all(colon in bar for bar in bars), bars


def test_dashboard_is_a_manager_page_in_the_shell(qtbot, qloop, stores, executors, until):
    shell = make_shell(stores, executors, EventOnlyLink())
    qtbot.addWidget(shell.window)
    shell.window.resize(1366, 768)
    shell.start()
    try:
        until(lambda: shell.sign_in.model.rowCount() == 2)
        shell.session.sign_in(ANA)
        assert "dashboard" not in shell.window.visible_pages()
        shell.session.sign_out("switch")
        shell.session.sign_in(MAX)
        assert "dashboard" in shell.window.visible_pages()
        shell.window.show_page("dashboard")
        page = shell.pages["dashboard"]
        until(lambda: page.completed > 0)
        assert page.tile_grid.count() == 8  # an empty store shows zeros, not an error
    finally:
        shell.stop()


def test_page_fits_1280_by_720_without_scrolling_sideways(
    qtbot, qloop, fixture_stores, executors, until
):
    """At 1280 px the tiles wrapped and the page scrolled sideways."""
    presenter = _presenter(fixture_stores, executors)
    view = DashboardView(presenter, ErrorPresenter(None, interactive=False))
    qtbot.addWidget(view)
    view.resize(1280 - 220, 720 - 60)  # the page beside the navigation, under the status bar
    view.show()
    until(lambda: view.completed > 0)
    qtbot.wait(50)
    assert view.minimumSizeHint().width() <= view.width()
    rows = {view.tile_grid.getItemPosition(i)[0] for i in range(view.tile_grid.count())}
    assert rows == {0, 1}


def test_the_dashboard_warns_14_days_before_the_odoo_key_expires(qloop, fixture_stores, executors):
    from datetime import timedelta

    from storeapp.offline.odoo_key import save_key_expiry

    journal, _cache, clock = fixture_stores
    presenter = _presenter(fixture_stores, executors)
    qloop.run_until_complete(presenter.load())
    assert "odoo_key" not in {t.key for t in presenter.tiles()}
    save_key_expiry(journal, clock() + timedelta(days=20))
    qloop.run_until_complete(presenter.load())
    assert "odoo_key" not in {t.key for t in presenter.tiles()}
    save_key_expiry(journal, clock() + timedelta(days=5, hours=1))
    qloop.run_until_complete(presenter.load())
    tile = {t.key: t for t in presenter.tiles()}["odoo_key"]
    assert tile.value == "in 5 days" and tile.level == "warn"


# The page beside the navigation (232 px wide at 100 %, grown with the text) and above the
# status bar, in a 1366×768 window, in the scroll area the window holds every page in.
SIDEBAR, STATUS_BAR = 232, 35


def _page(qtbot, until, fixture_stores, executors, scale: float):
    from storeapp.ui.main_window import MainWindow

    view = DashboardView(
        _presenter(fixture_stores, executors), ErrorPresenter(None, interactive=False)
    )
    holder = MainWindow._holder(view)
    qtbot.addWidget(holder)
    holder.resize(1366 - round(SIDEBAR * scale), 768 - round(STATUS_BAR * scale))
    holder.show()
    until(lambda: view.completed > 0)
    qtbot.wait(50)
    return holder, view


def test_at_1366_by_768_the_page_fits_and_the_table_gets_the_room(
    qtbot, qloop, fixture_stores, executors, until, styled, tmp_path
):
    """At 1366×768 the page scrolled and the measures table showed 3 rows."""
    styled(1.0)
    holder, view = _page(qtbot, until, fixture_stores, executors, 1.0)
    table = view.tables["counts"]
    view.tabs.setCurrentWidget(table)
    qtbot.wait(20)
    assert holder.verticalScrollBar().maximum() == 0  # the page fits: no scrolling down
    assert view.models["counts"].rowCount() == 6
    assert table.viewport().height() >= 6 * table.rowHeight(0)  # every row in sight
    assert holder.grab().save(str(tmp_path / "dashboard-1366.png"))


def test_at_150_percent_the_tiles_do_not_scroll_sideways(
    qtbot, qloop, fixture_stores, executors, until, styled, tmp_path
):
    styled(1.5)
    holder, view = _page(qtbot, until, fixture_stores, executors, 1.5)
    assert holder.horizontalScrollBar().maximum() == 0
    for i in range(view.tile_grid.count()):
        tile = view.tile_grid.itemAt(i).widget()
        assert tile.geometry().right() <= holder.viewport().width(), tile.accessibleName()
    assert holder.grab().save(str(tmp_path / "dashboard-150.png"))
