"""The app shell assembled: sign-in in front, main window behind, status always visible.

`Shell` takes already-open services (stores, outbox, sync link) and builds every screen and
connection between them, so the composition root (storeapp/app.py), the tour, the startup bench
and the UI tests all get the same window. Nothing here opens files or talks to Odoo directly.
"""

from __future__ import annotations

import asyncio
import logging
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from storeapp.offline import store_figures
from storeapp.offline.odoo_key import days_left_to_warn, load_key_expiry
from storeapp.sync.connectivity import answering
from storeapp.ui.approvals import screen as approvals_screen
from storeapp.ui.background import Work
from storeapp.ui.click_collect import screen as click_collect_screen
from storeapp.ui.counts import screen as counts_screen
from storeapp.ui.dashboard import screen as dashboard_screen
from storeapp.ui.errors import ErrorPresenter
from storeapp.ui.main_window import MainWindow, PageSpec
from storeapp.ui.outbox import screen as outbox_screen
from storeapp.ui.returns import screen as returns_screen
from storeapp.ui.scanner import ScannerFilter
from storeapp.ui.screen import BuildScreen, ShellDeps
from storeapp.ui.session import Session
from storeapp.ui.signals import AppSignals
from storeapp.ui.signin.presenter import SignInPresenter
from storeapp.ui.signin.view import SignInView
from storeapp.ui.statusbar import ShellStatus, ShellStatusBar

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
BASE_POINT_SIZE = 11.0  # the style sheet's base size; widgets it does not style use it too


def resource(name: str) -> Path:
    return RESOURCES / name


def icon(name: str) -> QIcon:
    return QIcon(str(resource(f"icons/{name}")))


_SIZES = re.compile(r"(font-size|min-height|min-width|max-width):\s*(\d+(?:\.\d+)?)(pt|px)")


def scaled(qss: str, scale: float) -> str:
    """The style sheet with every text size (and the minimum sizes of the controls that hold
    text) multiplied by `scale`: the one place a font size is set, so all of it grows."""
    if scale == 1:
        return qss

    def grow(match: re.Match[str]) -> str:
        prop, value, unit = match.groups()
        return f"{prop}: {float(value) * scale:g}{unit}"

    return _SIZES.sub(grow, qss)


def style_sheet(font_scale: float = 1.0, high_contrast: bool = False) -> str:
    """The app's style sheet, at `font_scale` (1.0–2.0), with the high-contrast theme on top."""
    names = ["style.qss", *(["high_contrast.qss"] if high_contrast else [])]
    return scaled("\n".join(resource(n).read_text(encoding="utf-8") for n in names), font_scale)


def load_style(app: QApplication, font_scale: float = 1.0, high_contrast: bool = False) -> None:
    try:
        app.setStyleSheet(style_sheet(font_scale, high_contrast))
    except OSError as exc:  # a missing style sheet leaves a plain but usable app
        log.warning("style sheet not loaded: %s", exc)
    font = app.font()
    font.setPointSizeF(BASE_POINT_SIZE * font_scale)
    app.setFont(font)


