"""The dashboard without widgets: load the KPIs of every period off the Qt thread, and turn
them into the words and numbers the page shows (tiles, chart bars, table rows, CSV)."""

from __future__ import annotations

import csv
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from storeapp.core import kpi
from storeapp.core.pick_lines import DEFAULT_SHORT_REASONS
from storeapp.core.text import translatable
from storeapp.offline.clock import utcnow
from storeapp.offline.kpi_repo import KpiRepo
from storeapp.offline.odoo_key import days_left_to_warn, load_key_expiry
from storeapp.ui.background import Work
from storeapp.ui.executors import Executors
from storeapp.ui.language import translated
from storeapp.ui.session import SignedInEmployee

PERIOD_KEYS = ("today", "7d", "30d")


def tr(text: str) -> str:
    return QCoreApplication.translate("DashboardPresenter", text)


class NotAllowed(PermissionError):
    """Only managers see the dashboard (the message says so)."""


def period_label(key: str) -> str:
    return {"today": tr("Today"), "7d": tr("Last 7 days"), "30d": tr("Last 30 days")}[key]


def format_minutes(minutes: float | None) -> str:
    """45 min, 2 h 05 min, 3 d 4 h — or an en dash when there is nothing to measure."""
    if minutes is None:
        return "–"
    total = round(minutes)
    if total < 60:
        return tr("{m} min").format(m=total)
    hours, mins = divmod(total, 60)
    if hours < 24:
        if mins == 0:
            return tr("{h} h").format(h=hours)
        return tr("{h} h {m:02d} min").format(h=hours, m=mins)
    days, hours = divmod(hours, 24)
    return tr("{d} d {h} h").format(d=days, h=hours)


def format_rate(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f} %"


def format_money(value: float) -> str:
    return f"{value:,.2f}"


def format_value(value: float | None, kind: str) -> str:
    if value is None:
        return "–"
    if kind == "rate":
        return format_rate(value)
    if kind == "minutes":
        return format_minutes(value)
    if kind == "hours":
        return format_minutes(value * 60)
    if kind == "money":
        return format_money(value)
    return f"{int(value)}"


SHORT_LABELS = {r.code: r.label for r in DEFAULT_SHORT_REASONS}


def reason_label(code: str) -> str:
    """A return reason code as words ("wrong_size" → "Wrong size")."""
    return code.replace("_", " ").capitalize()


def measure_label(name: str) -> str:
    """People's words for a measure key of storeapp.core.kpi.measures."""
    base, _, reason = name.partition(".")
    if base == "short_pick_rate_pct" and reason:
        return tr("Short picks: {reason}").format(
            reason=translated(SHORT_LABELS.get(reason, reason))
        )
    if base == "reason":
        return tr("Return reason: {reason}").format(reason=reason_label(reason))
    labels = {
        "released": tr("Orders released"),
        "picked": tr("Of these: picked"),
        "ready": tr("Of these: ready"),
        "collected": tr("Of these: collected"),
        "order_to_ready_median_min": tr("Order → ready, median"),
        "order_to_ready_p90_min": tr("Order → ready, p90"),
        "ready_to_collected_median_min": tr("Ready → collected, median"),
        "ready_to_collected_p90_min": tr("Ready → collected, p90"),
        "overdue_now": tr("Overdue now"),
        "short_pick_rate_pct": tr("Orders with a short pick"),
        "count": tr("Returns taken"),
        "value": tr("Value returned"),
        "refused": tr("Returns refused"),
        "refusal_rate_pct": tr("Refusal rate"),
        "override_rate_pct": tr("Manager override rate"),
        "refund_cycle_median_min": tr("Return → confirmed in Odoo, median"),
        "lines": tr("Lines counted"),
        "exact_match_pct": tr("Counted exactly"),
        "within_tolerance_pct": tr("Counts within tolerance"),
        "adjustment_value": tr("Adjustment value"),
        "approvals_waiting_now": tr("Approvals waiting now"),
        "approvals_oldest_hours": tr("Oldest approval waiting"),
        "outbox_depth_now": tr("Changes waiting for Odoo"),
        "outbox_oldest_min": tr("Oldest waiting change"),
        "parked_now": tr("Parked (need a person)"),
        "sync_failures": tr("Sync failures"),
        "webhooks_waiting_now": tr("Webhook events waiting"),
        "webhooks_failed_now": tr("Webhook events refused or given up"),
    }
    return labels.get(name, name)


