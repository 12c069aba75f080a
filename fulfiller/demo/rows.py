"""How the demo writes: rows as plain dicts with ids handed out here, inserted in bulk."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from fulfiller.db.bulk import IdSequence
from fulfiller.db.models import (
    Address,
    Backer,
    Base,
    Order,
    OrderAddOn,
    OrderProblem,
)

Row = dict[str, Any]

ROWS_PER_STATEMENT = 5_000


def bulk_insert(session: Session, model: type[Base], rows: list[Row]) -> None:
    """Core executemany on the table: the ORM's bulk path splits batches wherever a value is None."""
    table = model.__table__
    for start in range(0, len(rows), ROWS_PER_STATEMENT):
        session.execute(insert(table), rows[start : start + ROWS_PER_STATEMENT])


class Ids:
    """Primary keys above the highest one in each table, so inserts need no RETURNING."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._sequences: dict[type[Base], IdSequence] = {}

    def take(self, model: type[Base]) -> int:
        # Read each table's highest id once, on first use: the rows are not written yet when ids are taken.
        if model not in self._sequences:
            self._sequences[model] = IdSequence(self._session, model)
        return self._sequences[model].take()


@dataclass
class ChunkRows:
    """Everything one chunk of backers adds, in the order foreign keys need (their parcels come later, in waves)."""

    backers: list[Row] = field(default_factory=list)
    orders: list[Row] = field(default_factory=list)
    addresses: list[Row] = field(default_factory=list)
    order_add_ons: list[Row] = field(default_factory=list)
    problems: list[Row] = field(default_factory=list)

    def insert_into(self, session: Session) -> None:
        bulk_insert(session, Backer, self.backers)
        bulk_insert(session, Order, self.orders)
        bulk_insert(session, Address, self.addresses)
        bulk_insert(session, OrderAddOn, self.order_add_ons)
        bulk_insert(session, OrderProblem, self.problems)
