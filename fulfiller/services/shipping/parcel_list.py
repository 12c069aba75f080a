"""The Shipments list: the ids of the parcels matching its filters in the chosen order, then the rows
of the few on screen, so a campaign of 250,000 parcels lists as fast as one of 2,000."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from fulfiller.db.id_lists import id_list
from fulfiller.db.models import Address, Backer, Order, Shipment, Warehouse
from fulfiller.db.planner import address_country
from fulfiller.domain.enums import ShipmentStatus
from fulfiller.domain.order_codes import order_code
from fulfiller.services.campaigns import only_campaign_with_orders


class ParcelColumn(StrEnum):
    """The columns of the list, in their order; each sorts by its own key."""

    ORDER = "order"
    BACKER_NUMBER = "backer_number"
    NAME = "name"
    COUNTRY = "country"
    PARCEL = "parcel"
    STATUS = "status"
    SENT_TO = "sent_to"
    CARRIER = "carrier"
    TRACKING = "tracking"


@dataclass(frozen=True)
class ParcelFilter:
    status: ShipmentStatus | None = None
    carrier: str | None = None
    warehouse_id: int | None = None
    wave_id: int | None = None


@dataclass(frozen=True)
class ShipmentRow:
    id: int
    order_id: int
    order_code: str
    backer_number: str
    backer_name: str
    country_code: str
    sequence: int
    status: ShipmentStatus
    carrier: str
    tracking_number: str
    warehouse_code: str
    shipped_at: datetime | None
    delivered_at: datetime | None
    is_reship: bool
    handed_to: str = ""  # the label tool or partner it was sent to


# Keys that need the backer or the address join only that table; the default order needs neither.
_SORT_KEYS: dict[ParcelColumn, ColumnElement[object]] = {
    ParcelColumn.ORDER: Shipment.order_id,
    ParcelColumn.BACKER_NUMBER: func.cast(Order.backer_number, Order.id.type),
    ParcelColumn.NAME: func.lower(Backer.name),
    ParcelColumn.COUNTRY: address_country.c.country_code,
    ParcelColumn.PARCEL: Shipment.sequence,
    ParcelColumn.STATUS: Shipment.status,
    ParcelColumn.SENT_TO: Shipment.handed_to,
    ParcelColumn.CARRIER: Shipment.carrier,
    ParcelColumn.TRACKING: Shipment.tracking_number,
}


def _matching(query: Select, campaign_id: int, flt: ParcelFilter, *, alone: bool = False, join: bool = True) -> Select:
    """`alone`: the file holds this campaign only, so no parcel need be checked against its order's
    campaign; `join`: the order is read all the same (the sort needs it)."""
    if not alone:
        query = query.join(Order, Order.id == Shipment.order_id).where(Order.campaign_id == campaign_id)
    elif join:
        query = query.join(Order, Order.id == Shipment.order_id)
    if flt.status is not None:
        query = query.where(Shipment.status == flt.status)
    if flt.carrier is not None:
        query = query.where(Shipment.carrier == flt.carrier)
    if flt.warehouse_id is not None:
        query = query.where(Shipment.warehouse_id == flt.warehouse_id)
    if flt.wave_id is not None:
        query = query.where(Shipment.wave_id == flt.wave_id)
    return query


# The sorts that read the order or its backer; the country comes from the address index by order id.
_READ_THE_ORDER = {ParcelColumn.BACKER_NUMBER, ParcelColumn.NAME}


def find_parcel_ids(
    session: Session,
    campaign_id: int,
    flt: ParcelFilter = ParcelFilter(),
    *,
    sort: ParcelColumn = ParcelColumn.ORDER,
    descending: bool = False,
) -> list[int]:
    """The ids of the matching parcels, sorted by `sort` (then by order and parcel number)."""
    key = _SORT_KEYS[sort]
    # Read alone, the parcels come in the order of their (order, parcel number) index: no sort at all.
    alone = only_campaign_with_orders(session, campaign_id)
    query = _matching(select(Shipment.id), campaign_id, flt, alone=alone, join=sort in _READ_THE_ORDER)
    if sort is ParcelColumn.NAME:
        query = query.join(Backer, Backer.id == Order.backer_id)
    elif sort is ParcelColumn.COUNTRY:
        query = query.outerjoin(address_country, address_country.c.order_id == Shipment.order_id)
    keys = [Shipment.order_id, Shipment.sequence]
    if sort is not ParcelColumn.ORDER:
        keys.insert(0, key)
    # Descending is exactly ascending reversed (ties too), so a list can turn round without a query.
    if descending:
        keys = [column.desc() for column in keys]
    return id_list(session, query.order_by(*keys))


def fetch_parcel_rows(session: Session, shipment_ids: Sequence[int]) -> dict[int, ShipmentRow]:
    """The display rows of these parcels (missing ids are simply absent)."""
    if not shipment_ids:
        return {}
    query = (
        select(
            Shipment.id, Shipment.order_id, Order.backer_number, Backer.name, Address.country_code,
            Shipment.sequence, Shipment.status, Shipment.carrier, Shipment.tracking_number, Warehouse.code,
            Shipment.shipped_at, Shipment.delivered_at, Shipment.replaces_shipment_id, Shipment.handed_to,
        )
        .join(Order, Order.id == Shipment.order_id)
        .join(Backer, Backer.id == Order.backer_id)
        .outerjoin(Address, Address.order_id == Order.id)
        .outerjoin(Warehouse, Warehouse.id == Shipment.warehouse_id)
        .where(Shipment.id.in_(list(shipment_ids)))
    )  # fmt: skip
    return {row[0]: _row(row) for row in session.execute(query)}


def _row(row: Sequence[object]) -> ShipmentRow:
    (shipment_id, order_id, number, name, country, sequence, status, carrier, tracking, warehouse, shipped,
     delivered, replaces, handed_to) = row  # fmt: skip
    return ShipmentRow(
        shipment_id, order_id, order_code(order_id), number, name, country or "", sequence, status,  # type: ignore[arg-type]
        carrier, tracking, warehouse or "", shipped, delivered, replaces is not None, handed_to,  # type: ignore[arg-type]
    )  # fmt: skip
