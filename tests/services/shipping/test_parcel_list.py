"""The Shipments list read as ids first, rows on demand: every sort and filter agrees with sorting and
filtering the whole list by hand, on the demo campaign in mid-fulfilment."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from fulfiller.db.id_lists import id_list
from fulfiller.db.models import Order, Shipment
from fulfiller.domain.enums import ShipmentStatus
from fulfiller.services.database import open_db
from fulfiller.services.shipping.parcel_list import (
    ParcelColumn,
    ParcelFilter,
    ShipmentRow,
    fetch_parcel_rows,
    find_parcel_ids,
)


def list_shipments(session, campaign_id: int, **filters) -> list[ShipmentRow]:  # noqa: ANN001 - a Session
    """Every matching parcel's row, by order and parcel number: the whole list as the view would scroll it."""
    ids = find_parcel_ids(session, campaign_id, ParcelFilter(**filters))
    rows = fetch_parcel_rows(session, ids)
    return [rows[i] for i in ids]


ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")  # as SQLite's lower()

KEYS = {
    ParcelColumn.ORDER: lambda r: r.order_id,
    ParcelColumn.BACKER_NUMBER: lambda r: int(r.backer_number),
    ParcelColumn.NAME: lambda r: r.backer_name.translate(ASCII_LOWER),
    ParcelColumn.COUNTRY: lambda r: r.country_code,
    ParcelColumn.PARCEL: lambda r: r.sequence,
    ParcelColumn.STATUS: lambda r: r.status.value,
    ParcelColumn.SENT_TO: lambda r: r.handed_to,
    ParcelColumn.CARRIER: lambda r: r.carrier,
    ParcelColumn.TRACKING: lambda r: r.tracking_number,
}


@pytest.fixture
def rows(demo_db_path: Path):  # noqa: ANN201 - the session and every parcel's row
    database = open_db(demo_db_path)
    with database.reading() as session:
        yield session, list_shipments(session, 1)
    database.close()


def _by_hand(rows: list[ShipmentRow], column: ParcelColumn, descending: bool) -> list[int]:
    """Ties by order and parcel number, in the column's direction: descending is ascending reversed."""
    key = KEYS[column]
    ordered = sorted(rows, key=lambda r: (key(r), r.order_id, r.sequence), reverse=descending)
    return [r.id for r in ordered]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("column", list(ParcelColumn))
def test_every_column_sorts_as_the_rows_say(rows, column: ParcelColumn, descending: bool) -> None:
    session, everything = rows
    assert len(everything) > 100  # the demo in mid-fulfilment: many parcels, every status
    found = find_parcel_ids(session, 1, sort=column, descending=descending)
    assert found == _by_hand(everything, column, descending)
    assert found == find_parcel_ids(session, 1, sort=column, descending=not descending)[::-1]


def test_filters_agree_with_the_rows_and_pages_read_only_what_is_asked(rows) -> None:
    session, everything = rows
    by_id = {r.id: r for r in everything}
    carrier = next(r.carrier for r in everything if r.carrier)
    wave_id = session.scalar(select(Shipment.wave_id).where(Shipment.wave_id.is_not(None)))
    for flt, keep in (
        (ParcelFilter(status=ShipmentStatus.AT_LABEL_TOOL), lambda r: r.status is ShipmentStatus.AT_LABEL_TOOL),
        (ParcelFilter(carrier=carrier), lambda r: r.carrier == carrier),
        (ParcelFilter(wave_id=wave_id), None),
    ):
        found = find_parcel_ids(session, 1, flt, sort=ParcelColumn.NAME)
        assert found
        if keep is not None:
            assert set(found) == {r.id for r in everything if keep(r)}
        else:
            waves = dict(session.execute(select(Shipment.id, Shipment.wave_id)).all())
            assert {waves[i] for i in found} == {wave_id}
    page = found[:5] + [10**9]  # an id that is gone is simply absent
    assert fetch_parcel_rows(session, page) == {i: by_id[i] for i in found[:5]}
    assert find_parcel_ids(session, 2) == []


def test_id_lists_bind_their_parameters_as_the_orm_does(rows) -> None:
    session, everything = rows
    query = (
        select(Shipment.id)
        .join(Order, Order.id == Shipment.order_id)
        .where(Order.campaign_id == 1, Shipment.status == ShipmentStatus.DELIVERED, Shipment.carrier != "nobody")
        .order_by(Shipment.id.desc())
    )
    assert id_list(session, query) == list(session.scalars(query))
    assert id_list(session, query) == sorted((r.id for r in everything if r.status is ShipmentStatus.DELIVERED),
                                             reverse=True)  # fmt: skip


@pytest.mark.parametrize("column", list(ParcelColumn))
def test_each_campaign_lists_its_own_parcels_when_the_file_holds_two(two_campaigns, column: ParcelColumn) -> None:  # noqa: ANN001
    session = two_campaigns.session
    for campaign_id in two_campaigns.both:
        own = set(session.scalars(select(Shipment.id).join(Order).where(Order.campaign_id == campaign_id)))
        found = find_parcel_ids(session, campaign_id, sort=column)
        assert own and sorted(found) == sorted(own)
