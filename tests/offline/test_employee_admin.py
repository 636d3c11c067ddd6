"""Managing enrolled people: list without secrets, deactivate, reset a PIN, the two-person rule
for managers, and every change audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from storeapp.core import identity
from storeapp.offline import audit, employee_admin
from storeapp.offline.credentials_repo import CredentialsRepo, OdooCredential
from storeapp.offline.employee_admin import AdminRefused, SecondManager
from storeapp.offline.journal import JournalStore
from storeapp.offline.journal_models import AuditEntry
from storeapp.offline.outbox import Actor

ANN = Actor(1, "Ann Manager")
BOB = Actor(2, "Bob Manager")
CLEO = Actor(3, "Cleo Associate")
DAN = Actor(4, "Dan Manager")


def last_audit(journal):
    with journal.read() as s:
        return s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()


@pytest.fixture
def repo(tmp_path, memory_keyring):
    """Four people enrolled on a PC with a keyring: verifiers peppered, rows sealed."""
    store = JournalStore.open(tmp_path)
    repo = CredentialsRepo(store)
    pepper = repo.pepper()
    assert pepper is not None

    def enroll(who: Actor, role: str, pin: str, by: Actor | None) -> None:
        repo.enroll(
            employee_id=who.id,
            name=who.name,
            role=role,
            badge_hash="b" * 63 + str(who.id) if who is CLEO else None,
            pin_verifier=identity.make_pin_verifier(pin, pepper),
            enrolled_by_id=by.id if by else None,
            enrolled_by=by,
        )

    enroll(ANN, "manager", "111222", None)
    enroll(BOB, "manager", "222333", ANN)
    enroll(CLEO, "associate", "3344", ANN)
    enroll(DAN, "manager", "444555", ANN)
    yield repo
    store.close()


def test_list_shows_people_never_secrets(repo):
    people = {p.name: p for p in employee_admin.list_people(repo)}
    assert people["Cleo Associate"].has_badge and not people["Bob Manager"].has_badge
    assert people["Ann Manager"].enrolled_by == "IT (device key)"
    assert people["Bob Manager"].enrolled_by == "Ann Manager"
    assert {p.status for p in people.values()} == {"can sign in"}
    text = repr(people)
    assert "scrypt" not in text and "b" * 40 not in text


def test_deactivate_an_associate_is_audited(repo):
    journal = repo.journal
    with pytest.raises(AdminRefused, match="Only a manager"):
        employee_admin.deactivate(repo, BOB.id, by=CLEO, by_role="associate")
    said = employee_admin.deactivate(repo, CLEO.id, by=ANN, by_role="manager")
    assert said == "Cleo Associate can no longer sign in on this PC."
    assert repo.get(CLEO.id) is None
    entry = last_audit(journal)
    assert (entry.action, entry.actor_name) == ("employee.deactivated", ANN.name)
    assert audit.verify(journal).ok


def test_resetting_a_manager_needs_a_second_manager_and_the_person_sets_a_new_pin(repo):
    journal = repo.journal
    with pytest.raises(AdminRefused, match="second manager must confirm"):
        employee_admin.reset_pin(repo, BOB.id, by=ANN, by_role="manager")
    with pytest.raises(AdminRefused, match="another manager than you"):
        employee_admin.reset_pin(
            repo, BOB.id, by=ANN, by_role="manager", second=SecondManager(ANN.id, "111222")
        )
    with pytest.raises(AdminRefused, match="not Bob Manager's PIN"):
        employee_admin.reset_pin(
            repo, BOB.id, by=ANN, by_role="manager", second=SecondManager(BOB.id, "0000")
        )
    with pytest.raises(AdminRefused, match="not Dan Manager's PIN"):
        employee_admin.reset_pin(
            repo, BOB.id, by=ANN, by_role="manager", second=SecondManager(DAN.id, "0000")
        )
    with pytest.raises(AdminRefused, match="for themselves"):
        employee_admin.reset_pin(repo, ANN.id, by=ANN, by_role="manager")
    employee_admin.reset_pin(
        repo, BOB.id, by=ANN, by_role="manager", second=SecondManager(DAN.id, "444555")
    )
    bob = next(p for p in employee_admin.list_people(repo) if p.employee_id == BOB.id)
    assert bob.status == "sets a new PIN at next sign-in"
    assert not repo.get(BOB.id).tampered  # the reset row is sealed again
    entry = last_audit(journal)
    assert entry.action == "employee.pin_reset" and "Dan Manager" in entry.details
    pepper = repo.pepper()
    assert employee_admin.set_new_pin(repo, BOB.id, identity.make_pin_verifier("567890", pepper))
    # Only once: a PIN in place is never overwritten this way.
    assert not employee_admin.set_new_pin(repo, BOB.id, identity.make_pin_verifier("998877"))
    bob = repo.get(BOB.id)
    assert bob.can_sign_in and identity.verify_pin("567890", bob.pin_verifier, pepper)
    assert audit.verify(journal).ok


def test_badges_from_odoo_are_changed_in_odoo(repo):
    verifier = identity.make_pin_verifier("1234", repo.pepper())
    repo.replace_from_odoo([OdooCredential(9, "Eve From Odoo", "associate", None, verifier)])
    with pytest.raises(AdminRefused, match="come from Odoo"):
        employee_admin.reset_pin(repo, 9, by=ANN, by_role="manager")


def test_a_manager_who_agrees_confirms_with_their_current_pin(repo):
    journal = repo.journal
    said = employee_admin.deactivate(
        repo, DAN.id, by=ANN, by_role="manager", second=SecondManager(DAN.id, "444555")
    )
    assert said == "Dan Manager can no longer sign in on this PC."
    assert "Dan Manager" in last_audit(journal).details


def test_a_row_changed_outside_storeapp_is_not_reset_but_can_be_deactivated(repo):
    from sqlalchemy import update

    from storeapp.offline.journal_models import EmployeeCredential

    with repo.journal.write() as s:  # someone clears a lockout of Cleo by SQL
        s.execute(update(EmployeeCredential).where(EmployeeCredential.employee_id == 3)
                  .values(role="associate", failed_attempts=0, locked_until="2000-01-01"))  # fmt: skip
    cleo = next(p for p in employee_admin.list_people(repo) if p.employee_id == CLEO.id)
    assert cleo.status == "changed outside storeapp: enroll again"
    with pytest.raises(AdminRefused, match="changed outside storeapp"):
        employee_admin.reset_pin(repo, CLEO.id, by=ANN, by_role="manager")
    employee_admin.deactivate(repo, CLEO.id, by=ANN, by_role="manager")
    assert repo.get(CLEO.id) is None
