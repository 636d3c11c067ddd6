"""Rules of the click-and-collect queue and handover, with no storage and no Qt.

The pick itself lives in `storeapp.core.picking` (`PickSession`). This module answers the
questions around it:

- which group an order belongs to (To pick, Picking, Ready, Collected today, Exceptions), from
  what Odoo says about it (the cache) and what this PC did with it (the journal);
- whether it is overdue, or uncollected for too long and due back on the shelf;
- whether a search text matches it (order number, customer name, last digits of a phone);
- which identity checks the handover needs, and what a bag label says.

Local work wins over the cache where they disagree, because the cache lags the journal: an
order marked ready here is Ready even while Odoo still shows it unpicked, until the push lands.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum

from storeapp.core.text import Listing, msg, translatable
from storeapp.core.wording import plural, plural_qty


class QueueGroup(StrEnum):
    TO_PICK = "to_pick"
    PICKING = "picking"
    READY = "ready"
    COLLECTED = "collected"  # collected today
    EXCEPTION = "exception"


# The order the groups are shown in: work first, then what waits for the customer.
GROUP_ORDER = (
    QueueGroup.EXCEPTION,
    QueueGroup.TO_PICK,
    QueueGroup.PICKING,
    QueueGroup.READY,
    QueueGroup.COLLECTED,
)


class LocalState(StrEnum):
    """State of the order's pick work session in the journal."""

    OPEN = "open"  # being picked on this PC
    READY = "ready"  # picked (maybe short); set_picked queued
    COLLECTED = "collected"  # handed over; validate queued
    PUT_BACK = "put_back"  # the order was cancelled or given up and the items went back


OPEN_ODOO_STATES = ("draft", "waiting", "confirmed", "assigned", "partially_available")


@dataclass(frozen=True)
class OrderFacts:
    """Everything the queue needs to know about one order, gathered by the repository."""

    picking_id: int
    name: str  # the delivery, e.g. LYO/OUT/00012
    odoo_state: str
    customer: str = ""
    sale_name: str | None = None  # S00012
    client_ref: str | None = None  # the customer's own reference (web order number)
    phone_last4: str | None = None
    promised_at: datetime | None = None  # aware UTC
    lines: int = 0
    units: float = 0.0
    lines_picked_in_odoo: int = 0
    odoo_changed_at: datetime | None = None  # write_date: when Odoo last touched the order
    date_done: datetime | None = None
    local_state: LocalState | None = None
    local_changed_at: datetime | None = None
    picker: str | None = None  # who holds the claim (open picks)
    missing: tuple[str, ...] = ()  # short lines in words, when ready with shorts
    parked_reason: str | None = None
    parked_action: str | None = None
    validation_sent: bool = False  # a picking.validate op exists for it (any state)

    @property
    def picked_in_odoo(self) -> bool:
        return self.lines > 0 and self.lines_picked_in_odoo >= self.lines


@dataclass(frozen=True)
class QueueEntry:
    facts: OrderFacts
    group: QueueGroup
    overdue: bool = False
    exception: str | None = None  # what is wrong, in plain words (Exceptions only)
    action: str | None = None  # what to do about it
    uncollected_days: int | None = None

    @property
    def picking_id(self) -> int:
        return self.facts.picking_id

    @property
    def can_pick(self) -> bool:
        return self.group in (QueueGroup.TO_PICK, QueueGroup.PICKING)

    @property
    def can_hand_over(self) -> bool:
        """Ready orders, and exceptions that are ready with missing items or uncollected."""
        f = self.facts
        if f.odoo_state in ("cancel", "done") or f.validation_sent or f.parked_reason:
            return False
        return self.group is QueueGroup.READY or (
            self.group is QueueGroup.EXCEPTION
            and (f.local_state is LocalState.READY or f.picked_in_odoo)
        )

    @property
    def needs_put_back(self) -> bool:
        """Cancelled in Odoo after work started here, or refused by Odoo for good: the items
        go back to the shelf and the order's waiting changes are withdrawn."""
        f = self.facts
        return self.group is QueueGroup.EXCEPTION and (
            f.odoo_state == "cancel" or bool(f.parked_reason)
        )


