"""The shipping rate table: per warehouse, destination zones (their countries) and weight bands."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fulfiller.services.planning.shipping_cost import add_rate_zone, list_rate_table, set_rate_band
from fulfiller.services.planning.warehouses import list_warehouses
from fulfiller.ui.ops import CampaignOps, Change


class RatesDialog(QDialog):
    def __init__(self, ops: CampaignOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.setWindowTitle(self.tr("Shipping rate table"))
        self.resize(760, 520)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Zone / weight up to"), self.tr("Countries / cost")])
        self.tree.setColumnWidth(0, 300)
        warehouses = ops.read(lambda session: list_warehouses(session, ops.campaign_id))
        self.warehouse = QComboBox(self)
        for w in warehouses:
            self.warehouse.addItem(w.code, w.id)
        self.zone_name = QLineEdit(self)
        self.zone_name.setPlaceholderText(self.tr("zone name, e.g. Zone 1"))
        self.zone_countries = QLineEdit(self)
        self.zone_countries.setPlaceholderText(self.tr("countries, e.g. DE FR NL (* = the rest)"))
        add_zone = QPushButton(self.tr("Add &zone"), self)
        add_zone.clicked.connect(self.add_zone)
        self.max_weight = QLineEdit(self)
        self.max_weight.setPlaceholderText(self.tr("up to grams"))
        self.cost = QLineEdit(self)
        self.cost.setPlaceholderText(self.tr("cost"))
        self.currency = QLineEdit("USD", self)
        self.currency.setMaximumWidth(60)
        add_band = QPushButton(self.tr("Set &band for the selected zone"), self)
        add_band.clicked.connect(self.add_band)
        zone_row = QHBoxLayout()
        for widget in (
            QLabel(self.tr("Warehouse:"), self),
            self.warehouse,
            self.zone_name,
            self.zone_countries,
            add_zone,
        ):
            zone_row.addWidget(widget)
        band_row = QHBoxLayout()
        for widget in (self.max_weight, self.cost, self.currency, add_band):
            band_row.addWidget(widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(zone_row)
        layout.addLayout(band_row)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        zones = self._ops.read(lambda session: list_rate_table(session, self._ops.campaign_id))
        for zone in zones:
            node = QTreeWidgetItem([f"{zone.warehouse} › {zone.name}", zone.countries])
            node.setData(0, Qt.ItemDataRole.UserRole, zone.id)
            for band in zone.bands:
                node.addChild(QTreeWidgetItem([f"≤ {band.max_weight_g:,} g", f"{band.cost:,.2f} {band.currency}"]))
            self.tree.addTopLevelItem(node)
            node.setExpanded(True)

    def _change(self, action) -> bool:  # noqa: ANN001 - a callable taking the session
        done = self._ops.write(self, self.windowTitle(), lambda s: (action(s), True)[1], Change.PLANNING)
        if done:
            self.reload()
        return bool(done)

    def add_zone(self) -> bool:
        warehouse_id, name, countries = self.warehouse.currentData(), self.zone_name.text(), self.zone_countries.text()
        return self._change(lambda s: add_rate_zone(s, warehouse_id, name, countries, operator=self._ops.operator()))

    def selected_zone(self) -> int | None:
        node = self.tree.currentItem()
        while node is not None and node.parent() is not None:
            node = node.parent()
        return None if node is None else node.data(0, Qt.ItemDataRole.UserRole)

    def add_band(self) -> bool:
        zone_id = self.selected_zone()
        if zone_id is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select a zone first."))
            return False
        weight, cost, currency = self.max_weight.text(), self.cost.text(), self.currency.text()
        return self._change(lambda s: set_rate_band(s, zone_id, weight, cost, currency, operator=self._ops.operator()))
