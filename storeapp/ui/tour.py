"""The screenshot tour: `storeapp --demo --tour DIR` drives every screen headless.

A realistic morning in the demo store, step by step, each step saved as a PNG at 1366×768 (the
smallest screen the app is made for), the main pages again at 1920×1080 and with text at 150 %: device setup as the demo configured
it, the first sync, the sign-in screen, every page of the main window for a manager and for an
associate, a change Odoo refuses (parked, with its reason), and the store going offline. It is
also the end-to-end test of the shell: any step that cannot be reached fails the tour with a
non-zero exit code and says which step.

Feature screens extend the tour by adding their steps to `_tour` (after the manager signs in).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

SMALL = (1366, 768)
LARGE = (1920, 1080)


class TourFailed(RuntimeError):
    """A step of the tour could not be reached; the message names it."""


async def wait_for(what: str, predicate: Callable[[], Any], timeout: float = 30.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TourFailed(f"tour step '{what}' not reached within {timeout:.0f} s")
        await asyncio.sleep(0.05)


async def settle(seconds: float = 0.25) -> None:
    """Let queued signals, layouts and paints happen before a screenshot. Sleeping hands the
    loop back to Qt; calling processEvents() from inside a task would re-enter other tasks."""
    await asyncio.sleep(seconds)


def composite(window: QWidget, dialog: QWidget | None = None) -> QPixmap:
    """The window as the person sees it; a dialog is drawn centred over a dimmed window,
    because offscreen each top-level widget renders on its own."""
    shot = window.grab()
    if dialog is None:
        return shot
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(16, 24, 40, 110))
    top = dialog.grab()
    x = (shot.width() - top.width()) // 2
    y = max(0, (shot.height() - top.height()) // 2)
    painter.setPen(QColor("#98a2b3"))
    painter.drawRect(QRect(QPoint(x - 1, y - 1), top.size()))
    painter.drawPixmap(x, y, top)
    painter.end()
    return shot


class Tour:
    """Saves numbered screenshots into `folder`."""

    def __init__(
        self, folder: Path, audit: Callable[[list[QWidget]], list[str]] | None = None
    ) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.saved: list[Path] = []
        self.audit = audit
        self.problems: list[str] = []

    async def shot(self, name: str, window: QWidget, dialog: QWidget | None = None) -> Path:
        await settle()
        path = self.folder / f"{len(self.saved) + 1:02d}-{name}.png"
        if not composite(window, dialog).save(str(path)):
            raise TourFailed(f"could not write {path}")
        self.saved.append(path)
        log.info("tour: saved %s", path.name)
        if self.audit is not None:
            roots = [window] if dialog is None else [window, dialog]
            self.problems += [f"{path.stem}: {p}" for p in self.audit(roots)]
        return path

    def report_problems(self) -> None:
        """In the pseudo-locale: fail the tour on English or clipped text, listed in a file."""
        if self.audit is None:
            return
        settle = getattr(self.audit, "settle", None)
        if settle is not None:
            self.problems = settle(self.problems)
        if not self.problems:
            print(f"Language check: {len(self.saved)} screenshots, no English, nothing cut off")
            return
        report = self.folder / "language-problems.txt"
        report.write_text("\n".join(dict.fromkeys(self.problems)) + "\n", "utf-8")
        raise TourFailed(f"{len(set(self.problems))} language problems, listed in {report}")


async def run_tour(store_app: Any, folder: Path) -> int:
    """Drive the demo app through its screens. Returns the exit code."""
    try:
        saved = await _tour(store_app, folder)
    except Exception as exc:  # the tour reports, never hangs
        log.exception("tour failed")
        print(f"The tour stopped: {exc}")
        await store_app.stop()
        return 1
    await store_app.stop()
    print(f"Tour finished: {len(saved)} screenshots in {folder}")
    return 0


async def _tour(app: Any, folder: Path) -> list[Path]:
    tour = Tour(folder)
    code = await app.start(sync_first=False)
    tour.audit = _language_audit(app)
    if code is not None or app.shell is None:
        raise TourFailed("the app did not open its main window")
    shell = app.shell
    window = shell.window
    window.resize(*SMALL)

    people = app.demo_store.people
    manager = next(p for p in people if p.role == "manager")
    associate = next(p for p in people if p.role == "associate")
    await _setup_and_first_sync(tour, app, window)
    await _manager_signs_in(tour, shell, manager)
    await _manager_pages(tour, app, window)
    await _refused_change(tour, app, shell, window)
    await _dashboard_and_sizes(tour, shell, window)
    await _associate(tour, shell, manager, associate)
    await _odoo_away(tour, app, shell, window)
    tour.report_problems()
    return tour.saved


async def _setup_and_first_sync(tour: Tour, app: Any, window: QWidget) -> None:
    """1. Device setup as demo mode filled it in, tested; 2. the first sync, half-way."""
    from storeapp.ui.errors import ErrorPresenter
    from storeapp.ui.setup.view import SetupDialog

    shell = app.shell
    presenter = app.setup_presenter()
    dialog = SetupDialog(presenter, ErrorPresenter(interactive=False), app.effective_setup(), {})
    dialog.secret.setText(app.demo_store.api_key)
    dialog.resize(1040, 640)
    dialog.show()
    dialog.test()
    await wait_for("connection test", lambda: dialog.report is not None, 60)
    await tour.shot("device-setup", window, dialog)
    dialog.close()

    # 2. First sync, caught half-way.
    sync = asyncio.ensure_future(app.first_sync(show=True))
    first = await wait_for("first sync dialog", lambda: getattr(app, "first_sync_dialog", None))
    await wait_for("first sync progress", lambda: len(first.rows) >= 5 or sync.done(), 120)
    if not sync.done():
        await tour.shot("first-sync", window, first)
    problem = app.report_first_sync(await sync)
    if problem:
        raise TourFailed(problem)
    await app.refresh_identity_if_possible()
    await shell.status_now()


async def _manager_signs_in(tour: Tour, shell: Any, manager: Any) -> None:
    """3. Sign-in, the demo people listed with their PINs; 4. a wrong PIN, then the right one."""
    window = shell.window
    await wait_for("employees to sign in", lambda: shell.sign_in.model.rowCount() > 0, 30)
    await tour.shot("sign-in", window)

    # 4. A wrong PIN, then the right one.
    await _choose(shell, manager.name)
    shell.sign_in.pin.setText("0000" if manager.pin != "0000" else "9999")
    shell.sign_in.submit()
    await wait_for(
        "wrong PIN message",
        lambda: shell.sign_in.message.text() and shell.sign_in.message.property("level") == "error",
    )
    await tour.shot("sign-in-wrong-pin", window)
    shell.sign_in.pin.setText(manager.pin)
    shell.sign_in.submit()
    await wait_for("manager signed in", lambda: shell.session.employee is not None)


async def _manager_pages(tour: Tour, app: Any, window: QWidget) -> None:
    """5. Every page for the manager, then the Returns and Click & Collect walks."""
    shell = app.shell
    for key in ("click_collect", "returns", "counts", "approvals"):
        window.show_page(key)
        page = shell.pages[key]
        # Feature screens count their finished refreshes.
        ready = lambda p=page: getattr(p, "completed", 1)  # noqa: E731
        await wait_for(f"{key} figures", ready)
        await tour.shot(key.replace("_", "-"), window)

    # 5b. The returns screens: search, intake, approval needed, receipt, refusal.
    from storeapp.ui.returns.tour_steps import returns_steps

    await returns_steps(tour, app, window)

    # 5c. Click & Collect: queue, pick with a refused scan, short pick, ready, handover.
    from storeapp.ui.click_collect.tour_steps import click_collect_steps

    await click_collect_steps(tour, app, window)


async def _refused_change(tour: Tour, app: Any, shell: Any, window: QWidget) -> None:
    """6. A change Odoo refuses (validating an order cancelled in Odoo), parked; 7. the same
    screen on a large monitor."""
    from storeapp.offline.journal_models import OpState

    cancelled = await app.executors.run_db(_cancelled_order, app.cache)
    if cancelled is None:
        raise TourFailed("the demo store has no cancelled click-and-collect order to show")
    actor = shell.session.employee.actor
    await app.executors.run_db(
        app.outbox.enqueue,
        "picking.validate",
        {"picking_id": cancelled[0], "picking_name": cancelled[1]},
        f"picking:{cancelled[0]}",
        actor,
    )
    window.show_page("sync")
    await shell.outbox_presenter.sync_now()
    await wait_for(
        "the refused change to be parked",
        lambda: app.outbox.counts_by_state()[OpState.PARKED] > 0,
        60,
    )
    await shell.outbox_view.refresh()
    await shell.status_now()
    await tour.shot("sync-outbox-parked", window)

    # 7. The same screen on a large monitor.
    window.resize(*LARGE)
    await tour.shot("sync-outbox-1920", window)
    window.resize(*SMALL)


async def _dashboard_and_sizes(tour: Tour, shell: Any, window: QWidget) -> None:
    """7b. The dashboard; 7c. the main pages on a large monitor and with text at 150 %."""
    # 7b. The manager's dashboard, with that parked change among the figures.
    from storeapp.ui.dashboard.tour_steps import dashboard_steps

    await dashboard_steps(tour, shell, window, wait_for)

    # 7c. The main pages on a large monitor, then with text at 150 % (display.font_scale_percent)
    # on the smallest screen: nothing may be cut off or push the page sideways.
    await _pages_at(tour, shell, window, LARGE, "1920")
    from PySide6.QtWidgets import QApplication

    from storeapp.ui.shell import load_style

    load_style(QApplication.instance(), 1.5)
    try:
        await _pages_at(tour, shell, window, SMALL, "150pct")
    finally:
        load_style(QApplication.instance(), 1.0)
        window.resize(*SMALL)


async def _associate(tour: Tour, shell: Any, manager: Any, associate: Any) -> None:
    """8. An associate (no Approvals in the navigation), counting, a recount and the inbox."""
    window = shell.window
    shell.session.sign_out("switch")
    await _choose(shell, associate.name)
    shell.sign_in.pin.setText(associate.pin)
    shell.sign_in.submit()
    await wait_for("associate signed in", lambda: shell.session.employee is not None)
    window.show_page("click_collect")
    await tour.shot("associate-view", window)

    # Counting, a recount and the manager's inbox (storeapp/ui/counts/tour_steps.py).
    from storeapp.ui.counts.tour_steps import counts_tour

    await counts_tour(shell, tour, manager, associate)


async def _odoo_away(tour: Tour, app: Any, shell: Any, window: QWidget) -> None:
    """9. Odoo goes away: the status bar says so, work continues."""
    window.show_page("sync")
    app.demo_store.sim.down()
    try:
        # The engine calls a link offline after a few failed tries in a row, not at the first.
        for _ in range(5):
            await shell.outbox_presenter.sync_now()
            if app.engine.connectivity.state.value == "offline":
                break
        await wait_for("offline status", lambda: app.engine.connectivity.state.value == "offline")
        await shell.status_now()
        await tour.shot("offline", window)
    finally:
        app.demo_store.sim.up()


def _language_audit(app: Any) -> Callable[[list[QWidget]], list[str]] | None:
    """In the pseudo-locale, every screenshot is also checked for English and clipped text."""
    languages = getattr(app, "languages", None)
    if languages is None or languages.store_default != "pseudo":
        return None
    from storeapp.offline.returns_policy import SAMPLE
    from storeapp.ui import language_audit

    app_words = language_audit.vocabulary(languages.folder)
    # Store data that is in no database: the device login, the sample returns policy in force.
    fixed = {app.cfg.odoo.login} if getattr(app, "cfg", None) and app.cfg.odoo.login else set()
    fixed |= language_audit.document_phrases(SAMPLE.read_text("utf-8"))

    def data() -> set[str]:
        # The store's data as it is now (the first sync fills it during the tour).
        found = language_audit.data_phrases(app.data_dir / "cache.sqlite")
        return found | language_audit.data_phrases(app.data_dir / "journal.sqlite") | fixed

    return language_audit.LanguageAudit(app_words, data)


async def _pages_at(
    tour: Tour, shell: Any, window: QWidget, size: tuple[int, int], tag: str
) -> None:
    window.resize(*size)
    for key in ("click_collect", "returns", "counts", "dashboard"):
        if key in shell.window.visible_pages():
            window.show_page(key)
            await tour.shot(f"{key.replace('_', '-')}-{tag}", window)


async def _choose(shell: Any, name: str) -> None:
    view = shell.sign_in
    for row in range(view.model.rowCount()):
        if view.model.credential(row).name == name:
            view.choose(view.model.credential(row))
            return
    raise TourFailed(f"{name} is not on the sign-in list")


def _cancelled_order(cache: Any) -> tuple[int, str] | None:
    from sqlalchemy import select

    from storeapp.offline.cache_models import Picking

    with cache.read() as s:
        row = s.execute(
            select(Picking.id, Picking.name)
            .where(Picking.state == "cancel", Picking.picking_type_code == "outgoing")
            .limit(1)
        ).first()
    return (row[0], row[1]) if row else None
