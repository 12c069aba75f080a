"""Kickstarter backer reports: the three header versions, the zip of tier files, tier names."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from make_fixtures import (
    BACKERS,
    KS2013_HEADERS,
    KS2014_HEADERS,
    KS2018_HEADERS,
    KS2018_SURVEY,
    KS2023_HEADERS,
    ks2014_row,
    ks2018_row,
    make_kickstarter_2013,
    make_kickstarter_2014,
    make_kickstarter_2014_zip,
    make_kickstarter_2018,
    make_kickstarter_2023,
    make_kickstarter_zip,
    write_csv,
)

from fulfiller.domain.records import RawAddOn, RawItem, RawOrder
from fulfiller.importers.kickstarter import TierFromName, detect_version, tier_from_file_name
from fulfiller.importers.registry import open_export


def _orders(path: Path, **options: object) -> list[RawOrder]:
    records = list(open_export(path, **options).records())  # type: ignore[arg-type]
    assert all(isinstance(r, RawOrder) for r in records), [r for r in records if not isinstance(r, RawOrder)]
    return records  # type: ignore[return-value]


def _by_number(orders: list[RawOrder]) -> dict[str, RawOrder]:
    return {o.platform_order_id: o for o in orders}


@pytest.mark.parametrize(
    ("headers", "version"),
    [
        (KS2013_HEADERS, "kickstarter-2013"),
        (KS2014_HEADERS, "kickstarter-2014"),
        ([*KS2014_HEADERS, "Backer UID", "Reward ID", "Twitter"], "kickstarter-2014"),
        (KS2018_HEADERS + KS2018_SURVEY, "kickstarter-2018"),
        (KS2023_HEADERS, "kickstarter-2023"),
        (list(reversed(KS2013_HEADERS)), "kickstarter-2013"),
        (["\ufeffBacker Number", *KS2018_HEADERS[1:], "Favourite colour?"], "kickstarter-2018"),
        (
            ["Backer Number", "Backer Name", "Pledged At", "Pledged Status", "[Addon: 1] Pin"],
            "kickstarter-2023",
        ),
        (["SKU", "Description"], None),
        (["Backer Number", "Email", "Pledge Amount", "Shipping Country"], None),  # a pledge manager's
    ],
)
def test_version_from_the_header_row(headers: list[str], version: str | None) -> None:
    assert detect_version(headers) == version


def test_2013_report(tmp_path: Path) -> None:
    export = open_export(make_kickstarter_2013(tmp_path))
    assert (export.format, export.total_rows) == ("kickstarter-2013", 20)
    orders = _by_number(list(export.records()))  # type: ignore[arg-type]
    first = orders["4000001"]
    assert (first.backer_uid, first.backer_number, first.row) == ("", "", 2)
    assert (first.pledge_amount, first.pledged_at, first.status) == (
        "$59.00 USD",
        "2013/10/11, 13:42",
        "collected",
    )
    assert first.address.country == "United States"  # 2013 has only the country's name
    assert first.address.postal_code == "02134"
    assert first.extra["Shipping"] == "$4.00 USD"
    assert first.extra["Survey Response"] == "2013/11/02, 09:15"
    assert orders["4000018"].status == "dropped"


def test_2018_report(tmp_path: Path) -> None:
    export = open_export(make_kickstarter_2018(tmp_path))
    assert export.format == "kickstarter-2018"
    orders = _by_number(list(export.records()))  # type: ignore[arg-type]
    juergen = orders["2"]
    assert (juergen.backer_number, juergen.backer_uid) == ("2", BACKERS[1].uid)
    assert (juergen.reward_title, juergen.reward_id) == ("Expansion + Base Game", "9034412")
    assert (juergen.reward_minimum, juergen.pledge_amount) == ("SEK 1,000.00", "SEK 1,000.00")
    assert juergen.shipping_amount == "SEK 120.00"
    assert juergen.notes == "Gift, please wrap"
    assert juergen.address.line2 == "Hinterhaus"
    assert juergen.address.country == "DE"  # the survey's country code, the most precise
    assert juergen.extra["Which colour would you like?"] == "Blue"
    assert juergen.extra["T-shirt size?"] == "L"
    assert juergen.extra["Shipping Country"] == "DE"  # where the pledge paid shipping to, kept
    assert juergen.extra["Billing Country"] == "DE"
    assert orders["1"].address.delivery_notes == "Leave at the door"
    namibia = orders["12"]
    assert (namibia.address.country, namibia.address.postal_code) == ("NA", "")
    messy = orders["16"]
    assert (messy.address.postal_code, messy.address.phone) == ("2134", "9.25082E+11")
    assert orders["11"].address.phone == ""
    assert orders["4"].address.line1 == "南山区科技园南区B座1201"
    assert orders["9"].address.city == "الرياض"


def test_2018_country_falls_back_to_name_then_pledge_country(tmp_path: Path) -> None:
    headers = KS2018_HEADERS + KS2018_SURVEY
    code, name = headers.index("Shipping Country Code"), headers.index("Shipping Country Name")
    only_name, nothing = ks2018_row(BACKERS[0]), ks2018_row(BACKERS[1])
    only_name[code] = ""
    nothing[code] = nothing[name] = ""
    orders = _orders(write_csv(tmp_path / "partial.csv", headers, [only_name, nothing]))
    assert [o.address.country for o in orders] == ["United States", "DE"]


def test_2023_report_with_add_ons_items_and_late_pledges(tmp_path: Path) -> None:
    export = open_export(make_kickstarter_2023(tmp_path))
    assert export.format == "kickstarter-2023"
    orders = _by_number(list(export.records()))  # type: ignore[arg-type]
    kim = orders["7"]  # collector tier, odd number: a pendant and two dice sets
    assert kim.reward_minimum == "$149.00 USD"  # from "Backing Minimum"
    assert kim.add_ons == [
        RawAddOn(title="Flitt Locust Pendant", platform_id="10750435", quantity="1"),
        RawAddOn(title="Extra Dice Set", platform_id="10750413", quantity="2"),
    ]
    assert kim.items == [RawItem(name="Base Game", quantity="1"), RawItem(name="Expansion Box", quantity="1")]
    assert kim.extra["Fulfillment Status"] == "Unfulfilled"
    zhang = orders["4"]
    assert zhang.bonus_support == "$5.00 USD"
    assert zhang.add_ons == []  # "0" and "" are no add-on
    late = orders["27"]
    assert (late.extra["Late Pledge"], late.extra["Amount Due"], late.extra["Amount Paid"]) == (
        "true",
        "$10.00 USD",
        "$61.00 USD",
    )
    assert orders["5"].extra["Engraving text"] == "For Mum"  # a survey question, not an item
    assert not any(key.startswith("[Addon") or key in ("Base Game", "Expansion Box") for key in kim.extra)


def test_column_order_does_not_matter(tmp_path: Path) -> None:
    original = make_kickstarter_2018(tmp_path)
    headers = KS2018_HEADERS + KS2018_SURVEY
    order = list(range(len(headers)))
    random.Random(3).shuffle(order)
    rows = [[ks2018_row(b)[i] for i in order] for b in BACKERS]
    shuffled = write_csv(tmp_path / "shuffled.csv", [headers[i] for i in order], rows)

    def comparable(path: Path) -> list[tuple]:
        return [(o.row, o.platform_order_id, o.address, o.reward_title, sorted(o.extra.items())) for o in _orders(path)]

    assert comparable(shuffled) == comparable(original)


def test_zip_of_tier_files(tmp_path: Path) -> None:
    export = open_export(make_kickstarter_zip(tmp_path))
    assert export.format == "kickstarter-2018"
    assert [(t.name, t.rows) for t in export.tables] == [
        ("59.00 USD Base Game - Oct 25 10pm.csv", 12),
        ("89.00 USD Expansion + Base Game - Oct 25 10pm.csv", 5),
        ("149.00 USD Collector's Edition - Oct 25 10pm.csv", 3),
        ("No reward - Oct 25 10pm.csv", 2),
    ]
    assert export.total_rows == 22
    orders = list(export.records())
    assert len(orders) == 22 and all(isinstance(o, RawOrder) for o in orders)
    deluxe = [o for o in orders if o.source.startswith("89.00")]
    assert [o.row for o in deluxe] == [2, 3, 4, 5, 6]  # counted within the member
    assert {(o.reward_title, o.reward_minimum) for o in deluxe} == {("Expansion + Base Game", "89.00 USD")}
    no_reward = [o for o in orders if o.source.startswith("No reward")]
    assert [(o.platform_order_id, o.reward_title, o.reward_minimum) for o in no_reward] == [
        ("3", "", ""),
        ("10", "", ""),
    ]
    assert no_reward[0].extra["Billing Country"] == "US"


@pytest.mark.parametrize(
    ("name", "tier"),
    [
        (
            "59.00 USD Expansion + Base Game - Oct 25 10pm.csv",
            TierFromName("Expansion + Base Game", "59.00 USD"),
        ),
        ("1,000.00 SEK Deluxe - Signed - Mar 2 9am.csv", TierFromName("Deluxe - Signed", "1,000.00 SEK")),
        ("$25 USD Early Bird.csv", TierFromName("Early Bird", "$25 USD")),
        ("Deluxe Edition - $129.csv", TierFromName("Deluxe Edition", "$129")),
        ("Deluxe Edition ($129.00 USD).csv", TierFromName("Deluxe Edition", "$129.00 USD")),
        ("Early Bird - 59.00 USD - Oct 25 10pm.csv", TierFromName("Early Bird", "59.00 USD")),
        ("Signed Copy - SEK 1,000.csv", TierFromName("Signed Copy", "SEK 1,000")),
        ("Lamp - Oct 25 10pm.csv", None),
        ("No reward - Oct 25 10pm.csv", TierFromName("", "")),
        ("backer_report.csv", None),
    ],
)
def test_tier_from_file_name(name: str, tier: TierFromName | None) -> None:
    assert tier_from_file_name(name) == tier


def test_rows_with_a_reward_title_keep_it_inside_a_zip(tmp_path: Path) -> None:
    import zipfile

    source = make_kickstarter_2018(tmp_path)
    path = tmp_path / "with-titles.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(source, "59.00 USD Something Else - Oct 25 10pm.csv")
    orders = _orders(path)
    assert orders[1].reward_title == "Expansion + Base Game"


def test_2014_report_names_the_reward_by_its_minimum_and_says_what_was_sent(tmp_path: Path) -> None:
    export = open_export(make_kickstarter_2014(tmp_path))
    assert (export.format, export.total_rows) == ("kickstarter-2014", 20)
    orders = _by_number(list(export.records()))  # type: ignore[arg-type]
    emily = orders["7000013"]  # Backer Id: the order id of this layout
    assert (emily.reward_title, emily.reward_id, emily.reward_minimum) == ("", "", "$59.00 USD")
    assert (emily.rewards_sent, emily.pledge_amount, emily.shipping_amount) == ("Sent", "$59.00 USD", "$0.00 USD")
    assert emily.address.country == "US" and emily.address.delivery_notes == "Leave at the door"
    assert "Rewards Sent?" not in emily.extra  # a field of its own now
    assert orders["7000026"].rewards_sent == ""
    assert orders["7000026"].reward_minimum == "$89.00 USD"


def test_2014_rows_are_read_again_after_an_import_that_found_no_tier(tmp_path: Path) -> None:
    # The digest of a row whose tier comes from its minimum differs from the one an earlier version stored.
    from dataclasses import replace

    from fulfiller.importers.layouts import build_records

    export = open_export(make_kickstarter_2014(tmp_path))
    plan = export.plans[0]
    rows = [ks2014_row(b) for b in BACKERS[:2]]
    now = [r.digest for r in build_records(plan, 2, rows)]
    before = [r.digest for r in build_records(replace(plan, digest_tag=""), 2, rows)]
    assert all(now) and not set(now) & set(before)


def test_2014_zip_of_tier_files_titles_each_tier_by_its_file_name(tmp_path: Path) -> None:
    export = open_export(make_kickstarter_2014_zip(tmp_path))
    assert export.format == "kickstarter-2014"
    assert [t.name for t in export.tables] == [
        "Base Game - $59.csv",
        "Expansion + Base Game - $89.csv",
        "Collector's Edition - $149.csv",
    ]
    deluxe = [o for o in _orders(export.path) if o.source.startswith("Expansion")]
    assert {(o.reward_title, o.reward_minimum) for o in deluxe} == {("Expansion + Base Game", "$89.00 USD")}
    assert export.plans[0].digest_tag == ""  # the file names the tier: the minimum does not decide it
