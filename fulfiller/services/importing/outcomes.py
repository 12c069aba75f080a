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

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from fulfiller.domain.normalise import NO_ID, OrderColumns, normalise_columns, normalise_order
from fulfiller.domain.records import RawOrder, RowRejected
from fulfiller.importers.layouts import ORDER_ID, RowPlan, build_records
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


def assess_rows(
    plan: RowPlan, first_row: int, rows: Sequence[Sequence[str]], known: Mapping[str, str], currency: str
) -> Assessed:
    """`assess` of the records of consecutive data rows, worked out column by column (see `normalise_columns`)
    when every row is an order of the header's width; one record at a time otherwise."""
    built = plan.columns(first_row, rows)
    if built is None:
        return assess(build_records(plan, first_row, rows), known, currency)
    columns, digests = built
    order_ids = columns.text[ORDER_ID]
    before = list(map(known.get, order_ids))
    todo = [row for row, (old, digest) in enumerate(zip(before, digests, strict=True)) if old != digest]
    new = NewOrders()
    if not todo:
        return [(UNCHANGED, src, row, oid, d, None) for src, row, oid, d in _keys(columns, digests)], new
    whole = len(todo) == len(digests)
    clean = normalise_columns(columns if whole else columns.subset(todo), default_currency=currency)
    if whole and not clean.rejected and before.count(None) == len(before):  # all new: a first import
        new.extend(clean, digests)
        keys = _keys(columns, digests)
        return [(NEW, *key, position) for position, key in enumerate(keys)], new
    outcomes: list[Outcome] = []
    fresh: list[int] = []  # rows of `clean` that are new orders
    at = dict(zip(todo, range(len(todo)), strict=True))
    for row, (source, number, order_id, digest) in enumerate(_keys(columns, digests)):
        if row not in at:
            outcomes.append((UNCHANGED, source, number, order_id, digest, None))
        elif at[row] in clean.rejected:
            outcomes.append((INVALID, source, number, order_id, digest, ("", NO_ID)))
        elif before[row] is None:
            outcomes.append((NEW, source, number, order_id, digest, len(fresh)))
            fresh.append(at[row])
        else:
            outcomes.append((CHANGED, source, number, order_id, digest, clean.order(at[row])))
    new.extend(clean, [digests[todo[row]] for row in fresh], fresh)
    return outcomes, new


def _keys(columns: OrderColumns, digests: list[str]) -> zip[tuple[str, int, str, str]]:
    return zip(columns.source, columns.row, columns.text[ORDER_ID], digests, strict=True)


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
