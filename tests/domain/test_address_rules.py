import pytest

from fulfiller.domain.address_rules import check_address_fields, country_rules, state_key
from fulfiller.domain.enums import Severity
from fulfiller.domain.records import CleanAddress, Problem, RawAddress

TEXT_FIELDS = ("name", "company", "line1", "line2", "line3", "city", "state", "postal_code")


def check_address(address: RawAddress | CleanAddress, country: str) -> list[Problem]:
    """The checks as normalising runs them: the address's text trimmed, and the country as written."""
    values = {name: (getattr(address, name, "") or "").strip() for name in TEXT_FIELDS}
    given = getattr(address, "country", None) or getattr(address, "country_as_given", "") or ""
    return check_address_fields(values, country, given.strip())


def _codes(address: RawAddress, country: str) -> list[tuple[str, str]]:
    return [(p.code, p.field) for p in check_address(address, country)]


def _us(**changes: str) -> RawAddress:
    fields = {
        "name": "Jane Doe",
        "line1": "1 Main St",
        "city": "Boston",
        "state": "MA",
        "postal_code": "02134",
    }
    return RawAddress(**{**fields, "country": "US", **changes})


@pytest.mark.parametrize(
    ("address", "country"),
    [
        (_us(), "US"),
        (_us(state="Massachusetts", postal_code="02134-1234"), "US"),
        (RawAddress(line1="Invalidenstraße 1", city="Berlin", postal_code="10115"), "DE"),
        (
            RawAddress(line1="1-1 Marunouchi", city="Chiyoda-ku", state="Tokyo-to", postal_code="1000005"),
            "JP",
        ),
        (RawAddress(line1="丸の内1-1", city="千代田区", state="東京都", postal_code="100-0005"), "JP"),
        (RawAddress(line1="丸の内1-1", city="千代田区", state="東京", postal_code="100-0005"), "JP"),
        (RawAddress(line1="建国路88号", city="北京市", state="北京", postal_code="100022"), "CN"),
        (RawAddress(line1="科技园1号", city="深圳市", state="Guangdong", postal_code="518000"), "CN"),
        (
            RawAddress(line1="科技园1号", city="深圳市", state="Guangdong Province", postal_code="518000"),
            "CN",
        ),
        (RawAddress(line1="科技园1号", city="深圳市", state="广东省", postal_code="518000"), "CN"),
        (RawAddress(line1="테헤란로 152", city="강남구", state="서울특별시", postal_code="06236"), "KR"),
        (RawAddress(line1="152 Teheran-ro", city="Gangnam-gu", state="Seoul", postal_code="06236"), "KR"),
        (RawAddress(line1="ул. Тверская, д. 7", city="Москва", state="Москва", postal_code="125009"), "RU"),
        (RawAddress(line1="10 Downing St", city="London", postal_code="sw1a 2aa"), "GB"),
        (RawAddress(line1="1 King St W", city="Toronto", state="Ontario", postal_code="m5v 3l9"), "CA"),
        (RawAddress(line1="1 King St W", city="Toronto", state="ON", postal_code="M5V3L9"), "CA"),
        (RawAddress(line1="Damrak 1", city="Amsterdam", postal_code="1012 AB"), "NL"),
        (RawAddress(line1="Via Roma 1", city="Roma", state="RM", postal_code="00184"), "IT"),
        (RawAddress(line1="1 George St", city="Sydney", state="NSW", postal_code="2000"), "AU"),
        (RawAddress(line1="1 Main St", city="Dublin", state="Co. Dublin"), "IE"),  # Eircode is optional
        (RawAddress(line1="1 Independence Ave", city="Windhoek", postal_code="10001"), "NA"),
        (RawAddress(line1="1 Nathan Road", city="Kowloon", state="Kowloon"), "HK"),
    ],
)
def test_good_addresses_have_no_problems(address: RawAddress, country: str) -> None:
    assert check_address(address, country) == []


