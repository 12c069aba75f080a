"""One order as a person sees and edits it: address edits and locks, conflicts, duplicate suggestions."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from fulfiller.db.models import AddressConflict, MergeSuggestion, Order, OrderProblem, Warehouse
from fulfiller.domain.clock import utcnow
from fulfiller.domain.enums import AuditAction
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import message
from fulfiller.services.audit import record, record_changes
from fulfiller.services.catalogue.checklist import reexpand
from fulfiller.services.importing.rows import ADDRESS_FIELDS, LATIN_FIELDS
from fulfiller.services.problems import revalidate_order

EDITABLE_FIELDS = (*ADDRESS_FIELDS, *LATIN_FIELDS)


@dataclass(frozen=True)
class ConflictView:
    id: int
    proposed: dict[str, str]
    differences: dict[str, tuple[str, str]]  # field -> (ours, the export's)


@dataclass(frozen=True)
class SuggestionView:
    id: int
    other_order_id: int
    other_backer_number: str
    other_name: str
    reason: str


@dataclass
class OrderDetail:
    id: int
    backer_number: str
    backer_name: str
    email: str
    reward: str
    status: str
    pledge: str
    add_ons: list[str]
    address: dict[str, str]
    latin_confirmed: bool
    locked: bool
    edited_locally: bool
    merged_into: str
    warehouse: str = ""  # the code of the warehouse it ships from ("" while it has none)
    warehouse_overridden: bool = False  # a person chose it: region rules leave it there
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # severity, field, message
    conflict: ConflictView | None = None
    suggestions: list[SuggestionView] = field(default_factory=list)


def _order(session: Session, order_id: int) -> Order:
    order = session.get(Order, order_id)
    if order is None:
        raise UserError(message("order.not_found", "There is no order {order}.", order=order_id))
    return order


def order_detail(session: Session, order_id: int) -> OrderDetail:
    order = _order(session, order_id)
    address = order.address
    values = {name: getattr(address, name) if address else "" for name in EDITABLE_FIELDS}
    merged_into = session.get(Order, order.merged_into_id) if order.merged_into_id else None
    warehouse = session.get(Warehouse, order.warehouse_id) if order.warehouse_id else None
    return OrderDetail(
        id=order.id,
        backer_number=order.backer_number,
        backer_name=order.backer.name,
        email=order.backer.email,
        reward=order.tier.title if order.tier else order.reward_title,
        status=order.status.value,
        pledge=_money(order.pledge_amount, order.currency),
        add_ons=[f"{a.quantity} × {a.add_on.title}" for a in order.add_ons],
        address=values,
        latin_confirmed=bool(address and address.latin_confirmed),
        locked=bool(address and address.locked),
        edited_locally=bool(address and address.edited_locally),
        merged_into=merged_into.backer_number if merged_into else "",
        warehouse=warehouse.code if warehouse else "",
        warehouse_overridden=order.warehouse_overridden,
        problems=[
            (p.severity.value, p.field, p.message)
            for p in session.scalars(select(OrderProblem).where(OrderProblem.order_id == order_id))
        ],
        conflict=_open_conflict(session, order),
        suggestions=_suggestions(session, order_id),
    )


def _money(amount: Decimal | None, currency: str) -> str:
    return "" if amount is None else f"{amount:,.2f} {currency}"


def _open_conflict(session: Session, order: Order) -> ConflictView | None:
    conflict = session.scalar(
        select(AddressConflict).where(AddressConflict.order_id == order.id, AddressConflict.resolution == "")
    )
    if conflict is None:
        return None
    proposed = json.loads(conflict.proposed_json)
    ours = {name: getattr(order.address, name) if order.address else "" for name in ADDRESS_FIELDS}
    differences = {
        name: (ours[name], proposed.get(name, "")) for name in ADDRESS_FIELDS if ours[name] != proposed.get(name, "")
    }
    return ConflictView(conflict.id, proposed, differences)


def _suggestions(session: Session, order_id: int) -> list[SuggestionView]:
    found = session.scalars(
        select(MergeSuggestion).where(
            MergeSuggestion.status == "open",
            or_(MergeSuggestion.order_id == order_id, MergeSuggestion.other_order_id == order_id),
        )
    )
    views = []
    for suggestion in found:
        other_id = suggestion.other_order_id if suggestion.order_id == order_id else suggestion.order_id
        other = _order(session, other_id)
        views.append(SuggestionView(suggestion.id, other_id, other.backer_number, other.backer.name, suggestion.reason))
    return views


def edit_address(session: Session, order_id: int, values: dict[str, str], *, operator: str) -> list[OrderProblem]:
    """Save a person's edit: audit-logged, marked as edited here, and checked again."""
    order = _order(session, order_id)
    if order.address is None:
        raise UserError(
            message("order.no_address", "Order {number} has no address to edit.", number=order.backer_number)
        )
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise UserError(
            message("order.not_address_fields", "Not address fields: {fields}.", fields=", ".join(sorted(unknown)))
        )
    changes = {name: (getattr(order.address, name), value.strip()) for name, value in values.items()}
    changes = {name: pair for name, pair in changes.items() if pair[0] != pair[1]}
    if not changes:
        return list(session.scalars(select(OrderProblem).where(OrderProblem.order_id == order_id)))
    record_changes(session, operator, "address", order.address.id, changes)
    for name, (_, new) in changes.items():
        setattr(order.address, name, new)
    order.address.edited_locally = True
    if set(changes) & set(LATIN_FIELDS):
        order.address.latin_confirmed = True  # a person typed the carrier's version: no longer a proposal
    session.flush()
    return revalidate_order(session, order)


