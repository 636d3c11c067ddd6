"""The assembled shell: role-based navigation, status bar, Sync & outbox actions."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from storeapp.offline.journal_models import AuditEntry, OpState
from storeapp.offline.outbox import Actor, Outbox
from storeapp.sync.events import STATE_CHANGED, StateChange
from storeapp.ui.outbox.model import OutboxTableModel, kind_label
from storeapp.ui.session import SignedInEmployee
from tests.ui.shell_helpers import EventOnlyLink, make_shell

# Qt warnings fail these tests; the offscreen platform's size-hint notice is not a warning about us.
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

ANA = SignedInEmployee(11, "Ana Associate", "associate")
MAX = SignedInEmployee(12, "Max Manager", "manager")


@pytest.fixture
def link() -> EventOnlyLink:
    return EventOnlyLink()


@pytest.fixture
def shell(qtbot, qloop, stores, executors, link, until):
    s = make_shell(stores, executors, link)
    qtbot.addWidget(s.window)
    s.window.resize(1366, 768)
    s.start()
    until(lambda: s.sign_in.model.rowCount() == 2)
    yield s
    s.stop()


def test_nobody_signed_in_shows_the_sign_in_screen(shell):
    assert shell.window.shell.currentIndex() == 0
    assert shell.status_bar.text_of("employee") == "Nobody signed in"


def test_associate_does_not_see_approvals_manager_does(shell, until):
    shell.session.sign_in(ANA)
    assert shell.window.shell.currentIndex() == 1
    assert shell.window.visible_pages() == ["click_collect", "returns", "counts", "sync"]
    with pytest.raises(KeyError):
        shell.window.show_page("approvals")
    shell.session.sign_out("switch")
    assert shell.window.shell.currentIndex() == 0
    shell.session.sign_in(MAX)
    assert "approvals" in shell.window.visible_pages()
    shell.window.show_page("approvals")
    page = shell.pages["approvals"]
    until(lambda: page.completed > 0)
    assert page.count_chip.text() == "0 waiting"
    # The manager signs out; an associate taking over never lands on the manager page.
    shell.session.sign_out("switch")
    shell.session.sign_in(ANA)
    assert shell.window.current_page() != "approvals"


def test_status_bar_follows_connectivity_events(shell, link, until):
    until(lambda: "Offline" in shell.status_bar.text_of("connectivity"))
    link.state = ("online", "connected")
    link.events.emit(STATE_CHANGED, StateChange("offline", "online", "connected"))
    until(lambda: "Online" in shell.status_bar.text_of("connectivity"))
    link.state = ("degraded", "slow")
    link.events.emit(STATE_CHANGED, StateChange("online", "degraded", "slow"))
    until(lambda: "slow" in shell.status_bar.text_of("connectivity"))
    assert shell.status_bar.labels["connectivity"].property("level") == "warn"


def test_status_bar_counts_the_outbox_and_its_oldest_op(shell, stores, until):
    _cache, journal = stores
    outbox = Outbox(journal)
    outbox.enqueue("message.post", {"body": "x"}, "picking:1", Actor(11, "Ana Associate"))
    shell.session.sign_in(ANA)
    shell.refresh_status()
    until(lambda: shell.status_bar.text_of("outbox") == "Outbox: 1 to send")
    assert shell.status_bar.text_of("oldest") == "Oldest waiting: just now"
    assert shell.status_bar.text_of("employee") == "Ana Associate"
    assert shell.status_bar.text_of("last_sync") == "Never synced"


def _parked_op(journal) -> str:
    outbox = Outbox(journal)
    op = outbox.enqueue("picking.validate", {"picking_id": 7}, "picking:7", Actor(11, "Ana"))
    outbox.mark_sending(op.uuid)
    outbox.park(op.uuid, "The order was cancelled in Odoo.", "Put the goods back on the shelf.")
    return op.uuid


def test_outbox_screen_shows_parked_reason_and_only_managers_act(shell, stores, until):
    _cache, journal = stores
    uuid = _parked_op(journal)
    shell.session.sign_in(ANA)
    shell.window.show_page("sync")
    view = shell.outbox_view
    until(lambda: view.model.rowCount() == 1)
    assert "cancelled in Odoo" in view.detail_text.text()
    assert "Put the goods back" in view.detail_text.text()
    assert not view.retry_button.isEnabled() and not view.cancel_button.isEnabled()
    assert "manager" in view.manager_hint.text()
    shell.session.sign_out("switch")
    shell.session.sign_in(MAX)
    shell.window.show_page("sync")
    until(lambda: view.retry_button.isEnabled())
    view.cancel_button.click()
    until(lambda: Outbox(journal).get(uuid).state is OpState.CANCELLED)
    with journal.read() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert entry.action == "op.cancelled" and entry.actor_name == "Max Manager"
    assert json.loads(entry.details)["from"] == "parked"


def test_sync_now_button_asks_the_engine(shell, link, until):
    shell.session.sign_in(MAX)
    shell.window.show_page("sync")
    shell.outbox_view.sync_button.click()
    until(lambda: link.syncs == 1)


def test_outbox_model_passes_the_model_tester(qtmodeltester, stores):
    _cache, journal = stores
    _parked_op(journal)
    Outbox(journal).enqueue("count.apply", {"q": 1}, "quant:1/2/0", Actor(11, "Ana"))
    model = OutboxTableModel()
    model.set_ops(Outbox(journal).list())
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_outbox_model_names_the_op_a_waiting_op_waits_for(stores):
    _cache, journal = stores
    outbox = Outbox(journal)
    parked = outbox.get(_parked_op(journal))
    behind = outbox.enqueue("picking.validate", {}, parked.aggregate, Actor(11, "Ana"))
    model = OutboxTableModel()
    ops = outbox.list()
    model.set_ops(ops, outbox.waiting_behind(ops))
    row = next(i for i, op in enumerate(ops) if op.uuid == behind.uuid)
    text = model.data(model.index(row, 7))
    assert text == f"Waits for #{parked.seq} {kind_label(parked.kind)} (Needs a person)"


def test_only_managers_can_reopen_device_setup(qtbot, qloop, stores, executors, until):
    opened = []

    async def open_setup() -> None:
        opened.append(1)

    s = make_shell(stores, executors, open_setup=open_setup)
    qtbot.addWidget(s.window)
    s.start()
    try:
        s.session.sign_in(ANA)
        assert not s.window.setup_button.isVisibleTo(s.window)
        s.session.sign_out("switch")
        s.session.sign_in(MAX)
        assert s.window.setup_button.isVisibleTo(s.window)
        s.window.setup_button.click()
        until(lambda: opened == [1])
    finally:
        s.stop()


def test_status_texts_for_ages_and_parked_ops():
    from datetime import UTC, datetime, timedelta

    from storeapp.ui.statusbar import ShellStatus, StatusTexts, format_age

    now = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    assert [format_age(s) for s in (None, 5, 120, 3600, 7500, 86400 * 3)] == [
        "never",
        "just now",
        "2 min",
        "1 h",
        "2 h 5 min",
        "3 days",
    ]
    texts = StatusTexts.of(
        ShellStatus(
            "offline",
            queue_depth=3,
            parked=2,
            oldest_pending_at=now - timedelta(hours=2),
            last_sync_at=now - timedelta(minutes=40),
        ),
        "Ana",
        now,
    )
    assert texts.connectivity == ("Offline — working from this PC", "error")
    assert texts.outbox == ("Outbox: 3 to send, 2 need a person", "error")
    assert texts.oldest == ("Oldest waiting: 2 h", "error")
    assert texts.last_sync == ("Last sync 40 min ago", "warn")
    assert texts.employee == ("Ana", "ok")


def test_outbox_speaks_of_orders_products_and_bins_by_name(stores):
    """The outbox showed "picking:11", "quant:4/9/0" and raw Python for a lost connection."""
    from datetime import timedelta

    from storeapp.offline.clock import utcnow
    from storeapp.sync.errors import UserError, odoo_reason
    from storeapp.sync.handlers.picking import explain_picking_error

    _cache, journal = stores
    outbox = Outbox(journal)
    ana = Actor(11, "Ana")
    picked = outbox.enqueue(
        "picking.set_picked", {"picking_id": 11, "picking_name": "LYO/OUT/00011"}, "picking:11", ana
    )
    outbox.enqueue("message.post", {"model": "stock.picking", "res_id": 11}, "picking:11", ana)
    outbox.enqueue(
        "count.apply",
        {"product_name": "Linen Scarf", "location_name": "LYO/Stock/A-01", "lot_name": None},
        "quant:4/9/0",
        ana,
    )
    outbox.mark_failed(picked.uuid, "Odoo cannot be reached.", utcnow() + timedelta(minutes=1))
    model = OutboxTableModel()
    model.set_ops(outbox.list())
    shown = [model.index(row, 2).data() for row in range(model.rowCount())]
    assert shown == ["Order LYO/OUT/00011", "Order LYO/OUT/00011", "Linen Scarf at LYO/Stock/A-01"]
    assert model.index(0, 7).data() == "Odoo cannot be reached."
    message, _action = explain_picking_error("LYO/OUT/00011", UserError("Odoo refused: cancelled"))
    assert message == "Odoo refused the change to order LYO/OUT/00011: cancelled"
    assert odoo_reason(UserError("Odoo refused: x")) == "x"


@pytest.fixture
def styled(qapp):
    """The app's style sheet applied for one test, then removed again."""
    from storeapp.ui.shell import load_style

    font = qapp.font()
    yield lambda scale=1.0, contrast=False: load_style(qapp, scale, high_contrast=contrast)
    qapp.setStyleSheet("")
    qapp.setFont(font)