def _local_clock(moment: datetime, tz: tzinfo | None) -> datetime:
    return moment.astimezone(tz) if tz is not None else moment.astimezone()


# The day's short name, as "Fri 27/11 14:02" writes it: the reader's language has its own
# (strftime's %a follows the C library's locale, which the command line does not set).
WEEKDAYS = translatable(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))


def format_time(moment: datetime | None, now: datetime, tz: tzinfo | None = None) -> str:
    """ "14:02" today, "Fri 27/11 14:02" another day, in the store's time zone."""
    if moment is None:
        return ""
    local = _local_clock(moment, tz)
    today = _local_clock(now, tz).date()
    if local.date() == today:
        return local.strftime("%H:%M")
    return msg(
        "{weekday} {date}", weekday=WEEKDAYS[local.weekday()], date=local.strftime("%d/%m %H:%M")
    )


def _same_local_day(a: datetime, b: datetime, tz: tzinfo | None) -> bool:
    return _local_clock(a, tz).date() == _local_clock(b, tz).date()


def classify(
    facts: OrderFacts,
    now: datetime,
    *,
    tz: tzinfo | None = None,
    uncollected_after_days: int = 7,
) -> QueueEntry | None:
    """The queue entry of an order, or None when it has no place in today's queue
    (collected another day, cancelled before anyone touched it, put back)."""
    f = facts
    if f.local_state is LocalState.PUT_BACK:
        return None
    if f.parked_reason and f.odoo_state != "cancel":
        # The cancellation is worded below; any other refusal is Odoo's reason as parked.
        return QueueEntry(
            f, QueueGroup.EXCEPTION, exception=f.parked_reason, action=f.parked_action
        )
    if f.odoo_state == "cancel":
        if f.local_state in (LocalState.OPEN, LocalState.READY):
            at = format_time(f.odoo_changed_at, now, tz) or msg("an unknown time")
            return QueueEntry(
                f,
                QueueGroup.EXCEPTION,
                exception=msg(
                    "Order {order} was cancelled in Odoo at {time}.", order=f.name, time=at
                ),
                action=msg("Put the items back on the shelf, then mark the order as put back."),
            )
        return None
    collected_here = f.local_state is LocalState.COLLECTED or f.validation_sent
    if f.odoo_state == "done" or collected_here:
        when = f.date_done if f.odoo_state == "done" else f.local_changed_at
        if when is not None and _same_local_day(when, now, tz):
            return QueueEntry(f, QueueGroup.COLLECTED)
        return None
    ready_here = f.local_state is LocalState.READY
    if ready_here or (f.picked_in_odoo and f.local_state is None):
        since = f.local_changed_at if ready_here else f.odoo_changed_at
        if since is not None:
            days = (now - since) // timedelta(days=1)
            if days >= uncollected_after_days:
                return QueueEntry(
                    f,
                    QueueGroup.EXCEPTION,
                    exception=msg("Not collected after {days}.", days=plural(days, "day")),
                    action=msg("Call the customer, or return the items to stock."),
                    uncollected_days=days,
                )
        if ready_here and f.missing:
            return QueueEntry(
                f,
                QueueGroup.EXCEPTION,
                exception=msg("Ready with missing items: {items}.", items=Listing(f.missing)),
                action=msg("Tell the customer what is missing before handing over."),
            )
        return QueueEntry(f, QueueGroup.READY)
    overdue = f.promised_at is not None and f.promised_at < now
    group = QueueGroup.PICKING if f.local_state is LocalState.OPEN else QueueGroup.TO_PICK
    return QueueEntry(f, group, overdue=overdue)


def build_queue(
    orders: Iterable[OrderFacts],
    now: datetime,
    *,
    tz: tzinfo | None = None,
    uncollected_after_days: int = 7,
) -> list[QueueEntry]:
    """Classified entries, by group (GROUP_ORDER) then promised time (earliest first; orders
    without a promised time last), then name."""
    entries = [
        e
        for e in (
            classify(o, now, tz=tz, uncollected_after_days=uncollected_after_days) for o in orders
        )
        if e is not None
    ]
    rank = {g: i for i, g in enumerate(GROUP_ORDER)}
    far = datetime.max.replace(tzinfo=UTC)
    entries.sort(
        key=lambda e: (rank[e.group], e.facts.promised_at or far, e.facts.name),
    )
    return entries


