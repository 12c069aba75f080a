"""The demo's campaign and what it sells: items, reward tiers, add-ons and the kit of each."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from fulfiller.db.models import AddOn, Campaign, Item, KitLine, RewardTier
from fulfiller.demo.rows import Ids, Row, bulk_insert
from fulfiller.domain.enums import Platform

THANK_YOU_NOTE = (
    "Thank you for backing Aurora! Every lamp was tested by hand in Shenzhen before it left us. "
    "We hope it lights up many late nights. - Mei, Tom and the Aurora team"
)


@dataclass(frozen=True)
class ItemSpec:
    sku: str
    name: str
    variant: str
    weight_g: int
    size_mm: tuple[int, int, int]
    hs_code: str
    customs_value: Decimal
    spare_percent: Decimal | None = Decimal("10")
    is_stock: bool = True


@dataclass(frozen=True)
class OfferSpec:
    """A reward tier or an add-on: what it costs and which items it contains."""

    title: str
    platform_id: str
    price: Decimal
    kit: tuple[tuple[str, int], ...]
    weight: float  # tiers: share of backers; add-ons: chance an order takes it


ITEMS: tuple[ItemSpec, ...] = (
    ItemSpec(
        "AUR-LAMP-WH",
        "Aurora Desk Lamp",
        "Matte White",
        1350,
        (420, 180, 120),
        "940521",
        Decimal("28.50"),
        Decimal("12"),
    ),
    ItemSpec(
        "AUR-PSU-30W",
        "USB-C Power Adapter",
        "30 W, interchangeable plugs",
        160,
        (70, 50, 35),
        "850440",
        Decimal("4.20"),
    ),
    ItemSpec("AUR-CBL-150", "USB-C Cable", "1.5 m braided", 45, (120, 80, 20), "854442", Decimal("1.10")),
    ItemSpec(
        "AUR-SHADE-FR", "Spare Shade", "Frosted glass", 210, (200, 200, 90), "940599", Decimal("6.80"), Decimal("15")
    ),
    ItemSpec("AUR-QI-BASE", "Wireless Charger Base", "15 W", 240, (110, 110, 30), "850440", Decimal("9.60")),
    ItemSpec("AUR-KNOB-BR", "Brass Dimmer Knob", "Solid brass", 85, (40, 40, 30), "830249", Decimal("3.90")),
    ItemSpec(
        "AUR-CARD",
        "Hand-written thank-you card",
        "",
        12,
        (150, 105, 2),
        "490900",
        Decimal("0.20"),
        None,
        is_stock=False,
    ),
)

_LAMP_KIT = (("AUR-LAMP-WH", 1), ("AUR-PSU-30W", 1), ("AUR-CBL-150", 1))
EARLY_BIRD = "Early Bird Lamp"
TIERS: tuple[OfferSpec, ...] = (
    OfferSpec(EARLY_BIRD, "8123456", Decimal("59"), _LAMP_KIT, 55),
    OfferSpec("Aurora Lamp", "8123457", Decimal("69"), _LAMP_KIT, 50),
    OfferSpec("Aurora Duo", "8123458", Decimal("129"), tuple((sku, 2) for sku, _ in _LAMP_KIT), 22),
    OfferSpec(
        "Maker Edition",
        "8123459",
        Decimal("199"),
        (*_LAMP_KIT, ("AUR-KNOB-BR", 1), ("AUR-SHADE-FR", 1), ("AUR-CARD", 1)),
        10,
    ),
)
ADD_ONS: tuple[OfferSpec, ...] = (
    OfferSpec("Spare Shade", "10750435", Decimal("19"), (("AUR-SHADE-FR", 1),), 0.14),
    OfferSpec("Wireless Charger Base", "10750436", Decimal("29"), (("AUR-QI-BASE", 1),), 0.11),
)


@dataclass
class Catalogue:
    """The ids of what the demo created, for the rows that refer to them."""

    campaign_id: int
    created_at: datetime
    tier_ids: dict[str, int] = field(default_factory=dict)
    add_on_ids: dict[str, int] = field(default_factory=dict)
    item_ids: dict[str, int] = field(default_factory=dict)
    warehouse_ids: dict[str, int] = field(default_factory=dict)
    stock_ids: dict[tuple[int, int], int] = field(default_factory=dict)  # (warehouse, item) -> stock row

    def kit(self, offer: OfferSpec) -> dict[int, int]:
        return {self.item_ids[sku]: quantity for sku, quantity in offer.kit}

    def stock_item_ids(self) -> set[int]:
        """Items kept on shelves (the thank-you card is written when packing)."""
        return {self.item_ids[spec.sku] for spec in ITEMS if spec.is_stock}


def create_catalogue(session: Session, ids: Ids, name: str, now: datetime) -> Catalogue:
    catalogue = Catalogue(ids.take(Campaign), now)
    bulk_insert(session, Campaign, [_campaign_row(catalogue, name)])
    bulk_insert(session, Item, _item_rows(catalogue, ids))
    bulk_insert(session, RewardTier, _offer_rows(catalogue, ids, RewardTier, TIERS, catalogue.tier_ids))
    bulk_insert(session, AddOn, _offer_rows(catalogue, ids, AddOn, ADD_ONS, catalogue.add_on_ids))
    bulk_insert(session, KitLine, _kit_line_rows(catalogue, ids))
    return catalogue


def _campaign_row(catalogue: Catalogue, name: str) -> Row:
    return {
        "id": catalogue.campaign_id,
        "name": name,
        "platform": Platform.KICKSTARTER,
        "currency": "USD",
        "thank_you_note": THANK_YOU_NOTE,
        "created_at": catalogue.created_at,
    }


def _item_rows(catalogue: Catalogue, ids: Ids) -> list[Row]:
    rows = []
    for spec in ITEMS:
        item_id = catalogue.item_ids[spec.sku] = ids.take(Item)
        length, width, height = spec.size_mm
        rows.append(
            {
                "id": item_id,
                "campaign_id": catalogue.campaign_id,
                "sku": spec.sku,
                "name": spec.name,
                "variant": spec.variant,
                "weight_g": spec.weight_g,
                "length_mm": length,
                "width_mm": width,
                "height_mm": height,
                "hs_code": spec.hs_code,
                "origin_country": "CN",
                "customs_value": spec.customs_value,
                "customs_currency": "USD",
                "is_stock": spec.is_stock,
                "spare_percent": spec.spare_percent,
            }
        )
    return rows


def _offer_rows(
    catalogue: Catalogue,
    ids: Ids,
    model: type[RewardTier] | type[AddOn],
    offers: tuple[OfferSpec, ...],
    id_by_title: dict[str, int],
) -> list[Row]:
    price_column = "minimum" if model is RewardTier else "price"
    rows = []
    for offer in offers:
        offer_id = id_by_title[offer.title] = ids.take(model)
        rows.append(
            {
                "id": offer_id,
                "campaign_id": catalogue.campaign_id,
                "platform_id": offer.platform_id,
                "title": offer.title,
                price_column: offer.price,
                "currency": "USD",
            }
        )
    return rows


def _kit_line_rows(catalogue: Catalogue, ids: Ids) -> list[Row]:
    owners = [("tier_id", catalogue.tier_ids[t.title], t) for t in TIERS]
    owners += [("add_on_id", catalogue.add_on_ids[a.title], a) for a in ADD_ONS]
    rows = []
    for owner_column, owner_id, offer in owners:
        for item_id, quantity in catalogue.kit(offer).items():
            row = {"id": ids.take(KitLine), "tier_id": None, "add_on_id": None, "item_id": item_id}
            rows.append({**row, owner_column: owner_id, "quantity": quantity})
    return rows
