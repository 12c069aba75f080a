"""Tracking export to the platforms, and the round trip: orders out to a partner, tracking back, tracking up."""

from pathlib import Path

import pytest
from sqlalchemy import select, update

from fulfiller.db.models import Backer, Order, Shipment
from fulfiller.demo.tracking import s10_tracking_number
from fulfiller.domain.enums import ShipmentStatus
from fulfiller.domain.errors import UserError
from fulfiller.exporters.spreadsheet import write_table
from fulfiller.importers.text_files import read_tables
from fulfiller.services.database import Database, open_db
from fulfiller.services.shipping.order_exports import export_orders
from fulfiller.services.shipping.tracking_export import export_tracking
from fulfiller.services.shipping.tracking_import import import_tracking


@pytest.fixture
def db(demo_db_path: Path) -> Database:
    database = open_db(demo_db_path)
    yield database  # type: ignore[misc]
    database.close()


def _rows(path: Path) -> list[dict[str, str]]:
    table = read_tables(path)[0]
    return [dict(zip(table.headers, row, strict=False)) for row in table.rows]


def _tracked_refs(db: Database) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    with db.reading() as session:
        for ref, number in session.execute(
            select(Order.platform_order_id, Shipment.tracking_number)
            .join(Shipment, Shipment.order_id == Order.id)
            .where(Shipment.tracking_number != "", Order.status == "collected")
        ):
            found.setdefault(ref, []).append(number)
    return found


def test_backerkit_and_pledgebox_leave_out_orders_without_tracking(db: Database, tmp_path: Path) -> None:
    tracked = _tracked_refs(db)
    with db.reading() as session:
        summary = export_tracking(session, 1, "backerkit", tmp_path / "bk.csv")
    rows = _rows(tmp_path / "bk.csv")
    assert list(rows[0]) == ["Backer ID", "Email", "Tracking Number", "Carrier", "Tracking URL"]
    assert all(r["Tracking Number"] for r in rows) and summary.untracked_left_out > 0
    assert {r["Backer ID"] for r in rows} <= set(tracked) and len(rows) == sum(map(len, tracked.values()))
    assert all(r["Tracking URL"].startswith("https://") for r in rows)

    with db.reading() as session:
        everyone = export_tracking(session, 1, "pledgebox", tmp_path / "pb.xlsx", include_untracked=True)
    rows = _rows(tmp_path / "pb.xlsx")
    assert list(rows[0]) == ["PBID", "Courier Code", "Tracking Code", "Partial Shipped"]
    assert everyone.untracked_included == summary.untracked_left_out and everyone.untracked_left_out == 0
    assert any(not r["Tracking Code"] for r in rows)


def test_template_formats_need_the_users_file(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="--template"), db.reading() as session:
        export_tracking(session, 1, "kickstarter", tmp_path / "ks.csv")
    template = tmp_path / "contributions.csv"
    write_table(template, ["Order No.", "Name", "Tracking"], [["1", "Ada", ""]])
    with pytest.raises(UserError, match="no Tracking Number column"), db.reading() as session:
        export_tracking(session, 1, "indiegogo", tmp_path / "igg.csv", template=template)
    assert not (tmp_path / "igg.csv").exists()


def test_round_trip_orders_to_partner_tracking_back_and_up_to_kickstarter(db: Database, tmp_path: Path) -> None:
    # 1. Orders out to the factory's fulfilment partner (their parcels were marked ready to go).
    with db.transaction() as session:
        session.execute(
            update(Shipment).where(Shipment.status == ShipmentStatus.PENDING).values(status=ShipmentStatus.READY)
        )
        sent = export_orders(session, 1, "partner-skus", tmp_path / "partner.xlsx", partner="Factory")
    sent_rows = _rows(tmp_path / "partner.xlsx")
    assert len(sent_rows) == sent.orders

    # 2. The partner fills Carrier and Tracking Number and sends the file back (one order forgotten).
    returned = []
    numbers: dict[str, str] = {}
    for i, row in enumerate(sent_rows[:-1]):
        numbers[row["Order #"]] = s10_tracking_number("LX", 5000 + i, "CN")
        returned.append({**row, "Carrier": "China Post", "Tracking Number": numbers[row["Order #"]]})
    returned.append({**sent_rows[-1]})
    headers = list(sent_rows[0])
    write_table(tmp_path / "back.csv", headers, [[r[h] for h in headers] for r in returned])

    # 3. Import: every order with a ready parcel is matched; the forgotten one is listed, not dropped.
    with db.transaction() as session:
        result = import_tracking(session, 1, tmp_path / "back.csv", preset="partner", operator="tester")
    assert result.rows == len(sent_rows)
    assert {o.order_ref for o in result.matched} | {o.order_ref for o in result.conflicts} == set(numbers)
    assert len(result.unmatched) == 1 and "tracking number is empty" in result.unmatched[0].reason
    assert len(result.matched) > 0

    # 4. Kickstarter: fill the user's own template (backer number, UID, other columns kept).
    with db.reading() as session:
        backers = session.execute(
            select(Order.backer_number, Backer.platform_backer_id, Backer.name, Order.platform_order_id)
            .join(Backer, Backer.id == Order.backer_id)
            .where(Order.campaign_id == 1)
            .order_by(Order.id)
        ).all()
    template = tmp_path / "ks-template.csv"
    write_table(
        template,
        ["Backer Number", "Backer UID", "Backer Name", "Shipping Country", "Tracking Number"],
        [[number, uid, name, "XX", ""] for number, uid, name, _ in backers],
    )
    with db.reading() as session:
        summary = export_tracking(session, 1, "kickstarter", tmp_path / "ks.csv", template=template)
    uploaded = {r["Backer Number"]: r for r in _rows(tmp_path / "ks.csv")}
    matched = {o.order_ref: o.tracking for o in result.matched}
    by_ref = {ref: number for number, _, _, ref in backers}
    for ref, tracking in matched.items():
        row = uploaded[by_ref[ref]]
        assert tracking in row["Tracking Number"] and row["Shipping Country"] == "XX"
    assert all(r["Tracking Number"] for r in uploaded.values())
    assert summary.with_tracking == len(uploaded) and summary.untracked_left_out > 0

    # 5. Indiegogo-style file: Carrier and Tracking Number filled in the same file.
    contributions = tmp_path / "contributions.csv"
    write_table(
        contributions,
        ["Order No.", "Pledge ID", "Name", "Carrier", "Tracking Number", "Item Name"],
        [[ref, uid, name, "", "", "Lamp"] for _, uid, name, ref in backers],
    )
    with db.reading() as session:
        export_tracking(session, 1, "indiegogo", tmp_path / "igg.csv", template=contributions)
    igg = {r["Order No."]: r for r in _rows(tmp_path / "igg.csv")}
    ref, tracking = next(iter(matched.items()))
    assert igg[ref]["Tracking Number"] == tracking and igg[ref]["Carrier"] == "China Post"
    assert igg[ref]["Item Name"] == "Lamp"
