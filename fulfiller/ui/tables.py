"""Read-only tables of figures, made and filled the same way in every view."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def read_only_table(parent: QWidget, headers: Sequence[str], stretch: int, *, many: bool = False) -> QTableWidget:
    """Whole-row selection (several rows with `many`); column `stretch` takes the spare width."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if many:
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[object]], keys: Sequence[object] | None = None) -> None:
    """Whole numbers right-aligned with thousands separators; `keys[r]` is kept on every cell of row r."""
    header = table.horizontalHeader()
    modes = [header.sectionResizeMode(c) for c in range(table.columnCount())]
    for c in range(table.columnCount()):  # else every cell set measures its whole column again
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
    table.setUpdatesEnabled(False)
    try:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                number = isinstance(value, int) and not isinstance(value, bool)
                cell = QTableWidgetItem(f"{value:,}" if number else str(value))
                if number:
                    cell.setTextAlignment(_RIGHT)
                if keys is not None:
                    cell.setData(Qt.ItemDataRole.UserRole, keys[r])
                table.setItem(r, c, cell)
    finally:
        for c, mode in enumerate(modes):
            header.setSectionResizeMode(c, mode)
        table.setUpdatesEnabled(True)
