"""Store KPIs: pure arithmetic over plain facts (storeapp/offline/kpi_repo.py gathers them).

Definitions, so that every number on the dashboard can be checked by hand:

- median: the middle value, or the mean of the two middle values of an even count;
- p90: nearest rank — the smallest value with at least 90 % of the values at or below it;
- a rate is a share between 0 and 1 (None when there is nothing to divide by: "no data" is
  not "0 %");
- a fact belongs to a period when its own time is in [start, end).

Click-and-collect: the funnel follows one cohort, the orders released in the period (Odoo's order
date): released = their number; picked, ready and collected = how many of *those same orders*
have reached the step by now (a later step counts for the earlier ones, e.g. an order picked in
Odoo directly is picked). So Collected never sits beside Ready for different orders.
order→ready and ready→collected are measured on the orders that reached the later step in the
period; the short-pick rate of a reason is the share of the orders made ready in the period with
a line short for it.
Returns: count and value of the returns taken; refusal rate = refused / (taken + refused);
override rate = taken with a manager's override / taken; refund cycle = from the return being
taken to Odoo confirming it. Counts: exact rate = share of counted lines whose count equalled the system's quantity;
within-tolerance rate = share whose difference was within the store's tolerance (applied without
a manager; a line counted 13 against 14 may be within it, it is not exact); adjustment value = sum
of |value| of the adjustments.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta


def median(values: Sequence[float]) -> float | None:
    return float(statistics.median(values)) if values else None


def percentile(values: Sequence[float], p: float) -> float | None:
    """Nearest-rank percentile (p in 0..100)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return float(ordered[rank - 1])


def rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class Period:
    """[start, end) in UTC, with the label shown to people."""

    key: str  # today | 7d | 30d
    start: datetime
    end: datetime

    def has(self, moment: datetime | None) -> bool:
        return moment is not None and self.start <= moment < self.end


def periods(now: datetime, day_start: datetime) -> list[Period]:
    """Today (since the store's midnight, given as `day_start`), the last 7 and 30 days."""
    end = now + timedelta(microseconds=1)
    return [
        Period("today", day_start, end),
        Period("7d", now - timedelta(days=7), end),
        Period("30d", now - timedelta(days=30), end),
    ]


def _minutes(later: datetime | None, earlier: datetime | None) -> float | None:
    if later is None or earlier is None or later < earlier:
        return None
    return (later - earlier).total_seconds() / 60


# --------------------------------------------------------------------------- facts


@dataclass(frozen=True)
class OrderFact:
    """One click-and-collect order as the journal and the cache know it."""

    picking_id: int
    ordered_at: datetime | None = None
    started_at: datetime | None = None
    ready_at: datetime | None = None
    collected_at: datetime | None = None
    short_reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReturnFact:
    at: datetime
    taken: bool  # False: refused
    value: float = 0.0
    overridden: bool = False
    reasons: tuple[str, ...] = ()
    confirmed_at: datetime | None = None  # Odoo made the return (its op is done)


@dataclass(frozen=True)
class CountLineFact:
    at: datetime
    within_tolerance: bool
    exact: bool = False  # counted == the system's quantity


@dataclass(frozen=True)
class AdjustmentFact:
    at: datetime
    value: float  # value of the stock change, signed


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class ClickCollectKpis:
    released: int = 0
    picked: int = 0
    ready: int = 0
    collected: int = 0
    order_to_ready_median: float | None = None  # minutes
    order_to_ready_p90: float | None = None
    ready_to_collected_median: float | None = None
    ready_to_collected_p90: float | None = None
    overdue: int = 0  # now, not per period
    short_rate: float | None = None
    short_rate_by_reason: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class ReturnKpis:
    count: int = 0
    value: float = 0.0
    refused: int = 0
    refusal_rate: float | None = None
    override_rate: float | None = None
    top_reasons: list[tuple[str, int]] = field(default_factory=list)
    refund_cycle_median: float | None = None  # minutes


