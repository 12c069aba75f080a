"""Orders whose reward the export says was shipped before Fulfiller was used ("Rewards Sent?" = Sent).

Each gets one parcel in status shipped with a note saying so: no lines, no tracking number and no stock
movement (the goods were never on these shelves). The order then counts as shipped and is left out of
exports, demand and the pack station like any shipped order. The parcel's history and the audit log
name the import, so undoing the import takes the parcel away again.

A new order gets its parcel in bulk with the rest of its rows; an order imported before gets one when a
later export says Sent and the order has no parcel yet. Nothing here takes a parcel back: an export that
no longer says Sent leaves the parcel shipped, and the import says how many.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from fulfiller.db.bulk import IdSequence, insert_computed, sql_literal
from fulfiller.db.models import AuditEntry, Shipment, ShipmentStatusChange
from fulfiller.domain.clock import utcnow
from fulfiller.domain.enums import AuditAction, ShipmentStatus
from fulfiller.domain.shipment_status import PACKED_OR_FURTHER
from fulfiller.services.audit import record, signed_by

AUDIT_FIELD = "shipped_outside"  # the audit entry that marks a parcel this way, with the cell's value


def outside_note(value: str) -> str:
    """The parcel's note and history: "shipped outside Fulfiller (Rewards Sent? = Sent)"."""
    return f"shipped outside Fulfiller (Rewards Sent? = {value})"


def insert_sent_parcels(
    session: Session,
    first_order_id: int,
    sent: Sequence[tuple[int, str]],
    ids: IdSequence,
    *,
    operator: str,
    batch_id: int,
    now: str,
) -> int:
    """The parcels of new orders, in bulk: `sent` holds (position of the order from `first_order_id`, the
    cell's value); `now` is the time as SQL stores it. Returns how many."""
    if not sent:
        return 0
    first = ids.take_many(len(sent))
    parcels = [(position, index, outside_note(value)) for index, (position, value) in enumerate(sent)]
    shipped, at, signed = (
        sql_literal(ShipmentStatus.SHIPPED.value),
        sql_literal(now),
        sql_literal(signed_by(operator)),
    )
    columns = {"id": f"?2 + {first}", "order_id": f"?1 + {first_order_id}", "sequence": "1", "status": shipped}
    columns |= {"carrier": "''", "service": "''", "tracking_number": "''", "note": "?3", "created_at": at}
    insert_computed(session, Shipment, columns, parcels)
    columns = {"shipment_id": f"?2 + {first}", "new_status": shipped, "operator": signed, "at": at, "note": "?3"}
    insert_computed(session, ShipmentStatusChange, columns, parcels)
    entries = [(index, value) for index, (_, value) in enumerate(sent)]
    columns = {"at": at, "operator": signed, "action": sql_literal(AuditAction.CREATE.value), "entity": "'shipment'"}
    columns |= {"entity_id": f"?1 + {first}", "field": sql_literal(AUDIT_FIELD), "new_value": "?2"}
    columns["import_batch_id"] = str(int(batch_id))
    insert_computed(session, AuditEntry, columns, entries)
    return len(parcels)


class SentFollowUp(Enum):
    """What a changed row's "Rewards Sent?" meant for an order imported before."""

    NOTHING = "nothing"
    RECORDED = "recorded"  # a parcel shipped outside Fulfiller was recorded now
    NOT_RECORDED = "not_recorded"  # Sent, but the order has a parcel here that is not packed yet: left alone
    KEPT = "kept"  # no longer Sent, but its parcel shipped outside Fulfiller stays shipped


def follow_sent(session: Session, order_id: int, sent: str, *, operator: str, batch_id: int) -> SentFollowUp:
    """Record the parcel of an order imported before whose export now says Sent, if it has none."""
    parcels = list(session.execute(select(Shipment.id, Shipment.status).where(Shipment.order_id == order_id)))
    if not sent:
        outside = session.scalar(
            select(func.count(AuditEntry.id)).where(
                AuditEntry.entity == "shipment",
                AuditEntry.field == AUDIT_FIELD,
                AuditEntry.entity_id.in_([parcel_id for parcel_id, _ in parcels]),
            )
        )
        return SentFollowUp.KEPT if parcels and outside else SentFollowUp.NOTHING
    if any(status in PACKED_OR_FURTHER for _, status in parcels):
        return SentFollowUp.NOTHING
    if parcels:
        return SentFollowUp.NOT_RECORDED
    note = outside_note(sent)
    shipment = Shipment(order_id=order_id, sequence=1, status=ShipmentStatus.SHIPPED, note=note)
    shipment.history.append(
        ShipmentStatusChange(
            old_status=None, new_status=ShipmentStatus.SHIPPED, operator=signed_by(operator), at=utcnow(), note=note
        )
    )
    session.add(shipment)
    session.flush()
    record(
        session, operator, AuditAction.CREATE, "shipment", shipment.id, field=AUDIT_FIELD, new=sent,
        import_batch_id=batch_id,
    )  # fmt: skip
    return SentFollowUp.RECORDED


def recorded_parcels(batch_id: int) -> Select[tuple[int | None]]:
    """The ids of the parcels an import recorded as shipped outside Fulfiller, as a subquery."""
    return select(AuditEntry.entity_id).where(
        AuditEntry.import_batch_id == batch_id,
        AuditEntry.entity == "shipment",
        AuditEntry.field == AUDIT_FIELD,
    )


def changed_since(session: Session, batch_id: int) -> int:
    """How many of the parcels an import recorded someone changed since (a status, a tracking number)."""
    recorded = recorded_parcels(batch_id)
    moved = session.scalar(
        select(func.count(func.distinct(ShipmentStatusChange.shipment_id))).where(
            ShipmentStatusChange.shipment_id.in_(recorded), ShipmentStatusChange.old_status.is_not(None)
        )
    )
    edited = session.scalar(
        select(func.count(func.distinct(AuditEntry.entity_id))).where(
            AuditEntry.entity == "shipment", AuditEntry.entity_id.in_(recorded), AuditEntry.import_batch_id.is_(None)
        )
    )
    return int(moved or 0) + int(edited or 0)
