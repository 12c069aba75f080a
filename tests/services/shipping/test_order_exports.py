from pathlib import Path

import pytest
from sqlalchemy import func, select

from fulfiller.db.models import AuditEntry, PartnerExport, PartnerExportOrder, Shipment
from fulfiller.domain.errors import UserError
from fulfiller.domain.shipment_status import HANDED_OUT
from fulfiller.importers.text_files import read_tables
from fulfiller.services.database import Database, open_db
from fulfiller.services.shipping.order_exports import export_orders, list_partner_exports


def _sent_before(db: Database) -> tuple[list[tuple[str, str, int]], int, int]:
    """The demo's own exports (its waves at the partner and at ShipStation), their order rows, and the parcels
    still out there."""
    with db.reading() as session:
        exports = [(e.partner, e.format, e.order_count) for e in list_partner_exports(session, 1)]
        rows = session.scalar(select(func.count()).select_from(PartnerExportOrder)) or 0
        out = session.scalar(select(func.count()).where(Shipment.status.in_(HANDED_OUT))) or 0
    return exports, rows, out


def test_each_export_is_recorded_and_an_order_is_not_sent_twice(demo_db_path: Path, tmp_path: Path) -> None:
    db = open_db(demo_db_path)
    demo_exports, demo_rows, demo_out = _sent_before(db)
    first_file = tmp_path / "factory.xlsx"
    with db.transaction() as session:
        first = export_orders(session, 1, "partner-lines", first_file, partner="Factory", operator="tester",
                              warehouse="EU")  # fmt: skip
    assert first.orders > 0 and first.rows >= first.orders and first.skipped_already_sent == 0
    table = read_tables(first_file)[0]
    assert len({row[0] for row in table.rows}) == first.orders

    with db.transaction() as session:
        second = export_orders(session, 1, "shipstation", tmp_path / "ss.csv", operator="tester")
    assert second.skipped_already_sent == first.orders + demo_out

    with db.transaction() as session:
        again = export_orders(session, 1, "usps", tmp_path / "usps.csv", include_already_sent=True)
    assert again.orders == first.orders + second.orders + demo_out and again.skipped_already_sent == 0

    with db.reading() as session:
        exports = list_partner_exports(session, 1)
        assert [(e.partner, e.format, e.order_count) for e in exports] == [
            *demo_exports,
            ("Factory", "partner-lines", first.orders),
            ("shipstation", "shipstation", second.orders),
            ("usps", "usps", again.orders),
        ]
        assert session.scalar(select(func.count()).select_from(PartnerExportOrder)) == (
            demo_rows + first.orders + second.orders + again.orders
        )
        assert session.scalar(select(func.count()).where(AuditEntry.entity == "partner_export")) == 3 + len(
            demo_exports
        )
    db.close()


def test_nothing_left_to_send_is_an_error_and_records_nothing(demo_db_path: Path, tmp_path: Path) -> None:
    db = open_db(demo_db_path)
    demo_exports, _, _ = _sent_before(db)
    with db.transaction() as session:
        export_orders(session, 1, "pirateship", tmp_path / "all.csv")
    out = tmp_path / "again.csv"
    with pytest.raises(UserError, match="No orders to export"), db.transaction() as session:
        export_orders(session, 1, "pirateship", out)
    assert not out.exists()
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(PartnerExport)) == 1 + len(demo_exports)
    db.close()


@pytest.mark.parametrize(
    ("fmt", "out", "options", "message"),
    [
        ("fedex", "x.csv", {}, "Unknown order export format"),
        ("usps", "x.pdf", {}, "exports are written as .csv or .xlsx"),
        ("usps", "x.csv", {"warehouse": "XX"}, "No warehouse 'XX'"),
    ],
)
def test_bad_requests_write_nothing(
    demo_db_path: Path, tmp_path: Path, fmt: str, out: str, options: dict[str, str], message: str
) -> None:
    db = open_db(demo_db_path)
    with pytest.raises(UserError, match=message), db.transaction() as session:
        export_orders(session, 1, fmt, tmp_path / out, **options)  # type: ignore[arg-type]
    assert list(tmp_path.glob("x.*")) == []
    db.close()
