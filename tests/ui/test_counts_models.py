"""The counting and approval table models, checked by pytest-qt's model tester, and what
they show: blind lines, overdue requests, the inbox's signed differences."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt

from storeapp.offline.approvals_repo import ApprovalItem, RecountAttempt
from storeapp.offline.counts_repo import CountTask
from storeapp.ui.approvals.model import ApprovalsTableModel
from storeapp.ui.counts.model import CountLinesModel, CountTasksModel
from storeapp.ui.counts.presenter import LineRow

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def test_task_model(qtmodeltester):
    model = CountTasksModel()
    model.set_rows(
        [
            CountTask(
                "in_progress",
                10,
                "LYO/Stock/A-01",
                3,
                session_uuid="s1",
                started_by="Rose",
                started_at=NOW,
            ),
            CountTask("request", 11, "LYO/Stock/A-02", 2, due=date.today() - timedelta(days=3)),
            CountTask("counted", 12, "LYO/Stock/B-01", 1, started_by="Théo", started_at=NOW),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "In progress, by Rose"
    assert model.index(1, 3).data() == "3 days late"
    assert model.index(1, 3).data(Qt.ItemDataRole.ForegroundRole).name() == "#b42318"
    assert model.index(2, 1).data() == "Counted by Théo, on its way to Odoo"
    model.set_rows([])
    qtmodeltester.check(model)


def test_lines_model_hides_the_system_quantity_when_blind(qtmodeltester):
    model = CountLinesModel()
    model.set_rows(
        [
            LineRow("1", "Blue mug", 3, None, "Rose", 0, False, "Counted"),
            LineRow("2/L1", "Yogurt, lot L1", 2.5, 8, "Théo", 1, True, "Count again"),
        ]
    )
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(5)] == [
        "Blue mug",
        "3",
        "hidden",
        "Rose",
        "Counted",
    ]
    assert model.index(1, 2).data() == "8"
    assert model.index(1, 4).data() == "Count again (1 recount)"
    assert model.row_of("2/L1") == 1 and model.row_of("nope") == -1


def test_approvals_model(qtmodeltester):
    item = ApprovalItem(
        op_uuid="u1",
        kind="count.apply",
        product="Blue mug",
        location="LYO/Stock/A-01",
        expected=12,
        counted=9,
        difference=-3,
        value_impact=Decimal("-12.00"),
        counter="Rose Vincent",
        counter_ids=(2, 5),
        history=(RecountAttempt(7, 12, "Rose Vincent", NOW), RecountAttempt(9, 12, "Théo", NOW)),
        requested_at=NOW - timedelta(hours=2, minutes=5),
        reasons=("difference 3 is above 2 units",),
        explanation="counted 9 at 10:02, system showed 12: adjusting −3 from 12 to 9",
        lot="L1",
    )
    model = ApprovalsTableModel(clock=lambda: NOW)
    model.set_items([item])
    qtmodeltester.check(model)
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == [
        "Count",
        "Blue mug · L1",
        "LYO/Stock/A-01",
        "12",
        "9",
        "−3",
        "−12.00",
        "Rose Vincent",
        "1",
        "2 h 5 min",
    ]
    assert model.index(0, 5).data(Qt.ItemDataRole.ToolTipRole) == item.explanation
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == "u1"
