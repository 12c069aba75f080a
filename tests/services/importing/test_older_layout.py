"""The Kickstarter report of about 2014: tiers found by their minimum, rewards the creator sent already."""

from __future__ import annotations

import csv
import sqlite3
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fulfiller.db.models import (
    AuditEntry,
    Order,
    RewardTier,
    Shipment,
    ShipmentLine,
    ShipmentStatusChange,
    StockMovement,
)
from fulfiller.domain.enums import ShipmentStatus
from fulfiller.domain.errors import UserError
from fulfiller.importers.tables import ImportFileError
from fulfiller.services.campaigns import resolve_campaign
from fulfiller.services.catalogue.checklist import still_to_ship
from fulfiller.services.importing.run import import_export
from fulfiller.services.importing.undo import undo_import
from fulfiller.services.shipping.pack_station import WarningKind, open_order
from fulfiller.services.shipping.parcels import change_status
from fulfiller.services.stats import campaign_stats
from tests.importers.make_fixtures import (
    BACKERS,
    KS2014_HEADERS,
    KS2014_SENT,
    ks2014_row,
    make_bad_reward_minimum,
    make_kickstarter_2014,
    make_kickstarter_2014_zip,
    write_csv,
)

SENT_IDS = {str(7_000_000 + number * 13) for number in KS2014_SENT}
MINIMA = {"$59 reward": "min:59.00", "$89 reward": "min:89.00", "$149 reward": "min:149.00"}


def _tiers(db) -> dict[str, str]:
    with db.reading() as session:
        return dict(session.execute(select(RewardTier.title, RewardTier.platform_id).order_by(RewardTier.id)).all())


def _tier_of(db) -> dict[str, str | None]:
    with db.reading() as session:
        rows = session.execute(
            select(Order.platform_order_id, RewardTier.title).outerjoin(RewardTier, RewardTier.id == Order.tier_id)
        )
        return dict(rows.all())


def _parcels(db) -> dict[str, tuple[ShipmentStatus, str, str, int]]:
    """Order id -> (status, tracking number, note, lines) of every parcel."""
    with db.reading() as session:
        rows = session.execute(
            select(Order.platform_order_id, Shipment.status, Shipment.tracking_number, Shipment.note, Shipment.id)
            .join(Order, Order.id == Shipment.order_id)
            .order_by(Shipment.id)
        ).all()
        lines = dict(
            session.execute(select(ShipmentLine.shipment_id, func.count()).group_by(ShipmentLine.shipment_id)).all()
        )
    assert len({pid for pid, *_ in rows}) == len(rows), "one parcel per order"
    return {pid: (status, tracking, note, lines.get(sid, 0)) for pid, status, tracking, note, sid in rows}


def _rewrite(path: Path, change) -> Path:  # noqa: ANN001
    rows = [ks2014_row(b) for b in BACKERS]
    for row in rows:
        change(row)
    return write_csv(path, KS2014_HEADERS, rows, bom=True)


def test_tiers_come_from_the_minimum_and_sent_rewards_count_as_shipped(db, tmp_path: Path) -> None:
    summary = import_export(db, make_kickstarter_2014(tmp_path), operator="Mei")
    assert (summary.format, summary.added, summary.rejected) == ("kickstarter-2014", 20, 0)
    assert summary.new_tiers == list(MINIMA) and _tiers(db) == MINIMA
    tier_of = _tier_of(db)
    assert tier_of["7000013"] == "$59 reward" and tier_of["7000026"] == "$89 reward"
    assert tier_of["7000091"] == "$149 reward" and None not in tier_of.values()
    with db.reading() as session:
        tier = session.scalar(select(RewardTier).where(RewardTier.title == "$59 reward"))
        assert (tier.minimum, tier.currency) == (Decimal("59.00"), "USD")

    assert summary.shipped_outside == 4
    note = "shipped outside Fulfiller (Rewards Sent? = Sent)"
    assert _parcels(db) == dict.fromkeys(SENT_IDS, (ShipmentStatus.SHIPPED, "", note, 0))
    with db.reading() as session:
        assert session.scalar(select(func.count(StockMovement.id))) == 0  # never on our shelves
        history = session.execute(select(ShipmentStatusChange.old_status, ShipmentStatusChange.new_status)).all()
        assert history == [(None, ShipmentStatus.SHIPPED)] * 4
        audit = session.execute(
            select(AuditEntry.field, AuditEntry.new_value, AuditEntry.import_batch_id).where(
                AuditEntry.entity == "shipment"
            )
        ).all()
        assert audit == [("shipped_outside", "Sent", summary.batch_id)] * 4
        campaign = resolve_campaign(session, None)
        stats = campaign_stats(session, campaign)
        assert stats["by_shipment_status"] == {"shipped": 4}
        assert stats["by_tier"] == {"$59 reward": 12, "$89 reward": 5, "$149 reward": 3}
        to_ship = set(session.scalars(select(Order.platform_order_id).where(still_to_ship(campaign.id))))
        assert not to_ship & SENT_IDS and len(to_ship) == 15  # 20, less 4 sent and 1 dropped
        sent = open_order(session, "7000013", campaign_id=campaign.id)
        assert WarningKind.ALREADY_PACKED in {w.kind for w in sent.warnings} and not sent.state.lines


