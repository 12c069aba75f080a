"""Orders packed at the station by scanner input only: keystrokes and Enter, F2 for the card; a parcel packed
without shipping gets its tracking number later by scanning its packing list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView
from sqlalchemy import select

from fulfiller.db.models import Order, Shipment, StockMovement
from fulfiller.domain.carriers import s10_check_digit
from fulfiller.domain.enums import MovementKind, ShipmentStatus
from fulfiller.services.shipping.pack_station import open_order


def _tracking(serial: int) -> str:
    digits = f"{serial:08d}"
    return f"LX{digits}{s10_check_digit(digits)}CN"


def _packable(window, count: int) -> list:
    """The first orders that can be packed; the second holds a stock item the first has not (to scan by mistake)."""
    found = []
    with window.db.reading() as session:
        for order_id in session.scalars(select(Order.id).order_by(Order.id)):
            pack = open_order(session, f"FUL-{order_id}", campaign_id=window.campaign.id)
            if not pack.blocked and not pack.awaiting_tracking and pack.state.lines:
                found.append(pack)
            if len(found) >= count and (count < 2 or _skus(found[1]) - _skus(found[0])):
                return found[:count]
            if len(found) >= count:  # keep the first, look further for a second with an item of its own
                found.pop(1)
    raise AssertionError("the demo has no packable orders")


def _skus(pack) -> set[str]:
    return {line.item.sku for line in pack.state.lines if line.item.is_stock}


def _scan(qtbot, field, code: str) -> None:
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_three_orders_packed_by_scanner_alone(qtbot, window) -> None:
    view = window.show_view("packing")
    packs = _packable(window, 3)
    wrong_sku = next(
        line.item.sku for other in packs[1:] for line in other.state.lines
        if line.item.sku not in {x.item.sku for x in packs[0].state.lines} and line.item.is_stock
    ) if any(True for _ in packs) else None  # fmt: skip
    for number, pack in enumerate(packs):
        _scan(qtbot, view.scan, pack.code)
        assert view.pack is not None and view.pack.order_id == pack.order_id
        assert view.lines.rowCount() == len(pack.state.lines)
        if number == 0 and wrong_sku:
            _scan(qtbot, view.scan, wrong_sku)  # an item of another order: flagged in red, box unchanged
            assert "#b3261e" in view.banner.styleSheet()
            assert not view.pack.complete
        for index, line in enumerate(pack.state.lines):
            for _ in range(line.item.quantity):
                if line.item.is_stock:
                    _scan(qtbot, view.scan, line.item.sku)
                else:
                    view.lines.selectRow(index)
                    qtbot.keyClick(view, Qt.Key.Key_F2)
        if number == 1:
            first_stock = next(line for line in pack.state.lines if line.item.is_stock)
            _scan(qtbot, view.scan, first_stock.item.sku)  # a double scan: surplus, flagged
            assert "#b3261e" in view.banner.styleSheet()
            assert "enough" in view.banner.text().lower() or "surplus" in view.banner.text().lower()
        assert view.pack.complete
        assert view.tracking.hasFocus() or view.tracking.isEnabled()
        _scan(qtbot, view.tracking, _tracking(40_000_000 + number))
        assert view.pack is None, view.banner.text()
        assert "#1e7b34" in view.banner.styleSheet()

    assert view.packed_today == 3
    with window.db.reading() as session:
        for number, pack in enumerate(packs):
            shipment = session.scalars(select(Shipment).where(Shipment.order_id == pack.order_id)).all()[-1]
            assert shipment.status is ShipmentStatus.SHIPPED
            assert shipment.tracking_number == _tracking(40_000_000 + number)
            packed = session.scalars(
                select(StockMovement).where(
                    StockMovement.shipment_id == shipment.id, StockMovement.kind == MovementKind.PACKED
                )
            ).all()
            assert sum(-m.quantity for m in packed) == sum(
                line.item.quantity for line in pack.state.lines if line.item.is_stock
            )

    # The same packing list scanned again warns loudly instead of packing twice.
    _scan(qtbot, view.scan, packs[0].code)
    assert "#b3261e" in view.banner.styleSheet()
    assert "packed" in view.banner.text().lower()


def test_a_wrong_tick_is_taken_out_again_with_shift_f2(qtbot, window) -> None:
    view = window.show_view("packing")
    (pack,) = _packable(window, 1)
    _scan(qtbot, view.scan, pack.code)
    for index, line in enumerate(pack.state.lines):
        for _ in range(line.item.quantity):
            if line.item.is_stock:
                _scan(qtbot, view.scan, line.item.sku)
            else:
                view.lines.selectRow(index)
                qtbot.keyClick(view, Qt.Key.Key_F2)
    assert view.pack.complete and view.tracking.isEnabled()
    last = len(pack.state.lines) - 1
    view.lines.selectRow(last)
    qtbot.keyClick(view, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyRelease(view, Qt.Key.Key_Shift)  # Qt keeps the last modifiers it saw: let go of Shift for the next test
    line = view.pack.state.lines[last]
    assert line.packed == line.item.quantity - 1 and not view.pack.complete
    assert not view.tracking.isEnabled()  # no tracking number for a box not complete
    assert view.banner.text() == f"One {line.item.name} taken out: {line.packed} of {line.item.quantity} in the box."
    assert view.lines.item(last, 0).text() == f"{line.packed} / {line.item.quantity}"


# --- By the keyboard alone: every key goes to whatever has the focus, as a scanner's would ----------------------


@pytest.fixture
def shown(qtbot, window):  # noqa: ANN001, ANN201 - the main window, on screen and active
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _key(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _type(qtbot, code: str) -> None:
    """A scanner: the code, then Enter, into the widget with the keyboard focus."""
    focused = QApplication.focusWidget()
    qtbot.keyClicks(focused, code)
    qtbot.keyClick(focused, Qt.Key.Key_Return)


def _packing(qtbot, window):  # noqa: ANN001, ANN202 - the main window in, the pack station out
    _key(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    view = window.views["packing"]
    assert window.stack.currentWidget() is view
    return view


def _pack_by_keys(qtbot, view, pack) -> None:  # noqa: ANN001 - the station and the order's PackSession
    """Every stock item scanned, then F2 for each unit ticked by hand (the card): the first line missing one."""
    for line in pack.state.lines:
        for _ in range(line.item.quantity if line.item.is_stock else 0):
            assert QApplication.focusWidget() is view.scan
            _type(qtbot, line.item.sku)
    for line in pack.state.lines:
        for _ in range(0 if line.item.is_stock else line.item.quantity):
            _key(qtbot, Qt.Key.Key_F2)


def test_the_scan_field_has_the_focus_whenever_the_packing_view_is_shown(qtbot, shown) -> None:
    view = _packing(qtbot, shown)
    assert QApplication.focusWidget() is view.scan
    _key(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert shown.stack.currentWidget() is shown.views["dashboard"]
    _packing(qtbot, shown)
    assert QApplication.focusWidget() is view.scan
    _type(qtbot, "NOT-AN-ORDER")  # an alarm: the next scan still lands in the scan field
    assert "#b3261e" in view.banner.styleSheet() and QApplication.focusWidget() is view.scan


def test_an_order_packed_and_shipped_by_keys_alone(qtbot, shown) -> None:
    (pack,) = _packable(shown, 1)
    view = _packing(qtbot, shown)
    _type(qtbot, pack.code)
    assert view.pack is not None and view.pack.order_id == pack.order_id, view.banner.text()
    header = view.lines.horizontalHeader()
    assert header.sectionResizeMode(1) is QHeaderView.ResizeMode.ResizeToContents  # the SKU, whole
    assert header.sectionResizeMode(2) is QHeaderView.ResizeMode.Stretch  # the item's name takes the rest
    widest = max(view.lines.fontMetrics().horizontalAdvance(line.item.sku) for line in pack.state.lines)
    assert view.lines.columnWidth(1) >= widest
    _pack_by_keys(qtbot, view, pack)
    assert view.pack.complete and QApplication.focusWidget() is view.tracking
    _type(qtbot, _tracking(41_000_001))
    assert view.pack is None and "#1e7b34" in view.banner.styleSheet(), view.banner.text()
    assert QApplication.focusWidget() is view.scan  # ready for the next order
    with shown.db.reading() as session:
        shipment = session.scalars(select(Shipment).where(Shipment.order_id == pack.order_id)).all()[-1]
        assert (shipment.status, shipment.tracking_number) == (ShipmentStatus.SHIPPED, _tracking(41_000_001))


def test_packed_without_shipping_then_its_list_and_tracking_ship_it(qtbot, shown) -> None:
    (pack,) = _packable(shown, 1)
    view = _packing(qtbot, shown)
    _key(qtbot, Qt.Key.Key_Tab)  # the tracking field waits for a complete box: on to "Mark as shipped"
    assert QApplication.focusWidget() is view.ship
    _key(qtbot, Qt.Key.Key_Space)
    assert not view.ship.isChecked() and QApplication.focusWidget() is view.scan  # back to the scanner's field
    _type(qtbot, pack.code)
    _pack_by_keys(qtbot, view, pack)
    assert QApplication.focusWidget() is view.tracking and "press Enter" in view.banner.text()
    _key(qtbot, Qt.Key.Key_Return)  # no label yet: packed only
    assert view.pack is None and "packed, not shipped" in view.banner.text(), view.banner.text()
    with shown.db.reading() as session:
        shipment = session.scalars(select(Shipment).where(Shipment.order_id == pack.order_id)).all()[-1]
        assert (shipment.status, shipment.tracking_number) == (ShipmentStatus.PACKED, "")
        packed_moves = session.scalars(select(StockMovement).where(StockMovement.shipment_id == shipment.id)).all()

    # Later, at the van: the packing list, then the tracking number.
    _type(qtbot, pack.code)
    assert view.pack is not None and view.pack.awaiting_tracking, view.banner.text()
    assert "has not shipped: scan its tracking number" in view.banner.text()
    assert "#b3261e" not in view.banner.styleSheet()
    assert QApplication.focusWidget() is view.tracking
    assert all(view.lines.item(row, 0).text().split(" / ")[0] == view.lines.item(row, 0).text().split(" / ")[1]
               for row in range(view.lines.rowCount()))  # fmt: skip
    _type(qtbot, pack.state.lines[0].item.sku)  # an item: nothing to scan but the tracking number
    assert "#b3261e" in view.banner.styleSheet() and "not its items" in view.banner.text()
    assert QApplication.focusWidget() is view.tracking
    _type(qtbot, _tracking(41_000_002))
    assert view.pack is None and "#1e7b34" in view.banner.styleSheet(), view.banner.text()
    assert view.banner.text().startswith(f"{pack.code} shipped: ")
    with shown.db.reading() as session:
        shipment = session.get(Shipment, shipment.id)
        assert (shipment.status, shipment.tracking_number) == (ShipmentStatus.SHIPPED, _tracking(41_000_002))
        again = session.scalars(select(StockMovement).where(StockMovement.shipment_id == shipment.id)).all()
        assert len(again) == len(packed_moves)  # nothing left the shelf a second time

    _type(qtbot, pack.code)  # shipped now: a loud warning, nothing to do
    assert view.pack is not None and view.pack.blocked and "#b3261e" in view.banner.styleSheet()
    assert "ALREADY PACKED" in view.banner.text()
