"""Shipments (parcels) of orders: creating and splitting them, their status workflow with its history,
tracking numbers, and the shipments table.

Every status change is checked against `fulfiller.domain.shipment_status`, leaves a history row
with operator and time, and has its side effects here, once: reaching "packed" takes the goods off
the shelf (one PACKED, or RESHIPPED for a replacement parcel, movement per stock line; never twice
for the same parcel, even if it is unpacked and packed again), and so does a parcel that ships
straight from a label tool or partner (it was packed there, not at a pack station); "shipped"
stamps `shipped_at`, "delivered" stamps `delivered_at`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import (
    Item,
    Order,
    Shipment,
    ShipmentLine,
    ShipmentStatusChange,
    StockMovement,
)
from fulfiller.db.planner import checked_per_row
from fulfiller.domain.carriers import canonical_carrier, clean_tracking, detect_carrier, tracking_url
from fulfiller.domain.clock import utcnow
from fulfiller.domain.enums import AuditAction, MovementKind, ShipmentStatus
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import Message, joined, message
from fulfiller.domain.order_codes import order_code
from fulfiller.domain.shipment_status import HANDED_OUT, UNPACKED, TransitionRefused, check_transition
from fulfiller.services.audit import record, record_changes, signed_by
from fulfiller.services.catalogue.checklist import order_checklist
from fulfiller.services.planning.stock import add_movement

S = ShipmentStatus


def _shipment(session: Session, shipment_id: int) -> Shipment:
    shipment = session.get(Shipment, shipment_id)
    if shipment is None:
        raise UserError(_no_shipment(shipment_id))
    return shipment


def _no_shipment(shipment_id: int) -> Message:
    return message("shipment.not_found", "There is no shipment {shipment}.", shipment=shipment_id)


def _history(shipment: Shipment, old: S | None, new: S, operator: str, note: str = "") -> None:
    shipment.history.append(
        ShipmentStatusChange(old_status=old, new_status=new, operator=signed_by(operator), at=utcnow(), note=note)
    )


# --- Creating and splitting ---------------------------------------------------------------------


def ensure_shipment(session: Session, order_id: int, *, operator: str) -> int:
    """The order's first parcel still to pack; parcel #1 ("ready", lines from the checklist) is
    created when the order has none. Refused when every parcel is packed already, or the order
    does not ship (pledge not collected, merged into another order, nothing in its kit)."""
    unpacked = session.scalars(
        select(Shipment.id)
        .where(Shipment.order_id == order_id, Shipment.status.in_(UNPACKED))
        .order_by(Shipment.sequence)
        .limit(1)
    ).first()
    if unpacked is not None:
        return unpacked
    existing = session.scalar(select(func.count()).select_from(Shipment).where(Shipment.order_id == order_id))
    if existing:
        raise UserError(
            message(
                "parcels.all_packed",
                "Order {order} has no parcel left to pack: it is packed already.",
                order=order_code(order_id),
            )
        )
    checklist = order_checklist(session, order_id)
    if checklist.merged_into:
        raise UserError(
            message(
                "parcels.merged",
                "This order was merged into order {into}: pack that one instead.",
                into=checklist.merged_into,
            )
        )
    if not checklist.ships:
        raise UserError(message("parcels.not_collected", "This pledge was not collected: it does not ship."))
    if not checklist.lines:
        raise UserError(message("parcels.no_kit", "This order has nothing to pack: its reward has no kit yet."))
    order = session.get(Order, order_id)
    assert order is not None
    shipment = Shipment(order_id=order_id, sequence=1, warehouse_id=order.warehouse_id, status=S.READY)
    shipment.lines = [ShipmentLine(item_id=line.item.item_id, quantity=line.quantity) for line in checklist.lines]
    _history(shipment, None, S.READY, operator, "created for packing")
    session.add(shipment)
    session.flush()
    record(session, operator, AuditAction.CREATE, "shipment", shipment.id, new=f"{order_code(order_id)} #1")
    return shipment.id


def split_shipment(
    session: Session, shipment_id: int, item_lines: Mapping[int, int], *, operator: str, note: str = ""
) -> int:
    """Move units of some items (item id -> units) into a new parcel of the same order (a second
    wave: add-ons shipped later). Both parcels must still be unpacked; returns the new parcel's id."""
    source = _shipment(session, shipment_id)
    if source.status not in UNPACKED:
        raise UserError(
            message(
                "parcels.split_packed",
                "Parcel #{parcel} is {status}: only unpacked parcels can be split.",
                parcel=source.sequence,
                status=source.status,
            )
        )
    if not item_lines or all(units == 0 for units in item_lines.values()):
        raise UserError(message("parcels.split_nothing", "Choose at least one item to move to the new parcel."))
    by_item = {line.item_id: line for line in source.lines}
    for item_id, units in item_lines.items():
        line = by_item.get(item_id)
        if line is None:
            raise UserError(
                message(
                    "parcels.item_not_in_parcel",
                    "Item {item} is not in parcel #{parcel}.",
                    item=item_id,
                    parcel=source.sequence,
                )
            )
        if units < 0 or units > line.quantity:
            raise UserError(
                message(
                    "parcels.split_too_many",
                    "Parcel #{parcel} holds {quantity} of {sku}, not {units}.",
                    parcel=source.sequence,
                    quantity=line.quantity,
                    sku=line.item.sku,
                    units=units,
                )
            )
    if all(item_lines.get(line.item_id, 0) == line.quantity for line in source.lines):
        raise UserError(
            message(
                "parcels.split_everything", "That would move everything: leave at least one item in the first parcel."
            )
        )
    sequence = 1 + (
        session.scalar(select(func.max(Shipment.sequence)).where(Shipment.order_id == source.order_id)) or 0
    )
    wave = Shipment(
        order_id=source.order_id,
        sequence=sequence,
        warehouse_id=source.warehouse_id,
        status=S.PENDING,
        note=note,
    )
    for item_id, units in item_lines.items():
        if units == 0:
            continue
        line = by_item[item_id]
        wave.lines.append(ShipmentLine(item_id=item_id, quantity=units))
        line.quantity -= units
        line.packed_quantity = min(line.packed_quantity, line.quantity)
        if line.quantity == 0:
            source.lines.remove(line)
    _history(wave, None, S.PENDING, operator, f"split from parcel #{source.sequence}")
    session.add(wave)
    session.flush()
    record(
        session,
        operator,
        AuditAction.CREATE,
        "shipment",
        wave.id,
        field="split_from",
        old=source.id,
        new=", ".join(f"{by_item[i].item.sku} × {u}" for i, u in item_lines.items() if u),
    )
    return wave.id


