"""Words for SQLite's query planner, in plain SQL.

SQLite keeps no statistics here (no ANALYZE), so it guesses that a condition on an indexed column
picks few rows. "The order is of this campaign" picks all of them in a file of one campaign: a join
from a handful of requests or claims to their orders should start from the requests, not walk every
order of the campaign looking for its requests.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Integer, String, column, literal_column
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ColumnClause, TableClause

T = TypeVar("T")


def checked_per_row(column: ColumnElement[T]) -> ColumnElement[T]:
    """The same integer value, `column + 0`, which no index can answer: the condition is then checked
    on the rows the join reaches from its other, smaller tables (SQLite's documented way to keep a term
    from choosing the index)."""
    return column + literal_column("0")


class IndexedTable(TableClause):
    """A table read through one named index (SQLite's INDEXED BY; other engines choose for themselves).

    SQLite prefers an address's unique order index, which leads to the whole row; where only the order's
    country is wanted, the (order, country) index holds it alone: about half the time of the estimate."""

    inherit_cache = True

    def __init__(self, name: str, index: str, *columns: ColumnClause[Any]) -> None:
        super().__init__(name, *columns)
        self.index_name = index


@compiles(IndexedTable)
def _any_engine(element: IndexedTable, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.visit_table(element, **kw)


@compiles(IndexedTable, "sqlite")
def _sqlite(element: IndexedTable, compiler: SQLCompiler, **kw: Any) -> str:
    text = compiler.visit_table(element, **kw)
    return f"{text} INDEXED BY {element.index_name}" if kw.get("asfrom") else text


# Each order's destination country, from the index (migration 0010); not for queries that join Address too.
address_country = IndexedTable(
    "address", "ix_address_order_country", column("order_id", Integer), column("country_code", String)
)
