"""The import history and the rows an import refused, as lazy lists: a campaign imported weekly for a
year, or one file that refused 40,000 rows, opens as fast as one import."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from fulfiller.services.importing.history import (
    BatchInfo,
    fetch_batches,
    fetch_rejected,
    find_batch_ids,
    find_rejected_ids,
)
from fulfiller.ui.models.lazy_table import LazyTableModel
from fulfiller.ui.ops import CampaignOps

Rejected = tuple[str, int, str, str]  # file, row, column, why


class ImportsTableModel(LazyTableModel[BatchInfo]):
    def __init__(self, ops: CampaignOps, parent: Any = None) -> None:
        headers = [self.tr("#"), self.tr("When"), self.tr("File"), self.tr("By"), self.tr("Added"),
                   self.tr("Updated"), self.tr("Conflicts"), self.tr("Rejected"), self.tr("State")]  # fmt: skip
        super().__init__(ops, headers, parent)

    def find_ids(self, session: Session) -> list[int]:
        return find_batch_ids(session, self._ops.campaign_id)

    def fetch_rows(self, session: Session, ids: Sequence[int]) -> dict[int, BatchInfo]:
        return fetch_batches(session, ids)

    def display(self, row: BatchInfo, column: int) -> str:
        state = self.tr("undone") if row.undone else ""
        cells = (row.id, row.started_at, row.file, row.operator, f"{row.added:,}", f"{row.updated:,}",
                 f"{row.conflicts:,}", f"{row.rejected:,}", state)  # fmt: skip
        return str(cells[column])


class RejectedRowsModel(LazyTableModel[Rejected]):
    def __init__(self, ops: CampaignOps, batch_id: int, parent: Any = None) -> None:
        super().__init__(ops, [self.tr("File"), self.tr("Row"), self.tr("Column"), self.tr("Why")], parent)
        self.batch_id = batch_id

    def find_ids(self, session: Session) -> list[int]:
        return find_rejected_ids(session, self.batch_id)

    def fetch_rows(self, session: Session, ids: Sequence[int]) -> dict[int, Rejected]:
        return fetch_rejected(session, ids)

    def display(self, row: Rejected, column: int) -> str:
        return str(row[column])
