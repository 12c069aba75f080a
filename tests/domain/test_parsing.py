from datetime import datetime
from decimal import Decimal

import pytest

from fulfiller.domain.enums import PledgeStatus
from fulfiller.domain.parsing import (
    currency_code,
    is_excel_mangled,
    parse_datetime,
    parse_quantity,
    pledge_status,
    read_money,
)


def parse_money(text: str, default: str) -> tuple[Decimal | None, str]:
    """An amount and its currency as an import reads a money cell."""
    parts = read_money(text)
    return parts.amount, parts.currency(default)


@pytest.mark.parametrize(
    ("text", "default", "amount", "currency"),
    [
        ("$4.00 USD", "EUR", "4.00", "USD"),  # Kickstarter 2013
        ("SEK 1,000.00", "USD", "1000.00", "SEK"),  # Kickstarter 2018
        ("1.000,50 €", "USD", "1000.50", "EUR"),
        ("€12", "USD", "12", "EUR"),
        ("US$ 59", "EUR", "59", "USD"),
        ("CA$ 79.00", "USD", "79.00", "CAD"),
        ("¥6,800", "USD", "6800", "JPY"),
        ("¥6,800", "CNY", "6800", "CNY"),  # the campaign's own currency settles a shared symbol
        ("JPY 6800", "USD", "6800", "JPY"),
        ("59", "USD", "59", "USD"),
        ("59", "EUR", "59", "EUR"),
        ("$59", "CAD", "59", "CAD"),
        ("$59", "EUR", "59", "USD"),
        ("£10.00 GBP", "USD", "10.00", "GBP"),
        ("CHF 1'000.50", "USD", "1000.50", "CHF"),
        ("€ 1.234.567,89", "USD", "1234567.89", "EUR"),
        ("1 000,50 kr", "SEK", "1000.50", "SEK"),
        ("R$ 100,00", "USD", "100.00", "BRL"),
        ("HK$300", "USD", "300", "HKD"),
        ("₩50,000", "USD", "50000", "KRW"),
        ("100 zł", "USD", "100", "PLN"),
        ("usd 5", "EUR", "5", "USD"),
        ("5 usd", "EUR", "5", "USD"),
        ("12,5", "EUR", "12.5", "EUR"),
        ("0.500", "USD", "0.500", "USD"),
        ("1,00,000.00", "INR", "100000.00", "INR"),
        ("(5.00)", "USD", "-5.00", "USD"),
        ("-$5", "USD", "-5", "USD"),
        ("  $ 4.00  USD ", "USD", "4.00", "USD"),
    ],
)
def test_parse_money_reads_formats_exports_use(text: str, default: str, amount: str, currency: str) -> None:
    value, code = parse_money(text, default)
    assert value == Decimal(amount)
    assert str(value) == amount  # exact, never a float
    assert code == currency


def test_parse_money_empty_cell_has_no_amount() -> None:
    assert parse_money("", "USD") == (None, "USD")
    assert parse_money("   ", "EUR") == (None, "EUR")


@pytest.mark.parametrize(
    "text",
    ["abc", "12abc", "$$5", "€5 USD", "1,2,3", "1..0", "5 XYZ", "1.2E+3", "--5", "1,000,00", "USD", "$"],
)
def test_parse_money_refuses_garbage_with_a_plain_message(text: str) -> None:
    with pytest.raises(ValueError, match="Not an amount of money"):
        parse_money(text, "USD")


def test_parse_money_will_not_guess_which_crown() -> None:
    with pytest.raises(ValueError, match="SEK, NOK, DKK, ISK"):
        parse_money("kr 100", "USD")
    assert parse_money("kr 100", "NOK") == (Decimal("100"), "NOK")


def test_read_money_says_whether_the_cell_named_a_currency() -> None:
    assert read_money("59").stated is False
    assert read_money("$59").stated is True
    assert read_money("$59").code is None
    assert read_money("SEK 1,000.00").code == "SEK"


