"""The pack station: scan an order's packing-list barcode, scan (or tick) every item of its checklist,
scan the tracking number, done. Nothing is mis-packed silently: wrong and surplus items are
flagged, an order that is shipped already, waits for an address fix, was not paid, was merged into
another order or has nothing to pack is announced loudly when it is opened, and `finish` refuses an
incomplete box or a blocked order, listing why.

A parcel packed but not shipped (packed without "ship", or packed elsewhere) gets its tracking number
later the same way: its packing list is scanned, the station says it is packed, and the tracking
number scanned next marks it shipped; there are no items to scan.

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
from fulfiller.domain.messages import Message, joined, message
from fulfiller.domain.order_codes import order_code, parse_order_code
from fulfiller.domain.packing import PackItem, PackState, ScanKind, ScanResult
from fulfiller.domain.shipment_status import PACKED_OR_FURTHER, UNPACKED
from fulfiller.logs import log_event
from fulfiller.services.catalogue.checklist import order_checklist
from fulfiller.services.shipping.parcels import change_status, ensure_shipment, last_change_to, set_tracking

S = ShipmentStatus


class WarningKind(StrEnum):
    ALREADY_PACKED = "already packed"
    PACKED_NOT_SHIPPED = "packed, not shipped"
    EARLIER_PARCEL_PACKED = "earlier parcel packed"
    ADDRESS_ERROR = "address error"
    NOT_COLLECTED = "not collected"
    MERGED = "merged"
    NO_KIT = "no kit"
    ON_HOLD = "on hold"
    WITH_PARTNER = "with partner"
    AT_LABEL_TOOL = "at label tool"
    NO_WAREHOUSE = "no warehouse"


@dataclass(frozen=True, slots=True)
class PackWarning:
    kind: WarningKind
    note: Message
    blocking: bool  # True: this box cannot be finished until it is resolved

    @property
    def message(self) -> str:
        return str(self.note)


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
    awaiting_tracking: bool = False  # the parcel is packed already: only its tracking number is scanned

    @property
    def code(self) -> str:
        return order_code(self.order_id)

    @property
    def blocked(self) -> bool:
        return any(w.blocking for w in self.warnings)

    @property
    def complete(self) -> bool:
        """Ready for the tracking number: every item is in the box (or was when it was packed)."""
        return self.awaiting_tracking or self.state.complete


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
        raise UserError(
            message("pack.nothing_scanned", "Scan an order's packing-list barcode or type its backer number.")
        )
    order_id = parse_order_code(text)
    if order_id is not None:
        order = session.get(Order, order_id)
        if order is None or (campaign_id is not None and order.campaign_id != campaign_id):
            raise UserError(
                message("pack.no_such_order", "There is no order {code} in this campaign.", code=text.upper())
            )
        return order
    query = select(Order).where(Order.backer_number == text)
    if campaign_id is not None:
        query = query.where(Order.campaign_id == campaign_id)
    found = list(session.scalars(query.limit(2)))
    if not found:
        raise UserError(
            message(
                "pack.not_a_code",
                "“{text}” is neither an order barcode (FUL-…) nor a backer number of this campaign.",
                text=text,
            )
        )
    if len(found) > 1:
        raise UserError(
            message(
                "pack.number_in_several_campaigns",
                "Backer number {number} exists in several campaigns: scan the packing-list barcode instead.",
                number=text,
            )
        )
    return found[0]


def _packed_message(session: Session, shipment: Shipment) -> Message:
    packed = last_change_to(session, shipment.id, S.PACKED)
    facts = {"parcel": shipment.sequence, "status": shipment.status}
    if shipment.tracking_number:
        facts.update(carrier=shipment.carrier or "?", tracking=shipment.tracking_number)
    if packed is None:
        if shipment.tracking_number:
            return Message(
                "pack.packed_before", "Parcel #{parcel} was packed; it is now {status} ({carrier} {tracking}).", facts
            )
        return Message("pack.packed_before_untracked", "Parcel #{parcel} was packed; it is now {status}.", facts)
    facts.update(when=f"{packed.at:%Y-%m-%d %H:%M}", operator=packed.operator)
    if shipment.tracking_number:
        return Message(
            "pack.packed_before_by",
            "Parcel #{parcel} was packed on {when} by {operator}; it is now {status} ({carrier} {tracking}).",
            facts,
        )
    return Message(
        "pack.packed_before_by_untracked",
        "Parcel #{parcel} was packed on {when} by {operator}; it is now {status}.",
        facts,
    )


def _not_shipped_message(session: Session, shipment: Shipment) -> Message:
    packed = last_change_to(session, shipment.id, S.PACKED)
    if packed is None:
        said = message(
            "pack.packed_not_shipped",
            "Parcel #{parcel} is packed but has not shipped: scan its tracking number to mark it shipped.",
            parcel=shipment.sequence,
        )
    else:
        said = message(
            "pack.packed_not_shipped_by",
            "Parcel #{parcel} was packed on {when} by {operator} but has not shipped: "
            "scan its tracking number to mark it shipped.",
            parcel=shipment.sequence,
            when=f"{packed.at:%Y-%m-%d %H:%M}",
            operator=packed.operator,
        )
    if not shipment.tracking_number:
        return said
    label = message(
        "pack.packed_label",
        "Its label says {carrier} {tracking}.",
        carrier=shipment.carrier or "?",
        tracking=shipment.tracking_number,
    )
    return joined(said, label)


def _this_box(session: Session, shipment: Shipment | None) -> Message:
    sequence = shipment.sequence if shipment else 1
    replaced = (
        session.get(Shipment, shipment.replaces_shipment_id) if shipment and shipment.replaces_shipment_id else None
    )
    if replaced is None:
        return message("pack.this_box", "This box is parcel #{parcel}.", parcel=sequence)
    return message(
        "pack.this_box_replaces",
        "This box is parcel #{parcel}, a replacement for parcel #{replaced}: only what its request sends.",
        parcel=sequence,
        replaced=replaced.sequence,
    )


def _warnings(
    session: Session, order: Order, shipment: Shipment | None, to_ship: Shipment | None = None
) -> list[PackWarning]:
    """Why to stop and look; `shipment` is the parcel to pack, `to_ship` one packed earlier, not shipped."""
    found: list[PackWarning] = []
    if order.merged_into_id is not None:
        into = session.get(Order, order.merged_into_id)
        into_code = order_code(order.merged_into_id)
        if into and into.backer_number:
            note = message(
                "pack.merged_into_backer",
                "This order was merged into another one (backer {number}, {code}): its items ship in that box. "
                "Do not pack it separately.",
                number=into.backer_number,
                code=into_code,
            )
        else:
            note = message(
                "pack.merged",
                "This order was merged into another one ({code}): its items ship in that box. "
                "Do not pack it separately.",
                code=into_code,
            )
        found.append(PackWarning(WarningKind.MERGED, note, True))
    if order.status is not PledgeStatus.COLLECTED:
        found.append(
            PackWarning(
                WarningKind.NOT_COLLECTED,
                message(
                    "pack.not_collected",
                    "The pledge is {status}, not collected: it does not ship.",
                    status=order.status,
                ),
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
                # The problems are stored as English sentences (see services.problems).
                message(
                    "pack.address_errors",
                    "The address has unresolved errors; fix them before packing: {errors}",
                    errors=" ".join(errors),
                ),
                True,
            )
        )
    parcels = list(session.scalars(select(Shipment).where(Shipment.order_id == order.id).order_by(Shipment.sequence)))
    done = [p for p in parcels if p.status in PACKED_OR_FURTHER]
    if to_ship is not None:
        found.append(PackWarning(WarningKind.PACKED_NOT_SHIPPED, _not_shipped_message(session, to_ship), False))
    elif shipment is None and done:
        found.append(
            PackWarning(
                WarningKind.ALREADY_PACKED,
                joined(message("pack.already_packed", "ALREADY PACKED."), *(_packed_message(session, p) for p in done)),
                True,
            )
        )
    elif done:
        found.append(
            PackWarning(
                WarningKind.EARLIER_PARCEL_PACKED,
                joined(
                    *(_packed_message(session, p) for p in done),
                    _this_box(session, shipment),
                ),
                False,
            )
        )
    if shipment is not None and shipment.status is S.ON_HOLD:
        found.append(
            PackWarning(
                WarningKind.ON_HOLD,
                message("pack.on_hold", "This parcel is on hold: release it (mark it ready) first."),
                True,
            )
        )
    if shipment is not None and shipment.status is S.WITH_PARTNER:
        found.append(
            PackWarning(
                WarningKind.WITH_PARTNER,
                message(
                    "pack.with_partner",
                    "This parcel is with {partner}: the partner packs and ships it. Take it back to ready first to "
                    "pack it here.",
                    partner=shipment.handed_to or "a partner",
                ),
                True,
            )
        )
    elif shipment is not None and shipment.status is S.AT_LABEL_TOOL:
        # Packed here while its label comes from the tool: it ships when the tool's tracking comes back.
        found.append(
            PackWarning(
                WarningKind.AT_LABEL_TOOL,
                message(
                    "pack.at_label_tool",
                    "Its label comes from {tool}: pack it here; the tool's tracking number ships it.",
                    tool=shipment.handed_to or "a label tool",
                ),
                False,
            )
        )
    parcel = shipment or to_ship
    if (parcel.warehouse_id if parcel else None) is None and order.warehouse_id is None:
        found.append(
            PackWarning(
                WarningKind.NO_WAREHOUSE,
                message("pack.no_warehouse", "The order has no warehouse: assign one before packing."),
                True,
            )
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
    to_ship = None
    if shipment is None:  # nothing to pack: a parcel packed earlier may still wait for its tracking number
        waiting = select(Shipment).where(Shipment.order_id == order.id, Shipment.status == S.PACKED)
        to_ship = session.scalars(waiting.order_by(Shipment.sequence)).first()
    if shipment is not None or to_ship is not None:
        items = _parcel_items(session, (shipment or to_ship).id)  # type: ignore[union-attr]
        reward = order.tier.title if order.tier else order.reward_title
    else:
        checklist = order_checklist(session, order.id)
        reward = checklist.reward
        items = [
            PackItem(line.item.item_id, line.sku, line.label, line.quantity, line.is_stock) for line in checklist.lines
        ]
    warnings = _warnings(session, order, shipment, to_ship)
    already = any(w.kind is WarningKind.ALREADY_PACKED for w in warnings)
    if not items and not already and to_ship is None and order.merged_into_id is None:
        nothing = message("pack.no_kit", "Nothing to pack: this reward has no kit yet.")
        warnings.append(PackWarning(WarningKind.NO_KIT, nothing, True))
    state = PackState.of([] if already else items, _known_codes(session, order.campaign_id), boxed=to_ship is not None)
    parcel = shipment or to_ship
    return PackSession(
        order_id=order.id,
        campaign_id=order.campaign_id,
        backer_number=order.backer_number,
        backer_name=order.backer.name if order.backer else "",
        reward=reward,
        shipment_id=parcel.id if parcel else None,
        sequence=parcel.sequence if parcel else 1,
        state=state,
        warnings=warnings,
        awaiting_tracking=to_ship is not None,
    )


# --- Scanning -----------------------------------------------------------------------------------


def record_scan(pack: PackSession, code: str) -> ScanResult:
    """A barcode arrived (the scanner types it and Enter): an item of the box, an order code, or a
    tracking number (kind TRACKING; flagged as a problem while items are still missing). The GUI
    passes a TRACKING result's code to `finish`."""
    order_id = parse_order_code(code.strip())
    if order_id is not None:
        if order_id == pack.order_id:
            same = message("pack.same_order", "{code} is the order being packed.", code=pack.code)
            return ScanResult(ScanKind.SAME_ORDER, code.strip(), same)
        return pack.state.flag(
            ScanKind.OTHER_ORDER,
            code,
            message(
                "pack.other_order",
                "{other} is another order: finish or cancel {code} first.",
                other=code.strip().upper(),
                code=pack.code,
            ),
        )
    if pack.awaiting_tracking and pack.state.is_item_code(code):
        return pack.state.flag(
            ScanKind.PACKED,
            code,
            message(
                "pack.boxed_already",
                "Parcel #{parcel} of {code} is packed already: scan its tracking number, not its items.",
                parcel=pack.sequence,
                code=pack.code,
            ),
        )
    if not pack.state.is_item_code(code):
        guess = detect_carrier(code)
        if guess is not None:
            number = code.strip().upper()
            if pack.complete:
                found = message(
                    "pack.tracking", "{carrier} tracking number {number}.", carrier=guess.carrier, number=number
                )
                return ScanResult(ScanKind.TRACKING, number, found)
            return pack.state.flag(
                ScanKind.TRACKING,
                number,
                message(
                    "pack.tracking_too_early",
                    "{carrier} tracking number {number}, but the box is not complete. Missing: {missing}.",
                    carrier=guess.carrier,
                    number=number,
                    missing=pack.state.describe_missing(),
                ),
            )
    return pack.state.scan(code)


