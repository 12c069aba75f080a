"""The pack station: scan an order's packing-list barcode, scan (or tick) every item of its checklist,
scan the tracking number, done. Nothing is mis-packed silently: wrong and surplus items are
flagged, an order that is packed already, waits for an address fix, was not paid, was merged into
another order or has nothing to pack is announced loudly when it is opened, and `finish` refuses an
incomplete box or a blocked order, listing why.

`open_order` only reads; `finish` does all the writing in the caller's transaction (parcel created
if need be, lines ticked, tracking number, ready → packed → shipped, stock taken off the shelf).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from fulfiller.db.models import Item, Order, OrderProblem, Shipment, ShipmentLine
from fulfiller.domain.carriers import clean_tracking, detect_carrier
from fulfiller.domain.enums import PledgeStatus, Severity, ShipmentStatus
from fulfiller.domain.errors import UserError
from fulfiller.domain.order_codes import order_code, parse_order_code
from fulfiller.domain.packing import PackItem, PackState, ScanKind, ScanResult
from fulfiller.domain.shipment_status import PACKED_OR_FURTHER, UNPACKED
from fulfiller.services.catalogue.checklist import order_checklist
from fulfiller.services.shipping.parcels import change_status, ensure_shipment, last_change_to, set_tracking

S = ShipmentStatus


class WarningKind(StrEnum):
    ALREADY_PACKED = "already packed"
    EARLIER_PARCEL_PACKED = "earlier parcel packed"
    ADDRESS_ERROR = "address error"
    NOT_COLLECTED = "not collected"
    MERGED = "merged"
    NO_KIT = "no kit"
    ON_HOLD = "on hold"
    NO_WAREHOUSE = "no warehouse"


@dataclass(frozen=True, slots=True)
class PackWarning:
    kind: WarningKind
    message: str
    blocking: bool  # True: this box cannot be finished until it is resolved


@dataclass
class PackSession:
    """One order open at the pack station."""

    order_id: int
    campaign_id: int
    backer_number: str
    backer_name: str
    reward: str
    shipment_id: int | None  # None: parcel #1 is created when the box is finished
    sequence: int
    state: PackState
    warnings: list[PackWarning] = field(default_factory=list)

    @property
    def code(self) -> str:
        return order_code(self.order_id)

    @property
    def blocked(self) -> bool:
        return any(w.blocking for w in self.warnings)

    @property
    def complete(self) -> bool:
        return self.state.complete

    @property
    def can_finish(self) -> bool:
        return self.complete and not self.blocked


@dataclass(frozen=True)
class PackResult:
    shipment_id: int
    status: ShipmentStatus
    tracking_number: str
    carrier: str


# --- Opening an order ---------------------------------------------------------------------------


def find_order(session: Session, code: str, campaign_id: int | None = None) -> Order:
    """The order a scanned packing-list barcode ("FUL-123") or a typed backer number points at."""
    text = code.strip()
    if not text:
        raise UserError("Scan an order's packing-list barcode or type its backer number.")
    order_id = parse_order_code(text)
    if order_id is not None:
        order = session.get(Order, order_id)
        if order is None or (campaign_id is not None and order.campaign_id != campaign_id):
            raise UserError(f"There is no order {text.upper()} in this campaign.")
        return order
    query = select(Order).where(Order.backer_number == text)
    if campaign_id is not None:
        query = query.where(Order.campaign_id == campaign_id)
    found = list(session.scalars(query.limit(2)))
    if not found:
        raise UserError(f"“{text}” is neither an order barcode (FUL-…) nor a backer number of this campaign.")
    if len(found) > 1:
        raise UserError(f"Backer number {text} exists in several campaigns: scan the packing-list barcode instead.")
    return found[0]


def _packed_message(session: Session, shipment: Shipment) -> str:
    packed = last_change_to(session, shipment.id, S.PACKED)
    when = f" on {packed.at:%Y-%m-%d %H:%M} by {packed.operator}" if packed else ""
    text = f"Parcel #{shipment.sequence} was packed{when}; it is now {shipment.status.value}"
    if shipment.tracking_number:
        text += f" ({shipment.carrier or 'carrier?'} {shipment.tracking_number})"
    return text + "."


def _warnings(session: Session, order: Order, shipment: Shipment | None) -> list[PackWarning]:
    found: list[PackWarning] = []
    if order.merged_into_id is not None:
        into = session.get(Order, order.merged_into_id)
        number = f"backer {into.backer_number}, " if into and into.backer_number else ""
        found.append(
            PackWarning(
                WarningKind.MERGED,
                f"This order was merged into another one ({number}{order_code(order.merged_into_id)}): "
                "its items ship in that box. Do not pack it separately.",
                True,
            )
        )
    if order.status is not PledgeStatus.COLLECTED:
        found.append(
            PackWarning(
                WarningKind.NOT_COLLECTED,
                f"The pledge is {order.status.value}, not collected: it does not ship.",
                True,
            )
        )
    errors = list(
        session.scalars(
            select(OrderProblem.message).where(
                OrderProblem.order_id == order.id, OrderProblem.severity == Severity.ERROR
            )
        )
    )
    if errors:
        found.append(
            PackWarning(
                WarningKind.ADDRESS_ERROR,
                "The address has unresolved errors; fix them before packing: " + " ".join(errors),
                True,
            )
        )
    parcels = list(session.scalars(select(Shipment).where(Shipment.order_id == order.id).order_by(Shipment.sequence)))
    done = [p for p in parcels if p.status in PACKED_OR_FURTHER]
    if shipment is None and done:
        found.append(
            PackWarning(
                WarningKind.ALREADY_PACKED,
                "ALREADY PACKED. " + " ".join(_packed_message(session, p) for p in done),
                True,
            )
        )
    elif done:
        found.append(
            PackWarning(
                WarningKind.EARLIER_PARCEL_PACKED,
                " ".join(_packed_message(session, p) for p in done)
                + f" This box is parcel #{shipment.sequence if shipment else 1}.",
                False,
            )
        )
    if shipment is not None and shipment.status is S.ON_HOLD:
        found.append(
            PackWarning(WarningKind.ON_HOLD, "This parcel is on hold: release it (mark it ready) first.", True)
        )
    if (shipment.warehouse_id if shipment else None) is None and order.warehouse_id is None:
        found.append(
            PackWarning(WarningKind.NO_WAREHOUSE, "The order has no warehouse: assign one before packing.", True)
        )
    return found


def _known_codes(session: Session, campaign_id: int) -> dict[str, str]:
    rows = session.execute(select(Item.sku, Item.name).where(Item.campaign_id == campaign_id))
    return {sku: name for sku, name in rows}


def _parcel_items(session: Session, shipment_id: int) -> list[PackItem]:
    rows = session.execute(
        select(Item.id, Item.sku, Item.name, Item.variant, ShipmentLine.quantity, Item.is_stock)
        .join(Item, Item.id == ShipmentLine.item_id)
        .where(ShipmentLine.shipment_id == shipment_id, ShipmentLine.quantity > 0)
        .order_by(ShipmentLine.id)
    )
    return [
        PackItem(item_id, sku, f"{name} ({variant})" if variant else name, quantity, is_stock)
        for item_id, sku, name, variant, quantity, is_stock in rows
    ]


def open_order(session: Session, code_or_backer_number: str, *, campaign_id: int | None = None) -> PackSession:
    """Open an order at the pack station: its checklist and every reason to stop and look."""
    order = find_order(session, code_or_backer_number, campaign_id)
    shipment = session.scalars(
        select(Shipment).where(Shipment.order_id == order.id, Shipment.status.in_(UNPACKED)).order_by(Shipment.sequence)
    ).first()
    if shipment is not None:
        items = _parcel_items(session, shipment.id)
        reward = order.tier.title if order.tier else order.reward_title
    else:
        checklist = order_checklist(session, order.id)
        reward = checklist.reward
        items = [
            PackItem(line.item.item_id, line.sku, line.label, line.quantity, line.is_stock) for line in checklist.lines
        ]
    warnings = _warnings(session, order, shipment)
    already = any(w.kind is WarningKind.ALREADY_PACKED for w in warnings)
    if not items and not already and order.merged_into_id is None:
        warnings.append(PackWarning(WarningKind.NO_KIT, "Nothing to pack: this reward has no kit yet.", True))
    state = PackState.of([] if already else items, _known_codes(session, order.campaign_id))
    return PackSession(
        order_id=order.id,
        campaign_id=order.campaign_id,
        backer_number=order.backer_number,
        backer_name=order.backer.name if order.backer else "",
        reward=reward,
        shipment_id=shipment.id if shipment else None,
        sequence=shipment.sequence if shipment else 1,
        state=state,
        warnings=warnings,
    )


# --- Scanning -----------------------------------------------------------------------------------


def record_scan(pack: PackSession, code: str) -> ScanResult:
    """A barcode arrived (the scanner types it and Enter): an item of the box, an order code, or a
    tracking number (kind TRACKING; flagged as a problem while items are still missing). The GUI
    passes a TRACKING result's code to `finish`."""
    order_id = parse_order_code(code.strip())
    if order_id is not None:
        if order_id == pack.order_id:
            return ScanResult(ScanKind.SAME_ORDER, code.strip(), f"{pack.code} is the order being packed.")
        return pack.state.flag(
            ScanKind.OTHER_ORDER,
            code,
            f"{code.strip().upper()} is another order: finish or cancel {pack.code} first.",
        )
    if not pack.state.is_item_code(code):
        guess = detect_carrier(code)
        if guess is not None:
            number = code.strip().upper()
            if pack.state.complete:
                return ScanResult(ScanKind.TRACKING, number, f"{guess.carrier} tracking number {number}.")
            return pack.state.flag(
                ScanKind.TRACKING,
                number,
                f"{guess.carrier} tracking number {number}, but the box is not complete. Missing: "
                f"{pack.state.describe_missing()}.",
            )
    return pack.state.scan(code)


