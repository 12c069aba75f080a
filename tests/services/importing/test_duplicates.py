from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from fulfiller.db.models import MergeSuggestion, Order
from fulfiller.services.database import open_db
from fulfiller.services.importing.merge_keys import folded
from fulfiller.services.importing.run import import_export
from tests.services.export_files import backer, write_export

TRICKY = [
    "  Ada@Example.COM ",
    "ada@example.com",
    "ÄDA@example.com",
    "äda@example.com",
    "\tada@example.com",
    "Kim     Lee",
    "kim lee",
    "KIM  LEE  ",
    "İstanbul Straße",
    "ＡＢＣ",
    "",
    "   ",
]


def _sqlite_folded(text: str) -> str:
    """How the grouping was first written, in SQL: the reference for `folded`."""
    with sqlite3.connect(":memory:") as conn:
        sql = "SELECT replace(replace(replace(lower(trim(?)), '  ', ' '), '  ', ' '), '  ', ' ')"
        return conn.execute(sql, (text,)).fetchone()[0]


@pytest.mark.parametrize("text", TRICKY)
def test_folded_is_what_sqlite_made_of_it(text: str) -> None:
    assert folded(text) == _sqlite_folded(text)


def _person(number: int, name: str, line1: str, postal_code: str) -> dict[str, str]:
    return backer(number, **{"Shipping Name": name, "Shipping Address 1": line1, "Shipping Postal Code": postal_code})


def test_only_exact_matches_become_suggestions_in_order(db, tmp_path: Path) -> None:
    rows = [
        backer(1, Email="  Ada@Example.COM "),
        backer(2, Email="ada@example.com"),
        backer(3, Email="ÄDA@example.com"),  # SQLite lowers ASCII letters only: not the same as 4
        backer(4, Email="äda@example.com"),
        backer(5, Email="adaexample.com"),  # no @: never matched by e-mail
        backer(6, Email="adaexample.com"),
        backer(7, Email="X@PrivateRelay.AppleID.com"),
        backer(8, Email="x@privaterelay.appleid.com"),
        _person(9, "Kim     Lee", "Ring  1", "1 0115"),
        _person(10, "kim lee", "RING 1", "10115"),
        _person(11, "kimlee", "ring1", "10115"),  # the same without spaces, not the same folded
        backer(12, Email="a b@example.com"),
        backer(13, Email="ab@example.com"),  # equal without spaces, not equal folded
    ]
    summary = import_export(db, write_export(tmp_path / "dupes.csv", rows), operator="Mei")

    with db.reading() as session:
        number = {oid: pid for oid, pid in session.execute(select(Order.id, Order.platform_order_id))}
        pairs = [
            (s.reason, number[s.order_id], number[s.other_order_id])
            for s in session.scalars(select(MergeSuggestion).order_by(MergeSuggestion.id))
        ]
    assert pairs == [("same_email", "1", "2"), ("same_name_address", "9", "10")]
    assert summary.merge_suggestions == 2


def test_the_name_and_address_key_is_joined_text_as_it_always_was(db, tmp_path: Path) -> None:
    # The first grouping concatenated name|line1|postal code|country: these two had the same key.
    rows = [_person(1, "Kim|Lee", "Ring 1", "10115"), _person(2, "Kim", "Lee|Ring 1", "10115")]
    summary = import_export(db, write_export(tmp_path / "dupes.csv", rows), operator="Mei")
    assert summary.merge_suggestions == 1


def _suggested(db) -> list[tuple[str, str, str]]:
    with db.reading() as session:
        number = {oid: pid for oid, pid in session.execute(select(Order.id, Order.platform_order_id))}
        return [
            (s.reason, number[s.order_id], number[s.other_order_id])
            for s in session.scalars(select(MergeSuggestion).order_by(MergeSuggestion.id))
        ]


