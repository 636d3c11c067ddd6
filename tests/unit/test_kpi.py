"""KPI arithmetic with known answers: medians, nearest-rank p90, rates, periods."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storeapp.core import kpi

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)


def test_median_and_p90():
    assert kpi.median([]) is None and kpi.percentile([], 90) is None
    assert kpi.median([5]) == 5 and kpi.percentile([5], 90) == 5
    assert kpi.median([1, 3, 2, 10]) == 2.5
    values = list(range(1, 11))  # 1..10: 90 % are ≤ 9
    assert kpi.percentile(values, 90) == 9
    assert kpi.percentile(list(range(1, 12)), 90) == 10  # ceil(9.9) = 10th of 11
    assert kpi.percentile([7, 1, 3], 50) == 3


def test_rate_is_none_without_a_whole():
    assert kpi.rate(0, 0) is None
    assert kpi.rate(0, 4) == 0 and kpi.rate(3, 4) == 0.75


def test_periods_end_now_and_start_at_their_edges():
    today, week, month = kpi.periods(NOW, NOW.replace(hour=0))
    assert today.has(NOW) and today.has(NOW.replace(hour=0))
    assert not today.has(NOW.replace(hour=0) - timedelta(seconds=1))
    assert week.has(NOW - timedelta(days=7)) and not week.has(NOW - timedelta(days=7, seconds=1))
    assert month.has(NOW - timedelta(days=29)) and not month.has(None)


def test_times_that_go_backwards_are_left_out():
    period = kpi.periods(NOW, NOW.replace(hour=0))[0]
    odd = kpi.OrderFact(1, ordered_at=NOW, ready_at=NOW - timedelta(hours=1))
    fine = kpi.OrderFact(2, ordered_at=NOW - timedelta(hours=2), ready_at=NOW - timedelta(hours=1))
    result = kpi.click_collect([odd, fine], period)
    assert result.ready == 2 and result.order_to_ready_median == 60


def test_returns_without_any_has_no_rates():
    period = kpi.periods(NOW, NOW.replace(hour=0))[0]
    result = kpi.returns([], period)
    assert result.count == 0 and result.refusal_rate is None and result.override_rate is None


@pytest.mark.parametrize(
    ("kind", "value", "text"),
    [
        ("rate", 0.3333, "33.3"),
        ("money", 12.5, "12.50"),
        ("minutes", 45, "45.0"),
        ("count", 3, "3"),
    ],
)
def test_csv_formats(kind, value, text):
    assert kpi._fmt(value, kind) == text