# --- Status --------------------------------------------------------------------------------------


def _take_off_shelf(session: Session, shipment: Shipment, operator: str) -> int:
    """One out-going movement per stock line, the first time the parcel is packed. Returns how many."""
    already = session.scalar(
        select(
            exists().where(
                StockMovement.shipment_id == shipment.id,
                StockMovement.kind.in_([MovementKind.PACKED, MovementKind.RESHIPPED]),
            )
        )
    )
    if already:
        return 0
    warehouse_id = shipment.warehouse_id
    if warehouse_id is None:
        order = session.get(Order, shipment.order_id)
        warehouse_id = order.warehouse_id if order else None
        shipment.warehouse_id = warehouse_id
    if warehouse_id is None:
        raise UserError(
            message(
                "parcels.no_warehouse",
                "This parcel has no warehouse: assign the order to a warehouse before packing it.",
            )
        )
    kind = MovementKind.RESHIPPED if shipment.replaces_shipment_id is not None else MovementKind.PACKED
    written = 0
    for line in shipment.lines:
        if not line.item.is_stock or line.quantity <= 0:
            continue
        add_movement(
            session,
            warehouse_id,
            line.item_id,
            kind,
            -line.quantity,
            operator=operator,
            note=f"{order_code(shipment.order_id)} #{shipment.sequence}",
            shipment_id=shipment.id,
        )
        written += 1
    return written