def tick(pack: PackSession, index: int) -> ScanResult:
    """A line ticked by hand (the card, or an item whose label will not scan)."""
    return pack.state.tick(index)


def untick(pack: PackSession, index: int) -> None:
    pack.state.untick(index)


# --- Finishing ----------------------------------------------------------------------------------


def finish(
    session: Session,
    pack: PackSession,
    tracking: str,
    *,
    operator: str,
    ship: bool = True,
    carrier: str | None = None,
) -> PackResult:
    """Close the box: refuse when items are missing or the order is blocked (re-checked now), then
    create the parcel if need be, store the tracking number, and move it to packed (and shipped)."""
    if not pack.state.complete:
        missing = pack.state.describe_missing() or "the checklist is empty"
        raise UserError(f"The box for {pack.code} is not complete. Missing: {missing}.")
    fresh = open_order(session, pack.code, campaign_id=pack.campaign_id)
    blockers = [w.message for w in fresh.warnings if w.blocking]
    if blockers:
        raise UserError(f"{pack.code} cannot be packed: " + " ".join(blockers))
    if fresh.shipment_id != pack.shipment_id or _counts(fresh.state) != _counts(pack.state):
        raise UserError(f"The parcel of {pack.code} changed since it was opened: scan the order again.")
    number = clean_tracking(tracking) if tracking.strip() else ""
    if ship and not number:
        raise UserError("Scan the tracking number before the parcel ships.")
    shipment_id = pack.shipment_id or ensure_shipment(session, pack.order_id, operator=operator)
    if number:
        set_tracking(session, shipment_id, number, carrier, operator=operator)
    shipment = session.get(Shipment, shipment_id)
    assert shipment is not None
    if shipment.status in (S.PENDING, S.ADDRESS_PROBLEM):
        change_status(session, shipment_id, S.READY, operator=operator, note="pack station")
    change_status(session, shipment_id, S.PACKED, operator=operator, note="pack station: every item scanned")
    if ship:
        change_status(session, shipment_id, S.SHIPPED, operator=operator, note="pack station")
    session.flush()
    return PackResult(shipment_id, shipment.status, shipment.tracking_number, shipment.carrier if number else "")


def _counts(state: PackState) -> dict[int, int]:
    return {line.item.item_id: line.item.quantity for line in state.lines}