def test_lost_leading_zero_of_a_us_zip_is_an_error_with_the_hint() -> None:
    problems = check_address(_us(postal_code="2134"), "US")
    assert [(p.code, p.severity, p.field) for p in problems] == [
        ("postal_code_lost_zero", Severity.ERROR, "postal_code")
    ]
    assert problems[0].message == (
        "Postal code '2134' does not look like a United States ZIP code (e.g. 02134): "
        "a leading zero may have been lost in Excel."
    )


@pytest.mark.parametrize(
    ("address", "country"),
    [
        (_us(postal_code="2134-1234"), "US"),
        (RawAddress(line1="x 1", city="Dresden", postal_code="1067"), "DE"),
    ],
)
def test_lost_leading_zero_elsewhere(address: RawAddress, country: str) -> None:
    assert _codes(address, country) == [("postal_code_lost_zero", "postal_code")]


@pytest.mark.parametrize(
    ("address", "country", "example"),
    [
        (RawAddress(line1="x 1", city="Berlin", postal_code="ABC"), "DE", "Germany postal code (e.g. 26133)"),
        (_us(postal_code="021345"), "US", "United States ZIP code (e.g. 95014)"),
        (RawAddress(line1="x", city="Tokyo", state="Tokyo", postal_code="12-345"), "JP", "Japan postal code"),
        (RawAddress(line1="x", city="London", postal_code="12345"), "GB", "United Kingdom postal code"),
    ],
)
def test_postal_code_in_the_wrong_format_is_an_error(address: RawAddress, country: str, example: str) -> None:
    problems = check_address(address, country)
    assert [(p.code, p.severity) for p in problems] == [("postal_code_format", Severity.ERROR)]
    assert example in problems[0].message


@pytest.mark.parametrize("postal", ["9.25082E+11", "2.1345E+4"])
def test_excel_mangled_postal_code_is_an_error_and_nothing_else(postal: str) -> None:
    problems = check_address(_us(postal_code=postal), "US")
    expected = [("excel_mangled", Severity.ERROR, "postal_code")]
    assert [(p.code, p.severity, p.field) for p in problems] == expected
    assert "Excel" in problems[0].message


def test_any_excel_mangled_value_is_an_error() -> None:
    assert _codes(_us(line2="1.23457E+11"), "US") == [("excel_mangled", "line2")]


def test_postal_code_where_the_country_has_none_is_a_warning() -> None:
    problems = check_address(RawAddress(line1="1 Nathan Road", state="Kowloon", postal_code="999077"), "HK")
    assert [(p.code, p.severity, p.field) for p in problems] == [
        ("postal_code_not_used", Severity.WARNING, "postal_code")
    ]
    assert problems[0].message.startswith("Hong Kong does not use postal codes")


@pytest.mark.parametrize(
    ("address", "country", "missing"),
    [
        (_us(state=""), "US", ["state"]),
        (_us(postal_code="", city=""), "US", ["city", "postal_code"]),
        (_us(line1=""), "US", ["line1"]),
        (RawAddress(line1="x 1", postal_code="10115"), "DE", ["city"]),
        (RawAddress(line1="x", city="Toronto", postal_code="M5V 3L9"), "CA", ["state"]),
        (RawAddress(line1="x", city="Sydney", postal_code="2000"), "AU", ["state"]),
        (RawAddress(line1="建国路88号", city="北京市", postal_code="100022"), "CN", ["state"]),
        (RawAddress(line1="丸の内1-1", city="千代田区", state="東京都"), "JP", ["postal_code"]),
        (RawAddress(city="Windhoek", postal_code="10001"), "NA", ["line1"]),
    ],
)
def test_fields_the_country_requires(address: RawAddress, country: str, missing: list[str]) -> None:
    problems = check_address(address, country)
    assert {(p.code, p.severity) for p in problems} == {("required_field_missing", Severity.ERROR)}
    assert [p.field for p in problems] == missing


def test_missing_field_message_names_field_and_country() -> None:
    (problem,) = check_address(_us(state=""), "US")
    assert problem.message == "State is missing: addresses in the United States need one."
    (problem,) = check_address(RawAddress(line1="x", city="x", state="Tokyo"), "JP")
    assert problem.message == "Postal code is missing: addresses in Japan need one."


