"""Backers, their pledges (orders), the add-ons they chose, and where to send them."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint, false, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fulfiller.db.models.base import Base, Timestamped
from fulfiller.db.models.catalogue import AddOn, RewardTier
from fulfiller.db.types import DecimalText, enum_type
from fulfiller.domain.clock import utcnow
from fulfiller.domain.enums import PledgeStatus, Severity


class Backer(Timestamped, Base):
    __tablename__ = "backer"
    __table_args__ = (Index("ix_backer_campaign_email", "campaign_id", "email"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Indexed first in (campaign_id, email): no index of its own (migration 0007).
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    platform_backer_id: Mapped[str] = mapped_column(String(64), default="")
    name: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(320), default="")

    orders: Mapped[list[Order]] = relationship(back_populates="backer", cascade="all, delete-orphan")


class Order(Timestamped, Base):
    """A pledge as the platform knows it, and the parcel(s) it turns into."""

    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("campaign_id", "platform_order_id"),
        # Everything "still to ship" and the counts per tier and warehouse read, in the index alone (0009, 0011).
        Index("ix_orders_to_ship", "campaign_id", "status", "merged_into_id", "packed", "warehouse_id", "tier_id"),
        Index("ix_orders_tier_status", "tier_id", "status"),
        # A search for a backer number (0010).
        Index("ix_orders_backer_number", "campaign_id", "backer_number"),
        # The few orders merged into another, and the ones they went into (0011); nothing at import.
        Index(
            "ix_orders_merged",
            "merged_into_id",
            "campaign_id",
            "status",
            sqlite_where=text("merged_into_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Indexed first in ix_orders_to_ship: no index of its own (migration 0007).
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    backer_id: Mapped[int] = mapped_column(ForeignKey("backer.id", ondelete="CASCADE"), index=True)
    # The id re-imports match on (Kickstarter backer number, Indiegogo order no., ...).
    platform_order_id: Mapped[str] = mapped_column(String(64))
    backer_number: Mapped[str] = mapped_column(String(64), default="")
    tier_id: Mapped[int | None] = mapped_column(ForeignKey("reward_tier.id", ondelete="SET NULL"))
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouse.id", ondelete="SET NULL"), index=True)
    # Set when a person chose the warehouse, so region rules no longer move the order.
    warehouse_overridden: Mapped[bool] = mapped_column(default=False, server_default=false())
    reward_title: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[PledgeStatus] = mapped_column(enum_type(PledgeStatus), default=PledgeStatus.COLLECTED)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    pledge_amount: Mapped[Decimal | None] = mapped_column(DecimalText)
    shipping_amount: Mapped[Decimal | None] = mapped_column(DecimalText)
    bonus_support: Mapped[Decimal | None] = mapped_column(DecimalText)
    pledged_at: Mapped[datetime | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    survey_json: Mapped[str] = mapped_column(Text, default="")
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id", ondelete="SET NULL"))
    # A digest of the export row as last imported: an unchanged row is recognised without parsing it.
    source_hash: Mapped[str] = mapped_column(String(32), default="", server_default="")
    last_import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id", ondelete="SET NULL"))
    # Set when a person merged this order into another one of the same backer.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id", ondelete="SET NULL"))
    # A parcel of its own (not a reship) is packed or further. Kept by the database's triggers on the
    # parcels (migration 0011); never written here.
    packed: Mapped[bool] = mapped_column(default=False, server_default=false())

    backer: Mapped[Backer] = relationship(back_populates="orders")
    tier: Mapped[RewardTier | None] = relationship()
    add_ons: Mapped[list[OrderAddOn]] = relationship(back_populates="order", cascade="all, delete-orphan")
    address: Mapped[Address | None] = relationship(back_populates="order", cascade="all, delete-orphan", uselist=False)


class OrderAddOn(Base):
    __tablename__ = "order_add_on"
    __table_args__ = (
        UniqueConstraint("order_id", "add_on_id"),
        # The add-on units of an order read in the index alone (0009).
        Index("ix_order_add_on_units", "order_id", "add_on_id", "quantity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    add_on_id: Mapped[int] = mapped_column(ForeignKey("add_on.id", ondelete="RESTRICT"), index=True)
    quantity: Mapped[int] = mapped_column(default=1)

    order: Mapped[Order] = relationship(back_populates="add_ons")
    add_on: Mapped[AddOn] = relationship()


class Address(Base):
    """The ship-to address as the backer gave it, plus a Latin-script version for carriers."""

    __tablename__ = "address"
    # An order's country read in the index alone (0010, fulfiller.db.planner.address_country).
    __table_args__ = (Index("ix_address_order_country", "order_id", "country_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), unique=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    company: Mapped[str] = mapped_column(String(300), default="")
    line1: Mapped[str] = mapped_column(String(300), default="")
    line2: Mapped[str] = mapped_column(String(300), default="")
    line3: Mapped[str] = mapped_column(String(300), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(32), default="")
    country_code: Mapped[str] = mapped_column(String(2), default="", index=True)
    country_as_given: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    delivery_notes: Mapped[str] = mapped_column(Text, default="")
    # The Latin-script proposal (empty where the original is already Latin).
    latin_name: Mapped[str] = mapped_column(String(300), default="")
    latin_line1: Mapped[str] = mapped_column(String(300), default="")
    latin_line2: Mapped[str] = mapped_column(String(300), default="")
    latin_city: Mapped[str] = mapped_column(String(200), default="")
    latin_state: Mapped[str] = mapped_column(String(200), default="")
    latin_confirmed: Mapped[bool] = mapped_column(default=False)
    # Edited or locked here: a re-import must not overwrite it silently.
    edited_locally: Mapped[bool] = mapped_column(default=False)
    locked: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    order: Mapped[Order] = relationship(back_populates="address")


class OrderSearch(Base):
    """Each order's name, e-mail, city and postal code as one case-folded text, for the Backers search.

    Written only by the database's triggers (migration 0010, fulfiller.db.search_text), whatever
    changes an order, its backer or its address."""

    __tablename__ = "order_search"

    order_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    text: Mapped[str] = mapped_column(Text, default="")


class OrderProblem(Base):
    """Something a carrier or customs would reject, found on import or later checks."""

    __tablename__ = "order_problem"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(64), index=True)
    severity: Mapped[Severity] = mapped_column(enum_type(Severity))
    field: Mapped[str] = mapped_column(String(64), default="")
    message: Mapped[str] = mapped_column(Text)


class OrderExtraLine(Base):
    """An item packed for one order beyond its kits: a replacement part, a goodwill gift."""

    __tablename__ = "order_extra_line"
    __table_args__ = (CheckConstraint("quantity > 0", name="positive_quantity"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="RESTRICT"))
    quantity: Mapped[int] = mapped_column(default=1)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
