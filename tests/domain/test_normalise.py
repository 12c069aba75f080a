import json
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

import pytest

from fulfiller.domain.enums import PledgeStatus, Severity
from fulfiller.domain.normalise import normalise_order, normalise_orders
from fulfiller.domain.records import CleanAddOn, RawAddOn, RawAddress, RawItem, RawOrder, RowRejected

SOURCE = "59.00 USD Expansion + Base Game - Oct 25 10pm.csv"


def _address(**changes: str) -> RawAddress:
    fields = dict(
        name="Jane Doe", line1="1 Main St", city="Boston", state="MA", postal_code="02134", country="US",
        phone="(617) 392-0202",
    )  # fmt: skip
    return RawAddress(**{**fields, **changes})


def _row(**changes: object) -> RawOrder:
    fields: dict[str, object] = dict(
        source=SOURCE, row=2, backer_number="17", backer_uid="123456789", backer_name="Jane Doe",
        email="jane@example.com", reward_title="Base Game", reward_id="9012345", reward_minimum="$59.00 USD",
        pledge_amount="$69.00 USD", shipping_amount="$10.00 USD", pledged_at="2018/03/28, 10:27",
        status="collected", address=_address(),
    )  # fmt: skip
    return RawOrder(**{**fields, **changes})  # type: ignore[arg-type]


def _codes(order: object) -> list[tuple[str, str]]:
    return [(p.code, p.field) for p in order.problems]  # type: ignore[attr-defined]


def test_a_clean_kickstarter_row() -> None:
    order = normalise_order(_row(), default_currency="EUR")
    assert order.problems == []
    assert not order.blocked
    assert (order.source, order.row, order.backer_number, order.backer_uid) == (SOURCE, 2, "17", "123456789")
    assert (order.platform_order_id, order.backer_name, order.email) == ("", "Jane Doe", "jane@example.com")
    assert (order.reward_title, order.reward_id, order.notes, order.extra) == ("Base Game", "9012345", "", {})
    assert (order.add_ons, order.items) == ([], [])
    assert (order.currency, order.pledge_amount, order.shipping_amount) == (
        "USD",
        Decimal("69.00"),
        Decimal("10.00"),
    )
    assert order.reward_minimum == Decimal("59.00") and order.bonus_support is None
    assert order.pledged_at == datetime(2018, 3, 28, 10, 27)
    assert order.status is PledgeStatus.COLLECTED
    address = order.address
    assert (address.country_code, address.country_as_given, address.phone) == ("US", "US", "+16173920202")
    assert (address.latin_name, address.latin_line1, address.latin_city) == ("", "", "")


def test_a_german_and_a_japanese_row() -> None:
    german = _address(name="Jürgen Müller", line1="Invalidenstraße 8", city="Berlin", state="",
                      postal_code="10115", country="Deutschland", phone="030 1234567")  # fmt: skip
    euros = {"pledge_amount": "€69,00", "shipping_amount": "€12", "reward_minimum": "€59"}
    order = normalise_order(_row(address=german, **euros), default_currency="USD")
    assert order.problems == []
    assert (order.currency, order.pledge_amount, order.shipping_amount) == (
        "EUR",
        Decimal("69.00"),
        Decimal("12"),
    )
    assert (order.address.country_code, order.address.phone, order.address.latin_line1) == (
        "DE",
        "+49301234567",
        "",
    )
    japanese = _address(name="山田 太郎", line1="丸の内1-1", city="千代田区", state="東京都",
                        postal_code="100-0005", country="日本", phone="090-2345-6789")  # fmt: skip
    yen = {"pledge_amount": "¥6,800", "shipping_amount": "", "reward_minimum": "JPY 6000"}
    order = normalise_order(_row(address=japanese, **yen), default_currency="USD")
    assert order.problems == []
    assert (order.currency, order.pledge_amount, order.shipping_amount) == ("JPY", Decimal("6800"), None)
    assert order.address.country_code == "JP" and order.address.phone == "+819023456789"
    assert order.address.latin_name == "Shantian Tailang"  # kanji read as Chinese: a person confirms
    assert order.address.latin_line1 == "Wan No Nei 1-1"
    assert order.address.latin_state and order.address.latin_city


@pytest.mark.parametrize(
    ("name", "country", "latin_line1"),
    [
        ("张伟", "中国", "Jianguo Lu 88 Hao"),
        ("김민준", "대한민국", "Jianguo Lu 88 Hao"),
    ],
)
def test_non_latin_addresses_get_a_latin_proposal(name: str, country: str, latin_line1: str) -> None:
    address = _address(
        name=name, line1="建国路88号", city="北京市", state="北京", postal_code="100022", country=country
    )
    order = normalise_order(_row(address=address), default_currency="USD")
    assert order.address.line1 == "建国路88号"  # the original is kept beside the proposal
    assert order.address.latin_line1 == latin_line1
    assert order.address.latin_name.isascii() and order.address.latin_name


