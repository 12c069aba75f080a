"""The Inventory view: stock per warehouse, receiving, the demand plan, warehouses and shipping costs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fulfiller.services.planning.demand import compute_demand, export_demand
from fulfiller.services.planning.shipping_cost import estimate_shipping
from fulfiller.services.planning.stock import adjust_stock, stock_table
from fulfiller.services.planning.warehouses import assign_orders, list_warehouses, one_vs_current, set_countries
from fulfiller.ui.ops import CampaignOps, Change
from fulfiller.ui.rates_dialog import RatesDialog
from fulfiller.ui.receiving_dialog import ReceivingDialog
from fulfiller.ui.tables import fill_table, read_only_table

SHORTFALL = QBrush(QColor("#fde2e1"))
TABLE_FILTER = "Excel workbook (*.xlsx);;CSV for Excel (*.csv)"


class InventoryView(QWidget):
    def __init__(self, ops: CampaignOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.tabs = QTabWidget(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.stock = self._stock_tab()
        self.demand = self._demand_tab()
        self.warehouses = self._warehouses_tab()
        self.costs = self._costs_tab()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.demand_rows: list = []
        # Demand and cost run over every order: filled when someone opens the view, not at start-up.
        kinds = Change.STOCK | Change.PARCELS | Change.ORDERS | Change.KITS | Change.PLANNING | Change.REPLACEMENTS
        ops.watch(self, kinds, self.refresh, lazy=True)

    # --- tabs ----------------------------------------------------------------------------------

    def _tab(
        self, title: str, headers: Sequence[str], buttons: Sequence[tuple[str, Callable[[], object]]], stretch: int = 2
    ) -> QTableWidget:
        page = QWidget(self.tabs)
        table = read_only_table(page, headers, stretch)
        row = QHBoxLayout()
        for text, slot in buttons:
            button = QPushButton(text, page)
            button.clicked.connect(lambda _c=False, s=slot: s())
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(table, 1)
        self.tabs.addTab(page, title)
        return table

    def _stock_tab(self) -> QTableWidget:
        return self._tab(
            self.tr("&Stock"),
            [self.tr("Warehouse"), self.tr("SKU"), self.tr("Item"), self.tr("Variant"), self.tr("Bin"),
             self.tr("On hand"), self.tr("Received"), self.tr("Packed"), self.tr("Written off"), self.tr("Adjusted")],
            [(self.tr("&Receive goods…"), self.receive), (self.tr("&Count correction…"), self.correct_count)],
        )  # fmt: skip

    def _demand_tab(self) -> QTableWidget:
        return self._tab(
            self.tr("&Demand plan"),
            [self.tr("Warehouse"), self.tr("SKU"), self.tr("Item"), self.tr("Variant"), self.tr("Demand"),
             self.tr("Spare %"), self.tr("Spares"), self.tr("On hand"), self.tr("Shortfall")],
            [(self.tr("&Export for the factory…"), self.choose_demand_export)],
        )  # fmt: skip

    def _warehouses_tab(self) -> QTableWidget:
        return self._tab(
            self.tr("&Warehouses"),
            [self.tr("Code"), self.tr("Name"), self.tr("Country"), self.tr("Serves"), self.tr("Orders")],
            [
                (self.tr("&Countries served…"), self.edit_countries),
                (self.tr("&Assign orders by rule"), self.assign),
                (self.tr("&What if one warehouse…"), self.what_if_one),
            ],
            stretch=3,
        )

    def _costs_tab(self) -> QTableWidget:
        return self._tab(
            self.tr("Shipping &cost"),
            [self.tr("Per"), self.tr("Orders"), self.tr("Weight (kg)"), self.tr("Cost"), self.tr("With buffer")],
            [(self.tr("&Rate table…"), self.edit_rates)],
            stretch=0,
        )

    # --- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        campaign_id = self._ops.campaign_id
        stock, demand, warehouses, estimate = self._ops.read(
            lambda session: (
                stock_table(session, campaign_id),
                compute_demand(session, campaign_id),
                list_warehouses(session, campaign_id),
                estimate_shipping(session, campaign_id),
            )
        )
        fill_table(
            self.stock,
            [(s.warehouse_code, s.sku, s.name, s.variant, s.bin_location, s.on_hand, s.received, s.packed,
              s.written_off, s.adjusted) for s in stock],
            [(s.warehouse_id, s.item_id) for s in stock],
        )  # fmt: skip
        self.demand_rows = demand
        fill_table(
            self.demand,
            [(d.warehouse, d.sku, d.name, d.variant, d.demand, f"{d.spare_percent}%", d.spares, d.on_hand, d.shortfall)
             for d in demand],
        )  # fmt: skip
        for row, line in enumerate(demand):
            if line.shortfall > 0:
                for column in range(self.demand.columnCount()):
                    self.demand.item(row, column).setBackground(SHORTFALL)
        fill_table(
            self.warehouses,
            [(w.code, w.name, w.country_code, " ".join(w.countries), w.orders) for w in warehouses],
            [w.id for w in warehouses],
        )
        self.estimate = estimate
        totals = [estimate.total, *estimate.by_tier, *estimate.by_region]
        buffer = estimate.buffer_percent
        fill_table(
            self.costs,
            [(t.label, t.orders, f"{t.weight_g / 1000:,.1f}", _money(t.cost), _money(t.with_buffer(buffer)))
             for t in totals],
        )  # fmt: skip
        short = sum(1 for d in demand if d.shortfall > 0)
        self.message.setText(
            self.tr("{short} SKU(s) short of demand plus spares. Shipping estimate with a {buffer}% buffer; {missing} "
                    "orders have no rate yet.").format(
                short=short, buffer=estimate.buffer_percent, missing=len(estimate.not_covered)
            )
        )  # fmt: skip

    # --- actions -------------------------------------------------------------------------------

    def _change(self, action: Callable[..., object], changes: Change) -> object | None:
        return self._ops.write(self, self.tr("Inventory"), action, changes)

    def receive(self) -> None:
        dialog = ReceivingDialog(self._ops, self)
        if dialog.exec() and dialog.summary is not None:
            self.message.setText(dialog.report())

    def correct_count(self) -> None:
        row = self.stock.currentRow()
        if row < 0:
            return
        warehouse_id, item_id = self.stock.item(row, 0).data(Qt.ItemDataRole.UserRole)
        counted, ok = QInputDialog.getInt(
            self, self.tr("Count correction"), self.tr("Units counted on the shelf:"),
            int(self.stock.item(row, 5).text().replace(",", "")), 0, 10_000_000,
        )  # fmt: skip
        if not ok:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Count correction"), self.tr("Reason (for the audit log):"))
        if ok:
            self._change(
                lambda s: adjust_stock(s, warehouse_id, item_id, counted, reason=reason, operator=self._ops.operator()),
                Change.STOCK,
            )

    def choose_demand_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export demand plan"), "demand.xlsx", TABLE_FILTER)
        if name:
            self.export_demand(Path(name))

    def export_demand(self, path: Path) -> int:
        rows = export_demand(self.demand_rows, path)
        self.message.setText(self.tr("Wrote {rows} rows to {file}.").format(rows=rows, file=path.name))
        return rows

    def edit_countries(self) -> None:
        row = self.warehouses.currentRow()
        if row < 0:
            return
        warehouse_id = self.warehouses.item(row, 0).data(Qt.ItemDataRole.UserRole)
        text, ok = QInputDialog.getText(
            self, self.tr("Countries served"),
            self.tr("Country codes separated by spaces, or names separated by commas (* = every other country):"),
            text=self.warehouses.item(row, 3).text(),
        )  # fmt: skip
        if ok:
            # Names may hold spaces ("United Kingdom"): with commas present, only commas separate.
            parts = text.split(",") if "," in text else text.split()
            countries = [c.strip() for c in parts if c.strip()]
            changes = self._change(
                lambda s: set_countries(s, warehouse_id, countries, operator=self._ops.operator()), Change.PLANNING
            )
            if changes is not None and changes.moved:
                moved = ", ".join(f"{country} ({code})" for country, code in sorted(changes.moved.items()))
                self.message.setText(
                    self.tr(
                        "Moved here from another warehouse: {moved}. Assign orders by rule to move their orders."
                    ).format(moved=moved)
                )

    def assign(self) -> None:
        # Orders change warehouse: their parcels and the plan per warehouse follow.
        result = self._change(
            lambda s: assign_orders(s, self._ops.campaign_id, operator=self._ops.operator()),
            Change.ORDERS | Change.PARCELS | Change.PLANNING,
        )
        if result is not None:
            self.message.setText(
                self.tr(
                    "{changed} orders moved; {kept} kept where a person put them; {unassigned} have no warehouse."
                ).format(changed=result.changed, kept=result.kept_overridden, unassigned=result.unassigned_orders)
            )

    def what_if_one(self) -> None:
        codes = [self.warehouses.item(r, 0).text() for r in range(self.warehouses.rowCount())]
        if not codes:
            return
        hub, ok = QInputDialog.getItem(self, self.tr("What if"), self.tr("Ship everything from:"), codes, 0, False)
        if ok:
            self.show_what_if(hub)

    def show_what_if(self, hub: str) -> str:
        one, current = self._ops.read(lambda session: one_vs_current(session, self._ops.campaign_id, hub))
        lines = []
        for result in (one, current):
            per = ", ".join(f"{load.code}: {load.orders:,}" for load in result.loads)
            lines.append(
                self.tr("{name}: {orders} orders ({per}); {share}% international.").format(
                    name=result.name,
                    orders=f"{result.orders:,}",
                    per=per,
                    share=round(result.international_share * 100),
                )
            )
        text = "\n".join(lines)
        self.message.setText(text)
        return text

    def edit_rates(self) -> None:
        RatesDialog(self._ops, self).exec()


def _money(amounts: dict[str, object]) -> str:
    return ", ".join(f"{amount:,.2f} {currency}" for currency, amount in sorted(amounts.items())) or "—"
