"""The demo's clock: what a service writes is dated on the campaign's own timeline, not today.

The services stamp what they write with the present moment. The demo calls them as the team did, weeks
apart, so each call runs inside `happened_at(session, moment)`: afterwards every row the call added to an
append-only ledger (the audit log, a parcel's status history, the stock movements) and every time it
stamped on a record is set to that moment. Everything else the service wrote stays exactly as written.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import DateTime, Table, case, func, or_, select, update
from sqlalchemy.orm import Session

from fulfiller.db.models import (
    AuditEntry,
    PartnerTrackingColumns,
    ReplacementRequest,
    Shipment,
    ShipmentStatusChange,
    StockMovement,
    Wave,
)
from fulfiller.db.models.aftersales import CarrierClaim
from fulfiller.domain.clock import utcnow

# Rows only ever added: those after the highest id before the call are the call's.
_LEDGERS: tuple[tuple[Table, str], ...] = (
    (AuditEntry.__table__, "at"),  # type: ignore[arg-type]
    (ShipmentStatusChange.__table__, "at"),  # type: ignore[arg-type]
    (StockMovement.__table__, "at"),  # type: ignore[arg-type]
)
# Records whose times a service stamps (created, decided, shipped, updated ...).
_RECORDS: tuple[Table, ...] = tuple(
    model.__table__  # type: ignore[misc]
    for model in (Wave, Shipment, ReplacementRequest, CarrierClaim, PartnerTrackingColumns)
)


@contextmanager
def happened_at(session: Session, moment: datetime) -> Iterator[None]:
    """Run the block's service calls as if at `moment` (naive UTC, like every time the program stores)."""
    marks = {table.name: session.scalar(select(func.coalesce(func.max(table.c.id), 0))) for table, _ in _LEDGERS}
    started = utcnow()
    yield
    session.flush()
    for table, column in _LEDGERS:
        session.execute(update(table).where(table.c.id > marks[table.name]).values({column: moment}))
    for table in _RECORDS:
        stamped = [c for c in table.columns if isinstance(c.type, DateTime)]
        # Every time column is set (to itself when older), so none takes its on-update default of now.
        values = {c.name: case((c >= started, moment), else_=c) for c in stamped}
        session.execute(update(table).where(or_(*(c >= started for c in stamped))).values(values))
    session.expire_all()  # the objects the services hold read the moments back
