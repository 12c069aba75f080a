"""The three ways of counting orders, each named: all pledges, collected, and still to ship."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from fulfiller.domain.enums import PledgeStatus
from fulfiller.domain.enums import ShipmentStatus as S
from fulfiller.services.campaigns import resolve_campaign
from fulfiller.services.catalogue.kits import list_kits
from fulfiller.services.database import open_db
from fulfiller.services.stats import NO_TIER, WORDS, campaign_stats, format_stats, orders_to_ship
from tests.services.kit_campaign import Small, make_template, opened_copy
from tests.services.reference import add_a_second_campaign, campaign_counts, stir_the_demo


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Small]:
    return make_template(tmp_path_factory.mktemp("small"))


@pytest.fixture
def small(template: tuple[Path, Small], tmp_path: Path) -> Iterator[Small]:
    with opened_copy(template[0], tmp_path) as db, db.transaction() as session:
        small = template[1].bind(session)
        small.order("1", "Lamp White")  # collected, to ship
        small.order("2", "Lamp White", status=PledgeStatus.REFUNDED)  # a pledge, not collected
        small.order("3", "Lamp White")
        small.shipment("3", S.PACKED, {"LAMP-WH": 1})  # collected, packed: not to ship any more
        small.order("4", "Lamp Black", merged_into="1")  # collected, ships in order 1's box
        small.order("5", None, country="DE")  # collected, no reward
        small.order("6", "Duo", status=PledgeStatus.DROPPED, country="DE")
        yield small


def test_all_pledges_collected_and_still_to_ship(small: Small) -> None:
    stats = campaign_stats(small.s, resolve_campaign(small.s, str(small.campaign_id)))
    assert (stats["orders"], stats["collected_orders"], stats["to_ship"]) == (6, 4, 2)
    assert orders_to_ship(small.s, small.campaign_id) == 2  # orders 1 and 5
    assert stats["by_tier"] == {"Lamp White": 3, "Duo": 1, "Lamp Black": 1, NO_TIER: 1}
    assert stats["by_tier_collected"] == {"Lamp White": 2, "Lamp Black": 1, NO_TIER: 1}
    assert stats["by_country"] == {"US": 4, "DE": 2} and stats["by_country_collected"] == {"US": 3, "DE": 1}
    # Kitting counts the same collected orders per tier (a merged order counts: its kit ships).
    kitting = {kit.title: kit.orders for kit in list_kits(small.s, small.campaign_id) if kit.kind == "tier"}
    assert {title: n for title, n in kitting.items() if n} == {
        title: n for title, n in stats["by_tier_collected"].items() if title != NO_TIER
    }
    assert stats["words"]["orders"] == "Orders (all pledges)" == str(WORDS["orders"])


def test_the_terminal_summary_names_what_it_counts(small: Small) -> None:
    text = format_stats(campaign_stats(small.s, resolve_campaign(small.s, str(small.campaign_id))))
    assert "  Orders (all pledges):" in text and "  Collected orders:" in text
    assert "  Still to ship (collected, not packed):" in text
    lamp = next(line for line in text.splitlines() if line.strip().startswith("Lamp White"))
    assert lamp.split()[-2:] == ["3", "2"]  # all pledges, collected
    assert "Orders by reward tier:" in text and "All pledges" in text and "Collected" in text


def _as_counted(stats: dict[str, object]) -> dict[str, object]:
    keys = (*BY_KEY, "orders", "collected_orders", "to_ship", "countries")
    return {key: stats[key] for key in keys}


BY_KEY = (
    "by_tier",
    "by_tier_collected",
    "by_country",
    "by_country_collected",
    "by_pledge_status",
    "by_shipment_status",
    "orders_with_problems",
)


def _check_against_counting_each_order(session: Session, campaign_id: int) -> None:
    stats = campaign_stats(session, resolve_campaign(session, str(campaign_id)))
    assert _as_counted(stats) == campaign_counts(session, campaign_id)
    for key in BY_KEY:  # the most first, then by name
        counts = list(stats[key].items())
        assert counts == sorted(counts, key=lambda kv: (-kv[1], kv[0])), key


def test_the_dashboard_counts_what_counting_order_by_order_gives(demo_db_path: Path) -> None:
    db = open_db(demo_db_path)
    try:
        with db.transaction() as session:
            demo = resolve_campaign(session, None).id
            _check_against_counting_each_order(session, demo)  # the file holds the demo alone
            stir_the_demo(session, demo)
            _check_against_counting_each_order(session, demo)
            small = add_a_second_campaign(session)  # now every count must keep to its own campaign
            _check_against_counting_each_order(session, demo)
            _check_against_counting_each_order(session, small.campaign_id)
            assert campaign_stats(session, resolve_campaign(session, str(small.campaign_id)))["by_tier"] == {
                "Lamp White": 2,
                "Lamp Black": 2,
                "Duo": 1,
                NO_TIER: 1,
            }
    finally:
        db.close()
