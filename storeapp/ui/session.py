"""Who is signed in on this PC right now, and the idle auto-lock.

A store PC is shared: the person at it changes many times a day. `Session` holds the signed-in
employee and locks the app after N idle minutes (setting `identity.auto_lock_minutes`); any key
or mouse press anywhere in the app counts as activity.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from storeapp.offline.outbox import Actor

log = logging.getLogger(__name__)

ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


@dataclass(frozen=True)
class SignedInEmployee:
    """The person the app acts for; every op records them as actor."""

    employee_id: int
    name: str
    role: str

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"

    @property
    def actor(self) -> Actor:
        """This person as every layer below names who did something (ops, the audit chain,
        the counting and approval rules): the one type handed down from here."""
        return Actor(self.employee_id, self.name, self.is_manager)


class Session(QObject):
    """Signed-in employee and idle lock. Install as an application event filter."""

    signed_in = Signal(object)
    signed_out = Signal(str)  # reason: "switch" | "idle" | "manual"

    def __init__(self, auto_lock_minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.employee: SignedInEmployee | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._idle_timeout)
        self.set_auto_lock_minutes(auto_lock_minutes)

    def set_auto_lock_minutes(self, minutes: float) -> None:
        self.auto_lock_ms = int(minutes * 60_000) if minutes and minutes > 0 else 0
        if self.employee is not None:
            self._restart_idle()

    def sign_in(self, employee: SignedInEmployee) -> None:
        self.employee = employee
        log.info("employee %s signed in (%s)", employee.employee_id, employee.role)
        self._restart_idle()
        self.signed_in.emit(employee)

    def sign_out(self, reason: str = "manual") -> None:
        if self.employee is None:
            return
        log.info("employee %s signed out (%s)", self.employee.employee_id, reason)
        self.employee = None
        self._idle.stop()
        self.signed_out.emit(reason)

    def _restart_idle(self) -> None:
        if self.auto_lock_ms:
            self._idle.start(self.auto_lock_ms)

    def _idle_timeout(self) -> None:
        self.sign_out("idle")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt name
        if self.employee is not None and event.type() in ACTIVITY_EVENTS and self._idle.isActive():
            self._idle.start(self.auto_lock_ms)
        return False
