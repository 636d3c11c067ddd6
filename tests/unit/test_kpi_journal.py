"""Every dashboard KPI computed from a fixture journal and cache, against answers worked out by
hand (tests/unit/kpi_fixture.py lists the facts)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from storeapp.core import kpi
from storeapp.offline.kpi_repo import KpiRepo
from tests.unit.kpi_fixture import CUSTOMER_CANARY, DAY_START, build


@pytest.fixture(scope="module")
def boards(tmp_path_factory: pytest.TempPathFactory) -> dict[str, kpi.Dashboard]:
    folder: Path = tmp_path_factory.mktemp("kpi")
    journal, cache, clock = build(folder)
    try:
        result = KpiRepo(journal, cache, clock=clock).dashboards(DAY_START)
    finally:
        cache.close()
        journal.close()
    return {b.period.key: b for b in result}


def test_click_collect_today(boards):
    cc = boards["today"].click_collect
    # The funnel follows the orders released today (1, 3, 5): 1 and 3 picked and ready, only 1
    # collected. Order 2, released two days ago and collected today, is not today's cohort.
    assert (cc.released, cc.picked, cc.ready, cc.collected) == (3, 2, 2, 1)
    # Times are measured on the orders that reached the step today: ready 1 (60 min), 3 (40
    # min); collected 1 (120 min after ready) and 2 (ready two days ago: 3000 min).
    assert cc.order_to_ready_median == 50 and cc.order_to_ready_p90 == 60
    assert cc.ready_to_collected_median == 1560 and cc.ready_to_collected_p90 == 3000
    assert cc.overdue == 1  # order 3: promised at 12:00, still open at 15:00
    assert cc.short_rate == 0.5
    assert cc.short_rate_by_reason == {"damaged": 0.5, "not_found": 0.5}


def test_click_collect_7_and_30_days(boards):
    week = boards["7d"].click_collect
    assert (week.released, week.picked, week.ready, week.collected) == (4, 3, 3, 2)
    assert week.order_to_ready_median == 60 and week.order_to_ready_p90 == 120
    assert week.short_rate == pytest.approx(2 / 3)
    assert week.short_rate_by_reason == pytest.approx({"damaged": 1 / 3, "not_found": 2 / 3})
    month = boards["30d"].click_collect
    assert (month.released, month.picked, month.ready, month.collected) == (5, 4, 4, 3)
    assert month.order_to_ready_median == 50 and month.order_to_ready_p90 == 120
    assert month.ready_to_collected_median == 120 and month.ready_to_collected_p90 == 3000
    assert month.short_rate == 0.5


def test_returns(boards):
    today = boards["today"].returns
    assert (today.count, today.value, today.refused) == (1, 30.0, 1)
    assert today.refusal_rate == 0.5 and today.override_rate == 1.0
    assert today.top_reasons == [("damaged", 1), ("wrong_size", 1)]
    assert today.refund_cycle_median == 45
    week = boards["7d"].returns
    assert (week.count, week.value, week.refused) == (2, 50.5, 1)
    assert week.refusal_rate == pytest.approx(1 / 3) and week.override_rate == 0.5
    assert week.top_reasons == [("wrong_size", 2), ("damaged", 1)]
    month = boards["30d"].returns
    assert (month.count, month.refused, month.refusal_rate) == (2, 2, 0.5)


def test_counts_and_approvals(boards):
    today = boards["today"].counts
    # Counted 4 lines today: 2 exactly as the system said, 3 within the store's tolerance.
    assert (today.lines, today.exact_rate, today.within_tolerance_rate) == (4, 0.5, 0.75)
    assert today.adjustment_value == 116.5  # 12.50 + 4.00 + 100.00; the rejected 999 is not
    assert today.approvals_waiting == 1 and today.approvals_oldest_hours == 3
    week = boards["7d"].counts
    assert week.lines == 6 and week.within_tolerance_rate == pytest.approx(4 / 6)
    assert week.exact_rate == pytest.approx(3 / 6)
    assert week.adjustment_value == 123.75


def test_technical(boards):
    tech = boards["today"].technical
    # Waiting: order 2 (failed), 3, return 3, three count adjustments (queued), order 4 parked.
    assert (tech.outbox_depth, tech.parked, tech.sync_failures) == (7, 1, 1)
    assert tech.oldest_waiting_minutes == 20 * 1440 + 390  # order 4's op, parked since
    assert tech.webhooks_waiting == 0


def test_csv_export_has_every_period_and_no_customer_data(boards):
    rows = kpi.csv_rows([boards["today"], boards["7d"], boards["30d"]])
    assert rows[0] == ["section", "measure", "today", "7d", "30d"]
    table = {(r[0], r[1]): r[2:] for r in rows[1:]}
    assert table[("click_collect", "ready")] == ["2", "3", "4"]
    assert table[("returns", "refusal_rate_pct")] == ["50.0", "33.3", "50.0"]
    assert table[("counts", "adjustment_value")] == ["116.50", "123.75", "123.75"]
    assert table[("click_collect", "short_pick_rate_pct.damaged")] == ["50.0", "33.3", "25.0"]
    text = io.StringIO()
    csv.writer(text).writerows(rows)
    assert CUSTOMER_CANARY not in text.getvalue()
