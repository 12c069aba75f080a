"""What imports leave for a person to decide: rejected rows, address conflicts, duplicate suggestions,
and the column mappings users save as presets."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from fulfiller.db.models.base import Base
from fulfiller.domain.clock import utcnow


class RejectedRow(Base):
    """A row of an import that could not become an order; kept so nobody has to re-read the file."""

    __tablename__ = "rejected_row"

    id: Mapped[int] = mapped_column(primary_key=True)
    import_batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(500))
    row: Mapped[int]
    column: Mapped[str] = mapped_column(String(200), default="")
    message: Mapped[str] = mapped_column(Text)


class AddressConflict(Base):
    """A newer export changed an address the team had edited or locked: a person decides."""

    __tablename__ = "address_conflict"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id", ondelete="CASCADE"), index=True)
    proposed_json: Mapped[str] = mapped_column(Text)  # the address fields as the export has them
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolution: Mapped[str] = mapped_column(String(32), default="")  # "" open, "kept_local", "took_import"
    resolved_by: Mapped[str] = mapped_column(String(100), default="")
    resolved_at: Mapped[datetime | None]


class MergeSuggestion(Base):
    """Two orders that look like the same person; never merged without a person saying so."""

    __tablename__ = "merge_suggestion"
    __table_args__ = (UniqueConstraint("order_id", "other_order_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    other_order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(String(32))  # "same_email" or "same_name_address"
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16), default="open")  # open, merged, dismissed
    decided_by: Mapped[str] = mapped_column(String(100), default="")
    decided_at: Mapped[datetime | None]


class MappingPreset(Base):
    __tablename__ = "mapping_preset"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    mapping_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


Index("ix_address_conflict_open", AddressConflict.order_id, AddressConflict.resolution)
