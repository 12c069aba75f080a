"""Replacement requests: log one on an order, approve or reject (in bulk), create the reship parcel,
close, and the queue by state.

A reship is an ordinary parcel of the order (status ready, its lines the request's items) that
points at the parcel it replaces, so the pack station packs it like any other and the shipments
service takes its goods off the shelf as RESHIPPED movements. A request becomes "reshipped" once
that parcel is packed: every reading function here shows that effective state at once (the pack
station need not know about requests), and closing the request records it, with the operator.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import Backer, Item, Order, Shipment, ShipmentLine, ShipmentStatusChange, Warehouse
from fulfiller.db.models.aftersales import ReplacementLine, ReplacementRequest
from fulfiller.db.planner import checked_per_row
from fulfiller.domain.aftersales import REASON_LABELS, RequestRefused, check_request_transition
from fulfiller.domain.clock import utcnow
from fulfiller.domain.enums import AuditAction, ReplacementReason, ReplacementState, ShipmentStatus
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import Message, joined, message
from fulfiller.domain.order_codes import order_code
from fulfiller.domain.shipment_status import PACKED_OR_FURTHER, UNPACKED
from fulfiller.logs import log_event
from fulfiller.services.aftersales.parts import WHOLE_KIT, Lines, wanted_lines
from fulfiller.services.audit import record, signed_by

R = ReplacementState


def _request(session: Session, request_id: int) -> ReplacementRequest:
    request = session.get(ReplacementRequest, request_id)
    if request is None:
        raise UserError(_no_request(request_id))
    return request


def _no_request(request_id: int) -> Message:
    return message("request.not_found", "There is no replacement request {request}.", request=request_id)


def _campaign_warehouse(session: Session, campaign_id: int, warehouse_id: int) -> Warehouse:
    warehouse = session.get(Warehouse, warehouse_id)
    if warehouse is None or warehouse.campaign_id != campaign_id:
        raise UserError(
            message(
                "warehouse.not_in_campaign",
                "There is no warehouse {warehouse} in this campaign.",
                warehouse=warehouse_id,
            )
        )
    return warehouse


def _describe_lines(session: Session, lines: Mapping[int, int]) -> str:
    skus = dict(session.execute(select(Item.id, Item.sku).where(Item.id.in_(list(lines)))).all())
    return ", ".join(f"{skus.get(item_id, item_id)} × {units}" for item_id, units in lines.items())


# --- Logging ------------------------------------------------------------------------------------


def _replaced_parcel(session: Session, order: Order, shipment_id: int | None) -> Shipment:
    if shipment_id is not None:
        shipment = session.get(Shipment, shipment_id)
        if shipment is None or shipment.order_id != order.id:
            raise UserError(
                message(
                    "request.not_this_order",
                    "Parcel {shipment} is not a parcel of order {order}.",
                    shipment=shipment_id,
                    order=order_code(order.id),
                )
            )
        if shipment.status not in PACKED_OR_FURTHER:
            raise UserError(
                message(
                    "request.parcel_not_packed",
                    "Parcel #{parcel} of {order} has not been packed yet: "
                    "correct it before it ships instead of logging a replacement.",
                    parcel=shipment.sequence,
                    order=order_code(order.id),
                )
            )
        return shipment
    latest = session.scalars(
        select(Shipment)
        .where(Shipment.order_id == order.id, Shipment.status.in_(PACKED_OR_FURTHER))
        .order_by(Shipment.sequence.desc())
        .limit(1)
    ).first()
    if latest is None:
        raise UserError(
            message(
                "request.nothing_shipped",
                "Order {order} has not been packed or shipped yet: nothing to replace. "
                "Correct its parcel before it ships instead.",
                order=order_code(order.id),
            )
        )
    return latest


def log_request(
    session: Session,
    order_id: int,
    reason: ReplacementReason | str,
    lines: Lines,
    evidence: str = "",
    *,
    operator: str,
    shipment_id: int | None = None,
) -> int:
    """Log a replacement request on an order: `lines` is item id -> units, or WHOLE_KIT ("whole kit":
    the order's checklist). The parcel it replaces is `shipment_id`, else the order's latest packed
    or shipped parcel. Returns the request's id."""
    order = session.get(Order, order_id)
    if order is None:
        raise UserError(message("order.not_found", "There is no order {order}.", order=order_id))
    try:
        why = ReplacementReason(reason)
    except ValueError:
        choices = ", ".join(r.value for r in ReplacementReason)
        raise UserError(
            message(
                "request.unknown_reason",
                "“{reason}” is not a replacement reason; choose one of: {choices}.",
                reason=reason,
                choices=choices,
            )
        ) from None
    parcel = _replaced_parcel(session, order, shipment_id)
    wanted = wanted_lines(session, order, lines)
    request = ReplacementRequest(
        order_id=order.id,
        shipment_id=parcel.id,
        reason=why,
        state=R.REQUESTED,
        evidence=evidence.strip(),
        logged_by=signed_by(operator),
        logged_at=utcnow(),
        warehouse_id=parcel.warehouse_id or order.warehouse_id,
        whole_kit=isinstance(lines, str),
    )
    request.lines = [ReplacementLine(item_id=item_id, quantity=units) for item_id, units in wanted.items()]
    session.add(request)
    session.flush()
    record(
        session,
        operator,
        AuditAction.CREATE,
        "replacement_request",
        request.id,
        new=f"{order_code(order.id)} {why.value}: "
        + (WHOLE_KIT if request.whole_kit else _describe_lines(session, wanted)),
    )
    return request.id


# --- Deciding -----------------------------------------------------------------------------------


@dataclass
class BulkDecision:
    changed: list[int] = field(default_factory=list)
    refused: dict[int, Message] = field(default_factory=dict)  # request id -> why

    def describe(self) -> str:
        return str(self.summary())

    def summary(self) -> Message:
        if self.refused:
            return message(
                "replacements.decided_some",
                "{changed:,} request(s) decided; {refused:,} refused",
                changed=len(self.changed),
                refused=len(self.refused),
            )
        return message("replacements.decided", "{changed:,} request(s) decided", changed=len(self.changed))

    def refusal(self) -> Message:
        """Why each refused request was refused, for a front end that changes all of them or none."""
        return joined(
            *(
                message("replacements.refused_one", "Request {request}: {reason}", request=request_id, reason=why)
                for request_id, why in self.refused.items()
            ),
            separator="; ",
        )


def _set_state(session: Session, request: ReplacementRequest, new: R, operator: str, note: str = "") -> None:
    old = request.state
    request.state = new
    record(
        session,
        operator,
        AuditAction.UPDATE,
        "replacement_request",
        request.id,
        field="state",
        old=old.value,
        new=f"{new.value}: {note}" if note else new.value,
    )


def _decide_one(
    session: Session, request: ReplacementRequest, approve: bool, operator: str, warehouse_id: int | None, note: str
) -> None:
    _sync_one(session, request, operator)
    new = R.APPROVED if approve else R.REJECTED
    check_request_transition(request.state, new)
    order = session.get(Order, request.order_id)
    assert order is not None
    if approve:
        chosen = warehouse_id or request.warehouse_id or order.warehouse_id
        if chosen is None:
            raise RequestRefused(
                message(
                    "request.choose_warehouse", "Choose the warehouse whose spare stock the replacement comes from."
                )
            )
        warehouse = _campaign_warehouse(session, order.campaign_id, chosen)
        if warehouse.id != request.warehouse_id:
            record(
                session,
                operator,
                AuditAction.UPDATE,
                "replacement_request",
                request.id,
                field="warehouse_id",
                old=request.warehouse_id,
                new=warehouse.id,
            )
            request.warehouse_id = warehouse.id
    request.decided_by = signed_by(operator)
    request.decided_at = utcnow()
    request.decision_note = note.strip()
    _set_state(session, request, new, operator, note.strip())


def decide(
    session: Session,
    request_ids: Iterable[int],
    approve: bool,
    *,
    operator: str,
    warehouse_id: int | None = None,
    note: str = "",
) -> BulkDecision:
    """Approve (from the warehouse given, else the request's, else the order's) or reject requests;
    those that cannot be are listed with the reason, the others change."""
    result = BulkDecision()
    for request_id in request_ids:
        request = session.get(ReplacementRequest, request_id)
        if request is None:
            result.refused[request_id] = _no_request(request_id)
            continue
        try:
            _decide_one(session, request, approve, operator, warehouse_id, note)
        except UserError as refused:
            result.refused[request_id] = refused.message
            continue
        result.changed.append(request_id)
    session.flush()
    return result


# --- Reshipping ---------------------------------------------------------------------------------


def create_reship(session: Session, request_id: int, *, operator: str) -> int:
    """The reship parcel of an approved request: a new parcel of the order (status ready, the
    request's items, from the request's warehouse) that replaces the original one. Returns its id."""
    request = _request(session, request_id)
    if request.reship_shipment_id is not None:
        raise RequestRefused(
            message(
                "request.reship_exists",
                "Request {request} has its reship parcel already (shipment {shipment}).",
                request=request_id,
                shipment=request.reship_shipment_id,
            )
        )
    if request.state is not R.APPROVED:
        check_request_transition(request.state, R.RESHIPPED)  # says why in plain words
        raise RequestRefused(
            message(
                "request.not_approved",
                "Request {request} is {state}: only approved requests are reshipped.",
                request=request_id,
                state=request.state,
            )
        )
    order = session.get(Order, request.order_id)
    assert order is not None
    warehouse_id = request.warehouse_id or order.warehouse_id
    if warehouse_id is None:
        raise RequestRefused(
            message("request.no_warehouse", "The request has no warehouse: approve it again choosing one.")
        )
    waiting = session.scalars(
        select(Shipment)
        .where(Shipment.order_id == order.id, Shipment.status.in_(UNPACKED))
        .order_by(Shipment.sequence)
        .limit(1)
    ).first()
    if waiting is not None:
        raise RequestRefused(
            message(
                "request.parcel_waiting",
                "Order {order} has parcel #{parcel} still to pack: pack it first "
                "(the pack station opens an order's first unpacked parcel).",
                order=order_code(order.id),
                parcel=waiting.sequence,
            )
        )
    sequence = 1 + (session.scalar(select(func.max(Shipment.sequence)).where(Shipment.order_id == order.id)) or 0)
    reship = Shipment(
        order_id=order.id,
        sequence=sequence,
        warehouse_id=warehouse_id,
        status=ShipmentStatus.READY,
        replaces_shipment_id=request.shipment_id,
        note=f"reship for replacement request {request.id} ({REASON_LABELS[request.reason]})",
    )
    reship.lines = [ShipmentLine(item_id=line.item_id, quantity=line.quantity) for line in request.lines]
    reship.history.append(
        ShipmentStatusChange(
            old_status=None,
            new_status=ShipmentStatus.READY,
            operator=signed_by(operator),
            at=utcnow(),
            note=f"reship for replacement request {request.id}",
        )
    )
    session.add(reship)
    session.flush()
    request.reship_shipment_id = reship.id
    record(
        session,
        operator,
        AuditAction.CREATE,
        "shipment",
        reship.id,
        field="replaces_shipment_id",
        old=request.shipment_id,
        new=f"{order_code(order.id)} #{sequence} (reship for request {request.id})",
    )
    record(
        session,
        operator,
        AuditAction.UPDATE,
        "replacement_request",
        request.id,
        field="reship_shipment_id",
        old=None,
        new=reship.id,
    )
    session.flush()
    log_event("reship", request=request.id, order=request.order_id, parcel=reship.id)
    return reship.id


def _reship_packed(session: Session, request: ReplacementRequest) -> bool:
    if request.reship_shipment_id is None:
        return False
    status = session.scalar(select(Shipment.status).where(Shipment.id == request.reship_shipment_id))
    return status in PACKED_OR_FURTHER


def _sync_one(session: Session, request: ReplacementRequest, operator: str) -> bool:
    if request.state is R.APPROVED and _reship_packed(session, request):
        _set_state(session, request, R.RESHIPPED, operator, "reship parcel packed")
        return True
    return False


def close_requests(session: Session, request_ids: Iterable[int], *, operator: str, note: str = "") -> BulkDecision:
    """Close several requests: those that cannot be closed are listed with the reason, the others close."""
    result = BulkDecision()
    for request_id in request_ids:
        try:
            close_request(session, request_id, operator=operator, note=note)
        except UserError as refused:
            result.refused[request_id] = refused.message
            continue
        result.changed.append(request_id)
    return result


def close_request(session: Session, request_id: int, *, operator: str, note: str = "") -> None:
    """Close a reshipped (its reship packed) or rejected request."""
    request = _request(session, request_id)
    _sync_one(session, request, operator)
    check_request_transition(request.state, R.CLOSED)
    request.closed_by = signed_by(operator)
    request.closed_at = utcnow()
    _set_state(session, request, R.CLOSED, operator, note.strip())
    session.flush()


# --- Reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestRow:
    id: int
    order_id: int
    order_code: str
    backer_number: str
    backer_name: str
    reason: ReplacementReason
    reason_label: str
    state: ReplacementState  # effective: approved with its reship packed reads as reshipped
    whole_kit: bool
    lines: tuple[tuple[str, int], ...]  # (sku, units)
    evidence: str
    logged_by: str
    logged_at: datetime
    decided_by: str
    decided_at: datetime | None
    decision_note: str
    warehouse_id: int | None
    warehouse_code: str
    shipment_id: int | None
    reship_shipment_id: int | None
    reship_status: ShipmentStatus | None

    @property
    def units(self) -> int:
        return sum(units for _, units in self.lines)

    @property
    def items_text(self) -> str:
        text = ", ".join(f"{sku} × {units}" for sku, units in self.lines)
        return f"whole kit ({text})" if self.whole_kit else text

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "order": self.order_code,
            "backer_number": self.backer_number,
            "backer_name": self.backer_name,
            "reason": self.reason.value,
            "state": self.state.value,
            "whole_kit": self.whole_kit,
            "lines": [{"sku": sku, "quantity": units} for sku, units in self.lines],
            "evidence": self.evidence,
            "logged_by": self.logged_by,
            "logged_at": self.logged_at.isoformat(timespec="seconds"),
            "decided_by": self.decided_by,
            "warehouse": self.warehouse_code,
            "shipment_id": self.shipment_id,
            "reship_shipment_id": self.reship_shipment_id,
            "reship_status": self.reship_status.value if self.reship_status else None,
        }


