"""Turn one raw export row into a clean order and every problem it has.

Nothing here stops at the first problem: a row becomes an order with a list of problems unless it
cannot be an order at all (no order id and no backer number), which raises `RowRejected`. Text is
trimmed and runs of spaces collapsed; otherwise every value keeps the spelling the file had.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import NamedTuple

from fulfiller.domain.address_rules import check_address_fields
from fulfiller.domain.countries import resolve_country
from fulfiller.domain.enums import PledgeStatus, Severity
from fulfiller.domain.names import check_name
from fulfiller.domain.parsing import (
    MoneyParts,
    currency_code,
    is_excel_mangled,
    parse_datetime,
    parse_quantity,
    pledge_status,
    read_money,
)
from fulfiller.domain.phones import check_phone
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
from fulfiller.domain.transliterate import latin_proposal

_EMAIL = re.compile(r"[^@\s,;]+@[^@\s,;]+\.[^@\s,;.]{2,}")
# Read in this order: the pledge's own currency decides the order's when cells disagree.
_MONEY_FIELDS = ("pledge_amount", "shipping_amount", "bonus_support", "reward_minimum")
_LABELS = {
    "pledge_amount": "Pledge amount", "shipping_amount": "Shipping amount", "bonus_support": "Bonus support",
    "reward_minimum": "Reward minimum", "platform_order_id": "Order id", "backer_number": "Backer number",
    "backer_uid": "Backer UID",
}  # fmt: skip


def _line(text: str) -> str:
    """One line of text: trimmed, inner runs of whitespace made one space."""
    return " ".join(text.split()) if text else ""


# For columns whose few values repeat on thousands of rows (tiers, cities, postal codes, countries): one
# call per distinct value, and one string object for all rows alike, which also pickles as one.
_repeated_line = lru_cache(maxsize=65536)(_line)


def _lines(text: str) -> str:
    """Free text (notes, survey answers): each line tidied, the line breaks kept."""
    if not text:
        return ""
    if "\n" not in text and "\r" not in text:
        return " ".join(text.split())
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n")


# Survey answers and other kept columns: mostly a few choices, repeated on every row, beside one or two
# that differ on every row (when the survey was answered). Each cell is tidied and written as JSON once
# per distinct value, and the row's JSON joined from those pieces.
@lru_cache(maxsize=65536)
def _extra_cell(text: str) -> tuple[str, str]:
    """The cell tidied, and as a JSON string."""
    tidy = _lines(text)
    return tidy, encode_basestring(tidy)


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
        return _line(text) if rewards_sent(text) else ""
    except ValueError as error:
        problems.append(_error("rewards_sent_unknown", "rewards_sent", f"Rewards sent: {error}."))
        return ""


def _pledged_at(text: str, problems: list[Problem]) -> datetime | None:
    try:
        return parse_datetime(text)
    except ValueError as error:
        problems.append(_warning("date_invalid", "pledged_at", f"Pledge date: {error}."))
        return None


def _status(text: str, problems: list[Problem]) -> PledgeStatus:
    # An export without a status column lists pledges the platform has collected (Indiegogo).
    if not text.strip():
        return PledgeStatus.COLLECTED
    try:
        return pledge_status(text)
    except ValueError as error:
        problems.append(_error("status_unknown", "status", f"{error}: the order is held as pending."))
        return PledgeStatus.PENDING


def _email(text: str, problems: list[Problem]) -> str:
    email = _line(text)
    if not email:
        problems.append(_warning("email_missing", "email", "E-mail address is missing."))
    elif not _EMAIL.fullmatch(email):
        problems.append(_warning("email_invalid", "email", f"E-mail address {email!r} does not look valid."))
    return email


def _address(raw: RawAddress, problems: list[Problem]) -> CleanAddress:
    country_as_given = _repeated_line(raw.country)
    country_code = (resolve_country(country_as_given) or "") if country_as_given else ""
    fields = {  # in CleanAddress's order (it is made from the values), spelt out: this runs for every row
        "name": " ".join(raw.name.split()),
        "company": " ".join(raw.company.split()) if raw.company else "",
        "line1": " ".join(raw.line1.split()),
        "line2": " ".join(raw.line2.split()) if raw.line2 else "",
        "line3": " ".join(raw.line3.split()) if raw.line3 else "",
        "city": _repeated_line(raw.city),
        "state": _repeated_line(raw.state),
        "postal_code": _repeated_line(raw.postal_code),
    }
    address_problems = check_address_fields(fields, country_code, country_as_given)
    problems += address_problems
    phone = _line(raw.phone)
    if not address_problems or address_problems[0].code != "address_missing":
        # With nothing to ship to, name and phone checks would only repeat that.
        problems += check_name(fields["name"])
        phone, phone_problems = check_phone(phone, country_code)
        problems += phone_problems
    # Positional: a keyword call costs as much as the checks above on a 250,000-row import.
    notes = _lines(raw.delivery_notes)
    address = CleanAddress(*fields.values(), country_code, country_as_given, phone, notes)
    if not "".join(fields.values()).isascii():
        for name, value in latin_proposal(address).items():
            setattr(address, name, value)
    return address


@lru_cache(maxsize=1024)
def _add_on(title: str, platform_id: str, quantity: str) -> tuple[str, str, int]:
    """An add-on's tidy title, id and count; the same few add-ons appear on every row."""
    return _line(title), _line(platform_id), parse_quantity(quantity)


