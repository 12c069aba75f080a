"""The SQL-ready values of a new order are what SQLAlchemy would store for the same order."""

from __future__ import annotations

import json
import marshal

import pytest

from fulfiller.domain.normalise import normalise_order
from fulfiller.domain.records import RawAddOn, RawAddress, RawItem, RawOrder
from fulfiller.services.importing.rows import (
    ADDRESS_FIELDS,
    LATIN_FIELDS,
    NewOrders,
    order_values,
    survey_json,
    to_sql,
)

ROWS = [
    RawOrder(
        "a.csv", 2, "1", "1", "900", "Ada Lovelace", "ada@example.com", "Aurora", "8123", "$59.00", "$69.00",
        "$10.00", "", "", "2018/03/28, 10:27", "collected", "  leave it  at the door ", "",
        RawAddress("Ada Lovelace", "", "Hauptstraße 1", "", "", "Berlin", "", "10115", "DE", "+49 30 1234567"),
        [RawAddOn("Stand", "222", "2")], [], {"Colour": "Blue", "Size": "", "How?": "a  friend\nand more"},
    ),
    RawOrder(
        "a.csv", 3, "2", "", "", "山田太郎", "", "", "", "", "¥6,800", "", "", "JPY", "bogus", "weird", "", "",
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
def test_new_order_rows_are_to_sql_of_the_order(raw: RawOrder) -> None:
    clean = normalise_order(raw, default_currency="USD")
    new = NewOrders()
    new.add(normalise_order(ROWS[0], default_currency="USD"), "d0")  # so this order is at position 1
    assert new.add(clean, "d1") == 1
    backer, order, address = new.backers[1], new.orders[1], new.addresses[1]

    assert backer == (clean.backer_uid, clean.backer_name, clean.email, 1)
    values = tuple(to_sql(value) for value in order_values(clean).values())
    assert order[:-2] == (clean.platform_order_id, *values, "d1") and order[-1] == 1
    assert address == (*(getattr(clean.address, name) for name in (*ADDRESS_FIELDS, *LATIN_FIELDS)), 1)
    minimum = None if clean.reward_minimum is None else str(clean.reward_minimum)
    if clean.reward_title:
        assert new.tiers[order[-2]] == (clean.reward_title, clean.reward_id, minimum, clean.currency)
    else:
        assert order[-2] is None
    add_ons = [(new.add_on_kinds[kind][:2], quantity) for position, kind, quantity in new.add_ons if position == 1]
    assert add_ons == [((a.title, a.platform_id), a.quantity) for a in clean.add_ons]
    problems = [problem[1:] for problem in new.problems if problem[0] == 1]
    assert problems == [(p.code, p.severity.value, p.field, p.message) for p in clean.problems]
    assert survey_json(clean) == _original_survey_json(clean.extra, clean.items)
    arrived = NewOrders.unpack(marshal.loads(marshal.dumps(new.pack())))  # what a worker sends
    assert len(arrived) == len(new) and arrived.stored is not None and arrived.orders == []
    assert _lists(arrived.read_stored()) == _lists(new) and arrived.stored is None


def test_repeated_orders_leave_with_their_lines_and_the_rest_is_renumbered() -> None:
    cleans = [normalise_order(raw, default_currency="USD") for raw in ROWS]
    new = NewOrders()
    for position, clean in enumerate(cleans):
        new.add(clean, f"d{position}")

    rest = new.without({0})

    again = NewOrders()
    for position, clean in enumerate(cleans[1:], start=1):
        again.add(clean, f"d{position}")
    assert _lists(rest) == _lists(again)
    assert len(rest) == 2 and rest.tiers == [] and rest.add_on_kinds == []  # only the first row had them
    packed = NewOrders.unpack(new.pack())
    assert _lists(packed.without({0})) == _lists(again)  # the stored rows are read back to leave some out


def _lists(new: NewOrders) -> tuple[list[object], ...]:
    names = ("backers", "orders", "addresses", "add_ons", "problems", "tiers", "add_on_kinds", "email_hashes",
             "person_hashes", "sent")  # fmt: skip
    return tuple(getattr(new, name) for name in names)
