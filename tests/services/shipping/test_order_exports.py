from pathlib import Path

import pytest
from sqlalchemy import func, select

from fulfiller.db.models import AuditEntry, PartnerExport, PartnerExportOrder
from fulfiller.domain.errors import UserError
from fulfiller.importers.text_files import read_tables
from fulfiller.services.database import open_db
from fulfiller.services.shipping.order_exports import export_orders, list_partner_exports


def test_each_export_is_recorded_and_an_order_is_not_sent_twice(demo_db_path: Path, tmp_path: Path) -> None:
    db = open_db(demo_db_path)
    first_file = tmp_path / "factory.xlsx"
    with db.transaction() as session:
        first = export_orders(session, 1, "partner-lines", first_file, partner="Factory", operator="tester",
                              warehouse="EU")  # fmt: skip
    assert first.orders > 0 and first.rows >= first.orders and first.skipped_already_sent == 0
    table = read_tables(first_file)[0]
    assert len({row[0] for row in table.rows}) == first.orders

    with db.transaction() as session:
        second = export_orders(session, 1, "shipstation", tmp_path / "ss.csv", operator="tester")
    assert second.skipped_already_sent == first.orders

    with db.transaction() as session:
        again = export_orders(session, 1, "usps", tmp_path / "usps.csv", include_already_sent=True)
    assert again.orders == first.orders + second.orders and again.skipped_already_sent == 0

    with db.reading() as session:
        exports = list_partner_exports(session, 1)
        assert [(e.partner, e.format, e.order_count) for e in exports] == [
            ("Factory", "partner-lines", first.orders),
            ("shipstation", "shipstation", second.orders),
            ("usps", "usps", again.orders),
        ]
        assert session.scalar(select(func.count()).select_from(PartnerExportOrder)) == 2 * again.orders
        assert session.scalar(select(func.count()).where(AuditEntry.entity == "partner_export")) == 3
    db.close()


def test_nothing_left_to_send_is_an_error_and_records_nothing(demo_db_path: Path, tmp_path: Path) -> None:
    db = open_db(demo_db_path)
    with db.transaction() as session:
        export_orders(session, 1, "pirateship", tmp_path / "all.csv")
    out = tmp_path / "again.csv"
    with pytest.raises(UserError, match="No orders to export"), db.transaction() as session:
        export_orders(session, 1, "pirateship", out)
    assert not out.exists()
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(PartnerExport)) == 1
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