def _add_ons(raw_add_ons: list[RawAddOn], problems: list[Problem]) -> list[CleanAddOn]:
    add_ons = []
    for raw in raw_add_ons:
        try:
            title, platform_id, quantity = _add_on(raw.title, raw.platform_id, raw.quantity)
        except ValueError as error:
            message = f"Add-on {_line(raw.title)!r}: {error}."
            problems.append(_error("add_on_quantity_invalid", "add_ons", message))
            continue
        if quantity:
            add_ons.append(CleanAddOn(title, platform_id, quantity))
    return add_ons


def _items(raw_items: list[RawItem], problems: list[Problem]) -> list[RawItem]:
    items = []
    for raw in raw_items:
        options = tuple(_line(option) for option in raw.options)
        item = RawItem(_line(raw.name), _line(raw.sku), options, _line(raw.quantity))
        try:
            parse_quantity(item.quantity)
        except ValueError as error:
            problems.append(_error("item_quantity_invalid", "items", f"Item {item.name!r}: {error}."))
        items.append(item)
    return items


def normalise_order(raw: RawOrder, *, default_currency: str) -> CleanOrder:
    """A clean order with every problem found.

    Raises `RowRejected` only when the row has neither an order id nor a backer number.
    """
    platform_order_id, backer_number = _line(raw.platform_order_id), _line(raw.backer_number)
    if not platform_order_id and not backer_number:
        raise RowRejected(raw.source, raw.row, "", "it has neither an order id nor a backer number")
    backer_uid = _line(raw.backer_uid)
    problems = _id_problems(platform_order_id, backer_number, backer_uid)
    money = _money(
        raw.pledge_amount,
        raw.shipping_amount,
        raw.bonus_support,
        raw.reward_minimum,
        raw.currency,
        default_currency,
    )
    problems += money.problems
    pledged_at = _pledged_at(raw.pledged_at, problems)
    status = _status(raw.status, problems)
    email = _email(raw.email, problems)
    address = _address(raw.address, problems)
    add_ons = _add_ons(raw.add_ons, problems)
    items = _items(raw.items, problems) if raw.items else []
    amounts = money.amounts
    extra, extra_json = _extras(tuple(raw.extra), raw.extra.values())
    reward_title, reward_id = _reward(raw.reward_title, raw.reward_id, amounts["reward_minimum"], money.currency)
    sent = _sent(raw.rewards_sent, problems) if raw.rewards_sent else ""
    return CleanOrder(  # positional, in the order of the fields, for speed
        raw.source,
        raw.row,
        platform_order_id,
        backer_number,
        backer_uid,
        _line(raw.backer_name),
        email,
        reward_title,
        reward_id,
        amounts["reward_minimum"],
        money.currency,
        amounts["pledge_amount"],
        amounts["shipping_amount"],
        amounts["bonus_support"],
        pledged_at,
        status,
        _lines(raw.notes),
        address,
        add_ons,
        items,
        extra,
        problems,
        extra_json,
        sent,
    )
