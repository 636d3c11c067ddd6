"""Enrollment dialog: choose the employee, scan (or type) a badge, type the PIN twice."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storeapp.ui.enroll.presenter import Candidate, EnrollPresenter
from storeapp.ui.errors import ErrorPresenter
from storeapp.ui.outcome import show_outcome
from storeapp.ui.session import SignedInEmployee
from storeapp.ui.slots import asyncSlot


class EnrollDialog(QDialog):
    """`manager` is the signed-in manager vouching; None for IT enrolling the first manager."""

    enrolled = Signal(str)

    def __init__(
        self,
        presenter: EnrollPresenter,
        errors: ErrorPresenter,
        manager: SignedInEmployee | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enrollDialog")
        self.setWindowTitle(self.tr("Enroll an employee"))
        self.presenter = presenter
        self.errors = errors
        self.manager = manager
        first = manager is None
        self.first = first
        title = QLabel(
            self.tr("Enroll the first manager") if first else self.tr("Enroll an employee")
        )
        title.setObjectName("dialogTitle")
        hint = QLabel(
            self.tr(
                "IT enrolls the store's first manager with this PC's device key; that manager "
                "then enrolls everyone else."
            )
            if first
            else self.tr(
                "The employee types their own PIN while {name} is present. Scanning a badge is "
                "optional: without one, they choose their name to sign in."
            ).format(name=manager.name)
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.employee = QComboBox()
        self.employee.setAccessibleName(self.tr("Employee"))
        self.role = QLabel("")
        self.badge = QLineEdit()
        self.badge.setPlaceholderText(self.tr("scan the badge (optional)"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin_again = QLineEdit()
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again.setMaxLength(8)
        self.device_key = QLineEdit()
        self.device_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.device_key.setPlaceholderText(self.tr("the API key entered in Device setup"))
        self._manager_reset_fields()
        form = QFormLayout()
        form.addRow(self.tr("Employee"), self.employee)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Badge"), self.badge)
        form.addRow(self.tr("PIN (4–8 digits, managers 6–8)"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        if first:
            form.addRow(self.tr("Device key (IT)"), self.device_key)
        else:
            form.addRow(self.tr("Their current PIN"), self.current_pin)
            form.addRow(self.tr("…or a second manager"), self.second_manager)
            form.addRow(self.tr("Second manager's PIN"), self.second_pin)
        self.form = form
        self.message = QLabel("")
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Enroll"))
        self.save_button.setObjectName("primaryButton")
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.employee.currentIndexChanged.connect(self._chosen)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.accept)
        self.pin_again.returnPressed.connect(self.save)

    @asyncSlot()
    async def load(self) -> None:
        try:
            people = await self.presenter.candidates()
        except Exception as exc:
            self.errors.show(exc, self.tr("Reading the store's employees"))
            return
        managers = None if self.first else await self.presenter.managers()
        # Nothing is awaited from here on: the list is never seen half filled.
        self.employee.clear()
        if managers is not None:
            self._second_managers(managers)
        for c in people:
            if self.manager is None and c.role != "manager":
                continue
            mark = self.tr(" — already enrolled") if c.enrolled else ""
            self.employee.addItem(f"{c.name}{mark}", c)
        if self.employee.count() == 0:
            self.message.setText(
                self.tr(
                    "No employees of this store are on this PC yet: run a sync with Odoo first."
                )
            )
        self._chosen()

    def _manager_reset_fields(self) -> None:
        """Re-enrolling someone who is already a manager here needs their current PIN, or a
        second manager's (EnrollPresenter.manager_reset_refused): shown only then."""
        self.current_pin = QLineEdit()
        self.current_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_pin.setMaxLength(8)
        self.second_manager = QComboBox()
        self.second_manager.setAccessibleName(self.tr("Second manager"))
        self.second_pin = QLineEdit()
        self.second_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.second_pin.setMaxLength(8)

    def _show_manager_reset(self, shown: bool) -> None:
        if self.first:
            return
        for field in (self.current_pin, self.second_manager, self.second_pin):
            self.form.setRowVisible(field, shown)

    def _second_managers(self, managers: list) -> None:  # list of Credential
        self.second_manager.clear()
        self.second_manager.addItem(self.tr("(none)"), None)
        me = self.manager.employee_id if self.manager else None
        for cred in managers:
            if cred.employee_id != me:
                self.second_manager.addItem(cred.name, cred.employee_id)

    def _chosen(self, *_: object) -> None:
        c: Candidate | None = self.employee.currentData()
        self._show_manager_reset(bool(c and c.role == "manager" and c.enrolled))
        if c is None:
            self.role.setText("")
            return
        role = self.tr("Manager") if c.role == "manager" else self.tr("Associate")
        self.role.setText(f"{role} ({c.job_title})" if c.job_title else role)

    def _second_manager_pin(self) -> tuple[int, str] | None:
        chosen = self.second_manager.currentData()
        return (int(chosen), self.second_pin.text()) if chosen and self.second_pin.text() else None

    def badge_scanned(self, code: str) -> None:
        if self.isVisible():
            self.badge.setText(code)
            self.pin.setFocus()

    @asyncSlot()
    async def save(self) -> None:
        who = self.employee.currentData()
        if who is None:
            return
        self.save_button.setEnabled(False)
        try:
            result = await self.presenter.enroll(
                who,
                badge=self.badge.text(),
                pin=self.pin.text(),
                pin_again=self.pin_again.text(),
                manager=self.manager,
                device_key=self.device_key.text(),
                current_pin=self.current_pin.text(),
                second_manager=self._second_manager_pin(),
            )
        except Exception as exc:
            self.errors.show(exc, self.tr("Enrolling"))
            return
        finally:
            self.save_button.setEnabled(True)
        show_outcome(self.message, result)
        self.pin.clear()
        self.pin_again.clear()
        self.current_pin.clear()
        self.second_pin.clear()
        if result.ok:
            self.badge.clear()
            self.device_key.clear()
            self.enrolled.emit(who.name)
            await self.load()