def test_cyrillic_address() -> None:
    address = _address(name="Иван Петров", line1="ул. Тверская, д. 7", city="Москва", state="Москва",
                       postal_code="125009", country="Россия", phone="+7 912 345-67-89")  # fmt: skip
    order = normalise_order(_row(address=address), default_currency="USD")
    assert order.problems == []
    assert (order.address.latin_name, order.address.latin_line1, order.address.latin_city) == (
        "Ivan Petrov",
        "ul. Tverskaya, d. 7",
        "Moskva",
    )


def test_whitespace_is_trimmed_and_collapsed_and_line_breaks_kept_in_free_text() -> None:
    raw = _row(
        backer_name="  Jane   Doe ",
        reward_title=" Base\tGame ",
        notes="  first  line \r\n second line  ",
        address=_address(name=" Jane  Doe", line1="1  Main   St ", city="\u00a0Boston"),
        extra={"Survey: size": "  M ", "Anything else?": "Yes.\nPlease  wrap it."},
    )
    order = normalise_order(raw, default_currency="USD")
    assert (order.backer_name, order.reward_title) == ("Jane Doe", "Base Game")
    assert order.notes == "first line\nsecond line"
    assert (order.address.name, order.address.line1, order.address.city) == (
        "Jane Doe",
        "1 Main St",
        "Boston",
    )
    assert order.extra == {"Survey: size": "M", "Anything else?": "Yes.\nPlease wrap it."}


def test_kept_columns_are_stored_as_the_json_of_the_filled_ones() -> None:
    # Written piece by piece for speed: it must be what json.dumps writes, quotes, breaks and scripts too.
    extra = {
        "Survey Response": "2023/05/02, 18:03", "Colour": ' Blue "sky" ', "Empty": "  ", "Notes\\": "a\r\nb\tc",
        "Имя": "Ёжик\u2028", "控制": "\x01\x1f", "Emoji 🎲": "🎲 \\ /",
    }  # fmt: skip
    order = normalise_order(_row(extra=extra), default_currency="USD")
    filled = {key: value for key, value in order.extra.items() if value}
    assert order.extra["Empty"] == "" and "Empty" not in filled
    assert order.extra_json == json.dumps({"columns": filled}, ensure_ascii=False)
    assert json.loads(order.extra_json or "") == {"columns": filled}
    assert normalise_order(_row(extra={"Empty": ""}), default_currency="USD").extra_json == ""


def test_a_row_without_order_id_or_backer_number_is_rejected() -> None:
    with pytest.raises(RowRejected) as caught:
        normalise_order(_row(backer_number="  ", platform_order_id=""), default_currency="USD")
    assert (caught.value.source, caught.value.row) == (SOURCE, 2)
    assert str(caught.value).startswith(f"{SOURCE}, row 2: ")


def test_an_order_id_alone_is_enough() -> None:
    order = normalise_order(_row(backer_number="", platform_order_id="PB-1001"), default_currency="USD")
    assert order.platform_order_id == "PB-1001" and order.problems == []


@pytest.mark.parametrize(
    ("cells", "currency", "pledge"),
    [
        (
            {"pledge_amount": "SEK 1,000.00", "shipping_amount": "SEK 100.00", "reward_minimum": ""},
            "SEK",
            "1000.00",
        ),
        (
            {"pledge_amount": "59", "shipping_amount": "10", "reward_minimum": "", "currency": "cad"},
            "CAD",
            "59",
        ),
        ({"pledge_amount": "59", "shipping_amount": "", "reward_minimum": ""}, "EUR", "59"),  # the default
        (
            {"pledge_amount": "$59", "shipping_amount": "", "reward_minimum": "", "currency": "AUD"},
            "AUD",
            "59",
        ),
        ({"pledge_amount": "CA$ 79.00", "shipping_amount": "$10", "reward_minimum": ""}, "CAD", "79.00"),
    ],
)
def test_currency_comes_from_the_cell_then_the_column_then_the_default(
    cells: dict[str, str], currency: str, pledge: str
) -> None:
    order = normalise_order(_row(**cells), default_currency="EUR")
    assert order.problems == []
    assert (order.currency, order.pledge_amount) == (currency, Decimal(pledge))


