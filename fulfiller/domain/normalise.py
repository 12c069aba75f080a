"""Turn raw export rows into clean orders and every problem they have.

Nothing here stops at the first problem: a row becomes an order with a list of problems unless it
cannot be an order at all (no order id and no backer number), which rejects it (`RowRejected`). Text is
trimmed and runs of spaces collapsed; otherwise every value keeps the spelling the file had.

Rows are normalised many at a time, column by column (`normalise_columns`; see `columns.py`): an
import of 250,000 rows works out each distinct country, amount, date or survey answer once. One row is
the same work on columns one cell long (`normalise_order`), so both give the same orders.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from decimal import Decimal
from functools import lru_cache, partial
from itertools import groupby, repeat
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import NamedTuple, TypeVar

from fulfiller.domain.clean_addresses import CLEAN_FIELDS, clean_addresses
from fulfiller.domain.columns import RowProblems, any_contains, line, lines, per_distinct, tidied
from fulfiller.domain.enums import PledgeStatus, Severity
from fulfiller.domain.parsing import (
    MoneyParts,
    currency_code,
    is_excel_mangled,
    parse_datetime,
    parse_quantity,
    pledge_status,
    read_money,
)
from fulfiller.domain.records import (
    CleanAddOn,
    CleanAddress,
    CleanOrder,
    Problem,
    RawAddOn,
    RawAddress,
    RawItem,
    RawOrder,
    RowRejected,
)
from fulfiller.domain.rewards import minimum_id, rewards_sent, tier_by_minimum

_EMAIL = re.compile(r"[^@\s,;]+@[^@\s,;]+\.[^@\s,;.]{2,}")
# Read in this order: the pledge's own currency decides the order's when cells disagree.
_MONEY_FIELDS = ("pledge_amount", "shipping_amount", "bonus_support", "reward_minimum")
_LABELS = {
    "pledge_amount": "Pledge amount", "shipping_amount": "Shipping amount", "bonus_support": "Bonus support",
    "reward_minimum": "Reward minimum", "platform_order_id": "Order id", "backer_number": "Backer number",
    "backer_uid": "Backer UID",
}  # fmt: skip


T = TypeVar("T")
U = TypeVar("U")
V = TypeVar("V")


# For columns whose few values repeat on thousands of rows (tiers, cities, postal codes, countries): one
# call per distinct value, and one string object for all rows alike, which also pickles as one.
_repeated_line = lru_cache(maxsize=65536)(line)


# Survey answers and other kept columns: mostly a few choices, repeated on every row, beside one or two
# that differ on every row (when the survey was answered). Each cell is tidied and written as JSON once
# per distinct value, and the row's JSON joined from those pieces.
@lru_cache(maxsize=65536)
def _extra_cell(text: str) -> tuple[str, str]:
    """The cell tidied, and as a JSON string."""
    tidy = lines(text)
    return tidy, encode_basestring(tidy)


@lru_cache(maxsize=65536)
def _json_member(key: str, text: str) -> str:
    """'"key": "value", ' for a filled cell (`key` already as JSON with its colon), "" for an empty one."""
    tidy, encoded = _extra_cell(text)
    return key + encoded + ", " if tidy else ""


@lru_cache(maxsize=256)
def _json_keys(keys: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{encode_basestring(key)}: " for key in keys)


def _extras(keys: tuple[str, ...], values: Iterable[str]) -> tuple[dict[str, str], str]:
    """The columns tidied, and the filled ones as the JSON json.dumps({"columns": filled}) would write."""
    cells = list(map(_extra_cell, values))
    members = [key + cell[1] for key, cell in zip(_json_keys(keys), cells, strict=True) if cell[0]]
    extra = dict(zip(keys, [cell[0] for cell in cells], strict=True))
    return extra, '{"columns": {' + ", ".join(members) + "}}" if members else ""


def _error(code: str, field: str, message: str) -> Problem:
    return Problem(code, Severity.ERROR, field, message)


def _warning(code: str, field: str, message: str) -> Problem:
    return Problem(code, Severity.WARNING, field, message)


def _id_problems(order_id: str, backer_number: str, backer_uid: str) -> list[Problem]:
    joined = order_id + backer_number + backer_uid
    if "E+" not in joined and "e+" not in joined:
        return []  # the usual case, decided without a dict
    ids = {"platform_order_id": order_id, "backer_number": backer_number, "backer_uid": backer_uid}
    return [
        _error("excel_mangled", name, f"{_LABELS[name]} {value!r} was turned into a number by Excel.")
        for name, value in ids.items()
        if value and is_excel_mangled(value)
    ]


def _row_currency(text: str, default_currency: str, problems: list[Problem]) -> str:
    text = text.strip()
    if not text:
        return default_currency
    code = currency_code(text)
    if code is None:
        message = f"Currency {text!r} is not an ISO currency code."
        problems.append(_error("currency_unknown", "currency", message))
        return default_currency
    return code


def _read_amounts(cells: dict[str, str], problems: list[Problem]) -> dict[str, MoneyParts | None]:
    parts: dict[str, MoneyParts | None] = {}
    for name, text in cells.items():
        try:
            parts[name] = read_money(text) if text else None
        except ValueError as error:
            parts[name] = None
            problems.append(_error("amount_invalid", name, f"{_LABELS[name]}: {error}."))
    return parts


def _order_currency(parts: dict[str, MoneyParts | None], row_currency: str) -> str:
    """The currency the first cell that names one means ("¥" is yen unless the campaign is in yuan)."""
    for money in parts.values():
        if money is not None and money.stated:
            try:
                return money.currency(row_currency)
            except ValueError:
                continue  # an ambiguous "kr": reported with its amount below
    return row_currency


class _Money(NamedTuple):
    currency: str
    amounts: dict[str, Decimal | None]
    problems: tuple[Problem, ...]


# Keyed by the cells' text: an export repeats the same few amounts on thousands of rows. The result
# is shared between orders, so it holds only immutable values (Decimal, frozen Problem).
@lru_cache(maxsize=4096)
def _money(pledge: str, shipping: str, bonus: str, minimum: str, currency_cell: str, default: str) -> _Money:
    """The order's currency and amounts; every amount in another currency is a problem."""
    problems: list[Problem] = []
    row_currency = _row_currency(currency_cell, default, problems)
    cells = dict(zip(_MONEY_FIELDS, (pledge, shipping, bonus, minimum), strict=True))
    parts = _read_amounts(cells, problems)
    currency = _order_currency(parts, row_currency)
    if currency_cell.strip() and currency != row_currency:
        message = f"The currency column says {row_currency} but the amounts are in {currency}."
        problems.append(_error("currency_mismatch", "currency", message))
    for name, money in parts.items():
        if money is None or not money.stated:
            continue
        try:
            stated = money.currency(currency)
        except ValueError as error:
            problems.append(_error("amount_invalid", name, f"{_LABELS[name]}: {error}."))
            continue
        if stated != currency:
            text = cells[name].strip()
            message = f"{_LABELS[name]} {text!r} is in {stated} but the order is in {currency}."
            problems.append(_error("currency_mismatch", name, message))
    amounts = {name: None if money is None else money.amount for name, money in parts.items()}
    return _Money(currency, amounts, tuple(problems))


