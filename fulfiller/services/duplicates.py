"""Orders that look like the same person: suggested for merging, never merged silently.

Two orders match when their e-mails, or their names and addresses, are equal once `folded`. Grouping
250,000 orders by the folded text in SQL took ~1.5 s, most of it evaluating the folding functions for
every row; so orders are first grouped by a coarse key (lower case, no spaces at all), which every pair
of equal folded texts shares, and only the few orders in coarse groups of two or more are folded here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import Address, Backer, MergeSuggestion, Order
from fulfiller.domain.enums import PledgeStatus

# Relay addresses are unique per backer and site: equal ones say nothing about the person.
RELAY_DOMAINS = ("privaterelay.appleid.com",)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_IDS_PER_QUERY = 500


def folded(text: str) -> str:
    """Lower case, trimmed, runs of spaces made single: enough to match what people type twice.

    The same as SQLite's lower(trim(text)) with replace(.., '  ', ' ') three times, which it once was:
    only ASCII letters are lowered and only spaces trimmed.
    """
    text = _ascii_lower(text.strip(" "))
    if "  " in text:
        text = text.replace("  ", " ").replace("  ", " ").replace("  ", " ")
    return text


def _ascii_lower(text: str) -> str:
    return text.lower() if text.isascii() else text.translate(_ASCII_LOWER)


def _coarse(text: ColumnElement[str]) -> ColumnElement[str]:
    """Lower case without any space: texts equal when folded are always equal like this too."""
    return func.lower(func.replace(text, " ", ""))


def _person_text(name: Any, line1: Any, postal_code: Any, country_code: Any) -> Any:
    """What the name-and-address key is made of, joined as the key joins it (so "a|b" + "c" = "a" + "b|c")."""
    return name + "|" + line1 + "|" + postal_code + "|" + country_code


def suggest_merges(session: Session, campaign_id: int, batch_id: int | None = None) -> int:
    """Record new suggestions for orders sharing an e-mail, or a name and address; returns how many."""
    email_groups, person_groups = _groups_in_database(session, campaign_id)
    known = {
        (a, b)
        for a, b in session.execute(
            select(MergeSuggestion.order_id, MergeSuggestion.other_order_id).where(
                MergeSuggestion.campaign_id == campaign_id
            )
        )
    }
    added = _add_pairs(session, campaign_id, batch_id, email_groups, "same_email", known)
    added += _add_pairs(session, campaign_id, batch_id, person_groups, "same_name_address", known)
    return added


def _groups_in_database(session: Session, campaign_id: int) -> tuple[list[list[int]], list[list[int]]]:
    orders = (
        select(Order.id)
        .join(Backer, Backer.id == Order.backer_id)
        .where(
            Order.campaign_id == campaign_id,
            Order.merged_into_id.is_(None),
            Order.status.not_in([PledgeStatus.CANCELED, PledgeStatus.REFUNDED]),
        )
    )
    return _same_email(session, orders), _same_name_and_address(session, orders)


def _same_email(session: Session, orders: Select[Any]) -> list[list[int]]:
    with_email = orders.where(Backer.email.like("%@%"))
    coarse = with_email.group_by(_coarse(Backer.email)).having(func.count(Order.id) > 1)
    return _groups(_keyed(session, with_email.add_columns(Backer.email), _candidates(session, coarse), _email_key))


def _same_name_and_address(session: Session, orders: Select[Any]) -> list[list[int]]:
    addressed = orders.join(Address, Address.order_id == Order.id).where(
        func.trim(Address.name) != "", func.trim(Address.line1) != ""
    )
    person = _person_text(Address.name, Address.line1, Address.postal_code, Address.country_code)
    coarse = addressed.group_by(_coarse(person)).having(func.count(Order.id) > 1)
    values = addressed.add_columns(Address.name, Address.line1, Address.postal_code, Address.country_code)
    return _groups(_keyed(session, values, _candidates(session, coarse), _person_key))


def _email_key(email: str) -> str | None:
    key = folded(email)
    return key if "@" in key and not key.endswith(RELAY_DOMAINS) else None


def _person_key(name: str, line1: str, postal_code: str, country_code: str) -> str:
    return f"{folded(name)}|{folded(line1)}|{_ascii_lower(postal_code.replace(' ', ''))}|{country_code}"


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


def _add_pairs(
    session: Session,
    campaign_id: int,
    batch_id: int | None,
    groups: Iterable[list[int]],
    reason: str,
    known: set[tuple[int, int]],
) -> int:
    added = 0
    for group in groups:
        first = group[0]
        for other in group[1:]:
            if (first, other) in known:
                continue
            known.add((first, other))
            session.add(
                MergeSuggestion(
                    campaign_id=campaign_id,
                    order_id=first,
                    other_order_id=other,
                    reason=reason,
                    import_batch_id=batch_id,
                )
            )
            added += 1
    return added