def test_an_unreadable_amount_is_an_error_not_a_crash() -> None:
    raw = _row(shipping_amount="ten dollars", bonus_support="1.2E+3")
    order = normalise_order(raw, default_currency="USD")
    assert _codes(order) == [("amount_invalid", "shipping_amount"), ("amount_invalid", "bonus_support")]
    assert all(p.severity is Severity.ERROR for p in order.problems)
    assert "Shipping amount" in order.problems[0].message and "'ten dollars'" in order.problems[0].message
    assert order.shipping_amount is None and order.pledge_amount == Decimal("69.00")


def test_amounts_in_two_currencies_are_an_error() -> None:
    order = normalise_order(_row(shipping_amount="€10"), default_currency="USD")
    assert _codes(order) == [("currency_mismatch", "shipping_amount")]
    order = normalise_order(_row(currency="EUR"), default_currency="USD")
    assert _codes(order) == [("currency_mismatch", "currency")]
    order = normalise_order(_row(currency="bitcoin"), default_currency="USD")
    assert ("currency_unknown", "currency") in _codes(order)


def test_unknown_status_is_an_error_and_the_order_is_held() -> None:
    order = normalise_order(_row(status="maybe later"), default_currency="USD")
    assert _codes(order) == [("status_unknown", "status")]
    assert order.status is PledgeStatus.PENDING and order.blocked


@pytest.mark.parametrize(
    ("status", "expected"),
    [("dropped", PledgeStatus.DROPPED), ("Unlocked", PledgeStatus.COLLECTED), ("", PledgeStatus.COLLECTED)],
)
def test_status_words(status: str, expected: PledgeStatus) -> None:
    assert normalise_order(_row(status=status), default_currency="USD").status is expected


def test_bad_date_is_a_warning() -> None:
    order = normalise_order(_row(pledged_at="someday"), default_currency="USD")
    expected = [("date_invalid", Severity.WARNING, "pledged_at")]
    assert [(p.code, p.severity, p.field) for p in order.problems] == expected
    assert order.pledged_at is None


def test_add_ons_are_counted_and_zero_quantities_dropped() -> None:
    add_ons = [
        RawAddOn("[Addon: 10750435] Flitt Locust Pendant", "10750435", "2.0"),
        RawAddOn(" Sleeves ", "10750436", ""),
        RawAddOn("Dice", "10750437", "0"),
        RawAddOn("Poster", "10750438", " 1 "),
    ]
    order = normalise_order(_row(add_ons=add_ons), default_currency="USD")
    assert order.add_ons == [
        CleanAddOn("[Addon: 10750435] Flitt Locust Pendant", "10750435", 2),
        CleanAddOn("Poster", "10750438", 1),
    ]
    assert order.problems == []


def test_a_bad_add_on_quantity_is_an_error_naming_it() -> None:
    add_ons = [RawAddOn("Dice", "1", "-1"), RawAddOn("Pin", "2", "x")]
    order = normalise_order(_row(add_ons=add_ons), default_currency="USD")
    assert _codes(order) == [("add_on_quantity_invalid", "add_ons")] * 2
    assert "'Dice'" in order.problems[0].message
    assert order.add_ons == []


def test_items_are_kept_and_their_quantities_checked() -> None:
    items = [RawItem(" Base Game ", "SKU-1", (" Red ",), "1"), RawItem("Dice", "SKU-2", (), "lots")]
    order = normalise_order(_row(items=items), default_currency="USD")
    assert order.items[0] == RawItem("Base Game", "SKU-1", ("Red",), "1")
    assert _codes(order) == [("item_quantity_invalid", "items")]


@pytest.mark.parametrize(("email", "code"), [("", "email_missing"), ("jane.example.com", "email_invalid")])
def test_missing_or_malformed_email_is_a_warning(email: str, code: str) -> None:
    order = normalise_order(_row(email=email), default_currency="USD")
    assert [(p.code, p.severity, p.field) for p in order.problems] == [(code, Severity.WARNING, "email")]


def test_every_problem_is_collected_not_just_the_first() -> None:
    address = _address(name="J. S.", postal_code="2134", phone="555-555-1212", state="Narnia")
    raw = _row(address=address, email="", status="huh", pledged_at="soon")
    order = normalise_order(raw, default_currency="USD")
    assert sorted(_codes(order)) == sorted(
        [
            ("status_unknown", "status"),
            ("date_invalid", "pledged_at"),
            ("email_missing", "email"),
            ("postal_code_lost_zero", "postal_code"),
            ("state_unknown", "state"),
            ("name_initials_only", "name"),
            ("phone_fake", "phone"),
        ]
    )
    assert order.blocked


def test_excel_mangled_values_are_errors() -> None:
    address = _address(postal_code="9.25082E+11", phone="4.47911E+11")
    order = normalise_order(_row(address=address, backer_uid="1.23457E+8"), default_currency="USD")
    assert sorted(_codes(order)) == [
        ("excel_mangled", "backer_uid"),
        ("excel_mangled", "phone"),
        ("excel_mangled", "postal_code"),
    ]
    assert order.address.postal_code == "9.25082E+11"  # kept as given, for the person fixing it


