"""From export records to the values stored in the database, and a digest to spot unchanged rows."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from decimal import Decimal
from typing import Any

from fulfiller.domain.records import CleanAddress, CleanOrder, RawOrder

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
    for key in sorted(raw.extra):
        parts += (key, raw.extra[key])
    return hashlib.blake2b(SEP.join(parts).encode("utf-8"), digest_size=16).hexdigest()


def survey_json(clean: CleanOrder) -> str:
    """Survey answers and other kept columns, plus item lines some platforms list per order."""
    payload: dict[str, Any] = {}
    columns = {key: value for key, value in clean.extra.items() if value}
    if columns:
        payload["columns"] = columns
    if clean.items:
        payload["items"] = [
            {"name": i.name, "sku": i.sku, "options": list(i.options), "quantity": i.quantity} for i in clean.items
        ]
    return json.dumps(payload, ensure_ascii=False) if payload else ""


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
