"""Warehouses, the stock on their shelves, and the parcels that leave them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fulfiller.db.models.base import Base, Timestamped
from fulfiller.db.models.catalogue import Item
from fulfiller.db.types import DecimalText, enum_type
from fulfiller.domain.clock import utcnow
from fulfiller.domain.enums import MovementKind, ShipmentStatus


class Warehouse(Base):
    __tablename__ = "warehouse"
    __table_args__ = (UniqueConstraint("campaign_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    country_code: Mapped[str] = mapped_column(String(2), default="")

    region_rules: Mapped[list[RegionRule]] = relationship(back_populates="warehouse", cascade="all, delete-orphan")


class RegionRule(Base):
    """Orders to this country go to this warehouse (unless overridden per order)."""

    __tablename__ = "region_rule"
    __table_args__ = (UniqueConstraint("campaign_id", "country_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id", ondelete="CASCADE"), index=True)
    country_code: Mapped[str] = mapped_column(String(2))

    warehouse: Mapped[Warehouse] = relationship(back_populates="region_rules")


class Stock(Base):
    """Where an item lives in a warehouse; the quantity on hand is the sum of its movements."""

    __tablename__ = "stock"
    __table_args__ = (UniqueConstraint("warehouse_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), index=True)
    bin_location: Mapped[str] = mapped_column(String(64), default="")
    spare_percent: Mapped[Decimal | None] = mapped_column(DecimalText)

    item: Mapped[Item] = relationship()
    warehouse: Mapped[Warehouse] = relationship()


class StockMovement(Base):
    __tablename__ = "stock_movement"
    # A shelf's totals per kind read in the index alone (0009).
    __table_args__ = (Index("ix_stock_movement_totals", "warehouse_id", "item_id", "kind", "quantity", "shipment_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"))
    kind: Mapped[MovementKind] = mapped_column(enum_type(MovementKind))
    quantity: Mapped[int]  # signed: goods in are positive, goods out negative
    at: Mapped[datetime] = mapped_column(default=utcnow)
    operator: Mapped[str] = mapped_column(String(100), default="")
    shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipment.id", ondelete="SET NULL"))
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_shipment.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")


class InboundShipment(Base):
    """Goods arriving at a warehouse: counted and checked against what was expected."""

    __tablename__ = "inbound_shipment"

    id: Mapped[int] = mapped_column(primary_key=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id", ondelete="CASCADE"), index=True)
    reference: Mapped[str] = mapped_column(String(100), default="")  # container, bill of lading, PO
    arrived_at: Mapped[datetime] = mapped_column(default=utcnow)
    operator: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list[InboundLine]] = relationship(back_populates="inbound", cascade="all, delete-orphan")


class InboundLine(Base):
    __tablename__ = "inbound_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    inbound_id: Mapped[int] = mapped_column(ForeignKey("inbound_shipment.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="RESTRICT"))
    expected: Mapped[int] = mapped_column(default=0)
    counted: Mapped[int] = mapped_column(default=0)
    damaged: Mapped[int] = mapped_column(default=0)
    note: Mapped[str] = mapped_column(Text, default="")

    inbound: Mapped[InboundShipment] = relationship(back_populates="lines")
    item: Mapped[Item] = relationship()


class RateZone(Base):
    """A destination zone of a warehouse's shipping rate table: its countries and weight bands."""

    __tablename__ = "rate_zone"
    __table_args__ = (UniqueConstraint("warehouse_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    countries: Mapped[str] = mapped_column(Text, default="")  # ISO codes separated by spaces; "*" = the rest

    bands: Mapped[list[RateBand]] = relationship(
        back_populates="zone", cascade="all, delete-orphan", order_by="RateBand.max_weight_g"
    )


class RateBand(Base):
    __tablename__ = "rate_band"

    id: Mapped[int] = mapped_column(primary_key=True)
    zone_id: Mapped[int] = mapped_column(ForeignKey("rate_zone.id", ondelete="CASCADE"), index=True)
    max_weight_g: Mapped[int]
    cost: Mapped[Decimal] = mapped_column(DecimalText)
    currency: Mapped[str] = mapped_column(String(3), default="USD")

    zone: Mapped[RateZone] = relationship(back_populates="bands")


class Wave(Base):
    """Orders chosen to ship together: their parcels were made in one step, for a planned ship date."""

    __tablename__ = "wave"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    planned_ship_date: Mapped[date | None]
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouse.id", ondelete="SET NULL"))
    criteria: Mapped[str] = mapped_column(Text, default="")  # how the orders were chosen, as the person put it
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class Shipment(Timestamped, Base):
    """One parcel of an order; an order may be split into several."""

    __tablename__ = "shipment"
    __table_args__ = (
        UniqueConstraint("order_id", "sequence"),
        # Parcels by status, and the orders with an original parcel packed or further (0009).
        Index("ix_shipment_status_original", "status", "replaces_shipment_id", "order_id"),
        # A sort by tracking number or carrier reads these alone, in order (0011).
        Index("ix_shipment_tracking", "tracking_number", "order_id", "sequence"),
        Index("ix_shipment_wave_status", "wave_id", "status"),
        Index("ix_shipment_carrier", "carrier", "order_id", "sequence"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Indexed first in the unique (order, sequence): no index of its own (migration 0011).
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    sequence: Mapped[int] = mapped_column(default=1)
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouse.id", ondelete="SET NULL"))
    status: Mapped[ShipmentStatus] = mapped_column(enum_type(ShipmentStatus), default=ShipmentStatus.PENDING)
    carrier: Mapped[str] = mapped_column(String(64), default="")
    service: Mapped[str] = mapped_column(String(100), default="")
    tracking_number: Mapped[str] = mapped_column(String(64), default="")
    weight_g: Mapped[int | None]
    shipped_at: Mapped[datetime | None]
    delivered_at: Mapped[datetime | None]
    # A reship points at the parcel it replaces.
    replaces_shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipment.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    wave_id: Mapped[int | None] = mapped_column(ForeignKey("wave.id", ondelete="SET NULL"))
    handed_to: Mapped[str] = mapped_column(String(100), default="")  # the label tool or partner it was sent to

    lines: Mapped[list[ShipmentLine]] = relationship(back_populates="shipment", cascade="all, delete-orphan")
    history: Mapped[list[ShipmentStatusChange]] = relationship(
        back_populates="shipment", cascade="all, delete-orphan", order_by="ShipmentStatusChange.at"
    )


class ShipmentLine(Base):
    __tablename__ = "shipment_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipment.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="RESTRICT"))
    quantity: Mapped[int]
    packed_quantity: Mapped[int] = mapped_column(default=0)

    shipment: Mapped[Shipment] = relationship(back_populates="lines")
    item: Mapped[Item] = relationship()


class ShipmentStatusChange(Base):
    __tablename__ = "shipment_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipment.id", ondelete="CASCADE"), index=True)
    old_status: Mapped[ShipmentStatus | None] = mapped_column(enum_type(ShipmentStatus))
    new_status: Mapped[ShipmentStatus] = mapped_column(enum_type(ShipmentStatus))
    operator: Mapped[str] = mapped_column(String(100), default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")

    shipment: Mapped[Shipment] = relationship(back_populates="history")
