from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update

from fulfiller.db.models import (
    Address,
    AddressConflict,
    AuditEntry,
    Backer,
    ImportBatch,
    MergeSuggestion,
    Order,
    OrderProblem,
    RejectedRow,
    RewardTier,
)
from fulfiller.domain.enums import PledgeStatus, Severity
from fulfiller.domain.errors import Cancelled, UserError
from fulfiller.services.campaigns import list_campaigns
from fulfiller.services.database import open_db
from fulfiller.services.importing.run import import_export
from fulfiller.services.importing.undo import undo_import
from fulfiller.services.orders import decide_merge, edit_address, order_detail, resolve_conflict, set_locked
from tests.services.export_files import backer, write_export


def _dump(db_path: Path) -> dict[str, list[tuple]]:
    """Everything a person would see of the orders, to compare before and after."""
    conn = sqlite3.connect(db_path)
    tables = {
        "orders": "SELECT platform_order_id, status, reward_title, pledge_amount, tier_id FROM orders ORDER BY 1",
        "backer": "SELECT name, email FROM backer ORDER BY 1, 2",
        "address": "SELECT o.platform_order_id, a.name, a.line1, a.city, a.postal_code, a.country_code, a.phone "
        "FROM address a JOIN orders o ON o.id = a.order_id ORDER BY 1",
        "problems": "SELECT o.platform_order_id, p.code FROM order_problem p JOIN orders o ON o.id = p.order_id "
        "ORDER BY 1, 2",
    }
    dump = {name: conn.execute(sql).fetchall() for name, sql in tables.items()}
    conn.close()
    return dump


def first_rows() -> list[dict[str, str]]:
    rows = [backer(n) for n in (1, 2, 4, 5)]
    rows[1].update({"Shipping Postal Code": "", "Shipping Phone Number": ""})  # problems for the list
    return rows


@pytest.fixture
def first_file(tmp_path: Path) -> Path:
    return write_export(tmp_path / "Aurora Lamp - Oct 25 10pm.csv", first_rows())


def test_first_import_creates_the_campaign_orders_and_problems(db, first_file: Path) -> None:
    summary = import_export(db, first_file, operator="Mei")

    assert (summary.rows, summary.added, summary.updated, summary.rejected) == (4, 4, 0, 0)
    assert summary.format == "kickstarter-2018"
    assert summary.new_tiers == ["Aurora Lamp"]
    with db.reading() as session:
        assert [c.name for c in list_campaigns(session)] == ["Aurora Lamp"]
        order = session.scalar(select(Order).where(Order.platform_order_id == "1"))
        assert order.pledge_amount == Decimal("79.00") and order.currency == "USD"
        assert order.tier.title == "Aurora Lamp" and order.tier.platform_id == "8123"
        assert order.address.country_code == "DE" and order.address.phone.startswith("+49")
        problems = session.scalars(select(OrderProblem.code).join(Order).where(Order.platform_order_id == "2"))
        assert "required_field_missing" in set(problems)
        batch = session.get(ImportBatch, summary.batch_id)
        assert (batch.added, batch.operator, batch.checksum) == (4, "Mei", summary.checksum)
    assert summary.orders_with_errors == 1


def test_importing_the_same_file_twice_changes_nothing(db, db_path: Path, first_file: Path) -> None:
    import_export(db, first_file, operator="Mei")
    before = _dump(db_path)
    summary = import_export(db, first_file, operator="Mei")
    assert (summary.added, summary.updated, summary.unchanged, summary.conflicts) == (0, 0, 4, 0)
    assert _dump(db_path) == before


def test_reimport_updates_addresses_marks_drops_and_adds_backers(db, tmp_path: Path, first_file: Path) -> None:
    import_export(db, first_file, operator="Mei")
    newer = [*first_rows(), backer(7)]
    newer[0]["Shipping Address 1"] = "Unter den Linden 77"
    newer[2]["Pledged Status"] = "dropped"
    summary = import_export(db, write_export(tmp_path / "newer.csv", newer), operator="Jonas")

    assert (summary.added, summary.updated, summary.unchanged) == (1, 2, 2)
    with db.reading() as session:
        first = session.scalar(select(Order).where(Order.platform_order_id == "1"))
        assert first.address.line1 == "Unter den Linden 77"
        dropped = session.scalar(select(Order).where(Order.platform_order_id == "4"))
        assert dropped.status is PledgeStatus.DROPPED  # marked, not deleted
        history = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "address", AuditEntry.entity_id == first.address.id)
        ).all()
        assert [(h.field, h.old_value, h.new_value, h.operator) for h in history] == [
            ("line1", "Hauptstraße 1", "Unter den Linden 77", "Jonas")
        ]
        assert history[0].import_batch_id == summary.batch_id