def _background(widget) -> str:
    image = widget.grab().toImage()
    return image.pixelColor(image.width() - 3, image.height() - 3).name()


def test_every_page_has_one_background_and_disabled_buttons_look_disabled(
    shell, styled, qtbot, until
):
    """Returns and Dashboard were on #efefef, the other pages on #f5f7fa; a disabled Reject or
    Cancel stayed red."""
    styled()
    shell.session.sign_in(MAX)
    colours = {}
    for key in shell.window.visible_pages():
        shell.window.show_page(key)
        qtbot.wait(30)
        colours[key] = _background(shell.window.pages[key])
    assert set(colours.values()) == {"#f5f7fa"}, colours
    button = shell.outbox_view.cancel_button
    button.setEnabled(True)
    enabled = button.palette().buttonText().color().name()
    button.setEnabled(False)
    qtbot.wait(10)
    button.style().unpolish(button)
    button.style().polish(button)
    assert button.palette().buttonText().color().name() != enabled


def test_font_scale_and_high_contrast(shell, styled, qtbot):
    from storeapp.ui.shell import scaled, style_sheet

    assert scaled("* { font-size: 11pt; min-height: 44px; }", 1.5) == (
        "* { font-size: 16.5pt; min-height: 66px; }"
    )
    assert "font-size: 22pt" in style_sheet(2.0) and "font-size: 11pt" in style_sheet(1.0)
    shell.session.sign_in(MAX)
    button = shell.outbox_view.sync_button
    styled(1.0)
    qtbot.wait(10)
    normal = button.sizeHint().height()
    styled(1.5, contrast=True)
    qtbot.wait(10)
    assert button.sizeHint().height() > normal
    assert "0040ff" in style_sheet(1, True) and "0040ff" not in style_sheet(1, False)


