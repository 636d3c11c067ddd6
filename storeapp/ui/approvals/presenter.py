"""The approval inbox without widgets: load the waiting decisions, approve or reject one or
many with a note. Works offline: decisions are journal writes, pushed to Odoo later."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from storeapp.core.actor import Actor
from storeapp.offline.approvals_repo import ApprovalItem, ApprovalsRepo, Decision
from storeapp.ui.background import Work
from storeapp.ui.executors import Executors
from storeapp.ui.session import SignedInEmployee


def tr(text: str) -> str:
    return QCoreApplication.translate("ApprovalsPresenter", text)


class NotAllowed(PermissionError):
    """The signed-in employee may not decide (the message says who can)."""


class ApprovalsPresenter:
    """Loads the inbox and records decisions for the signed-in manager."""

    def __init__(
        self,
        repo: ApprovalsRepo,
        executors: Executors,
        employee: Callable[[], SignedInEmployee | None],
    ) -> None:
        self.repo = repo
        self.executors = executors
        self.work = Work(executors)
        self.employee = employee
        self.items: list[ApprovalItem] = []

    def _manager(self) -> Actor:
        who = self.employee()
        if who is None or not who.is_manager:
            raise NotAllowed(
                tr("Only a manager can approve or reject adjustments. Ask a manager to sign in.")
            )
        return who.actor

    async def load(self) -> list[ApprovalItem]:
        self.items = await self.work.db(self.repo.pending)
        return self.items

    def may_approve(self, item: ApprovalItem) -> bool:
        """False for the manager's own count or return: the button says so up front."""
        who = self.employee()
        return who is not None and who.is_manager and who.employee_id not in item.counter_ids

    async def approve(self, op_uuids: Sequence[str], note: str = "") -> Decision:
        manager = self._manager()
        return await self.work.db(self.repo.approve, list(op_uuids), manager, note)

    async def reject(self, op_uuids: Sequence[str], note: str) -> Decision:
        manager = self._manager()
        if not note.strip():
            raise ValueError(
                tr("Write a note saying why it is rejected: the person who counted reads it.")
            )
        return await self.work.db(self.repo.reject, list(op_uuids), manager, note)

    @staticmethod
    def summary(decision: Decision, verb: str) -> tuple[str, str]:
        """(level, text) for the screen after a decision."""
        parts = []
        if decision.decided:
            parts.append(tr("{n} {verb}.").format(n=len(decision.decided), verb=verb))
        for _uuid, message in decision.refused:
            parts.append(message)
        level = (
            "error"
            if decision.refused and not decision.decided
            else ("warn" if decision.refused else "ok")
        )
        return level, "\n".join(parts) or tr("Nothing was selected.")