@pytest.mark.parametrize(
    ("text", "code"),
    [("USD", "USD"), ("usd", "USD"), (" SEK ", "SEK"), ("€", "EUR"), ("$", None), ("XYZ", None)],
)
def test_currency_code_of_a_currency_column(text: str, code: str | None) -> None:
    assert currency_code(text) == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2013/10/11, 13:42", datetime(2013, 10, 11, 13, 42)),
        ("2018/03/28, 10:27", datetime(2018, 3, 28, 10, 27)),
        ("2023-10-25T22:01:00Z", datetime(2023, 10, 25, 22, 1)),
        ("2023-10-26T00:01:00+02:00", datetime(2023, 10, 25, 22, 1)),  # stored as naive UTC
        ("2023-10-25 22:01:00 UTC", datetime(2023, 10, 25, 22, 1)),
        ("10/25/2023 10:01 PM", datetime(2023, 10, 25, 22, 1)),
        ("12/01/2023 12:30 AM", datetime(2023, 12, 1, 0, 30)),
        ("25/10/2023", datetime(2023, 10, 25)),  # 25 cannot be a month
        ("25.10.2023", datetime(2023, 10, 25)),
        ("25.10.2023 14:05", datetime(2023, 10, 25, 14, 5)),
        ("2023-10-25", datetime(2023, 10, 25)),
        ("45224.5", datetime(2023, 10, 25, 12, 0)),  # an Excel serial date
        ("45224", datetime(2023, 10, 25)),
        ("Oct 25, 2023", datetime(2023, 10, 25)),
        ("25 October 2023 10:01 pm", datetime(2023, 10, 25, 22, 1)),
        (" 2018/03/28,  10:27 ", datetime(2018, 3, 28, 10, 27)),
    ],
)
def test_parse_datetime_reads_the_formats_exports_use(text: str, expected: datetime) -> None:
    assert parse_datetime(text) == expected


def test_parse_datetime_empty_is_none() -> None:
    assert parse_datetime("") is None
    assert parse_datetime("  ") is None


@pytest.mark.parametrize(
    "text",
    ["garbage", "13/13/2023", "2023-13-01", "45224x", "12:00", "2023", "10/25/2023 13:01 PM", "31.02.2023"],
)
def test_parse_datetime_refuses_garbage(text: str) -> None:
    with pytest.raises(ValueError, match="Not a date"):
        parse_datetime(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [("", 0), ("1", 1), ("2.0", 2), (" 3 ", 3), ("2,00", 2), ("10", 10)],
)
def test_parse_quantity(text: str, count: int) -> None:
    assert parse_quantity(text) == count


@pytest.mark.parametrize(
    ("text", "message"), [("-1", "negative"), ("2.5", "whole"), ("abc", "whole"), ("1,000", "whole")]
)
def test_parse_quantity_refuses_negative_and_garbage(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_quantity(text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("collected", PledgeStatus.COLLECTED),
        ("dropped", PledgeStatus.DROPPED),
        ("errored", PledgeStatus.ERRORED),
        ("canceled", PledgeStatus.CANCELED),
        ("cancelled", PledgeStatus.CANCELED),
        ("refunded", PledgeStatus.REFUNDED),
        ("pending", PledgeStatus.PENDING),
        ("Unlocked", PledgeStatus.COLLECTED),  # PledgeBox
        ("Locked", PledgeStatus.COLLECTED),
        ("Shipped", PledgeStatus.COLLECTED),
        ("Upgraded", PledgeStatus.COLLECTED),
        ("Refunded", PledgeStatus.REFUNDED),
        (" Collected ", PledgeStatus.COLLECTED),
    ],
)
def test_pledge_status_maps_platform_words(text: str, status: PledgeStatus) -> None:
    assert pledge_status(text) is status


def test_pledge_status_unknown_word_is_an_error() -> None:
    with pytest.raises(ValueError, match="Unknown pledge status: 'maybe'"):
        pledge_status("maybe")


@pytest.mark.parametrize(
    ("text", "mangled"),
    [("9.25082E+11", True), ("4.47911E+11", True), ("9,25082E+11", True), ("1E+15", True), ("02134", False),
     ("E+1", False), ("Flat 9E+1", False), ("", False)],
)  # fmt: skip
def test_is_excel_mangled(text: str, mangled: bool) -> None:
    assert is_excel_mangled(text) is mangled
