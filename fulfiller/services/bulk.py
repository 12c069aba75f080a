"""Fast inserts for imports: plain executemany inside the session's transaction, with ids assigned
here so no row has to be read back."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import Base


class IdSequence:
    """Hands out the next ids of a table; valid while this transaction holds the write lock."""

    def __init__(self, session: Session, model: type[Base]) -> None:
        table: Table = model.__table__  # type: ignore[assignment]
        self.next = int(session.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1

    def take(self) -> int:
        value = self.next
        self.next += 1
        return value


def insert_rows(
    session: Session,
    model: type[Base],
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    constants: Mapping[str, int | str] | None = None,
) -> int:
    """Insert tuples ordered as `columns`, whose values are already as SQLite stores them (see `to_sql`).

    `constants` are columns every row shares (a campaign id, a time): written once into the statement
    instead of bound again for each of 250,000 rows.
    """
    table: Table = model.__table__  # type: ignore[assignment]
    fixed = constants or {}
    names = ", ".join([*columns, *fixed])
    values = ", ".join(["?"] * len(columns) + [_literal(value) for value in fixed.values()])
    if rows:
        session.connection().exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({values})", list(rows))
    return len(rows)


def _literal(value: int | str) -> str:
    """A number or text as SQL, stored exactly as the same value bound as a parameter would be."""
    if isinstance(value, int):  # bool too: SQLite stores True as 1
        return str(int(value))
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(f"not a constant insert_rows writes into SQL: {value!r}")