def test_a_first_import_finds_what_the_database_grouping_finds(tmp_path: Path) -> None:
    rows = [backer(n, Email=("Same@Example.com", "same@example.com", "other@example.com")[n % 3]) for n in range(9)]
    rows += [_person(20, "Kim  Lee", "Ring 1", "1 0115"), _person(21, "kim lee", "RING 1", "10115")]
    rows += [_person(22, "Kim|Lee", "Ring 1", "10115"), _person(23, "Kim", "Lee|Ring 1", "10115")]
    export = write_export(tmp_path / "dupes.csv", rows)
    first = open_db(tmp_path / "first.sqlite", create=True)  # an empty campaign: grouped on the way
    import_export(first, export, operator="Mei")
    later = open_db(tmp_path / "later.sqlite", create=True)  # a campaign with an order: grouped in SQL
    import_export(later, write_export(tmp_path / "one.csv", [backer(99)]), operator="Mei")
    import_export(later, export, operator="Mei")
    try:
        assert _suggested(first) == _suggested(later) and len(_suggested(first)) > 5
    finally:
        first.close()
        later.close()


def test_coarse_matches_name_the_orders_sharing_a_hash_across_runs_of_ids() -> None:
    from fulfiller.services.importing.duplicates import CoarseMatches

    coarse = CoarseMatches()
    coarse.extend(1, [10, 11, 12], [50, 51, 52])  # orders 1-3
    coarse.extend(40, [12, 13], [53, 51])  # orders 40-41, after ids another import took
    assert coarse.emails == {3, 40}
    assert coarse.people == {2, 41}
    assert CoarseMatches().emails == set()


def test_orders_that_can_never_match_get_no_coarse_hash() -> None:
    from fulfiller.services.importing.duplicates import CoarseMatches
    from fulfiller.services.importing.merge_keys import coarse_hashes

    full = coarse_hashes("Ada@Example.com", "Ada", "Ring 1", "", "10115", "DE")
    assert full == coarse_hashes("ada@example.com", "ADA", "Ring1", "", "10 115", "DE")
    assert None not in full
    assert coarse_hashes("no e-mail", "", "", "", "", "DE") == (None, None)  # never answered the survey
    assert coarse_hashes("ada@example.com", "Ada", "", "", "10115", "DE") == (full[0], None)
    assert coarse_hashes("", "Ada", "Ring 1", "", "10115", "DE") == (None, full[1])
    coarse = CoarseMatches()
    coarse.extend(1, [None, None, 7, 7], [None, None, None, 5])
    assert (coarse.emails, coarse.people) == ({3, 4}, set())


def test_backers_without_an_address_or_email_are_never_grouped(db, tmp_path: Path) -> None:
    blank = {"Shipping Name": "", "Shipping Address 1": "", "Shipping City": "", "Shipping Postal Code": ""}
    same_as_6 = {"Shipping Name": "Backer Number6 Smith", "Shipping Address 1": "Hauptstraße 6"}
    rows = [backer(n, Email="", **blank) for n in range(1, 6)]
    rows += [backer(6), backer(7, Email="other@example.com", **same_as_6)]
    summary = import_export(db, write_export(tmp_path / "blank.csv", rows), operator="Mei")
    assert _suggested(db) == [("same_name_address", "6", "7")]
    assert (summary.duplicate_groups, summary.orders_in_duplicate_groups) == (1, 2)


def _flat(number: int, name: str, line2: str, email: str = "") -> dict[str, str]:
    return backer(
        number,
        Email=email or f"flat{number}@example.com",
        **{"Shipping Name": name, "Shipping Address 1": "Torstraße 1", "Shipping Address 2": line2},
    )


def test_namesakes_on_other_floors_are_not_the_same_person(db, tmp_path: Path) -> None:
    rows = [_flat(n, "Anna Schmidt", f"Wohnung {n}") for n in range(1, 31)]
    rows += [_flat(40, "Anna Schmidt", "")]  # no flat at all is another address too
    summary = import_export(db, write_export(tmp_path / "house.csv", rows), operator="Mei")
    assert (summary.merge_suggestions, summary.duplicate_groups, summary.orders_in_duplicate_groups) == (0, 0, 0)