@dataclass(frozen=True)
class CountKpis:
    lines: int = 0
    exact_rate: float | None = None
    within_tolerance_rate: float | None = None
    adjustment_value: float = 0.0
    approvals_waiting: int = 0  # now
    approvals_oldest_hours: float | None = None
    approvals_median_hours: float | None = None


def click_collect(
    orders: Iterable[OrderFact], period: Period, *, overdue: int = 0
) -> ClickCollectKpis:
    orders = list(orders)
    cohort = [o for o in orders if period.has(o.ordered_at)]
    ready = [o for o in orders if period.has(o.ready_at)]
    collected = [o for o in orders if period.has(o.collected_at)]
    to_ready = [m for o in ready if (m := _minutes(o.ready_at, o.ordered_at)) is not None]
    to_collect = [m for o in collected if (m := _minutes(o.collected_at, o.ready_at)) is not None]
    reasons: Counter[str] = Counter()
    for o in ready:
        reasons.update(set(o.short_reasons))
    return ClickCollectKpis(
        released=len(cohort),
        picked=sum(1 for o in cohort if o.started_at or o.ready_at or o.collected_at),
        ready=sum(1 for o in cohort if o.ready_at or o.collected_at),
        collected=sum(1 for o in cohort if o.collected_at),
        order_to_ready_median=median(to_ready),
        order_to_ready_p90=percentile(to_ready, 90),
        ready_to_collected_median=median(to_collect),
        ready_to_collected_p90=percentile(to_collect, 90),
        overdue=overdue,
        short_rate=rate(sum(1 for o in ready if o.short_reasons), len(ready)),
        short_rate_by_reason={r: n / len(ready) for r, n in sorted(reasons.items())},
    )


def returns(facts: Iterable[ReturnFact], period: Period, *, top: int = 5) -> ReturnKpis:
    inside = [f for f in facts if period.has(f.at)]
    taken = [f for f in inside if f.taken]
    refused = len(inside) - len(taken)
    reasons: Counter[str] = Counter(r for f in taken for r in f.reasons)
    cycle = [m for f in taken if (m := _minutes(f.confirmed_at, f.at)) is not None]
    return ReturnKpis(
        count=len(taken),
        value=round(sum(f.value for f in taken), 2),
        refused=refused,
        refusal_rate=rate(refused, len(inside)),
        override_rate=rate(sum(1 for f in taken if f.overridden), len(taken)),
        top_reasons=sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))[:top],
        refund_cycle_median=median(cycle),
    )


def counts(
    lines: Iterable[CountLineFact],
    period: Period,
    *,
    adjustments: Iterable[AdjustmentFact] = (),
    waiting_since: Sequence[datetime] = (),
    now: datetime,
) -> CountKpis:
    inside = [f for f in lines if period.has(f.at)]
    values = [a.value for a in adjustments if period.has(a.at)]
    ages = [(now - t).total_seconds() / 3600 for t in waiting_since]
    return CountKpis(
        lines=len(inside),
        exact_rate=rate(sum(1 for f in inside if f.exact), len(inside)),
        within_tolerance_rate=rate(sum(1 for f in inside if f.within_tolerance), len(inside)),
        adjustment_value=round(sum(abs(v) for v in values), 2),
        approvals_waiting=len(ages),
        approvals_oldest_hours=max(ages) if ages else None,
        approvals_median_hours=median(ages),
    )


# --------------------------------------------------------------------------- technical


@dataclass(frozen=True)
class ModelSync:
    model: str
    last_success_at: datetime | None


@dataclass(frozen=True)
class TechnicalKpis:
    """The PC's plumbing now (not per period), plus failures counted in the period."""

    outbox_depth: int = 0
    oldest_waiting_minutes: float | None = None
    parked: int = 0
    sync_failures: int = 0  # transient failures recorded in the period
    last_sync: list[ModelSync] = field(default_factory=list)
    webhooks_waiting: int = 0
    webhooks_failed: int = 0


# --------------------------------------------------------------------------- the whole page


@dataclass(frozen=True)
class Dashboard:
    """Every KPI of one period."""

    period: Period
    click_collect: ClickCollectKpis
    returns: ReturnKpis
    counts: CountKpis
    technical: TechnicalKpis


