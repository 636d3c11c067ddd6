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
from qasync import asyncSlot

from storeapp.ui.enroll.presenter import Candidate, EnrollPresenter
from storeapp.ui.errors import ErrorPresenter
from storeapp.ui.session import SignedInEmployee


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
        form = QFormLayout()
        form.addRow(self.tr("Employee"), self.employee)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Badge"), self.badge)
        form.addRow(self.tr("PIN (4–8 digits)"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        if first:
            form.addRow(self.tr("Device key (IT)"), self.device_key)
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
        except Exception as exc:  # noqa: BLE001
            self.errors.show(exc, self.tr("Reading the store's employees"))
            return
        self.employee.clear()
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

    def _chosen(self, *_: object) -> None:
        c: Candidate | None = self.employee.currentData()
        if c is None:
            self.role.setText("")
            return
        role = self.tr("Manager") if c.role == "manager" else self.tr("Associate")
        self.role.setText(f"{role} ({c.job_title})" if c.job_title else role)

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
            )
        except Exception as exc:  # noqa: BLE001
            self.errors.show(exc, self.tr("Enrolling"))
            return
        finally:
            self.save_button.setEnabled(True)
        self.message.setText(result.message)
        self.message.setProperty("level", "ok" if result.ok else "error")
        self.message.style().polish(self.message)
        self.pin.clear()
        self.pin_again.clear()
        if result.ok:
            self.badge.clear()
            self.device_key.clear()
            self.enrolled.emit(who.name)
            await self.load()
