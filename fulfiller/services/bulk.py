"""Fast inserts for imports: plain executemany inside the session's transaction, with ids assigned
here so no row has to be read back."""

from __future__ import annotations

from collections.abc import Sequence
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


def insert_rows(session: Session, model: type[Base], columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
    """Insert tuples ordered as `columns`, whose values are already as SQLite stores them (see `to_sql`)."""
    table: Table = model.__table__  # type: ignore[assignment]
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    if rows:
        session.connection().exec_driver_sql(sql, list(rows))
    return len(rows)
