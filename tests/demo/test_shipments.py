"""The demo's parcels: how many, their lines, and a status history that follows the allowed steps."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from fulfiller.db.models import Item, Order, Shipment, ShipmentLine, ShipmentStatusChange, StockMovement
from fulfiller.domain.enums import MovementKind, PledgeStatus, ShipmentStatus
from fulfiller.domain.shipment_status import check_transition


def test_shipments_have_kit_lines_and_a_history_of_allowed_steps(
    demo500: tuple[sessionmaker[Session], int],
) -> None:
    sessions, _ = demo500
    with sessions() as session:
        shipments = session.scalars(select(Shipment)).all()
        collected = session.scalar(select(func.count()).where(Order.status == PledgeStatus.COLLECTED)) or 0
        orders = {o.id: o for o in session.scalars(select(Order))}
        lines = Counter(line.shipment_id for line in session.scalars(select(ShipmentLine)))
        history: dict[int, list[ShipmentStatusChange]] = {}
        for change in session.scalars(select(ShipmentStatusChange).order_by(ShipmentStatusChange.id)):
            history.setdefault(change.shipment_id, []).append(change)
    assert 0.2 < len(shipments) / collected < 0.4
    assert {s.status for s in shipments} >= {
        ShipmentStatus.PENDING,
        ShipmentStatus.SHIPPED,
        ShipmentStatus.DELIVERED,
    }
    for shipment in shipments:
        order = orders[shipment.order_id]
        assert order.status is PledgeStatus.COLLECTED and shipment.sequence == 1
        assert shipment.warehouse_id == order.warehouse_id and lines[shipment.id] >= 3
        steps = history[shipment.id]
        assert steps[0].old_status is None and steps[-1].new_status is shipment.status
        assert all(step.operator == "demo" for step in steps)
        for before, after in zip(steps, steps[1:], strict=False):
            assert after.old_status is before.new_status and after.at >= before.at
            check_transition(before.new_status, after.new_status)
        if ShipmentStatus.SHIPPED in {step.new_status for step in steps}:
            assert shipment.carrier and shipment.shipped_at and shipment.tracking_number
        else:
            assert shipment.tracking_number == "" and shipment.shipped_at is None


def test_packed_parcels_are_weighed_and_took_their_stock_off_the_shelf(
    demo500: tuple[sessionmaker[Session], int],
) -> None:
    sessions, _ = demo500
    with sessions() as session:
        shipments = session.scalars(select(Shipment)).all()
        stock_items = set(session.scalars(select(Item.id).where(Item.is_stock)))
        taken: Counter[tuple[int, int]] = Counter()
        for movement in session.scalars(select(StockMovement).where(StockMovement.kind == MovementKind.PACKED)):
            taken[(movement.shipment_id, movement.item_id)] -= movement.quantity
        lines = {s.id: [(line.item_id, line.quantity, line.packed_quantity) for line in s.lines] for s in shipments}
    packed = [s for s in shipments if s.weight_g is not None]
    assert packed and len(packed) < len(shipments)
    for shipment in shipments:
        is_packed = shipment.weight_g is not None
        assert not is_packed or shipment.weight_g > 350  # the items plus the box
        for item_id, quantity, packed_quantity in lines[shipment.id]:
            assert packed_quantity == (quantity if is_packed else 0)
            assert taken[(shipment.id, item_id)] == (quantity if is_packed and item_id in stock_items else 0)
