"""The Inventory view's smaller doors: a write-off, a bin, a shelf's history, the deliveries received,
spare percentages, the budget buffer, and warehouses of the team's own."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from sqlalchemy import exists, select

from fulfiller.db.models import Address, Campaign, Order, Shipment, Stock, StockMovement, Warehouse
from fulfiller.domain.enums import MovementKind, PledgeStatus
from fulfiller.domain.planning import spares_for
from fulfiller.services.planning.receiving import InboundLineInput, record_inbound
from fulfiller.ui.ops import Change
from fulfiller.ui.table_dialog import TableDialog
from fulfiller.ui.warehouse_dialog import WarehouseDialog


def _column(table, header: str) -> int:  # noqa: ANN001 - a QTableWidget
    return next(c for c in range(table.columnCount()) if table.horizontalHeaderItem(c).text() == header)


def _answers(monkeypatch: pytest.MonkeyPatch, *, ints=(), texts=()) -> None:  # noqa: ANN001 - answers in order
    ints, texts = list(ints), list(texts)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *_a, **_k: (ints.pop(0), True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: (texts.pop(0), True))


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    return shown


def _stocked_row(view) -> int:  # noqa: ANN001 - the Inventory view
    on_hand = _column(view.stock, "On hand")
    return next(r for r in range(view.stock.rowCount()) if int(view.stock.item(r, on_hand).text().replace(",", "")) > 5)


def test_a_write_off_a_bin_and_the_shelf_history(qtbot, window, monkeypatch, warnings) -> None:
    view = window.show_view("inventory")
    row = _stocked_row(view)
    warehouse_id, item_id = view.stock.item(row, 0).data(0x0100)
    on_hand = int(view.stock.item(row, _column(view.stock, "On hand")).text().replace(",", ""))
    view.stock.selectRow(row)

    _answers(monkeypatch, ints=[3], texts=["crushed on the pallet"])
    view.write_off_selected()
    assert view.message.text() == f"On hand {on_hand} → {on_hand - 3}."
    with window.db.reading() as session:
        movement = session.scalars(select(StockMovement).order_by(StockMovement.id.desc())).first()
        assert (movement.kind, movement.quantity, movement.note, movement.operator) == (
            MovementKind.WRITTEN_OFF,
            -3,
            "crushed on the pallet",
            "Mei",
        )
    row = next(r for r in range(view.stock.rowCount()) if view.stock.item(r, 0).data(0x0100) == (warehouse_id, item_id))
    assert view.stock.item(row, _column(view.stock, "On hand")).text() == f"{on_hand - 3:,}"

    view.stock.selectRow(row)
    _answers(monkeypatch, ints=[on_hand + 100], texts=["?"])
    view.write_off_selected()  # more than the shelf holds: refused, nothing written
    assert warnings and "cannot be written off" in warnings[-1]

    view.stock.selectRow(row)
    _answers(monkeypatch, texts=[" A-01-3 "])
    view.set_bin()
    assert view.stock.item(row, _column(view.stock, "Bin")).text() == "A-01-3"
    with window.db.reading() as session:
        stock = session.scalar(select(Stock).where(Stock.warehouse_id == warehouse_id, Stock.item_id == item_id))
        assert stock.bin_location == "A-01-3"

    view.stock.selectRow(row)
    _answers(monkeypatch, ints=[on_hand - 3], texts=["counted again"])
    view.correct_count()
    assert "nothing changed" in view.message.text()

    shown: list[TableDialog] = []
    monkeypatch.setattr(TableDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    view.stock.selectRow(row)
    view.shelf_history()
    (dialog,) = shown
    table = dialog.table
    newest = [table.item(0, c).text() for c in range(table.columnCount())]
    assert newest[1:5] == ["written off", "-3", f"{on_hand - 3:,}", "Mei"] and newest[6] == "crushed on the pallet"
    assert table.rowCount() > 1 and "History of" in dialog.windowTitle()


def test_the_deliveries_tab_lists_what_arrived_and_marks_a_short_one(qtbot, window) -> None:
    view = window.show_view("inventory")
    with window.db.transaction() as session:
        warehouse = session.scalars(select(Warehouse).order_by(Warehouse.id)).first()
        sku = view.stock.item(_stocked_row(view), _column(view.stock, "SKU")).text()
        record_inbound(
            session, warehouse.id, "MSKU7654321", [InboundLineInput(sku, expected=50, counted=48)], operator="Mei"
        )
        record_inbound(session, warehouse.id, "PO-2", [InboundLineInput(sku, expected=10, counted=10)], operator="Bo")
    window.ops.events.announce(Change.STOCK)  # as a write in the window would
    table = view.deliveries
    references = [table.item(r, _column(table, "Reference")).text() for r in range(table.rowCount())]
    assert references[:2] == ["PO-2", "MSKU7654321"]  # newest first
    check = _column(table, "Check")
    assert table.item(0, check).text() == "as expected"
    assert table.item(1, check).text() == f"{sku} short by 2"
    assert table.item(1, 0).background().color().name() == "#fde2e1"
    assert table.item(1, _column(table, "On the shelves")).text() == "48"


def test_spare_percentages_and_the_budget_buffer(qtbot, window, monkeypatch, warnings) -> None:
    view = window.show_view("inventory")
    row = next(r for r, d in enumerate(view.demand_rows) if d.warehouse_id is not None and d.demand >= 10)
    line = view.demand_rows[row]
    view.demand.selectRow(row)
    _answers(monkeypatch, texts=["20"])
    view.set_shelf_spare()
    changed = next(d for d in view.demand_rows if (d.warehouse_id, d.item_id) == (line.warehouse_id, line.item_id))
    assert changed.spare_percent == Decimal("20") and changed.spares == spares_for(changed.demand, Decimal("20"))
    with window.db.reading() as session:
        stock = session.scalar(
            select(Stock).where(Stock.warehouse_id == line.warehouse_id, Stock.item_id == line.item_id)
        )
        assert stock.spare_percent == Decimal("20")

    _answers(monkeypatch, texts=["5"])
    view.set_campaign_spare()
    with window.db.reading() as session:
        assert session.get(Campaign, window.ops.campaign_id).spare_percent == Decimal("5")
    shown = {view.demand.item(r, _column(view.demand, "Spare %")).text() for r in range(view.demand.rowCount())}
    assert "20%" in shown  # the demo's items have their own percentages: the campaign's is for new ones

    view.demand.selectRow(next(r for r, d in enumerate(view.demand_rows) if d.item_id == line.item_id))
    _answers(monkeypatch, texts=[""])  # back to the item's or the campaign's
    view.set_shelf_spare()
    with window.db.reading() as session:
        stock = session.scalar(
            select(Stock).where(Stock.warehouse_id == line.warehouse_id, Stock.item_id == line.item_id)
        )
        assert stock.spare_percent is None

    _answers(monkeypatch, texts=["lots"])
    view.set_campaign_spare()
    assert warnings and "spare percentage" in warnings[-1]
    with window.db.reading() as session:
        assert session.get(Campaign, window.ops.campaign_id).spare_percent == Decimal("5")

    _answers(monkeypatch, texts=["10"])
    view.set_buffer()
    with window.db.reading() as session:
        assert session.get(Campaign, window.ops.campaign_id).cost_buffer_percent == Decimal("10")
    assert "with a 10% buffer" in view.message.text()


def test_a_warehouse_of_their_own_and_orders_assigned_to_it(qtbot, window, monkeypatch, warnings) -> None:
    view = window.show_view("inventory")
    view.tabs.setCurrentWidget(view.warehouses.parentWidget())

    def fill(code: str, name: str, country: str):  # noqa: ANN202 - a patched exec
        def run(dialog: WarehouseDialog) -> int:
            dialog.code.setText(code)
            dialog.name.setText(name)
            dialog.country.setText(country)
            return QDialog.DialogCode.Accepted

        return run

    monkeypatch.setattr(WarehouseDialog, "exec", fill("UK 2", "Leeds", "GB"))
    assert view.new_warehouse() is None
    assert warnings and "without spaces" in warnings[-1]
    monkeypatch.setattr(WarehouseDialog, "exec", fill("UK", "Leeds partner", "United Kingdom"))
    created = view.new_warehouse()
    assert created is not None and "Warehouse UK added" in view.message.text()
    codes = [view.warehouses.item(r, 0).text() for r in range(view.warehouses.rowCount())]
    assert "UK" in codes
    row = codes.index("UK")
    assert view.warehouses.item(row, 2).text() == "GB"

    view.warehouses.selectRow(row)
    monkeypatch.setattr(WarehouseDialog, "exec", fill("UK", "Leeds fulfilment", "GB"))
    assert view.edit_warehouse()
    with window.db.reading() as session:
        warehouse = session.get(Warehouse, created)
        assert (warehouse.code, warehouse.name, warehouse.country_code) == ("UK", "Leeds fulfilment", "GB")

    row = [view.warehouses.item(r, 0).text() for r in range(view.warehouses.rowCount())].index("UK")
    view.warehouses.selectRow(row)
    with window.db.reading() as session:  # the demo's first wave shipped Britain's orders: serve one still waiting
        waiting = session.scalar(
            select(Address.country_code)
            .join(Order, Order.id == Address.order_id)
            .where(Order.status == PledgeStatus.COLLECTED, ~exists().where(Shipment.order_id == Order.id))
            .order_by(Order.id)
        )
    served = " ".join(dict.fromkeys(["GB", "IE", waiting]))
    _answers(monkeypatch, texts=[served])
    view.edit_countries()
    view.assign()
    assert "Now to ship from each:" in view.message.text() and "UK " in view.message.text()
    row = [view.warehouses.item(r, 0).text() for r in range(view.warehouses.rowCount())].index("UK")
    assert set(view.warehouses.item(row, 3).text().split()) == set(served.split())
