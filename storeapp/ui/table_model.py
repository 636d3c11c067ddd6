"""A table model over a list of rows, the plumbing every screen's table shares.

Subclasses set `COLUMNS` (English header labels) and `CONTEXT` (the translation context), and
implement `data()` (with `cell()` for the row and column of an index). Rows arrive whole through
`set_rows`, in one model reset, from a presenter; or the model `follow`s a presenter's live list
(a pick's lines, a return's draft lines), read whenever the view asks, and the screen says when
it changed (`refresh()` for a reset, `dataChanged` for one row).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from storeapp.ui.language import translated

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowsTableModel(QAbstractTableModel, Generic[Row]):
    COLUMNS: ClassVar[tuple[str, ...]] = ()
    CONTEXT: ClassVar[str] = "RowsTableModel"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._source: Callable[[], Sequence[Row]] = tuple

    @property
    def _rows(self) -> Sequence[Row]:
        return self._source()

    def set_rows(self, rows: Sequence[Row]) -> None:
        """These rows, kept by the model, in one reset."""
        kept = list(rows)
        self.follow(lambda: kept)

    def follow(self, source: Callable[[], Sequence[Row]]) -> None:
        """Rows read from `source` each time the view asks (a presenter's live list)."""
        self.beginResetModel()
        self._source = source
        self.endResetModel()

    def refresh(self) -> None:
        """The followed list changed as a whole: the view reads it again."""
        self.beginResetModel()
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def cell(self, index: Index) -> tuple[Row, int] | None:
        """The row object and column of a valid index inside the table, else None."""
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self._rows)
            or not 0 <= index.column() < len(self.COLUMNS)
        ):
            return None
        return self._rows[index.row()], index.column()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.COLUMNS)
        ):
            return translated(self.COLUMNS[section])
        return None
