"""Turn the country a backer typed ("USA", "Deutschland", "中国", "NA") into an ISO 3166-1 alpha-2 code.

Two tiers, because most rows say "US" or "Germany" and the full index costs about a second:
the fast path knows the codes, the English names and an alias table; only when it misses is the
reverse index of every translation pycountry ships (its gettext catalogues) built, once per process.
"""

from __future__ import annotations

import gettext
import os
import unicodedata
from functools import lru_cache

import pycountry

# Spellings backers type that pycountry's English names and codes miss or get wrong, one country a
# line. The bare "Korea" means the South on a parcel; "UK" is not an ISO code; the nations of the
# United Kingdom are what people write; Kosovo (XK) is not in ISO 3166-1 but carriers use it.
_ALIAS_TABLE = """
US: USA; U.S.A.; U.S.; United States of America; America; US of A; Estados Unidos
GB: UK; U.K.; Great Britain; Britain; England; Scotland; Wales; Northern Ireland
KR: Korea; South Korea; Republic of Korea; Korea, Republic of; Korea (South); Korea, South; S. Korea;
KR: Korea Rep.; ROK; 대한민국; 한국; 남한
KP: North Korea; DPRK
RU: Russia; Россия; Rossiya; Russian Federation
TR: Turkey; Turkiye; Türkiye; Türkei
CI: Ivory Coast; Cote d'Ivoire; Côte d'Ivoire; Cote dIvoire
CZ: Czech Republic; Czechia; Czech
NL: Holland; The Netherlands; Nederland
AE: UAE; U.A.E.; Emirates
CN: China; PRC; P.R. China; PR China; Mainland China; People's Republic of China; 中国; 中國; 中国大陆
CN: 中华人民共和国; 中華人民共和國
TW: Taiwan; Republic of China; 台灣; 台湾; 臺灣; 中華民國
HK: Hong Kong SAR; Hongkong; Hong Kong, China; 香港
MO: Macau; Macao SAR; 澳門; 澳门
JP: 日本; Nippon; Nihon
VN: Vietnam; Viet Nam
VA: Vatican; Vatican City; Holy See
PS: Palestine
MK: Macedonia
CD: DR Congo; DRC; Democratic Republic of the Congo; Congo-Kinshasa
CG: Congo-Brazzaville; Republic of the Congo
SZ: Swaziland
MM: Burma
CV: Cape Verde
TL: East Timor
FK: Falklands
VG: British Virgin Islands
VI: US Virgin Islands
LA: Laos
SY: Syria
IR: Iran
BO: Bolivia
VE: Venezuela
TZ: Tanzania
MD: Moldova
BN: Brunei
FM: Micronesia
LC: St Lucia; St. Lucia
KN: St Kitts and Nevis
VC: St Vincent and the Grenadines
TT: Trinidad
BA: Bosnia
TH: ประเทศไทย; Thailand
XK: Kosovo
"""


def _aliases() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _ALIAS_TABLE.strip().splitlines():
        code, _, spellings = line.partition(":")
        for spelling in spellings.split(";"):
            if spelling.strip():
                table[spelling.strip()] = code.strip()
    return table


# Friendlier English names for messages than ISO's "Korea, Republic of".
_DISPLAY_NAMES: dict[str, str] = {
    "KR": "South Korea",
    "KP": "North Korea",
    "RU": "Russia",
    "TW": "Taiwan",
    "VN": "Vietnam",
    "CD": "DR Congo",
    "CG": "Republic of the Congo",
    "VA": "Vatican City",
    "PS": "Palestine",
    "XK": "Kosovo",
    "GB": "United Kingdom",
    "US": "United States",
    "CZ": "Czechia",
    "MO": "Macao",
    "LA": "Laos",
    "SY": "Syria",
    "BN": "Brunei",
    "VE": "Venezuela",
}

_PUNCTUATION = str.maketrans({c: " " for c in ".,'’`´()[]-_/\\:;\"!?*"} | {"&": " and "})


def _key(text: str) -> str:
    """Case, punctuation and spacing do not tell countries apart."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_PUNCTUATION)
    key = " ".join(text.split())
    return key[4:] if key.startswith("the ") and len(key) > 4 else key


def _strip_accents(key: str) -> str:
    decomposed = unicodedata.normalize("NFKD", key)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _fast_index() -> tuple[dict[str, str], dict[str, str]]:
    """Codes (upper case) and keyed English names plus aliases: cheap enough to build at first use."""
    codes: dict[str, str] = {}
    names: dict[str, str] = {}
    for country in pycountry.countries:
        codes[country.alpha_2] = country.alpha_2
        codes[country.alpha_3] = country.alpha_2
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names[_key(value)] = country.alpha_2
                names.setdefault(_strip_accents(_key(value)), country.alpha_2)
    codes["XK"] = "XK"
    codes["UK"] = "GB"
    for alias, code in _aliases().items():
        names[_key(alias)] = code
    return codes, names


def _english_to_code() -> dict[str, str]:
    """The English msgids of pycountry's catalogues, mapped to their codes."""
    mapping: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                mapping[value] = country.alpha_2
    return mapping


def _catalogue_names() -> dict[str, set[str]]:
    """Every translated country name in every language pycountry ships, keyed, with its codes."""
    english = _english_to_code()
    found: dict[str, set[str]] = {}
    locales = pycountry.LOCALES_DIR
    for language in os.listdir(locales):
        path = os.path.join(locales, language, "LC_MESSAGES", "iso3166-1.mo")
        if not os.path.isfile(path):
            continue
        with open(path, "rb") as handle:
            catalogue = gettext.GNUTranslations(handle)
        for msgid, translated in catalogue._catalog.items():
            code = english.get(msgid) if isinstance(msgid, str) else None
            if code and isinstance(translated, str) and translated:
                key = _key(translated)
                found.setdefault(key, set()).add(code)
                found.setdefault(_strip_accents(key), set()).add(code)
    return found


@lru_cache(maxsize=1)
def _full_index() -> dict[str, str]:
    """Names in every language; a name that means two countries in two languages is left out."""
    return {key: next(iter(codes)) for key, codes in _catalogue_names().items() if len(codes) == 1}


@lru_cache(maxsize=8192)
def resolve_country(text: str) -> str | None:
    """The ISO alpha-2 code a country cell means, or None when it is empty or unrecognised."""
    text = text.strip()
    if not text:
        return None
    codes, names = _fast_index()
    if len(text) <= 3 and text.isascii() and text.isalpha():
        code = codes.get(text.upper())
        if code:
            return code
    key = _key(text)
    code = names.get(key)
    if code:
        return code
    full = _full_index()
    return full.get(key) or full.get(_strip_accents(key))


def country_name(code: str) -> str:
    """A short English name for messages; the code itself when it is not a country."""
    code = code.upper()
    if code in _DISPLAY_NAMES:
        return _DISPLAY_NAMES[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name