def test_main_actions_have_shortcuts_shown_on_their_buttons(shell):
    """No shortcut for Pick, Ready, Confirm; now F2 starts, F9 finishes, Ctrl+Z undoes."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QPushButton

    shell.session.sign_in(MAX)
    buttons = {b.text(): b for b in shell.window.findChildren(QPushButton)}
    for text, keys in (
        ("Pick (F2)", "F2"),
        ("Ready for pickup (F9)", "F9"),
        ("Mark collected (F9)", "F9"),
        ("Confirm return (F9)", "F9"),
        ("Submit count (F9)", "F9"),
        ("Undo last scan (Ctrl+Z)", "Ctrl+Z"),
    ):
        assert text in buttons, sorted(buttons)
        assert buttons[text].shortcut() == QKeySequence(keys)


def test_dates_and_times_are_written_one_way(stores):
    """Three formats side by side ("Mon 30/11 17:40", "04 Dec 2026", "04/12/2026 17:40")."""
    from datetime import UTC, datetime, timedelta

    from PySide6.QtCore import QLocale

    from storeapp.offline.counts_repo import CountTask
    from storeapp.ui.counts.model import CountTasksModel
    from storeapp.ui.dates import date_text, datetime_text, moment_text

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        moment = datetime(2026, 11, 30, 16, 40, tzinfo=UTC)
        shown = datetime_text(moment)
        assert shown == datetime_text(moment.astimezone()) and "30/11/2026" in shown
        assert date_text(moment) == "30/11/2026"
        assert moment_text(moment, moment + timedelta(days=4)) == shown
        _cache, journal = stores
        outbox = Outbox(journal)
        outbox.enqueue("count.apply", {"q": 1}, "quant:1/2/0", Actor(11, "Ana"))
        model = OutboxTableModel()
        model.set_ops(outbox.list())
        made = outbox.list()[0].created_at
        assert model.index(0, 5).data() == datetime_text(made)
        tasks = CountTasksModel()
        task = CountTask("in_progress", 1, "A-01", 3, started_by="Ana", started_at=moment)
        tasks.set_rows([task])
        assert tasks.index(0, 3).data() == shown
        QLocale.setDefault(QLocale.c())  # a PC without a locale: ISO, not "30 11 2026"
        assert datetime_text(moment).startswith("2026-11-30 ")
    finally:
        QLocale.setDefault(previous)


def test_tables_elide_long_text_in_the_middle(shell):
    """A name cut as "Linen Scarf Rivi…" lost its end (size, colour); now "Linen Sc…Navy, L"."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    shell.session.sign_in(MAX)
    tables = shell.window.findChildren(QTableView)
    assert len(tables) >= 6
    assert {t.textElideMode() for t in tables} == {Qt.TextElideMode.ElideMiddle}


