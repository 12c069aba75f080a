import pytest

from fulfiller.domain.carriers import (
    CARRIERS,
    clean_tracking,
    detect_carrier,
    is_valid_s10,
    s10_check_digit,
    tracking_url,
)
from fulfiller.domain.errors import UserError


@pytest.mark.parametrize(
    ("number", "carrier"),
    [
        ("1Z999AA10123456784", "UPS"),
        ("1ZV8E4126612345674", "UPS"),
        ("9400111000000012345672", "USPS"),
        ("UH037386106US", "USPS"),  # S10 of the US
        ("LX123456785CN", "China Post"),
        ("EA123456785CN", "China EMS"),
        ("RR123456785GB", "Royal Mail"),
        ("LA000000059NL", "PostNL"),
        ("LX000000059AU", "Australia Post"),
        ("RR000000059CA", "Canada Post"),
        ("RR000000059BR", "Postal service (BR)"),
        ("SF1234567890123", "SF Express"),
        ("SF123456789012", "SF Express"),
        ("YT2212345678901234", "YunExpress"),
        ("UV123456789YP", "Yanwen"),
        ("4PX3000123456789CN", "4PX"),
        ("3SABCD1234567", "PostNL"),
        ("1234567890123456", "Canada Post"),
    ],
)
def test_the_carrier_is_detected(number: str, carrier: str) -> None:
    guess = detect_carrier(number)
    assert guess is not None
    assert guess.carrier == carrier


def test_an_s10_number_with_a_wrong_check_digit_is_not_guessed() -> None:
    assert is_valid_s10("LX123456785CN")
    for wrong in range(10):
        if wrong != 5:
            assert not is_valid_s10(f"LX12345678{wrong}CN")
            assert detect_carrier(f"LX12345678{wrong}CN") is None


def test_the_s10_check_digit_rules() -> None:
    assert s10_check_digit("03738610") == 6  # UH037386106US, the UPU example
    assert s10_check_digit("00000000") == 5  # 11 - 0 is 11: written 5
    assert s10_check_digit("00060000") == 0  # 11 - 1 is 10: written 0


def test_a_ups_number_with_a_wrong_check_digit_is_not_ups() -> None:
    guess = detect_carrier("1Z999AA10123456785")
    assert guess is None or guess.carrier != "UPS"


def test_unknown_numbers_stay_unknown() -> None:
    assert detect_carrier("HELLO12345") is None
    assert detect_carrier("") is None


def test_detection_ignores_spaces_and_case() -> None:
    assert detect_carrier("1z 999 aa1 0123 4567 84").carrier == "UPS"  # type: ignore[union-attr]


@pytest.mark.parametrize("value", ["9.25082E+11", "1.23E+15", "9,25082E+11", "4.5e12", "123456789012.0"])
def test_excel_mangled_values_are_rejected(value: str) -> None:
    with pytest.raises(UserError, match="spreadsheet"):
        clean_tracking(value)


@pytest.mark.parametrize(
    ("value", "message"),
    [("", "empty"), ("  ", "empty"), ("1Z12", "too short"), ("A" * 41, "too long"), ("LX1234#5678CN", "letters")],
)
def test_impossible_values_are_rejected_with_a_reason(value: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        clean_tracking(value)


def test_cleaning_removes_spaces_and_dashes() -> None:
    assert clean_tracking(" 1z 999 aa1-0123456784\t") == "1Z999AA10123456784"
    assert clean_tracking("0012345678") == "0012345678"  # leading zeros are kept


def test_tracking_urls() -> None:
    assert tracking_url("UPS", "1Z999AA10123456784") == "https://www.ups.com/track?tracknum=1Z999AA10123456784"
    assert tracking_url("usps", "9400111000000012345672").startswith("https://tools.usps.com/")
    assert tracking_url("SF Express", "SF1234567890123").endswith("/SF1234567890123")
    assert "17track" in tracking_url("Some Local Courier", "AB12345678")
    for carrier in CARRIERS:
        url = tracking_url(carrier, "LX123456785CN")
        assert url.startswith("https://") and "LX123456785CN" in url


def test_carrier_names_are_canonical() -> None:
    from fulfiller.domain.carriers import canonical_carrier

    assert canonical_carrier(" ups ") == "UPS"
    assert canonical_carrier("United States Postal Service") == "USPS"
    assert canonical_carrier("sf express") == "SF Express"
    assert canonical_carrier("EMS") == "China EMS"
    assert canonical_carrier("Local  Courier") == "Local Courier"
    assert canonical_carrier(None) == ""


def test_a_missing_value_is_empty() -> None:
    with pytest.raises(UserError, match="empty"):
        clean_tracking(None)
