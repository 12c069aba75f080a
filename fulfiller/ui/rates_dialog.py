"""The shipping rate table: per warehouse, destination zones (their countries) and weight bands; a zone
can be renamed or given other countries, and a zone or band typed wrong can be removed."""

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

from fulfiller.services.planning.shipping_cost import (
    add_rate_zone,
    list_rate_table,
    remove_rate_band,
    remove_rate_zone,
    set_rate_band,
    update_rate_zone,
)
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
        change_zone = QPushButton(self.tr("&Change selected zone"), self)
        change_zone.setToolTip(self.tr("Gives the selected zone the name and countries typed here"))
        change_zone.clicked.connect(self.change_zone)
        remove = QPushButton(self.tr("&Remove selected"), self)
        remove.setToolTip(self.tr("Removes the selected weight band, or the selected zone with its bands"))
        remove.clicked.connect(self.remove_selected)
        # A zone the person moves to fills the fields; not the first one Qt makes current, nor one kept on reload.
        self.tree.currentItemChanged.connect(lambda _now, before: before is not None and self._zone_chosen())
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
            change_zone,
        ):
            zone_row.addWidget(widget)
        band_row = QHBoxLayout()
        for widget in (self.max_weight, self.cost, self.currency, add_band):
            band_row.addWidget(widget)
        band_row.addStretch(1)
        band_row.addWidget(remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(zone_row)
        layout.addLayout(band_row)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Read the table again; the zone selected stays selected."""
        keep = self.selected_zone()
        self.tree.clear()
        zones = self._ops.read(lambda session: list_rate_table(session, self._ops.campaign_id))
        for zone in zones:
            node = QTreeWidgetItem([f"{zone.warehouse} › {zone.name}", zone.countries])
            node.setData(0, Qt.ItemDataRole.UserRole, zone.id)
            node.setData(1, Qt.ItemDataRole.UserRole, (zone.warehouse_id, zone.name, zone.countries))
            for band in zone.bands:
                child = QTreeWidgetItem([f"≤ {band.max_weight_g:,} g", f"{band.cost:,.2f} {band.currency}"])
                child.setData(0, Qt.ItemDataRole.UserRole, band.id)
                node.addChild(child)
            self.tree.addTopLevelItem(node)
            node.setExpanded(True)
            if zone.id == keep:
                self.tree.setCurrentItem(node)

    def _change(self, action) -> bool:  # noqa: ANN001 - a callable taking the session
        done = self._ops.write(self, self.windowTitle(), lambda s: (action(s), True)[1], Change.PLANNING)
        if done:
            self.reload()
        return bool(done)

    def add_zone(self) -> bool:
        warehouse_id, name, countries = self.warehouse.currentData(), self.zone_name.text(), self.zone_countries.text()
        return self._change(lambda s: add_rate_zone(s, warehouse_id, name, countries, operator=self._ops.operator()))

    def selected_zone(self) -> int | None:
        node = self._zone_node()
        return None if node is None else node.data(0, Qt.ItemDataRole.UserRole)

    def add_band(self) -> bool:
        zone_id = self.selected_zone()
        if zone_id is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select a zone first."))
            return False
        weight, cost, currency = self.max_weight.text(), self.cost.text(), self.currency.text()
        return self._change(lambda s: set_rate_band(s, zone_id, weight, cost, currency, operator=self._ops.operator()))

    def _zone_node(self) -> QTreeWidgetItem | None:
        node = self.tree.currentItem()
        while node is not None and node.parent() is not None:
            node = node.parent()
        return node

    def _zone_chosen(self) -> None:
        """The selected zone's name and countries in the fields, to change them."""
        node = self._zone_node()
        if node is None:
            return
        warehouse_id, name, countries = node.data(1, Qt.ItemDataRole.UserRole)
        self.warehouse.setCurrentIndex(max(0, self.warehouse.findData(warehouse_id)))
        self.zone_name.setText(name)
        self.zone_countries.setText(countries)

    def change_zone(self) -> bool:
        zone_id = self.selected_zone()
        if zone_id is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select a zone first."))
            return False
        name, countries = self.zone_name.text(), self.zone_countries.text()
        return self._change(
            lambda s: update_rate_zone(s, zone_id, operator=self._ops.operator(), name=name, countries=countries)
        )

    def remove_selected(self) -> bool:
        node = self.tree.currentItem()
        if node is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select a zone or a weight band first."))
            return False
        item_id = node.data(0, Qt.ItemDataRole.UserRole)
        if node.parent() is not None:  # a weight band
            return self._change(lambda s: remove_rate_band(s, item_id, operator=self._ops.operator()))
        question = self.tr("Remove the zone “{zone}” and its {n} weight bands?").format(
            zone=node.text(0), n=node.childCount()
        )
        if QMessageBox.question(self, self.windowTitle(), question) != QMessageBox.StandardButton.Yes:
            return False
        return self._change(lambda s: remove_rate_zone(s, item_id, operator=self._ops.operator()))