def test_a_reimport_maps_to_the_same_tiers_and_records_no_parcel_twice(db, tmp_path: Path) -> None:
    path = make_kickstarter_2014(tmp_path)
    import_export(db, path, operator="Mei")
    before = _tier_of(db)
    again = import_export(db, path, operator="Mei")
    assert (again.unchanged, again.new_tiers, again.shipped_outside) == (20, [], 0)

    # A newer export: everyone's notes changed, Emily is no longer marked sent, Jürgen is now.
    notes, sent = KS2014_HEADERS.index("Notes"), KS2014_HEADERS.index("Rewards Sent?")

    def newer(row: list[str]) -> None:
        row[notes] = "checked"
        row[sent] = {"7000013": "", "7000026": "sent"}.get(row[0], row[sent])

    later = import_export(db, _rewrite(tmp_path / "newer.csv", newer), operator="Mei")
    assert (later.updated, later.new_tiers) == (20, [])
    assert (later.shipped_outside, later.sent_no_longer, later.sent_left_unpacked) == (1, 1, 0)
    assert _tier_of(db) == before and _tiers(db) == MINIMA
    parcels = _parcels(db)
    assert set(parcels) == SENT_IDS | {"7000026"}
    assert parcels["7000013"][0] is ShipmentStatus.SHIPPED  # never un-shipped
    assert parcels["7000026"][2] == "shipped outside Fulfiller (Rewards Sent? = sent)"


def test_a_sent_order_with_a_parcel_still_to_pack_is_left_alone(db, tmp_path: Path) -> None:
    import_export(db, make_kickstarter_2014(tmp_path), operator="Mei")
    with db.transaction() as session:
        order_id = session.scalar(select(Order.id).where(Order.platform_order_id == "7000026"))
        session.add(Shipment(order_id=order_id, sequence=1, status=ShipmentStatus.READY))
    sent = KS2014_HEADERS.index("Rewards Sent?")
    newer = _rewrite(
        tmp_path / "newer.csv", lambda row: row.__setitem__(sent, "Sent" if row[0] == "7000026" else row[sent])
    )
    summary = import_export(db, newer, operator="Mei")
    assert (summary.shipped_outside, summary.sent_left_unpacked) == (0, 1)
    assert _parcels(db)["7000026"][0] is ShipmentStatus.READY


def test_the_zip_titles_the_tiers_and_the_single_file_finds_them(db, tmp_path: Path) -> None:
    first = import_export(db, make_kickstarter_2014_zip(tmp_path), operator="Mei")
    titles = ["Base Game", "Expansion + Base Game", "Collector's Edition"]
    assert first.new_tiers == titles
    assert _tiers(db) == dict(zip(titles, MINIMA.values(), strict=True))
    by_zip = _tier_of(db)
    later = import_export(db, make_kickstarter_2014(tmp_path), operator="Mei")  # names the minimum alone
    assert (later.new_tiers, later.added) == ([], 0)
    assert _tier_of(db) == by_zip and _parcels(db).keys() == SENT_IDS


def test_a_tier_known_by_its_minimum_takes_the_title_a_zip_gives_it(db, tmp_path: Path) -> None:
    import_export(db, make_kickstarter_2014(tmp_path), operator="Mei")
    with db.reading() as session:
        base_id = session.scalar(select(RewardTier.id).where(RewardTier.title == "$59 reward"))
    later = import_export(db, make_kickstarter_2014_zip(tmp_path), operator="Mei")
    assert later.new_tiers == [] and later.renamed_tiers == [
        "Base Game",
        "Expansion + Base Game",
        "Collector's Edition",
    ]
    with db.reading() as session:
        assert session.get(RewardTier, base_id).title == "Base Game"  # the same tier: its kit stays
    assert set(_tier_of(db).values()) == {"Base Game", "Expansion + Base Game", "Collector's Edition"}


