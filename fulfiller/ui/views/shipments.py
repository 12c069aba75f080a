"""The Shipments view: every parcel with its status, carrier and tracking; waves of parcels; a parcel's
details (and splitting it); bulk status changes with confirmation; exports for label tools and partners
and their history, tracking imports (a partner's columns mapped once), and tracking for the platform."""

from __future__ import annotations

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
from fulfiller.services.planning.warehouses import list_warehouses
from fulfiller.services.shipping.order_exports import export_orders, list_partner_exports
from fulfiller.services.shipping.parcels import bulk_change_status, carriers_in_use, list_shipments
from fulfiller.services.shipping.partner_columns import partners
from fulfiller.services.shipping.tracking_export import TRACKING_FORMATS, export_tracking
from fulfiller.services.shipping.tracking_import import import_tracking, sheet_columns
from fulfiller.services.shipping.waves import list_waves
from fulfiller.ui import labels
from fulfiller.ui.export_dialog import ExportDialog
from fulfiller.ui.messages import render
from fulfiller.ui.ops import CampaignOps, Change
from fulfiller.ui.parcel_dialog import ParcelDialog
from fulfiller.ui.table_dialog import TableDialog
from fulfiller.ui.tasks import Task
from fulfiller.ui.tracking_columns_dialog import TrackingColumnsDialog
from fulfiller.ui.wave_dialog import WaveDialog

SHEETS = "Spreadsheets (*.csv *.xlsx);;All files (*)"


