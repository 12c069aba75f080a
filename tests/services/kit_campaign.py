"""A small campaign built by hand, so kit, checklist, demand and cost tests can say exactly what it holds.

Items: two variants of one lamp (white, black), a cable, a spare shade and a hand-written card
(non-stock). Tiers: "Lamp White", "Lamp Black", "Duo", and "Late Pledge Lamp White" with no kit of
its own yet. Add-ons: "Spare Shade" (platform id 10750435) and "Extra Cable". Warehouses US and EU.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from fulfiller.db.models import (
    AddOn,
    Address,
    Backer,
    Campaign,
    Item,
    KitLine,
    Order,
    OrderAddOn,
    OrderExtraLine,
    RewardTier,
    Shipment,
    ShipmentLine,
    StockMovement,
    Warehouse,
)
from fulfiller.domain.enums import MovementKind, PledgeStatus, ShipmentStatus
from fulfiller.services.database import Database, open_db

ITEMS = {
    # sku: (name, variant, weight_g, is_stock, spare_percent)
    "LAMP-WH": ("Lamp", "White", 1000, True, None),
    "LAMP-BK": ("Lamp", "Black", 1000, True, None),
    "CABLE": ("Cable", "", 50, True, None),
    "SHADE": ("Shade", "Frosted", 200, True, Decimal("15")),
    "CARD": ("Thank-you card", "", 10, False, None),
}
TIERS = {
    "Lamp White": [("LAMP-WH", 1), ("CABLE", 1), ("CARD", 1)],
    "Lamp Black": [("LAMP-BK", 1), ("CABLE", 1), ("CARD", 1)],
    "Duo": [("LAMP-WH", 1), ("LAMP-BK", 1), ("CABLE", 2)],
    "Late Pledge Lamp White": [],
}
ADD_ONS = {"Spare Shade": ("10750435", [("SHADE", 1)]), "Extra Cable": ("10750436", [("CABLE", 1)])}


@dataclass
class Small:
    session: Session | None
    campaign_id: int
    items: dict[str, int] = field(default_factory=dict)
    tiers: dict[str, int] = field(default_factory=dict)
    add_ons: dict[str, int] = field(default_factory=dict)
    warehouses: dict[str, int] = field(default_factory=dict)
    orders: dict[str, int] = field(default_factory=dict)

    def bind(self, session: Session) -> Small:
        """The same campaign's ids, working in `session`."""
        return replace(self, session=session, orders={})

    @property
    def s(self) -> Session:
        assert self.session is not None, "bind the campaign to a session first"
        return self.session

    def order(
        self,
        number: str,
        tier: str | None,
        *,
        country: str = "US",
        warehouse: str | None = "US",
        add_ons: dict[str, int] | None = None,
        status: PledgeStatus = PledgeStatus.COLLECTED,
        merged_into: str | None = None,
    ) -> int:
        s = self.s
        backer = Backer(campaign_id=self.campaign_id, name=f"Backer {number}", email=f"b{number}@example.com")
        s.add(backer)
        s.flush()
        order = Order(
            campaign_id=self.campaign_id,
            backer_id=backer.id,
            platform_order_id=number,
            backer_number=number,
            tier_id=self.tiers[tier] if tier else None,
            reward_title=tier or "",
            warehouse_id=self.warehouses[warehouse] if warehouse else None,
            status=status,
            merged_into_id=self.orders[merged_into] if merged_into else None,
        )
        s.add(order)
        s.flush()
        s.add(Address(order_id=order.id, name=backer.name, line1="1 Main St", city="Town", country_code=country))
        for title, quantity in (add_ons or {}).items():
            s.add(OrderAddOn(order_id=order.id, add_on_id=self.add_ons[title], quantity=quantity))
        s.flush()
        self.orders[number] = order.id
        return order.id

    def extra(self, number: str, sku: str, quantity: int, note: str = "") -> None:
        self.s.add(OrderExtraLine(order_id=self.orders[number], item_id=self.items[sku], quantity=quantity, note=note))
        self.s.flush()

    def shipment(
        self, number: str, status: ShipmentStatus, lines: dict[str, int], *, replaces: int | None = None
    ) -> int:
        order_id = self.orders[number]
        sequence = 1 + sum(1 for _ in self.s.query(Shipment).filter(Shipment.order_id == order_id))
        shipment = Shipment(
            order_id=order_id,
            sequence=sequence,
            warehouse_id=self.s.get(Order, order_id).warehouse_id,  # type: ignore[union-attr]
            status=status,
            replaces_shipment_id=replaces,
        )
        self.s.add(shipment)
        self.s.flush()
        packed = status not in (ShipmentStatus.PENDING, ShipmentStatus.READY)
        for sku, quantity in lines.items():
            self.s.add(
                ShipmentLine(
                    shipment_id=shipment.id,
                    item_id=self.items[sku],
                    quantity=quantity,
                    packed_quantity=quantity if packed else 0,
                )
            )
        self.s.flush()
        return shipment.id

    def receive(self, warehouse: str, sku: str, quantity: int) -> None:
        self.s.add(
            StockMovement(
                warehouse_id=self.warehouses[warehouse],
                item_id=self.items[sku],
                kind=MovementKind.RECEIVED if quantity > 0 else MovementKind.PACKED,
                quantity=quantity,
            )
        )
        self.s.flush()

    def lines_of(self, shipment_id: int) -> dict[str, int]:
        found = self.s.query(ShipmentLine).filter(ShipmentLine.shipment_id == shipment_id)
        return {line.item.sku: line.quantity for line in found}


