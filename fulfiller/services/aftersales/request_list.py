"""The replacement queue as the window lists it: the ids of the requests a filter shows, newest first,
then the rows of those on screen; and every request's row at once for the command line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from fulfiller.db.id_lists import id_list
from fulfiller.db.models import Backer, Item, Order, Shipment, Warehouse
from fulfiller.db.models.aftersales import ReplacementLine, ReplacementRequest
from fulfiller.db.planner import checked_per_row
from fulfiller.domain.aftersales import REASON_LABELS
from fulfiller.domain.enums import ReplacementReason, ReplacementState, ShipmentStatus
from fulfiller.domain.order_codes import order_code
from fulfiller.domain.shipment_status import PACKED_OR_FURTHER

R = ReplacementState
OPEN = "open"  # every request not closed yet
Reship = Shipment.__table__.alias("reship")


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


def _shown(wanted: str) -> ColumnElement[bool]:
    """Requests whose effective state is `wanted` (a state's value, or "open"), in SQL."""
    reshipped = and_(ReplacementRequest.state == R.APPROVED, Reship.c.status.in_(list(PACKED_OR_FURTHER)))
    if wanted == OPEN:
        return ReplacementRequest.state != R.CLOSED
    state = R(wanted)
    if state is R.RESHIPPED:
        return or_(ReplacementRequest.state == R.RESHIPPED, reshipped)
    if state is R.APPROVED:
        return and_(ReplacementRequest.state == R.APPROVED, or_(Reship.c.status.is_(None), ~reshipped))
    return ReplacementRequest.state == state


def find_request_ids(session: Session, campaign_id: int, wanted: str = OPEN) -> list[int]:
    """The ids of the requests in the `wanted` effective state (or "open"), newest first."""
    query = (
        select(ReplacementRequest.id)
        .join(Order, Order.id == ReplacementRequest.order_id)
        .outerjoin(Reship, Reship.c.id == ReplacementRequest.reship_shipment_id)
        .where(checked_per_row(Order.campaign_id) == campaign_id, _shown(wanted))  # from the few requests
        .order_by(ReplacementRequest.logged_at.desc(), ReplacementRequest.id.desc())
    )
    return id_list(session, query)


def fetch_request_rows(session: Session, request_ids: Sequence[int]) -> dict[int, RequestRow]:
    """The rows of these requests (missing ids are simply absent)."""
    if not request_ids:
        return {}
    return {row.id: row for row in _rows(session, ReplacementRequest.id.in_(list(request_ids)))}


def list_requests(session: Session, campaign_id: int, state: ReplacementState | None = None) -> list[RequestRow]:
    """The campaign's requests, newest first (filtered by effective state when given)."""
    rows = _rows(session, checked_per_row(Order.campaign_id) == campaign_id)  # from the requests, not every order
    return [row for row in rows if state is None or row.state is state]


def _rows(session: Session, where: ColumnElement[bool]) -> list[RequestRow]:
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
        .where(where)
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
        result.append(row)
    return result
