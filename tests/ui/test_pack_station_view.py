"""Three orders packed at the station by scanner input only: keystrokes and Enter, F2 for the card."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
            if not pack.blocked and pack.state.lines:
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