def _fmt(value: float | None, kind: str) -> str:
    """Plain text for CSV: rates as percent with one decimal, times in minutes, money 2 dp."""
    if value is None:
        return ""
    if kind == "rate":
        return f"{value * 100:.1f}"
    if kind in ("minutes", "hours", "money"):
        return f"{value:.2f}" if kind == "money" else f"{value:.1f}"
    return str(int(value))


def measures(board: Dashboard) -> list[tuple[str, str, float | None, str]]:
    """(section, measure, value, kind) for every number of a period, in display order.
    kind is one of count | rate | minutes | hours | money."""
    cc, rt, ct, tech = board.click_collect, board.returns, board.counts, board.technical
    rows: list[tuple[str, str, float | None, str]] = [
        ("click_collect", "released", cc.released, "count"),
        ("click_collect", "picked", cc.picked, "count"),
        ("click_collect", "ready", cc.ready, "count"),
        ("click_collect", "collected", cc.collected, "count"),
        ("click_collect", "order_to_ready_median_min", cc.order_to_ready_median, "minutes"),
        ("click_collect", "order_to_ready_p90_min", cc.order_to_ready_p90, "minutes"),
        ("click_collect", "ready_to_collected_median_min", cc.ready_to_collected_median, "minutes"),
        ("click_collect", "ready_to_collected_p90_min", cc.ready_to_collected_p90, "minutes"),
        ("click_collect", "overdue_now", cc.overdue, "count"),
        ("click_collect", "short_pick_rate_pct", cc.short_rate, "rate"),
    ]
    rows += [
        ("click_collect", f"short_pick_rate_pct.{reason}", share, "rate")
        for reason, share in cc.short_rate_by_reason.items()
    ]
    rows += [
        ("returns", "count", rt.count, "count"),
        ("returns", "value", rt.value, "money"),
        ("returns", "refused", rt.refused, "count"),
        ("returns", "refusal_rate_pct", rt.refusal_rate, "rate"),
        ("returns", "override_rate_pct", rt.override_rate, "rate"),
        ("returns", "refund_cycle_median_min", rt.refund_cycle_median, "minutes"),
    ]
    rows += [("returns", f"reason.{reason}", n, "count") for reason, n in rt.top_reasons]
    rows += [
        ("counts", "lines", ct.lines, "count"),
        ("counts", "exact_match_pct", ct.exact_rate, "rate"),
        ("counts", "within_tolerance_pct", ct.within_tolerance_rate, "rate"),
        ("counts", "adjustment_value", ct.adjustment_value, "money"),
        ("counts", "approvals_waiting_now", ct.approvals_waiting, "count"),
        ("counts", "approvals_oldest_hours", ct.approvals_oldest_hours, "hours"),
        ("technical", "outbox_depth_now", tech.outbox_depth, "count"),
        ("technical", "outbox_oldest_min", tech.oldest_waiting_minutes, "minutes"),
        ("technical", "parked_now", tech.parked, "count"),
        ("technical", "sync_failures", tech.sync_failures, "count"),
        ("technical", "webhooks_waiting_now", tech.webhooks_waiting, "count"),
        ("technical", "webhooks_failed_now", tech.webhooks_failed, "count"),
    ]
    return rows


def csv_rows(boards: Sequence[Dashboard]) -> list[list[str]]:
    """A table for spreadsheet users: one line per measure, one column per period."""
    header = ["section", "measure", *(b.period.key for b in boards)]
    table: dict[tuple[str, str], list[str]] = {}
    for index, board in enumerate(boards):
        for section, name, value, kind in measures(board):
            row = table.setdefault((section, name), [""] * len(boards))
            row[index] = _fmt(value, kind)
    out = [header] + [[s, n, *values] for (s, n), values in table.items()]
    if boards:
        for sync in boards[0].technical.last_sync:
            stamp = sync.last_success_at.isoformat() if sync.last_success_at else ""
            out.append(["last_sync", sync.model, *([stamp] * len(boards))])
    return out
