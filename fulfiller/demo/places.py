"""The sample places, streets and names per country the demo draws from, read once from data/places.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

# Beside this module, so an installed wheel and the frozen app find it where the code looks. Its "about"
# entry explains the placeholders in street, unit and phone patterns, and the romanised twins.
PLACES_FILE = Path(__file__).parent / "data" / "places.json"
LATIN = "Latn"


@dataclass(frozen=True, slots=True)
class City:
    name: str
    state: str  # as locals write it; "" where the country's addresses have none
    postal_code: str  # "" where the country has no postal codes
    latin_name: str = ""
    latin_state: str = ""
    # Streets of this city (used instead of the country's streets: districts are part of them).
    streets: tuple[str, ...] = ()
    latin_streets: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Names:
    male: tuple[str, ...]
    female: tuple[str, ...]
    family: tuple[str, ...]
    # The feminine form of each family name, where the language inflects it (Nowak, Kowalska ...).
    family_female: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CountrySample:
    code: str  # ISO 3166-1 alpha-2
    country_names: tuple[str, ...]  # spellings backers type; the first is the English name
    script: str  # ISO 15924: Latn, Hans, Hant, Jpan, Kore, Cyrl, Grek, Hebr, Arab, Thai
    currency: str  # what a backer there pays in
    phone_prefix: str
    phone_pattern: str
    cities: tuple[City, ...]
    names: Names
    streets: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    latin_names: Names | None = None
    latin_streets: tuple[str, ...] = ()
    latin_units: tuple[str, ...] = ()
    family_name_first: bool = False
    name_separator: str = " "

    @property
    def is_latin(self) -> bool:
        return self.script == LATIN

    @property
    def uses_postal_codes(self) -> bool:
        return any(city.postal_code for city in self.cities)


@cache
def countries() -> tuple[CountrySample, ...]:
    """Every demo country, in the file's order (the demo's random draws depend on it)."""
    document = json.loads(PLACES_FILE.read_text(encoding="utf-8"))
    return tuple(_country(entry) for entry in document["countries"])


def _country(entry: dict[str, Any]) -> CountrySample:
    fields = _tuples(entry)
    fields["cities"] = tuple(City(**_tuples(city)) for city in entry["cities"])
    fields["names"] = _names(entry["names"])
    if "latin_names" in entry:
        fields["latin_names"] = _names(entry["latin_names"])
    return CountrySample(**fields)


def _names(entry: dict[str, list[str]]) -> Names:
    return Names(**_tuples(entry))


def _tuples(entry: dict[str, Any]) -> dict[str, Any]:
    # JSON has only lists; the samples are frozen, and equal to what they were as Python literals.
    return {key: tuple(value) if isinstance(value, list) else value for key, value in entry.items()}
