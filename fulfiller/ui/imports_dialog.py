"""The import history of a campaign, the rows each import refused, and undo of a whole import."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fulfiller.services.importing.history import list_imports, rejected_rows
from fulfiller.services.importing.undo import undo_import
from fulfiller.ui.messages import render
from fulfiller.ui.ops import IMPORTED, CampaignOps
from fulfiller.ui.table_dialog import TableDialog


class ImportsDialog(QDialog):
    def __init__(self, ops: CampaignOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.setWindowTitle(self.tr("Imports"))
        self.resize(900, 360)
        self.table = QTableWidget(0, 9, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("#"), self.tr("When"), self.tr("File"), self.tr("By"), self.tr("Added"),
                self.tr("Updated"), self.tr("Conflicts"), self.tr("Rejected"), self.tr("State"),
            ]
        )  # fmt: skip
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.undo_button = QPushButton(self.tr("&Undo this import…"), self)
        self.undo_button.clicked.connect(self.undo_selected)
        self.rejected_button = QPushButton(self.tr("&Rejected rows…"), self)
        self.rejected_button.clicked.connect(self.show_rejected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.rejected_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.message = QLabel(self)  # what the last undo did
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        batches = self._ops.read(lambda session: list_imports(session, self._ops.campaign_id))
        self.table.setRowCount(len(batches))
        for row, b in enumerate(reversed(batches)):
            state = self.tr("undone") if b.undone else ""
            cells = (b.id, b.started_at, b.file, b.operator, b.added, b.updated, b.conflicts, b.rejected, state)
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(str(value)))
        if batches:
            self.table.selectRow(0)

    def selected_batch(self) -> int | None:
        row = self.table.currentRow()
        return None if row < 0 else int(self.table.item(row, 0).text())

    def undo_selected(self, *, confirm: bool = True) -> bool:
        batch_id = self.selected_batch()
        if batch_id is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Undo import"),
                self.tr(
                    "Undo import {batch}? Its new orders are removed and the fields it changed get their old values back."  # noqa: E501
                ).format(batch=batch_id),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        # Undo removes the batch's orders and gives changed fields back: every view hears of it.
        undone = self._ops.write(
            self, self.tr("Undo import"), lambda s: undo_import(s, batch_id, operator=self._ops.operator()), IMPORTED
        )
        if undone is None:
            return False
        self.reload()
        self.message.setText(render(undone.summary()))
        return True

    def show_rejected(self) -> TableDialog | None:
        """The rows the selected import refused, with the reason: to fix in the file and import again."""
        batch_id = self.selected_batch()
        if batch_id is None:
            return None
        rows = self._ops.read(lambda session: rejected_rows(session, batch_id))
        note = (
            self.tr("Fix these rows in the file and import it again: the orders already in are updated, not doubled.")
            if rows
            else self.tr("This import refused no rows.")
        )
        dialog = TableDialog(
            self.tr("Rows import {batch} refused").format(batch=batch_id),
            [self.tr("File"), self.tr("Row"), self.tr("Column"), self.tr("Why")], rows, note=note, stretch=3,
            parent=self,
        )  # fmt: skip
        dialog.exec()
        return dialog
