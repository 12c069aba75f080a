"""The Shipments view: every parcel with its status, carrier and tracking; bulk status changes with
confirmation; exports for label tools and partners, tracking imports, and tracking for the platform."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fulfiller.domain.enums import ShipmentStatus
from fulfiller.domain.errors import UserError
from fulfiller.services.database import Database
from fulfiller.services.planning.warehouses import list_warehouses
from fulfiller.services.shipping.order_exports import ORDER_FORMATS, export_orders
from fulfiller.services.shipping.parcels import bulk_change_status, carriers_in_use, list_shipments
from fulfiller.services.shipping.tracking_export import TRACKING_FORMATS, export_tracking
from fulfiller.services.shipping.tracking_import import import_tracking
from fulfiller.ui import labels
from fulfiller.ui.tasks import Task

SHEETS = "Spreadsheets (*.csv *.xlsx);;All files (*)"


class ShipmentsView(QWidget):
    def __init__(
        self, db: Database, campaign_id: int, operator: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db, self._campaign_id, self._operator = db, campaign_id, operator
        self.rows: list = []
        self.status = QComboBox(self)
        self.status.addItem(self.tr("All statuses"), None)
        for status in ShipmentStatus:
            self.status.addItem(labels.shipment_status(status.value), status.value)
        self.carrier = QComboBox(self)
        self.warehouse = QComboBox(self)
        self.warehouse.addItem(self.tr("All warehouses"), None)
        with db.reading() as session:
            for w in list_warehouses(session, campaign_id):
                self.warehouse.addItem(w.code, w.id)
        for combo in (self.status, self.carrier, self.warehouse):
            combo.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(0, 8, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Order"), self.tr("Backer #"), self.tr("Name"), self.tr("Country"), self.tr("Parcel"),
             self.tr("Status"), self.tr("Carrier"), self.tr("Tracking number")]
        )  # fmt: skip
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        filters = QHBoxLayout()
        for caption, combo in ((self.tr("Status:"), self.status), (self.tr("Carrier:"), self.carrier),
                               (self.tr("Warehouse:"), self.warehouse)):  # fmt: skip
            filters.addWidget(QLabel(caption, self))
            filters.addWidget(combo, 1)
        actions = QHBoxLayout()
        for text, slot in (
            (self.tr("Change &status of selected…"), self.change_selected),
            (self.tr("&Export orders for a label tool…"), self.choose_order_export),
            (self.tr("&Import tracking…"), self.choose_tracking_import),
            (self.tr("Export &tracking for the platform…"), self.choose_tracking_export),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, s=slot: s())
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        with self._db.reading() as session:
            self.rows = list_shipments(
                session,
                self._campaign_id,
                status=ShipmentStatus(self.status.currentData()) if self.status.currentData() else None,
                carrier=self.carrier.currentData(),
                warehouse_id=self.warehouse.currentData(),
            )
            carriers = carriers_in_use(session, self._campaign_id)
        if self.carrier.count() != len(carriers) + 1:
            self.carrier.blockSignals(True)
            current = self.carrier.currentData()
            self.carrier.clear()
            self.carrier.addItem(self.tr("All carriers"), None)
            for name in carriers:
                self.carrier.addItem(name, name)
            self.carrier.setCurrentIndex(max(0, self.carrier.findData(current)))
            self.carrier.blockSignals(False)
        self.table.setRowCount(len(self.rows))
        for row, s in enumerate(self.rows):
            cells = (s.order_code, s.backer_number, s.backer_name, s.country_code, f"#{s.sequence}",
                     labels.shipment_status(s.status.value), s.carrier, s.tracking_number)  # fmt: skip
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, s.id)
                self.table.setItem(row, column, cell)
        self.message.setText(self.tr("{n} parcels shown.").format(n=f"{len(self.rows):,}"))

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[row].id for row in rows]

    def change_selected(self, new: ShipmentStatus | None = None, *, confirm: bool = True) -> bool:
        ids = self.selected_ids()
        if not ids:
            self.message.setText(self.tr("Select the parcels first."))
            return False
        if new is None:
            names = [labels.shipment_status(s.value) for s in ShipmentStatus]
            chosen, ok = QInputDialog.getItem(self, self.tr("Change status"), self.tr("New status:"), names, 0, False)
            if not ok:
                return False
            new = list(ShipmentStatus)[names.index(chosen)]
        if confirm:
            question = self.tr("Change {n} parcels to “{status}”?").format(
                n=len(ids), status=labels.shipment_status(new.value)
            )
            answer = QMessageBox.question(self, self.tr("Change status"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            with self._db.transaction() as session:
                result = bulk_change_status(session, ids, new, operator=self._operator())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Change status"), str(exc))
            return False
        self.refresh()
        text = self.tr("{n} parcels changed.").format(n=len(result.changed))
        if result.refused:
            text += " " + self.tr("{n} refused: {reasons}").format(
                n=len(result.refused), reasons="; ".join(sorted(set(result.refused.values())))
            )
        self.message.setText(text)
        return True

    # --- files ---------------------------------------------------------------------------------

    def _run(self, title: str, job: Callable[[], object]) -> Task:
        task = Task(self, title, lambda _progress, _cancel: job())
        task.done.connect(lambda result: (self.refresh(), self.message.setText(result.describe())))
        return task.start()

    def choose_order_export(self) -> None:
        offered = [labels.order_export(name) for name in ORDER_FORMATS]
        chosen, ok = QInputDialog.getItem(self, self.tr("Export orders"), self.tr("Format:"), offered, 0, False)
        if not ok:
            return
        fmt = ORDER_FORMATS.names()[offered.index(chosen)]
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export orders"), f"{fmt}.csv", SHEETS)
        if name:
            self.export_orders(fmt, Path(name))

    def export_orders(self, fmt: str, path: Path) -> Task:
        db, campaign_id, operator = self._db, self._campaign_id, self._operator()

        def job() -> object:
            with db.transaction() as session:
                return export_orders(session, campaign_id, fmt, path, partner=fmt, operator=operator)

        return self._run(self.tr("Exporting orders"), job)

    def choose_tracking_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import tracking"), "", SHEETS)
        if name:
            self.import_tracking(Path(name))

    def import_tracking(self, path: Path) -> Task:
        db, campaign_id, operator = self._db, self._campaign_id, self._operator()

        def job() -> object:
            with db.transaction() as session:
                return import_tracking(session, campaign_id, path, operator=operator)

        return self._run(self.tr("Importing tracking"), job)

    def choose_tracking_export(self) -> None:
        offered = [labels.tracking_export(name) for name in TRACKING_FORMATS]
        chosen, ok = QInputDialog.getItem(self, self.tr("Export tracking"), self.tr("Platform:"), offered, 0, False)
        if not ok:
            return
        fmt = TRACKING_FORMATS.names()[offered.index(chosen)]
        template = None
        if TRACKING_FORMATS[fmt].needs_template:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("The platform's own file to fill in"), "", SHEETS)
            if not name:
                return
            template = Path(name)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export tracking"), f"{fmt}-tracking.csv", SHEETS)
        if name:
            self.export_tracking(fmt, Path(name), template)

    def export_tracking(self, fmt: str, path: Path, template: Path | None = None) -> Task:
        db, campaign_id = self._db, self._campaign_id

        def job() -> object:
            with db.reading() as session:
                return export_tracking(session, campaign_id, fmt, path, template=template)

        return self._run(self.tr("Exporting tracking"), job)
