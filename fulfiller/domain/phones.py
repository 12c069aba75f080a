"""Check a backer's phone number and put it in E.164 form for carriers.

`phonenumbers.parse` costs ~25 µs a call, too slow for a 250,000-row import, so typical numbers take
a fast path that reads the same metadata once per region (calling code, national prefix, possible
lengths, the general number pattern) and follows phonenumbers' own parsing steps on the digits.
Anything unusual (letters, extensions, carrier-code prefixes) goes to `phonenumbers.parse`.
The country is always the one the address says: phonenumbers would call "07911 123456" in the UK a
Guernsey number.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import phonenumbers
from phonenumbers import PhoneMetadata

from fulfiller.domain.countries import country_name
from fulfiller.domain.enums import Severity
from fulfiller.domain.parsing import is_excel_mangled
from fulfiller.domain.records import Problem

FIELD = "phone"
_PLACEHOLDERS = frozenset({"n/a", "na", "none", "-", "--", "---", ".", "nil", "null", "no", "x", "0"})
_ASCENDING = "0123456789012345678901234"
_DESCENDING = "9876543210987654321098765"


def _error(code: str, field_name: str, message: str) -> Problem:
    return Problem(code, Severity.ERROR, field_name, message)


def _warning(code: str, field_name: str, message: str) -> Problem:
    return Problem(code, Severity.WARNING, field_name, message)


@dataclass(frozen=True, slots=True)
class _Plan:
    """One region's numbering plan, as much of it as the fast path needs."""

    calling_code: str
    national_prefix: re.Pattern[str] | None  # phonenumbers' national_prefix_for_parsing
    international_prefix: re.Pattern[str] | None
    lengths: frozenset[int]
    pattern: re.Pattern[str]

    def viable(self, national: str) -> bool:
        return self.pattern.fullmatch(national) is not None


@cache
def _plan(region: str) -> _Plan | None:
    metadata = PhoneMetadata.metadata_for_region(region)
    if metadata is None or metadata.general_desc is None:
        return None
    general = metadata.general_desc
    prefix = metadata.national_prefix_for_parsing
    idd = metadata.international_prefix
    return _Plan(
        calling_code=str(metadata.country_code),
        national_prefix=re.compile(prefix) if prefix else None,
        international_prefix=re.compile(idd) if idd else None,
        lengths=frozenset(general.possible_length),
        pattern=re.compile(general.national_number_pattern),
    )


