"""Reading a lazy list as a test does: every row it holds, and the text of a cell."""

from __future__ import annotations

from typing import Any


def shown_rows(model: Any) -> list[Any]:  # noqa: ANN401 - a LazyTableModel and its row type
    """Every row of the list, read page by page as scrolling would."""
    return [model.row_at(row) for row in range(model.rowCount())]


def cell(model: Any, row: int, column: int) -> str:  # noqa: ANN401
    return model.index(row, column).data()
