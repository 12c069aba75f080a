"""A read-only list in a dialog of its own: a history to look at (a shelf's movements, the files sent
to partners), closed with Enter or Esc."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

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
        self.setWindowTitle(title)
        self.resize(820, 460)
        self.table = read_only_table(self, headers, stretch)
        fill_table(self.table, rows)
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