def _apply(session: Session, shipment: Shipment, new: S, operator: str, note: str) -> None:
    old = shipment.status
    check_transition(old, new)
    if new is S.PACKED or (new is S.SHIPPED and old in HANDED_OUT):
        _take_off_shelf(session, shipment, operator)
        for line in shipment.lines:
            line.packed_quantity = line.quantity
    if old in HANDED_OUT and new in UNPACKED - HANDED_OUT:
        shipment.handed_to = ""  # taken back: no label tool or partner has it any more
    if new is S.SHIPPED:
        shipment.shipped_at = utcnow()
    elif new is S.DELIVERED:
        shipment.delivered_at = utcnow()
    shipment.status = new
    _history(shipment, old, new, operator, note)


def hand_out(session: Session, shipment: Shipment, new: S, to: str, *, operator: str, note: str = "") -> None:
    """The parcel goes to a label tool (at_label_tool) or a partner (with_partner) named `to`; sent
    again, it stays so and only the name is updated."""
    if shipment.status is not new:
        _apply(session, shipment, new, operator, note)
    if shipment.handed_to != to:
        record_changes(session, operator, "shipment", shipment.id, {"handed_to": (shipment.handed_to, to)})
        shipment.handed_to = to


def change_status(session: Session, shipment_id: int, new: S, *, operator: str, note: str = "") -> None:
    """Move a parcel to a new status, or refuse (TransitionRefused, a UserError) saying why."""
    shipment = _shipment(session, shipment_id)
    _apply(session, shipment, S(new), operator, note)
    session.flush()


@dataclass
class BulkResult:
    changed: list[int] = field(default_factory=list)
    refused: dict[int, Message] = field(default_factory=dict)  # shipment id -> why

    def describe(self) -> str:
        return str(self.summary())

    def summary(self) -> Message:
        changed = message("parcels.changed", "{n:,} shipment(s) changed", n=len(self.changed))
        if self.refused:
            return joined(changed, message("parcels.refused", "{n:,} refused", n=len(self.refused)), separator="; ")
        return changed


def bulk_change_status(session: Session, ids: Iterable[int], new: S, *, operator: str, note: str = "") -> BulkResult:
    """Change many parcels at once: those the workflow allows change, the others are listed with
    their reason (each parcel either changes completely or not at all)."""
    result = BulkResult()
    new = S(new)
    for shipment_id in ids:
        shipment = session.get(Shipment, shipment_id)
        if shipment is None:
            result.refused[shipment_id] = _no_shipment(shipment_id)
            continue
        try:
            _apply(session, shipment, new, operator, note)  # refuses before it changes anything
        except (TransitionRefused, UserError) as refused:
            result.refused[shipment_id] = refused.message
            continue
        result.changed.append(shipment_id)
    session.flush()
    return result


# --- Tracking -----------------------------------------------------------------------------------


def set_tracking(
    session: Session, shipment_id: int, tracking: str, carrier: str | None = None, *, operator: str
) -> tuple[str, str]:
    """Store a cleaned tracking number and its carrier (detected from the number when not given;
    the existing carrier is kept when nothing is detected). Returns (tracking number, carrier)."""
    shipment = _shipment(session, shipment_id)
    number = clean_tracking(tracking)
    if carrier and carrier.strip():
        chosen = canonical_carrier(carrier)
    else:
        guess = detect_carrier(number)
        chosen = guess.carrier if guess else shipment.carrier
    clash = session.scalar(
        select(Shipment.id).where(Shipment.tracking_number == number, Shipment.id != shipment_id).limit(1)
    )
    if clash is not None:
        other = _shipment(session, clash)
        raise UserError(
            message(
                "parcels.tracking_taken",
                "Tracking number {number} is already on parcel #{parcel} of {order}: each parcel has its own label.",
                number=number,
                parcel=other.sequence,
                order=order_code(other.order_id),
            )
        )
    changes = {"tracking_number": (shipment.tracking_number, number), "carrier": (shipment.carrier, chosen)}
    shipment.tracking_number, shipment.carrier = number, chosen
    record_changes(session, operator, "shipment", shipment_id, changes)
    session.flush()
    return number, chosen


