"""Read the text cells of a backer export: amounts of money, dates, quantities and pledge statuses.

Every reader takes the cell exactly as the file had it and raises `ValueError` with a message a
person can act on when the text is not what it should be. Results of the common readers are cached
because an export repeats the same few amounts and statuses on every row.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple

import pycountry

from fulfiller.domain.enums import PledgeStatus

# Symbols people and platforms put beside an amount, written upper-case without spaces or a
# trailing dot. The currencies are the ones the symbol may mean; the first is assumed when the
# campaign's own currency is none of them, and "" means no guess is safe ("kr": four countries).
_SYMBOLS: dict[str, tuple[str, ...]] = {
    "$": ("USD", "CAD", "AUD", "NZD", "HKD", "SGD", "MXN", "TWD", "ARS", "CLP", "COP"),
    "US$": ("USD",), "USD$": ("USD",), "U$S": ("USD",),
    "CA$": ("CAD",), "C$": ("CAD",), "CAD$": ("CAD",),
    "AU$": ("AUD",), "A$": ("AUD",), "AUD$": ("AUD",),
    "NZ$": ("NZD",), "HK$": ("HKD",), "S$": ("SGD",), "SG$": ("SGD",), "MX$": ("MXN",),
    "NT$": ("TWD",), "R$": ("BRL",),
    "€": ("EUR",), "EURO": ("EUR",), "EUROS": ("EUR",),
    "£": ("GBP",),
    "¥": ("JPY", "CNY"), "JP¥": ("JPY",), "円": ("JPY",),
    "CN¥": ("CNY",), "RMB": ("CNY",), "元": ("CNY",),
    "₩": ("KRW",), "원": ("KRW",),
    "₹": ("INR",), "₽": ("RUB",), "РУБ": ("RUB",), "₺": ("TRY",), "₪": ("ILS",), "฿": ("THB",),
    "₱": ("PHP",), "₫": ("VND",), "ZŁ": ("PLN",), "KČ": ("CZK",), "FT": ("HUF",), "LEI": ("RON",),
    "FR": ("CHF",), "SFR": ("CHF",), "RM": ("MYR",), "RP": ("IDR",),
    "KR": ("", "SEK", "NOK", "DKK", "ISK"),
}  # fmt: skip

_MONEY_SHAPE = re.compile(r"(?P<pre>\D*?)(?P<num>\d(?:[\d.,'’ \u00a0\u202f]*\d)?)(?P<post>\D*)")
_GROUPED = re.compile(r"(\d{1,3}(?:([ ,.'’\u00a0\u202f])\d{3})(?:\2\d{3})*)(?:([.,])(\d+))?")
_INDIAN_GROUPED = re.compile(r"(\d{1,2}(?:,\d{2})*,\d{3})(?:(\.)(\d+))?")
_GROUP_SEPARATORS = str.maketrans("", "", " ,.'’\u00a0\u202f")


class MoneyParts(NamedTuple):
    """What a money cell says: the amount, an ISO code if it names one, the currencies its symbol may mean."""

    amount: Decimal | None
    code: str | None
    symbol_currencies: tuple[str, ...]

    @property
    def stated(self) -> bool:
        return self.code is not None or bool(self.symbol_currencies)

    def currency(self, default_currency: str) -> str:
        """The currency meant, taking the campaign's currency where a symbol is shared ("$", "¥")."""
        if self.code:
            return self.code
        if not self.symbol_currencies:
            return default_currency
        if default_currency in self.symbol_currencies:
            return default_currency
        if self.symbol_currencies[0]:
            return self.symbol_currencies[0]
        options = ", ".join(c for c in self.symbol_currencies if c)
        raise ValueError(f"The currency symbol could mean {options}: name the currency code")


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.currencies)


def currency_code(text: str) -> str | None:
    """The ISO 4217 code a currency cell or marker names ("usd", "SEK", "€"), or None."""
    marker = text.strip().replace(" ", "").rstrip(".").upper()
    if marker in _currency_codes():
        return marker
    options = _SYMBOLS.get(marker)
    return options[0] if options and len(options) == 1 else None


def _markers(part: str, text: str) -> list[str]:
    """Split the text beside a number into currency markers: "US$", "SEK", "$" + "USD"."""
    compact = part.replace(" ", "").replace("\u00a0", "").rstrip(".").upper()
    if not compact:
        return []
    codes = _currency_codes()
    if compact in codes or compact in _SYMBOLS:
        return [compact]
    if len(compact) > 3:
        head, tail = compact[:-3], compact[-3:]
        if tail in codes and head in _SYMBOLS:
            return [head, tail]
        head, tail = compact[:3], compact[3:]
        if head in codes and tail in _SYMBOLS:
            return [head, tail]
    raise ValueError(f"Not an amount of money: {text!r} (unknown currency {part.strip()!r})")


