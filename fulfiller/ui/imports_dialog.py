"""The import history of a campaign, the rows each import refused, and undo of a whole import."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fulfiller.services.importing.undo import undo_import
from fulfiller.ui.messages import render
from fulfiller.ui.models.history_models import ImportsTableModel, RejectedRowsModel
from fulfiller.ui.ops import IMPORTED, CampaignOps
from fulfiller.ui.table_dialog import LazyTableDialog


class ImportsDialog(QDialog):
    def __init__(self, ops: CampaignOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.setWindowTitle(self.tr("Imports"))
        self.resize(900, 360)
        self.model = ImportsTableModel(ops, self)
        self.model.loaded.connect(self._list_arrived)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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
        self.model.refresh()

    def _list_arrived(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)  # the newest import

    def selected_batch(self) -> int | None:
        row = self.table.currentIndex().row()
        return None if row < 0 else self.model.id_at(row)

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

    def show_rejected(self) -> LazyTableDialog | None:
        """The rows the selected import refused, with the reason: to fix in the file and import again."""
        batch_id = self.selected_batch()
        if batch_id is None:
            return None
        title = self.tr("Rows import {batch} refused").format(batch=batch_id)
        dialog = LazyTableDialog(title, RejectedRowsModel(self._ops, batch_id), stretch=3, parent=self)
        fix = self.tr("Fix these rows in the file and import it again: the orders already in are updated, not doubled.")
        none = self.tr("This import refused no rows.")

        def say_what_to_do() -> None:
            dialog.note.setText(fix if dialog.model.rowCount() else none)

        dialog.model.loaded.connect(say_what_to_do)
        if dialog.model.has_loaded:
            say_what_to_do()
        dialog.exec()
        return dialog
