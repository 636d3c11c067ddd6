"""Local enrollment: IT enrolls the first manager with the device key, that manager enrolls
the others; badges and PINs stored only as verifiers, every enrollment audited."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import insert, select

from storeapp.core.identity import LockoutPolicy, RoleRules
from storeapp.offline.cache_models import Employee
from storeapp.offline.credentials_repo import CredentialsRepo
from storeapp.offline.journal_models import AuditEntry
from storeapp.ui.enroll.presenter import EnrollPresenter
from storeapp.ui.enroll.view import EnrollDialog
from storeapp.ui.errors import ErrorPresenter
from storeapp.ui.session import SignedInEmployee
from storeapp.ui.signin.presenter import SignInPresenter

# Qt warnings fail these tests; the offscreen platform's size-hint notice is not a warning about us.
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

SECRET = b"b" * 32
DEVICE_KEY = "the-device-api-key"


@pytest.fixture
def setup(stores, executors):
    cache, journal = stores
    with cache.write() as s:
        s.execute(
            insert(Employee),
            [
                {"id": 21, "name": "Lea Lead", "job_title": "Store Manager", "active": True},
                {"id": 22, "name": "Tom Till", "job_title": "Sales Associate", "active": True},
                {"id": 23, "name": "Sam Shelf", "job_title": "Sales Associate", "active": True},
            ],
        )
    repo = CredentialsRepo(journal)
    presenter = EnrollPresenter(
        cache,
        repo,
        executors,
        lambda create=False: SECRET,
        RoleRules(manager_job_titles=("Store Manager",)),
        lambda: DEVICE_KEY,
    )
    return presenter, repo, journal


def _candidate(presenter, qloop, name):
    return next(c for c in qloop.run_until_complete(presenter.candidates()) if c.name == name)


def test_first_manager_needs_the_device_key_then_enrolls_the_others(setup, qloop, executors):
    presenter, repo, journal = setup
    lea = _candidate(presenter, qloop, "Lea Lead")
    tom = _candidate(presenter, qloop, "Tom Till")
    assert lea.role == "manager" and tom.role == "associate"
    assert presenter.needs_first_manager()

    def enroll(who, manager=None, **kw):
        args = {"badge": "", "pin": "258036", "pin_again": "258036", "device_key": ""} | kw
        return qloop.run_until_complete(presenter.enroll(who, manager=manager, **args))

    assert "Enroll a manager first" in enroll(tom, device_key=DEVICE_KEY).message
    assert "not this PC's device key" in enroll(lea, device_key="guess").message
    assert "differ" in enroll(lea, pin_again="258037", device_key=DEVICE_KEY).message
    assert "digits" in enroll(lea, pin="12", pin_again="12", device_key=DEVICE_KEY).message
    # A manager's PIN has at least 6 digits (4 is fine for an associate).
    four = enroll(lea, pin="1357", pin_again="1357", device_key=DEVICE_KEY).message
    assert "A manager's PIN has 6 to 8 digits" in four
    assert enroll(lea, badge="MGR-0001", pin="135792", pin_again="135792", device_key=DEVICE_KEY).ok
    assert not presenter.needs_first_manager()

    boss = SignedInEmployee(21, "Lea Lead", "manager")
    assert "cannot enroll themselves" in enroll(lea, manager=boss).message
    assert enroll(tom, manager=boss, badge="EMP-0022", pin="2468", pin_again="2468").ok
    sam = _candidate(presenter, qloop, "Sam Shelf")
    assert "already enrolled for Tom Till" in enroll(sam, manager=boss, badge="EMP-0022").message

    # Tom signs in by badge and PIN; nothing in the journal holds the plaintext.
    signin = SignInPresenter(repo, executors, LockoutPolicy(), lambda: SECRET)
    found = signin._find_badge("EMP-0022")
    assert found.name == "Tom Till" and signin.check_pin(22, "2468").ok
    raw = journal.path.read_bytes()
    assert b"EMP-0022" not in raw and b"2468" not in raw

    with journal.read() as s:
        entries = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "employee.enrolled")
            .order_by(AuditEntry.seq)
        ).all()
    assert [(e.subject, e.actor_name) for e in entries] == [
        ("employee:21", None),
        ("employee:22", "Lea Lead"),
    ]
    assert json.loads(entries[0].details)["by_it"] is True


def test_enroll_dialog_takes_a_scanned_badge(qtbot, qloop, setup, until):
    presenter, repo, _journal = setup
    dialog = EnrollDialog(presenter, ErrorPresenter(interactive=False), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load()
    until(lambda: dialog.employee.count() == 1)  # first manager: managers only
    dialog.badge_scanned("MGR-0001")
    assert dialog.badge.text() == "MGR-0001"
    dialog.pin.setText("135792")
    dialog.pin_again.setText("135792")
    dialog.device_key.setText(DEVICE_KEY)
    dialog.save_button.click()
    until(lambda: "can now sign in" in dialog.message.text())
    assert repo.get(21).badge_hash is not None


def test_re_enrolling_a_manager_in_the_dialog_needs_their_pin(qtbot, qloop, setup, until):
    """The dialog asks for the manager's current PIN (or a second manager's) only when the
    chosen person already signs in here as a manager; without it the presenter refuses."""
    presenter, repo, _journal = setup
    lea = _candidate(presenter, qloop, "Lea Lead")
    first = presenter.enroll(lea, badge="", pin="135792", pin_again="135792", manager=None,
                             device_key=DEVICE_KEY)  # fmt: skip
    assert qloop.run_until_complete(first).ok
    other = SignedInEmployee(30, "Max Other", "manager")  # a manager enrolled elsewhere
    dialog = EnrollDialog(presenter, ErrorPresenter(interactive=False), other)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load()
    until(lambda: dialog.employee.count() == 3)
    dialog.employee.setCurrentIndex(next(
        i for i in range(3) if dialog.employee.itemData(i).name == "Lea Lead"
    ))  # fmt: skip
    assert dialog.current_pin.isVisibleTo(dialog)
    dialog.pin.setText("246813")
    dialog.pin_again.setText("246813")
    dialog.save_button.click()
    until(lambda: "needs their current PIN" in dialog.message.text())
    dialog.pin.setText("246813")
    dialog.pin_again.setText("246813")
    dialog.current_pin.setText("135792")
    dialog.save_button.click()
    until(lambda: "can now sign in" in dialog.message.text())

    def names() -> list[str]:
        return [dialog.employee.itemData(i).name for i in range(dialog.employee.count())]

    until(lambda: "Tom Till" in names())  # the list is reloaded after an enrollment
    tom = next(i for i in range(dialog.employee.count())
               if dialog.employee.itemData(i).name == "Tom Till")  # fmt: skip
    dialog.employee.setCurrentIndex(tom)
    assert not dialog.current_pin.isVisibleTo(dialog)  # an associate: no such question
