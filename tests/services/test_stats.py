"""The three ways of counting orders, each named: all pledges, collected, and still to ship."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fulfiller.domain.enums import PledgeStatus
from fulfiller.domain.enums import ShipmentStatus as S
from fulfiller.services.campaigns import resolve_campaign
from fulfiller.services.catalogue.kits import list_kits
from fulfiller.services.stats import NO_TIER, WORDS, campaign_stats, format_stats, orders_to_ship
from tests.services.kit_campaign import Small, make_template, opened_copy


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
