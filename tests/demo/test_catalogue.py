"""The demo's catalogue: tiers, add-ons, items and the kit of each."""

from __future__ import annotations

import re
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from fulfiller.db.models import AddOn, Campaign, Item, RewardTier
from fulfiller.demo.catalogue import ITEMS


def test_catalogue_tiers_add_ons_items_and_kits(demo60: tuple[sessionmaker[Session], int]) -> None:
    sessions, campaign_id = demo60
    with sessions() as session:
        campaign = session.get(Campaign, campaign_id)
        assert campaign is not None and campaign.platform.value == "kickstarter" and campaign.currency == "USD"
        assert campaign.thank_you_note
        tiers = session.scalars(select(RewardTier).where(RewardTier.campaign_id == campaign_id)).all()
        add_ons = session.scalars(select(AddOn).where(AddOn.campaign_id == campaign_id)).all()
        items = session.scalars(select(Item).where(Item.campaign_id == campaign_id)).all()
        assert len(tiers) == 4 and len(add_ons) == 2
        assert {t.title: t.minimum for t in tiers}["Aurora Duo"] == Decimal("129")
        assert all(t.platform_id and t.platform_id.isdigit() for t in (*tiers, *add_ons))
        assert len(items) >= 7
        assert [i.sku for i in items if not i.is_stock] == ["AUR-CARD"]
        for item in items:
            assert re.fullmatch(r"\d{6,10}", item.hs_code) and item.origin_country == "CN"
            assert isinstance(item.customs_value, Decimal) and item.weight_g and item.length_mm
        for offer in (*tiers, *add_ons):
            assert offer.kit_lines, f"{offer.title} has no kit"
        duo = next(t for t in tiers if t.title == "Aurora Duo")
        lamp = next(i for i in items if i.sku == "AUR-LAMP-WH")
        assert {line.item_id: line.quantity for line in duo.kit_lines}[lamp.id] == 2
        maker = next(t for t in tiers if t.title == "Maker Edition")
        assert {line.item.sku for line in maker.kit_lines} >= {"AUR-LAMP-WH", "AUR-CARD", "AUR-KNOB-BR"}


def test_items_are_written_as_specified(demo60: tuple[sessionmaker[Session], int]) -> None:
    sessions, campaign_id = demo60
    with sessions() as session:
        items = {i.sku: i for i in session.scalars(select(Item).where(Item.campaign_id == campaign_id))}
    assert list(items) == [spec.sku for spec in ITEMS]
    for spec in ITEMS:
        item = items[spec.sku]
        assert (item.length_mm, item.width_mm, item.height_mm) == spec.size_mm
        assert (item.weight_g, item.customs_value, item.spare_percent) == (
            spec.weight_g,
            spec.customs_value,
            spec.spare_percent,
        )
