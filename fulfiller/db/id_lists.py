"""Long lists of ids read through the driver's own cursor: for 250,000 ids, SQLAlchemy's result rows
cost as much as the query itself, and a list's ids are read at every search, filter and sort."""

from __future__ import annotations

from sqlalchemy import Select
from sqlalchemy.orm import Session


def id_list(session: Session, query: Select) -> list[int]:
    """The first column of every row of `query`, in its order, with its parameters bound as SQLAlchemy
    would bind them (an enum as its stored text)."""
    connection = session.connection()
    compiled = query.compile(connection)
    dialect = connection.dialect

    def bound(name: str) -> object:
        process = compiled.binds[name].type.bind_processor(dialect)
        value = compiled.params[name]
        return process(value) if process else value

    if compiled.positional:
        values: object = tuple(bound(name) for name in compiled.positiontup or ())
    else:
        values = {name: bound(name) for name in compiled.params}
    cursor = connection.connection.cursor()
    try:
        cursor.execute(compiled.string, values)
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()
