"""The status bar every screen shares: connectivity, outbox, data freshness, who is signed in.

Always visible, because a store associate must be able to see at a glance whether work is
reaching Odoo. The texts are computed by `StatusTexts` (no widgets) from a `ShellStatus`; a timer
refreshes the ages each few seconds even when nothing else happens, so "3 min" keeps counting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QWidget

from storeapp.core.text import translatable
from storeapp.offline.clock import utcnow
from storeapp.ui.dates import datetime_text
from storeapp.ui.language import translated
from storeapp.ui.outcome import set_level


def tr(text: str) -> str:
    return QCoreApplication.translate("StatusBar", text)


@dataclass(frozen=True)
class ShellStatus:
    """What the status bar shows. Built from the sync engine's status and the outbox."""

    connectivity: str = (
        "unknown"  # online | degraded | offline | auth_failed | misconfigured | unknown
    )
    queue_depth: int = 0  # to send (Outbox.backlog: queued, sending, failed)
    parked: int = 0  # need a person; `oldest_pending_at` is the oldest of both kinds
    oldest_pending_at: datetime | None = None
    last_sync_at: datetime | None = None
    detail: str = ""
    # Days until Odoo refuses the device's API key, from 14 days ahead (None: not soon).
    key_days_left: int | None = None


CONNECTIVITY_TEXT = translatable(
    {
        "online": "Online",
        "degraded": "Connection slow or failing",
        "offline": "Offline — working from this PC",
        "auth_failed": "Odoo refused the device login",
        "misconfigured": "Setup problem: Odoo cannot be used as configured",
        "unknown": "Checking connection…",
    }
)
# The style of each state: codes for the style sheet, never texts (not marked translatable).
CONNECTIVITY_LEVEL = {
    "online": "ok",
    "degraded": "warn",
    "offline": "error",
    "auth_failed": "error",
    "misconfigured": "error",
    "unknown": "muted",
}


def key_expiry(state: str, days: int) -> str:
    """The connection state with the Odoo key's coming expiry: one text for today, one for a
    single day and one for several, so every language can say each right ("in 1 Tag",
    "in 3 Tagen")."""
    if days <= 0:
        return tr("{state} — Odoo key expires today (IT)").format(state=state)
    if days == 1:
        return tr("{state} — Odoo key expires in 1 day (IT)").format(state=state)
    return tr("{state} — Odoo key expires in {n} days (IT)").format(state=state, n=days)


def format_age(seconds: float | None) -> str:
    """Short, human age: "just now", "4 min", "2 h 5 min", "3 days"."""
    if seconds is None:
        return tr("never")
    seconds = max(0, int(seconds))
    if seconds < 60:
        return tr("just now")
    minutes = seconds // 60
    if minutes < 60:
        return tr("{n} min").format(n=minutes)
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return (
            tr("{h} h {m} min").format(h=hours, m=minutes)
            if minutes
            else tr("{h} h").format(h=hours)
        )
    days = hours // 24
    return tr("1 day") if days == 1 else tr("{n} days").format(n=days)


@dataclass(frozen=True)
class StatusTexts:
    """Label texts and their severity ("ok", "warn", "error", "muted")."""

    connectivity: tuple[str, str]
    outbox: tuple[str, str]
    oldest: tuple[str, str]
    last_sync: tuple[str, str]
    employee: tuple[str, str]

    @classmethod
    def of(cls, status: ShellStatus, employee: str | None, now: datetime) -> StatusTexts:
        known = status.connectivity if status.connectivity in CONNECTIVITY_TEXT else "unknown"
        text, level = CONNECTIVITY_TEXT[known], CONNECTIVITY_LEVEL[known]
        conn = (translated(text), level)
        if status.key_days_left is not None and status.connectivity != "auth_failed":
            conn = (
                key_expiry(translated(text), status.key_days_left),
                "error" if level == "error" else "warn",
            )
        if status.queue_depth == 0:
            outbox = (tr("Outbox empty"), "ok")
        else:
            outbox = (tr("Outbox: {n} to send").format(n=status.queue_depth), "warn")
        if status.parked:
            parked = (
                tr("1 needs a person")
                if status.parked == 1
                else tr("{p} need a person").format(p=status.parked)
            )
            text = (
                tr("Outbox: {n} to send, {parked}").format(n=status.queue_depth, parked=parked)
                if status.queue_depth
                else tr("Outbox: {parked}").format(parked=parked)
            )
            outbox = (text, "error")
        if status.oldest_pending_at is None:
            oldest = (tr("Nothing waiting"), "muted")
        else:
            age = (now - status.oldest_pending_at).total_seconds()
            oldest = (
                tr("Oldest waiting: {age}").format(age=format_age(age)),
                "error" if age > 3600 else "warn" if age > 300 else "muted",
            )
        if status.last_sync_at is None:
            last = (tr("Never synced"), "warn")
        else:
            age = (now - status.last_sync_at).total_seconds()
            last = (
                tr("Last sync {age} ago").format(age=format_age(age))
                if age >= 60
                else tr("Last sync just now"),
                "warn" if age > 1800 else "muted",
            )
        who = (employee, "ok") if employee else (tr("Nobody signed in"), "muted")
        return cls(conn, outbox, oldest, last, who)


class ShellStatusBar(QStatusBar):
    """Five permanent labels; `refresh()` pulls the latest status from `source()`."""

    def __init__(
        self,
        source: Callable[[], ShellStatus],
        employee: Callable[[], str | None],
        parent: QWidget | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shellStatusBar")
        self.setSizeGripEnabled(False)
        self.source = source
        self.employee = employee
        self.clock = clock
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.setSpacing(20)
        self.labels: dict[str, QLabel] = {}
        for name in ("connectivity", "outbox", "oldest", "last_sync", "employee"):
            label = QLabel()
            label.setObjectName(f"status_{name}")
            label.setProperty("level", "muted")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.labels[name] = label
            if name == "employee":
                layout.addStretch(1)
            layout.addWidget(label)
        self.addWidget(box, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(5_000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def show_status(self, status: ShellStatus) -> None:
        texts = StatusTexts.of(status, self.employee(), self.clock())
        for name in self.labels:
            text, level = getattr(texts, name)
            label = self.labels[name]
            label.setText(("● " if name == "connectivity" else "") + text)
            if label.property("level") != level:
                set_level(label, level)
        if status.detail:
            self.labels["connectivity"].setToolTip(translated(status.detail))
        if status.last_sync_at is not None:
            when = datetime_text(status.last_sync_at)
            self.labels["last_sync"].setToolTip(
                tr("Last successful sync with Odoo: {when}").format(when=when)
            )

    def refresh(self, *_: object) -> None:
        self.show_status(self.source())

    def text_of(self, name: str) -> str:
        return self.labels[name].text()
