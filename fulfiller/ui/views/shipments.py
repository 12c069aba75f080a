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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fulfiller.domain.enums import ShipmentStatus
from fulfiller.services.planning.warehouses import list_warehouses
from fulfiller.services.shipping.order_exports import export_orders, list_partner_exports
from fulfiller.services.shipping.parcel_list import ParcelFilter
from fulfiller.services.shipping.parcels import bulk_change_status, carriers_in_use
from fulfiller.services.shipping.partner_columns import partners
from fulfiller.services.shipping.tracking_export import TRACKING_FORMATS, export_tracking
from fulfiller.services.shipping.tracking_import import import_tracking, sheet_columns
from fulfiller.services.shipping.waves import list_waves
from fulfiller.ui import labels
from fulfiller.ui.export_dialog import ExportDialog
from fulfiller.ui.messages import render
from fulfiller.ui.models.parcels_model import ParcelsTableModel
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
        self.status = QComboBox(self)
        self.status.addItem(self.tr("All statuses"), None)
        for status in ShipmentStatus:
            self.status.addItem(labels.shipment_status(status.value), status.value)
        self.carrier = QComboBox(self)
        self.warehouse = QComboBox(self)
        self.wave = QComboBox(self)
        self._show_choices(([], [], []))  # "All …" until the campaign's own come
        for combo in (self.status, self.carrier, self.warehouse, self.wave):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.model = ParcelsTableModel(ops, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.doubleClicked.connect(lambda _index: self.show_details())
        self.model.loaded.connect(self._update_count)
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
        self._update_count()
        # Names and countries come from the orders; a warehouse's code from the plan. Filled when first shown.
        kinds = Change.PARCELS | Change.ORDERS | Change.REPLACEMENTS | Change.PLANNING
        ops.watch(self, kinds, self.refresh, lazy=True)

    def refresh(self) -> None:
        """The campaign changed (or the view is first shown): the filters' choices and the list again."""
        campaign_id = self._ops.campaign_id
        self._ops.query(
            self,
            lambda session: (
                list_warehouses(session, campaign_id), list_waves(session, campaign_id),
                carriers_in_use(session, campaign_id),
            ),
            self._show_choices,
            key="choices",
        )  # fmt: skip
        self.model.set_filter(self.current_filter())

    def current_filter(self) -> ParcelFilter:
        status = self.status.currentData()
        return ParcelFilter(
            status=ShipmentStatus(status) if status else None,
            carrier=self.carrier.currentData(),
            warehouse_id=self.warehouse.currentData(),
            wave_id=self.wave.currentData(),
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def _show_choices(self, choices: tuple[list, list, list[str]]) -> None:
        warehouses, waves, carriers = choices
        _refill(self.warehouse, self.tr("All warehouses"), [(w.code, w.id) for w in warehouses])
        _refill(self.wave, self.tr("All parcels"), [(_wave_text(w), w.id) for w in waves])
        _refill(self.carrier, self.tr("All carriers"), [(name, name) for name in carriers])

    def _update_count(self) -> None:
        if not self.model.has_loaded:
            self.message.setText(self.tr("Loading the parcels…"))
            return
        self.message.setText(self.tr("{n} parcels shown.").format(n=f"{self.model.rowCount():,}"))

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.id_at(row) for row in rows]

    def show_details(self) -> ParcelDialog | None:
        """The current parcel in full; splitting it changes the list."""
        row = self.table.currentIndex().row()
        if row < 0:
            self.message.setText(self.tr("Select a parcel first."))
            return None
        dialog = ParcelDialog(self._ops, self.model.id_at(row), self)
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


def _wave_text(wave: object) -> str:
    when = f" ({wave.planned_ship_date:%Y-%m-%d})" if wave.planned_ship_date else ""  # type: ignore[attr-defined]
    return f"{wave.name}{when}"  # type: ignore[attr-defined]


def _refill(combo: QComboBox, everything: str, entries: list[tuple[str, object]]) -> None:
    """New choices in a filter; the chosen one stays chosen, and no filter change is announced."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for text, data in entries:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)