def effective_state(state: ReplacementState, reship_status: ShipmentStatus | None) -> ReplacementState:
    if state is R.APPROVED and reship_status in PACKED_OR_FURTHER:
        return R.RESHIPPED
    return state


def list_requests(session: Session, campaign_id: int, state: ReplacementState | None = None) -> list[RequestRow]:
    """The campaign's requests, newest first (filtered by effective state when given)."""
    Reship = Shipment.__table__.alias("reship")  # noqa: N806 - a table alias
    rows = session.execute(
        select(
            ReplacementRequest,
            Order.backer_number,
            Backer.name,
            Warehouse.code,
            Reship.c.status,
        )
        .join(Order, Order.id == ReplacementRequest.order_id)
        .join(Backer, Backer.id == Order.backer_id)
        .outerjoin(Warehouse, Warehouse.id == ReplacementRequest.warehouse_id)
        .outerjoin(Reship, Reship.c.id == ReplacementRequest.reship_shipment_id)
        .where(checked_per_row(Order.campaign_id) == campaign_id)  # from the requests, not every order
        .order_by(ReplacementRequest.logged_at.desc(), ReplacementRequest.id.desc())
    ).all()
    ids = [row[0].id for row in rows]
    lines: dict[int, list[tuple[str, int]]] = {i: [] for i in ids}
    if ids:
        for request_id, sku, units in session.execute(
            select(ReplacementLine.request_id, Item.sku, ReplacementLine.quantity)
            .join(Item, Item.id == ReplacementLine.item_id)
            .where(ReplacementLine.request_id.in_(ids))
            .order_by(ReplacementLine.id)
        ):
            lines[request_id].append((sku, units))
    result = []
    for request, backer_number, backer_name, warehouse_code, reship_status in rows:
        reship = ShipmentStatus(reship_status) if reship_status is not None else None
        row = RequestRow(
            id=request.id,
            order_id=request.order_id,
            order_code=order_code(request.order_id),
            backer_number=backer_number,
            backer_name=backer_name,
            reason=request.reason,
            reason_label=REASON_LABELS[request.reason],
            state=effective_state(request.state, reship),
            whole_kit=request.whole_kit,
            lines=tuple(lines[request.id]),
            evidence=request.evidence,
            logged_by=request.logged_by,
            logged_at=request.logged_at,
            decided_by=request.decided_by,
            decided_at=request.decided_at,
            decision_note=request.decision_note,
            warehouse_id=request.warehouse_id,
            warehouse_code=warehouse_code or "",
            shipment_id=request.shipment_id,
            reship_shipment_id=request.reship_shipment_id,
            reship_status=reship,
        )
        if state is None or row.state is state:
            result.append(row)
    return result


