"""The import history of a campaign, for the summary table and `fulfiller imports`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fulfiller.db.id_lists import id_list
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
    """Every import of the campaign, oldest first (for `fulfiller imports`)."""
    ids = find_batch_ids(session, campaign_id)[::-1]
    batches = fetch_batches(session, ids)
    return [batches[i] for i in ids]


def find_batch_ids(session: Session, campaign_id: int) -> list[int]:
    """The campaign's imports, newest first: the order the window lists them in."""
    query = select(ImportBatch.id).where(ImportBatch.campaign_id == campaign_id).order_by(ImportBatch.id.desc())
    return id_list(session, query)


def fetch_batches(session: Session, batch_ids: Sequence[int]) -> dict[int, BatchInfo]:
    batches = session.scalars(select(ImportBatch).where(ImportBatch.id.in_(list(batch_ids))))
    return {
        b.id: BatchInfo(
            b.id, b.file_name, b.format, b.operator, f"{b.started_at:%Y-%m-%d %H:%M}", b.rows, b.added, b.updated,
            b.unchanged, b.conflicts, b.rejected, b.undone_at is not None,
        )
        for b in batches
    }  # fmt: skip


def rejected_rows(session: Session, batch_id: int) -> list[tuple[str, int, str, str]]:
    """The rows an import refused, in the order it met them: file, row, column, why."""
    ids = find_rejected_ids(session, batch_id)
    rows = fetch_rejected(session, ids)
    return [rows[i] for i in ids]


def find_rejected_ids(session: Session, batch_id: int) -> list[int]:
    query = select(RejectedRow.id).where(RejectedRow.import_batch_id == batch_id).order_by(RejectedRow.id)
    return id_list(session, query)


def fetch_rejected(session: Session, row_ids: Sequence[int]) -> dict[int, tuple[str, int, str, str]]:
    rows = session.execute(
        select(RejectedRow.id, RejectedRow.source, RejectedRow.row, RejectedRow.column, RejectedRow.message).where(
            RejectedRow.id.in_(list(row_ids))
        )
    )
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}
