"""Long lists of ids read straight from the driver's cursor: for 250,000 ids, SQLAlchemy's result rows
cost as much as the query itself, and a list's ids are read at every search, filter and sort."""

from __future__ import annotations

from sqlalchemy import Select
from sqlalchemy.orm import Session


def id_list(session: Session, query: Select) -> list[int]:
    """The first column of every row of `query`, in its order. SQLAlchemy binds the parameters (an enum
    as its stored text, a list for IN); only the rows skip its result objects."""
    result = session.connection().execute(query)
    try:
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()