def check_in_campaign(session: Session, campaign_id: int, request_ids: Iterable[int]) -> None:
    """Refuse ids that are not replacement requests of this campaign (a request named by its id)."""
    wanted = list(dict.fromkeys(request_ids))
    found = set(
        session.scalars(
            select(ReplacementRequest.id)
            .join(Order, Order.id == ReplacementRequest.order_id)
            .where(ReplacementRequest.id.in_(wanted), Order.campaign_id == campaign_id)
        )
    )
    missing = [request_id for request_id in wanted if request_id not in found]
    if missing:
        raise UserError(
            message(
                "request.not_in_campaign",
                "This campaign has no replacement request {requests}.",
                requests=", ".join(map(str, missing)),
            )
        )


def queue_counts(session: Session, campaign_id: int) -> dict[ReplacementState, int]:
    """How many requests are in each (effective) state; every state is present."""
    counts = Counter(row.state for row in list_requests(session, campaign_id))
    return {state: counts.get(state, 0) for state in ReplacementState}


def format_requests(rows: list[RequestRow]) -> str:
    if not rows:
        return "no replacement requests"
    lines = [f"{'id':>5} {'order':<12} {'backer':<24} {'reason':<20} {'state':<10} items"]
    for r in rows:
        lines.append(
            f"{r.id:>5} {r.order_code:<12} {r.backer_name[:24]:<24} {r.reason_label[:20]:<20} {r.state.value:<10} "
            f"{r.items_text}"
        )
    return "\n".join(lines)
