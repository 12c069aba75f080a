import pytest

from fulfiller.domain import countries
from fulfiller.domain.countries import country_name, resolve_country


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("US", "US"), ("us", "US"), ("USA", "US"), ("usa", "US"), ("U.S.A.", "US"), ("U.S.", "US"),
        ("United States", "US"), ("United States of America", "US"), ("  united states  ", "US"),
        ("GB", "GB"), ("GBR", "GB"), ("UK", "GB"), ("uk", "GB"), ("United Kingdom", "GB"),
        ("Great Britain", "GB"), ("England", "GB"), ("Scotland", "GB"), ("Wales", "GB"),
        ("Korea", "KR"), ("South Korea", "KR"), ("Republic of Korea", "KR"), ("Korea, Republic of", "KR"),
        ("KOR", "KR"), ("North Korea", "KP"),
        ("Russia", "RU"), ("Russian Federation", "RU"), ("Turkey", "TR"), ("Türkiye", "TR"),
        ("Turkiye", "TR"),
        ("Ivory Coast", "CI"), ("Côte d'Ivoire", "CI"), ("Czech Republic", "CZ"), ("Czechia", "CZ"),
        ("Holland", "NL"), ("The Netherlands", "NL"), ("Germany", "DE"), ("deu", "DE"), ("de", "DE"),
        ("NA", "NA"), ("na", "NA"), ("Namibia", "NA"), ("NAM", "NA"),
        ("Taiwan", "TW"), ("Hong Kong", "HK"), ("Vietnam", "VN"), ("UAE", "AE"), ("Kosovo", "XK"),
    ],
)  # fmt: skip
def test_codes_english_names_and_common_variants(text: str, code: str) -> None:
    assert resolve_country(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Deutschland", "DE"), ("España", "ES"), ("Espana", "ES"), ("Brasil", "BR"), ("中国", "CN"),
        ("中華人民共和國", "CN"), ("日本", "JP"), ("대한민국", "KR"), ("한국", "KR"), ("Россия", "RU"),
        ("Österreich", "AT"), ("Osterreich", "AT"), ("Schweiz", "CH"), ("Suisse", "CH"), ("Italia", "IT"),
        ("Polska", "PL"), ("Nederland", "NL"), ("Sverige", "SE"), ("香港", "HK"), ("台灣", "TW"),
        ("Ελλάδα", "GR"), ("Україна", "UA"), ("Magyarország", "HU"), ("België", "BE"), ("Norge", "NO"),
        ("México", "MX"), ("Việt Nam", "VN"), ("ประเทศไทย", "TH"), ("Allemagne", "DE"),
    ],
)  # fmt: skip
def test_native_and_translated_names(text: str, code: str) -> None:
    assert resolve_country(text) == code


@pytest.mark.parametrize("text", ["", "   ", "Narnia", "N/A", "-", "XX"])
def test_unknown_or_empty_is_none(text: str) -> None:
    assert resolve_country(text) is None


def test_the_full_translation_index_is_built_only_when_the_fast_path_misses() -> None:
    resolve_country.cache_clear()
    countries._full_index.cache_clear()
    for text in ("US", "Germany", "U.S.A.", "UK", "NA", "Korea", "jpn", "中国"):
        assert resolve_country(text) is not None
    assert countries._full_index.cache_info().currsize == 0
    assert resolve_country("Deutschland") == "DE"
    assert countries._full_index.cache_info().currsize == 1
    assert resolve_country("Sverige") == "SE"
    assert countries._full_index.cache_info().misses == 1  # built once, then reused


@pytest.mark.parametrize(
    ("code", "name"),
    [("DE", "Germany"), ("US", "United States"), ("KR", "South Korea"), ("bo", "Bolivia"), ("XK", "Kosovo"),
     ("NA", "Namibia"), ("ZZ", "ZZ")],
)  # fmt: skip
def test_country_name_is_short_and_friendly(code: str, name: str) -> None:
    assert country_name(code) == name
