"""An order shipped from a warehouse chosen by hand, and handed back to the rules."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import exists, select

from fulfiller.db.models import Order, Shipment, Warehouse
from fulfiller.domain.shipment_status import PACKED_OR_FURTHER, UNPACKED


def _order(window, packed: bool) -> Order:  # noqa: ANN001 - the main window
    statuses = PACKED_OR_FURTHER if packed else UNPACKED
    with window.db.reading() as session:
        order = session.scalars(
            select(Order)
            .where(Order.warehouse_id.is_not(None))
            .where(exists().where(Shipment.order_id == Order.id, Shipment.status.in_(statuses)))
            .order_by(Order.id)
        ).first()
        session.expunge(order)
    return order


def test_an_order_moves_to_another_warehouse_and_back_to_the_rules(qtbot, window, monkeypatch) -> None:
    order = _order(window, packed=False)
    with window.db.reading() as session:
        home = session.get(Warehouse, order.warehouse_id).code
        other = session.scalars(select(Warehouse).where(Warehouse.id != order.warehouse_id)).first()
        other_id, other_code = other.id, other.code
    view = window.show_view("backers")
    assert view.select_order(order.id)
    panel = view.panel
    assert f"ships from {home}" in panel.facts.text()

    offered = []

    def choose(_parent, _title, _label, items, current, _editable):  # noqa: ANN001, ANN202 - QInputDialog.getItem
        offered.append((list(items), current))
        return next(text for text in items if text.startswith(f"{other_code} — ")), True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    assert panel.choose_warehouse()
    assert offered[0][0][0].startswith("By the rules") and offered[0][1] == 0
    assert f"ships from {other_code} (chosen by hand)" in panel.facts.text()
    with window.db.reading() as session:
        moved = session.get(Order, order.id)
        assert (moved.warehouse_id, moved.warehouse_overridden) == (other_id, True)
        unpacked = session.scalars(
            select(Shipment).where(Shipment.order_id == order.id, Shipment.status.in_(UNPACKED))
        ).all()
        assert unpacked and all(s.warehouse_id == other_id for s in unpacked)

    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, _c, _e: (items[0], True))
    assert panel.choose_warehouse()
    assert f"ships from {home}" in panel.facts.text() and "chosen by hand" not in panel.facts.text()
    with window.db.reading() as session:
        back = session.get(Order, order.id)
        assert (back.warehouse_id, back.warehouse_overridden) == (order.warehouse_id, False)


def test_a_packed_order_keeps_its_warehouse(qtbot, window, monkeypatch) -> None:
    order = _order(window, packed=True)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, _c, _e: (items[-1], True))
    view = window.show_view("backers")
    assert view.select_order(order.id)
    assert not view.panel.choose_warehouse()
    assert warnings and "already packed" in warnings[0]
    with window.db.reading() as session:
        assert session.get(Order, order.id).warehouse_id == order.warehouse_id
