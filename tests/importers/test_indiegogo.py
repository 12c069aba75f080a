"""Indiegogo contributions: the order fields and the repeated item groups."""

from __future__ import annotations

from pathlib import Path

from make_fixtures import INDIEGOGO_HEADERS, make_indiegogo, write_csv

from fulfiller.domain.records import RawItem, RawOrder, RowRejected
from fulfiller.importers.indiegogo import item_groups, matches
from fulfiller.importers.registry import open_export


def test_detected_and_mapped(tmp_path: Path) -> None:
    export = open_export(make_indiegogo(tmp_path))
    assert (export.format, export.total_rows) == ("indiegogo", 20)
    orders = {o.platform_order_id: o for o in export.records() if isinstance(o, RawOrder)}
    emily = orders["23000001"]
    assert (emily.backer_uid, emily.backer_name, emily.email) == (
        "9100001",
        "Emily Carter",
        "emily.carter@example.com",
    )
    assert (emily.reward_id, emily.reward_title) == ("700", "Base Game")
    assert (emily.pledge_amount, emily.shipping_amount) == ("$59.00", "$15.00")
    assert emily.pledged_at == "2019-05-12 14:03:22 -0700"
    assert (emily.address.line1, emily.address.postal_code, emily.address.country) == (
        "12 Elm Street",
        "02134",
        "United States",
    )
    assert (emily.extra["Carrier"], emily.extra["Tracking Number"]) == ("UPS", "1Z999AA10123456784")
    assert emily.extra["Fulfillment Status"] == "Unfulfilled"
    assert emily.items == [RawItem(name="Aurora Lamp", sku="AUR-01", options=("Black",))]
    assert not any(key.startswith(("Item", "Option")) for key in emily.extra)


def test_two_item_groups(tmp_path: Path) -> None:
    orders = {o.platform_order_id: o for o in open_export(make_indiegogo(tmp_path)).records()}
    juergen = orders["23000002"]
    assert isinstance(juergen, RawOrder)
    assert juergen.items == [
        RawItem(name="Aurora Lamp", sku="AUR-01", options=("White", "EU plug")),
        RawItem(name="Travel Case", sku="CASE-01", options=("Grey",)),
    ]


def test_item_groups_are_found_by_position_in_the_raw_header() -> None:
    groups = item_groups(INDIEGOGO_HEADERS)
    first = INDIEGOGO_HEADERS.index("Item Name")
    assert [(g.name, g.sku, g.options) for g in groups] == [
        (first, first + 1, (first + 2, first + 3, first + 4)),
        (first + 5, first + 6, (first + 7, first + 8, first + 9)),
    ]


def test_recognised_by_its_headers() -> None:
    assert matches(INDIEGOGO_HEADERS)
    assert not matches(["Order", "Name", "Perk"])


def test_empty_order_number_rejects_only_that_row(tmp_path: Path) -> None:
    headers = INDIEGOGO_HEADERS[:25]
    row = ["1", "9", "", "", "", "", "", "Ada", "ada@example.com", "$1", "", "", "", "1", "Perk"] + [""] * 7
    good, bad = [*row, "United Kingdom", "", ""], ["", *row[1:], "United Kingdom", "", ""]
    records = list(open_export(write_csv(tmp_path / "igg.csv", headers, [good, bad, good])).records())
    assert [type(r) for r in records] == [RawOrder, RowRejected, RawOrder]
    assert isinstance(records[1], RowRejected)
    assert (records[1].row, records[1].column) == (3, "Order No.")
