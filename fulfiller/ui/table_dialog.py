"""A read-only list in a dialog of its own: a history to look at (a shelf's movements, the files sent
to partners, the rows an import refused), closed with Enter or Esc."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from fulfiller.ui.models.lazy_table import LazyTableModel
from fulfiller.ui.tables import fill_table, read_only_table


class TableDialog(QDialog):
    def __init__(
        self,
        title: str,
        headers: Sequence[str],
        rows: Sequence[Sequence[object]],
        *,
        note: str = "",
        stretch: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.table = read_only_table(self, headers, stretch)
        fill_table(self.table, rows)
        self._lay_out(title, self.table, note)

    def _lay_out(self, title: str, table: QTableWidget | QTableView, note: str) -> None:
        self.setWindowTitle(title)
        self.resize(820, 460)
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)


class LazyTableDialog(TableDialog):
    """The same for a list that may be long: its rows come from a lazy model, read as they are shown."""

    def __init__(self, title: str, model: LazyTableModel, *, note: str = "", stretch: int = 0,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        QDialog.__init__(self, parent)
        self.model = model
        model.setParent(self)
        self.table = QTableView(self)  # type: ignore[assignment]
        self.table.setModel(model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self._lay_out(title, self.table, note)
        model.refresh()
