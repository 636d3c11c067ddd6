"""Sign-in: badge or name, PIN checked offline against stored verifiers, lockout, auto-lock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from storeapp.core import identity
from storeapp.core.identity import LockoutPolicy
from storeapp.offline.credentials_repo import CredentialsRepo, OdooCredential
from storeapp.ui.errors import ErrorPresenter
from storeapp.ui.scanner import ScanDetector, ScannerFilter
from storeapp.ui.session import Session
from storeapp.ui.signin.presenter import SignInPresenter
from storeapp.ui.signin.view import SignInView

# Qt warnings fail these tests; the offscreen platform's size-hint notice is not a warning about us.
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

FAST = {"n": 2**4, "r": 1, "p": 1}
SECRET = b"k" * 32


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def repo(stores) -> CredentialsRepo:
    _cache, journal = stores
    repo = CredentialsRepo(journal)
    repo.replace_from_odoo(
        [
            OdooCredential(
                1,
                "Ana Associate",
                "associate",
                identity.badge_hash("EMP-0001", SECRET),
                identity.make_pin_verifier("2468", **FAST),
            ),
            OdooCredential(
                2,
                "Max Manager",
                "manager",
                identity.badge_hash("EMP-0002", SECRET),
                identity.make_pin_verifier("1357", **FAST),
            ),
            OdooCredential(3, "No Pin Yet", "associate", None, None),
        ]
    )
    return repo


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def presenter(repo, executors, clock) -> SignInPresenter:
    policy = LockoutPolicy(max_attempts=3, first_lock_minutes=1, longest_lock_minutes=10)
    return SignInPresenter(repo, executors, policy, lambda: SECRET, clock)


@pytest.fixture
def view(qtbot, qloop, presenter, until) -> SignInView:
    v = SignInView(
        presenter,
        ErrorPresenter(interactive=False),
        store_name="Test store",
        demo_people=[("Ana Associate", "Associate", "EMP-0001", "2468")],
    )
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    v.reload()
    until(lambda: v.model.rowCount() == 2)
    return v


def test_only_employees_with_a_pin_are_listed(view):
    names = [view.model.credential(r).name for r in range(view.model.rowCount())]
    assert names == ["Ana Associate", "Max Manager"]


def test_good_pin_by_name_signs_in(qtbot, view, until):
    signed = []
    view.signed_in.connect(signed.append)
    view.list.setCurrentIndex(view.model.index(1))
    view.list.activated.emit(view.model.index(1))
    assert view.pin.isEnabled() and "Max Manager" in view.who_label.text()
    qtbot.keyClicks(view.pin, "1357")
    qtbot.keyClick(view.pin, Qt.Key.Key_Return)
    until(lambda: bool(signed))
    assert signed[0].name == "Max Manager" and signed[0].is_manager
    assert view.pin.text() == "" and not view.pin.isEnabled()


def test_wrong_pin_says_how_many_tries_are_left(qtbot, view, until, repo):
    view.choose(repo.get(1))
    keypad = {button.text(): button for button in view.keys}
    for key in "1111":
        keypad[key].click()
    assert view.pin.text() == "1111"
    view.sign_in_button.click()
    until(lambda: "Wrong PIN" in view.message.text())
    assert "2 tries left" in view.message.text()
    assert repo.get(1).failed_attempts == 1
    for key in "1111":
        keypad[key].click()
    view.sign_in_button.click()
    until(lambda: "1 try left" in view.message.text())
    assert view.message.text() == "Wrong PIN. 1 try left before a pause."


def test_lockout_after_wrong_pins_survives_a_restart_and_expires(presenter, repo, clock, executors):
    for _ in range(2):
        assert not presenter.check_pin(1, "0000").ok
    locked = presenter.check_pin(1, "0000")
    assert locked.locked_seconds == 60 and "Too many wrong PINs" in locked.message
    # Even the right PIN is refused while locked, and the lock is in the journal.
    assert not presenter.check_pin(1, "2468").ok
    ticks = [1000.0]  # the monotonic clock of the restarted app
    fresh = SignInPresenter(
        repo, executors, presenter.policy, lambda: SECRET, clock, monotonic=lambda: ticks[0]
    )
    assert fresh.check_pin(1, "2468").locked_seconds > 0
    clock.now += timedelta(minutes=1, seconds=1)
    ticks[0] += 61
    result = fresh.check_pin(1, "2468")
    assert result.ok and result.employee.employee_id == 1
    assert repo.get(1).failed_attempts == 0


def test_badge_scan_chooses_the_employee(qtbot, view, until):
    # A wide gap: these tests check the plumbing; timing has its own test. A loaded CI
    # machine may deliver simulated keys slower than a real scanner types.
    scanner = ScannerFilter(max_gap_ms=1000, min_length=6)
    scanner.scanned.connect(view.badge_scanned)
    from PySide6.QtWidgets import QApplication

    QApplication.instance().installEventFilter(scanner)
    try:
        view.search.setFocus()
        qtbot.waitUntil(view.search.hasFocus)
        qtbot.keyClicks(view.search, "EMP-0002")
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
        until(lambda: view.selected is not None)
    finally:
        QApplication.instance().removeEventFilter(scanner)
    assert view.selected.name == "Max Manager"
    # The scanned characters were taken back out of the search field.
    assert view.search.text() == ""


def test_unknown_badge_is_refused_in_words(view, until):
    view.badge_scanned("EMP-9999")
    until(lambda: "not known" in view.message.text())
    assert view.selected is None


def test_sign_in_works_offline_because_nothing_is_asked_of_odoo(presenter):
    # The presenter has no gateway at all: verification is local by construction.
    result = presenter.check_pin(2, "1357")
    assert result.ok and result.employee.role == "manager"


def test_scan_detector_tells_scans_from_typing():
    d = ScanDetector(max_gap_ms=40, min_length=6)
    for i, ch in enumerate("4006381333931"):
        d.feed(ch, i * 8.0)
    assert d.finish(13 * 8.0) == "4006381333931"
    for i, ch in enumerate("4006381"):
        d.feed(ch, i * 180.0)  # a person typing
    assert d.finish(7 * 180.0) is None
    for i, ch in enumerate("123"):
        d.feed(ch, i * 5.0)  # fast but too short
    assert d.finish(20.0) is None


def test_idle_session_locks_itself(qtbot, qloop):
    from storeapp.ui.session import SignedInEmployee

    session = Session(auto_lock_minutes=0.002)  # 120 ms
    reasons = []
    session.signed_out.connect(reasons.append)
    session.sign_in(SignedInEmployee(1, "Ana", "associate"))
    qtbot.waitUntil(lambda: reasons == ["idle"], timeout=2000)
    assert session.employee is None


def test_keyboard_only_search_then_enter(qtbot, view, until):
    view.search.setFocus()
    qtbot.keyClicks(view.search, "max")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.selected is not None and view.selected.name == "Max Manager"
    assert view.pin.hasFocus() or view.pin.isEnabled()
    view.reset()
    view.search.setText("EMP-0001")  # a badge typed by hand, no scanner needed
    view.search.returnPressed.emit()
    until(lambda: view.selected is not None)
    assert view.selected.name == "Ana Associate" and view.search.text() == ""


def test_badge_scanned_into_a_pin_field_switches_employee_and_costs_no_attempt(
    qtbot, view, until, repo
):
    from PySide6.QtWidgets import QApplication

    # A wide gap: these tests check the plumbing; timing has its own test. A loaded CI
    # machine may deliver simulated keys slower than a real scanner types.
    scanner = ScannerFilter(max_gap_ms=1000, min_length=6)
    scanner.scanned.connect(view.badge_scanned)
    QApplication.instance().installEventFilter(scanner)
    try:
        view.choose(repo.get(1))
        qtbot.waitUntil(view.pin.hasFocus)
        qtbot.keyClicks(view.pin, "EMP-0002")
        qtbot.keyClick(view.pin, Qt.Key.Key_Return)
        until(lambda: view.selected is not None and view.selected.employee_id == 2)
    finally:
        QApplication.instance().removeEventFilter(scanner)
    assert view.pin.text() == ""
    assert repo.get(1).failed_attempts == 0


def type_text(widget, text: str) -> None:
    """A key press carrying `text`, as an input method or an emoji picker sends it."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, text))