def _reward(title: str, reward_id: str, minimum: Decimal | None, currency: str) -> tuple[str, str]:
    """The reward's title and id. A reward named only by its minimum gets the tier of that minimum; a
    titled one without an id of its own (a tier file of the zip export) is known by its minimum too."""
    title, reward_id = _repeated_line(title), _repeated_line(reward_id)
    if minimum is None:
        return title, reward_id
    if not title:
        return tier_by_minimum(minimum, currency, reward_id)
    return title, reward_id or minimum_id(minimum)


def _sent(text: str, problems: list[Problem]) -> str:
    """The cell when it says the reward was sent before Fulfiller was used, else ""."""
    if not text:
        return ""
    try:
        return line(text) if rewards_sent(text) else ""
    except ValueError as error:
        problems.append(_error("rewards_sent_unknown", "rewards_sent", f"Rewards sent: {error}."))
        return ""


@lru_cache(maxsize=65536)  # pledges are timed to the minute: a month-long campaign has 43,200 of them
def _pledged_at(text: str) -> tuple[datetime | None, tuple[Problem, ...]]:
    try:
        return parse_datetime(text), ()
    except ValueError as error:
        return None, (_warning("date_invalid", "pledged_at", f"Pledge date: {error}."),)


def _status(text: str) -> tuple[PledgeStatus, tuple[Problem, ...]]:
    # An export without a status column lists pledges the platform has collected (Indiegogo).
    if not text.strip():
        return PledgeStatus.COLLECTED, ()
    try:
        return pledge_status(text), ()
    except ValueError as error:
        return PledgeStatus.PENDING, (_error("status_unknown", "status", f"{error}: the order is held as pending."),)


