"""The Backers list: a campaign's orders matching the search and filters, in the chosen order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from sqlalchemy.orm import Session

from fulfiller.domain.enums import Severity
from fulfiller.services.backers import BackerColumn, BackerFilter, BackerRow, fetch_rows, find_order_ids
from fulfiller.ui import labels
from fulfiller.ui.models.lazy_table import LazyTableModel
from fulfiller.ui.ops import CampaignOps

_ERROR_BRUSH = QBrush(QColor("#fde2e1"))
_WARNING_BRUSH = QBrush(QColor("#fff4d6"))


class BackersTableModel(LazyTableModel[BackerRow]):
    REVERSIBLE_SORT = True
    COLUMNS: tuple[BackerColumn, ...] = tuple(BackerColumn)

    def __init__(self, ops: CampaignOps, parent: Any = None) -> None:
        headers = {
            BackerColumn.NUMBER: self.tr("Backer #"),
            BackerColumn.NAME: self.tr("Name"),
            BackerColumn.EMAIL: self.tr("E-mail"),
            BackerColumn.COUNTRY: self.tr("Country"),
            BackerColumn.CITY: self.tr("City"),
            BackerColumn.TIER: self.tr("Reward"),
            BackerColumn.STATUS: self.tr("Pledge"),
            BackerColumn.SHIPMENT: self.tr("Shipment"),
            BackerColumn.PROBLEMS: self.tr("Problems"),
        }
        super().__init__(ops, [headers[column] for column in self.COLUMNS], parent)
        self._filter = BackerFilter()

    def set_filter(self, flt: BackerFilter) -> None:
        self._filter = flt
        self.refresh()

    def find_ids(self, session: Session) -> list[int]:
        flt, sort, descending = self._filter, self.COLUMNS[self.sort_column], self.descending
        return find_order_ids(session, self._ops.campaign_id, flt, sort=sort, descending=descending)

    def fetch_rows(self, session: Session, ids: Sequence[int]) -> dict[int, BackerRow]:
        return fetch_rows(session, ids)

    def order_id(self, row: int) -> int:
        return self.id_at(row)

    def display(self, row: BackerRow, column: int) -> str:
        key = self.COLUMNS[column]
        value = getattr(row, key.value)
        if key is BackerColumn.STATUS:
            return labels.pledge_status(value)
        if key is BackerColumn.SHIPMENT:
            return labels.shipment_status(value)
        return value

    def decoration(self, row: BackerRow, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return {Severity.ERROR: _ERROR_BRUSH, Severity.WARNING: _WARNING_BRUSH}.get(row.worst_problem)
        return None
