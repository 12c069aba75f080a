"""Each order's packed flag, kept by the database's triggers on the parcels (migration 0011): it must
say what checking the order's parcels says, whatever writes them."""

from __future__ import annotations

import importlib
from collections.abc import Iterator

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from fulfiller.db.models import Backer, Campaign, Order, Shipment
from fulfiller.domain.enums import ShipmentStatus as S
from fulfiller.domain.shipment_status import PACKED_OR_FURTHER


@pytest.fixture
def session(db) -> Iterator[Session]:  # noqa: ANN001
    with db.transaction() as session:
        yield session


def _orders(session: Session, n: int) -> list[int]:
    campaign = Campaign(name="Lamp")
    session.add(campaign)
    session.flush()
    orders = [
        Order(campaign_id=campaign.id, backer=Backer(campaign_id=campaign.id), platform_order_id=str(i))
        for i in range(n)
    ]
    session.add_all(orders)
    session.flush()
    return [o.id for o in orders]


def _packed(session: Session, order_id: int) -> bool:
    return session.scalar(select(Order.packed).where(Order.id == order_id).execution_options(populate_existing=True))


def test_the_migration_knows_the_statuses_of_today() -> None:
    migration = importlib.import_module("fulfiller.db.migrations.versions.0011_packed_orders")
    assert set(migration.PACKED_OR_FURTHER) == {s.value for s in PACKED_OR_FURTHER}


def test_a_parcel_of_its_own_packed_or_further_marks_its_order(session: Session) -> None:
    first, second = _orders(session, 2)
    parcel = Shipment(order_id=first, sequence=1, status=S.READY)
    session.add(parcel)
    session.flush()
    assert not _packed(session, first)

    session.execute(update(Shipment).where(Shipment.id == parcel.id).values(status=S.PACKED))
    assert _packed(session, first)
    session.execute(update(Shipment).where(Shipment.id == parcel.id).values(status=S.DELIVERED))
    assert _packed(session, first)

    session.execute(update(Shipment).where(Shipment.id == parcel.id).values(order_id=second))
    assert not _packed(session, first) and _packed(session, second)

    session.execute(delete(Shipment).where(Shipment.id == parcel.id))
    assert not _packed(session, second)


def test_a_reship_alone_does_not_mark_the_order(session: Session) -> None:
    (order,) = _orders(session, 1)
    original = Shipment(order_id=order, sequence=1, status=S.READY)
    session.add(original)
    session.flush()
    session.add(Shipment(order_id=order, sequence=2, status=S.SHIPPED, replaces_shipment_id=original.id))
    session.flush()
    assert not _packed(session, order)


def test_one_packed_parcel_of_several_is_enough(session: Session) -> None:
    (order,) = _orders(session, 1)
    session.add_all([Shipment(order_id=order, sequence=1, status=S.PACKED), Shipment(order_id=order, sequence=2)])
    session.flush()
    assert _packed(session, order)


def test_the_flag_agrees_with_the_parcels_on_the_demo_in_mid_fulfilment(demo_db_path) -> None:  # noqa: ANN001
    from fulfiller.services.database import open_db

    database = open_db(demo_db_path)
    with database.reading() as session:
        flagged = set(session.scalars(select(Order.id).where(Order.packed)))
        by_parcels = set(
            session.scalars(
                select(Shipment.order_id).where(
                    Shipment.status.in_(PACKED_OR_FURTHER), Shipment.replaces_shipment_id.is_(None)
                )
            )
        )
    database.close()
    assert len(flagged) > 10 and flagged == by_parcels
