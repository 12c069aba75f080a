"""Order batches sent to label tools and fulfilment partners: what went where, so nothing goes twice."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fulfiller.db.models.base import Base
from fulfiller.domain.clock import utcnow


class PartnerExport(Base):
    """One file of orders written for a partner (a fulfilment house, ShipStation, Pirate Ship, USPS)."""

    __tablename__ = "partner_export"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    partner: Mapped[str] = mapped_column(String(100))  # who gets it; the format name unless the user names one
    format: Mapped[str] = mapped_column(String(32))
    file_name: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    operator: Mapped[str] = mapped_column(String(100), default="")
    order_count: Mapped[int] = mapped_column(default=0)

    orders: Mapped[list[PartnerExportOrder]] = relationship(back_populates="export", cascade="all, delete-orphan")


class PartnerTrackingColumns(Base):
    """Which columns of a partner's tracking sheet hold what, mapped once and used for every later sheet."""

    __tablename__ = "partner_tracking_columns"
    __table_args__ = (UniqueConstraint("campaign_id", "partner"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    partner: Mapped[str] = mapped_column(String(100))
    columns_json: Mapped[str] = mapped_column(Text)  # field -> header, as a JSON object
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class PartnerExportOrder(Base):
    __tablename__ = "partner_export_order"
    __table_args__ = (UniqueConstraint("export_id", "order_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    export_id: Mapped[int] = mapped_column(ForeignKey("partner_export.id", ondelete="CASCADE"), index=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)

    export: Mapped[PartnerExport] = relationship(back_populates="orders")
