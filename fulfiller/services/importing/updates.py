"""Apply a changed export row to an order that exists: field by field, with history."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fulfiller.db.models import Address, AddressConflict, Backer, Order, OrderAddOn
from fulfiller.domain.enums import AuditAction
from fulfiller.domain.records import CleanOrder
from fulfiller.services.audit import record
from fulfiller.services.importing.rows import (
    ADDRESS_FIELDS,
    LATIN_FIELDS,
    address_values,
    backer_values,
    order_values,
)
from fulfiller.services.problems import revalidate_order


@dataclass(frozen=True)
class UpdateOutcome:
    updated: bool
    conflict: bool


def apply_update(
    session: Session,
    order_id: int,
    clean: CleanOrder,
    digest: str,
    refs: tuple[int | None, list[tuple[int, int]]],
    batch_id: int,
    operator: str,
) -> UpdateOutcome:
    order = session.get(Order, order_id)
    assert order is not None
    tier_id, add_ons = refs
    audit = _Auditor(session, operator, batch_id)
    changed = audit.assign(order, "order", order_values(clean))
    changed |= audit.assign(order, "order", {"tier_id": tier_id})
    changed |= audit.assign(order.backer, "backer", backer_values(clean))
    changed |= _update_add_ons(session, order, add_ons, audit)
    conflict = False
    if order.address is None:
        order.address = Address(**address_values(clean.address))
        changed = True
    elif _address_differs(order.address, clean):
        if order.address.locked or order.address.edited_locally:
            _keep_aside(session, order, clean, batch_id)
            conflict = True
        else:
            changed |= audit.assign(order.address, "address", address_values(clean.address))
            order.address.latin_confirmed = False
    order.source_hash = digest
    order.last_import_batch_id = batch_id
    session.flush()
    if changed:
        revalidate_order(session, order)
    return UpdateOutcome(updated=changed, conflict=conflict)


def _address_differs(address: Address, clean: CleanOrder) -> bool:
    incoming = address_values(clean.address)
    return any(getattr(address, name) != incoming[name] for name in ADDRESS_FIELDS)


def _keep_aside(session: Session, order: Order, clean: CleanOrder, batch_id: int) -> None:
    """One open conflict per order, holding the newest address the export proposes."""
    proposed = json.dumps(address_values(clean.address), ensure_ascii=False, sort_keys=True)
    open_conflict = session.scalar(
        select(AddressConflict).where(AddressConflict.order_id == order.id, AddressConflict.resolution == "")
    )
    if open_conflict is None:
        session.add(AddressConflict(order_id=order.id, import_batch_id=batch_id, proposed_json=proposed))
    elif open_conflict.proposed_json != proposed:
        open_conflict.proposed_json = proposed
        open_conflict.import_batch_id = batch_id


def _update_add_ons(session: Session, order: Order, add_ons: list[tuple[int, int]], audit: _Auditor) -> bool:
    old = sorted((a.add_on_id, a.quantity) for a in order.add_ons)
    new = sorted(add_ons)
    if old == new:
        return False
    session.execute(delete(OrderAddOn).where(OrderAddOn.order_id == order.id))
    session.expire(order, ["add_ons"])
    for add_on_id, quantity in new:
        session.add(OrderAddOn(order_id=order.id, add_on_id=add_on_id, quantity=quantity))
    audit.log("order", order.id, "add_ons", json.dumps(old), json.dumps(new))
    return True


class _Auditor:
    def __init__(self, session: Session, operator: str, batch_id: int) -> None:
        self.session, self.operator, self.batch_id = session, operator, batch_id

    def assign(self, target: Order | Backer | Address, entity: str, values: dict[str, object]) -> bool:
        changed = False
        for name, new in values.items():
            old = getattr(target, name)
            if old != new:
                setattr(target, name, new)
                if name not in LATIN_FIELDS:  # proposals are derived, not what the backer said
                    self.log(entity, target.id, name, old, new)
                changed = True
        return changed

    def log(self, entity: str, entity_id: int, name: str, old: object, new: object) -> None:
        record(
            self.session,
            self.operator,
            AuditAction.UPDATE,
            entity,
            entity_id,
            field=name,
            old=_plain(old),
            new=_plain(new),
            import_batch_id=self.batch_id,
        )


def _plain(value: object) -> object:
    return getattr(value, "value", value)
