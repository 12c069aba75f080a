"""Replacement requests for lost, damaged and incomplete parcels, and carrier claims for lost and damaged ones."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fulfiller.db.models.base import Base
from fulfiller.db.models.catalogue import Item
from fulfiller.db.types import DecimalText, enum_type
from fulfiller.domain.aftersales import ClaimStatus
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
    whole_kit: Mapped[bool] = mapped_column(default=False)  # the lines are the order's whole checklist
    decision_note: Mapped[str] = mapped_column(Text, default="")  # why it was rejected (or approved)
    closed_by: Mapped[str] = mapped_column(String(100), default="")
    closed_at: Mapped[datetime | None]

    lines: Mapped[list[ReplacementLine]] = relationship(back_populates="request", cascade="all, delete-orphan")


class ReplacementLine(Base):
    __tablename__ = "replacement_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("replacement_request.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="RESTRICT"))
    quantity: Mapped[int] = mapped_column(default=1)

    request: Mapped[ReplacementRequest] = relationship(back_populates="lines")
    item: Mapped[Item] = relationship()


class CarrierClaim(Base):
    """A claim filed with the carrier for a lost or damaged parcel."""

    __tablename__ = "carrier_claim"
    __table_args__ = (Index("ix_carrier_claim_status_deadline", "status", "deadline"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipment.id", ondelete="CASCADE"), index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("replacement_request.id", ondelete="SET NULL"))
    carrier: Mapped[str] = mapped_column(String(64), default="")
    claim_number: Mapped[str] = mapped_column(String(100), default="")  # the carrier's claim id
    amount: Mapped[Decimal] = mapped_column(DecimalText)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    status: Mapped[ClaimStatus] = mapped_column(enum_type(ClaimStatus), default=ClaimStatus.OPEN)
    deadline: Mapped[date | None]
    note: Mapped[str] = mapped_column(Text, default="")
    opened_by: Mapped[str] = mapped_column(String(100), default="")
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
