"""The Qt bindings must not lose references on Python overrides that C++ calls.

PySide6 6.12.0 on Python 3.11 drops a reference to None (and True/False) on each such call, and the
program aborts after a few thousand events (a scroll through the Backers table, a day at the pack
station). pyproject.toml holds PySide6 below 6.12; this test stops a release with the bug coming in.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QWidget

CALLS = 3000


class _Empty(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, ANN001
        return 2

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, ANN001
        return 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> None:  # noqa: ANN001
        return None


class _Shown(QWidget):
    def showEvent(self, event) -> None:  # noqa: ANN001
        return None


def test_model_data_returning_none_keeps_the_reference(qapp) -> None:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(_Empty())
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert sys.getrefcount(None) >= before - 50


def test_event_handlers_keep_the_reference(qapp) -> None:
    widget = _Shown()
    before = sys.getrefcount(None)
    for _ in range(CALLS // 2):
        widget.show()
        widget.hide()
    assert sys.getrefcount(None) >= before - 50