def _email_problems(emails: list[str]) -> list[tuple[int, Problem]]:
    """The rows whose (tidy) e-mail is missing or does not look like one, with the problem."""
    found = []
    for row, (email, match) in enumerate(zip(emails, map(_EMAIL.fullmatch, emails), strict=True)):
        if match is None:
            if not email:
                found.append((row, _warning("email_missing", "email", "E-mail address is missing.")))
            else:
                message = f"E-mail address {email!r} does not look valid."
                found.append((row, _warning("email_invalid", "email", message)))
    return found


@lru_cache(maxsize=1024)
def _add_on(title: str, platform_id: str, quantity: str) -> tuple[str, str, int]:
    """An add-on's tidy title, id and count; the same few add-ons appear on every row."""
    return line(title), line(platform_id), parse_quantity(quantity)


def _add_ons(raw_add_ons: list[RawAddOn], problems: list[Problem]) -> list[CleanAddOn]:
    add_ons = []
    for raw in raw_add_ons:
        try:
            title, platform_id, quantity = _add_on(raw.title, raw.platform_id, raw.quantity)
        except ValueError as error:
            message = f"Add-on {line(raw.title)!r}: {error}."
            problems.append(_error("add_on_quantity_invalid", "add_ons", message))
            continue
        if quantity:
            add_ons.append(CleanAddOn(title, platform_id, quantity))
    return add_ons


def _items(raw_items: list[RawItem], problems: list[Problem]) -> list[RawItem]:
    items = []
    for raw in raw_items:
        options = tuple(line(option) for option in raw.options)
        item = RawItem(line(raw.name), line(raw.sku), options, line(raw.quantity))
        try:
            parse_quantity(item.quantity)
        except ValueError as error:
            problems.append(_error("item_quantity_invalid", "items", f"Item {item.name!r}: {error}."))
        items.append(item)
    return items


def _sent_of(text: str) -> tuple[str, tuple[Problem, ...]]:
    problems: list[Problem] = []
    sent = _sent(text, problems) if text else ""
    return sent, tuple(problems)


# --- many rows at once -------------------------------------------------------------------------------

_NOT_TEXT = {"source", "row", "address", "add_ons", "items", "extra", "digest"}
ORDER_TEXT: tuple[str, ...] = tuple(f.name for f in fields(RawOrder) if f.name not in _NOT_TEXT)
ADDRESS_TEXT: tuple[str, ...] = tuple(f.name for f in fields(RawAddress))
ADDRESS_PREFIX = "address."


