"""Employee management for managers: the list (never a PIN), deactivate, reset a PIN with the
two-person rule for managers, and the person choosing a new PIN at their next sign-in."""

from __future__ import annotations

import pytest

from storeapp.core import identity
from storeapp.core.identity import LockoutPolicy
from storeapp.offline.credentials_repo import CredentialsRepo
from storeapp.offline.outbox import Actor
from storeapp.ui.employees.presenter import EmployeesPresenter
from storeapp.ui.employees.view import EmployeesDialog
from storeapp.ui.errors import ErrorPresenter
from storeapp.ui.session import SignedInEmployee
from storeapp.ui.signin.presenter import SignInPresenter

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

LEA = SignedInEmployee(21, "Lea Lead", "manager")


@pytest.fixture
def people(stores, memory_keyring):
    """Enrolled on a PC with a keyring: verifiers peppered and rows sealed, as in a store."""
    _cache, journal = stores
    repo = CredentialsRepo(journal)
    pepper = repo.pepper()
    for emp_id, name, role, pin, by in [
        (21, "Lea Lead", "manager", "212121", None),
        (22, "Tom Till", "associate", "2233", Actor(21, "Lea Lead")),
        (24, "Max Boss", "manager", "242424", Actor(21, "Lea Lead")),
        (25, "Ada Chief", "manager", "252525", Actor(21, "Lea Lead")),
    ]:
        repo.enroll(
            employee_id=emp_id,
            name=name,
            role=role,
            badge_hash=None,
            pin_verifier=identity.make_pin_verifier(pin, pepper),
            enrolled_by_id=by.id if by else None,
            enrolled_by=by,
        )
    return journal, repo


def _dialog(qtbot, qloop, until, journal, executors) -> EmployeesDialog:
    dialog = EmployeesDialog(
        EmployeesPresenter(CredentialsRepo(journal), executors),
        ErrorPresenter(interactive=False),
        LEA,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load()
    until(lambda: dialog.table.rowCount() == 4)
    return dialog


def test_reset_then_the_person_sets_a_new_pin_at_sign_in(qtbot, qloop, until, people, executors):
    journal, repo = people
    dialog = _dialog(qtbot, qloop, until, journal, executors)
    cells = {dialog.table.item(r, 0).text(): dialog.table.item(r, 3).text() for r in range(4)}
    assert cells["Tom Till"] == "can sign in"
    dialog.select("Tom Till")
    dialog.act("reset")
    until(lambda: "choose a new one" in dialog.message.text())
    until(
        lambda: (
            "sets a new PIN"
            in dialog.table.item(
                dialog.people.index(next(p for p in dialog.people if p.name == "Tom Till")), 3
            ).text()
        )
    )

    signin = SignInPresenter(repo, executors, LockoutPolicy(), lambda: None)
    names = [c.name for c in qloop.run_until_complete(signin.employees())]
    assert "Tom Till" in names
    old = qloop.run_until_complete(signin.submit_pin(22, "2233"))
    assert not old.ok and "Type your new PIN again" in old.message
    differ = qloop.run_until_complete(signin.submit_pin(22, "9876"))
    assert not differ.ok and "differ" in differ.message
    qloop.run_until_complete(signin.submit_pin(22, "9876"))
    done = qloop.run_until_complete(signin.submit_pin(22, "9876"))
    assert done.ok and done.employee.name == "Tom Till"
    assert qloop.run_until_complete(signin.submit_pin(22, "9876")).ok


def test_a_manager_is_deactivated_only_with_a_second_manager(
    qtbot, qloop, until, people, executors
):
    journal, repo = people
    dialog = _dialog(qtbot, qloop, until, journal, executors)
    dialog.select("Max Boss")
    dialog.act("deactivate")
    until(lambda: "second manager must confirm" in dialog.message.text())
    dialog.second.setCurrentIndex(dialog.second.findText("Ada Chief"))
    dialog.second_pin.setText("252525")
    dialog.select("Max Boss")
    dialog.act("deactivate")
    until(lambda: "can no longer sign in" in dialog.message.text())
    until(lambda: dialog.table.rowCount() == 3)
    assert repo.get(24) is None
