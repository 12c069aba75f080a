"""The one table model of every big list: the matching ids first (read off the GUI thread), each row
read when it is drawn, a page at a time, so 250,000 orders or parcels open as fast as 2,000."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from sqlalchemy.orm import Session

from fulfiller.ui.ops import CampaignOps

PAGE = 200
KEPT_PAGES = 20  # rows kept while scrolling; beyond this the cache starts again, so memory stays flat
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class LazyTableModel(QAbstractTableModel, Generic[Row]):
    """Subclasses say which ids match (`find_ids`, in the chosen order), how to read the rows of some
    ids (`fetch_rows`) and what a cell shows (`display`); `headers` names the columns."""

    loaded = Signal()  # new ids arrived: the count beside the table can be updated
    # True where find_ids sorts descending as exactly ascending reversed: a second click on a header
    # then turns the list round at once, with no query.
    REVERSIBLE_SORT = False

    def __init__(self, ops: CampaignOps, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._headers = list(headers)
        self._ids: list[int] = []
        self._rows: dict[int, Row] = {}
        self.sort_column, self.descending = 0, False
        self.has_loaded = False  # until the first ids arrive, the view says it is loading
        self._asked = False  # a sort chosen before the first question only sets the order asked for
        self._waiting = False  # a question for the ids is out: the ids shown may be about to change

    # --- what subclasses say -------------------------------------------------------------------

    def find_ids(self, session: Session) -> list[int]:
        raise NotImplementedError

    def fetch_rows(self, session: Session, ids: Sequence[int]) -> dict[int, Row]:
        raise NotImplementedError

    def display(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def decoration(self, row: Row, role: int) -> Any:  # noqa: ARG002 - a colour or tooltip, if any
        return None

    # --- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask for the matching ids again; the table shows them when they come (a new list)."""
        self._ask(self._replace)

    def reload(self) -> None:
        """The campaign changed: the same ids keep their selection and scroll position and only their
        rows are read again; a list that gained or lost rows is replaced."""
        self._ask(self._update)

    def _ask(self, done: Callable[[list[int]], None]) -> None:
        self._asked = self._waiting = True
        self._ops.query(self, self.find_ids, done, key="ids")

    def _replace(self, ids: list[int]) -> None:
        self._waiting = False
        self.beginResetModel()
        self._ids, self.has_loaded = ids, True
        self._rows.clear()
        self.endResetModel()
        self.loaded.emit()

    def _update(self, ids: list[int]) -> None:
        self._waiting = False
        if ids != self._ids or not self.has_loaded:
            self._replace(ids)
            return
        self._rows.clear()
        if ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, self.columnCount() - 1))
        self.loaded.emit()

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, item_id: int) -> int | None:
        try:
            return self._ids.index(item_id)
        except ValueError:
            return None

    def row_at(self, row: int) -> Row | None:
        """The display row of a table row, read now if it is not yet."""
        if not 0 <= row < len(self._ids):
            return None
        item_id = self._ids[row]
        if item_id not in self._rows:
            self._load_page_around(row)
        return self._rows.get(item_id)

    def _load_page_around(self, row: int) -> None:
        start = max(0, row - PAGE // 4)
        ids = self._ids[start : start + PAGE]
        if len(self._rows) > KEPT_PAGES * PAGE:
            self._rows.clear()
        self._rows.update(self._ops.read(lambda session: self.fetch_rows(session, ids)))

    # --- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self._headers):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # a cut cell in full
            return self.display(row, index.column())
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == ROW_ROLE:
            return row
        return self.decoration(row, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self.sort_column, self.descending) and self.has_loaded:
            return  # the header told us what we already show
        turned = column == self.sort_column and self.has_loaded and not self._waiting
        self.sort_column, self.descending = column, descending
        if turned and self.REVERSIBLE_SORT:
            self._sorted(self._ids[::-1])
        elif self._asked:
            self._ask(self._sorted)

    def _sorted(self, ids: list[int]) -> None:
        """The same rows in a new order: the selected ones stay selected (Qt follows them by id)."""
        self._waiting = False
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        kept = [(index, self._ids[index.row()]) for index in before if index.row() < len(self._ids)]
        self._ids, self.has_loaded = ids, True
        self._rows.clear()
        if kept:
            where = _positions(ids, {item_id for _, item_id in kept})
            moved = [
                self.index(where[item_id], index.column()) if item_id in where else QModelIndex()
                for index, item_id in kept
            ]
            self.changePersistentIndexList([index for index, _ in kept], moved)
        self.layoutChanged.emit()
        self.loaded.emit()


def _positions(ids: list[int], wanted: set[int]) -> dict[int, int]:
    """Where each wanted id is in `ids`: a search in C for a few (the usual selection), one pass for many."""
    if len(wanted) > 16:
        return {item_id: row for row, item_id in enumerate(ids) if item_id in wanted}
    found = {}
    for item_id in wanted:
        with contextlib.suppress(ValueError):
            found[item_id] = ids.index(item_id)
    return found
