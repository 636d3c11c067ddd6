"""The main window: left navigation, one page per store job, the shared status bar.

Pages are registered by key: the shell adds each feature screen with its `PageSpec`. Approvals
and the dashboard are for managers only: their navigation entries are hidden for associates, not
just disabled, so nobody wonders why.
The sign-in screen sits in front of everything while nobody is signed in.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from storeapp.ui.session import SignedInEmployee
from storeapp.ui.statusbar import ShellStatusBar


@dataclass(frozen=True)
class PageSpec:
    """A navigation entry: key, title, icon, and whether only managers see it."""

    key: str
    title: str
    icon: str  # file name in resources/icons
    manager_only: bool = False


class MainWindow(QMainWindow):
    """Navigation + pages + sign-in overlay + status bar."""

    page_shown = Signal(str)
    sign_out_requested = Signal()
    enroll_requested = Signal()
    employees_requested = Signal()
    setup_requested = Signal()

    def __init__(self, status_bar: ShellStatusBar, store_name: str, icons=None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("storeapp — {store}").format(store=store_name))
        self.icons = icons
        self.specs: dict[str, PageSpec] = {}
        self.pages: dict[str, QWidget] = {}
        # Each page sits in a scroll area: no page can make the window taller than a 1366x768
        # screen; a page that needs more room scrolls instead of pushing the status bar away.
        self.holders: dict[str, QScrollArea] = {}
        self.employee: SignedInEmployee | None = None

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")

        brand = QLabel(self.tr("storeapp"))
        brand.setObjectName("brand")
        self.store_label = QLabel(store_name)
        self.store_label.setObjectName("storeName")
        self.store_label.setWordWrap(True)
        self.who = QLabel("")
        self.who.setObjectName("navEmployee")
        self.who.setWordWrap(True)
        self.switch_button = QPushButton(self.tr("Switch employee"))
        self.switch_button.setObjectName("navButton")
        self.switch_button.setToolTip(
            self.tr("Lock the screen so someone else can sign in (Ctrl+L)")
        )
        side = QWidget()
        side.setObjectName("sidebar")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(12, 16, 12, 12)
        side_layout.addWidget(brand)
        side_layout.addWidget(self.store_label)
        side_layout.addSpacing(12)
        side_layout.addWidget(self.nav, 1)
        self.enroll_button = QPushButton(self.tr("Enroll employee"))
        self.enroll_button.setObjectName("navButton")
        self.enroll_button.setToolTip(self.tr("Set a badge and PIN for an employee on this PC"))
        self.enroll_button.setVisible(False)
        self.enrollment_enabled = False
        self.employees_button = QPushButton(self.tr("Employees"))
        self.employees_button.setObjectName("navButton")
        self.employees_button.setToolTip(
            self.tr("Who is enrolled on this PC: deactivate someone, reset a PIN")
        )
        self.employees_button.setVisible(False)
        self.setup_button = QPushButton(self.tr("Device setup"))
        self.setup_button.setObjectName("navButton")
        self.setup_button.setToolTip(self.tr("Odoo address, device key and store of this PC"))
        self.setup_button.setVisible(False)
        self.setup_enabled = False
        side_layout.addWidget(self.who)
        side_layout.addWidget(self.enroll_button)
        side_layout.addWidget(self.employees_button)
        side_layout.addWidget(self.setup_button)
        side_layout.addWidget(self.switch_button)
        # Its width is in the style sheet (#sidebar), so it grows with the font scale; a longer
        # translation of a button widens it instead of being cut off (the list never does).
        side.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.nav.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)

        self.signin_holder = QStackedWidget()
        self.signin_holder.setObjectName("signInHolder")
        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        body_layout.addWidget(side)
        body_layout.addWidget(self.stack, 1)
        self.shell = QStackedWidget()
        self.shell.addWidget(self.signin_holder)  # 0: sign-in
        self.shell.addWidget(body)  # 1: the app
        self.setCentralWidget(self.shell)
        self.status = status_bar
        self.setStatusBar(status_bar)

        self.nav.currentItemChanged.connect(self._nav_changed)
        self.switch_button.clicked.connect(self.sign_out_requested)
        self.enroll_button.clicked.connect(self.enroll_requested)
        self.employees_button.clicked.connect(self.employees_requested)
        self.setup_button.clicked.connect(self.setup_requested)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.sign_out_requested.emit)
        for n in range(1, 10):
            QShortcut(QKeySequence(f"Ctrl+{n}"), self, activated=lambda n=n: self._go_to_row(n - 1))

    def set_store_name(self, name: str) -> None:
        """The store as Odoo names it, once known (a provisioned PC starts with its code)."""
        self.setWindowTitle(self.tr("storeapp — {store}").format(store=name))
        self.store_label.setText(name)

    # ------------------------------------------------------------------ pages

    @staticmethod
    def _holder(widget: QWidget) -> QScrollArea:
        holder = QScrollArea()
        holder.setObjectName("pageHolder")
        holder.setWidgetResizable(True)
        holder.setFrameShape(QScrollArea.Shape.NoFrame)
        holder.setWidget(widget)
        return holder

    def add_page(self, spec: PageSpec, widget: QWidget) -> None:
        self.specs[spec.key] = spec
        self.pages[spec.key] = widget
        self.holders[spec.key] = self._holder(widget)
        self.stack.addWidget(self.holders[spec.key])
        item = QListWidgetItem(spec.title)
        item.setData(Qt.ItemDataRole.UserRole, spec.key)
        item.setSizeHint(QSize(200, 48))
        if self.icons is not None:
            item.setIcon(self.icons(spec.icon))
        else:
            item.setIcon(QIcon())
        self.nav.addItem(item)
        self._apply_roles()

    def set_sign_in(self, widget: QWidget) -> None:
        self.signin_holder.addWidget(widget)
        self.signin_holder.setCurrentWidget(widget)

    def visible_pages(self) -> list[str]:
        keys = []
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if not item.isHidden():
                keys.append(item.data(Qt.ItemDataRole.UserRole))
        return keys

    def show_page(self, key: str) -> None:
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key and not item.isHidden():
                self.nav.setCurrentRow(row)
                return
        raise KeyError(f"page {key!r} is not available to the signed-in employee")

    def current_page(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _go_to_row(self, visible_index: int) -> None:
        keys = self.visible_pages()
        if self.employee is not None and 0 <= visible_index < len(keys):
            self.show_page(keys[visible_index])

    def _nav_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is None:
            return
        key = current.data(Qt.ItemDataRole.UserRole)
        widget = self.pages[key]
        self.stack.setCurrentWidget(self.holders[key])
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()
        self.page_shown.emit(key)

    # ------------------------------------------------------------------ who

    def signed_in(self, employee: SignedInEmployee) -> None:
        self.employee = employee
        role = self.tr("Manager") if employee.is_manager else self.tr("Associate")
        self.who.setText(f"{employee.name}\n{role}")
        self._apply_roles()
        self.shell.setCurrentIndex(1)
        current = self.current_page()
        if current is None or current not in self.visible_pages():
            self.nav.setCurrentRow(0)
        self.nav.setFocus()
        self.status.refresh()

    def signed_out(self, *_: object) -> None:
        self.employee = None
        self.who.setText("")
        self.shell.setCurrentIndex(0)
        self._apply_roles()
        self.status.refresh()
        holder = self.signin_holder.currentWidget()
        if holder is not None:
            reload = getattr(holder, "reload", None)
            if callable(reload):
                reload()

    def enable_setup(self, enabled: bool) -> None:
        """Managers may reopen Device setup (a new API key, another store)."""
        self.setup_enabled = enabled
        self._apply_roles()

    def enable_enrollment(self, enabled: bool) -> None:
        """Local enrollment mode: managers get the Enroll employee button."""
        self.enrollment_enabled = enabled
        self._apply_roles()

    def _apply_roles(self) -> None:
        manager = self.employee is not None and self.employee.is_manager
        self.enroll_button.setVisible(self.enrollment_enabled and manager)
        self.employees_button.setVisible(self.enrollment_enabled and manager)
        self.setup_button.setVisible(self.setup_enabled and manager)
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            spec = self.specs[item.data(Qt.ItemDataRole.UserRole)]
            item.setHidden(spec.manager_only and not manager)