@cache
def _calling_code_plans(calling_code: str) -> tuple[_Plan, ...]:
    """The plans of every region sharing a calling code, the main region first (+1: US, CA ...)."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(calling_code), ())
    return tuple(plan for region in regions if (plan := _plan(region)) is not None)


# As text: no number to make of every phone's first digits. A code never starts with 0.
_CALLING_CODES = frozenset(str(code) for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE)


def _split_calling_code(digits: str) -> tuple[str, str] | None:
    for size in (1, 2, 3):
        if digits[:size] in _CALLING_CODES:
            return digits[:size], digits[size:]
    return None


def _strip_national_prefix(number: str, plan: _Plan) -> str | None:
    """The number without its trunk prefix ("0", "1"), as phonenumbers strips it; None: ask phonenumbers."""
    if plan.national_prefix is None:
        return number
    match = plan.national_prefix.match(number)
    if match is None:
        return number
    if match.lastindex is not None:
        return None  # a carrier code or a rewrite (Argentina, Brazil ...): let phonenumbers decide
    stripped = number[match.end() :]
    if plan.viable(number) and not plan.viable(stripped):
        return number
    return stripped


def _national_from_domestic(digits: str, plan: _Plan) -> str | None:
    """Digits dialled inside the country, perhaps with the calling code but no '+'."""
    if digits.startswith(plan.calling_code):
        rest = _strip_national_prefix(digits[len(plan.calling_code) :], plan)
        if rest is None:
            return None
        if (not plan.viable(digits) and plan.viable(rest)) or len(digits) > max(plan.lengths):
            return rest
    return _strip_national_prefix(digits, plan)


def _plain_digits(text: str) -> str | None:
    """The digits of a number written with only the usual separators, else None (cheaper than a regex)."""
    digits = text.replace(" ", "").replace("-", "").replace("(", "").replace(")", "")
    if digits.isdigit():
        return digits
    digits = digits.replace(".", "").replace("/", "").replace("\u00a0", "").replace("\t", "")
    return digits if digits.isdigit() else None


def _fast_e164(text: str, plan: _Plan | None) -> tuple[str, str, tuple[_Plan, ...]] | None:
    """(calling code, national number, plans to check it against), or None when phonenumbers must read it."""
    international = text.startswith("+") or text.lstrip("( ").startswith("+")
    digits = _plain_digits(text.replace("+", "", 1) if international else text)
    if digits is None:
        return None
    if not international and plan is not None and plan.international_prefix is not None and digits[0] == "0":
        idd = plan.international_prefix.match(digits)
        if idd is not None and idd.end() > 0 and digits[idd.end() : idd.end() + 1] not in ("", "0"):
            digits, international = digits[idd.end() :], True
    if international:
        split = _split_calling_code(digits)
        if split is None:
            return None
        calling_code, national = split
        plans = _calling_code_plans(calling_code)
        if not plans:
            return None
        stripped = _strip_national_prefix(national, plans[0])
        if stripped is None:
            return None
        if len(stripped) in plans[0].lengths:
            national = stripped
        return calling_code, national, plans
    if plan is None:
        return None
    national = _national_from_domestic(digits, plan)
    if national is None:
        return None
    return plan.calling_code, national, (plan,)


def _is_fake(calling_code: str, national: str) -> bool:
    """Placeholders people type to get past a form: one digit repeated, 1234567890, 555 numbers."""
    if len(national) >= 6 and national.count(national[0]) == len(national):
        return True
    if len(national) >= 7 and (national in _ASCENDING or national in _DESCENDING):
        return True
    if national.endswith("5551212"):
        return True  # the film number 555-1212 typed for any country
    # North American 555 exchanges are reserved for films and forms (555-555-1212, 555-0100).
    return calling_code == "1" and len(national) == 10 and (national[3:6] == "555" or national[:3] == "555")


def _plausible(national: str, plans: tuple[_Plan, ...]) -> bool:
    return any(len(national) in plan.lengths and plan.viable(national) for plan in plans)


def _slow_e164(text: str, region: str) -> tuple[str, str, bool] | None:
    """phonenumbers' full parse: (calling code, national number, plausible) or None if unreadable."""
    try:
        number = phonenumbers.parse(text, region or None)
    except phonenumbers.NumberParseException:
        return None
    national = "0" * (number.number_of_leading_zeros or 0) if number.italian_leading_zero else ""
    national += str(number.national_number)
    plausible = phonenumbers.is_possible_number(number) and phonenumbers.is_valid_number(number)
    return str(number.country_code), national, plausible


def _missing() -> Problem:
    return _warning(
        "phone_missing",
        FIELD,
        "Phone number is missing: most carriers need one for international parcels.",
    )


def _implausible(text: str, country_code: str) -> Problem:
    where = f"a {country_name(country_code)} number" if country_code else "a phone number"
    return _warning(
        "phone_implausible",
        FIELD,
        f"Phone number {text!r} does not look like {where} or an international one (+ and country code).",
    )


def _fake(text: str) -> Problem:
    return _warning(
        "phone_fake",
        FIELD,
        f"Phone number {text!r} looks like a placeholder, not a real number: carriers reject fake numbers.",
    )


def _mangled(text: str) -> Problem:
    return _error(
        "excel_mangled",
        FIELD,
        f"Phone number {text!r} was turned into a number by Excel and its digits are lost: "
        "take it from the original export or ask the backer.",
    )


def check_phone(phone: str, country_code: str) -> tuple[str, list[Problem]]:
    """The number in E.164 form ("+14153920202") where it can be made, else as given; and its problems."""
    text = given = phone.strip()
    if not text or text.casefold() in _PLACEHOLDERS:
        return given, [_missing()]
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)  # full-width digits and ＋ from Japanese keyboards
    if is_excel_mangled(text):
        return given, [_mangled(given)]
    plan = _plan(country_code) if country_code else None
    fast = _fast_e164(text, plan)
    if fast is not None:
        calling_code, national, plans = fast
        main = plans[0]
        plausible = len(national) in main.lengths and main.viable(national) or _plausible(national, plans[1:])
    else:
        slow = _slow_e164(text, country_code)
        if slow is None:
            return given, [_implausible(given, country_code)]
        calling_code, national, plausible = slow
    if _is_fake(calling_code, national):
        return given, [_fake(given)]
    if not plausible:
        return given, [_implausible(given, country_code)]
    return f"+{calling_code}{national}", []
