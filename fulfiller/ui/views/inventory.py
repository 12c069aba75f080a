"""The Inventory view: stock per warehouse (receiving, counts, write-offs, bins, a shelf's history), the
deliveries received, the demand plan with its spare percentages, warehouses and shipping costs."""

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

from fulfiller.services.planning.demand import (
    DemandRow,
    compute_demand,
    export_demand,
    planning_settings,
    set_campaign_planning,
    set_stock_spare_percent,
)
from fulfiller.services.planning.receiving import InboundSummary, list_inbound
from fulfiller.services.planning.shipping_cost import CostEstimate, estimate_shipping
from fulfiller.services.planning.stock import StockChange, adjust_stock, set_bin_location, stock_table, write_off
from fulfiller.services.planning.warehouses import (
    assign_orders,
    create_warehouse,
    list_warehouses,
    one_vs_current,
    set_countries,
    update_warehouse,
)
from fulfiller.services.stats import orders_to_ship
from fulfiller.ui.ops import CampaignOps, Change
from fulfiller.ui.rates_dialog import RatesDialog
from fulfiller.ui.receiving_dialog import ReceivingDialog
from fulfiller.ui.shelf_history import show_shelf_history
from fulfiller.ui.tables import fill_table, read_only_table
from fulfiller.ui.warehouse_dialog import WarehouseDialog, WarehouseValues

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
        self.deliveries = self._deliveries_tab()
        self.demand = self._demand_tab()
        self.warehouses = self._warehouses_tab()
        self.costs = self._costs_tab()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.demand_rows: list[DemandRow] | None = None  # None until the demand plan's answer comes
        self.estimate: CostEstimate | None = None
        # Demand and cost run over every order: filled when someone opens the view, not at start-up.
        kinds = Change.STOCK | Change.PARCELS | Change.ORDERS | Change.KITS | Change.PLANNING | Change.REPLACEMENTS
        ops.watch(self, kinds, self.refresh, lazy=True)

    # --- tabs ----------------------------------------------------------------------------------

    def _tab(
        self,
        title: str,
        headers: Sequence[str],
        buttons: Sequence[tuple[str, Callable[[], object]]],
        stretch: int = 2,
        note: QLabel | None = None,
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
        if note is not None:  # what the table counts
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(table, 1)
        self.tabs.addTab(page, title)
        return table

    def _stock_tab(self) -> QTableWidget:
        return self._tab(
            self.tr("&Stock"),
            [self.tr("Warehouse"), self.tr("SKU"), self.tr("Item"), self.tr("Variant"), self.tr("Bin"),
             self.tr("On hand"), self.tr("Received"), self.tr("Packed"), self.tr("Written off"), self.tr("Adjusted")],
            [(self.tr("&Receive goods…"), self.receive), (self.tr("&Count correction…"), self.correct_count),
             (self.tr("Write &off…"), self.write_off_selected), (self.tr("&Bin location…"), self.set_bin),
             (self.tr("Shelf &history…"), self.shelf_history)],
        )  # fmt: skip

    def _deliveries_tab(self) -> QTableWidget:
        return self._tab(
            self.tr("Deli&veries"),
            [self.tr("Arrived"), self.tr("Warehouse"), self.tr("Reference"), self.tr("Received by"),
             self.tr("Expected"), self.tr("Counted"), self.tr("Damaged"), self.tr("On the shelves"), self.tr("Check")],
            [(self.tr("&Receive goods…"), self.receive)], stretch=8,
        )  # fmt: skip

    def _demand_tab(self) -> QTableWidget:
        self.demand_counts = QLabel(self)
        return self._tab(
            self.tr("&Demand plan"),
            [self.tr("Warehouse"), self.tr("SKU"), self.tr("Item"), self.tr("Variant"), self.tr("Demand"),
             self.tr("Spare %"), self.tr("Spares"), self.tr("On hand"), self.tr("Shortfall")],
            [(self.tr("&Export for the factory…"), self.choose_demand_export),
             (self.tr("Shelf s&pare %…"), self.set_shelf_spare),
             (self.tr("Default spare % for the ca&mpaign…"), self.set_campaign_spare)],
            note=self.demand_counts,
        )  # fmt: skip

    def _warehouses_tab(self) -> QTableWidget:
        return self._tab(
            self.tr("&Warehouses"),
            [self.tr("Code"), self.tr("Name"), self.tr("Country"), self.tr("Serves"), self.tr("Orders to ship")],
            [
                (self.tr("&New warehouse…"), self.new_warehouse),
                (self.tr("&Edit warehouse…"), self.edit_warehouse),
                (self.tr("&Countries served…"), self.edit_countries),
                (self.tr("&Assign orders by rule"), self.assign),
                (self.tr("&What if one warehouse…"), self.what_if_one),
            ],
            stretch=3,
        )

    def _costs_tab(self) -> QTableWidget:
        return self._tab(
            self.tr("Shipping &cost"),
            [
                self.tr("Per"),
                self.tr("Orders to ship"),
                self.tr("Weight (kg)"),
                self.tr("Cost"),
                self.tr("With buffer"),
            ],
            [(self.tr("&Rate table…"), self.edit_rates), (self.tr("Budget bu&ffer…"), self.set_buffer)],
            stretch=0,
        )

    # --- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Three questions, each table shown as its answer comes; the slowest (the estimate) asked first,
        so that both reading threads are busy from the start."""
        campaign_id = self._ops.campaign_id
        self._ops.query(self, lambda session: estimate_shipping(session, campaign_id), self._show_costs, key="costs")
        self._ops.query(
            self,
            lambda session: (stock_table(session, campaign_id), list_inbound(session, campaign_id=campaign_id)),
            self._show_stock,
            key="stock",
        )
        self._ops.query(
            self,
            lambda session: (
                compute_demand(session, campaign_id),
                orders_to_ship(session, campaign_id),
                list_warehouses(session, campaign_id),
            ),
            self._show_demand,
            key="demand",
        )

    def _show_stock(self, figures: tuple) -> None:
        stock, deliveries = figures
        fill_table(
            self.stock,
            [(s.warehouse_code, s.sku, s.name, s.variant, s.bin_location, s.on_hand, s.received, s.packed,
              s.written_off, s.adjusted) for s in stock],
            [(s.warehouse_id, s.item_id) for s in stock],
        )  # fmt: skip
        self._fill_deliveries(deliveries)

    def _show_demand(self, figures: tuple) -> None:
        demand, to_ship, warehouses = figures
        self.demand_counts.setText(
            self.tr("Demand of the {n} orders still to ship: collected, not merged into another order, not packed "
                    "yet (the Dashboard's “still to ship”). Spares come on top.").format(n=f"{to_ship:,}")
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
        self._say()

    def _show_costs(self, estimate: CostEstimate) -> None:
        self.estimate = estimate
        totals = [estimate.total, *estimate.by_tier, *estimate.by_region]
        buffer = estimate.buffer_percent
        fill_table(
            self.costs,
            [(t.label, t.orders, f"{t.weight_g / 1000:,.1f}", _money(t.cost), _money(t.with_buffer(buffer)))
             for t in totals],
        )  # fmt: skip
        self._say()

    def _say(self) -> None:
        """The line under the tables, once both the demand plan and the estimate are in."""
        if self.demand_rows is None or self.estimate is None:
            return
        short = sum(1 for d in self.demand_rows if d.shortfall > 0)
        self.message.setText(
            self.tr("{short} SKU(s) short of demand plus spares. Shipping estimate with a {buffer}% buffer; {missing} "
                    "orders have no rate yet.").format(
                short=short, buffer=self.estimate.buffer_percent, missing=self.estimate.orders_not_covered
            )
        )  # fmt: skip

    def _fill_deliveries(self, deliveries: list[InboundSummary]) -> None:
        fill_table(
            self.deliveries,
            [(f"{d.arrived_at:%Y-%m-%d %H:%M}", d.warehouse_code, d.reference, d.operator, d.expected, d.counted,
              d.damaged, d.added, self._check(d)) for d in deliveries],
            [d.id for d in deliveries],
        )  # fmt: skip
        for row, delivery in enumerate(deliveries):
            if not delivery.all_ok:
                for column in range(self.deliveries.columnCount()):
                    self.deliveries.item(row, column).setBackground(SHORTFALL)

    def _check(self, delivery: InboundSummary) -> str:
        """What receiving found, in a few words: everything as expected, or the lines short, over or damaged."""
        if delivery.all_ok:
            return self.tr("as expected")
        parts = [
            *(self.tr("{sku} short by {n}").format(sku=line.sku, n=-line.difference) for line in delivery.short_lines),
            *(self.tr("{sku} over by {n}").format(sku=line.sku, n=line.difference) for line in delivery.over_lines),
            *(self.tr("{sku}: {n} damaged").format(sku=line.sku, n=line.damaged) for line in delivery.damaged_lines),
        ]
        return "; ".join(parts)

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
            change = self._change(
                lambda s: adjust_stock(s, warehouse_id, item_id, counted, reason=reason, operator=self._ops.operator()),
                Change.STOCK,
            )
            self._say_stock(change)

    def _selected_shelf(self) -> tuple[int, int, str] | None:
        """The warehouse and item of the stock row selected, and how the person calls it ("SKU at US")."""
        row = self.stock.currentRow()
        if row < 0:
            self.message.setText(self.tr("Select a shelf in the stock table first."))
            return None
        warehouse_id, item_id = self.stock.item(row, 0).data(Qt.ItemDataRole.UserRole)
        shelf = self.tr("{sku} at {warehouse}").format(
            sku=self.stock.item(row, 1).text(), warehouse=self.stock.item(row, 0).text()
        )
        return warehouse_id, item_id, shelf

    def _say_stock(self, change: object | None) -> None:
        if isinstance(change, StockChange):
            if change.movement_id is None:
                self.message.setText(self.tr("On hand is {n} already: nothing changed.").format(n=change.before))
            else:
                self.message.setText(
                    self.tr("On hand {before} → {after}.").format(before=change.before, after=change.after)
                )

    def write_off_selected(self) -> None:
        shelf = self._selected_shelf()
        if shelf is None:
            return
        warehouse_id, item_id, name = shelf
        units, ok = QInputDialog.getInt(
            self, self.tr("Write off"), self.tr("Units of {shelf} damaged, lost or unusable:").format(shelf=name),
            1, 1, 10_000_000,
        )  # fmt: skip
        if not ok:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Write off"), self.tr("Reason (for the audit log):"))
        if ok:
            change = self._change(
                lambda s: write_off(s, warehouse_id, item_id, units, reason=reason, operator=self._ops.operator()),
                Change.STOCK,
            )
            self._say_stock(change)

    def set_bin(self) -> None:
        shelf = self._selected_shelf()
        if shelf is None:
            return
        warehouse_id, item_id, name = shelf
        current = self.stock.item(self.stock.currentRow(), 4).text()
        location, ok = QInputDialog.getText(
            self, self.tr("Bin location"), self.tr("Where {shelf} lives (aisle-shelf-bin; empty: nowhere yet):").format(
                shelf=name), text=current,
        )  # fmt: skip
        if ok:
            self._change(
                lambda s: set_bin_location(s, warehouse_id, item_id, location, operator=self._ops.operator()),
                Change.STOCK,
            )

    def shelf_history(self) -> None:
        shelf = self._selected_shelf()
        if shelf is not None:
            show_shelf_history(self._ops, *shelf, parent=self)

    def choose_demand_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export demand plan"), "demand.xlsx", TABLE_FILTER)
        if name:
            self.export_demand(Path(name))

    def export_demand(self, path: Path) -> int:
        rows = export_demand(self.demand_rows or [], path)
        self.message.setText(self.tr("Wrote {rows} rows to {file}.").format(rows=rows, file=path.name))
        return rows

    def set_shelf_spare(self) -> None:
        row = self.demand.currentRow()
        if row < 0:
            self.message.setText(self.tr("Select a line of the demand plan first."))
            return
        line = (self.demand_rows or [])[row]
        if line.warehouse_id is None:
            self.message.setText(self.tr("These orders have no warehouse yet: assign them first."))
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Shelf spare %"),
            self.tr("Spare stock for {sku} at {warehouse}, in % of its demand (empty: the item's or the campaign's):"
                    ).format(sku=line.sku, warehouse=line.warehouse), text=str(line.spare_percent),
        )  # fmt: skip
        if ok:
            warehouse_id, item_id = line.warehouse_id, line.item_id
            self._change(
                lambda s: set_stock_spare_percent(
                    s, warehouse_id, item_id, text.strip(), operator=self._ops.operator()
                ),
                Change.STOCK | Change.PLANNING,
            )

    def set_campaign_spare(self) -> None:
        self._ask_planning(
            self.tr("Default spare %"),
            self.tr("Spare stock on top of demand, in %, for items and shelves without their own:"),
            "spare_percent",
        )

    def set_buffer(self) -> None:
        self._ask_planning(
            self.tr("Budget buffer"), self.tr("Added to the shipping estimate, in %:"), "cost_buffer_percent"
        )

    def _ask_planning(self, title: str, label: str, setting: str) -> None:
        current = self._ops.read(lambda session: planning_settings(session, self._ops.campaign_id))
        text, ok = QInputDialog.getText(self, title, label, text=str(getattr(current, setting)))
        if ok:
            campaign_id = self._ops.campaign_id
            self._change(
                lambda s: set_campaign_planning(s, campaign_id, operator=self._ops.operator(), **{setting: text}),
                Change.PLANNING,
            )

    def _selected_warehouse(self) -> int | None:
        row = self.warehouses.currentRow()
        if row < 0:
            self.message.setText(self.tr("Select a warehouse first."))
            return None
        return self.warehouses.item(row, 0).data(Qt.ItemDataRole.UserRole)

    def new_warehouse(self) -> int | None:
        values, ok = WarehouseDialog.get_values(None, self)
        if not ok:
            return None
        campaign_id = self._ops.campaign_id
        created = self._change(
            lambda s: create_warehouse(
                s, campaign_id, values.code, values.name, values.country, operator=self._ops.operator()
            ),
            Change.PLANNING,
        )
        if created is not None:
            self.message.setText(
                self.tr("Warehouse {code} added: choose the countries it serves, then assign orders by rule.").format(
                    code=values.code.strip()
                )
            )
        return created  # type: ignore[return-value]

    def edit_warehouse(self) -> bool:
        warehouse_id = self._selected_warehouse()
        if warehouse_id is None:
            return False
        row = self.warehouses.currentRow()
        now = WarehouseValues(*(self.warehouses.item(row, column).text() for column in (0, 1, 2)))
        values, ok = WarehouseDialog.get_values(now, self)
        if not ok:
            return False
        done = self._change(
            lambda s: (update_warehouse(
                s, warehouse_id, operator=self._ops.operator(), code=values.code, name=values.name,
                country_code=values.country,
            ), True)[1],
            Change.PLANNING | Change.PARCELS | Change.STOCK,  # its code shows wherever its parcels and shelves do
        )  # fmt: skip
        return bool(done)

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
                + " "
                + self.tr("Now to ship from each: {per}.").format(
                    per=", ".join(f"{code} {n:,}" for code, n in result.per_warehouse.items()) or "—"
                )
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
                self.tr("{name}: {orders} orders still to ship ({per}); {share}% international.").format(
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
