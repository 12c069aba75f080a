"""Undo an import as a whole: its new orders go, the fields it changed get their old values back."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, DateTime, Enum, Integer, delete, exists, func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import (
    Address,
    AddressConflict,
    AuditEntry,
    Backer,
    ImportBatch,
    MergeSuggestion,
    Order,
    OrderAddOn,
    RewardTier,
    Shipment,
)
from fulfiller.db.types import DecimalText
from fulfiller.domain.clock import utcnow
from fulfiller.domain.enums import AuditAction
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import Message, message
from fulfiller.logs import log_event
from fulfiller.services.audit import record
from fulfiller.services.importing.sent import changed_since, recorded_parcels
from fulfiller.services.problems import revalidate_order

_MODELS = {"order": Order, "backer": Backer, "address": Address}


@dataclass(frozen=True)
class UndoSummary:
    batch_id: int
    removed_orders: int
    restored_orders: int

    def describe(self) -> str:
        return str(self.summary())

    def summary(self) -> Message:
        return message(
            "import.undone",
            "Import {batch} undone: {removed} order(s) removed, {restored} order(s) restored.",
            batch=self.batch_id,
            removed=self.removed_orders,
            restored=self.restored_orders,
        )


def undo_import(session: Session, batch_id: int, *, operator: str) -> UndoSummary:
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise UserError(message("import.no_such_batch", "There is no import {batch} in this database.", batch=batch_id))
    if batch.undone_at is not None:
        raise UserError(
            message(
                "import.undone_already",
                "Import {batch} was already undone on {when} by {operator}.",
                batch=batch_id,
                when=f"{batch.undone_at:%Y-%m-%d %H:%M}",
                operator=batch.undone_by,
            )
        )
    _refuse_if_later_imports(session, batch)
    changes = list(
        session.scalars(select(AuditEntry).where(AuditEntry.import_batch_id == batch_id).order_by(AuditEntry.id.desc()))
    )
    added_ids = list(session.scalars(select(Order.id).where(Order.import_batch_id == batch_id)))
    _refuse_if_edited_since(session, batch, changes, added_ids)
    _refuse_if_shipped(session, batch_id, added_ids)

    restored = _restore_fields(session, changes)
    session.execute(delete(Shipment).where(Shipment.id.in_(recorded_parcels(batch_id))))  # shipped outside
    removed = _remove_added_orders(session, added_ids)
    session.execute(
        delete(AddressConflict).where(AddressConflict.import_batch_id == batch_id, AddressConflict.resolution == "")
    )
    session.execute(
        delete(MergeSuggestion).where(MergeSuggestion.import_batch_id == batch_id, MergeSuggestion.status == "open")
    )
    for order in restored:
        order.source_hash = ""  # the next import of any file compares this order in full again
        order.last_import_batch_id = None
        revalidate_order(session, order)
    batch.undone_at = utcnow()
    batch.undone_by = operator
    record(session, operator, AuditAction.DELETE, "import_batch", batch_id, field="undo", old=batch.file_name)
    log_event("undo-import", batch=batch_id, removed=removed, restored=len(restored))
    return UndoSummary(batch_id, removed, len(restored))


def _refuse_if_later_imports(session: Session, batch: ImportBatch) -> None:
    later = list(
        session.scalars(
            select(ImportBatch.id).where(
                ImportBatch.campaign_id == batch.campaign_id,
                ImportBatch.id > batch.id,
                ImportBatch.undone_at.is_(None),
            )
        )
    )
    if later:
        raise UserError(
            message(
                "import.later_imports",
                "Import {batch} has later imports ({later}); undo those first, newest first.",
                batch=batch.id,
                later=", ".join(str(n) for n in later),
            )
        )


def _refuse_if_edited_since(session: Session, batch: ImportBatch, changes: list[AuditEntry], added: list[int]) -> None:
    ids: dict[str, set[int]] = {"order": set(added), "backer": set(), "address": set()}
    for change in changes:
        if change.entity in ids and change.entity_id is not None:
            ids[change.entity].add(change.entity_id)
    ids["address"] |= set(session.scalars(select(Address.id).where(Address.order_id.in_(ids["order"]))))
    for entity, entity_ids in ids.items():
        if not entity_ids:
            continue
        edits = session.scalar(
            select(func.count(AuditEntry.id)).where(
                AuditEntry.import_batch_id.is_(None),
                AuditEntry.at >= batch.started_at,
                AuditEntry.entity == entity,
                AuditEntry.entity_id.in_(entity_ids),
            )
        )
        if edits:
            raise UserError(
                message(
                    "import.edited_since",
                    "People edited {edits} field(s) of this import's orders after it ran; "
                    "undoing it would lose their work, so it was not undone.",
                    edits=edits,
                )
            )


def _refuse_if_shipped(session: Session, batch_id: int, added: list[int]) -> None:
    """Parcels of the import's orders refuse the undo, except those it recorded as shipped outside Fulfiller
    while nobody changed them since: they go with the import."""
    recorded = recorded_parcels(batch_id)
    if added and session.scalar(
        select(func.count(Shipment.id)).where(Shipment.order_id.in_(added), Shipment.id.not_in(recorded))
    ):
        raise UserError(
            message(
                "import.has_shipments", "Orders of this import already have shipments; it cannot be undone as a whole."
            )
        )
    changed = changed_since(session, batch_id)
    if changed:
        raise UserError(
            message(
                "import.outside_parcels_changed",
                "{n} parcel(s) this import recorded as shipped outside Fulfiller changed since; "
                "it cannot be undone as a whole.",
                n=changed,
            )
        )


def _restore_fields(session: Session, changes: list[AuditEntry]) -> list[Order]:
    touched: dict[int, Order] = {}
    for change in changes:  # newest first, so the oldest value is written last
        if change.entity == "reward_tier" and change.field == "title":  # titled by a tier file of a zip
            _restore_tier_title(session, change)
            continue
        model = _MODELS.get(change.entity)
        target = session.get(model, change.entity_id) if model is not None else None
        if target is None:
            continue
        if change.field == "add_ons":
            _restore_add_ons(session, change)
        else:
            setattr(target, change.field, _typed(model, change.field, change.old_value))
        order = _order_of(session, target)
        touched[order.id] = order
    session.flush()
    return list(touched.values())


def _restore_tier_title(session: Session, change: AuditEntry) -> None:
    tier = session.get(RewardTier, change.entity_id)
    if tier is not None and change.old_value is not None:
        tier.title = change.old_value
        session.flush()


def _order_of(session: Session, target: Order | Backer | Address) -> Order:
    if isinstance(target, Order):
        return target
    if isinstance(target, Address):
        return target.order
    return session.scalars(select(Order).where(Order.backer_id == target.id)).first()  # type: ignore[return-value]


def _restore_add_ons(session: Session, change: AuditEntry) -> None:
    session.execute(delete(OrderAddOn).where(OrderAddOn.order_id == change.entity_id))
    for add_on_id, quantity in json.loads(change.old_value or "[]"):
        session.add(OrderAddOn(order_id=change.entity_id, add_on_id=add_on_id, quantity=quantity))
    order = session.get(Order, change.entity_id)
    if order is not None:
        session.expire(order, ["add_ons"])


def _typed(model: type, field: str, text: str | None) -> object:
    """The stored text of an audit entry, turned back into the column's own type."""
    if text is None:
        return None
    column_type = model.__table__.c[field].type
    if isinstance(column_type, DecimalText):
        return Decimal(text)
    if isinstance(column_type, Enum) and column_type.enum_class is not None:
        return column_type.enum_class(text)
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat(text)
    if isinstance(column_type, Boolean):
        return text == "True"
    if isinstance(column_type, Integer):
        return int(text)
    return text


def _remove_added_orders(session: Session, added: list[int]) -> int:
    if not added:
        return 0
    backer_ids = set(session.scalars(select(Order.backer_id).where(Order.id.in_(added))))
    for chunk in _chunks(added):
        session.execute(delete(Order).where(Order.id.in_(chunk)))
    for chunk in _chunks(sorted(backer_ids)):
        session.execute(delete(Backer).where(Backer.id.in_(chunk), ~exists().where(Order.backer_id == Backer.id)))
    return len(added)


def _chunks(ids: list[int], size: int = 20_000) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]
