"""Manager approval at the till: badge or name + PIN, and a note, for one return.

The manager comes to the PC and approves in person; the PIN is checked (with the same
lockout as sign-in) and the manager must not be the person who took the return. The dialog
only collects and checks; saving the return is the presenter's job.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from storeapp.ui.language import translated
from storeapp.ui.outcome import Outcome, show_outcome
from storeapp.ui.returns.presenter import IntakeError, ReturnsPresenter
from storeapp.ui.session import SignedInEmployee
from storeapp.ui.signin.presenter import SignInPresenter
from storeapp.ui.slots import asyncSlot


class OverrideDialog(QDialog):
    """Collects the approving manager; `approver` and `note` are set when accepted."""

    def __init__(
        self,
        signin: SignInPresenter,
        presenter: ReturnsPresenter,
        actor: SignedInEmployee,
        reasons: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(self.tr("Manager approval"))
        self.signin = signin
        self.presenter = presenter
        self.actor = actor
        self.approver: SignedInEmployee | None = None
        self.note_text = ""

        title = QLabel(self.tr("A manager must approve this return"))
        title.setObjectName("dialogTitle")
        why = QLabel("\n".join(f"• {translated(r)}" for r in reasons))
        why.setWordWrap(True)
        self.manager = QComboBox()
        self.manager.setAccessibleName(self.tr("Manager"))
        self.badge = QLineEdit()
        self.badge.setPlaceholderText(self.tr("or scan the manager's badge"))
        self.pin = QLineEdit()
        self.pin.setObjectName("pinField")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Why the return is accepted (kept with the return)"))
        self.note.setFixedHeight(72)
        self.message = QLabel("")
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Manager"), self.manager)
        form.addRow("", self.badge)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox()
        self.approve_button = buttons.addButton(
            self.tr("Approve return"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.approve_button.setObjectName("primaryButton")
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.approve)
        buttons.rejected.connect(self.reject)
        self.badge.returnPressed.connect(self.badge_entered)
        self.pin.returnPressed.connect(self.approve)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(why)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, 420)

    async def load_managers(self) -> None:
        people = await self.signin.employees()
        self.manager.clear()
        for cred in people:
            if cred.role == "manager" and cred.employee_id != self.actor.employee_id:
                self.manager.addItem(cred.name, cred.employee_id)
        if self.manager.count() == 0:
            self._say(
                self.tr(
                    "No other manager can sign in on this PC. Refuse the return or call a manager."
                )
            )

    def _say(self, text: str, level: str = "error") -> None:
        show_outcome(self.message, Outcome(level, text))

    @asyncSlot()
    async def badge_entered(self) -> None:
        cred = await self.signin.find_badge(self.badge.text())
        self.badge.clear()
        if cred is None:
            self._say(self.tr("This badge is not known on this PC."))
            return
        index = self.manager.findData(cred.employee_id)
        if index < 0:
            self._say(self.tr("{name} cannot approve this return.").format(name=cred.name))
            return
        self.manager.setCurrentIndex(index)
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    @asyncSlot()
    async def approve(self) -> None:
        manager_id = self.manager.currentData()
        if manager_id is None:
            self._say(self.tr("Choose the manager who approves."))
            return
        result = await self.signin.submit_pin(int(manager_id), self.pin.text())
        self.pin.clear()
        if not result.ok or result.employee is None:
            self._say(result.message)
            return
        note = self.note.toPlainText()
        try:
            self.presenter.check_approver(self.actor, result.employee, note)
        except IntakeError as error:
            show_outcome(self.message, error.outcome)
            return
        self.approver = result.employee
        self.note_text = note.strip()
        self.accept()
