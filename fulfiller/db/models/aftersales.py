"""Replacement requests for lost, damaged and incomplete parcels."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fulfiller.db.models.base import Base
from fulfiller.db.models.catalogue import Item
from fulfiller.db.types import enum_type
from fulfiller.domain.clock import utcnow
from fulfiller.domain.enums import ReplacementReason, ReplacementState


class ReplacementRequest(Base):
    __tablename__ = "replacement_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipment.id", ondelete="SET NULL"))
    reason: Mapped[ReplacementReason] = mapped_column(enum_type(ReplacementReason))
    state: Mapped[ReplacementState] = mapped_column(
        enum_type(ReplacementState), default=ReplacementState.REQUESTED, index=True
    )
    evidence: Mapped[str] = mapped_column(Text, default="")
    logged_by: Mapped[str] = mapped_column(String(100), default="")
    logged_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_by: Mapped[str] = mapped_column(String(100), default="")
    decided_at: Mapped[datetime | None]
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouse.id", ondelete="SET NULL"))
    reship_shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipment.id", ondelete="SET NULL"))

    lines: Mapped[list[ReplacementLine]] = relationship(back_populates="request", cascade="all, delete-orphan")


class ReplacementLine(Base):
    __tablename__ = "replacement_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("replacement_request.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="RESTRICT"))
    quantity: Mapped[int] = mapped_column(default=1)

    request: Mapped[ReplacementRequest] = relationship(back_populates="lines")
    item: Mapped[Item] = relationship()
