"""The item catalogue: SKU, name, variant, weight, customs data and spare percentage, edited in place."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fulfiller.services.catalogue.items import add_item, list_items, remove_item, update_item
from fulfiller.ui.ops import CampaignOps, Change

# Column: (item field, header)
COLUMNS = (
    ("sku", QT_TRANSLATE_NOOP("ItemsDialog", "SKU")),
    ("name", QT_TRANSLATE_NOOP("ItemsDialog", "Name")),
    ("variant", QT_TRANSLATE_NOOP("ItemsDialog", "Variant")),
    ("weight_g", QT_TRANSLATE_NOOP("ItemsDialog", "Weight (g)")),
    ("length_mm", QT_TRANSLATE_NOOP("ItemsDialog", "Length (mm)")),
    ("width_mm", QT_TRANSLATE_NOOP("ItemsDialog", "Width (mm)")),
    ("height_mm", QT_TRANSLATE_NOOP("ItemsDialog", "Height (mm)")),
    ("hs_code", QT_TRANSLATE_NOOP("ItemsDialog", "HS code")),
    ("origin_country", QT_TRANSLATE_NOOP("ItemsDialog", "Origin")),
    ("customs_value", QT_TRANSLATE_NOOP("ItemsDialog", "Customs value")),
    ("customs_currency", QT_TRANSLATE_NOOP("ItemsDialog", "Currency")),
    ("spare_percent", QT_TRANSLATE_NOOP("ItemsDialog", "Spare %")),
    ("is_stock", QT_TRANSLATE_NOOP("ItemsDialog", "Stock item")),
)


class ItemsDialog(QDialog):
    def __init__(self, ops: CampaignOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._loading = False
        self.setWindowTitle(self.tr("Items"))
        self.resize(1100, 480)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(header) for _, header in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.itemChanged.connect(self._cell_changed)
        self.new_sku = QLineEdit(self)
        self.new_sku.setPlaceholderText(self.tr("SKU"))
        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText(self.tr("Name"))
        add = QPushButton(self.tr("&Add item"), self)
        add.clicked.connect(self.add)
        remove = QPushButton(self.tr("&Remove item"), self)
        remove.clicked.connect(self.remove_selected)
        adding = QHBoxLayout()
        adding.addWidget(QLabel(self.tr("New item:"), self))
        adding.addWidget(self.new_sku)
        adding.addWidget(self.new_name, 2)
        adding.addWidget(add)
        adding.addStretch(1)
        adding.addWidget(remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Edit a cell to change an item; every change is recorded with your name."), self)
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(adding)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self._loading = True
        items = self._ops.read(lambda session: list_items(session, self._ops.campaign_id))
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, (name, _) in enumerate(COLUMNS):
                value = getattr(item, name)
                cell = QTableWidgetItem()
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                if name == "is_stock":
                    cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    cell.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                else:
                    cell.setText("" if value is None else str(value))
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self._loading = False

    def _cell_changed(self, cell: QTableWidgetItem) -> None:
        if self._loading:
            return
        name = COLUMNS[cell.column()][0]
        value: object = cell.checkState() == Qt.CheckState.Checked if name == "is_stock" else cell.text()
        self.change(cell.data(Qt.ItemDataRole.UserRole), name, value)

    def _write(self, action) -> bool:  # noqa: ANN001 - a callable taking the session
        # Weights, customs data and spare percentages feed the kits, the plan and the documents.
        done = self._ops.write(self, self.tr("Items"), lambda s: (action(s), True)[1], Change.KITS | Change.PLANNING)
        self.reload()  # a refused edit shows the stored value again
        return bool(done)

    def change(self, item_id: int, name: str, value: object) -> bool:
        return self._write(lambda s: update_item(s, item_id, {name: value}, operator=self._ops.operator()))

    def add(self) -> bool:
        sku, name = self.new_sku.text(), self.new_name.text()
        added = self._write(
            lambda s: add_item(s, self._ops.campaign_id, operator=self._ops.operator(), sku=sku, name=name)
        )
        if added:
            self.new_sku.clear()
            self.new_name.clear()
        return added

    def remove_selected(self) -> bool:
        cell = self.table.currentItem()
        if cell is None:
            return False
        item_id = cell.data(Qt.ItemDataRole.UserRole)
        return self._write(lambda s: remove_item(s, item_id, operator=self._ops.operator()))
