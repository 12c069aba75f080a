"""Words for SQLite's query planner, in plain SQL.

SQLite keeps no statistics here (no ANALYZE), so it guesses that a condition on an indexed column
picks few rows. "The order is of this campaign" picks all of them in a file of one campaign: a join
from a handful of requests or claims to their orders should start from the requests, not walk every
order of the campaign looking for its requests.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import ColumnElement, literal_column

T = TypeVar("T")


def checked_per_row(column: ColumnElement[T]) -> ColumnElement[T]:
    """The same integer value, `column + 0`, which no index can answer: the condition is then checked
    on the rows the join reaches from its other, smaller tables (SQLite's documented way to keep a term
    from choosing the index)."""
    return column + literal_column("0")
