"""The problems planted in the demo's data, as carriers and customs would hit them, duplicates among them."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from fulfiller.db.models import OrderProblem
from fulfiller.demo.people import Person
from fulfiller.demo.places import CountrySample
from fulfiller.demo.rows import Ids, Row
from fulfiller.demo.warehousing import ships_domestically
from fulfiller.domain.enums import Severity

PROBLEM_RATE = 0.05
SPREADSHEET_POSTAL_CODE = "spreadsheet_postal_code"
DUPLICATE_EMAIL = "duplicate_email"
PROBLEM_CODES = (
    "missing_phone",
    "fake_phone",
    "missing_postal_code",
    SPREADSHEET_POSTAL_CODE,
    "initials_only_name",
    "missing_city",
    "missing_line1",
    DUPLICATE_EMAIL,
)
FAKE_PHONE = "555-555-1212"
SCIENTIFIC_POSTAL_CODE = "9.25082E+11"


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    severity: Severity
    field: str
    message: str


@dataclass(frozen=True, slots=True)
class _Earlier:
    """A backer already created, for duplicates of the same person."""

    number: str
    name: str
    latin_name: str
    email: str


class Problems:
    """Chooses which orders get a problem and of which kind, and spoils their rows to match."""

    def __init__(self, rng: random.Random, ids: Ids) -> None:
        self.rng = rng
        self.ids = ids
        self._cursor = 0
        self._earlier: dict[str, list[_Earlier]] = {}

    def pick(self, country: CountrySample) -> str | None:
        """About one order in twenty gets a problem; the kinds take turns."""
        if self.rng.random() >= PROBLEM_RATE:
            return None
        for offset in range(len(PROBLEM_CODES)):
            code = PROBLEM_CODES[(self._cursor + offset) % len(PROBLEM_CODES)]
            if self._applies(code, country):
                self._cursor += offset + 1
                return code
        return None

    def _applies(self, code: str, country: CountrySample) -> bool:
        if code == "missing_postal_code":
            return country.uses_postal_codes
        if code == DUPLICATE_EMAIL:
            return bool(self._earlier.get(country.code))
        return True

    def plant(self, code: str, country: CountrySample, backer: Row, address: Row, person: Person) -> Problem:
        """Spoil the stored data the way real exports are spoilt, and say what is wrong."""
        if code == DUPLICATE_EMAIL:
            return self._duplicate_person(country, backer, address)
        return _SPOILERS[code](country, address, person)

    def _duplicate_person(self, country: CountrySample, backer: Row, address: Row) -> Problem:
        earlier = self.rng.choice(self._earlier[country.code])
        backer["name"] = address["name"] = earlier.name
        address["latin_name"] = earlier.latin_name
        backer["email"] = earlier.email
        message = f"Same e-mail as backer {earlier.number}: probably the same person pledging twice."
        return Problem(DUPLICATE_EMAIL, Severity.WARNING, "email", message)

    def remember(self, country: CountrySample, number: str, backer: Row, address: Row) -> None:
        """Keep every backer as finally written, for later duplicates of them."""
        earlier = _Earlier(number, backer["name"], address["latin_name"], backer["email"])
        self._earlier.setdefault(country.code, []).append(earlier)

    def row(self, order_id: int, problem: Problem) -> Row:
        return {
            "id": self.ids.take(OrderProblem),
            "order_id": order_id,
            "code": problem.code,
            "severity": problem.severity,
            "field": problem.field,
            "message": problem.message,
        }


def _missing_phone(country: CountrySample, address: Row, person: Person) -> Problem:
    address["phone"] = ""
    if ships_domestically(country.code):
        return Problem("missing_phone", Severity.WARNING, "phone", "No phone number: the carrier cannot call.")
    message = "No phone number: carriers refuse international parcels without one."
    return Problem("missing_phone", Severity.ERROR, "phone", message)


def _fake_phone(country: CountrySample, address: Row, person: Person) -> Problem:
    address["phone"] = FAKE_PHONE
    message = f"{FAKE_PHONE} is a made-up phone number; carriers reject it."
    return Problem("fake_phone", Severity.ERROR, "phone", message)


def _missing_postal_code(country: CountrySample, address: Row, person: Person) -> Problem:
    address["postal_code"] = ""
    if country.code == "IE":  # An Post delivers without an Eircode; couriers often ask for one.
        return Problem("missing_postal_code", Severity.WARNING, "postal_code", "No Eircode: couriers may ask for one.")
    message = f"No postal code, but addresses in {country.country_names[0]} need one."
    return Problem("missing_postal_code", Severity.ERROR, "postal_code", message)


def _spreadsheet_postal_code(country: CountrySample, address: Row, person: Person) -> Problem:
    original = address["postal_code"]
    mangled = original.lstrip("0") if original.startswith("0") else SCIENTIFIC_POSTAL_CODE
    address["postal_code"] = mangled
    message = f"Postal code {mangled!r} was mangled by a spreadsheet; ask the backer for the real one."
    return Problem(SPREADSHEET_POSTAL_CODE, Severity.ERROR, "postal_code", message)


def _initials_only_name(country: CountrySample, address: Row, person: Person) -> Problem:
    initials = f"{person.ascii_given[:1].upper()}. {person.ascii_family[:1].upper()}."
    address["name"] = initials
    address["latin_name"] = "" if country.is_latin else initials
    message = f"{initials!r} is only initials; customs want a full name."
    return Problem("initials_only_name", Severity.ERROR, "name", message)


def _missing_city(country: CountrySample, address: Row, person: Person) -> Problem:
    address["city"] = address["latin_city"] = ""
    return Problem("missing_city", Severity.ERROR, "city", "The city is missing.")


def _missing_line1(country: CountrySample, address: Row, person: Person) -> Problem:
    address["line1"] = address["latin_line1"] = ""
    message = "The first address line (street and number) is empty."
    return Problem("missing_line1", Severity.ERROR, "line1", message)


_SPOILERS: dict[str, Callable[[CountrySample, Row, Person], Problem]] = {
    "missing_phone": _missing_phone,
    "fake_phone": _fake_phone,
    "missing_postal_code": _missing_postal_code,
    SPREADSHEET_POSTAL_CODE: _spreadsheet_postal_code,
    "initials_only_name": _initials_only_name,
    "missing_city": _missing_city,
    "missing_line1": _missing_line1,
}
