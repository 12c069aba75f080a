"""What each reward tier and add-on packs, "packs like" links, and unpacked orders following kit edits."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from fulfiller.db.models import AddOn, Order, RewardTier, ShipmentLine
from fulfiller.domain.enums import PledgeStatus, ShipmentStatus
from fulfiller.domain.errors import UserError
from fulfiller.domain.kits import PacksLikeCycle
from fulfiller.services.catalogue.kits import (
    KitRef,
    kits_to_map,
    list_kits,
    remove_kit_line,
    set_kit_line,
    set_packs_like,
    suggest_packs_like,
)
from tests.services.catalogue.read_back import LAMP_BLACK, LAMP_WHITE, audit_entries, kit_contents
from tests.services.conftest import TwoCampaigns
from tests.services.kit_campaign import Small

S = ShipmentStatus


def test_list_kits_shows_each_tier_and_add_on_with_its_lines_and_orders(small: Small) -> None:
    small.order("1", "Lamp White", add_ons={"Spare Shade": 2})
    small.order("2", "Lamp White", status=PledgeStatus.DROPPED)
    kits = {k.title: k for k in list_kits(small.s, small.campaign_id)}
    assert list(kits) == ["Lamp White", "Lamp Black", "Duo", "Late Pledge Lamp White", "Spare Shade", "Extra Cable"]
    white = kits["Lamp White"]
    assert white.kind == "tier" and white.orders == 1  # the dropped pledge does not count
    assert [(line.sku, line.quantity, line.is_stock) for line in white.lines] == [
        ("LAMP-WH", 1, True),
        ("CABLE", 1, True),
        ("CARD", 1, False),
    ]
    assert kits["Spare Shade"].kind == "add_on" and kits["Spare Shade"].orders == 1
    assert kits["Spare Shade"].as_dict()["lines"][0]["sku"] == "SHADE"


def test_the_mapping_step_links_a_tier_without_a_kit_to_one_that_has_one(small: Small) -> None:
    late = small.order("7", "Late Pledge Lamp White")
    assert [k.title for k in kits_to_map(small.s, small.campaign_id)] == ["Late Pledge Lamp White"]
    shipment = small.shipment("7", S.PENDING, {})

    result = set_packs_like(
        small.s, KitRef.tier(small.tiers["Late Pledge Lamp White"]), small.tiers["Lamp White"], operator="mei"
    )

    assert result.orders_changed == 1 and result.shipments_rewritten == 1
    assert kits_to_map(small.s, small.campaign_id) == []
    assert kit_contents(small.s, small, "Late Pledge Lamp White") == LAMP_WHITE
    view = next(k for k in list_kits(small.s, small.campaign_id) if k.title == "Late Pledge Lamp White")
    assert view.packs_like == "Lamp White"
    assert small.lines_of(shipment) == LAMP_WHITE
    (entry,) = audit_entries(small.s, "reward_tier", small.tiers["Late Pledge Lamp White"])
    assert (entry.operator, entry.field, entry.old_value, entry.new_value) == ("mei", "packs_like", None, "Lamp White")
    assert late  # the order is the one the mapping was for


def test_the_mapping_step_proposes_what_a_new_tier_most_likely_packs_like(small: Small) -> None:
    renamed = RewardTier(campaign_id=small.campaign_id, title="Lámpara Blanca", platform_id="8000")
    small.s.add(renamed)
    small.s.flush()
    small.tiers["Lámpara Blanca"] = renamed.id
    for number, tier in enumerate(("Late Pledge Lamp White", "Lámpara Blanca", "Lamp White")):
        small.order(str(number), tier)
    suggestions = suggest_packs_like(small.s, small.campaign_id)
    assert suggestions == {
        KitRef.tier(small.tiers["Late Pledge Lamp White"]): KitRef.tier(small.tiers["Lamp White"]),  # by title
        KitRef.tier(renamed.id): KitRef.tier(small.tiers["Lamp White"]),  # by the platform's reward id
    }
    for kit, target in suggestions.items():
        set_packs_like(small.s, kit, target.id, operator="mei")
    assert kits_to_map(small.s, small.campaign_id) == [] and suggest_packs_like(small.s, small.campaign_id) == {}


def test_packs_like_follows_chains_and_refuses_circles(small: Small) -> None:
    late, white, black = (small.tiers[t] for t in ("Late Pledge Lamp White", "Lamp White", "Lamp Black"))
    set_packs_like(small.s, KitRef.tier(late), white, operator="mei")
    set_packs_like(small.s, KitRef.tier(white), black, operator="mei")
    assert kit_contents(small.s, small, "Late Pledge Lamp White") == LAMP_BLACK
    with pytest.raises(PacksLikeCycle):
        set_packs_like(small.s, KitRef.tier(black), late, operator="mei")
    with pytest.raises(PacksLikeCycle):
        set_packs_like(small.s, KitRef.tier(black), black, operator="mei")
    assert small.s.get(RewardTier, black).kit_tier_id is None  # type: ignore[union-attr]
    set_packs_like(small.s, KitRef.tier(white), None, operator="mei")
    assert kit_contents(small.s, small, "Late Pledge Lamp White") == LAMP_WHITE


def test_a_kit_edit_re_expands_unpacked_orders_and_leaves_packed_ones(small: Small) -> None:
    small.order("A", "Lamp White", add_ons={"Extra Cable": 1})
    small.order("B", "Lamp White")
    small.order("C", "Lamp White")
    small.order("D", "Lamp Black")
    small.order("F", "Lamp White", merged_into="D")  # ships inside D
    small.order("G", "Lamp White", status=PledgeStatus.REFUNDED)
    small.order("H", "Lamp White", country="DE", warehouse="EU")
    pending = small.shipment("A", S.PENDING, {"LAMP-WH": 1, "CABLE": 2, "CARD": 1})
    packed = small.shipment("B", S.PACKED, LAMP_WHITE)
    on_hold = small.shipment("D", S.ON_HOLD, {"LAMP-BK": 1, "LAMP-WH": 1, "CABLE": 2, "CARD": 2})
    shipped = small.shipment("H", S.SHIPPED, LAMP_WHITE)
    set_packs_like(small.s, KitRef.tier(small.tiers["Late Pledge Lamp White"]), small.tiers["Lamp White"], operator="x")
    small.order("E", "Late Pledge Lamp White")
    late = small.shipment("E", S.READY, LAMP_WHITE)

    result = set_kit_line(small.s, KitRef.tier(small.tiers["Lamp White"]), small.items["SHADE"], 1, operator="tom")

    # A, C (no parcel yet), D (through merged F) and E (packs like Lamp White) changed; B and H are packed.
    assert result.orders_changed == 4
    assert result.shipments_rewritten == 3
    assert result.packed_untouched == 2
    assert result.needs_review == []
    assert small.lines_of(pending) == {"LAMP-WH": 1, "CABLE": 2, "CARD": 1, "SHADE": 1}
    assert small.lines_of(on_hold) == {"LAMP-BK": 1, "LAMP-WH": 1, "CABLE": 2, "CARD": 2, "SHADE": 1}
    assert small.lines_of(late) == {**LAMP_WHITE, "SHADE": 1}
    assert small.lines_of(packed) == LAMP_WHITE
    assert small.lines_of(shipped) == LAMP_WHITE
    assert "4 unpacked order(s) changed (3 parcel(s) rewritten)" in result.describe()
    entry = audit_entries(small.s, "reward_tier", small.tiers["Lamp White"])[-1]
    assert (entry.operator, entry.field, entry.old_value, entry.new_value) == ("tom", "kit SHADE", None, "1")

    again = set_kit_line(small.s, KitRef.tier(small.tiers["Lamp White"]), small.items["SHADE"], 1, operator="tom")
    assert again.orders_changed == 0

    removed = remove_kit_line(small.s, KitRef.tier(small.tiers["Lamp White"]), small.items["SHADE"], operator="tom")
    assert removed.orders_changed == 4
    assert small.lines_of(pending) == {"LAMP-WH": 1, "CABLE": 2, "CARD": 1}
    assert small.lines_of(packed) == LAMP_WHITE
    with pytest.raises(UserError, match="not in the kit"):
        remove_kit_line(small.s, KitRef.tier(small.tiers["Lamp White"]), small.items["SHADE"], operator="tom")


def test_an_add_on_edit_follows_the_add_on_quantity_and_keeps_ticked_counts(small: Small) -> None:
    small.order("A", "Lamp Black", add_ons={"Extra Cable": 3})
    parcel = small.shipment("A", S.READY, {"LAMP-BK": 1, "CABLE": 4, "CARD": 1})
    line = small.s.scalar(
        select(ShipmentLine).where(ShipmentLine.shipment_id == parcel, ShipmentLine.item_id == small.items["CABLE"])
    )
    line.packed_quantity = 2  # type: ignore[union-attr]  # the packer already ticked two cables
    small.s.flush()

    result = set_kit_line(small.s, KitRef.add_on(small.add_ons["Extra Cable"]), small.items["CABLE"], 2, operator="x")

    assert result.orders_changed == 1 and result.shipments_rewritten == 1
    assert small.lines_of(parcel) == {"LAMP-BK": 1, "CABLE": 7, "CARD": 1}
    assert small.s.get(ShipmentLine, line.id).packed_quantity == 2  # type: ignore[union-attr]


def test_an_order_split_into_two_unpacked_parcels_is_left_for_a_person(small: Small) -> None:
    small.order("A", "Duo")
    first = small.shipment("A", S.PENDING, {"LAMP-WH": 1, "CABLE": 1})
    second = small.shipment("A", S.PENDING, {"LAMP-BK": 1, "CABLE": 1})
    result = set_kit_line(small.s, KitRef.tier(small.tiers["Duo"]), small.items["CARD"], 1, operator="x")
    assert result.orders_changed == 1 and result.shipments_rewritten == 0
    assert result.needs_review == [small.orders["A"]]
    assert small.lines_of(first) == {"LAMP-WH": 1, "CABLE": 1} and small.lines_of(second) == {"LAMP-BK": 1, "CABLE": 1}


def test_a_reship_does_not_make_an_order_packed_or_get_rewritten(small: Small) -> None:
    small.order("A", "Lamp White")
    original = small.shipment("A", S.PENDING, LAMP_WHITE)
    reship = small.shipment("A", S.PENDING, {"CABLE": 1}, replaces=original)
    result = set_kit_line(small.s, KitRef.tier(small.tiers["Lamp White"]), small.items["CABLE"], 2, operator="x")
    assert result.orders_changed == 1 and result.shipments_rewritten == 1
    assert small.lines_of(original)["CABLE"] == 2 and small.lines_of(reship) == {"CABLE": 1}


def test_kit_edits_are_checked(small: Small) -> None:
    white = KitRef.tier(small.tiers["Lamp White"])
    for bad in (0, -1, 1.5, True):
        with pytest.raises(UserError, match="whole number above 0"):
            set_kit_line(small.s, white, small.items["CABLE"], bad, operator="x")  # type: ignore[arg-type]
    with pytest.raises(UserError, match="no reward tier 999"):
        set_kit_line(small.s, KitRef.tier(999), small.items["CABLE"], 1, operator="x")
    with pytest.raises(UserError, match="no item 999"):
        set_kit_line(small.s, white, 999, 1, operator="x")


def test_kitting_counts_the_collected_orders_of_its_own_campaign(two_campaigns: TwoCampaigns) -> None:
    s = two_campaigns.session
    for campaign_id in two_campaigns.both:
        tiers: Counter[int] = Counter()
        add_ons: Counter[int] = Counter()
        for order in s.scalars(select(Order).where(Order.campaign_id == campaign_id)):
            if order.status is PledgeStatus.COLLECTED:
                tiers[order.tier_id] += 1
                add_ons.update(line.add_on_id for line in order.add_ons if line.quantity > 0)
        counted = {(kit.kind, kit.id): kit.orders for kit in list_kits(s, campaign_id)}
        tier_ids = s.scalars(select(RewardTier.id).where(RewardTier.campaign_id == campaign_id))
        add_on_ids = s.scalars(select(AddOn.id).where(AddOn.campaign_id == campaign_id))
        assert counted == {("tier", t): tiers[t] for t in tier_ids} | {("add_on", a): add_ons[a] for a in add_on_ids}
