"""Each table's column widths, order and sort, remembered per view and station: a person who widened
the Name column or sorted Shipments by tracking number finds it so the next time."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from fulfiller.ui.settings import AppSettings


def _tables(view: QWidget) -> list[QTableView]:
    # Found in the order the view made them, which is the same on every start.
    return [t for t in view.findChildren(QTableView) if t.horizontalHeader().count()]


def _key(view_key: str, number: int) -> str:
    return f"columns/{view_key}-{number}"


def restore_columns(settings: AppSettings, view_key: str, view: QWidget) -> None:
    for number, table in enumerate(_tables(view)):
        state = settings.header_state(_key(view_key, number))
        if state is not None:
            header: QHeaderView = table.horizontalHeader()
            header.restoreState(state)
            if table.isSortingEnabled():  # the model sorts again as it was left
                table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())


def save_columns(settings: AppSettings, view_key: str, view: QWidget) -> None:
    for number, table in enumerate(_tables(view)):
        settings.set_header_state(_key(view_key, number), table.horizontalHeader().saveState())