def set_locked(session: Session, order_id: int, locked: bool, *, operator: str) -> None:
    order = _order(session, order_id)
    if order.address is None or order.address.locked == locked:
        return
    record_changes(session, operator, "address", order.address.id, {"locked": (order.address.locked, locked)})
    order.address.locked = locked


def confirm_latin(session: Session, order_id: int, *, operator: str) -> None:
    order = _order(session, order_id)
    if order.address is not None and not order.address.latin_confirmed:
        record_changes(session, operator, "address", order.address.id, {"latin_confirmed": (False, True)})
        order.address.latin_confirmed = True


def resolve_conflict(session: Session, conflict_id: int, *, take_import: bool, operator: str) -> None:
    conflict = session.get(AddressConflict, conflict_id)
    if conflict is None or conflict.resolution:
        raise UserError(message("order.conflict_resolved", "That address conflict is already resolved."))
    order = _order(session, conflict.order_id)
    if take_import:
        proposed = json.loads(conflict.proposed_json)
        edit_address(session, order.id, {k: v for k, v in proposed.items() if k in EDITABLE_FIELDS}, operator=operator)
        assert order.address is not None
        order.address.edited_locally = False  # it is the export's address again
        order.address.latin_confirmed = False
        revalidate_order(session, order)
    conflict.resolution = "took_import" if take_import else "kept_local"
    conflict.resolved_by = operator
    conflict.resolved_at = utcnow()
    record(
        session,
        operator,
        AuditAction.UPDATE,
        "address_conflict",
        conflict.id,
        field="resolution",
        new=conflict.resolution,
    )


def decide_merge(session: Session, suggestion_id: int, *, merge: bool, operator: str) -> None:
    """Merge: the later order ships with the earlier one (its kit is kept); or say they are two people."""
    suggestion = session.get(MergeSuggestion, suggestion_id)
    if suggestion is None or suggestion.status != "open":
        raise UserError(message("order.duplicate_decided", "That duplicate suggestion was already decided."))
    if merge:
        keep, fold = sorted((suggestion.order_id, suggestion.other_order_id))
        order = _order(session, fold)
        record_changes(session, operator, "order", order.id, {"merged_into_id": (order.merged_into_id, keep)})
        order.merged_into_id = keep
        session.flush()
        reexpand(session, order.campaign_id, order_ids=[keep])  # its unpacked parcel now holds both kits
    suggestion.status = "merged" if merge else "dismissed"
    suggestion.decided_by = operator
    suggestion.decided_at = utcnow()
    record(
        session,
        operator,
        AuditAction.UPDATE,
        "merge_suggestion",
        suggestion.id,
        field="status",
        new=suggestion.status,
    )