def test_namibia_is_a_country_not_a_missing_value() -> None:
    address = _address(country="NA", state="", city="Windhoek", postal_code="10001", phone="081 234 5678")
    order = normalise_order(_row(address=address), default_currency="USD")
    assert order.address.country_code == "NA" and order.problems == []
    assert order.address.phone == "+264812345678"


def test_unknown_country() -> None:
    order = normalise_order(_row(address=_address(country="Narnia")), default_currency="USD")
    assert ("country_unknown", "country") in _codes(order)
    assert order.address.country_code == "" and order.address.country_as_given == "Narnia"


def test_a_row_without_an_address_has_one_problem() -> None:
    order = normalise_order(_row(address=RawAddress()), default_currency="USD")
    assert _codes(order) == [("address_missing", "")]


def test_the_raw_row_is_not_changed() -> None:
    raw = _row(address=_address(name="  张伟 ", city="北京市"))
    before = replace(raw, address=replace(raw.address))
    normalise_order(raw, default_currency="USD")
    assert raw == before


def _varied_rows() -> list[RawOrder]:
    """Rows of every kind a file mixes: clean ones, each problem, other scripts, no address, no ids."""
    de = _address(name="Jürgen Müller", line1="Invalidenstraße 8", city="Berlin", state="", postal_code="10115",
                  country="Deutschland", phone="030 1234567")  # fmt: skip
    jp = _address(name="山田 太郎", line1="丸の内1-1", city="千代田区", state="東京都", postal_code="100-0005",
                  country="日本", phone="090-2345-6789")  # fmt: skip
    long_line = "Apartment 12B, Building C, 1234 Long Name Boulevard"
    return [
        _row(),
        _row(backer_number="18", address=de, pledge_amount="€69,00", shipping_amount="€12", reward_minimum="€59"),
        _row(backer_number="19", address=jp, pledge_amount="¥6,800", shipping_amount="", reward_minimum="JPY 6000"),
        _row(backer_number="9.25082E+11", backer_uid="1.2E+5"),
        _row(backer_number="20", pledge_amount="lots", currency="XYZ"),
        _row(backer_number="21", pledged_at="yesterday", status="maybe", email=""),
        _row(backer_number="22", email="jane at example"),
        _row(backer_number="23", address=RawAddress()),
        _row(backer_number="24", address=_address(country="Atlantis", line1=long_line)),
        _row(backer_number="25", address=_address(city="", postal_code="2134", state="Califronia", phone="")),
        _row(backer_number="26", address=_address(name="J. S.", phone="555-555-1212", line1="", line2="Apt 3")),
        _row(backer_number="27", add_ons=[RawAddOn("Pin", "9", "2"), RawAddOn("Bag", "", "lots"),
                                          RawAddOn("X", "", "0")]),
        _row(backer_number="28", items=[RawItem("Mug", "M-1", ("Red",), "two")], extra={"Size": " L "}),
        _row(backer_number="29", rewards_sent="Sent", extra={"Size": "M", "Colour": ""}),
        _row(backer_number="30", rewards_sent="perhaps", extra={"Size": "M", "Colour": "Blue"}),
        _row(backer_number="  ", platform_order_id=""),
        _row(backer_number="31", address=_address(name="Иван Петров", line1="ул. Тверская, д. 7", city="Москва",
                                                  country="Россия", postal_code="125009", phone="+7 912 345-67-89")),
        _row(backer_number="32", reward_title="", reward_minimum="$35.00 USD", address=de),
        _row(backer_number="33", address=_address(postal_code="9.25082E+11", phone="4.47712E+11")),
    ]  # fmt: skip


def test_many_rows_at_once_are_each_what_it_is_alone() -> None:
    rows = _varied_rows()
    alone: list[object] = []
    for raw in rows:
        try:
            alone.append(normalise_order(raw, default_currency="USD"))
        except RowRejected as rejected:
            alone.append(str(rejected))
    together = normalise_orders(rows, default_currency="USD")
    assert [str(o) if isinstance(o, RowRejected) else o for o in together] == alone
    assert sum(isinstance(o, RowRejected) for o in together) == 1
    assert len({code for o in together if not isinstance(o, RowRejected) for code, _ in _codes(o)}) > 15
    # The same rows in another order, and repeated: the columns' shared work changes nothing.
    mixed = rows[::-1] + rows
    again = normalise_orders(mixed, default_currency="USD")
    expected = alone[::-1] + alone
    assert [str(o) if isinstance(o, RowRejected) else o for o in again] == expected