class Shell(QObject):
    """Owns the window and the wiring. `start()` shows it."""

    def __init__(self, deps: ShellDeps) -> None:
        super().__init__()
        self.deps = deps
        self.work = Work(deps.executors)  # the shell's own reads (the status bar)
        self.signals = AppSignals(self)
        self.session = Session(deps.auto_lock_minutes, self)
        self.scanner = ScannerFilter(self)
        self.status = ShellStatus()
        self.connectivity = ("unknown", "")
        self.status_bar = ShellStatusBar(
            lambda: self.status,
            lambda: self.session.employee.name if self.session.employee else None,
        )
        self.window = MainWindow(self.status_bar, deps.store_name, icons=icon)
        self.window.setWindowIcon(icon("app.svg"))
        self.errors = ErrorPresenter(self.window, interactive=deps.interactive_errors)

        signin_presenter = SignInPresenter(
            deps.credentials, deps.executors, deps.policy, deps.badge_key
        )
        self.sign_in = SignInView(
            signin_presenter,
            self.errors,
            store_name=deps.store_name,
            demo_people=deps.demo_people,
        )
        self.window.set_sign_in(self.sign_in)

        self.pages: dict[str, QWidget] = {}
        for spec, build in self._screens():
            self.pages[spec.key] = build(self)
            self.window.add_page(spec, self.pages[spec.key])

        # Wiring: one signal per kind of change, every view refreshes itself.
        self.languages = deps.languages
        if self.languages is not None:
            # First: every screen that follows the sign-in already speaks the person's language.
            self.sign_in.offer_languages(self.languages)
            self.session.signed_in.connect(self._speak_for)
            self.session.signed_out.connect(self._speak_store_default)
        self.sign_in.signed_in.connect(self.session.sign_in)
        self.session.signed_in.connect(self.window.signed_in)
        self.session.signed_in.connect(self.signals.employee_signed_in)
        self.session.signed_out.connect(self.window.signed_out)
        self.session.signed_out.connect(lambda *_: self.signals.employee_signed_out.emit())
        self.window.sign_out_requested.connect(lambda: self.session.sign_out("switch"))
        self.scanner.scanned.connect(self.sign_in.badge_scanned)
        for signal in (
            self.signals.operation_executed,
            self.signals.op_done,
            self.signals.op_parked,
            self.signals.data_refreshed,
        ):
            signal.connect(self.refresh_current)
            signal.connect(self.refresh_status)
        self.signals.connectivity_changed.connect(self._connectivity_changed)
        self.signals.barcode_arrived.connect(self._barcode_arrived)
        if deps.sync is not None and getattr(deps.sync, "events", None) is not None:
            self.signals.attach(deps.sync.events)
        if deps.enroll is not None:
            self.window.enable_enrollment(True)
            self.sign_in.local_enrollment = True
            self.window.enroll_requested.connect(lambda: self.open_enrollment(first=False))
            self.window.employees_requested.connect(self.open_employees)
            self.sign_in.first_manager_requested.connect(lambda: self.open_enrollment(first=True))
            self.scanner.scanned.connect(self._enrollment_scan)
        self.enroll_dialog = None
        self.employees_dialog = None
        # A manager's dialog must not outlive the manager's session (switch or idle lock).
        self.session.signed_out.connect(self._close_manager_dialogs)
        if deps.open_setup is not None:
            self.window.enable_setup(True)
            self.window.setup_requested.connect(self._open_setup)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(10_000)
        self._status_timer.timeout.connect(self.refresh_status)

    def _screens(self) -> list[tuple[PageSpec, BuildScreen]]:
        """Every feature screen, in navigation order: its entry and its `screen.build`."""
        return [
            (
                PageSpec("click_collect", self.tr("Click & Collect"), "click_collect.svg"),
                click_collect_screen.build,
            ),
            (PageSpec("returns", self.tr("Returns"), "returns.svg"), returns_screen.build),
            (PageSpec("counts", self.tr("Counts"), "counts.svg"), counts_screen.build),
            (
                PageSpec("approvals", self.tr("Approvals"), "approvals.svg", manager_only=True),
                approvals_screen.build,
            ),
            (
                PageSpec("dashboard", self.tr("Dashboard"), "dashboard.svg", manager_only=True),
                dashboard_screen.build,
            ),
            (PageSpec("sync", self.tr("Sync & outbox"), "sync.svg"), outbox_screen.build),
        ]

    @property
    def click_collect(self) -> QWidget:
        return self.pages["click_collect"]

    @property
    def outbox_view(self) -> QWidget:
        return self.pages["sync"]

    @property
    def outbox_presenter(self) -> Any:
        return self.outbox_view.presenter

    # ------------------------------------------------------------------ lifecycle

    def set_store_name(self, name: str) -> None:
        """Show the store's name from Odoo in the header, the title and the sign-in screen."""
        self.window.set_store_name(name)
        self.sign_in.store_label.setText(name)

    def start(self) -> None:
        app = QApplication.instance()
        app.installEventFilter(self.session)
        app.installEventFilter(self.scanner)
        self.window.show()
        self.sign_in.reload()
        self.refresh_status()
        self._status_timer.start()

    def stop(self) -> None:
        self._status_timer.stop()
        # Work still running has no screen to show its result on (writes handed over finish).
        self.work.close()
        for page in self.pages.values():
            presenter = getattr(page, "presenter", None)
            work = getattr(presenter, "work", None)
            if work is not None:
                work.close()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.session)
            app.removeEventFilter(self.scanner)

    def _speak_for(self, employee: Any) -> None:
        self.languages.apply(self.languages.for_person(employee.employee_id))

    def _speak_store_default(self, *_: object) -> None:
        self.languages.apply(self.languages.store_default)

    def _open_setup(self) -> None:
        employee = self.session.employee
        if employee is not None and employee.is_manager and self.deps.open_setup is not None:
            asyncio.ensure_future(self.deps.open_setup())

    # ------------------------------------------------------------------ enrollment

    def open_enrollment(self, first: bool) -> None:
        from storeapp.ui.enroll.view import EnrollDialog

        manager = None if first else self.session.employee
        if not first and (manager is None or not manager.is_manager):
            return
        dialog = EnrollDialog(self.deps.enroll, self.errors, manager, self.window)
        dialog.enrolled.connect(lambda _name: self.sign_in.reload())
        dialog.finished.connect(lambda _r: setattr(self, "enroll_dialog", None))
        dialog.finished.connect(lambda _r: self.deps.enroll.work.close())
        self.enroll_dialog = dialog
        dialog.show()
        dialog.load()

    def open_employees(self) -> None:
        """Managers: the people enrolled on this PC (deactivate, reset a PIN)."""
        from storeapp.ui.employees.presenter import EmployeesPresenter
        from storeapp.ui.employees.view import EmployeesDialog

        manager = self.session.employee
        if manager is None or not manager.is_manager:
            return
        presenter = EmployeesPresenter(self.deps.credentials, self.deps.executors)
        dialog = EmployeesDialog(presenter, self.errors, manager, self.window)
        dialog.changed.connect(self.sign_in.reload)
        dialog.finished.connect(lambda _r: setattr(self, "employees_dialog", None))
        dialog.finished.connect(lambda _r: presenter.work.close())
        self.employees_dialog = dialog
        dialog.show()
        dialog.load()

    def _close_manager_dialogs(self, *_: object) -> None:
        if self.enroll_dialog is not None and self.enroll_dialog.manager is not None:
            self.enroll_dialog.close()
        if self.employees_dialog is not None:
            self.employees_dialog.close()

    def _enrollment_scan(self, code: str) -> None:
        if self.enroll_dialog is not None:
            self.enroll_dialog.badge_scanned(code)

    # ------------------------------------------------------------------ status

    def _compute_status(self) -> ShellStatus:
        backlog = self.deps.outbox.backlog()
        facts = store_figures.cache_facts(self.deps.cache)
        state, reason = self.connectivity
        return ShellStatus(
            connectivity=state,
            queue_depth=backlog.to_send,
            parked=backlog.parked,
            oldest_pending_at=backlog.oldest_created_at,
            last_sync_at=facts.last_sync_at,
            detail=reason,
            key_days_left=days_left_to_warn(load_key_expiry(self.deps.journal), datetime.now(UTC)),
        )

    async def status_now(self) -> ShellStatus:
        if self.deps.sync is not None:
            self.connectivity = self.deps.sync.connectivity()
        self.status = await self.work.db(self._compute_status)
        self.status_bar.show_status(self.status)
        return self.status

    def refresh_status(self, *_: object) -> None:
        asyncio.ensure_future(self._refresh_status_safely())

    async def _refresh_status_safely(self) -> None:
        try:
            await self.status_now()
        except Exception:  # a status refresh must never bother people with a dialog
            log.exception("status refresh failed")

    def online(self) -> bool:
        """Odoo answers (storeapp.sync.connectivity.answering): the one meaning every
        screen gives to "online"."""
        return answering(self.connectivity[0])

    def _connectivity_changed(self, change: object) -> None:
        new = getattr(change, "new", None)
        if new:
            self.connectivity = (new, getattr(change, "reason", ""))
        self.refresh_status()

    def _barcode_arrived(self, arrived: object) -> None:
        """A barcode that found nothing earlier now does (the products were pulled for it)."""
        text = self.tr("{product} has arrived from Odoo: scan {barcode} again.").format(
            product=getattr(arrived, "product_name", ""), barcode=getattr(arrived, "barcode", "")
        )
        self.status_bar.showMessage(text, 60_000)

    def refresh_current(self, *_: object) -> None:
        key = self.window.current_page()
        widget = self.window.pages.get(key) if key else None
        refresh = getattr(widget, "refresh", None)
        if callable(refresh) and self.session.employee is not None:
            refresh()
