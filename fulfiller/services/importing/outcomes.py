"""What each record of an export means for an import, worked out without the database.

`assess` gives one outcome per record, in file order, and the span's new orders ready to insert;
`_BatchImport` then applies them (duplicate ids, new tiers, ids, inserts). The same function runs in
this process for small files and in worker processes for large ones (`workers.py`), so
both paths store the same rows.

An outcome is a plain tuple, cheap to send between processes:

    (REJECTED, source, row, column, reason, None)       the row cannot be read at all
    (UNCHANGED, source, row, order_id, digest, None)    the order was imported before from the same row
    (INVALID, source, row, order_id, digest, (column, reason))   normalising rejected the row
    (NEW, source, row, order_id, digest, position)      an order not in the campaign yet, at `position`
                                                        of the span's NewOrders
    (CHANGED, source, row, order_id, digest, CleanOrder)     an order whose row changed since
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from fulfiller.domain.normalise import normalise_order
from fulfiller.domain.records import RawOrder, RowRejected
from fulfiller.services.importing.rows import NewOrders, raw_digest

REJECTED, UNCHANGED, INVALID, NEW, CHANGED = range(5)

Outcome = tuple[Any, ...]
Assessed = tuple[list[Outcome], NewOrders]  # a span's outcomes, and its new orders


def assess(records: Iterable[RawOrder | RowRejected], known: Mapping[str, str], currency: str) -> Assessed:
    """The outcome of each record and the new orders among them; `known` maps the campaign's order ids to
    the digest of their last row."""
    outcomes: list[Outcome] = []
    append = outcomes.append
    new = NewOrders()
    for record in records:
        if isinstance(record, RowRejected):
            append((REJECTED, record.source, record.row, record.column, record.reason, None))
        else:
            append(_assess_order(record, known, currency, new))
    return outcomes, new


def _assess_order(raw: RawOrder, known: Mapping[str, str], currency: str, new: NewOrders) -> Outcome:
    order_id = raw.platform_order_id.strip()
    digest = raw.digest or raw_digest(raw)
    before = known.get(order_id)
    if before == digest:
        return (UNCHANGED, raw.source, raw.row, order_id, digest, None)
    try:
        clean = normalise_order(raw, default_currency=currency)
    except RowRejected as rejected:
        return (INVALID, raw.source, raw.row, order_id, digest, (rejected.column, rejected.reason))
    if before is None:
        return (NEW, raw.source, raw.row, order_id, digest, new.add(clean, digest))
    return (CHANGED, raw.source, raw.row, order_id, digest, clean)
