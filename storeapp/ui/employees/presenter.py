"""Employee management without widgets: the list, deactivate and reset a PIN for a signed-in
manager, under storeapp/offline/employee_admin.py's rules (two-person rule for managers)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from storeapp.offline import employee_admin
from storeapp.offline.credentials_repo import CredentialsRepo
from storeapp.offline.employee_admin import AdminRefused, EnrolledPerson, SecondManager
from storeapp.ui.background import Work
from storeapp.ui.executors import Executors
from storeapp.ui.outcome import Outcome
from storeapp.ui.session import SignedInEmployee


def tr(text: str) -> str:
    return QCoreApplication.translate("Employees", text)


class EmployeesPresenter:
    def __init__(self, repo: CredentialsRepo, executors: Executors) -> None:
        self.repo = repo
        self.executors = executors
        self.work = Work(executors)

    async def people(self) -> list[EnrolledPerson]:
        return await self.work.db(employee_admin.list_people, self.repo)

    async def deactivate(
        self, who: EnrolledPerson, manager: SignedInEmployee, second: SecondManager | None
    ) -> Outcome:
        return await self._run(employee_admin.deactivate, who, manager, second)

    async def reset_pin(
        self, who: EnrolledPerson, manager: SignedInEmployee, second: SecondManager | None
    ) -> Outcome:
        return await self._run(employee_admin.reset_pin, who, manager, second)

    async def _run(self, action, who, manager, second) -> Outcome:
        def work() -> Outcome:
            try:
                said = action(
                    self.repo,
                    who.employee_id,
                    by=manager.actor,
                    by_role=manager.role,
                    second=second if who.role == "manager" else None,
                )
            except AdminRefused as refused:
                return Outcome("error", str(refused))
            return Outcome("ok", said)

        return await self.work.db(work)
