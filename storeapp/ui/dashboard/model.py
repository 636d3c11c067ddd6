"""Table model of one dashboard section: a measure per row, a period per column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from storeapp.ui.dashboard.presenter import PERIOD_KEYS, period_label
from storeapp.ui.table_model import Index, RowsTableModel


class MeasuresModel(RowsTableModel[tuple[str, list[str]]]):
    """Rows from `DashboardPresenter.rows(section)`; the headers name the periods."""

    CONTEXT = "MeasuresModel"
    COLUMNS = ("Measure", *PERIOD_KEYS)  # counted here; `headerData` gives their labels

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        (label, values), column = cell
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return label
            return values[column - 1] if column - 1 < len(values) else "–"
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Measure")
        if 0 < section <= len(PERIOD_KEYS):
            return period_label(PERIOD_KEYS[section - 1])
        return None
