"""The demo's parcels: how far each got, its lines, the stock it took off the shelf, and its status history."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from itertools import accumulate

from fulfiller.db.models import Shipment, ShipmentLine, ShipmentStatusChange
from fulfiller.demo.catalogue import ITEMS, Catalogue
from fulfiller.demo.places import CountrySample
from fulfiller.demo.rows import ChunkRows, Ids, Row
from fulfiller.demo.tracking import carrier_for
from fulfiller.demo.warehousing import DEMO_OPERATOR, movement_row
from fulfiller.domain.enums import MovementKind, ShipmentStatus

SHIPMENT_RATE = 0.30  # share of paid orders that already have a parcel
SHIPPING_STARTS = datetime(2025, 9, 8, 8, 0)
PACKAGING_G = 350

# Final status of a demo parcel, weighted, and the steps that led there.
SHIPMENT_OUTCOMES: tuple[tuple[ShipmentStatus, float], ...] = (
    (ShipmentStatus.PENDING, 18),
    (ShipmentStatus.READY, 14),
    (ShipmentStatus.PACKED, 12),
    (ShipmentStatus.SHIPPED, 28),
    (ShipmentStatus.DELIVERED, 20),
    (ShipmentStatus.ON_HOLD, 3),
    (ShipmentStatus.ADDRESS_PROBLEM, 2),
    (ShipmentStatus.LOST, 1),
    (ShipmentStatus.DAMAGED, 2),
)
_S = ShipmentStatus
_TO_SHIPPED = (_S.PENDING, _S.READY, _S.PACKED, _S.SHIPPED)
STATUS_PATHS: dict[ShipmentStatus, tuple[ShipmentStatus, ...]] = {
    _S.PENDING: (_S.PENDING,),
    _S.READY: (_S.PENDING, _S.READY),
    _S.PACKED: (_S.PENDING, _S.READY, _S.PACKED),
    _S.SHIPPED: _TO_SHIPPED,
    _S.DELIVERED: (*_TO_SHIPPED, _S.DELIVERED),
    _S.ON_HOLD: (_S.PENDING, _S.ON_HOLD),
    _S.ADDRESS_PROBLEM: (_S.PENDING, _S.ADDRESS_PROBLEM),
    _S.LOST: (*_TO_SHIPPED, _S.LOST),
    _S.DAMAGED: (*_TO_SHIPPED, _S.DELIVERED, _S.DAMAGED),
}
# Hours from the previous step to this one (lowest, highest).
STEP_HOURS: dict[ShipmentStatus, tuple[float, float]] = {
    _S.READY: (4, 30),
    _S.PACKED: (2, 48),
    _S.SHIPPED: (2, 30),
    _S.DELIVERED: (48, 500),
    _S.ON_HOLD: (1, 48),
    _S.ADDRESS_PROBLEM: (1, 48),
    _S.LOST: (720, 1080),
    _S.DAMAGED: (12, 96),
}


class Shipments:
    """Gives some paid orders a parcel somewhere between waiting to be packed and delivered (or lost)."""

    def __init__(self, rng: random.Random, ids: Ids, catalogue: Catalogue) -> None:
        self.rng = rng
        self.ids = ids
        self._statuses = [status for status, _ in SHIPMENT_OUTCOMES]
        self._outcome_weights = list(accumulate(weight for _, weight in SHIPMENT_OUTCOMES))
        self._item_weights = {catalogue.item_ids[s.sku]: s.weight_g for s in ITEMS}
        self._stock_items = catalogue.stock_item_ids()

    def maybe_add(
        self,
        order: Row,
        country: CountrySample,
        warehouse_code: str,
        kit: dict[int, int],
        blocked: bool,
        rows: ChunkRows,
    ) -> None:
        """A parcel for about three paid orders in ten; one whose address has an error is held there."""
        if self.rng.random() >= SHIPMENT_RATE:
            return
        outcome = _S.ADDRESS_PROBLEM if blocked else self._outcome()
        path = STATUS_PATHS[outcome]
        reached = dict(zip(path, self._step_times(path), strict=True))
        shipment_id = self.ids.take(Shipment)
        packed_at = reached.get(_S.PACKED)
        carrier = service = tracking = ""
        if _S.SHIPPED in reached:
            carrier, service, tracking = carrier_for(warehouse_code, country.code, shipment_id)
        rows.shipments.append(
            {
                "id": shipment_id,
                "order_id": order["id"],
                "sequence": 1,
                "warehouse_id": order["warehouse_id"],
                "status": outcome,
                "carrier": carrier,
                "service": service,
                "tracking_number": tracking,
                "weight_g": self._parcel_weight(kit) if packed_at else None,
                "shipped_at": reached.get(_S.SHIPPED),
                "delivered_at": reached.get(_S.DELIVERED),
                "replaces_shipment_id": None,
                "note": "",
                "created_at": reached[_S.PENDING],
            }
        )
        self._add_lines(shipment_id, order["warehouse_id"], kit, packed_at, rows)
        self._add_history(shipment_id, reached, rows)

    def _outcome(self) -> ShipmentStatus:
        return self.rng.choices(self._statuses, cum_weights=self._outcome_weights)[0]

    def _step_times(self, path: tuple[ShipmentStatus, ...]) -> list[datetime]:
        at = SHIPPING_STARTS + timedelta(hours=self.rng.uniform(0, 40 * 24))
        times = [at.replace(microsecond=0)]
        for status in path[1:]:
            at += timedelta(hours=self.rng.uniform(*STEP_HOURS[status]))
            times.append(at.replace(microsecond=0))
        return times

    def _parcel_weight(self, kit: dict[int, int]) -> int:
        return PACKAGING_G + sum(self._item_weights[item_id] * quantity for item_id, quantity in kit.items())

    def _add_lines(
        self, shipment_id: int, warehouse_id: int, kit: dict[int, int], packed_at: datetime | None, rows: ChunkRows
    ) -> None:
        """One line per kit item; a packed parcel has taken its stock items off the shelf."""
        for item_id, quantity in kit.items():
            rows.shipment_lines.append(
                {
                    "id": self.ids.take(ShipmentLine),
                    "shipment_id": shipment_id,
                    "item_id": item_id,
                    "quantity": quantity,
                    "packed_quantity": quantity if packed_at else 0,
                }
            )
            if packed_at and item_id in self._stock_items:
                movement = movement_row(
                    warehouse_id, item_id, MovementKind.PACKED, -quantity, packed_at, shipment_id=shipment_id
                )
                rows.movements.append(movement)

    def _add_history(self, shipment_id: int, reached: dict[ShipmentStatus, datetime], rows: ChunkRows) -> None:
        previous: ShipmentStatus | None = None
        for status, at in reached.items():
            rows.history.append(
                {
                    "id": self.ids.take(ShipmentStatusChange),
                    "shipment_id": shipment_id,
                    "old_status": previous,
                    "new_status": status,
                    "operator": DEMO_OPERATOR,
                    "at": at,
                    "note": "",
                }
            )
            previous = status
