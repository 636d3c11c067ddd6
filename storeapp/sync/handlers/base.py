"""What every push handler has: reconcile (is the effect already in Odoo?) then apply.

Reconcile runs before every apply, the first included: the previous attempt may have committed
in Odoo and lost its reply. A handler refuses for good by raising `Park` with plain words for
the person who will deal with it; gateway errors are classified by the push engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from storeapp.offline.outbox import OpRecord
from storeapp.sync.errors import GatewayError, ProtocolError
from storeapp.sync.gateway import OdooGateway, OdooVersion
from storeapp.sync.settings import SyncSettings

Result = dict[str, Any]


class Park(Exception):
    """A permanent refusal: the op waits for a person. `reason` says what happened, `action`
    what to do about it."""

    def __init__(self, reason: str, action: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.action = action


@dataclass
class Attempt:
    """One push attempt of one op: what reconcile learned, for apply to reuse."""

    op: OpRecord
    payload: dict[str, Any]
    scratch: dict[str, Any] = field(default_factory=dict)

    @property
    def first(self) -> bool:
        """No earlier attempt can have reached Odoo: `mark_sending` is committed before any
        request and counts this attempt, so attempts == 1 means none was ever sent. (An op
        left in `sending` by a crash comes back with attempts >= 2.) Handlers whose reconcile
        only looks for this op's own marker skip that search on the first attempt; handlers
        that look at record state (a picking validated by someone else) always look."""
        return self.op.attempts <= 1


@dataclass
class PushContext:
    gateway: OdooGateway
    settings: SyncSettings

    @property
    def version(self) -> OdooVersion:
        return self.gateway.version

    def server_time(self, moment: datetime) -> datetime:
        """A moment of our clock expressed on the server's clock (Date header offset)."""
        offset = self.gateway.stats.server_time_offset or 0.0
        return moment + timedelta(seconds=offset)


class Handler(Protocol):
    kind: str

    def reconcile(self, ctx: PushContext, attempt: Attempt) -> Result | None:
        """The result when the op's effect is already in Odoo, else None."""

    def apply(self, ctx: PushContext, attempt: Attempt) -> Result:
        """Make the effect; return what Odoo made (ids, states) for the op's result."""

    def explain(self, attempt: Attempt, error: GatewayError) -> tuple[str, str]:
        """Plain reason and action for a permanent Odoo refusal of this op."""


def local_time(odoo_datetime: str | None) -> str:
    """An Odoo UTC datetime as the PC's local "HH:MM" (or "DD/MM HH:MM" when not today)."""
    if not odoo_datetime:
        return "an unknown time"
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
    raise ProtocolError(f"Odoo answered {value!r} where an action or True was expected.")
