"""The import history of a campaign, for the summary table and `fulfiller imports`."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fulfiller.db.models import ImportBatch, RejectedRow


@dataclass(frozen=True)
class BatchInfo:
    id: int
    file: str
    format: str
    operator: str
    started_at: str
    rows: int
    added: int
    updated: int
    unchanged: int
    conflicts: int
    rejected: int
    undone: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def list_imports(session: Session, campaign_id: int) -> list[BatchInfo]:
    batches = session.scalars(
        select(ImportBatch).where(ImportBatch.campaign_id == campaign_id).order_by(ImportBatch.id)
    )
    return [
        BatchInfo(
            b.id, b.file_name, b.format, b.operator, f"{b.started_at:%Y-%m-%d %H:%M}", b.rows, b.added, b.updated,
            b.unchanged, b.conflicts, b.rejected, b.undone_at is not None,
        )
        for b in batches
    ]  # fmt: skip


def rejected_rows(session: Session, batch_id: int) -> list[tuple[str, int, str, str]]:
    rows = session.execute(
        select(RejectedRow.source, RejectedRow.row, RejectedRow.column, RejectedRow.message)
        .where(RejectedRow.import_batch_id == batch_id)
        .order_by(RejectedRow.id)
    )
    return [tuple(r) for r in rows]  # type: ignore[misc]