def test_pin_field_takes_digits_only_and_reads_the_azerty_top_row(qtbot, view, until, repo):
    """Letters and emoji used to go into the PIN and each cost an attempt; on an AZERTY keyboard
    the top row without Shift types &é"'(-è_çà, which now reads as 1234567890."""
    signed = []
    view.signed_in.connect(signed.append)
    view.choose(repo.get(1))
    qtbot.keyClicks(view.pin, "ab x")
    type_text(view.pin, "😀")
    assert view.pin.text() == "" and "digits" in view.message.text()
    for key in "&é\"'(-è_çà":
        type_text(view.pin, key)
    assert view.pin.text() == "12345678"[: view.pin.maxLength()]
    view.pin.clear()
    view.pin.insert("2a4")  # pasted or typed by other means: the field keeps digits only
    assert view.pin.text() in ("", "2")
    view.pin.clear()
    for key in "é'-_":
        type_text(view.pin, key)
    qtbot.keyClick(view.pin, Qt.Key.Key_Return)
    until(lambda: bool(signed))
    assert signed[0].name == "Ana Associate" and repo.get(1).failed_attempts == 0


def test_numeric_keypad_types_digits_even_with_num_lock_off(qtbot, view, repo):
    view.choose(repo.get(1))
    keypad = Qt.KeyboardModifier.KeypadModifier
    qtbot.keyClick(view.pin, Qt.Key.Key_2, keypad)  # Num Lock on: the digit itself
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up):  # Num Lock off: 4, 6, 8
        qtbot.keyClick(view.pin, key, keypad)
    assert view.pin.text() == "2468"


def test_a_pin_with_anything_but_digits_costs_no_attempt(presenter, qloop, repo):
    for typed in ("24a8", "２４６８x", "😀", " ", "2468\n"):
        result = qloop.run_until_complete(presenter.submit_pin(1, typed))
        assert not result.ok and "digits" in result.message
    assert repo.get(1).failed_attempts == 0


def test_the_keypad_keeps_its_size_when_a_message_appears(qtbot, view, until, repo):
    view.choose(repo.get(1))
    qtbot.wait(50)
    before = [key.size() for key in view.keys]
    view.show_message("Wrong PIN. 2 tries left before a pause. " * 4, "error")
    qtbot.wait(50)
    assert [key.size() for key in view.keys] == before
