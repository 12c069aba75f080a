"""The campaign and what it promises: reward tiers, add-ons, items and their kits."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fulfiller.db.models.base import Base, Timestamped
from fulfiller.db.types import DecimalText, enum_type
from fulfiller.domain.enums import Platform


class Campaign(Timestamped, Base):
    __tablename__ = "campaign"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    platform: Mapped[Platform] = mapped_column(enum_type(Platform), default=Platform.KICKSTARTER)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    thank_you_note: Mapped[str] = mapped_column(Text, default="")
    # Planning defaults: spare stock on top of demand, and a buffer on the shipping-cost estimate.
    spare_percent: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("12"), server_default="12")
    cost_buffer_percent: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("25"), server_default="25")

    tiers: Mapped[list[RewardTier]] = relationship(back_populates="campaign", cascade="all, delete-orphan")
    add_ons: Mapped[list[AddOn]] = relationship(back_populates="campaign", cascade="all, delete-orphan")
    items: Mapped[list[Item]] = relationship(back_populates="campaign", cascade="all, delete-orphan")


class RewardTier(Base):
    __tablename__ = "reward_tier"
    __table_args__ = (UniqueConstraint("campaign_id", "title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    platform_id: Mapped[str | None] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(300))
    minimum: Mapped[Decimal | None] = mapped_column(DecimalText)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    # A tier the platform names differently (a late-pledge copy, a renamed reward) packs like this one.
    kit_tier_id: Mapped[int | None] = mapped_column(ForeignKey("reward_tier.id", ondelete="SET NULL"))

    campaign: Mapped[Campaign] = relationship(back_populates="tiers")
    kit_lines: Mapped[list[KitLine]] = relationship(back_populates="tier", cascade="all, delete-orphan")


class AddOn(Base):
    __tablename__ = "add_on"
    __table_args__ = (UniqueConstraint("campaign_id", "title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    platform_id: Mapped[str | None] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(300))
    price: Mapped[Decimal | None] = mapped_column(DecimalText)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    kit_add_on_id: Mapped[int | None] = mapped_column(ForeignKey("add_on.id", ondelete="SET NULL"))

    campaign: Mapped[Campaign] = relationship(back_populates="add_ons")
    kit_lines: Mapped[list[KitLine]] = relationship(back_populates="add_on", cascade="all, delete-orphan")


class Item(Base):
    __tablename__ = "item"
    __table_args__ = (UniqueConstraint("campaign_id", "sku"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(300))
    variant: Mapped[str] = mapped_column(String(100), default="")
    weight_g: Mapped[int | None]
    length_mm: Mapped[int | None]
    width_mm: Mapped[int | None]
    height_mm: Mapped[int | None]
    hs_code: Mapped[str] = mapped_column(String(16), default="")
    origin_country: Mapped[str] = mapped_column(String(2), default="")
    customs_value: Mapped[Decimal | None] = mapped_column(DecimalText)
    customs_currency: Mapped[str] = mapped_column(String(3), default="USD")
    # Non-stock lines (a hand-written card) are packed but never counted on a shelf.
    is_stock: Mapped[bool] = mapped_column(default=True)
    spare_percent: Mapped[Decimal | None] = mapped_column(DecimalText)

    campaign: Mapped[Campaign] = relationship(back_populates="items")


class KitLine(Base):
    """One line of a bill of materials: a tier or an add-on contains `quantity` of an item."""

    __tablename__ = "kit_line"
    __table_args__ = (
        CheckConstraint("(tier_id IS NULL) != (add_on_id IS NULL)", name="one_owner"),
        CheckConstraint("quantity > 0", name="positive_quantity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    tier_id: Mapped[int | None] = mapped_column(ForeignKey("reward_tier.id", ondelete="CASCADE"), index=True)
    add_on_id: Mapped[int | None] = mapped_column(ForeignKey("add_on.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="RESTRICT"), index=True)
    quantity: Mapped[int] = mapped_column(default=1)

    tier: Mapped[RewardTier | None] = relationship(back_populates="kit_lines")
    add_on: Mapped[AddOn | None] = relationship(back_populates="kit_lines")
    item: Mapped[Item] = relationship()