class ShipmentsView(QWidget):
    def __init__(self, ops: CampaignOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.rows: list = []
        self.status = QComboBox(self)
        self.status.addItem(self.tr("All statuses"), None)
        for status in ShipmentStatus:
            self.status.addItem(labels.shipment_status(status.value), status.value)
        self.carrier = QComboBox(self)
        self.warehouse = QComboBox(self)
        self.wave = QComboBox(self)
        self._fill_warehouses()
        self._fill_waves()
        for combo in (self.status, self.carrier, self.warehouse, self.wave):
            combo.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(0, 9, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Order"), self.tr("Backer #"), self.tr("Name"), self.tr("Country"), self.tr("Parcel"),
             self.tr("Status"), self.tr("Sent to"), self.tr("Carrier"), self.tr("Tracking number")]
        )  # fmt: skip
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.doubleClicked.connect(lambda _index: self.show_details())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        filters = QHBoxLayout()
        for caption, combo in ((self.tr("Status:"), self.status), (self.tr("Carrier:"), self.carrier),
                               (self.tr("Warehouse:"), self.warehouse), (self.tr("Wave:"), self.wave)):  # fmt: skip
            filters.addWidget(QLabel(caption, self))
            filters.addWidget(combo, 1)
        actions = QHBoxLayout()
        for text, slot in (
            (self.tr("New &wave…"), self.new_wave),
            (self.tr("Parcel &details…"), self.show_details),
            (self.tr("Change &status of selected…"), self.change_selected),
            (self.tr("&Export for a label tool or partner…"), self.choose_order_export),
            (self.tr("&Import tracking…"), self.choose_tracking_import),
            (self.tr("Export &tracking for the platform…"), self.choose_tracking_export),
            (self.tr("Export &history…"), self.show_export_history),
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
        # Names and countries come from the orders; a warehouse's code from the plan.
        ops.watch(self, Change.PARCELS | Change.ORDERS | Change.REPLACEMENTS | Change.PLANNING, self._changed)

    def _changed(self) -> None:
        self._fill_warehouses()
        self._fill_waves()
        self.refresh()

    def _fill_waves(self) -> None:
        waves = self._ops.read(lambda session: list_waves(session, self._ops.campaign_id))
        current = self.wave.currentData()
        self.wave.blockSignals(True)
        self.wave.clear()
        self.wave.addItem(self.tr("All parcels"), None)
        for w in waves:
            when = f" ({w.planned_ship_date:%Y-%m-%d})" if w.planned_ship_date else ""
            self.wave.addItem(f"{w.name}{when}", w.id)
        self.wave.setCurrentIndex(max(0, self.wave.findData(current)))
        self.wave.blockSignals(False)

    def _fill_warehouses(self) -> None:
        warehouses = self._ops.read(lambda session: list_warehouses(session, self._ops.campaign_id))
        current = self.warehouse.currentData()
        self.warehouse.blockSignals(True)
        self.warehouse.clear()
        self.warehouse.addItem(self.tr("All warehouses"), None)
        for w in warehouses:
            self.warehouse.addItem(w.code, w.id)
        self.warehouse.setCurrentIndex(max(0, self.warehouse.findData(current)))
        self.warehouse.blockSignals(False)

    def refresh(self) -> None:
        status = ShipmentStatus(self.status.currentData()) if self.status.currentData() else None
        carrier, warehouse_id, wave_id, campaign_id = (
            self.carrier.currentData(),
            self.warehouse.currentData(),
            self.wave.currentData(),
            self._ops.campaign_id,
        )
        self.rows, carriers = self._ops.read(
            lambda session: (
                list_shipments(
                    session, campaign_id, status=status, carrier=carrier, warehouse_id=warehouse_id, wave_id=wave_id
                ),
                carriers_in_use(session, campaign_id),
            )
        )
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
            parcel = self.tr("#{n} (reship)").format(n=s.sequence) if s.is_reship else f"#{s.sequence}"
            cells = (s.order_code, s.backer_number, s.backer_name, s.country_code, parcel,
                     labels.shipment_status(s.status.value), s.handed_to, s.carrier, s.tracking_number)  # fmt: skip
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, s.id)
                self.table.setItem(row, column, cell)
        self.message.setText(self.tr("{n} parcels shown.").format(n=f"{len(self.rows):,}"))

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[row].id for row in rows]

    def show_details(self) -> ParcelDialog | None:
        """The current parcel in full; splitting it changes the list."""
        row = self.table.currentRow()
        if row < 0:
            self.message.setText(self.tr("Select a parcel first."))
            return None
        dialog = ParcelDialog(self._ops, self.rows[row].id, self)
        dialog.exec()
        return dialog

    def show_export_history(self) -> TableDialog:
        exports = self._ops.read(lambda session: list_partner_exports(session, self._ops.campaign_id))
        rows = [(e.created_at, e.partner, labels.order_export(e.format), e.file_name, e.order_count, e.operator)
                for e in reversed(exports)]  # fmt: skip
        note = (
            self.tr("An order sent once is left out of the next export unless it is asked for again.")
            if exports
            else self.tr("No orders have been exported for a label tool or partner yet.")
        )
        dialog = TableDialog(
            self.tr("Orders sent to partners"),
            [self.tr("When"), self.tr("Partner"), self.tr("Format"), self.tr("File"), self.tr("Orders"),
             self.tr("By")], rows, note=note, stretch=3, parent=self,
        )  # fmt: skip
        dialog.exec()
        return dialog

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
        # A parcel marked packed (or put back) moves stock; its order's state shows elsewhere too.
        result = self._ops.write(
            self,
            self.tr("Change status"),
            lambda s: bulk_change_status(s, ids, new, operator=self._ops.operator()),
            Change.PARCELS | Change.STOCK,
        )
        if result is None:
            return False
        text = self.tr("{n} parcels changed.").format(n=len(result.changed))
        if result.refused:
            text += " " + self.tr("{n} refused: {reasons}").format(
                n=len(result.refused), reasons="; ".join(sorted({render(r) for r in result.refused.values()}))
            )
        self.message.setText(text)
        return True

    # --- files ---------------------------------------------------------------------------------

    def _show_result(self, result: object) -> None:
        self.message.setText(render(result.summary()))  # type: ignore[attr-defined]

    def new_wave(self) -> WaveDialog:
        dialog = WaveDialog(self._ops, self)
        if dialog.exec() and dialog.summary is not None:
            self.message.setText(render(dialog.summary.summary()))
        return dialog

    def choose_order_export(self) -> None:
        dialog = ExportDialog(self._ops, self)
        if not dialog.exec():
            return
        fmt, partner, wave_id, again = dialog.chosen()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export parcels"), f"{partner or fmt}.csv", SHEETS)
        if name:
            self.export_orders(fmt, Path(name), partner=partner, wave_id=wave_id, again=again)

    def export_orders(
        self, fmt: str, path: Path, *, partner: str | None = None, wave_id: int | None = None, again: bool = False
    ) -> Task:
        campaign_id, operator = self._ops.campaign_id, self._ops.operator()
        return self._ops.write_in_background(
            self,
            self.tr("Exporting orders"),
            lambda session, _progress, _cancel: export_orders(
                session, campaign_id, fmt, path, partner=partner or fmt, operator=operator, wave_id=wave_id,
                include_already_sent=again,
            ),
            Change.PARCELS,  # the parcels are now at the label tool or with the partner
            self._show_result,
        )  # fmt: skip

    def choose_tracking_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import tracking"), "", SHEETS)
        if not name:
            return
        known = self._ops.read(lambda session: partners(session, self._ops.campaign_id))
        offered = [self.tr("A label tool's shipments file (columns found by their names)"), *known,
                   self.tr("A partner's sheet, columns to map…")]  # fmt: skip
        chosen, ok = QInputDialog.getItem(self, self.tr("Import tracking"), self.tr("Whose file:"), offered, 0, False)
        if not ok:
            return
        if chosen == offered[-1]:
            self.map_tracking_columns(Path(name))
        else:
            self.import_tracking(Path(name), partner=chosen if chosen in known else None)

    def map_tracking_columns(self, path: Path, partner: str = "") -> Task | None:
        headers, guessed = sheet_columns(path)
        dialog = TrackingColumnsDialog(headers, partner, guessed, self)
        if not dialog.exec():
            return None
        return self.import_tracking(path, partner=dialog.partner.text().strip() or None, mapping=dialog.mapping())

    def import_tracking(self, path: Path, *, partner: str | None = None, mapping: dict[str, str] | None = None) -> Task:
        campaign_id, operator = self._ops.campaign_id, self._ops.operator()
        return self._ops.write_in_background(
            self,
            self.tr("Importing tracking"),
            lambda session, _progress, _cancel: import_tracking(
                session, campaign_id, path, operator=operator, partner=partner, mapping=mapping
            ),
            Change.PARCELS | Change.STOCK,
            self._show_result,
        )

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
        campaign_id = self._ops.campaign_id
        return self._ops.write_in_background(
            self,
            self.tr("Exporting tracking"),
            lambda session, _progress, _cancel: export_tracking(session, campaign_id, fmt, path, template=template),
            Change(0),  # only a file is written
            self._show_result,
        )
