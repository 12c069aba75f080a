"""Carrier claims for lost and damaged parcels: find the parcel from its packing-list code, open,
update (closing is a status), and the reminder list of claims whose deadline is near (or passed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from fulfiller.db.models import Backer, Order, Shipment
from fulfiller.db.models.aftersales import CarrierClaim, ReplacementRequest
from fulfiller.db.planner import checked_per_row
from fulfiller.domain.aftersales import (
    ACTIVE_CLAIMS,
    CLAIMABLE_REASONS,
    ClaimStatus,
    DeadlineState,
    check_claim_transition,
    days_left,
    deadline_state,
    describe_deadline,
)
from fulfiller.domain.carriers import canonical_carrier
from fulfiller.domain.clock import utcnow
from fulfiller.domain.enums import AuditAction, ShipmentStatus
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import message
from fulfiller.domain.order_codes import order_code
from fulfiller.services.audit import record, record_changes, signed_by
from fulfiller.services.shipping.pack_station import find_order

CLAIMABLE_STATUSES = frozenset({ShipmentStatus.LOST, ShipmentStatus.DAMAGED})
_UNSET = object()


def _claim(session: Session, claim_pk: int) -> CarrierClaim:
    claim = session.get(CarrierClaim, claim_pk)
    if claim is None:
        raise UserError(message("claim.not_found", "There is no claim {claim}.", claim=claim_pk))
    return claim


def _amount(value: Decimal | str | int) -> Decimal:
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        raise UserError(message("claim.not_an_amount", "“{value}” is not an amount.", value=value)) from None
    if not amount.is_finite() or amount < 0:
        raise UserError(
            message("claim.negative_amount", "A claim amount must be zero or more, not {value}.", value=value)
        )
    return amount


def _currency(value: str) -> str:
    code = value.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise UserError(
            message(
                "claim.not_a_currency",
                "“{value}” is not a currency code (three letters, like USD or EUR).",
                value=value,
            )
        )
    return code


def _claimable(session: Session, shipment: Shipment) -> ReplacementRequest | None:
    """The lost/damaged replacement request on this parcel, if any; refuses parcels not lost or damaged."""
    request = session.scalars(
        select(ReplacementRequest)
        .where(ReplacementRequest.shipment_id == shipment.id, ReplacementRequest.reason.in_(CLAIMABLE_REASONS))
        .order_by(ReplacementRequest.id.desc())
        .limit(1)
    ).first()
    if shipment.status not in CLAIMABLE_STATUSES and request is None:
        raise UserError(
            message(
                "claim.not_lost_or_damaged",
                "Parcel #{parcel} of {order} is {status}: a carrier claim is for a lost or damaged parcel "
                "(mark it so, or log a lost/damaged request first).",
                parcel=shipment.sequence,
                order=order_code(shipment.order_id),
                status=shipment.status,
            )
        )
    return request


@dataclass(frozen=True)
class ClaimableParcel:
    """The parcel a claim would be for, as the person checks it before filing."""

    shipment_id: int
    order_code: str
    sequence: int
    backer_name: str
    status: ShipmentStatus
    carrier: str
    tracking_number: str


def claimable_parcel(session: Session, campaign_id: int, code: str, sequence: int | None = None) -> ClaimableParcel:
    """The parcel of the order a scanned packing-list code ("FUL-123") or a typed backer number names
    that a claim is for: parcel `sequence` when given, else the newest one lost or damaged (or with a
    lost/damaged replacement request)."""
    order = find_order(session, code, campaign_id)
    parcels = list(
        session.scalars(select(Shipment).where(Shipment.order_id == order.id).order_by(Shipment.sequence.desc()))
    )
    if sequence is not None:
        chosen = next((p for p in parcels if p.sequence == sequence), None)
        if chosen is None:
            raise UserError(
                message(
                    "claims.no_such_parcel",
                    "Order {code} has no parcel #{sequence}.",
                    code=order_code(order.id),
                    sequence=sequence,
                )
            )
        _claimable(session, chosen)  # refuses a parcel that was neither lost nor damaged
    else:
        requested = set(
            session.scalars(
                select(ReplacementRequest.shipment_id).where(
                    ReplacementRequest.order_id == order.id, ReplacementRequest.reason.in_(CLAIMABLE_REASONS)
                )
            )
        )
        chosen = next((p for p in parcels if p.status in CLAIMABLE_STATUSES or p.id in requested), None)
        if chosen is None:
            raise UserError(
                message(
                    "claims.nothing_to_claim",
                    "No parcel of order {code} is lost or damaged: mark it so, or log a lost/damaged request first.",
                    code=order_code(order.id),
                )
            )
    return ClaimableParcel(
        chosen.id,
        order_code(order.id),
        chosen.sequence,
        order.backer.name,
        chosen.status,
        chosen.carrier,
        chosen.tracking_number,
    )


def open_claim(
    session: Session,
    shipment_id: int,
    carrier: str,
    claim_id: str,
    amount: Decimal | str | int,
    currency: str,
    deadline: date | None,
    *,
    operator: str,
    note: str = "",
) -> int:
    """Record a claim filed (or to file) with the carrier for a lost or damaged parcel; the carrier
    defaults to the parcel's. Returns the claim's id."""
    shipment = session.get(Shipment, shipment_id)
    if shipment is None:
        raise UserError(message("shipment.not_found", "There is no shipment {shipment}.", shipment=shipment_id))
    request = _claimable(session, shipment)
    chosen = canonical_carrier(carrier) if carrier.strip() else shipment.carrier
    if not chosen:
        raise UserError(
            message("claim.no_carrier", "Which carrier is the claim with? The parcel has no carrier recorded.")
        )
    number = claim_id.strip()
    if number:
        clash = session.scalar(
            select(CarrierClaim.id).where(CarrierClaim.carrier == chosen, CarrierClaim.claim_number == number).limit(1)
        )
        if clash is not None:
            raise UserError(
                message(
                    "claim.recorded_already",
                    "{carrier} claim {number} is recorded already (claim {claim}).",
                    carrier=chosen,
                    number=number,
                    claim=clash,
                )
            )
    claim = CarrierClaim(
        shipment_id=shipment.id,
        request_id=request.id if request else None,
        carrier=chosen,
        claim_number=number,
        amount=_amount(amount),
        currency=_currency(currency),
        status=ClaimStatus.OPEN,
        deadline=deadline,
        note=note.strip(),
        opened_by=signed_by(operator),
        opened_at=utcnow(),
    )
    session.add(claim)
    session.flush()
    record(
        session,
        operator,
        AuditAction.CREATE,
        "carrier_claim",
        claim.id,
        new=f"{order_code(shipment.order_id)} #{shipment.sequence} {chosen} {number} {claim.amount} {claim.currency}",
    )
    return claim.id


def update_claim(
    session: Session,
    claim_pk: int,
    *,
    operator: str,
    status: ClaimStatus | str | None = None,
    claim_id: str | None = None,
    amount: Decimal | str | int | None = None,
    currency: str | None = None,
    deadline: date | None | object = _UNSET,
    note: str | None = None,
) -> None:
    """Change a claim: its status (open → submitted → paid | refused; any → closed; refused →
    submitted again), claim id, amount, deadline (None clears it) or note. Audited field by field."""
    claim = _claim(session, claim_pk)
    changes: dict[str, tuple[object, object]] = {}
    if status is not None:
        try:
            new = ClaimStatus(status)
        except ValueError:
            choices = ", ".join(s.value for s in ClaimStatus)
            raise UserError(
                message(
                    "claim.unknown_status",
                    "“{status}” is not a claim status; choose one of: {choices}.",
                    status=status,
                    choices=choices,
                )
            ) from None
        if new is not claim.status:
            check_claim_transition(claim.status, new)
            changes["status"] = (claim.status.value, new.value)
    if claim_id is not None:
        changes["claim_number"] = (claim.claim_number, claim_id.strip())
    if amount is not None:
        changes["amount"] = (claim.amount, _amount(amount))
    if currency is not None:
        changes["currency"] = (claim.currency, _currency(currency))
    if deadline is not _UNSET:
        changes["deadline"] = (claim.deadline, deadline)
    if note is not None:
        changes["note"] = (claim.note, note.strip())
    record_changes(session, operator, "carrier_claim", claim.id, changes)
    for name, (old, value) in changes.items():
        if old != value:
            setattr(claim, name, ClaimStatus(value) if name == "status" else value)
    session.flush()


# --- Reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClaimRow:
    id: int
    shipment_id: int
    order_id: int
    order_code: str
    sequence: int
    backer_name: str
    carrier: str
    claim_number: str
    amount: Decimal
    currency: str
    status: ClaimStatus
    deadline: date | None
    days_left: int | None
    deadline_state: DeadlineState | None  # None: no deadline, or the claim is no longer active
    deadline_text: str
    opened_by: str
    opened_at: datetime
    request_id: int | None
    note: str

    @property
    def overdue(self) -> bool:
        return self.deadline_state is DeadlineState.OVERDUE

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "order": self.order_code,
            "parcel": self.sequence,
            "backer_name": self.backer_name,
            "carrier": self.carrier,
            "claim_id": self.claim_number,
            "amount": str(self.amount),
            "currency": self.currency,
            "status": self.status.value,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "days_left": self.days_left,
            "deadline_state": self.deadline_state.value if self.deadline_state else None,
        }


def list_claims(
    session: Session, campaign_id: int, *, today: date | None = None, within_days: int = 7
) -> list[ClaimRow]:
    """Every claim of the campaign, the nearest deadline first (claims without one last)."""
    today = today or utcnow().date()
    rows = session.execute(
        select(CarrierClaim, Shipment.order_id, Shipment.sequence, Backer.name)
        .join(Shipment, Shipment.id == CarrierClaim.shipment_id)
        .join(Order, Order.id == Shipment.order_id)
        .join(Backer, Backer.id == Order.backer_id)
        .where(checked_per_row(Order.campaign_id) == campaign_id)  # from the claims, not every order
    ).all()
    result = []
    for claim, order_id, sequence, backer_name in rows:
        active = claim.status in ACTIVE_CLAIMS and claim.deadline is not None
        result.append(
            ClaimRow(
                id=claim.id,
                shipment_id=claim.shipment_id,
                order_id=order_id,
                order_code=order_code(order_id),
                sequence=sequence,
                backer_name=backer_name,
                carrier=claim.carrier,
                claim_number=claim.claim_number,
                amount=claim.amount,
                currency=claim.currency,
                status=claim.status,
                deadline=claim.deadline,
                days_left=days_left(claim.deadline, today) if claim.deadline else None,
                deadline_state=deadline_state(claim.deadline, today, within_days) if active else None,  # type: ignore[arg-type]
                deadline_text=describe_deadline(claim.deadline, today) if claim.deadline else "no deadline",
                opened_by=claim.opened_by,
                opened_at=claim.opened_at,
                request_id=claim.request_id,
                note=claim.note,
            )
        )
    result.sort(key=lambda r: (r.deadline is None, r.deadline or date.max, r.id))
    return result


def claim_row(session: Session, campaign_id: int, claim_pk: int, *, today: date | None = None) -> ClaimRow:
    """One claim of the campaign as the lists show it."""
    found = next((row for row in list_claims(session, campaign_id, today=today) if row.id == claim_pk), None)
    if found is None:
        raise UserError(message("claims.no_such_claim", "There is no claim {id} in this campaign.", id=claim_pk))
    return found


def claims_due(session: Session, campaign_id: int, within_days: int = 7, today: date | None = None) -> list[ClaimRow]:
    """The reminder list: open or submitted claims whose deadline is within `within_days` days or
    has passed, the most urgent first."""
    if within_days < 0:
        raise UserError(message("claim.negative_days", "The number of days ahead cannot be negative."))
    return [
        row
        for row in list_claims(session, campaign_id, today=today, within_days=within_days)
        if row.deadline_state in (DeadlineState.OVERDUE, DeadlineState.DUE_SOON)
    ]


def format_claims(rows: list[ClaimRow]) -> str:
    if not rows:
        return "no claims due"
    lines = [f"{'id':>5} {'order':<12} {'carrier':<10} {'claim id':<16} {'amount':>12} {'status':<10} deadline"]
    for r in rows:
        deadline = f"{r.deadline:%Y-%m-%d} ({r.deadline_text})" if r.deadline else r.deadline_text
        lines.append(
            f"{r.id:>5} {r.order_code + ' #' + str(r.sequence):<12} {r.carrier[:10]:<10} {r.claim_number[:16]:<16} "
            f"{f'{r.amount} {r.currency}':>12} {r.status.value:<10} {deadline}"
        )
    return "\n".join(lines)
