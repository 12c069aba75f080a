"""From export records to the values stored in the database, and a digest to spot unchanged rows."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from itertools import chain
from operator import attrgetter
from typing import Any

from fulfiller.db.bulk import read_serialized, serialized_tables
from fulfiller.domain.clean_addresses import CLEAN_FIELDS
from fulfiller.domain.columns import rows_where
from fulfiller.domain.enums import PledgeStatus, Severity
from fulfiller.domain.normalise import CleanColumns
from fulfiller.domain.records import CleanAddOn, CleanAddress, CleanOrder, RawOrder
from fulfiller.services.importing.merge_keys import coarse_hashes, email_hashes, person_hashes

SEP = "\x1f"

ADDRESS_FIELDS = (
    "name",
    "company",
    "line1",
    "line2",
    "line3",
    "city",
    "state",
    "postal_code",
    "country_code",
    "country_as_given",
    "phone",
    "delivery_notes",
)
LATIN_FIELDS = ("latin_name", "latin_line1", "latin_line2", "latin_city", "latin_state")
ORDER_FIELDS = (
    "backer_number",
    "reward_title",
    "status",
    "currency",
    "pledge_amount",
    "shipping_amount",
    "bonus_support",
    "pledged_at",
    "notes",
    "survey_json",
)
BACKER_FIELDS = ("platform_backer_id", "name", "email")


def raw_digest(raw: RawOrder) -> str:
    """A digest of everything the export said about one order (its row number excluded)."""
    a = raw.address
    parts = [
        raw.platform_order_id, raw.backer_number, raw.backer_uid, raw.backer_name, raw.email,
        raw.reward_title, raw.reward_id, raw.reward_minimum, raw.pledge_amount, raw.shipping_amount,
        raw.bonus_support, raw.currency, raw.pledged_at, raw.status, raw.notes,
        a.name, a.company, a.line1, a.line2, a.line3, a.city, a.state, a.postal_code, a.country,
        a.phone, a.delivery_notes,
    ]  # fmt: skip
    for add_on in raw.add_ons:
        parts += (add_on.title, add_on.platform_id, add_on.quantity)
    for item in raw.items:
        parts += (item.name, item.sku, *item.options, item.quantity)
    parts.extend(chain.from_iterable(sorted(raw.extra.items())))  # by key: keys are unique
    if raw.rewards_sent:  # only then: the digests of rows without it stay what they were
        parts += ("rewards_sent", raw.rewards_sent)
    return hashlib.blake2b(SEP.join(parts).encode("utf-8"), digest_size=16).hexdigest()


def survey_json(clean: CleanOrder) -> str:
    """Survey answers and other kept columns, plus item lines some platforms list per order."""
    if not clean.items:
        if clean.extra_json is not None:
            return clean.extra_json
        return _columns_json(tuple(clean.extra.items()))
    payload: dict[str, Any] = {}
    columns = {key: value for key, value in clean.extra.items() if value}
    if columns:
        payload["columns"] = columns
    payload["items"] = [
        {"name": i.name, "sku": i.sku, "options": list(i.options), "quantity": i.quantity} for i in clean.items
    ]
    return json.dumps(payload, ensure_ascii=False)


# Survey answers come from a few choices, so thousands of orders share each combination.
@lru_cache(maxsize=4096)
def _columns_json(extra: tuple[tuple[str, str], ...]) -> str:
    columns = {key: value for key, value in extra if value}
    return json.dumps({"columns": columns}, ensure_ascii=False) if columns else ""


def order_values(clean: CleanOrder) -> dict[str, Any]:
    return {
        "backer_number": clean.backer_number or clean.platform_order_id,
        "reward_title": clean.reward_title,
        "status": clean.status,
        "currency": clean.currency,
        "pledge_amount": clean.pledge_amount,
        "shipping_amount": clean.shipping_amount,
        "bonus_support": clean.bonus_support,
        "pledged_at": clean.pledged_at,
        "notes": clean.notes,
        "survey_json": survey_json(clean),
    }


class NewOrders:
    """The new orders of one span of rows as the rows of each table they go into, without their ids.

    The order at position p gets the span's first backer, order and address ids plus p, which the
    database adds itself as it inserts (`_BatchImport._insert_new`): no row is rebuilt in the process
    that stores them. From a worker process the tables' rows come in a serialized SQLite database
    (`pack`, `stored`), which the storing process inserts from without reading them into Python.
    Tiers and add-ons are referred to by their place in `tiers` and `add_on_kinds`, listed as first met.
    """

    __slots__ = (
        "backers", "orders", "addresses", "add_ons", "problems", "tiers", "add_on_kinds", "email_hashes",
        "person_hashes", "sent", "stored", "_count", "_tier_index", "_add_on_index",
    )  # fmt: skip

    def __init__(self) -> None:
        self.backers: list[tuple[Any, ...]] = []  # BACKER_FIELDS, position
        self.orders: list[tuple[Any, ...]] = []  # platform order id, ORDER_FIELDS, digest, tier index, position
        self.addresses: list[tuple[Any, ...]] = []  # ADDRESS_FIELDS, LATIN_FIELDS, position
        self.add_ons: list[tuple[int, int, int]] = []  # position, add-on kind index, quantity
        self.problems: list[tuple[Any, ...]] = []  # position, code, severity, field, message
        self.tiers: list[tuple[str, str, str | None, str]] = []  # title, platform id, minimum, currency
        self.add_on_kinds: list[tuple[str, str, str]] = []  # title, platform id, currency
        self.email_hashes: list[int | None] = []  # merge_keys.coarse_hashes, by position
        self.person_hashes: list[int | None] = []
        self.sent: list[tuple[int, str]] = []  # position, the "Rewards Sent?" cell: shipped outside Fulfiller
        self.stored: bytes | None = None  # the rows of the tables above (`_TABLES`) when they came packed
        self._count = 0
        self._tier_index: dict[str, int] = {}
        self._add_on_index: dict[tuple[str, str], int] = {}

    def __len__(self) -> int:
        return self._count if self.stored is not None else len(self.orders)

    def add(self, clean: CleanOrder, digest: str) -> int:
        """Queue one order; its position."""
        position = len(self.orders)
        a = clean.address
        self.backers.append((clean.backer_uid, clean.backer_name, clean.email, position))
        tier = self._tier(clean) if clean.reward_title else None
        pledged_at = clean.pledged_at
        # `to_sql` of each of `order_values`, spelt out: this runs for every row.
        self.orders.append(
            (
                clean.platform_order_id,
                clean.backer_number or clean.platform_order_id,
                clean.reward_title,
                _STATUS_SQL[clean.status],
                clean.currency,
                None if clean.pledge_amount is None else str(clean.pledge_amount),
                None if clean.shipping_amount is None else str(clean.shipping_amount),
                None if clean.bonus_support is None else str(clean.bonus_support),
                _datetime_sql(pledged_at),
                clean.notes,
                survey_json(clean),
                digest,
                tier,
                position,
            )
        )
        self.addresses.append(
            (a.name, a.company, a.line1, a.line2, a.line3, a.city, a.state, a.postal_code, a.country_code,
             a.country_as_given, a.phone, a.delivery_notes, a.latin_name, a.latin_line1, a.latin_line2, a.latin_city,
             a.latin_state, position)
        )  # fmt: skip
        for add_on in clean.add_ons:
            kind = self._add_on_kind(add_on.title, add_on.platform_id, clean.currency)
            self.add_ons.append((position, kind, add_on.quantity))
        for problem in clean.problems:
            self.problems.append(
                (position, problem.code, _SEVERITY_SQL[problem.severity], problem.field, problem.message)
            )
        email, person = coarse_hashes(clean.email, a.name, a.line1, a.line2, a.postal_code, a.country_code)
        self.email_hashes.append(email)
        self.person_hashes.append(person)
        if clean.sent_outside:
            self.sent.append((position, clean.sent_outside))
        return position

    def extend(self, clean: CleanColumns, digests: Sequence[str], rows: Sequence[int] | None = None) -> None:
        """Queue the orders of `clean` (those at `rows`, ascending; all by default), each exactly as `add`
        queues it: the tables' rows are zipped from the columns, not built one order at a time."""
        rows = range(len(clean.columns)) if rows is None else rows
        pick = _picker(rows, len(clean.columns))
        first = len(self.orders)
        positions = range(first, first + len(rows))
        text = {name: pick(column) for name, column in clean.text.items()}
        money = pick(clean.money)
        self.backers += zip(text["backer_uid"], text["backer_name"], text["email"], positions, strict=True)
        numbers = [number or pid for number, pid in zip(text["backer_number"], text["platform_order_id"], strict=True)]
        self.orders += zip(
            text["platform_order_id"], numbers, text["reward_title"], map(_STATUS_SQL.__getitem__, pick(clean.status)),
            list(map(attrgetter("currency"), money)), *_amounts_sql(money),
            list(map(_datetime_sql, pick(clean.pledged_at))), text["notes"],
            self._surveys(clean, rows), digests, self._tiers(text["reward_title"], text["reward_id"], money), positions,
            strict=True,
        )  # fmt: skip
        address = {name: pick(clean.address[name]) for name in CLEAN_FIELDS}
        self.addresses += zip(*address.values(), positions, strict=True)
        self._extend_add_ons(pick(clean.add_ons), money, positions)
        self._extend_problems(clean, rows, positions)
        self.email_hashes += email_hashes(text["email"])
        self.person_hashes += person_hashes(*(address[name] for name in _PERSON_FIELDS))
        sent = text["sent"]
        self.sent += ((first + at, sent[at]) for at in rows_where(sent))

    def _tiers(self, titles: list[str], reward_ids: list[str], money: list[Any]) -> list[int | None]:
        """Each order's tier index, tiers first met listed as `_tier` lists them (with the first order's id,
        minimum and currency)."""
        index = self._tier_index
        for title in dict.fromkeys(titles):  # in the order first met
            if title and title not in index:
                at = titles.index(title)
                minimum = money[at].amounts["reward_minimum"]
                index[title] = len(self.tiers)
                self.tiers.append(
                    (title, reward_ids[at], None if minimum is None else str(minimum), money[at].currency)
                )
        return list(map(index.get, titles))

    def _surveys(self, clean: CleanColumns, rows: Sequence[int]) -> list[str]:
        """survey_json of each order: its kept columns' JSON, or with its items as `survey_json` writes them."""
        jsons, items = clean.extra_json, clean.items
        if not any(items):
            return _picker(rows, len(jsons))(jsons)
        return [survey_json(clean.order(row)) if items[row] else jsons[row] for row in rows]

    def _extend_problems(self, clean: CleanColumns, rows: Sequence[int], positions: range) -> None:
        found = clean.problems.found
        at = {row: position for row, position in zip(rows, positions, strict=True) if row in found}
        for row in sorted(at):
            position = at[row]
            for p in found[row]:
                self.problems.append((position, p.code, _SEVERITY_SQL[p.severity], p.field, p.message))

    def _extend_add_ons(self, add_ons: list[list[CleanAddOn]], money: list[Any], positions: range) -> None:
        for at in rows_where(add_ons):
            position, currency = positions[at], money[at].currency
            for add_on in add_ons[at]:
                kind = self._add_on_kind(add_on.title, add_on.platform_id, currency)
                self.add_ons.append((position, kind, add_on.quantity))

    def _tier(self, clean: CleanOrder) -> int:
        index = self._tier_index.get(clean.reward_title)
        if index is None:
            minimum = None if clean.reward_minimum is None else str(clean.reward_minimum)
            index = self._tier_index[clean.reward_title] = len(self.tiers)
            self.tiers.append((clean.reward_title, clean.reward_id, minimum, clean.currency))
        return index

    def _add_on_kind(self, title: str, platform_id: str, currency: str) -> int:
        index = self._add_on_index.get((title, platform_id))
        if index is None:
            index = self._add_on_index[(title, platform_id)] = len(self.add_on_kinds)
            self.add_on_kinds.append((title, platform_id, currency))
        return index

    def pack(self) -> tuple[Any, ...]:
        """What a worker sends, for marshal: the tables' rows serialized (`db.bulk.serialized_tables`), the
        rest as plain lists."""
        tables = {name: (width, getattr(self, name)) for name, width in _TABLES.items()}
        return (len(self.orders), serialized_tables(tables), *(getattr(self, name) for name in _LISTS))

    @classmethod
    def unpack(cls, data: tuple[Any, ...]) -> NewOrders:
        """The new orders a worker packed, their tables' rows left `stored` until they are needed here."""
        count, stored, *lists = data
        new = cls.__new__(cls)
        for name in _TABLES:
            setattr(new, name, [])
        for name, values in zip(_LISTS, lists, strict=True):
            setattr(new, name, values)
        new.stored, new._count = stored, count
        return new

    def read_stored(self) -> NewOrders:
        """These orders with the rows of their tables read back, if they are still stored."""
        if self.stored is not None:
            for name in _TABLES:
                setattr(self, name, read_serialized(self.stored, name))
            self.stored = None
        return self

    def without(self, positions: set[int]) -> NewOrders:
        """These orders less those at `positions` (repeated order ids), the rest renumbered from 0; only
        the tiers and add-ons the rest refer to are kept, in the order first met."""
        self.read_stored()
        kept = [p for p in range(len(self.orders)) if p not in positions]
        renumbered = {old: new for new, old in enumerate(kept)}
        rest = NewOrders()
        tiers: dict[int, int] = {}
        for old in kept:
            order = self.orders[old]
            tier = order[-2]
            if tier is not None and tier not in tiers:
                tiers[tier] = len(rest.tiers)
                rest.tiers.append(self.tiers[tier])
            new = renumbered[old]
            rest.orders.append((*order[:-2], None if tier is None else tiers[tier], new))
            rest.backers.append((*self.backers[old][:-1], new))
            rest.addresses.append((*self.addresses[old][:-1], new))
            rest.email_hashes.append(self.email_hashes[old])
            rest.person_hashes.append(self.person_hashes[old])
        kinds: dict[int, int] = {}
        for position, kind, quantity in self.add_ons:
            if position in renumbered:
                if kind not in kinds:
                    kinds[kind] = len(rest.add_on_kinds)
                    rest.add_on_kinds.append(self.add_on_kinds[kind])
                rest.add_ons.append((renumbered[position], kinds[kind], quantity))
        rest.problems = [(renumbered[p], *problem) for p, *problem in self.problems if p in renumbered]
        rest.sent = [(renumbered[p], value) for p, value in self.sent if p in renumbered]
        return rest