def _number(num: str, text: str) -> Decimal:
    """Digits with thousands and decimal separators in either convention: 1,000.50 / 1.000,50 / 1 000."""
    if num.isdigit():
        return Decimal(num)
    one_separator = num.count(".") + num.count(",") == 1
    if len(num) > 2 and one_separator and num.replace(".", "").replace(",", "").isdigit():
        whole, _, fraction = num.replace(",", ".").partition(".")
        # One separator before exactly three digits groups thousands ("1,000", "1.000") unless the
        # whole part is 0 ("0.500").
        if len(fraction) == 3 and whole != "0" and len(whole) <= 3:
            return Decimal(whole + fraction)
        return Decimal(f"{whole}.{fraction}")
    for pattern in (_GROUPED, _INDIAN_GROUPED):
        match = pattern.fullmatch(num)
        if match:
            groups = match.groups()
            whole = groups[0].translate(_GROUP_SEPARATORS)
            decimal_sep, fraction = groups[-2], groups[-1]
            if pattern is _GROUPED and decimal_sep is not None and decimal_sep == groups[1]:
                break
            return Decimal(f"{whole}.{fraction}" if fraction else whole)
    raise ValueError(f"Not an amount of money: {text!r}")


@lru_cache(maxsize=4096)
def read_money(text: str) -> MoneyParts:
    """Split a money cell into amount, stated code and symbol; the empty cell has no amount."""
    text = text.strip()
    if not text:
        return MoneyParts(None, None, ())
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).replace("−", "-")
    match = _MONEY_SHAPE.fullmatch(text)
    if match is None:
        raise ValueError(f"Not an amount of money: {text!r}")
    pre, post = match["pre"], match["post"]
    negative = False
    if pre.strip().startswith("(") and post.strip().endswith(")"):
        negative, pre, post = True, pre.replace("(", ""), post.replace(")", "")
    if "-" in pre:
        negative, pre = True, pre.replace("-", "", 1)
    code: str | None = None
    symbol_currencies: tuple[str, ...] = ()
    for marker in _markers(pre, text) + _markers(post, text):
        if marker not in _currency_codes():
            if symbol_currencies:
                raise ValueError(f"Not an amount of money: {text!r} (two currency symbols)")
            symbol_currencies = _SYMBOLS[marker]
        elif code is not None and code != marker:
            raise ValueError(f"Not an amount of money: {text!r} (names both {code} and {marker})")
        else:
            code = marker
    if code and symbol_currencies and code not in symbol_currencies:
        raise ValueError(f"Not an amount of money: {text!r} (the symbol does not fit {code})")
    try:
        amount = _number(match["num"], text)
    except InvalidOperation as error:
        raise ValueError(f"Not an amount of money: {text!r}") from error
    return MoneyParts(-amount if negative else amount, code, symbol_currencies)


# Dates ---------------------------------------------------------------------------------------

_KICKSTARTER_DATE = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_SLASHED_DATE = re.compile(
    r"(\d{1,2})/(\d{1,2})/(\d{4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?)?"
)
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_NAMED_MONTH_DATE = re.compile(
    r"(?:(\d{1,2})\s+([A-Za-z]{3,9})\.?|([A-Za-z]{3,9})\.?\s+(\d{1,2})),?\s+(\d{4}),?"
    r"(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?)?"
)
_EXCEL_SERIAL = re.compile(r"\d{5}(?:\.\d+)?")
_EXCEL_EPOCH = datetime(1899, 12, 30)  # Excel's day 0, after its 1900 leap-year bug
_MONTHS = {
    name: number
    for number, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")),
        start=1,
    )
    for name in names
}  # fmt: skip


def _clock(hour: str | None, minute: str | None, second: str | None, half: str | None) -> tuple[int, ...]:
    if hour is None:
        return (0, 0, 0)
    h = int(hour)
    if half:
        if not 1 <= h <= 12:
            raise ValueError("hour out of range for AM/PM")
        h = h % 12 + (12 if half in "Pp" else 0)
    return (h, int(minute or 0), int(second or 0))


