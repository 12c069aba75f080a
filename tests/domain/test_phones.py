import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from fulfiller.domain.enums import Severity
from fulfiller.domain.phones import check_phone


@pytest.mark.parametrize(
    ("phone", "country", "e164"),
    [
        ("(415) 392-0202", "US", "+14153920202"),
        ("1-415-392-0202", "US", "+14153920202"),
        ("+1 415 392 0202", "US", "+14153920202"),
        ("415.392.0202", "US", "+14153920202"),
        ("07911 123456", "GB", "+447911123456"),  # phonenumbers alone calls this a Guernsey number
        ("+44 (0) 7911 123456", "GB", "+447911123456"),
        ("030 1234567", "DE", "+49301234567"),
        ("+49 30 1234567", "DE", "+49301234567"),
        ("0049 30 1234567", "DE", "+49301234567"),
        ("49 30 1234567", "DE", "+49301234567"),
        ("090-2345-6789", "JP", "+819023456789"),
        ("０９０－２３４５－６７８９", "JP", "+819023456789"),  # full-width, as Japanese keyboards type
        ("06 1234 5678", "IT", "+390612345678"),  # Italy keeps its leading zero
        ("8 912 345 67 89", "RU", "+79123456789"),
        ("+7 912 345-67-89", "RU", "+79123456789"),
        ("011 54 9 11 1234 5678", "US", "+5491112345678"),  # dialled from the US
        ("011 15 1234-5678", "AR", "+5491112345678"),  # Argentina's mobile prefix: phonenumbers' path
        ("(11) 91234-5678", "BR", "+5511912345678"),
        ("138 0013 8000", "CN", "+8613800138000"),
        ("0412 345 678", "AU", "+61412345678"),
        ("010-2345-6789", "KR", "+821023456789"),
        ("9123 4567", "HK", "+85291234567"),
        ("081 234 5678", "NA", "+264812345678"),
        ("+49 30 1234567", "US", "+49301234567"),  # a foreign number in its own right
        ("+1 415 392 0202", "", "+14153920202"),
        ("415-392-0202 ext 12", "US", "+14153920202"),
        ("1-800-FLOWERS", "US", "+18003569377"),
    ],
)
def test_numbers_become_e164(phone: str, country: str, e164: str) -> None:
    assert check_phone(phone, country) == (e164, [])


@pytest.mark.parametrize("phone", ["", "   ", "N/A", "none", "-"])
def test_missing_phone_is_a_warning_about_international_parcels(phone: str) -> None:
    text, problems = check_phone(phone, "US")
    assert text == phone.strip()
    assert [(p.code, p.severity, p.field) for p in problems] == [("phone_missing", Severity.WARNING, "phone")]
    assert "international parcels" in problems[0].message


@pytest.mark.parametrize(
    ("phone", "country"),
    [("555-555-1212", "US"), ("(201) 555-0123", "US"), ("0000000", "DE"), ("1234567890", "US"),
     ("111-111-1111", "US"), ("9999999999", "IN"), ("+44 555 555 1212", "GB"), ("0987654321", "FR")],
)  # fmt: skip
def test_obvious_fakes_are_warned_about(phone: str, country: str) -> None:
    text, problems = check_phone(phone, country)
    assert text == phone
    assert [(p.code, p.severity) for p in problems] == [("phone_fake", Severity.WARNING)]


@pytest.mark.parametrize(
    ("phone", "country"), [("12", "US"), ("4153920202", ""), ("+999 123", "US"), ("call me", "DE")]
)
def test_implausible_numbers_are_warned_about_and_kept(phone: str, country: str) -> None:
    text, problems = check_phone(phone, country)
    assert text == phone
    assert [(p.code, p.severity) for p in problems] == [("phone_implausible", Severity.WARNING)]
    assert repr(phone) in problems[0].message


@pytest.mark.parametrize("phone", ["4.47911E+11", "9,25082E+11", " 1.41539E+10 "])
def test_excel_mangled_numbers_are_errors(phone: str) -> None:
    text, problems = check_phone(phone, "GB")
    assert text == phone.strip()
    assert [(p.code, p.severity, p.field) for p in problems] == [("excel_mangled", Severity.ERROR, "phone")]


def _example_numbers() -> list[tuple[str, str, str]]:
    cases = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is None:
                continue
            e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
            for style in (
                PhoneNumberFormat.NATIONAL,
                PhoneNumberFormat.INTERNATIONAL,
                PhoneNumberFormat.E164,
            ):
                cases.append((phonenumbers.format_number(number, style), region, e164))
    return cases


def test_the_fast_path_agrees_with_phonenumbers_on_every_regions_example_numbers() -> None:
    disagreements = []
    for text, region, e164 in _example_numbers():
        result, problems = check_phone(text, region)
        if [p.code for p in problems] == ["phone_fake"]:
            continue  # phonenumbers' examples are often 1234567-style placeholders
        if (result, problems) != (e164, []):
            disagreements.append((region, text, e164, result, [p.code for p in problems]))
    assert disagreements == []
