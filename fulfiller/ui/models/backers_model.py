"""A table of a campaign's backers that holds only the matching ids and builds rows on demand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from fulfiller.domain.enums import Severity
from fulfiller.services.backers import BackerColumn, BackerFilter, BackerRow, fetch_rows, find_order_ids
from fulfiller.ui import labels
from fulfiller.ui.ops import CampaignOps

PAGE = 200
ORDER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

_ERROR_BRUSH = QBrush(QColor("#fde2e1"))
_WARNING_BRUSH = QBrush(QColor("#fff4d6"))

Index = QModelIndex | QPersistentModelIndex


class BackersTableModel(QAbstractTableModel):
    COLUMNS: tuple[BackerColumn, ...] = tuple(BackerColumn)

    def __init__(self, ops: CampaignOps, parent: Any = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._filter = BackerFilter()
        self._sort = BackerColumn.NUMBER
        self._descending = False
        self._ids: list[int] = []
        self._rows: dict[int, BackerRow] = {}
        self._headers = {
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
        self.refresh()

    # --- what is shown -------------------------------------------------------------------------

    def set_filter(self, flt: BackerFilter) -> None:
        self._filter = flt
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._ids = self._matching_ids()
        self._rows.clear()
        self.endResetModel()

    def reload(self) -> None:
        """The campaign changed somewhere: the same list keeps its selection and scroll position, and
        only its rows are read again; a list that gained or lost orders is rebuilt."""
        ids = self._matching_ids()
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self._rows.clear()
            self.endResetModel()
            return
        self._rows.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1))

    def _matching_ids(self) -> list[int]:
        return self._ops.read(
            lambda session: find_order_ids(
                session, self._ops.campaign_id, self._filter, sort=self._sort, descending=self._descending
            )
        )

    def order_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, order_id: int) -> int | None:
        try:
            return self._ids.index(order_id)
        except ValueError:
            return None

    # --- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[self.COLUMNS[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, self.COLUMNS[index.column()])
        if role == Qt.ItemDataRole.BackgroundRole:
            return {Severity.ERROR: _ERROR_BRUSH, Severity.WARNING: _WARNING_BRUSH}.get(row.worst_problem)
        if role == ORDER_ID_ROLE:
            return row.order_id
        if role == ROW_ROLE:
            return row
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = self.COLUMNS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self._ids = self._matching_ids()
        self._rows.clear()
        self.layoutChanged.emit()

    @staticmethod
    def _display(row: BackerRow, column: BackerColumn) -> str:
        value = getattr(row, column.value)
        if column is BackerColumn.STATUS:
            return labels.pledge_status(value)
        if column is BackerColumn.SHIPMENT:
            return labels.shipment_status(value)
        return value

    # --- lazy rows -----------------------------------------------------------------------------

    def _row(self, row: int) -> BackerRow | None:
        order_id = self._ids[row]
        if order_id not in self._rows:
            self._load_page_around(row)
        return self._rows.get(order_id)

    def _load_page_around(self, row: int) -> None:
        start = max(0, row - PAGE // 4)
        ids = self._ids[start : start + PAGE]
        if len(self._rows) > 20 * PAGE:  # keep memory flat when scrolling through 250,000 rows
            self._rows.clear()
        self._rows.update(self._ops.read(lambda session: fetch_rows(session, ids)))
