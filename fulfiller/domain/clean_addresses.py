"""The shipping addresses of many rows tidied and checked at once, as a carrier would read them.

Columns in (RawAddress's fields), columns out (CleanAddress's). What one value decides alone is worked
out once per distinct value (countries, cities, states with their postal codes, names, Latin proposals
of cities); what differs on every row (streets, phones) once per row, and only the rows a quick look at
the whole column cannot clear get the full check (a missing field, a line too long, Excel's damage).
Each row gets its problems in the order `check_address_fields`, `check_name` and `check_phone` give them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from operator import not_

from fulfiller.domain.address_rules import (
    MAX_LINE,
    area_problems,
    check_address_fields,
    country_rules,
    generic_problems,
    missing_fields,
)
from fulfiller.domain.columns import RowProblems, any_contains, lines, per_distinct, rows_where, tidied
from fulfiller.domain.countries import resolve_country
from fulfiller.domain.names import check_name
from fulfiller.domain.phones import check_phone
from fulfiller.domain.records import Problem
from fulfiller.domain.transliterate import is_latin, romanise

# CleanAddress's fields, in its order; the first eight are the ones checked as the address's text.
CHECKED = ("name", "company", "line1", "line2", "line3", "city", "state", "postal_code")
CLEAN_FIELDS = (
    *CHECKED, "country_code", "country_as_given", "phone", "delivery_notes",
    "latin_name", "latin_line1", "latin_line2", "latin_city", "latin_state",
)  # fmt: skip
_ADDRESS_MISSING = "address_missing"


def _country_code(country_as_given: str) -> str:
    return (resolve_country(country_as_given) or "") if country_as_given else ""


def clean_addresses(raw: Mapping[str, Sequence[str]], problems: RowProblems) -> dict[str, list[str]]:
    """CleanAddress's fields as columns from RawAddress's (keyed by their names); each row's problems are
    added to `problems` after those found before it, as `normalise_order` lists them."""
    given = tidied(raw["country"])
    codes = per_distinct(given, _country_code)
    text = {name: tidied(raw[name]) for name in CHECKED}
    nowhere = _check_fields(text, codes, given, problems)
    phones = tidied(raw["phone"])
    names = list(map(_name_problems, text["name"]))
    checked = list(map(check_phone, phones, codes))
    for row in nowhere:  # with nothing to ship to, name and phone checks would only repeat that
        names[row], checked[row] = (), (phones[row], [])
    problems.add_each(names)
    phones = [phone for phone, _ in checked]
    problems.add_each([found for _, found in checked])
    return {
        **text,
        "country_code": codes,
        "country_as_given": given,
        "phone": phones,
        "delivery_notes": per_distinct(raw["delivery_notes"], lines),
        "latin_name": _latin(text["name"], is_name=True),
        "latin_line1": _latin(text["line1"]),
        "latin_line2": _latin(text["line2"]),
        "latin_city": per_distinct(text["city"], _latin_of),
        "latin_state": per_distinct(text["state"], _latin_of),
    }


def _check_fields(text: Mapping[str, list[str]], codes: list[str], given: list[str], problems: RowProblems) -> set[int]:
    """`check_address_fields` of every row, its problems added in its order: missing fields, the text's
    problems (Excel, long lines), then the postal code's and the state's. The rows with no address at all."""
    rules = per_distinct(codes, lambda code: country_rules(code) if code else None)
    unruled = {row for row, found in enumerate(rules) if found is None} if None in rules else set()
    values = _values_of(text)
    for row in _incomplete(text, codes):
        if row not in unruled:
            problems.add(row, missing_fields(values(row), rules[row]))  # type: ignore[arg-type]  # ruled
    for row in _odd_text(text):
        if row not in unruled:
            problems.add(row, generic_problems(values(row), rules[row]))
    area = list(map(_area_of, codes, text["state"], text["postal_code"]))
    for row, found in enumerate(area):
        if found and row not in unruled:
            problems.add(row, found)
    nowhere = set()
    for row in sorted(unruled):
        found = check_address_fields(values(row), codes[row], given[row])
        problems.add(row, found)
        if found and found[0].code == _ADDRESS_MISSING:
            nowhere.add(row)
    return nowhere


# Names, states and postal codes recur (whole families back a campaign, neighbours share a postal code):
# each is checked once, a column's cells looked up in C.
@lru_cache(maxsize=65536)
def _name_problems(name: str) -> tuple[Problem, ...]:
    return tuple(check_name(name))


@lru_cache(maxsize=65536)
def _area_of(code: str, state: str, postal_code: str) -> tuple[Problem, ...]:
    rules = country_rules(code) if code else None
    return () if rules is None else area_problems(rules.code, state, postal_code)


def _values_of(text: Mapping[str, list[str]]) -> Callable[[int], dict[str, str]]:
    """A row's checked text as `check_address_fields` takes it, keyed in CleanAddress's order."""
    columns = [text[name] for name in CHECKED]
    return lambda row: {name: column[row] for name, column in zip(CHECKED, columns, strict=True)}


def _incomplete(text: Mapping[str, list[str]], codes: list[str]) -> list[int]:
    """Rows lacking a field their country requires (city, street, postal code, state), in order."""
    required = per_distinct(codes, _required)
    rows: set[int] = set()
    for name in ("city", "state", "postal_code"):
        column = text[name]
        if not all(column):
            rows.update(row for row, value in enumerate(column) if not value and name in required[row])
    line1, line2, line3 = text["line1"], text["line2"], text["line3"]
    if not all(line1):  # a street in line 2 or 3 counts as one
        rows.update(
            row for row, value in enumerate(line1) if not value and not line2[row] and not line3[row]
            and "line1" in required[row]
        )  # fmt: skip
    return sorted(rows)


def _required(code: str) -> frozenset[str]:
    rules = country_rules(code) if code else None
    return frozenset(rules.required) if rules is not None else frozenset()


def _odd_text(text: Mapping[str, list[str]]) -> list[int]:
    """Rows whose text may have Excel's damage ("E+") or a line too long: those `generic_problems` reads."""
    rows: set[int] = set()
    for name in CHECKED:
        column = text[name]
        if any_contains(column, "E+", "e+"):
            rows.update(row for row, value in enumerate(column) if "E+" in value or "e+" in value)
        if max(map(len, column), default=0) > MAX_LINE:
            rows.update(row for row, value in enumerate(column) if len(value) > MAX_LINE)
    return sorted(rows)


def _latin_of(value: str, is_name: bool = False) -> str:
    return "" if value.isascii() else romanise(value, is_name)


def _latin(column: list[str], *, is_name: bool = False) -> list[str]:
    """The Latin-script proposal of every cell ("" for those in Latin letters already)."""
    proposals = [""] * len(column)
    for row in rows_where(map(not_, map(str.isascii, column))):
        value = column[row]
        if not is_latin(value):
            proposals[row] = romanise(value, is_name)
    return proposals