def group_counts(entries: Iterable[QueueEntry]) -> dict[QueueGroup, int]:
    counts = {g: 0 for g in GROUP_ORDER}
    for entry in entries:
        counts[entry.group] += 1
    return counts


# --------------------------------------------------------------------------- search


def fold(text: str) -> str:
    """Lower case without accents, so "lea" finds "Léa"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def matches(facts: OrderFacts, query: str) -> bool:
    """Search by order number (delivery, sale order or customer reference, also their last
    digits), customer name (any word, accents ignored) or the last digits of a phone."""
    q = fold(query.strip())
    if not q:
        return True
    if q.isdigit():
        if facts.phone_last4 and len(q) <= 4 and facts.phone_last4.endswith(q):
            return True
        numbers = [facts.name, facts.sale_name or "", facts.client_ref or ""]
        return any("".join(c for c in n if c.isdigit()).endswith(q) for n in numbers if n)
    haystack = [facts.name, facts.sale_name or "", facts.client_ref or "", facts.customer]
    return any(q in fold(text) for text in haystack if text)


def find_for_handover(entries: Sequence[QueueEntry], code: str) -> QueueEntry | None:
    """The order a scanned pickup code or order number stands for (exact match first)."""
    wanted = fold(code.strip())
    if not wanted:
        return None
    for entry in entries:
        f = entry.facts
        names = (f.name, f.sale_name, f.client_ref)
        if any(n and fold(n) == wanted for n in names):
            return entry
    return None


# --------------------------------------------------------------------------- handover


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    label: str


KNOWN_CHECKS = translatable(
    {
        "name": "The customer's name matches the order",
        "order_number": "The order number or pickup code matches",
        "id_shown": "The customer showed a photo ID",
        "pickup_code": "The customer gave the pickup code from their e-mail",
    }
)


def checklist(configured: Sequence[str]) -> tuple[ChecklistItem, ...]:
    """The store's handover checks: known keys get the standard wording, any other text is a
    check in the store's own words. An empty setting still asks for the name."""
    items = []
    seen: set[str] = set()
    for raw in configured or ("name",):
        key = raw.strip()
        if not key or key in seen:
            continue
        seen.add(key)
        items.append(ChecklistItem(key, KNOWN_CHECKS.get(key, key)))
    return tuple(items) or (ChecklistItem("name", KNOWN_CHECKS["name"]),)


def missing_checks(items: Sequence[ChecklistItem], ticked: Iterable[str]) -> list[ChecklistItem]:
    done = set(ticked)
    return [item for item in items if item.key not in done]


# --------------------------------------------------------------------------- bag label


@dataclass(frozen=True)
class BagLabel:
    """What is printed on the bag: big enough to find the bag on a shelf from a metre away."""

    order: str
    customer: str
    sale_name: str | None
    items: float
    lines: int
    ready_at: datetime
    picked_by: str
    store: str = ""
    promised_at: datetime | None = None
    missing: tuple[str, ...] = field(default_factory=tuple)

    def detail_lines(self, tz: tzinfo | None = None) -> list[str]:
        """The lines under the customer's name, as messages: the label is printed in the
        language of whoever prints it (English in logs)."""
        rows: list[str] = [
            msg(
                "{items} on {lines}",
                items=plural_qty(self.items, "item"),
                lines=plural(self.lines, "line"),
            ),
            msg(
                "Ready {when} · picked by {who}",
                when=_label_clock(self.ready_at, tz),
                who=self.picked_by,
            ),
        ]
        if self.promised_at is not None:
            rows.append(msg("Promised {when}", when=_label_clock(self.promised_at, tz)))
        if self.missing:
            rows.append(msg("Missing: {items}", items=Listing(self.missing)))
        return rows


def _label_clock(moment: datetime, tz: tzinfo | None) -> str:
    """A day and time on the label, written one way in every language ("04/12/2026 16:05")."""
    return _local_clock(moment, tz).strftime("%d/%m/%Y %H:%M")