@dataclass(slots=True)
class OrderColumns:
    """Rows of an export as columns: `text` holds one list per text field of RawOrder (by its name) and of
    its RawAddress ("address.<name>"), a cell per row; add-ons, items and kept columns are per row."""

    source: Sequence[str]
    row: Sequence[int]
    text: dict[str, Sequence[str]]
    add_ons: Sequence[list[RawAddOn]]
    items: Sequence[list[RawItem]]
    extra_keys: Sequence[tuple[str, ...]]  # the kept columns' names, per row (usually one tuple for all)
    extra_values: Sequence[Sequence[str]]

    def __len__(self) -> int:
        return len(self.row)

    def subset(self, rows: Sequence[int]) -> OrderColumns:
        """These columns at `rows` only, in that order."""

        def pick(column: Sequence[V]) -> list[V]:
            return [column[row] for row in rows]

        return OrderColumns(
            pick(self.source), pick(self.row), {name: pick(column) for name, column in self.text.items()},
            pick(self.add_ons), pick(self.items), pick(self.extra_keys), pick(self.extra_values),
        )  # fmt: skip

    @classmethod
    def of(cls, raws: Sequence[RawOrder]) -> OrderColumns:
        text = {name: [getattr(raw, name) for raw in raws] for name in ORDER_TEXT}
        for name in ADDRESS_TEXT:
            text[ADDRESS_PREFIX + name] = [getattr(raw.address, name) for raw in raws]
        return cls(
            [raw.source for raw in raws], [raw.row for raw in raws], text, [raw.add_ons for raw in raws],
            [raw.items for raw in raws], [tuple(raw.extra) for raw in raws],
            [tuple(raw.extra.values()) for raw in raws],
        )  # fmt: skip


@dataclass(slots=True)
class CleanColumns:
    """What `normalise_columns` made of each row, column by column; `order(row)` is that row's CleanOrder."""

    columns: OrderColumns
    rejected: set[int]  # rows that cannot be an order (neither an order id nor a backer number)
    text: dict[str, list[str]]  # platform_order_id, backer_number, backer_uid, backer_name, email, ...
    money: list[_Money]
    pledged_at: list[datetime | None]
    status: list[PledgeStatus]
    address: dict[str, list[str]]  # CleanAddress's fields
    add_ons: list[list[CleanAddOn]]
    items: list[list[RawItem]]
    extra_json: list[str]
    problems: RowProblems

    def order(self, row: int) -> CleanOrder:
        text, money, columns = self.text, self.money[row], self.columns
        amounts = money.amounts
        extra = _extras(columns.extra_keys[row], columns.extra_values[row])[0]
        address = CleanAddress(*(self.address[name][row] for name in CLEAN_FIELDS))
        return CleanOrder(  # positional, in the order of the fields
            columns.source[row], columns.row[row], text["platform_order_id"][row], text["backer_number"][row],
            text["backer_uid"][row], text["backer_name"][row], text["email"][row], text["reward_title"][row],
            text["reward_id"][row], amounts["reward_minimum"], money.currency, amounts["pledge_amount"],
            amounts["shipping_amount"], amounts["bonus_support"], self.pledged_at[row], self.status[row],
            text["notes"][row], address, self.add_ons[row], self.items[row], extra, self.problems.of(row),
            self.extra_json[row], text["sent"][row],
        )  # fmt: skip


_MONEY_CELLS = ("pledge_amount", "shipping_amount", "bonus_support", "reward_minimum", "currency")


def normalise_columns(columns: OrderColumns, *, default_currency: str) -> CleanColumns:
    """Every row's clean values and problems, each row as `normalise_order` would make it alone: each
    check runs over every row before the next, in the order one row's checks run."""
    text, n = columns.text, len(columns)
    clean = {name: tidied(text[name]) for name in ("platform_order_id", "backer_number", "backer_uid", "email")}
    order_ids, numbers = clean["platform_order_id"], clean["backer_number"]
    rejected = set() if all(order_ids) else {row for row in range(n) if not order_ids[row] and not numbers[row]}
    problems = RowProblems()
    _check_ids(clean, problems)
    money = list(map(_money, *(text[name] for name in _MONEY_CELLS), repeat(default_currency, n)))
    problems.add_each([found.problems for found in money])
    dates = list(map(_pledged_at, text["pledged_at"]))
    problems.add_each([found for _, found in dates])
    statuses = per_distinct(text["status"], _status)
    problems.add_each([found for _, found in statuses])
    for row, problem in _email_problems(clean["email"]):
        problems.add(row, (problem,))
    address = clean_addresses({name: text[ADDRESS_PREFIX + name] for name in ADDRESS_TEXT}, problems)
    add_ons = _per_row(columns.add_ons, _add_ons, problems)
    items = _per_row(columns.items, _items, problems)
    rewards = _rewards(text["reward_title"], text["reward_id"], money)
    clean["reward_title"], clean["reward_id"] = [title for title, _ in rewards], [rid for _, rid in rewards]
    sent = per_distinct(text["rewards_sent"], _sent_of)
    problems.add_each([found for _, found in sent])
    clean["sent"] = [value for value, _ in sent]
    clean["backer_name"] = tidied(text["backer_name"])
    clean["notes"] = per_distinct(text["notes"], lines)
    return CleanColumns(
        columns, rejected, clean, money, [value for value, _ in dates], [value for value, _ in statuses], address,
        add_ons, items, _extra_jsons(columns.extra_keys, columns.extra_values), problems,
    )  # fmt: skip