def test_street_in_line_two_counts_as_a_street() -> None:
    assert check_address(_us(line1="", line2="1 Main St"), "US") == []


@pytest.mark.parametrize(
    ("address", "country"),
    [
        (_us(state="Narnia"), "US"),
        (RawAddress(line1="x", city="x", state="Atlantis", postal_code="100022"), "CN"),
    ],
)
def test_unknown_state_is_a_warning(address: RawAddress, country: str) -> None:
    problems = check_address(address, country)
    assert [(p.code, p.severity, p.field) for p in problems] == [("state_unknown", Severity.WARNING, "state")]


def test_unknown_state_message_gives_an_example() -> None:
    (problem,) = check_address(_us(state="Narnia"), "US")
    expected = "State 'Narnia' is not one this program knows for the United States (e.g. AL or Alabama)."
    assert problem.message == expected


def test_postal_code_of_another_state_is_a_warning() -> None:
    assert _codes(_us(state="CA"), "US") == [("postal_code_state_mismatch", "postal_code")]


@pytest.mark.parametrize(
    ("country", "typed", "key"),
    [("US", "California", "CA"), ("US", "ca", "CA"), ("US", "US-CA", "CA"), ("CN", "广东", "广东省"),
     ("CN", "Guangdong Sheng", "广东省"), ("CN", "guangdong province", "广东省"),
     ("JP", "Tokyo-to", "東京都"),
     ("JP", "東京", "東京都"), ("KR", "Seoul", "서울특별시"), ("CA", "Québec", "QC"), ("CA", "Quebec", "QC"),
     ("IE", "County Cork", "Co. Cork"), ("IE", "Cork", "Co. Cork"), ("RU", "Moskva", "Москва"),
     ("JP", "JP-13", "東京都"), ("CN", "CN-GD", "GD")],
)  # fmt: skip
def test_state_key_accepts_codes_and_latin_and_local_names(country: str, typed: str, key: str) -> None:
    assert state_key(country, typed) == key


def test_long_lines_are_warnings() -> None:
    line = "Building 7, Block C, Floor 12, Room 1203, Tower B"
    problems = check_address(_us(line1=line, name="Maximilian Alexander von Habsburg-Lothringen"), "US")
    assert [(p.code, p.severity, p.field) for p in problems] == [
        ("line_too_long", Severity.WARNING, "name"),
        ("line_too_long", Severity.WARNING, "line1"),
    ]
    assert "49 characters" in problems[1].message


def test_country_missing_or_unknown_is_an_error() -> None:
    assert _codes(RawAddress(line1="1 Main St", city="Boston"), "") == [("country_missing", "country")]
    problems = check_address(RawAddress(line1="1 Main St", country="Narnia"), "")
    assert [(p.code, p.severity) for p in problems] == [("country_unknown", Severity.ERROR)]
    assert "'Narnia'" in problems[0].message


def test_an_empty_address_is_one_problem() -> None:
    assert _codes(RawAddress(), "") == [("address_missing", "")]
    assert _codes(RawAddress(name="Jane Doe"), "") == [("address_missing", "")]


def test_clean_addresses_are_checked_with_their_country_as_given() -> None:
    clean = CleanAddress("Jane", "", "1 Main St", "", "", "Boston", "", "", "", "Narnia", "", "")
    assert [p.code for p in check_address(clean, "")] == ["country_unknown"]


def test_check_address_fields_takes_trimmed_values() -> None:
    values = {"name": "", "company": "", "line1": "x 1", "line2": "", "line3": "", "city": "Berlin",
              "state": "", "postal_code": "10115"}  # fmt: skip
    assert check_address_fields(values, "DE") == []


def test_country_rules_come_from_the_address_data() -> None:
    us, hk, de = country_rules("US"), country_rules("HK"), country_rules("de")
    assert us is not None and hk is not None and de is not None
    assert us.required == ("city", "line1", "postal_code", "state")
    assert us.postal_kind == "ZIP code" and us.has_postal_codes
    assert not hk.has_postal_codes
    assert de.states == {} and de.required == ("city", "line1", "postal_code")
    assert country_rules("ZZ") is None or country_rules("ZZ").code == "ZZ"
