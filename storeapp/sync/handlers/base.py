"""What every push handler has: reconcile (is the effect already in Odoo?) then apply.

Reconcile runs before every apply, the first included: the previous attempt may have committed
in Odoo and lost its reply. A handler refuses for good by raising `Park` with plain words for
the person who will deal with it; gateway errors are classified by the push engine.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from storeapp.core.text import msg
from storeapp.offline.outbox import OpRecord
from storeapp.sync.errors import GatewayError, ProtocolError
from storeapp.sync.gateway import OdooGateway, OdooVersion
from storeapp.sync.settings import SyncSettings

Result = dict[str, Any]


class Park(Exception):
    """A permanent refusal: the op waits for a person. `reason` says what happened, `action`
    what to do about it; both are `msg(...)`, kept with their values so the outbox screen
    shows them in its reader's language."""

    def __init__(self, reason: str, action: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.action = action


@dataclass
class Attempt:
    """One push attempt of one op: what reconcile learned, for apply to reuse.

    There is no "first attempt" shortcut: a journal restored from a backup says "never sent"
    about ops that reached Odoo, so reconcile always looks (see PushContext.marked for how the
    look is batched)."""

    op: OpRecord
    payload: dict[str, Any]
    scratch: dict[str, Any] = field(default_factory=dict)
    # Commits facts a later attempt needs (Outbox.record_progress) before a request is sent.
    remember: Callable[[dict[str, Any]], None] | None = None

    @property
    def progress(self) -> dict[str, Any]:
        return self.op.progress or {}

    def keep(self, facts: dict[str, Any]) -> None:
        if self.remember is not None:
            self.remember(facts)


class MarkerSearch(Protocol):
    """A handler whose effect carries the op marker, so one search finds many ops' effects."""

    def find_marked(
        self, ctx: PushContext, attempts: list[Attempt]
    ) -> dict[str, list[dict[str, Any]]]:
        """Records carrying each op's marker, by op uuid (missing = none found)."""


@dataclass
class PushContext:
    gateway: OdooGateway
    settings: SyncSettings
    # Marker searches made for a whole page of ops (op uuid -> records), used once each.
    prefetched: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def version(self) -> OdooVersion:
        return self.gateway.version

    def marked(self, handler: MarkerSearch, attempt: Attempt) -> list[dict[str, Any]]:
        """The records carrying this op's marker: from the page's batched search when it was
        made for this op (and not used yet), else searched now. A retry after a refusal, or
        an op whose previous attempt is in doubt, always searches afresh."""
        found = self.prefetched.pop(attempt.op.uuid, None)
        if found is None:
            found = handler.find_marked(self, [attempt]).get(attempt.op.uuid, [])
        return found

    def prefetch(self, handler: MarkerSearch, attempts: list[Attempt]) -> None:
        """One search for the markers of `attempts`; an op not found gets an empty entry."""
        if not attempts:
            return
        found = handler.find_marked(self, attempts)
        for attempt in attempts:
            self.prefetched[attempt.op.uuid] = found.get(attempt.op.uuid, [])


def any_of(conditions: list[tuple[str, str, Any]]) -> list[Any]:
    """An Odoo domain that matches any of `conditions` (prefix '|' notation)."""
    return ["|"] * (len(conditions) - 1) + list(conditions)


class Handler(Protocol):
    kind: str

    def reconcile(self, ctx: PushContext, attempt: Attempt) -> Result | None:
        """The result when the op's effect is already in Odoo, else None."""

    def apply(self, ctx: PushContext, attempt: Attempt) -> Result:
        """Make the effect; return what Odoo made (ids, states) for the op's result."""

    def explain(self, attempt: Attempt, error: GatewayError) -> tuple[str, str]:
        """Plain reason and action for a permanent Odoo refusal of this op."""


def by_marker(
    rows: list[dict[str, Any]], field_name: str, markers: dict[str, str]
) -> dict[str, list[dict[str, Any]]]:
    """Group records by the op marker their `field_name` carries (marker -> op uuid)."""
    found: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        text = str(row.get(field_name) or "")
        for marker, op_uuid in markers.items():
            if marker in text:
                found.setdefault(op_uuid, []).append(row)
    return found


def local_time(odoo_datetime: str | None) -> str:
    """An Odoo UTC datetime as the PC's local "HH:MM" (or "DD/MM HH:MM" when not today)."""
    if not odoo_datetime:
        return msg("an unknown time")
    moment = datetime.strptime(odoo_datetime, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC).astimezone()
    if moment.date() == datetime.now().astimezone().date():
        return moment.strftime("%H:%M")
    return moment.strftime("%d/%m %H:%M")


def action_result(value: Any) -> dict[str, Any] | None:
    """An act_window/client action dict Odoo answered instead of True, else None."""
    if isinstance(value, dict):
        return value
    if value in (True, None, False) or isinstance(value, int | list):
        return None
    raise ProtocolError(
        msg("Odoo answered {answer} where an action or True was expected.", answer=repr(value))
    )
