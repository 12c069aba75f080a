"""Fast inserts for imports: plain executemany inside the session's transaction, with ids assigned
here so no row has to be read back."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
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

    def take_many(self, count: int) -> int:
        """The first of `count` consecutive ids."""
        first = self.next
        self.next += count
        return first


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
    fixed = {name: sql_literal(value) for name, value in (constants or {}).items()}
    return insert_computed(session, model, numbered(columns) | fixed, rows)


def insert_computed(
    session: Session, model: type[Base], values: Mapping[str, str], rows: Sequence[Sequence[Any]]
) -> int:
    """Insert one row per tuple, each column's value an SQL expression over the tuple's values: ?1 is the
    first ("?3 + 1200" an id from a position, a CASE a reference from an index, a literal a constant).
    SQLite works the values out as it inserts, so no row is rebuilt in Python."""
    table: Table = model.__table__  # type: ignore[assignment]
    if rows:
        sql = f"INSERT INTO {table.name} ({', '.join(values)}) VALUES ({', '.join(values.values())})"
        session.connection().exec_driver_sql(sql, list(rows))
    return len(rows)


def numbered(names: Sequence[str], mark: str = "?") -> dict[str, str]:
    """Each column taken from the value at its place in a row, as {"name": "?1", ...}; "" skips a place.
    `mark` "c" names the columns of a table of `serialized_tables` instead (c1, c2 ...)."""
    return {name: f"{mark}{i}" for i, name in enumerate(names, start=1) if name}


SPAN_SCHEMA = "import_span"  # where this connection reads the tables of `serialized_tables` (`attach_tables`)


def serialized_tables(tables: Mapping[str, tuple[int, Sequence[Sequence[Any]]]]) -> bytes:
    """Rows (each table: its width and rows) in the tables c1, c2 ... of a new in-memory SQLite database, as
    that database's bytes. A worker process sends a span's rows so: the importing process inserts them with
    one INSERT ... SELECT each (`insert_selected`), in C, instead of reading every value into Python and
    binding it again. Columns without a type keep each value as it was (text, integer, NULL)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.execute("BEGIN")
        for name, (width, rows) in tables.items():
            conn.execute(f"CREATE TABLE {name} ({', '.join(f'c{i}' for i in range(1, width + 1))})")
            conn.executemany(f"INSERT INTO {name} VALUES ({', '.join('?' * width)})", rows)
        conn.execute("COMMIT")
        return conn.serialize()
    finally:
        conn.close()


def read_serialized(data: bytes, table: str) -> list[tuple[Any, ...]]:
    """The rows of one table of `serialized_tables`, in the order they were given."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(data)
        return conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
    finally:
        conn.close()


def attach_tables(session: Session, data: bytes) -> None:
    """The tables of `data` (`serialized_tables`) readable as SPAN_SCHEMA.<table> on the connection of this
    session's transaction, replacing those attached before; `detach_tables` lets them go."""
    conn = session.connection().connection.driver_connection
    if not any(name == SPAN_SCHEMA for _, name, _ in conn.execute("PRAGMA database_list")):
        conn.execute(f"ATTACH ':memory:' AS {SPAN_SCHEMA}")  # allowed in a transaction; detaching is not
    conn.deserialize(data, name=SPAN_SCHEMA)


def detach_tables(dbapi_conn: sqlite3.Connection) -> None:
    """Let go of attached rows (`attach_tables`): for a connection going back to the pool, out of its
    transaction by then, so that it holds neither the memory nor the name for whoever takes it next."""
    if any(name == SPAN_SCHEMA for _, name, _ in dbapi_conn.execute("PRAGMA database_list")):
        dbapi_conn.execute(f"DETACH {SPAN_SCHEMA}")


def insert_selected(session: Session, model: type[Base], values: Mapping[str, str], table: str) -> None:
    """`insert_computed` of the rows of the attached table SPAN_SCHEMA.<table>, in their order: each column's
    value an SQL expression over the row's columns c1, c2 ..."""
    target: Table = model.__table__  # type: ignore[assignment]
    sql = (
        f"INSERT INTO {target.name} ({', '.join(values)}) SELECT {', '.join(values.values())}"
        f" FROM {SPAN_SCHEMA}.{table} ORDER BY rowid"
    )
    session.connection().exec_driver_sql(sql)


def sql_case(parameter: str, values: Sequence[int]) -> str:
    """An SQL expression giving values[i] where `parameter` is i, NULL where it is NULL."""
    if not values:
        return "NULL"
    return f"CASE {parameter} " + " ".join(f"WHEN {i} THEN {int(v)}" for i, v in enumerate(values)) + " END"


def sql_literal(value: int | str) -> str:
    """A number or text as SQL, stored exactly as the same value bound as a parameter would be."""
    if isinstance(value, int):  # bool too: SQLite stores True as 1
        return str(int(value))
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(f"not a constant insert_rows writes into SQL: {value!r}")


def indexes_rebuilt_after(session: Session, models: Sequence[type[Base]]) -> AbstractContextManager[None]:
    """Drop the secondary indexes of `models`' tables for a bulk insert and create them again after it.

    SQLite builds an index from all its rows at once far faster than it updates it row by row (~1 s of
    a 250,000-row import). Unique indexes stay. Within the caller's transaction: if the block fails,
    the indexes are not made again, and rolling back the transaction brings them back.
    """
    return _set_aside(session, models, "index", "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'")


def triggers_set_aside(session: Session, models: Sequence[type[Base]]) -> AbstractContextManager[None]:
    """Drop the triggers on `models`' tables for a bulk insert and create them again, as they were, after
    it; the caller writes in one statement what they would have written row by row (for the search
    text, 3 to 7 s of a 250,000-row import). Within the caller's transaction, as for the indexes."""
    return _set_aside(session, models, "trigger")


@contextmanager
def _set_aside(session: Session, models: Sequence[type[Base]], kind: str, only: str = "") -> Iterator[None]:
    conn = session.connection()
    names = ", ".join(f"'{model.__table__.name}'" for model in models)  # type: ignore[attr-defined]
    found = conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = '{kind}' {only} AND tbl_name IN ({names})"
    ).all()
    for name, _ in found:
        conn.exec_driver_sql(f'DROP {kind.upper()} "{name}"')
    yield
    for _, sql in found:
        conn.exec_driver_sql(sql)