def test_two_tiers_of_one_minimum_are_not_guessed(db, tmp_path: Path) -> None:
    rows = [ks2014_row(b) for b in BACKERS if b.tier == "base"]
    path = tmp_path / "two.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for member, part in (("Early Bird - $59.csv", rows[:5]), ("Base Game - $59.csv", rows[5:])):
            archive.write(write_csv(tmp_path / member, KS2014_HEADERS, part), member)
    import_export(db, path, operator="Mei")
    import_export(db, make_kickstarter_2014(tmp_path), operator="Mei")  # "$59.00 USD": which of the two?
    assert _tiers(db) == {
        "Early Bird": "min:59.00",
        "Base Game": "min:59.00",
        "$59 reward": "min:59.00",
        "$89 reward": "min:89.00",
        "$149 reward": "min:149.00",
    }
    assert {title for title in _tier_of(db).values()} == {"$59 reward", "$89 reward", "$149 reward"}


def test_an_import_that_found_no_tier_before_is_read_again(db, tmp_path: Path) -> None:
    """A campaign imported by a version that read this layout without tiers or sent parcels."""
    from dataclasses import replace

    from fulfiller.importers.layouts import build_records
    from fulfiller.importers.registry import open_export

    path = make_kickstarter_2014(tmp_path)
    import_export(db, path, operator="Mei")
    export = open_export(path)
    plan = replace(export.plans[0], digest_tag="")
    old = {r.platform_order_id: r.digest for r in build_records(plan, 2, export.span_rows(export.spans(100)[0]))}
    with db.transaction() as session:
        session.execute(Shipment.__table__.delete())
        for order in session.scalars(select(Order)):
            order.tier_id, order.reward_title, order.source_hash = None, "", old[order.platform_order_id]
    summary = import_export(db, path, operator="Mei")
    assert (summary.updated, summary.shipped_outside) == (20, 4)
    assert None not in _tier_of(db).values() and _parcels(db).keys() == SENT_IDS


def test_undo_takes_the_sent_parcels_away_unless_they_changed(db, tmp_path: Path) -> None:
    first = import_export(db, make_kickstarter_2014(tmp_path), operator="Mei")
    with db.transaction() as session:
        undo_import(session, first.batch_id, operator="Mei")
    assert _parcels(db) == {}
    second = import_export(db, make_kickstarter_2014(tmp_path), operator="Mei")
    with db.transaction() as session:
        parcel = session.scalar(select(Shipment.id).limit(1))
        change_status(session, parcel, ShipmentStatus.DELIVERED, operator="Mei")
    with db.transaction() as session, pytest.raises(UserError, match="1 parcel.* changed since"):
        undo_import(session, second.batch_id, operator="Mei")


def test_a_minimum_that_is_not_money_refuses_the_file_and_writes_nothing(db, db_path: Path, tmp_path: Path) -> None:
    def dump() -> list[tuple]:
        with sqlite3.connect(db_path) as conn:
            return conn.execute("SELECT count(*) FROM orders UNION ALL SELECT count(*) FROM import_batch").fetchall()

    before = dump()
    with pytest.raises(ImportFileError, match=r"^bad-minimum\.csv, row 4, column 'Reward Minimum': 'fifty-nine'"):
        import_export(db, make_bad_reward_minimum(tmp_path), operator="Mei")
    assert dump() == before


def test_sent_is_read_in_any_case(db, tmp_path: Path) -> None:
    sent = KS2014_HEADERS.index("Rewards Sent?")
    words = iter(["SENT", "yes", "TRUE", "sent", "", "No", "false"] * 3)
    path = _rewrite(tmp_path / "words.csv", lambda row: row.__setitem__(sent, next(words)))
    with path.open(encoding="utf-8-sig") as handle:
        said = {row["Backer Id"]: row["Rewards Sent?"] for row in csv.DictReader(handle)}
    summary = import_export(db, path, operator="Mei")
    shipped = {pid for pid, word in said.items() if word.casefold() in ("sent", "yes", "true")}
    assert summary.shipped_outside == len(shipped) and _parcels(db).keys() == shipped
