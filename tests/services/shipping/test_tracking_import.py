from pathlib import Path

import pytest
from sqlalchemy import select, update

from fulfiller.db.models import Order, Shipment, ShipmentStatusChange, StockMovement
from fulfiller.demo.tracking import s10_tracking_number
from fulfiller.domain.enums import PledgeStatus, ShipmentStatus
from fulfiller.importers.tables import ImportFileError
from fulfiller.services.database import Database, open_db
from fulfiller.services.shipping.tracking_import import import_tracking

S = ShipmentStatus


def _order_with(db: Database, status: ShipmentStatus, *, skip: int = 0, tracked: bool = False) -> tuple[str, str]:
    """(platform order id, e-mail) of a collected, unmerged order whose one parcel has this status."""
    with db.reading() as session:
        rows = session.execute(
            select(Order.platform_order_id, Shipment.tracking_number, Order.id)
            .join(Shipment, Shipment.order_id == Order.id)
            .where(Shipment.status == status, Order.status == PledgeStatus.COLLECTED, Order.merged_into_id.is_(None))
            .order_by(Order.id)
        ).all()
        picked = [r for r in rows if bool(r[1]) == tracked][skip]
        order = session.get(Order, picked[2])
        assert order is not None
        return picked[0], order.backer.email


def _csv(path: Path, rows: list[tuple[str, ...]], header: str = "Order #,Email,Carrier,Tracking Number") -> Path:
    path.write_text(header + "\n" + "\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def db(demo_db_path: Path) -> Database:
    database = open_db(demo_db_path)
    yield database  # type: ignore[misc]
    database.close()


def test_rows_are_matched_listed_and_applied(db: Database, tmp_path: Path) -> None:
    ready, _ = _order_with(db, S.READY)
    packed, packed_email = _order_with(db, S.PACKED)
    pending, _ = _order_with(db, S.PENDING)
    shipped, _ = _order_with(db, S.SHIPPED, tracked=True)
    with db.reading() as session:
        shipped_number = session.scalar(
            select(Shipment.tracking_number).join(Order).where(Order.platform_order_id == shipped)
        )
    n1, n2, n3, n4, n5 = (s10_tracking_number("LX", 900 + i, "CN") for i in range(5))
    path = _csv(
        tmp_path / "back.csv",
        [
            (ready, "", "UPS", n1),  # row 2: ready -> shipped
            ("", packed_email, "", n2),  # row 3: by e-mail; carrier detected
            (ready, "", "UPS", n1),  # row 4: duplicate of row 2
            ("NOPE-1", "", "", n3),  # row 5: unknown order
            (pending, "", "", n4),  # row 6: not packed yet
            (shipped, "", "", n5),  # row 7: already has another number
            (shipped, "", "", shipped_number or ""),  # row 8: already there
            (packed, "", "", "9.25082E+11"),  # row 9: Excel-mangled
        ],
    )
    with db.transaction() as session:
        result = import_tracking(session, 1, path, operator="tester")
    assert [o.row for o in result.matched] == [2, 3]
    assert [o.row for o in result.duplicates] == [4]
    assert [o.row for o in result.unmatched] == [5, 9]
    assert "scientific notation" in result.unmatched[1].reason
    assert [o.row for o in result.conflicts] == [6, 7]
    assert "not been packed" in result.conflicts[0].reason
    assert "already has tracking number" in result.conflicts[1].reason
    assert [o.row for o in result.unchanged] == [8]
    assert result.rows == 8 and result.applied

    with db.reading() as session:
        for ref, number, carrier in ((ready, n1, "UPS"), (packed, n2, "China Post")):
            shipment = session.scalars(select(Shipment).join(Order).where(Order.platform_order_id == ref)).one()
            assert (shipment.status, shipment.tracking_number, shipment.carrier) == (S.SHIPPED, number, carrier)
            assert shipment.shipped_at is not None
        steps = session.scalars(
            select(ShipmentStatusChange.new_status)
            .join(Shipment)
            .join(Order)
            .where(Order.platform_order_id == ready, ShipmentStatusChange.note.like("tracking import%"))
            .order_by(ShipmentStatusChange.id)
        ).all()
        assert steps == [S.PACKED, S.SHIPPED]
        # Packing on the way took the goods off the shelf.
        assert session.scalar(
            select(StockMovement.id).join(Shipment).join(Order).where(Order.platform_order_id == ready).limit(1)
        )


def test_a_ready_parcel_without_a_warehouse_is_a_conflict(db: Database, tmp_path: Path) -> None:
    ready, _ = _order_with(db, S.READY)
    with db.transaction() as session:
        order_id = session.scalar(select(Order.id).where(Order.platform_order_id == ready))
        session.execute(update(Order).where(Order.id == order_id).values(warehouse_id=None))
        session.execute(update(Shipment).where(Shipment.order_id == order_id).values(warehouse_id=None))
    path = _csv(tmp_path / "t.csv", [(ready, "", "", s10_tracking_number("LX", 980, "CN"))])
    with db.transaction() as session:
        result = import_tracking(session, 1, path)
    assert result.matched == [] and "no warehouse" in result.conflicts[0].reason


def test_two_numbers_for_one_parcel_and_one_number_for_two_orders_are_conflicts(db: Database, tmp_path: Path) -> None:
    first, _ = _order_with(db, S.READY)
    second, _ = _order_with(db, S.READY, skip=1)
    third, _ = _order_with(db, S.PACKED)
    a, b, c = (s10_tracking_number("LX", 950 + i, "CN") for i in range(3))
    path = _csv(tmp_path / "t.csv", [(first, "", "", a), (first, "", "", b), (second, "", "", c), (third, "", "", c)])
    with db.transaction() as session:
        result = import_tracking(session, 1, path)
    assert result.matched == []
    assert [o.row for o in result.conflicts] == [2, 3, 4, 5]
    assert "2 different tracking numbers" in result.conflicts[0].reason
    assert "also belongs to 1 other order" in result.conflicts[2].reason


def test_a_dry_run_changes_nothing(db: Database, tmp_path: Path) -> None:
    ready, _ = _order_with(db, S.READY)
    path = _csv(tmp_path / "t.csv", [(ready, "", "", s10_tracking_number("LX", 990, "CN"))])
    with db.transaction() as session:
        result = import_tracking(session, 1, path, dry_run=True)
    assert len(result.matched) == 1 and not result.applied
    with db.reading() as session:
        status = session.scalar(select(Shipment.status).join(Order).where(Order.platform_order_id == ready))
    assert status is S.READY


def test_an_unreadable_file_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Name,Phone\nAda,1\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="no tracking number column"), db.transaction() as session:
        import_tracking(session, 1, path)
