"""The replacement queue: the requests in the chosen state, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from fulfiller.services.aftersales.request_list import OPEN, RequestRow, fetch_request_rows, find_request_ids
from fulfiller.ui.models.lazy_table import LazyTableModel
from fulfiller.ui.ops import CampaignOps


class RequestsTableModel(LazyTableModel[RequestRow]):
    def __init__(self, ops: CampaignOps, parent: Any = None) -> None:
        headers = [self.tr("Request"), self.tr("Order"), self.tr("Backer"), self.tr("Reason"), self.tr("Items"),
                   self.tr("State"), self.tr("Warehouse"), self.tr("Logged by")]  # fmt: skip
        super().__init__(ops, headers, parent)
        self.wanted = OPEN

    def show_state(self, wanted: str) -> None:
        """Another state: a new list. The same after a change elsewhere: its rows read again."""
        same, self.wanted = wanted == self.wanted, wanted
        self.reload() if same else self.refresh()

    def find_ids(self, session: Session) -> list[int]:
        return find_request_ids(session, self._ops.campaign_id, self.wanted)

    def fetch_rows(self, session: Session, ids: Sequence[int]) -> dict[int, RequestRow]:
        return fetch_request_rows(session, ids)

    def display(self, row: RequestRow, column: int) -> str:
        return (str(row.id), row.order_code, f"#{row.backer_number} {row.backer_name}", row.reason_label,
                row.items_text, row.state.value, row.warehouse_code, row.logged_by)[column]  # fmt: skip
