"""The four store-job overviews: Click & Collect, Returns, Counts, Approvals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from storeapp.offline import store_figures
from storeapp.offline.clock import utcnow
from storeapp.ui.background import Work
from storeapp.ui.executors import Executors
from storeapp.ui.pages.overview import Overview, OverviewPage, Tile
from storeapp.ui.statusbar import format_age


def tr(text: str) -> str:
    return QCoreApplication.translate("StoreJobs", text)


def _level(n: int, warn_at: int = 1, bad: bool = False) -> str:
    if n >= warn_at:
        return "error" if bad else "warn"
    return "ok"


def click_collect_overview(f: store_figures.ClickCollectFigures) -> Overview:
    return Overview(
        [
            Tile(
                str(f.ready_to_pick), tr("Ready to pick (stock reserved)"), _level(f.ready_to_pick)
            ),
            Tile(str(f.to_pick), tr("Waiting for stock or not yet confirmed"), "ok"),
            Tile(str(f.overdue), tr("Overdue (promised time passed)"), _level(f.overdue, bad=True)),
            Tile(str(f.done_today), tr("Handed over or shipped today"), "ok"),
            Tile(str(f.in_progress_here), tr("Picks in progress on this PC"), "ok"),
            Tile(
                str(f.waiting_to_send),
                tr("Pick changes waiting to reach Odoo"),
                _level(f.waiting_to_send),
            ),
        ],
        tr(
            "Figures come from this PC's copy of the store's Odoo orders and refresh after "
            "every sync. The scan-to-pick and handover screen is the next part of the app; "
            "until it arrives, pick these orders in Odoo."
        ),
    )


def returns_overview(f: store_figures.ReturnFigures) -> Overview:
    return Overview(
        [
            Tile(
                str(f.returnable_deliveries),
                tr("Delivered orders on this PC that can be returned"),
                "ok",
            ),
            Tile(str(f.returns_in_odoo), tr("Returns already recorded in Odoo"), "ok"),
            Tile(str(f.open_here), tr("Return intakes in progress on this PC"), "ok"),
            Tile(
                str(f.needs_approval), tr("Returns waiting for a manager"), _level(f.needs_approval)
            ),
            Tile(
                str(f.waiting_to_send),
                tr("Returns waiting to reach Odoo"),
                _level(f.waiting_to_send),
            ),
        ],
        tr(
            "Returns will be checked against the store's returns policy here, with the reason "
            "shown in plain words. That intake screen is the next part of the app; until then "
            "take returns in Odoo."
        ),
    )


def counts_overview(f: store_figures.CountFigures) -> Overview:
    return Overview(
        [
            Tile(str(f.requests), tr("Count requests due today or earlier"), _level(f.requests)),
            Tile(
                str(f.overdue_requests),
                tr("Count requests overdue"),
                _level(f.overdue_requests, bad=True),
            ),
            Tile(str(f.open_here), tr("Counts in progress on this PC"), "ok"),
            Tile(
                str(f.waiting_approval),
                tr("Adjustments waiting for a manager"),
                _level(f.waiting_approval),
            ),
            Tile(
                str(f.waiting_to_send),
                tr("Adjustments waiting to reach Odoo"),
                _level(f.waiting_to_send),
            ),
            Tile(f"{f.products:,}", tr("Products known on this PC"), "ok"),
        ],
        tr(
            "Blind counting by location or product, with recounts and manager approval, is the "
            "next part of the app. Count requests come from Odoo's scheduled count dates."
        ),
    )


def approvals_overview(f: store_figures.ApprovalFigures, now: datetime) -> Overview:
    age = format_age((now - f.oldest_pending_at).total_seconds()) if f.oldest_pending_at else "—"
    kinds = ", ".join(f"{k}: {n}" for k, n in sorted(f.by_kind.items())) or tr("none")
    return Overview(
        [
            Tile(str(f.pending), tr("Decisions waiting for a manager"), _level(f.pending)),
            Tile(age, tr("Oldest waiting for"), "warn" if f.pending else "ok"),
        ],
        tr(
            "Waiting by kind: {kinds}. Managers will approve or reject stock adjustments and "
            "return exceptions here, one by one or in bulk, also offline; a manager never "
            "approves their own work."
        ).format(kinds=kinds),
    )


def build_pages(
    executors: Executors,
    cache,
    journal,
    errors,
    clock: Callable[[], datetime] = utcnow,
) -> dict[str, OverviewPage]:
    """The four overview pages, each loading its figures on the db executor."""
    work = Work(executors)

    async def cc() -> Overview:
        return click_collect_overview(
            await work.db(store_figures.click_collect, cache, journal, clock())
        )

    async def rt() -> Overview:
        return returns_overview(await work.db(store_figures.returns, cache, journal, clock()))

    async def ct() -> Overview:
        return counts_overview(await work.db(store_figures.counts, cache, journal, clock()))

    async def ap() -> Overview:
        return approvals_overview(await work.db(store_figures.approvals, journal), clock())

    return {
        "click_collect": OverviewPage(
            tr("Click & Collect"),
            tr("Orders customers collect in this store: pick, get ready, hand over."),
            cc,
            errors,
        ),
        "returns": OverviewPage(
            tr("Returns"),
            tr("Take back goods under the store's returns policy."),
            rt,
            errors,
        ),
        "counts": OverviewPage(
            tr("Counts"),
            tr("Count stock by location or product; differences go to a manager."),
            ct,
            errors,
        ),
        "approvals": OverviewPage(
            tr("Approvals"),
            tr("Manager decisions on stock adjustments and return exceptions."),
            ap,
            errors,
        ),
    }