def test_queue_filters_wrap_at_150_percent_instead_of_cutting_their_text(shell, styled, qtbot):
    styled(1.5)
    shell.session.sign_in(MAX)
    shell.window.show_page("click_collect")
    queue = shell.click_collect.queue
    queue.show_counts({group: 12 for group in queue.buttons if group is not None})
    qtbot.wait(50)
    for button in queue.buttons.values():
        assert button.width() >= button.sizeHint().width(), button.text()
    holder = shell.window.holders["click_collect"]
    assert not holder.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("scale", [1.0, 1.5])
@pytest.mark.parametrize("code", ["fr", "nl", "de"])
def test_the_outbox_page_fits_1366_by_768_in_every_language(
    qtbot, qloop, stores, executors, link, until, styled, code, scale
):
    """In French the chips and the columns pushed the page sideways (a horizontal
    scrollbar, the last column cut): at 1366×768, and with text at 150 %, it fits."""
    from PySide6.QtCore import QLocale

    from storeapp.devtools import translations
    from storeapp.ui.language import Languages, PersonLanguages

    translations.release(regenerate_pseudo=False)
    languages = Languages(translations.TRANSLATIONS, "en", PersonLanguages(None))
    languages.apply(code)
    styled(scale)
    _cache, journal = stores
    _parked_op(journal)
    shell = make_shell(stores, executors, link)
    qtbot.addWidget(shell.window)
    shell.window.resize(1366, 768)
    shell.window.show()
    shell.start()
    try:
        shell.session.sign_in(MAX)
        shell.window.show_page("sync")
        view = shell.outbox_view
        until(lambda: view.model.rowCount() == 1)
        qtbot.wait(50)
        holder = shell.window.holders["sync"]
        assert not holder.horizontalScrollBar().isVisible()
        assert view.minimumSizeHint().width() <= holder.viewport().width()
        for chip in view.chips.values():
            assert chip.width() >= chip.sizeHint().width(), chip.text()
            # "label: count" is one translated text: French has a no-break space before ":"
            colon = "\u00a0: " if code == "fr" else ": "
            assert colon in chip.text() and " :" not in chip.text(), chip.text()
        reason = view.table.horizontalHeader()
        assert reason.sectionViewportPosition(7) < view.table.viewport().width()
    finally:
        shell.stop()
        languages.apply("en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_only_the_widest_columns_are_narrowed_to_fit():
    from storeapp.ui.outbox.view import fitted_widths

    assert fitted_widths([30, 200, 100], 400) == [30, 200, 100]
    assert fitted_widths([30, 300, 200, 50], 400) == [30, 160, 160, 50]
    assert sum(fitted_widths([40, 250, 260, 270, 180, 220, 90], 650)) <= 650