def test_a_locally_edited_address_is_kept_and_the_change_set_aside(db, tmp_path: Path, first_file: Path) -> None:
    import_export(db, first_file, operator="Mei")
    with db.transaction() as session:
        order_id = session.scalar(select(Order.id).where(Order.platform_order_id == "1"))
        edit_address(session, order_id, {"line1": "Packstation 123"}, operator="Mei")
        locked_id = session.scalar(select(Order.id).where(Order.platform_order_id == "5"))
        set_locked(session, locked_id, True, operator="Mei")
    newer = first_rows()
    newer[0]["Shipping Address 1"] = "Friedrichstraße 5"
    newer[3]["Shipping City"] = "Potsdam"
    newer[3]["Shipping Postal Code"] = "14467"
    summary = import_export(db, write_export(tmp_path / "newer.csv", newer), operator="Jonas")

    assert summary.conflicts == 2
    with db.transaction() as session:
        detail = order_detail(session, order_id)
        assert detail.address["line1"] == "Packstation 123"
        assert detail.conflict is not None
        assert detail.conflict.differences == {"line1": ("Packstation 123", "Friedrichstraße 5")}
        assert session.get(Address, session.get(Order, locked_id).address.id).city == "Berlin"
        resolve_conflict(session, detail.conflict.id, take_import=True, operator="Mei")
    with db.reading() as session:
        assert order_detail(session, order_id).address["line1"] == "Friedrichstraße 5"
        assert order_detail(session, order_id).conflict is None
        assert session.scalar(select(AddressConflict.resolved_by).where(AddressConflict.order_id == order_id)) == "Mei"


def test_rejected_rows_do_not_stop_the_rest(db, tmp_path: Path) -> None:
    rows = [backer(1), backer(2, **{"Backer Number": ""}), backer(3), backer(1, **{"Backer Name": "Again"})]
    summary = import_export(db, write_export(tmp_path / "export.csv", rows), operator="Mei")
    assert (summary.added, summary.rejected) == (2, 2)
    messages = [r["message"] for r in summary.rejected_rows]
    assert "export.csv, row 3" in messages[0]
    assert "export.csv, row 5" in messages[1] and "first in export.csv, row 2" in messages[1]
    with db.reading() as session:
        assert session.query(RejectedRow).count() == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG"),
        (b"Name,Colour\nAda,blue\n", "column mapping"),
        (b'Backer Number,Backer Name\n1,"Ada', "quote"),
    ],
)
def test_a_file_that_cannot_be_read_changes_nothing(
    db, db_path: Path, tmp_path: Path, content: bytes, message: str
) -> None:
    bad = tmp_path / "export.csv"
    bad.write_bytes(content)
    with pytest.raises(UserError, match="export.csv") as raised:
        import_export(db, bad, operator="Mei")
    assert message.lower() in str(raised.value).lower()
    with db.reading() as session:
        assert list_campaigns(session) == []
        assert session.query(ImportBatch).count() == 0


def test_cancel_changes_nothing(db, db_path: Path, tmp_path: Path) -> None:
    rows = [backer(n) for n in range(1, 4500)]
    path = write_export(tmp_path / "big.csv", rows)
    with pytest.raises(Cancelled):
        import_export(db, path, operator="Mei", cancel=lambda: True)
    with db.reading() as session:
        assert list_campaigns(session) == [] and session.query(Order).count() == 0