def tick(pack: PackSession, index: int) -> ScanResult:
    """A line ticked by hand (the card, or an item whose label will not scan)."""
    return pack.state.tick(index)


def untick(pack: PackSession, index: int) -> None:
    if not pack.awaiting_tracking:  # a parcel packed earlier is not unpacked here
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
    create the parcel if need be, store the tracking number, and move it to packed (and shipped).
    A parcel packed earlier (`awaiting_tracking`) gets its tracking number and ships, whatever `ship` says."""
    if not pack.complete:
        if not pack.state.lines:
            raise UserError(
                message("pack.empty", "The box for {code} is not complete: the checklist is empty.", code=pack.code)
            )
        raise UserError(
            message(
                "pack.incomplete",
                "The box for {code} is not complete. Missing: {missing}.",
                code=pack.code,
                missing=pack.state.describe_missing(),
            )
        )
    fresh = open_order(session, pack.code, campaign_id=pack.campaign_id)
    blockers = [w.note for w in fresh.warnings if w.blocking]
    if blockers:
        cannot = (
            message("pack.cannot_ship", "{code} cannot be shipped:", code=pack.code)
            if pack.awaiting_tracking
            else message("pack.cannot_pack", "{code} cannot be packed:", code=pack.code)
        )
        raise UserError(joined(cannot, *blockers))
    if (
        fresh.shipment_id != pack.shipment_id
        or fresh.awaiting_tracking != pack.awaiting_tracking
        or _counts(fresh.state) != _counts(pack.state)
    ):
        raise UserError(
            message(
                "pack.changed",
                "The parcel of {code} changed since it was opened: scan the order again.",
                code=pack.code,
            )
        )
    number = clean_tracking(tracking) if tracking.strip() else ""
    if pack.awaiting_tracking:
        return _ship_packed(session, pack, number, operator=operator, carrier=carrier)
    if ship and not number:
        raise UserError(message("pack.no_tracking", "Scan the tracking number before the parcel ships."))
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
    log_event(
        "pack", order=pack.order_id, parcel=shipment_id, status=shipment.status.value, items=pack.state.units_packed
    )
    return PackResult(shipment_id, shipment.status, shipment.tracking_number, shipment.carrier if number else "")


def _ship_packed(session: Session, pack: PackSession, number: str, *, operator: str, carrier: str | None) -> PackResult:
    """The tracking number of a parcel packed earlier: stored, and the parcel ships (nothing leaves the shelf again)."""
    if not number:
        raise UserError(message("pack.no_tracking", "Scan the tracking number before the parcel ships."))
    assert pack.shipment_id is not None
    set_tracking(session, pack.shipment_id, number, carrier, operator=operator)
    change_status(session, pack.shipment_id, S.SHIPPED, operator=operator, note="pack station: tracking scanned later")
    shipment = session.get(Shipment, pack.shipment_id)
    assert shipment is not None
    log_event("ship", order=pack.order_id, parcel=shipment.id, status=shipment.status.value)
    return PackResult(shipment.id, shipment.status, shipment.tracking_number, shipment.carrier)


def _counts(state: PackState) -> dict[int, int]:
    return {line.item.item_id: line.item.quantity for line in state.lines}
