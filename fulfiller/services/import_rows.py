"""From export records to the values stored in the database, and a digest to spot unchanged rows."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from itertools import chain
from typing import Any

from fulfiller.domain.enums import PledgeStatus, Severity
from fulfiller.domain.records import CleanAddress, CleanOrder, RawOrder
from fulfiller.services.merge_keys import coarse_hashes

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
    return hashlib.blake2b(SEP.join(parts).encode("utf-8"), digest_size=16).hexdigest()


def survey_json(clean: CleanOrder) -> str:
    """Survey answers and other kept columns, plus item lines some platforms list per order."""
    if not clean.items:
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


# A new order as the tuples `_BatchImport` inserts, without the ids, batch and times it adds: what a worker
# process sends back (plain tuples of text and numbers pickle fast; dataclasses do not).
NewOrder = tuple[
    tuple[str, str, str],  # backer: platform_backer_id, name, email
    tuple[Any, ...],  # orders: platform_order_id, then ORDER_FIELDS, as SQLite stores them
    tuple[str, ...],  # address: ADDRESS_FIELDS, then LATIN_FIELDS
    tuple[str, str, str | None, str] | None,  # the tier: title, platform id, minimum, currency; None without one
    tuple[tuple[str, str, int], ...],  # add-ons: title, platform id, quantity
    tuple[tuple[str, str, str, str], ...],  # problems: code, severity, field, message
    tuple[int, int],  # merge_keys.coarse_hashes, to look for duplicates as orders are made
]


def new_order_values(clean: CleanOrder) -> NewOrder:
    """Everything stored for a new order, SQL-ready (see `to_sql`)."""
    a = clean.address
    tier = None
    if clean.reward_title:
        minimum = None if clean.reward_minimum is None else str(clean.reward_minimum)
        tier = (clean.reward_title, clean.reward_id, minimum, clean.currency)
    return (
        (clean.backer_uid, clean.backer_name, clean.email),
        order_sql_values(clean),
        (a.name, a.company, a.line1, a.line2, a.line3, a.city, a.state, a.postal_code, a.country_code,
         a.country_as_given, a.phone, a.delivery_notes, a.latin_name, a.latin_line1, a.latin_line2, a.latin_city,
         a.latin_state),
        tier,
        tuple((add_on.title, add_on.platform_id, add_on.quantity) for add_on in clean.add_ons),
        tuple((p.code, _SEVERITY_SQL[p.severity], p.field, p.message) for p in clean.problems),
        coarse_hashes(clean.email, a.name, a.line1, a.postal_code, a.country_code),
    )  # fmt: skip


def order_sql_values(clean: CleanOrder) -> tuple[Any, ...]:
    """The platform order id, then `to_sql` of each of `order_values`, spelt out: this runs for every row."""
    pledged_at = clean.pledged_at
    return (
        clean.platform_order_id,
        clean.backer_number or clean.platform_order_id,
        clean.reward_title,
        _STATUS_SQL[clean.status],
        clean.currency,
        None if clean.pledge_amount is None else str(clean.pledge_amount),
        None if clean.shipping_amount is None else str(clean.shipping_amount),
        None if clean.bonus_support is None else str(clean.bonus_support),
        None if pledged_at is None else _datetime_sql(pledged_at),
        clean.notes,
        survey_json(clean),
    )


# An enum's .value runs Python code on every access: looked up instead, for 250,000 rows.
_STATUS_SQL = {status: status.value for status in PledgeStatus}
_SEVERITY_SQL = {severity: severity.value for severity in Severity}


# Pledge times repeat to the minute: one string each, made once. (Not amounts: 59.0 == 59.00.)
@lru_cache(maxsize=4096)
def _datetime_sql(value: datetime) -> str:
    return value.isoformat(sep=" ", timespec="microseconds")


def backer_values(clean: CleanOrder) -> dict[str, Any]:
    return {"platform_backer_id": clean.backer_uid, "name": clean.backer_name, "email": clean.email}


def address_values(address: CleanAddress) -> dict[str, str]:
    return {name: getattr(address, name) for name in (*ADDRESS_FIELDS, *LATIN_FIELDS)}


def add_on_key(clean: CleanOrder) -> tuple[tuple[str, str, int], ...]:
    return tuple(sorted((a.platform_id, a.title, a.quantity) for a in clean.add_ons))


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