def test_progress_reaches_the_total(db, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    path = write_export(tmp_path / "big.csv", [backer(n) for n in range(1, 4500)])
    import_export(db, path, operator="Mei", progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (4499, 4499)
    assert len(seen) >= 3


def test_undo_restores_the_state_before_the_import(db, db_path: Path, tmp_path: Path, first_file: Path) -> None:
    import_export(db, first_file, operator="Mei")
    before = _dump(db_path)
    newer = [*first_rows(), backer(7)]
    newer[0]["Shipping Address 1"] = "Unter den Linden 77"
    newer[2]["Pledged Status"] = "dropped"
    second = import_export(db, write_export(tmp_path / "newer.csv", newer), operator="Jonas")
    assert _dump(db_path) != before

    with db.transaction() as session:
        result = undo_import(session, second.batch_id, operator="Mei")
    assert (result.removed_orders, result.restored_orders) == (1, 2)
    assert _dump(db_path) == before
    with db.transaction() as session, pytest.raises(UserError, match="already undone"):
        undo_import(session, second.batch_id, operator="Mei")


def test_undo_refuses_while_later_imports_or_edits_exist(db, tmp_path: Path, first_file: Path) -> None:
    first = import_export(db, first_file, operator="Mei")
    second = import_export(db, write_export(tmp_path / "b.csv", [backer(1), backer(9)]), operator="Mei")
    with db.transaction() as session, pytest.raises(UserError, match=f"later imports \\({second.batch_id}\\)"):
        undo_import(session, first.batch_id, operator="Mei")
    with db.transaction() as session:
        order_id = session.scalar(select(Order.id).where(Order.platform_order_id == "9"))
        edit_address(session, order_id, {"city": "Hamburg"}, operator="Mei")
    with db.transaction() as session, pytest.raises(UserError, match="People edited 1 field"):
        undo_import(session, second.batch_id, operator="Mei")


def test_duplicates_are_suggested_never_merged(db, tmp_path: Path) -> None:
    rows = [
        backer(1, Email="Same@Example.com"),
        backer(2, Email="same@example.com"),
        backer(3, Email="a@privaterelay.appleid.com"),
        backer(
            4, Email="a@privaterelay.appleid.com", **{"Backer Name": "Other Person", "Shipping Name": "Other Person"}
        ),
        backer(5, **{"Shipping Name": "Kim Lee", "Shipping Address 1": "Ringstraße 1"}),
        backer(6, **{"Shipping Name": "kim  lee", "Shipping Address 1": "ringstraße 1"}),
    ]
    summary = import_export(db, write_export(tmp_path / "dupes.csv", rows), operator="Mei")
    assert summary.merge_suggestions == 2
    with db.transaction() as session:
        pairs = {
            (
                s.reason,
                session.get(Order, s.order_id).platform_order_id,
                session.get(Order, s.other_order_id).platform_order_id,
            )
            for s in session.scalars(select(MergeSuggestion))
        }
        assert pairs == {("same_email", "1", "2"), ("same_name_address", "5", "6")}
        assert session.scalar(select(Order.merged_into_id).where(Order.platform_order_id == "2")) is None
        suggestion = session.scalar(select(MergeSuggestion).where(MergeSuggestion.reason == "same_email"))
        decide_merge(session, suggestion.id, merge=True, operator="Mei")
    with db.reading() as session:
        one = session.scalar(select(Order.id).where(Order.platform_order_id == "1"))
        assert session.scalar(select(Order.merged_into_id).where(Order.platform_order_id == "2")) == one
    again = import_export(db, write_export(tmp_path / "dupes2.csv", rows), operator="Mei")
    assert again.merge_suggestions == 0


def test_problems_follow_an_edit(db, tmp_path: Path) -> None:
    import_export(db, write_export(tmp_path / "e.csv", [backer(1, **{"Shipping Postal Code": ""})]), operator="Mei")
    with db.transaction() as session:
        order_id = session.scalar(select(Order.id))
        assert any(p[0] == Severity.ERROR.value for p in order_detail(session, order_id).problems)
        edit_address(session, order_id, {"postal_code": "10115"}, operator="Mei")
    with db.reading() as session:
        detail = order_detail(session, order_id)
        assert not any(p[0] == Severity.ERROR.value for p in detail.problems)
        assert detail.edited_locally
        assert session.scalar(select(RewardTier.title)) == "Aurora Lamp"


def _schema(db_path: Path) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    schema = sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())
    conn.close()
    return schema


def test_indexes_set_aside_for_a_bulk_insert_all_come_back(
    db, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("fulfiller.services.importing.run.BULK_INDEX_ROWS", 3)
    before = _schema(db_path)
    import_export(db, write_export(tmp_path / "first.csv", [backer(n) for n in range(1, 40)]), operator="Mei")
    assert _schema(db_path) == before
    bigger = write_export(tmp_path / "bigger.csv", [backer(n) for n in range(1, 4500)])
    with pytest.raises(Cancelled):  # rolled back: the indexes dropped in the transaction are back
        import_export(db, bigger, operator="Mei", cancel=lambda: True)
    assert _schema(db_path) == before
    with db.reading() as session:
        assert session.query(Order).count() == 39


def _search_texts(database) -> dict[int, str]:  # noqa: ANN001 - a Database
    from fulfiller.db.models import OrderSearch

    with database.reading() as session:
        return dict(session.execute(select(OrderSearch.order_id, OrderSearch.text)).all())


def test_a_bulk_import_writes_the_search_texts_its_triggers_would_have(
    db, tmp_path: Path, empty_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import copy_database

    export = write_export(tmp_path / "first.csv", [backer(n) for n in range(1, 60)])
    import_export(db, export, operator="Mei")  # row by row: the triggers write each text
    by_triggers = _search_texts(db)
    monkeypatch.setattr("fulfiller.services.importing.run.BULK_INDEX_ROWS", 3)
    bulk = open_db(copy_database(empty_template, tmp_path / "bulk.sqlite"))
    try:
        import_export(bulk, export, operator="Mei")  # triggers set aside, the texts written at once
        assert len(by_triggers) == 59 and _search_texts(bulk) == by_triggers
        with bulk.transaction() as session:  # and the triggers are back for what comes next
            session.execute(update(Backer).where(Backer.id == 1).values(name="Zoë Someone-Else"))
        assert "zoe someone-else" in _search_texts(bulk)[1]
    finally:
        bulk.close()
