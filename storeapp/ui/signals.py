"""One app-level signal hub: sync events in, "something changed" out.

The sync engine publishes Qt-free events from its own threads. `AppSignals` re-emits them as Qt
signals; Qt queues a signal emitted off the Qt thread to receivers living on it, so views always
update on the Qt thread. Services return what changed (docs/architecture.md, Conventions) and the presenter that made
the change emits `operation_executed` with it; every view that shows journal or cache data
refreshes on that one signal instead of presenters calling each other.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

# Event names published by storeapp/sync/events.py that the UI listens to.
SYNC_EVENTS = (
    "state_changed",
    "progress",
    "op_done",
    "op_parked",
    "data_refreshed",
    "barcode_arrived",
)


class EventSource(Protocol):
    """What the bridge needs from the sync engine's event bus."""

    def subscribe(self, event: str, handler: Any) -> Any: ...


class AppSignals(QObject):
    """Signals every screen may connect to. Payloads are plain dataclasses or dicts."""

    connectivity_changed = Signal(object)  # the sync status (connectivity, queue, freshness)
    sync_progressed = Signal(object)  # first-sync progress event
    op_done = Signal(object)
    op_parked = Signal(object)
    data_refreshed = Signal(object)  # a pull stored new records (payload names the models)
    barcode_arrived = Signal(object)  # a barcode refused earlier now finds a product
    operation_executed = Signal(object)  # a local change (op queued, retried, cancelled, ...)
    employee_signed_in = Signal(object)
    employee_signed_out = Signal()
    identity_refreshed = Signal(int)
    uncaught_error = Signal(
        object
    )  # (summary, exception) from the diagnostics hook  # number of sign-in credentials stored after a pull

    def attach(self, events: EventSource) -> None:
        """Forward the sync engine's events. Handlers only emit: they run on sync threads."""
        targets = {
            "state_changed": self.connectivity_changed,
            "progress": self.sync_progressed,
            "op_done": self.op_done,
            "op_parked": self.op_parked,
            "data_refreshed": self.data_refreshed,
            "barcode_arrived": self.barcode_arrived,
        }
        for name, signal in targets.items():
            events.subscribe(name, self._forwarder(signal))

    @staticmethod
    def _forwarder(signal: Any):
        def forward(payload: Any = None, *_: Any) -> None:
            try:
                signal.emit(payload)
            except RuntimeError:  # the hub was destroyed while the app closes
                log.debug("dropped a sync event after shutdown")

        return forward
