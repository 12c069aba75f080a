"""The demo's parcels: how many, their lines, a status history that follows the allowed steps, and the
stock each took off the shelf."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from fulfiller.db.models import Item, Order, OrderProblem, Shipment, ShipmentLine, ShipmentStatusChange, StockMovement
from fulfiller.domain.enums import MovementKind, PledgeStatus, Severity, ShipmentStatus
from fulfiller.domain.shipment_status import PACKED_OR_FURTHER, check_transition

S = ShipmentStatus


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
    originals = [s for s in shipments if s.replaces_shipment_id is None]
    assert 0.85 < len(originals) / collected < 0.99  # four waves; the orders with problems wait
    assert {s.status for s in shipments} >= {S.READY, S.PACKED, S.SHIPPED, S.DELIVERED, S.AT_LABEL_TOOL,
                                            S.WITH_PARTNER, S.LOST, S.DAMAGED}  # fmt: skip
    for shipment in shipments:
        order = orders[shipment.order_id]
        assert order.status is PledgeStatus.COLLECTED and shipment.warehouse_id == order.warehouse_id
        if shipment.replaces_shipment_id is None:
            assert shipment.sequence == 1 and shipment.wave_id is not None and lines[shipment.id] >= 3
        else:  # a reship: the order's next parcel, outside any wave, with what the backer needs
            assert shipment.sequence == 2 and shipment.wave_id is None and lines[shipment.id] >= 1
        steps = history[shipment.id]
        assert steps[0].old_status is None and steps[-1].new_status is shipment.status
        assert all(step.operator == "demo" for step in steps)
        for before, after in zip(steps, steps[1:], strict=False):
            assert after.old_status is before.new_status and after.at >= before.at
            check_transition(before.new_status, after.new_status)
        if S.SHIPPED in {step.new_status for step in steps}:
            assert shipment.carrier and shipment.shipped_at and shipment.tracking_number
        else:
            assert shipment.tracking_number == "" and shipment.shipped_at is None


def test_packed_parcels_took_their_stock_off_the_shelf_once(demo500: tuple[sessionmaker[Session], int]) -> None:
    sessions, _ = demo500
    with sessions() as session:
        shipments = session.scalars(select(Shipment)).all()
        stock_items = set(session.scalars(select(Item.id).where(Item.is_stock)))
        taken: Counter[tuple[int, int, MovementKind]] = Counter()
        for movement in session.scalars(select(StockMovement).where(StockMovement.shipment_id.is_not(None))):
            taken[(movement.shipment_id, movement.item_id, movement.kind)] -= movement.quantity
        lines = {s.id: [(line.item_id, line.quantity, line.packed_quantity) for line in s.lines] for s in shipments}
    packed = [s for s in shipments if s.status in PACKED_OR_FURTHER]
    assert packed and len(packed) < len(shipments)
    for shipment in shipments:
        is_packed = shipment.status in PACKED_OR_FURTHER
        # An original parcel leaves as PACKED, a reship as RESHIPPED: never both, never twice.
        kind = MovementKind.PACKED if shipment.replaces_shipment_id is None else MovementKind.RESHIPPED
        other = MovementKind.RESHIPPED if kind is MovementKind.PACKED else MovementKind.PACKED
        assert shipment.weight_g is None or (is_packed and shipment.weight_g > 350)  # the items plus the box
        for item_id, quantity, packed_quantity in lines[shipment.id]:
            assert packed_quantity == (quantity if is_packed else 0)
            assert taken[(shipment.id, item_id, kind)] == (quantity if is_packed and item_id in stock_items else 0)
            assert taken[(shipment.id, item_id, other)] == 0


def test_no_order_with_an_address_error_has_a_parcel(demo500: tuple[sessionmaker[Session], int]) -> None:
    """The waves left them out: they wait until their address is put right."""
    sessions, _ = demo500
    with sessions() as session:
        errors = set(session.scalars(select(OrderProblem.order_id).where(OrderProblem.severity == Severity.ERROR)))
        with_parcels = set(session.scalars(select(Shipment.order_id)))
    assert errors and not errors & with_parcels
