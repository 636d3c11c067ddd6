"""Sync & outbox logic without widgets: load ops by state, retry or cancel (managers only)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from storeapp.core.text import translatable
from storeapp.offline import store_figures
from storeapp.offline.journal_models import OpState
from storeapp.offline.outbox import Actor, OpRecord, Outbox
from storeapp.ui.background import Work
from storeapp.ui.executors import Executors
from storeapp.ui.session import SignedInEmployee


def tr(text: str) -> str:
    return QCoreApplication.translate("OutboxPresenter", text)


# What each filter of the screen shows, first the one that opens by default.
FILTERS: dict[str, tuple[str, tuple[OpState, ...] | None]] = translatable(
    {
        "attention": (
            "Needs attention",
            (OpState.PARKED, OpState.FAILED, OpState.PENDING_APPROVAL),
        ),
        "waiting": (
            "Not yet in Odoo",
            (OpState.QUEUED, OpState.SENDING, OpState.FAILED, OpState.PARKED),
        ),
        "done": ("Sent to Odoo", (OpState.DONE,)),
        "closed": ("Rejected or cancelled", (OpState.REJECTED, OpState.CANCELLED)),
        "all": ("Everything", None),
    }
)


@dataclass(frozen=True)
class OutboxSnapshot:
    """One load of the screen: counts by state, the ops shown, freshness per model."""

    counts: dict[OpState, int]
    ops: list[OpRecord]
    oldest_pending_at: datetime | None
    freshness: list[store_figures.ModelFreshness] = field(default_factory=list)
    # Per op uuid, the op it waits for (first in the line of the same order or stock key).
    waiting_behind: dict[str, OpRecord] = field(default_factory=dict)


@dataclass(frozen=True)
class OpChanged:
    """What a manager action changed (sent on the app-level `operation_executed` signal)."""

    uuid: str
    action: str  # "retried" | "cancelled"


class NotAllowed(PermissionError):
    """The signed-in employee may not do this (the message says who can)."""


class OutboxPresenter:
    """Reads the outbox for the screen and carries out the manager actions (audited by the
    outbox in the same transaction as the change)."""

    def __init__(
        self,
        outbox: Outbox,
        executors: Executors,
        cache=None,  # a CacheStore, for per-model freshness
        sync_now: Callable[[], Awaitable[object]] | None = None,
    ) -> None:
        self.outbox = outbox
        self.executors = executors
        self.work = Work(executors)
        self.cache = cache
        self.sync_now_call = sync_now

    def _load(self, filter_key: str) -> OutboxSnapshot:
        states = FILTERS[filter_key][1]
        if filter_key in ("done", "all", "closed"):
            # Newest first for history views: the last 300 are what people look for.
            ops = list(reversed(self.outbox.list(states, limit=100_000)[-300:]))
        else:
            ops = self.outbox.list(states, limit=1000)
        fresh = store_figures.freshness(self.cache) if self.cache is not None else []
        return OutboxSnapshot(
            self.outbox.counts_by_state(),
            ops,
            self.outbox.oldest_pending_created_at(),
            fresh,
            self.outbox.waiting_behind(ops),
        )

    async def load(self, filter_key: str = "attention") -> OutboxSnapshot:
        return await self.work.db(self._load, filter_key)

    @staticmethod
    def _require_manager(employee: SignedInEmployee | None) -> Actor:
        if employee is None or not employee.is_manager:
            raise NotAllowed(
                tr("Only a manager can retry or cancel a change. Ask a manager to sign in.")
            )
        return employee.actor

    async def retry(self, uuid: str, employee: SignedInEmployee | None) -> OpChanged:
        actor = self._require_manager(employee)
        await self.work.db(self.outbox.retry, uuid, actor)
        return OpChanged(uuid, "retried")

    async def cancel(self, uuid: str, employee: SignedInEmployee | None) -> OpChanged:
        actor = self._require_manager(employee)
        await self.work.db(self.outbox.cancel, uuid, actor)
        return OpChanged(uuid, "cancelled")

    @property
    def can_sync_now(self) -> bool:
        return self.sync_now_call is not None

    async def sync_now(self) -> object:
        if self.sync_now_call is None:
            return None
        return await self.sync_now_call()
