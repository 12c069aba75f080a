from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from fulfiller.db.models import InboundShipment, StockMovement
from fulfiller.domain.enums import MovementKind
from fulfiller.services.planning.stock import adjust_stock


def _column(table, header: str) -> int:
    return next(c for c in range(table.columnCount()) if table.horizontalHeaderItem(c).text() == header)


def test_demand_plan_highlights_shortfalls_and_exports(qtbot, window, tmp_path: Path) -> None:
    view = window.show_view("inventory")
    first = next(d for d in view.demand_rows if d.warehouse_id is not None and d.demand > 0)
    with window.db.transaction() as session:  # the shelf turns out empty
        adjust_stock(session, first.warehouse_id, first.item_id, 0, reason="counted", operator="Mei")
    view.refresh()
    table = view.demand
    assert table.rowCount() == len(view.demand_rows) > 0
    shortfall = _column(table, "Shortfall")
    short_rows = [r for r in range(table.rowCount()) if table.item(r, shortfall).text() != "0"]
    assert short_rows, "the demo ships more than its stock"
    assert table.item(short_rows[0], 0).background().color().name() == "#fde2e1"
    out = tmp_path / "demand.xlsx"
    assert view.export_demand(out) == len(view.demand_rows)
    sheet = load_workbook(out).active
    assert [c.value for c in sheet[1]][:3] == ["warehouse", "warehouse_name", "sku"]
    assert sheet.max_row == len(view.demand_rows) + 1


def test_receiving_puts_good_units_on_the_shelf(qtbot, window, monkeypatch) -> None:
    from fulfiller.ui.receiving_dialog import ReceivingDialog

    view = window.show_view("inventory")

    def fill_and_accept(dialog: ReceivingDialog) -> int:
        dialog.reference.setText("MSKU1234567")
        sku = dialog.items[0].sku
        row = 0
        dialog.lines.cellWidget(row, 0).setCurrentIndex(dialog.lines.cellWidget(row, 0).findData(sku))
        for column, value in ((1, 100), (2, 98), (3, 3)):
            dialog.lines.cellWidget(row, column).setValue(value)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ReceivingDialog, "exec", fill_and_accept)
    view.receive()
    assert "95 units put on the shelves" in view.message.text()
    assert "expected 100, counted 98, damaged 3" in view.message.text()
    with window.db.reading() as session:
        inbound = session.query(InboundShipment).one()
        assert (inbound.reference, inbound.operator) == ("MSKU1234567", "Mei")
        moved = sum(m.quantity for m in session.query(StockMovement).filter_by(inbound_id=inbound.id))
        assert moved == 95
        assert {m.kind for m in session.query(StockMovement).filter_by(inbound_id=inbound.id)} <= {
            MovementKind.RECEIVED,
            MovementKind.WRITTEN_OFF,
        }


def test_what_if_compares_one_warehouse_with_the_current_split(qtbot, window) -> None:
    view = window.show_view("inventory")
    text = view.show_what_if("US")
    first, second = text.splitlines()
    assert first.count("%") == 1 and "US:" in first
    assert "EU:" in second or "APAC:" in second
