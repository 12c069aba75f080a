from __future__ import annotations

import pytest

from fulfiller.domain.enums import PledgeStatus, ShipmentStatus
from fulfiller.domain.errors import UserError
from fulfiller.services.catalogue.checklist import checklists_for, order_checklist
from tests.services.kit_campaign import Small


def _lines(small: Small, number: str) -> dict[str, int]:
    return {line.sku: line.quantity for line in order_checklist(small.s, small.orders[number]).lines}


def test_the_checklist_is_the_tier_kit_plus_add_ons_plus_extra_lines(small: Small) -> None:
    small.order("1", "Lamp White", add_ons={"Spare Shade": 2, "Extra Cable": 1})
    small.extra("1", "CABLE", 1, "replacement for a frayed one")
    small.extra("1", "LAMP-BK", 1, "goodwill")

    checklist = order_checklist(small.s, small.orders["1"])

    assert checklist.ships and checklist.reward == "Lamp White" and checklist.merged_from == []
    assert [(line.sku, line.quantity, line.is_stock) for line in checklist.lines] == [
        ("LAMP-WH", 1, True),
        ("CABLE", 3, True),
        ("CARD", 1, False),
        ("SHADE", 2, True),
        ("LAMP-BK", 1, True),
    ]
    cable = checklist.lines[1]
    assert [(s.label, s.quantity) for s in cable.sources] == [
        ("Lamp White", 1),
        ("Extra Cable", 1),
        ("extra: replacement for a frayed one", 1),
    ]
    as_dict = checklist.as_dict()
    assert as_dict["lines"][3] == {
        "sku": "SHADE",
        "name": "Shade",
        "variant": "Frosted",
        "quantity": 2,
        "stock": True,
        "sources": [{"from": "2 × Spare Shade", "quantity": 2}],
    }


def test_two_variants_stay_apart_in_a_checklist(small: Small) -> None:
    small.order("1", "Duo")
    small.extra("1", "LAMP-BK", 1)
    lines = order_checklist(small.s, small.orders["1"]).lines
    assert [(line.label, line.quantity) for line in lines] == [("Lamp (White)", 1), ("Lamp (Black)", 2), ("Cable", 2)]


def test_a_merged_order_ships_inside_the_order_it_was_merged_into(small: Small) -> None:
    small.order("10", "Lamp White")
    small.order("11", "Lamp Black", add_ons={"Spare Shade": 1}, merged_into="10")
    small.extra("11", "CABLE", 2, "promised by e-mail")
    small.order("12", "Duo", merged_into="10", status=PledgeStatus.REFUNDED)  # a refunded pledge adds nothing

    target = order_checklist(small.s, small.orders["10"])
    assert target.merged_from == ["11"]  # only pledges that ship add to it
    assert {line.sku: line.quantity for line in target.lines} == {
        "LAMP-WH": 1,
        "CABLE": 4,
        "CARD": 2,
        "LAMP-BK": 1,
        "SHADE": 1,
    }
    card = next(line for line in target.lines if line.sku == "CARD")
    assert [s.label for s in card.sources] == ["Lamp White", "Lamp Black (merged order 11)"]

    merged = order_checklist(small.s, small.orders["11"])
    assert not merged.ships and merged.merged_into == "10" and merged.lines == []


def test_a_chain_of_merges_ends_in_the_last_order(small: Small) -> None:
    small.order("1", "Lamp White")
    small.order("2", "Lamp Black", merged_into="1")
    small.order("3", None, add_ons={"Extra Cable": 2}, merged_into="2")
    assert _lines(small, "1") == {"LAMP-WH": 1, "CABLE": 4, "CARD": 2, "LAMP-BK": 1}
    assert order_checklist(small.s, small.orders["3"]).merged_into == "1"


def test_an_order_without_a_tier_or_a_kit_and_a_pledge_that_does_not_ship(small: Small) -> None:
    small.order("1", None, add_ons={"Extra Cable": 1})
    small.order("2", "Late Pledge Lamp White")
    small.order("3", "Lamp White", status=PledgeStatus.DROPPED)
    assert _lines(small, "1") == {"CABLE": 1}
    assert _lines(small, "2") == {}
    dropped = order_checklist(small.s, small.orders["3"])
    assert not dropped.ships and len(dropped.lines) == 3  # what it would hold, flagged as not shipping
    with pytest.raises(UserError, match="no order 999"):
        order_checklist(small.s, 999)


def test_checklists_for_many_orders_match_one_by_one(small: Small) -> None:
    for n in range(20):
        tier = ("Lamp White", "Lamp Black", "Duo", None)[n % 4]
        small.order(str(n), tier, add_ons={"Spare Shade": n % 3} if n % 3 else None)
        if n % 5 == 0:
            small.extra(str(n), "SHADE", 1)
    small.shipment("0", ShipmentStatus.PACKED, {"LAMP-WH": 1})
    ids = [small.orders[str(n)] for n in range(20)]
    many = checklists_for(small.s, small.campaign_id, ids)
    assert set(many) == set(ids)
    for number in map(str, range(20)):
        assert {line.sku: line.quantity for line in many[small.orders[number]]} == _lines(small, number)
