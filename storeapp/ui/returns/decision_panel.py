"""The card beside the lines of a return: the policy's decision in plain words, and the four
ways on from it (confirm, ask a manager, refuse and record, start over).

It shows what the presenter decided and nothing else; `ReturnsView` connects the buttons. Its
texts keep the Returns screen's translation context, where the translators have them.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout

from storeapp.core.policy import Decision, Finding, Level
from storeapp.ui.language import money_text, translated
from storeapp.ui.returns.model import LEVEL_COLOURS
from storeapp.ui.returns.presenter import level_label
from storeapp.ui.shortcuts import FINISH, give_shortcut

MUTED = "#475467"  # an allowed finding: said, but not as a warning


def tr(text: str) -> str:
    return QCoreApplication.translate("ReturnsView", text)


class DecisionPanel(QFrame):
    """Title (the level), refund value, the reasons line by line, the policy in force."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        # 280 px, wider only when a translated button needs it.
        self.setMinimumWidth(280)
        self.setMaximumWidth(420)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.title = QLabel("")
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self.total = QLabel("")
        self.total.setWordWrap(True)
        self.reasons = QLabel("")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.policy = QLabel("")
        self.policy.setObjectName("hint")
        self.policy.setWordWrap(True)
        self.confirm_button = QPushButton(tr("Confirm return"))
        give_shortcut(self.confirm_button, FINISH)
        self.confirm_button.setObjectName("primaryButton")
        self.override_button = QPushButton(tr("Manager approval…"))
        self.refuse_button = QPushButton(tr("Refuse and record"))
        self.refuse_button.setObjectName("dangerButton")
        self.cancel_button = QPushButton(tr("Start over"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.total)
        layout.addWidget(self.reasons, 1)
        layout.addWidget(self.policy)
        for button in (
            self.confirm_button,
            self.override_button,
            self.refuse_button,
            self.cancel_button,
        ):
            layout.addWidget(button)

    def show_decision(
        self,
        decision: Decision | None,
        currency: str | None,
        *,
        can_confirm: bool,
        can_override: bool,
    ) -> None:
        if decision is None:
            self.title.setText(tr("Nothing chosen yet"))
            self.title.setStyleSheet("")
            self.total.setText("")
            self.reasons.setText(
                tr("Set the quantity coming back on a line to see what the policy says.")
            )
            self.policy.setText("")
        else:
            self.title.setText(level_label(decision.level))
            self.title.setStyleSheet(f"color: {LEVEL_COLOURS[decision.level]};")
            self.total.setText(
                tr("Refund value: {amount}").format(
                    amount=money_text(decision.total_value, currency)
                )
            )
            self.reasons.setText("".join(self._reason(f) for f in _worst_first(decision)))
            state = tr("online") if decision.online else tr("offline rules")
            self.policy.setText(
                tr("Policy {version}, {state}").format(version=decision.policy_version, state=state)
            )
        self.confirm_button.setEnabled(can_confirm)
        self.override_button.setEnabled(can_override)
        self.override_button.setVisible(decision is None or not decision.allowed)
        self.refuse_button.setEnabled(decision is not None)

    @staticmethod
    def _reason(finding: Finding) -> str:
        """One finding as one paragraph of the card."""
        where = ""
        if finding.line_index is not None:
            where = tr("line {n}: ").format(n=finding.line_index + 1)
        colour = LEVEL_COLOURS[finding.level] if finding.level is not Level.ALLOW else MUTED
        mark = "✓" if finding.level is Level.ALLOW else "!"
        text = html.escape(translated(finding.message))
        return f"<p style='margin:2px 0; color:{colour}'>{mark} {where}{text}</p>"


def _worst_first(decision: Decision) -> list[Finding]:
    return sorted(decision.all_findings(), key=lambda f: -f.level.rank)
