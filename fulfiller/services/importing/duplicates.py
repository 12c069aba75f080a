"""Orders that look like the same person: suggested for merging, never merged silently.

Two orders match when their e-mails, or their names and full addresses (Address 2 included: another
flat is another household), have equal keys (merge_keys.py). Grouping 250,000 orders by those keys in
SQL took ~1.5 s, most of it evaluating the folding functions for every row; so orders are first grouped
by a coarse key (lower case, no spaces at all), which every two orders with equal keys share, and only
the few in coarse groups of two or more get their keys here. A first import finds the coarse groups as
it makes the orders (`CoarseMatches`).

Each order of a group is suggested once, against the first of the group (a star, never every pair), and
a group larger than a person can go through (a test pledge repeated a thousand times) gives its first
`MAX_SUGGESTED_PER_GROUP` only: what is found stays linear in the orders, and the import says how many
orders were grouped and how many suggestions were left out. Suggestions are written in bulk.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from fulfiller.db.bulk import insert_rows
from fulfiller.db.models import Address, Backer, MergeSuggestion, Order
from fulfiller.domain.enums import PledgeStatus
from fulfiller.services.importing.merge_keys import email_key, person_key, person_text

_IDS_PER_QUERY = 500
MAX_SUGGESTED_PER_GROUP = 25  # orders of one group suggested against its first; the rest are counted


def _coarse(text: ColumnElement[str]) -> ColumnElement[str]:
    """Lower case without any space: texts equal when folded are always equal like this too."""
    return func.lower(func.replace(text, " ", ""))


class CoarseMatches:
    """The orders that share a coarse key with another, found among the `coarse_hashes` of the orders a
    first import makes, so that `suggest_merges` need not group the campaign in the database (~1 s)."""

    def __init__(self) -> None:
        self._first_ids: list[tuple[int, int]] = []  # (first order id, how many), one per run of ids
        self._emails: list[int | None] = []  # coarse hashes, by order (None: can never match)
        self._people: list[int | None] = []

    def extend(self, first_order_id: int, email_hashes: list[int | None], person_hashes: list[int | None]) -> None:
        """The hashes of consecutive orders from `first_order_id` on."""
        self._first_ids.append((first_order_id, len(email_hashes)))
        self._emails += email_hashes
        self._people += person_hashes

    @property
    def emails(self) -> set[int]:
        return self._sharing(self._emails)

    @property
    def people(self) -> set[int]:
        return self._sharing(self._people)

    def _sharing(self, hashes: list[int | None]) -> set[int]:
        """The ids of the orders whose hash another order has too (counted in C: 250,000 in ~20 ms)."""
        shared = {value for value, count in Counter(hashes).items() if count > 1 and value is not None}
        if not shared:
            return set()
        ids = chain.from_iterable(range(first, first + count) for first, count in self._first_ids)
        return {order_id for order_id, value in zip(ids, hashes, strict=True) if value in shared}


@dataclass(frozen=True)
class MergeFindings:
    """What one search for duplicates found."""

    added: int = 0  # new suggestions
    groups: int = 0  # groups of two or more orders with equal keys (an e-mail, a name and address)
    grouped: int = 0  # orders in any group
    largest: int = 0  # orders in the largest group
    left_out: int = 0  # orders of groups too large that are in no suggestion


def suggest_merges(
    session: Session, campaign_id: int, batch_id: int | None = None, coarse: CoarseMatches | None = None
) -> MergeFindings:
    """Record new suggestions for orders sharing an e-mail, or a name and full address.

    `coarse`: every order of the campaign came from this import and was added to it.
    """
    live = (
        select(Order.id)
        .join(Backer, Backer.id == Order.backer_id)
        .where(Order.merged_into_id.is_(None), Order.status.not_in([PledgeStatus.CANCELED, PledgeStatus.REFUNDED]))
    )
    # Candidates are orders of this campaign already, so they are looked up by id alone: with the campaign
    # in the query, SQLite walks the campaign's index past every order to find them (~60 ms a query).
    orders = _Orders(live.where(Order.campaign_id == campaign_id), live)
    email_groups = _same_email(session, orders, None if coarse is None else sorted(coarse.emails))
    person_groups = _same_name_and_address(session, orders, None if coarse is None else sorted(coarse.people))
    known = {
        (a, b)
        for a, b in session.execute(
            select(MergeSuggestion.order_id, MergeSuggestion.other_order_id).where(
                MergeSuggestion.campaign_id == campaign_id
            )
        )
    }
    rows = _star(email_groups, "same_email", known) + _star(person_groups, "same_name_address", known)
    constants: dict[str, int | str] = {"campaign_id": campaign_id, "status": "open", "decided_by": ""}
    if batch_id is not None:
        constants["import_batch_id"] = batch_id
    insert_rows(session, MergeSuggestion, ("order_id", "other_order_id", "reason"), rows, constants)
    groups = {tuple(group) for group in email_groups + person_groups}  # identical rows: one group, not two
    grouped = set(chain.from_iterable(groups))
    covered = set(chain.from_iterable(group[: 1 + MAX_SUGGESTED_PER_GROUP] for group in groups))
    return MergeFindings(
        added=len(rows),
        groups=len(groups),
        grouped=len(grouped),
        largest=max(map(len, groups), default=0),
        left_out=len(grouped - covered),
    )


class _Orders(NamedTuple):
    """The orders that may be grouped: of the campaign (to group them), and of any campaign (to look up
    orders of the campaign by id)."""

    campaign: Select[Any]
    by_id: Select[Any]


def _same_email(session: Session, orders: _Orders, candidates: Sequence[int] | None) -> list[list[int]]:
    def with_email(query: Select[Any]) -> Select[Any]:
        return query.where(Backer.email.like("%@%"))

    if candidates is None:
        coarse = with_email(orders.campaign).group_by(_coarse(Backer.email)).having(func.count(Order.id) > 1)
        candidates = _candidates(session, coarse)
    return _groups(_keyed(session, with_email(orders.by_id).add_columns(Backer.email), candidates, email_key))


def _same_name_and_address(session: Session, orders: _Orders, candidates: Sequence[int] | None) -> list[list[int]]:
    def addressed(query: Select[Any]) -> Select[Any]:
        return query.join(Address, Address.order_id == Order.id).where(
            func.trim(Address.name) != "", func.trim(Address.line1) != ""
        )

    if candidates is None:
        person = person_text(Address.name, Address.line1, Address.line2, Address.postal_code, Address.country_code)
        coarse = addressed(orders.campaign).group_by(_coarse(person)).having(func.count(Order.id) > 1)
        candidates = _candidates(session, coarse)
    values = addressed(orders.by_id).add_columns(
        Address.name, Address.line1, Address.line2, Address.postal_code, Address.country_code
    )
    return _groups(_keyed(session, values, candidates, person_key))


def _candidates(session: Session, coarse: Select[Any]) -> list[int]:
    """The orders in coarse groups of two or more: a superset of those in exact groups."""
    grouped = coarse.with_only_columns(func.group_concat(Order.id))
    return [int(i) for (ids,) in session.execute(grouped) for i in ids.split(",")]


def _keyed(
    session: Session, values: Select[Any], ids: Sequence[int], key: Callable[..., str | None]
) -> Iterator[tuple[str | None, int]]:
    """(exact key, order id) of each order in `ids`; `values` selects the order id and what `key` takes."""
    for start in range(0, len(ids), _IDS_PER_QUERY):
        for order_id, *texts in session.execute(values.where(Order.id.in_(ids[start : start + _IDS_PER_QUERY]))):
            yield key(*texts), order_id


def _groups(keyed: Iterable[tuple[str | None, int]]) -> list[list[int]]:
    """Orders sharing a key, two or more, in the order of their keys (as SQL's GROUP BY gave them)."""
    by_key: dict[str, list[int]] = {}
    for key, order_id in keyed:
        if key is not None:
            by_key.setdefault(key, []).append(order_id)
    return [sorted(by_key[key]) for key in sorted(key for key, ids in by_key.items() if len(ids) > 1)]


def _star(groups: Iterable[list[int]], reason: str, known: set[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(first order, other order, reason) for each order of each group against the group's first, up to
    MAX_SUGGESTED_PER_GROUP a group, leaving out the pairs suggested before (merged or dismissed too)."""
    rows = []
    for group in groups:
        first = group[0]
        for other in islice(group, 1, 1 + MAX_SUGGESTED_PER_GROUP):
            if (first, other) not in known:
                known.add((first, other))
                rows.append((first, other, reason))
    return rows