def make_template(folder: Path) -> tuple[Path, Small]:
    """A migrated database holding the small campaign, to copy for each test (migrating takes ~0.7 s)."""
    path = folder / "small.sqlite"
    db = open_db(path, create=True)
    try:
        with db.transaction() as session:
            small = small_campaign(session)
    finally:
        db.close()
    return path, replace(small, session=None)


@contextmanager
def opened_copy(template: Path, folder: Path) -> Iterator[Database]:
    copy = folder / "campaign-copy.sqlite"
    source, target = sqlite3.connect(template), sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.close()
    db = open_db(copy)
    try:
        yield db
    finally:
        db.close()


def small_campaign(session: Session) -> Small:
    campaign = Campaign(name="Lamps", currency="USD")
    session.add(campaign)
    session.flush()
    small = Small(session, campaign.id)
    for sku, (name, variant, weight, stock, spare) in ITEMS.items():
        item = Item(
            campaign_id=campaign.id,
            sku=sku,
            name=name,
            variant=variant,
            weight_g=weight,
            is_stock=stock,
            spare_percent=spare,
            customs_value=Decimal("5.00"),
        )
        session.add(item)
        session.flush()
        small.items[sku] = item.id
    for number, (title, lines) in enumerate(TIERS.items()):
        tier = RewardTier(campaign_id=campaign.id, title=title, platform_id=str(8000 + number))
        session.add(tier)
        session.flush()
        small.tiers[title] = tier.id
        session.add_all(KitLine(tier_id=tier.id, item_id=small.items[sku], quantity=q) for sku, q in lines)
    for title, (platform_id, lines) in ADD_ONS.items():
        add_on = AddOn(campaign_id=campaign.id, title=title, platform_id=platform_id)
        session.add(add_on)
        session.flush()
        small.add_ons[title] = add_on.id
        session.add_all(KitLine(add_on_id=add_on.id, item_id=small.items[sku], quantity=q) for sku, q in lines)
    for code in ("US", "EU"):
        warehouse = Warehouse(campaign_id=campaign.id, code=code, name=f"{code} warehouse")
        session.add(warehouse)
        session.flush()
        small.warehouses[code] = warehouse.id
    session.flush()
    return small
