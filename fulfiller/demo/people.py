"""The demo's backers: where they live, their names, e-mail addresses, numbers, postal addresses and phones."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from anyascii import anyascii

from fulfiller.db.models import Address, Backer
from fulfiller.demo.catalogue import Catalogue
from fulfiller.demo.places import City, CountrySample, countries
from fulfiller.demo.rows import Ids, Row

# Relative share of backers per country; every other demo country gets 0.3.
COUNTRY_WEIGHTS: dict[str, float] = {
    "US": 35,
    "DE": 8,
    "GB": 7,
    "CA": 6,
    "FR": 4,
    "AU": 4,
    "JP": 3,
    "CN": 2.5,
    "NL": 2,
    "IT": 2,
    "ES": 2,
    "SE": 1.5,
    "CH": 1.5,
    "KR": 1.2,
    "TW": 1,
    "HK": 1,
    "SG": 1,
    "AT": 1,
    "BE": 1,
    "DK": 0.8,
    "NO": 0.8,
    "PL": 0.8,
    "IE": 0.8,
    "NZ": 0.8,
    "FI": 0.6,
    "BR": 0.6,
    "MX": 0.6,
    "IL": 0.5,
    "IN": 0.5,
}
EMAIL_DOMAINS = ("example.com", "example.org", "example.net", "mail.example", "post.example")
GAP_RATE = 0.04  # share of backer numbers that follow a gap


@dataclass(frozen=True, slots=True)
class Person:
    name: str  # as written locally
    latin_name: str  # "" for Latin-script countries
    ascii_given: str
    ascii_family: str


class People:
    """Draws each backer's country, name, number and address from the one random stream of the demo."""

    def __init__(self, rng: random.Random, ids: Ids, catalogue: Catalogue, seed: int) -> None:
        self.rng = rng
        self.ids = ids
        self.catalogue = catalogue
        self.seed = seed
        self._last_number = 0
        self._countries = countries()
        self._first_countries = rng.sample(self._countries, len(self._countries))
        self._country_weights = list(accumulate(COUNTRY_WEIGHTS.get(c.code, 0.3) for c in self._countries))

    def country(self, index: int) -> CountrySample:
        """Every country once (in a shuffled order) before the weights take over."""
        if index < len(self._first_countries):
            return self._first_countries[index]
        return self.rng.choices(self._countries, cum_weights=self._country_weights)[0]

    def person(self, country: CountrySample) -> Person:
        rng = self.rng
        female = rng.random() < 0.5
        names, latin = country.names, country.latin_names
        given_index = rng.randrange(len(names.female if female else names.male))
        family_index = rng.randrange(len(names.family))
        given = (names.female if female else names.male)[given_index]
        family = _family_name(names.family, names.family_female, family_index, female)
        latin_given = latin_family = ""
        if latin is not None:
            latin_given = (latin.female if female else latin.male)[given_index]
            latin_family = _family_name(latin.family, latin.family_female, family_index, female)
        ascii_given, ascii_family = _latin_twin(given, latin_given), _latin_twin(family, latin_family)
        native = _full_name(given, family, country.family_name_first, country.name_separator)
        latin_name = "" if country.is_latin else _full_name(ascii_given, ascii_family, country.family_name_first)
        return Person(native, latin_name, ascii_given, ascii_family)

    def next_backer_number(self, index: int) -> str:
        """Increasing, with the gaps that cancelled pledges leave in a real export."""
        gap = self.rng.randint(1, 3) if index == 2 or self.rng.random() < GAP_RATE else 0
        self._last_number += 1 + gap
        return str(self._last_number)

    def backer_row(self, person: Person, number: str) -> Row:
        return {
            "id": self.ids.take(Backer),
            "campaign_id": self.catalogue.campaign_id,
            "platform_backer_id": self._backer_uid(number),
            "name": person.name,
            "email": self._email(person, number),
            "created_at": self.catalogue.created_at,
        }

    def _backer_uid(self, number: str) -> str:
        # A bijection on ten digits: unique per backer number, but not guessable from it.
        return f"{(int(number) * 2_654_435_761 + self.seed * 7_919) % 10**10:010d}"

    def _email(self, person: Person, number: str) -> str:
        given, family = _email_part(person.ascii_given) or "backer", _email_part(person.ascii_family) or "x"
        local = self.rng.choice((f"{given}.{family}{number}", f"{given}{number}", f"{family}.{given}.{number}"))
        return f"{local}@{self.rng.choice(EMAIL_DOMAINS)}"

    def address_row(self, order_id: int, country: CountrySample, person: Person, *, zero_led_postal_code: bool) -> Row:
        rng = self.rng
        city = self._city(country, zero_led_postal_code)
        streets, latin_streets = (
            (city.streets, city.latin_streets) if city.streets else (country.streets, country.latin_streets)
        )
        numbers = {
            "n": rng.randint(1, 150),
            "a": rng.randint(1, 9),
            "b": rng.randint(1, 30),
            "c": rng.randint(1, 20),
        }
        line1, latin_line1 = _pick_text(rng, streets, latin_streets, numbers)
        line2 = latin_line2 = ""
        if country.units and rng.random() < 0.3:
            line2, latin_line2 = _pick_text(rng, country.units, country.latin_units, numbers)
        romanise = not country.is_latin
        return {
            "id": self.ids.take(Address),
            "order_id": order_id,
            "name": person.name,
            "company": "",
            "line1": line1,
            "line2": line2,
            "line3": "",
            "city": city.name,
            "state": city.state,
            "postal_code": city.postal_code,
            "country_code": country.code,
            "country_as_given": self._country_as_given(country),
            "phone": self._phone(country),
            "delivery_notes": "",
            "latin_name": person.latin_name,
            "latin_line1": latin_line1 if romanise else "",
            "latin_line2": latin_line2 if romanise else "",
            "latin_city": _latin_twin(city.name, city.latin_name) if romanise else "",
            "latin_state": _latin_twin(city.state, city.latin_state) if romanise else "",
            "latin_confirmed": False,
            "edited_locally": False,
            "locked": False,
            "updated_at": self.catalogue.created_at,
        }

    def _city(self, country: CountrySample, zero_led_postal_code: bool) -> City:
        if zero_led_postal_code:
            # A postal code with a leading zero is the one a spreadsheet drops.
            zero_led = [c for c in country.cities if c.postal_code.startswith("0")]
            if zero_led:
                return self.rng.choice(zero_led)
        return self.rng.choice(country.cities)

    def _country_as_given(self, country: CountrySample) -> str:
        if self.rng.random() < 0.55:
            return country.country_names[0]
        return self.rng.choice(country.country_names)

    def _phone(self, country: CountrySample) -> str:
        template, count = _phone_template(country.phone_pattern)
        digits = f"{self.rng.randrange(10**count):0{count}d}"
        return f"{country.phone_prefix} {template.format(*digits)}"


_ascii = lru_cache(maxsize=4096)(anyascii)


def _latin_twin(native: str, latin: str) -> str:
    """The romanised twin from the sample data, else a transliteration."""
    return latin or (_ascii(native) if native else "")


def _family_name(family: tuple[str, ...], family_female: tuple[str, ...], index: int, female: bool) -> str:
    return family_female[index] if female and family_female else family[index]


def _full_name(given: str, family: str, family_first: bool, separator: str = " ") -> str:
    return separator.join((family, given) if family_first else (given, family))


def _pick_text(
    rng: random.Random, texts: tuple[str, ...], latin_texts: tuple[str, ...], numbers: dict[str, int]
) -> tuple[str, str]:
    """One pattern filled in, and its romanised twin when the data has one ("" otherwise)."""
    index = rng.randrange(len(texts))
    latin = latin_texts[index].format(**numbers) if latin_texts else ""
    return texts[index].format(**numbers), latin


@lru_cache(maxsize=256)
def _phone_template(pattern: str) -> tuple[str, int]:
    """The pattern as a format string with one field per random digit, and how many digits."""
    return pattern.replace("#", "{}"), pattern.count("#")


@lru_cache(maxsize=4096)
def _email_part(ascii_name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_name.lower())