# --- Reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DetailLine:
    item_id: int
    sku: str
    name: str
    quantity: int
    packed_quantity: int
    is_stock: bool


@dataclass(frozen=True)
class HistoryRow:
    old_status: ShipmentStatus | None
    new_status: ShipmentStatus
    operator: str
    at: datetime
    note: str


@dataclass(frozen=True)
class ShipmentDetail:
    id: int
    order_id: int
    order_code: str
    sequence: int
    status: ShipmentStatus
    carrier: str
    service: str
    tracking_number: str
    tracking_url: str
    warehouse_id: int | None
    weight_g: int | None
    shipped_at: datetime | None
    delivered_at: datetime | None
    replaces_shipment_id: int | None
    note: str
    lines: list[DetailLine]
    history: list[HistoryRow]
    allowed_next: list[ShipmentStatus]


def shipment_detail(session: Session, shipment_id: int) -> ShipmentDetail:
    from fulfiller.domain.shipment_status import allowed_next

    shipment = _shipment(session, shipment_id)
    lines = session.execute(
        select(
            ShipmentLine.item_id,
            Item.sku,
            Item.name,
            ShipmentLine.quantity,
            ShipmentLine.packed_quantity,
            Item.is_stock,
        )
        .join(Item, Item.id == ShipmentLine.item_id)
        .where(ShipmentLine.shipment_id == shipment_id)
        .order_by(ShipmentLine.id)
    )
    history = session.execute(
        select(
            ShipmentStatusChange.old_status,
            ShipmentStatusChange.new_status,
            ShipmentStatusChange.operator,
            ShipmentStatusChange.at,
            ShipmentStatusChange.note,
        )
        .where(ShipmentStatusChange.shipment_id == shipment_id)
        .order_by(ShipmentStatusChange.at, ShipmentStatusChange.id)
    )
    return ShipmentDetail(
        id=shipment.id,
        order_id=shipment.order_id,
        order_code=order_code(shipment.order_id),
        sequence=shipment.sequence,
        status=shipment.status,
        carrier=shipment.carrier,
        service=shipment.service,
        tracking_number=shipment.tracking_number,
        tracking_url=tracking_url(shipment.carrier, shipment.tracking_number) if shipment.tracking_number else "",
        warehouse_id=shipment.warehouse_id,
        weight_g=shipment.weight_g,
        shipped_at=shipment.shipped_at,
        delivered_at=shipment.delivered_at,
        replaces_shipment_id=shipment.replaces_shipment_id,
        note=shipment.note,
        lines=[DetailLine(*row) for row in lines],
        history=[HistoryRow(*row) for row in history],
        allowed_next=sorted(allowed_next(shipment.status), key=lambda s: list(S).index(s)),
    )


def last_change_to(session: Session, shipment_id: int, status: ShipmentStatus) -> HistoryRow | None:
    """When and by whom the parcel last reached this status."""
    row = session.execute(
        select(
            ShipmentStatusChange.old_status,
            ShipmentStatusChange.new_status,
            ShipmentStatusChange.operator,
            ShipmentStatusChange.at,
            ShipmentStatusChange.note,
        )
        .where(ShipmentStatusChange.shipment_id == shipment_id, ShipmentStatusChange.new_status == status)
        .order_by(ShipmentStatusChange.at.desc(), ShipmentStatusChange.id.desc())
        .limit(1)
    ).first()
    return HistoryRow(*row) if row else None


def carriers_in_use(session: Session, campaign_id: int) -> list[str]:
    """The carriers the campaign's parcels name, for a filter.

    The few carriers any parcel names, read from the (carrier, order) index, each kept when one parcel
    of the campaign names it: the first found ends the search, so no parcel is read one by one."""
    named = select(Shipment.carrier.label("carrier")).where(Shipment.carrier != "").distinct().subquery()
    used = (
        select(Shipment.id)
        .join(Order, Order.id == Shipment.order_id)
        .where(Shipment.carrier == named.c.carrier, checked_per_row(Order.campaign_id) == campaign_id)
        .exists()
    )
    return list(session.scalars(select(named.c.carrier).where(used).order_by(named.c.carrier)))