# The rows NewOrders holds for each table, and their width: the values, then the position.
_TABLES = {
    "backers": len(BACKER_FIELDS) + 1,
    "orders": len(ORDER_FIELDS) + 4,  # the platform's order id, the fields, the digest, the tier's index
    "addresses": len(ADDRESS_FIELDS) + len(LATIN_FIELDS) + 1,
    "add_ons": 3,
    "problems": 5,
}
_LISTS = ("tiers", "add_on_kinds", "email_hashes", "person_hashes", "sent")


_PERSON_FIELDS = ("name", "line1", "line2", "postal_code", "country_code")  # coarse_hashes' after the e-mail


def _picker(rows: Sequence[int], count: int) -> Callable[[Sequence[Any]], Sequence[Any]]:
    """A column's cells at `rows` (ascending): the column itself when `rows` are all of its rows."""
    if len(rows) == count:
        return lambda column: column
    return lambda column: [column[row] for row in rows]


def _amounts_sql(money: list[Any]) -> tuple[list[str | None], list[str | None], list[str | None]]:
    """The pledge, shipping and bonus amounts of each order as SQL stores them, once per distinct money
    (orders alike share one money object)."""
    ids = list(map(id, money))
    done = {}
    for key, found in dict(zip(ids, money, strict=True)).items():
        amounts = found.amounts
        done[key] = tuple(
            None if amounts[name] is None else str(amounts[name])
            for name in ("pledge_amount", "shipping_amount", "bonus_support")
        )
    columns = list(zip(*map(done.__getitem__, ids), strict=True)) or [(), (), ()]
    return tuple(list(column) for column in columns)  # type: ignore[return-value]


# An enum's .value runs Python code on every access: looked up instead, for 250,000 rows.
_STATUS_SQL = {status: status.value for status in PledgeStatus}
_SEVERITY_SQL = {severity: severity.value for severity in Severity}


# Pledge times repeat to the minute (43,200 in a month): one string each, made once. (Not amounts: 59.0 == 59.00.)
@lru_cache(maxsize=65536)
def _datetime_sql(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(sep=" ", timespec="microseconds")


def backer_values(clean: CleanOrder) -> dict[str, Any]:
    return {"platform_backer_id": clean.backer_uid, "name": clean.backer_name, "email": clean.email}


def address_values(address: CleanAddress) -> dict[str, str]:
    return {name: getattr(address, name) for name in (*ADDRESS_FIELDS, *LATIN_FIELDS)}


def to_sql(value: Any) -> Any:
    """A value as SQLAlchemy would store it in SQLite, for the fast executemany path."""
    kind = type(value)
    if value is None or kind is str or kind is int or kind is bool:
        return value
    if kind is Decimal:
        return str(value)
    if kind is datetime:
        return value.isoformat(sep=" ", timespec="microseconds")
    return getattr(value, "value", str(value))