def test_address_2_is_folded_like_line_1(db, tmp_path: Path) -> None:
    rows = [_flat(1, "Kim Lee", "Apt 3"), _flat(2, "kim  lee", " APT  3 "), _flat(3, "Kim Lee", "Apt 4")]
    summary = import_export(db, write_export(tmp_path / "flats.csv", rows), operator="Mei")
    assert _suggested(db) == [("same_name_address", "1", "2")] and summary.merge_suggestions == 1


def test_two_orders_with_one_email_make_one_suggestion(db, tmp_path: Path) -> None:
    rows = [_flat(1, "Ada Lovelace", "1", "ada@example.com"), _flat(2, "Grace Hopper", "2", "Ada@Example.com")]
    summary = import_export(db, write_export(tmp_path / "two.csv", rows), operator="Mei")
    assert _suggested(db) == [("same_email", "1", "2")]
    assert (summary.merge_suggestions, summary.duplicate_groups, summary.orders_in_duplicate_groups) == (1, 1, 2)


@pytest.mark.parametrize("campaign_had_orders", [False, True], ids=["first import", "later import"])
def test_a_huge_group_gives_a_star_capped_and_says_how_many_were_grouped(
    tmp_path: Path, campaign_had_orders: bool
) -> None:
    from fulfiller.services.importing.duplicates import MAX_SUGGESTED_PER_GROUP as CAP

    db = open_db(tmp_path / "c.sqlite", create=True)
    try:
        if campaign_had_orders:  # grouped in SQL rather than on the way
            import_export(db, write_export(tmp_path / "one.csv", [backer(99_999)]), operator="Mei")
        sizes = (3, 20, 100, 1_000)
        rows, number = [], 0
        for group, size in enumerate(sizes):
            for _ in range(size):  # identical but for the backer number: same e-mail, same name and address
                number += 1
                rows.append(_flat(number, f"Placeholder {group}", "", f"test{group}@example.com"))
        export = write_export(tmp_path / "groups.csv", rows)
        summary = import_export(db, export, operator="Mei")
        expected = sum(min(size - 1, CAP) for size in sizes)  # a star, capped: never 1,000 x 999 / 2 pairs
        assert summary.merge_suggestions == expected <= len(rows)
        assert (summary.duplicate_groups, summary.orders_in_duplicate_groups) == (len(sizes), sum(sizes))
        assert summary.largest_duplicate_group == 1_000
        assert summary.suggestions_left_out == sum(max(0, size - 1 - CAP) for size in sizes)
        with db.reading() as session:
            firsts = {s.order_id for s in session.scalars(select(MergeSuggestion))}
            assert len(firsts) == len(sizes)  # every suggestion is against the first of its group
        again = import_export(db, write_export(tmp_path / "again.csv", rows), operator="Mei")
        assert again.merge_suggestions == 0 and again.suggestions_left_out == summary.suggestions_left_out
    finally:
        db.close()


def test_hashes_of_whole_columns_are_those_of_each_order() -> None:
    from fulfiller.services.importing.merge_keys import coarse_hashes, email_hashes, person_hashes

    orders = [
        ("Ada@Example.com", "Ada", "Ring 1", "", "10115", "DE"),
        ("no e-mail", "", "", "", "", "DE"),
        ("ÄDA@example.com", "Jürgen Müller", "", "Flat 2", "10115", "DE"),
        ("", "张伟", "建国路88号", "Unit 5", "100022", "CN"),
        ("x@privaterelay.appleid.com", "Kim|Lee", "Ring 1", "", "1 0115", ""),
    ]
    columns = list(zip(*orders, strict=True))
    expected = [coarse_hashes(*order) for order in orders]
    assert list(zip(email_hashes(columns[0]), person_hashes(*columns[1:]), strict=True)) == expected
