"""A wave's parcels as the demo moves them on, and the rows the services would have written for each
step: the status history, the stock taken off the shelf, the audit entries, written in bulk.

A step mirrors the service that does it for one parcel in the product: `Ledger.move` is a status change
(`parcels.change_status`), `take_off_shelf` the goods packed (one PACKED movement per stock line, the
lines packed), `track` a tracking number stored (`parcels.set_tracking`, audited), `hand_out` a parcel
sent to a label tool or partner (`parcels.hand_out`, audited).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from fulfiller.db.models import Address, AuditEntry, Shipment, ShipmentLine, ShipmentStatusChange, StockMovement
from fulfiller.demo.rows import Row, bulk_insert
from fulfiller.demo.warehousing import DEMO_OPERATOR, movement_row
from fulfiller.domain.enums import AuditAction, MovementKind, ShipmentStatus
from fulfiller.domain.order_codes import order_code

PARCELS_PER_ROUND = 5_000  # memory stays flat however big the wave


@dataclass
class Parcel:
    """One parcel of a wave, read back after the wave made it "ready"."""

    id: int
    order_id: int
    sequence: int
    warehouse_id: int
    country: str
    lines: list[tuple[int, int]]  # (item id, quantity)
    status: ShipmentStatus
    changed_at: datetime  # its last step
    carrier: str = ""
    service: str = ""
    tracking: str = ""
    weight_g: int | None = None
    shipped_at: datetime | None = None
    delivered_at: datetime | None = None
    handed_to: str = ""
    packed: bool = False


def wave_parcels(session: Session, wave_id: int) -> Iterator[list[Parcel]]:
    """The wave's parcels in rounds, by id."""
    after = 0
    while True:
        rows = session.execute(
            select(Shipment.id, Shipment.order_id, Shipment.sequence, Shipment.warehouse_id, Address.country_code,
                   Shipment.status, Shipment.created_at)
            .outerjoin(Address, Address.order_id == Shipment.order_id)
            .where(Shipment.wave_id == wave_id, Shipment.id > after)
            .order_by(Shipment.id)
            .limit(PARCELS_PER_ROUND)
        ).all()  # fmt: skip
        if not rows:
            return
        lines: dict[int, list[tuple[int, int]]] = {row.id: [] for row in rows}
        for shipment_id, item_id, quantity in session.execute(
            select(ShipmentLine.shipment_id, ShipmentLine.item_id, ShipmentLine.quantity)
            .where(ShipmentLine.shipment_id.in_(list(lines)))
            .order_by(ShipmentLine.id)
        ):
            lines[shipment_id].append((item_id, quantity))
        yield [
            Parcel(row.id, row.order_id, row.sequence, row.warehouse_id, row.country_code or "", lines[row.id],
                   row.status, row.created_at)
            for row in rows
        ]  # fmt: skip
        after = rows[-1].id


@dataclass
class Ledger:
    """The rows one round of steps adds, written together."""

    stock_items: set[int]
    history: list[Row] = field(default_factory=list)
    movements: list[Row] = field(default_factory=list)
    audit: list[Row] = field(default_factory=list)

    def move(self, parcel: Parcel, new: ShipmentStatus, at: datetime, note: str = "") -> None:
        self.history.append(
            {"shipment_id": parcel.id, "old_status": parcel.status, "new_status": new, "operator": DEMO_OPERATOR,
             "at": at, "note": note}
        )  # fmt: skip
        parcel.status, parcel.changed_at = new, at
        if new is ShipmentStatus.SHIPPED:
            parcel.shipped_at = at
        elif new is ShipmentStatus.DELIVERED:
            parcel.delivered_at = at

    def take_off_shelf(self, parcel: Parcel, at: datetime) -> None:
        note = f"{order_code(parcel.order_id)} #{parcel.sequence}"
        for item_id, quantity in parcel.lines:
            if item_id in self.stock_items and quantity > 0:
                self.movements.append(
                    movement_row(parcel.warehouse_id, item_id, MovementKind.PACKED, -quantity, at,
                                 shipment_id=parcel.id, note=note)
                )  # fmt: skip
        parcel.packed = True

    def track(self, parcel: Parcel, carrier: str, service: str, number: str, at: datetime) -> None:
        self.changed(parcel, "tracking_number", parcel.tracking, number, at)
        self.changed(parcel, "carrier", parcel.carrier, carrier, at)
        parcel.carrier, parcel.service, parcel.tracking = carrier, service, number

    def hand_out(self, parcel: Parcel, new: ShipmentStatus, to: str, at: datetime, note: str) -> None:
        self.move(parcel, new, at, note)
        self.changed(parcel, "handed_to", parcel.handed_to, to, at)
        parcel.handed_to = to

    def changed(self, parcel: Parcel, name: str, old: str, new: str, at: datetime) -> None:
        if old != new:
            self.audit.append(audit_row(AuditAction.UPDATE, "shipment", parcel.id, at, field=name, old=old, new=new))

    def write(self, session: Session, parcels: list[Parcel]) -> None:
        """The parcels as they now are, their lines packed, and the rows of every step."""
        table = Shipment.__table__
        session.execute(
            update(table).where(table.c.id == bindparam("b_id")).values(
                status=bindparam("b_status"), carrier=bindparam("b_carrier"), service=bindparam("b_service"),
                tracking_number=bindparam("b_tracking"), weight_g=bindparam("b_weight"),
                shipped_at=bindparam("b_shipped"), delivered_at=bindparam("b_delivered"),
                handed_to=bindparam("b_handed_to"),
            ),
            [{"b_id": p.id, "b_status": p.status, "b_carrier": p.carrier, "b_service": p.service,
              "b_tracking": p.tracking, "b_weight": p.weight_g, "b_shipped": p.shipped_at,
              "b_delivered": p.delivered_at, "b_handed_to": p.handed_to}
             for p in parcels],
        )  # fmt: skip
        packed = [{"b_shipment": p.id} for p in parcels if p.packed]
        if packed:
            lines = ShipmentLine.__table__
            session.execute(
                update(lines)
                .where(lines.c.shipment_id == bindparam("b_shipment"))
                .values(packed_quantity=lines.c.quantity),
                packed,
            )
        bulk_insert(session, ShipmentStatusChange, self.history)
        bulk_insert(session, StockMovement, self.movements)
        bulk_insert(session, AuditEntry, self.audit)
        self.history, self.movements, self.audit = [], [], []


def audit_row(
    action: AuditAction, entity: str, entity_id: int, at: datetime, *, field: str = "", old: str | None = None,
    new: str | None = None,
) -> Row:  # fmt: skip
    """An audit entry as `services.audit.record` writes it, signed by the demo's team."""
    return {"at": at, "operator": DEMO_OPERATOR, "action": action, "entity": entity, "entity_id": entity_id,
            "field": field, "old_value": old, "new_value": new, "import_batch_id": None}  # fmt: skip
