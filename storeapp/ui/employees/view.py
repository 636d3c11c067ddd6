"""Employees dialog: who is enrolled on this PC (never a PIN or badge), deactivate, reset a PIN.

Acting on a manager needs a second manager present: they choose themselves and type their PIN
in the dialog's confirmation fields."""

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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storeapp.offline.employee_admin import EnrolledPerson, SecondManager
from storeapp.ui.employees.presenter import EmployeesPresenter
from storeapp.ui.errors import ErrorPresenter
from storeapp.ui.outcome import Outcome, show_outcome
from storeapp.ui.session import SignedInEmployee
from storeapp.ui.slots import asyncSlot


class EmployeesDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        presenter: EmployeesPresenter,
        errors: ErrorPresenter,
        manager: SignedInEmployee,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("employeesDialog")
        self.setWindowTitle(self.tr("Employees on this PC"))
        self.presenter = presenter
        self.errors = errors
        self.manager = manager
        self.people: list[EnrolledPerson] = []
        title = QLabel(self.tr("Employees on this PC"))
        title.setObjectName("dialogTitle")
        hint = QLabel(
            self.tr(
                "Deactivate someone who left, or reset a forgotten PIN: they choose a new one at "
                "their next sign-in. For a manager, another manager (or that manager) confirms with their PIN."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Badge"),
                self.tr("Sign-in"),
                self.tr("Enrolled by"),
            ]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.second = QComboBox()
        self.second.setAccessibleName(self.tr("Second manager"))
        self.second_pin = QLineEdit()
        self.second_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.second_pin.setMaxLength(8)
        form = QFormLayout()
        form.addRow(self.tr("Confirming manager (for a manager)"), self.second)
        form.addRow(self.tr("Their PIN"), self.second_pin)
        self.message = QLabel("")
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("Reset PIN"))
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.deactivate_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumSize(640, 420)
        self.reset_button.clicked.connect(lambda: self.act("reset"))
        self.deactivate_button.clicked.connect(lambda: self.act("deactivate"))
        close.clicked.connect(self.accept)

    @asyncSlot()
    async def load(self) -> None:
        try:
            self.people = await self.presenter.people()
        except Exception as exc:  # every failure goes to the error presenter
            self.errors.show(exc, self.tr("Reading the employees on this PC"))
            return
        self.table.setRowCount(len(self.people))
        for row, p in enumerate(self.people):
            role = self.tr("Manager") if p.role == "manager" else self.tr("Associate")
            cells = [
                p.name,
                role,
                self.tr("yes") if p.has_badge else "",
                self.tr(p.status),
                p.enrolled_by,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.second.clear()
        for p in self.people:
            if p.role == "manager" and p.employee_id != self.manager.employee_id:
                self.second.addItem(p.name, p.employee_id)

    def select(self, name: str) -> None:
        for row, p in enumerate(self.people):
            if p.name == name:
                self.table.selectRow(row)

    def _selected(self) -> EnrolledPerson | None:
        rows = self.table.selectionModel().selectedRows()
        return self.people[rows[0].row()] if rows else None

    @asyncSlot()
    async def act(self, what: str) -> None:
        who = self._selected()
        if who is None:
            show_outcome(
                self.message, Outcome("error", self.tr("Choose a person in the list first."))
            )
            return
        second = None
        if self.second.currentData() is not None and self.second_pin.text():
            second = SecondManager(int(self.second.currentData()), self.second_pin.text())
        action = self.presenter.reset_pin if what == "reset" else self.presenter.deactivate
        try:
            result = await action(who, self.manager, second)
        except Exception as exc:
            self.errors.show(exc, self.tr("Changing a sign-in"))
            return
        finally:
            self.second_pin.clear()
        show_outcome(self.message, result)
        if result.ok:
            self.changed.emit()
            await self.load()