def _from_iso(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace(" UTC", "Z"))
    if value.tzinfo is not None:  # stored as naive UTC, like every time in the program
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def _read_datetime(text: str) -> datetime:
    if (match := _KICKSTARTER_DATE.fullmatch(text)) is not None:
        y, mo, d, h, mi, s = match.groups()
        return datetime(int(y), int(mo), int(d), *_clock(h, mi, s, None))
    if len(text) >= 8 and text[:4].isdigit() and text[4:5] == "-" or len(text) == 8 and text.isdigit():
        return _from_iso(text)
    if (match := _SLASHED_DATE.fullmatch(text)) is not None:
        first, second, y, h, mi, s, half = match.groups()
        # Slashes read month first (US) unless the first number cannot be a month.
        month, day = (int(second), int(first)) if int(first) > 12 else (int(first), int(second))
        return datetime(int(y), month, day, *_clock(h, mi, s, half))
    if (match := _DOTTED_DATE.fullmatch(text)) is not None:
        d, mo, y, h, mi, s = match.groups()
        return datetime(int(y), int(mo), int(d), *_clock(h, mi, s, None))
    if (match := _EXCEL_SERIAL.fullmatch(text)) is not None:
        return _EXCEL_EPOCH + timedelta(seconds=round(float(text) * 86400))
    if (match := _NAMED_MONTH_DATE.fullmatch(text)) is not None:
        d1, m1, m2, d2, y, h, mi, s, half = match.groups()
        month = _MONTHS.get((m1 or m2).lower())
        if month is None:
            raise ValueError("unknown month")
        return datetime(int(y), month, int(d1 or d2), *_clock(h, mi, s, half))
    raise ValueError("unknown format")


@lru_cache(maxsize=65536)  # pledges are timed to the minute: a month-long campaign has 43,200 of them
def parse_datetime(text: str) -> datetime | None:
    """A naive datetime (UTC where the text gave a zone) from the date formats exports use; None if empty."""
    text = " ".join(text.split())
    if not text:
        return None
    try:
        return _read_datetime(text)
    except ValueError as error:
        raise ValueError(f"Not a date: {text!r}") from error


# Excel's damage ------------------------------------------------------------------------------

_EXCEL_SCIENTIFIC = re.compile(r"\s*[+-]?\d+(?:[.,]\d+)?[eE]\+\d+\s*")


def is_excel_mangled(text: str) -> bool:
    """True for a value Excel turned into a number and showed in scientific form: "9.25082E+11"."""
    return ("E+" in text or "e+" in text) and _EXCEL_SCIENTIFIC.fullmatch(text) is not None


# Quantities and statuses ---------------------------------------------------------------------

_QUANTITY = re.compile(r"\+?(\d+)(?:\.0+|,00?)?")  # "2.0", "2,00"; never "1,000"


@lru_cache(maxsize=256)
def parse_quantity(text: str) -> int:
    """A whole, non-negative count: "", "1", "2.0", " 3 " (an empty cell counts none)."""
    text = text.strip()
    if not text:
        return 0
    match = _QUANTITY.fullmatch(text)
    if match is None:
        if text.startswith("-"):
            raise ValueError(f"A quantity cannot be negative: {text!r}")
        raise ValueError(f"Not a whole quantity: {text!r}")
    return int(match[1])


_STATUSES: dict[str, PledgeStatus] = {
    **dict.fromkeys(
        ("collected", "unlocked", "locked", "shipped", "upgraded", "paid", "completed", "complete",
         "successful", "success", "charged", "fulfilled", "active"),
        PledgeStatus.COLLECTED,
    ),
    **dict.fromkeys(
        ("pending", "unpaid", "not paid", "awaiting payment", "processing"), PledgeStatus.PENDING
    ),
    **dict.fromkeys(("dropped",), PledgeStatus.DROPPED),
    **dict.fromkeys(("errored", "error", "failed", "payment failed", "declined"), PledgeStatus.ERRORED),
    **dict.fromkeys(("canceled", "cancelled", "void", "voided"), PledgeStatus.CANCELED),
    **dict.fromkeys(("refunded", "refund", "chargeback", "charged back"), PledgeStatus.REFUNDED),
}  # fmt: skip


def pledge_status(text: str) -> PledgeStatus:
    """The pledge status a Kickstarter, Indiegogo or pledge-manager status word means."""
    status = _STATUSES.get(text) or _STATUSES.get(" ".join(text.split()).casefold())
    if status is None:
        raise ValueError(f"Unknown pledge status: {text.strip()!r}")
    return status
