"""A tiny synchronous publish/subscribe hub for sync events, with no Qt in it.

The UI bridges these to Qt signals (queued to the GUI thread); tests subscribe directly.
Handlers run on the thread that emits, so they must be quick and must not touch widgets.
A failing handler is logged and never breaks the sync.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

STATE_CHANGED = "state_changed"  # StateChange
PROGRESS = "progress"  # Progress
OP_DONE = "op_done"  # OpEvent
OP_PARKED = "op_parked"  # OpEvent
OP_FAILED = "op_failed"  # OpEvent (transient failure, will retry)
DATA_REFRESHED = "data_refreshed"  # DataRefreshed
BARCODE_ARRIVED = "barcode_arrived"  # BarcodeArrived (storeapp/sync/unknown_barcodes.py)

EVENT_NAMES = (
    STATE_CHANGED,
    PROGRESS,
    OP_DONE,
    OP_PARKED,
    OP_FAILED,
    DATA_REFRESHED,
    BARCODE_ARRIVED,
)


@dataclass(frozen=True)
class StateChange:
    old: str
    new: str
    reason: str


@dataclass(frozen=True)
class Progress:
    """First-sync progress of one model: `done` records of about `total`."""

    model: str
    done: int
    total: int
    finished: bool = False


@dataclass(frozen=True)
class OpEvent:
    uuid: str
    kind: str
    aggregate: str
    message: str = ""
    action: str = ""


@dataclass(frozen=True)
class DataRefreshed:
    """Rows of these cache tables changed (the screens showing them should reload)."""

    tables: tuple[str, ...]
    upserted: int
    deleted: int


@dataclass(frozen=True)
class BarcodeArrived:
    """A barcode a scan found nothing for earlier now finds this product on the PC."""

    barcode: str
    product_name: str


Handler = Callable[[Any], None]


class EventBus:
    """`subscribe(name, handler)` returns a function that unsubscribes."""

    def __init__(self) -> None:
        self._handlers: dict[str, list[Handler]] = defaultdict(list)
        self._lock = threading.Lock()

    def subscribe(self, name: str, handler: Handler) -> Callable[[], None]:
        if name not in EVENT_NAMES:
            raise ValueError(f"unknown sync event {name!r}; known: {', '.join(EVENT_NAMES)}")
        with self._lock:
            self._handlers[name].append(handler)

        def unsubscribe() -> None:
            with self._lock:
                if handler in self._handlers[name]:
                    self._handlers[name].remove(handler)

        return unsubscribe

    def emit(self, name: str, event: Any) -> None:
        with self._lock:
            handlers = list(self._handlers.get(name, ()))
        for handler in handlers:
            try:
                handler(event)
            except Exception:  # a broken screen must not stop the sync
                log.exception("sync event handler for %s failed", name)
