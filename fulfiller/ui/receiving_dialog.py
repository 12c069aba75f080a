"""Receiving with quality control: what arrived at a warehouse, counted and checked against what was expected."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from fulfiller.services.catalogue.items import list_items
from fulfiller.services.planning.receiving import InboundLineInput, InboundSummary, record_inbound
from fulfiller.services.planning.warehouses import list_warehouses
from fulfiller.ui.messages import render
from fulfiller.ui.ops import CampaignOps, Change


class ReceivingDialog(QDialog):
    def __init__(self, ops: CampaignOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.summary: InboundSummary | None = None
        self.setWindowTitle(self.tr("Receive goods"))
        self.resize(820, 460)
        warehouses, items = ops.read(
            lambda session: (list_warehouses(session, ops.campaign_id), list_items(session, ops.campaign_id))
        )
        self.items = [i for i in items if i.is_stock]
        self.warehouse = QComboBox(self)
        for w in warehouses:
            self.warehouse.addItem(f"{w.code} — {w.name}", w.id)
            if w.code == ops.home_warehouse():
                self.warehouse.setCurrentIndex(self.warehouse.count() - 1)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("container, bill of lading or PO number"))
        self.notes = QLineEdit(self)
        self.lines = QTableWidget(0, 5, self)
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Expected"), self.tr("Counted"), self.tr("Damaged"), self.tr("Note")]
        )
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("&Add line"), self)
        add.clicked.connect(lambda: self.add_line())
        form = QFormLayout()
        form.addRow(self.tr("&Warehouse:"), self.warehouse)
        form.addRow(self.tr("&Reference:"), self.reference)
        form.addRow(self.tr("&Notes:"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record delivery"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.lines, 1)
        layout.addWidget(add)
        layout.addWidget(buttons)
        self.add_line()

    def add_line(self, sku: str = "", expected: int = 0, counted: int = 0, damaged: int = 0, note: str = "") -> int:
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        item = QComboBox(self.lines)
        for choice in self.items:
            item.addItem(f"{choice.sku} — {choice.label}", choice.sku)
        item.setCurrentIndex(max(0, item.findData(sku)))
        self.lines.setCellWidget(row, 0, item)
        for column, value in ((1, expected), (2, counted), (3, damaged)):
            spin = QSpinBox(self.lines)
            spin.setRange(0, 10_000_000)
            spin.setValue(value)
            self.lines.setCellWidget(row, column, spin)
        noted = QLineEdit(note, self.lines)
        self.lines.setCellWidget(row, 4, noted)
        return row

    def line_inputs(self) -> list[InboundLineInput]:
        return [
            InboundLineInput(
                sku=self.lines.cellWidget(row, 0).currentData(),
                expected=self.lines.cellWidget(row, 1).value(),
                counted=self.lines.cellWidget(row, 2).value(),
                damaged=self.lines.cellWidget(row, 3).value(),
                note=self.lines.cellWidget(row, 4).text(),
            )
            for row in range(self.lines.rowCount())
        ]

    def accept(self) -> None:
        warehouse_id, reference, lines, notes = (
            self.warehouse.currentData(),
            self.reference.text(),
            self.line_inputs(),
            self.notes.text(),
        )
        summary = self._ops.write(
            self,
            self.windowTitle(),
            lambda s: record_inbound(s, warehouse_id, reference, lines, operator=self._ops.operator(), notes=notes),
            Change.STOCK,
        )
        if summary is not None:
            self.summary = summary
            super().accept()

    def report(self) -> str:
        return "" if self.summary is None else render(self.summary.summary())
