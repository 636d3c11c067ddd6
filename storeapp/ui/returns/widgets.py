"""Small widgets of the returns screen: the combo-box editor and the shared table look."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for the reason and condition columns."""

    def __init__(self, choices: Callable[[], list[tuple[str, str]]], parent=None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        for value, label in self.choices():
            box.addItem(label, value)
        return box

    def setEditorData(self, editor, index) -> None:
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(0, found))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def table_look(table: QTableView) -> None:
    """The look every table of the returns screen shares."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    head = table.horizontalHeader()
    head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    head.setStretchLastSection(True)