SECTIONS = translatable(
    {
        "click_collect": "Click && Collect",
        "returns": "Returns",
        "counts": "Counts",
        "technical": "Technical",
    }
)


@dataclass(frozen=True)
class Tile:
    """One headline number of the selected period."""

    key: str
    title: str
    value: str
    note: str
    level: str  # ok | warn | error | info


def key_expiry_tile(days: int) -> Tile:
    """The Odoo key's coming expiry as a tile ("in 1 day" and "in {n} days" are two texts, so
    German can say "in 1 Tag" and "in 3 Tagen")."""
    if days <= 0:
        when = tr("today")
    elif days == 1:
        when = tr("in 1 day")
    else:
        when = tr("in {n} days").format(n=days)
    return Tile(
        "odoo_key",
        tr("Odoo key expires"),
        when,
        tr("IT stores a new key (storeapp provision)"),
        "error" if days <= 3 else "warn",
    )


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str


class DashboardPresenter:
    """Holds the loaded periods and the selected one."""

    def __init__(
        self,
        repo: KpiRepo,
        executors: Executors,
        employee: Callable[[], SignedInEmployee | None],
        *,
        timezone: str = "",
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.repo = repo
        self.executors = executors
        self.work = Work(executors)
        self.employee = employee
        self.timezone = timezone
        self.clock = clock
        self.boards: dict[str, kpi.Dashboard] = {}
        self.period = "today"
        self.loaded_at: datetime | None = None
        self.key_days_left: int | None = None  # the device's Odoo key expires soon

    def day_start(self) -> datetime:
        """Midnight of the store's day, in UTC (the store's time zone, else this PC's)."""
        now = self.clock()
        zone = zoneinfo.ZoneInfo(self.timezone) if self.timezone else None
        local = now.astimezone(zone) if zone else now.astimezone()
        return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)

    async def load(self) -> dict[str, kpi.Dashboard]:
        who = self.employee()
        if who is None or not who.is_manager:
            raise NotAllowed(tr("The dashboard is for managers. Ask a manager to sign in."))
        # Reads only, on a thread of their own: a long journal must not hold up the db worker
        # that saves store work (WAL lets these reads run beside its writes).
        boards = await self.work.read(self.repo.dashboards, self.day_start())
        expires_at = await self.work.read(load_key_expiry, self.repo.journal)
        self.key_days_left = days_left_to_warn(expires_at, self.clock())
        self.boards = {b.period.key: b for b in boards}
        self.loaded_at = self.clock()
        return self.boards

    @property
    def board(self) -> kpi.Dashboard | None:
        return self.boards.get(self.period)

    # ------------------------------------------------------------------ headline tiles

    def tiles(self) -> list[Tile]:
        board = self.board
        if board is None:
            return []
        cc, rt, ct, tech = board.click_collect, board.returns, board.counts, board.technical
        oldest = ct.approvals_oldest_hours
        return [
            Tile(
                "ready",
                tr("Orders ready"),
                str(cc.ready),
                tr("of {r} released · {c} collected").format(c=cc.collected, r=cc.released),
                "info",
            ),
            Tile(
                "overdue",
                tr("Overdue now"),
                str(cc.overdue),
                tr("past the promised time"),
                "error" if cc.overdue else "ok",
            ),
            Tile(
                "order_to_ready",
                tr("Order → ready"),
                format_minutes(cc.order_to_ready_median),
                tr("median · p90 {p}").format(p=format_minutes(cc.order_to_ready_p90)),
                "info",
            ),
            Tile(
                "returns",
                tr("Returns"),
                str(rt.count),
                tr("{v} · refused {r}").format(
                    v=format_money(rt.value), r=format_rate(rt.refusal_rate)
                ),
                "info",
            ),
            Tile(
                "exact",
                tr("Counted exactly"),
                format_rate(ct.exact_rate),
                tr("{n} lines counted").format(n=ct.lines),
                "info",
            ),
            Tile(
                "within_tolerance",
                tr("Counts within tolerance"),
                format_rate(ct.within_tolerance_rate),
                tr("no manager needed"),
                "warn"
                if ct.within_tolerance_rate is not None and ct.within_tolerance_rate < 0.9
                else "ok",
            ),
            Tile(
                "approvals",
                tr("Approvals waiting"),
                str(ct.approvals_waiting),
                tr("oldest {age}").format(age=format_minutes(oldest * 60))
                if oldest is not None
                else tr("none waiting"),
                "warn" if oldest is not None and oldest >= 4 else "ok",
            ),
            Tile(
                "outbox",
                tr("Waiting for Odoo"),
                str(tech.outbox_depth),
                tr("{p} parked · oldest {age}").format(
                    p=tech.parked, age=format_minutes(tech.oldest_waiting_minutes)
                ),
                "error" if tech.parked else ("warn" if tech.outbox_depth else "ok"),
            ),
            *self._key_tile(),
        ]

    def _key_tile(self) -> list[Tile]:
        """From 14 days before Odoo refuses the device's key: IT must store a new one."""
        days = self.key_days_left
        return [] if days is None else [key_expiry_tile(days)]

    # ------------------------------------------------------------------ charts

    def funnel(self) -> list[Bar]:
        board = self.board
        if board is None:
            return []
        cc = board.click_collect
        steps = [
            (tr("Released"), cc.released),
            (tr("Picked"), cc.picked),
            (tr("Ready"), cc.ready),
            (tr("Collected"), cc.collected),
        ]
        return [Bar(label, value, str(value)) for label, value in steps]

    def short_reasons(self) -> list[Bar]:
        board = self.board
        if board is None:
            return []
        shares = board.click_collect.short_rate_by_reason
        ordered = sorted(shares.items(), key=lambda kv: (-kv[1], kv[0]))
        return [
            Bar(translated(SHORT_LABELS.get(r, r)), v * 100, format_rate(v)) for r, v in ordered
        ]

    def return_reasons(self) -> list[Bar]:
        board = self.board
        if board is None:
            return []
        return [Bar(reason_label(r), n, str(n)) for r, n in board.returns.top_reasons]

    # ------------------------------------------------------------------ tables and export

    def rows(self, section: str) -> list[tuple[str, list[str]]]:
        """(measure, value per period) for one section, periods in PERIOD_KEYS order."""
        boards = [self.boards[k] for k in PERIOD_KEYS if k in self.boards]
        if not boards:
            return []
        table: dict[str, list[str]] = {}
        for index, board in enumerate(boards):
            for sec, name, value, kind in kpi.measures(board):
                if sec == section:
                    row = table.setdefault(name, ["–"] * len(boards))
                    row[index] = format_value(value, kind)
        out = [(measure_label(name), values) for name, values in table.items()]
        if section == "technical":
            now = self.clock()
            for sync in boards[0].technical.last_sync:
                when = sync.last_success_at
                text = (
                    tr("{age} ago").format(age=format_minutes((now - when).total_seconds() / 60))
                    if when
                    else tr("never")
                )
                out.append(
                    (tr("Last sync: {model}").format(model=sync.model), [text] * len(boards))
                )
        return out

    def export_csv(self, path: Path | str) -> int:
        """Write every measure of every period to `path`; returns the number of data lines."""
        boards = [self.boards[k] for k in PERIOD_KEYS if k in self.boards]
        if not boards:
            raise ValueError(tr("Nothing to export yet: wait for the figures to load."))
        rows = kpi.csv_rows(boards)
        with Path(path).open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(rows)
        return len(rows) - 1