def _check_ids(clean: dict[str, list[str]], problems: RowProblems) -> None:
    """Ids Excel turned into numbers: only a column with "E+" in it can have one."""
    ids = clean["platform_order_id"], clean["backer_number"], clean["backer_uid"]
    if any(any_contains(column, "E+", "e+") for column in ids):
        for row, (order_id, number, uid) in enumerate(zip(*ids, strict=True)):
            problems.add(row, _id_problems(order_id, number, uid))


def _rewards(titles: Sequence[str], reward_ids: Sequence[str], money: list[_Money]) -> list[tuple[str, str]]:
    """`_reward` of every row, once per distinct title, id and money (rows alike share one money object)."""
    paid = {id(found): found for found in money}

    def reward(key: tuple[str, str, int]) -> tuple[str, str]:
        found = paid[key[2]]
        return _reward(key[0], key[1], found.amounts["reward_minimum"], found.currency)

    return per_distinct(zip(titles, reward_ids, map(id, money), strict=True), reward)


def _per_row(
    raw: Sequence[list[T]], work: Callable[[list[T], list[Problem]], list[U]], problems: RowProblems
) -> list[list[U]]:
    """`work` of each row's list (add-ons, items), a new empty list for rows without any."""
    done: list[list[U]] = []
    for row, cells in enumerate(raw):
        if cells:
            found: list[Problem] = []
            done.append(work(cells, found))
            problems.add(row, found)
        else:
            done.append([])
    return done


def _extra_jsons(keys: Sequence[tuple[str, ...]], values: Sequence[Sequence[str]]) -> list[str]:
    """The kept columns' JSON of every row, as `_extras` writes it, worked out a column at a time for each
    run of rows with the same columns (a table of the export)."""
    jsons: list[str] = []
    start = 0
    for names, run in groupby(keys):
        stop = start + sum(1 for _ in run)
        jsons += _run_jsons(names, values[start:stop])
        start = stop
    return jsons


def _run_jsons(names: tuple[str, ...], values: Sequence[Sequence[str]]) -> list[str]:
    if not names:
        return [""] * len(values)
    members = [
        per_distinct(column, partial(_json_member, key))
        for key, column in zip(_json_keys(names), zip(*values, strict=True), strict=True)
    ]
    # Each filled member carries the ", " after it, so a row's members are joined in C without picking out
    # the empty ones; the last separator is cut off as the row is closed.
    bodies = map("".join, zip(*members, strict=True))
    return ['{"columns": {' + body[:-2] + "}}" if body else "" for body in bodies]


def normalise_orders(raws: Sequence[RawOrder], *, default_currency: str) -> list[CleanOrder | RowRejected]:
    """The clean order of each row, or why it cannot be one."""
    done = normalise_columns(OrderColumns.of(raws), default_currency=default_currency)
    return [
        RowRejected(raw.source, raw.row, "", NO_ID) if row in done.rejected else done.order(row)
        for row, raw in enumerate(raws)
    ]


def normalise_order(raw: RawOrder, *, default_currency: str) -> CleanOrder:
    """A clean order with every problem found.

    Raises `RowRejected` only when the row has neither an order id nor a backer number.
    """
    (clean,) = normalise_orders([raw], default_currency=default_currency)
    if isinstance(clean, RowRejected):
        raise clean
    return clean


NO_ID = "it has neither an order id nor a backer number"
