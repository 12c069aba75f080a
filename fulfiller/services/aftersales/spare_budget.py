"""The spare budget per stock item and warehouse: spares planned, used and left, the loss/damage rate
so far against the rate the plan assumed, and a warning when the spares will run out at that rate.

- total units = units still to ship (demand) + units already packed in original parcels;
- planned = the spare percentage (shelf's, else item's, else campaign's) of the total units;
- used = units reshipped + units written off as damaged in transit (a write-off linked to a parcel);
- committed = units of approved requests whose reship is not packed yet;
- loss rate = used / units packed so far; projected need = that rate × units still to ship + committed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import Item, Order, Shipment, StockMovement, Warehouse
from fulfiller.db.models.aftersales import ReplacementLine, ReplacementRequest
from fulfiller.domain.aftersales import SpareBudget
from fulfiller.domain.enums import MovementKind, ReplacementState
from fulfiller.domain.messages import Message, message
from fulfiller.domain.shipment_status import PACKED_OR_FURTHER
from fulfiller.services.planning.demand import compute_demand

Place = tuple[int, int]  # (warehouse id, item id)


@dataclass(frozen=True)
class SpareRow:
    warehouse_id: int
    warehouse_code: str
    item_id: int
    sku: str
    name: str
    budget: SpareBudget
    reshipped: int
    written_off_in_transit: int

    @property
    def label(self) -> Message:
        return message("spares.shelf", "{sku} at {warehouse}", sku=self.sku, warehouse=self.warehouse_code)

    @property
    def warning(self) -> str | None:
        return self.budget.warning(self.label)

    @property
    def note(self) -> Message | None:
        """The warning as the window words it."""
        return self.budget.note(self.label)

    def as_dict(self) -> dict[str, Any]:
        b = self.budget
        return {
            "warehouse": self.warehouse_code,
            "sku": self.sku,
            "name": self.name,
            "spare_percent": str(b.spare_percent),
            "total_units": b.total_units,
            "shipped_units": b.shipped_units,
            "to_ship": b.to_ship,
            "planned": b.planned,
            "reshipped": self.reshipped,
            "written_off_in_transit": self.written_off_in_transit,
            "used": b.used,
            "left": b.left,
            "committed": b.committed,
            "loss_rate": str(b.loss_rate) if b.loss_rate is not None else None,
            "planned_rate": str(b.planned_rate),
            "projected_need": b.projected_need,
            "runs_out": b.runs_out,
            "warning": self.warning,
        }


def _out_units(session: Session, campaign_id: int) -> tuple[dict[Place, int], dict[Place, int], dict[Place, int]]:
    """Units packed in original parcels, reshipped, and written off against a parcel, per shelf."""
    packed: dict[Place, int] = defaultdict(int)
    reshipped: dict[Place, int] = defaultdict(int)
    written_off: dict[Place, int] = defaultdict(int)
    query = (
        select(StockMovement.warehouse_id, StockMovement.item_id, StockMovement.kind, func.sum(StockMovement.quantity))
        .where(
            StockMovement.warehouse_id.in_(select(Warehouse.id).where(Warehouse.campaign_id == campaign_id)),
            StockMovement.kind.in_([MovementKind.PACKED, MovementKind.RESHIPPED, MovementKind.WRITTEN_OFF]),
            (StockMovement.kind != MovementKind.WRITTEN_OFF) | StockMovement.shipment_id.is_not(None),
        )
        .group_by(StockMovement.warehouse_id, StockMovement.item_id, StockMovement.kind)
    )
    target = {MovementKind.PACKED: packed, MovementKind.RESHIPPED: reshipped, MovementKind.WRITTEN_OFF: written_off}
    for warehouse_id, item_id, kind, total in session.execute(query):
        target[MovementKind(kind)][(warehouse_id, item_id)] += -int(total or 0)
    return packed, reshipped, written_off


def _committed(session: Session, campaign_id: int) -> dict[Place, int]:
    """Units of approved requests still waiting for their reship to be packed."""
    reship_packed = (
        select(Shipment.id)
        .where(Shipment.id == ReplacementRequest.reship_shipment_id, Shipment.status.in_(PACKED_OR_FURTHER))
        .exists()
    )
    committed: dict[Place, int] = defaultdict(int)
    for warehouse_id, item_id, units in session.execute(
        select(ReplacementRequest.warehouse_id, ReplacementLine.item_id, func.sum(ReplacementLine.quantity))
        .join(ReplacementRequest, ReplacementRequest.id == ReplacementLine.request_id)
        .join(Order, Order.id == ReplacementRequest.order_id)
        .join(Item, Item.id == ReplacementLine.item_id)
        .where(
            Order.campaign_id == campaign_id,
            Item.is_stock,
            ReplacementRequest.state == ReplacementState.APPROVED,
            ReplacementRequest.warehouse_id.is_not(None),
            ~reship_packed,
        )
        .group_by(ReplacementRequest.warehouse_id, ReplacementLine.item_id)
    ):
        committed[(warehouse_id, item_id)] += int(units or 0)
    return committed


def spare_budget(session: Session, campaign_id: int) -> list[SpareRow]:
    """One row per warehouse and stock item with units to ship, shipped or replaced; by warehouse and SKU."""
    packed, reshipped, written_off = _out_units(session, campaign_id)
    committed = _committed(session, campaign_id)
    rows = []
    for d in compute_demand(session, campaign_id):
        if d.warehouse_id is None:
            continue
        place = (d.warehouse_id, d.item_id)
        shipped = packed.get(place, 0)
        if not (d.demand or shipped or reshipped.get(place) or committed.get(place)):
            continue
        budget = SpareBudget(
            total_units=d.demand + shipped,
            shipped_units=shipped,
            used=reshipped.get(place, 0) + written_off.get(place, 0),
            spare_percent=Decimal(d.spare_percent),
            committed=committed.get(place, 0),
        )
        rows.append(
            SpareRow(
                warehouse_id=d.warehouse_id,
                warehouse_code=d.warehouse,
                item_id=d.item_id,
                sku=d.sku,
                name=d.name,
                budget=budget,
                reshipped=reshipped.get(place, 0),
                written_off_in_transit=written_off.get(place, 0),
            )
        )
    return rows


def spare_warnings(rows: list[SpareRow]) -> list[str]:
    """One sentence per shelf whose spares will run out at the current rate."""
    return [w for w in (row.warning for row in rows) if w]
