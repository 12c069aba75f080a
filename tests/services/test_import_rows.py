"""The SQL-ready values of a new order are what SQLAlchemy would store for the same order."""

from __future__ import annotations

import json

import pytest

from fulfiller.domain.normalise import normalise_order
from fulfiller.domain.records import RawAddOn, RawAddress, RawItem, RawOrder
from fulfiller.services.import_rows import (
    ADDRESS_FIELDS,
    LATIN_FIELDS,
    new_order_values,
    order_values,
    survey_json,
    to_sql,
)

ROWS = [
    RawOrder(
        "a.csv", 2, "1", "1", "900", "Ada Lovelace", "ada@example.com", "Aurora", "8123", "$59.00", "$69.00",
        "$10.00", "", "", "2018/03/28, 10:27", "collected", "  leave it  at the door ",
        RawAddress("Ada Lovelace", "", "Hauptstraße 1", "", "", "Berlin", "", "10115", "DE", "+49 30 1234567"),
        [RawAddOn("Stand", "222", "2")], [], {"Colour": "Blue", "Size": "", "How?": "a  friend\nand more"},
    ),
    RawOrder(
        "a.csv", 3, "2", "", "", "山田太郎", "", "", "", "", "¥6,800", "", "", "JPY", "bogus", "weird", "",
        RawAddress("山田太郎", "", "千代田1-1", "", "", "千代田区", "東京都", "100-0005", "日本", ""),
        [], [RawItem("Lamp", "L-1", ("red",), "2.0")], {},
    ),
    RawOrder("b.csv", 9, "3", status="dropped", address=RawAddress(country="Narnia"), extra={"Colour": ""}),
]  # fmt: skip


def _original_survey_json(extra: dict[str, str], items: list[RawItem]) -> str:
    payload: dict[str, object] = {}
    columns = {key: value for key, value in extra.items() if value}
    if columns:
        payload["columns"] = columns
    if items:
        payload["items"] = [
            {"name": i.name, "sku": i.sku, "options": list(i.options), "quantity": i.quantity} for i in items
        ]
    return json.dumps(payload, ensure_ascii=False) if payload else ""


@pytest.mark.parametrize("raw", ROWS, ids=lambda raw: f"row {raw.row}")
def test_new_order_values_are_to_sql_of_the_order(raw: RawOrder) -> None:
    clean = normalise_order(raw, default_currency="USD")
    backer, order, address, tier, add_ons, problems, _ = new_order_values(clean)

    assert backer == (clean.backer_uid, clean.backer_name, clean.email)
    assert order == (clean.platform_order_id, *(to_sql(value) for value in order_values(clean).values()))
    assert address == tuple(getattr(clean.address, name) for name in (*ADDRESS_FIELDS, *LATIN_FIELDS))
    minimum = None if clean.reward_minimum is None else str(clean.reward_minimum)
    assert tier == ((clean.reward_title, clean.reward_id, minimum, clean.currency) if clean.reward_title else None)
    assert add_ons == tuple((a.title, a.platform_id, a.quantity) for a in clean.add_ons)
    assert problems == tuple((p.code, p.severity.value, p.field, p.message) for p in clean.problems)
    assert survey_json(clean) == _original_survey_json(clean.extra, clean.items)
    assert all(type(value) in (str, int, type(None)) for value in (*backer, *order, *address))  # marshal-able
