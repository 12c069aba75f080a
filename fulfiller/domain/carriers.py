"""Tracking numbers: cleaning what was typed, scanned or imported, guessing the carrier, and the
carrier's public tracking page.

Detection is a guess the user can overwrite. `tracking-numbers` (built on the public
tracking_number_data patterns) knows UPS, USPS, FedEx, DHL, OnTrac, Amazon and UPU S10 numbers and
checks their check digits; the patterns below add the carriers it does not know (SF Express,
YunExpress, Yanwen, 4PX, PostNL's 3S parcels, Canada Post's 16 digits) and name the postal service
behind an S10 number from its country suffix. Patterns of our own are kept narrow (a fixed prefix
and length), so an unknown number stays unknown rather than being guessed wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from tracking_numbers import get_tracking_number

from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import message

MIN_LENGTH = 8
MAX_LENGTH = 40


@dataclass(frozen=True, slots=True)
class CarrierGuess:
    carrier: str  # a name from CARRIERS (or "Postal service (XX)" for an S10 of an unlisted country)
    product: str = ""  # "S10", "UPS", "USPS 91", "FedEx Express (12)", ...


# --- Public tracking pages ----------------------------------------------------------------------

FALLBACK_URL = "https://t.17track.net/en#nums={number}"  # tracks any carrier's number

URL_TEMPLATES: dict[str, str] = {
    "UPS": "https://www.ups.com/track?tracknum={number}",
    "USPS": "https://tools.usps.com/go/TrackConfirmAction?tLabels={number}",
    "FedEx": "https://www.fedex.com/fedextrack/?trknbr={number}",
    "DHL": "https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id={number}",
    "Royal Mail": "https://www.royalmail.com/track-your-item#/tracking-results/{number}",
    "China Post": "https://www.ems.com.cn/queryList?mailNum={number}",
    "China EMS": "https://www.ems.com.cn/queryList?mailNum={number}",
    "SF Express": "https://www.sf-express.com/we/ow/chn/en/waybill/waybill-detail/{number}",
    "YunExpress": "https://www.yuntrack.com/parcelTracking?id={number}",
    "Yanwen": "https://track.yw56.com.cn/en/querydel?nums={number}",
    "4PX": "https://track.4px.com/#/result/0/{number}",
    "PostNL": "https://jouw.postnl.nl/track-and-trace/{number}",
    "Australia Post": "https://auspost.com.au/mypost/track/details/{number}",
    "Canada Post": "https://www.canadapost-postescanada.ca/track-reperage/en#/details/{number}",
    "Deutsche Post": "https://www.deutschepost.de/sendung/simpleQueryResult.html?form.sendungsnummer={number}",
    "La Poste": "https://www.laposte.fr/outils/suivre-vos-envois?code={number}",
    "Hongkong Post": "https://www.hongkongpost.hk/en/mail_tracking/index.html?trackcode={number}",
    "Japan Post": "https://trackings.post.japanpost.jp/services/srv/search/?requestNo1={number}&locale=en",
    "Singapore Post": "https://www.singpost.com/track-items?trackingid={number}",
    "OnTrac": "https://www.ontrac.com/tracking/?number={number}",
    "Amazon": "https://track.amazon.com/tracking/{number}",
}
CARRIERS: tuple[str, ...] = tuple(URL_TEMPLATES)

# The postal service behind an S10 number's country suffix.
S10_POSTS: dict[str, str] = {
    "US": "USPS",
    "CN": "China Post",
    "GB": "Royal Mail",
    "NL": "PostNL",
    "AU": "Australia Post",
    "CA": "Canada Post",
    "DE": "Deutsche Post",
    "FR": "La Poste",
    "HK": "Hongkong Post",
    "JP": "Japan Post",
    "SG": "Singapore Post",
}

_LIBRARY_COURIERS = {
    "ups": "UPS",
    "usps": "USPS",
    "fedex": "FedEx",
    "dhl": "DHL",
    "ontrac": "OnTrac",
    "amazon": "Amazon",
}


# Other spellings found in carriers' and partners' files.
_ALIASES: dict[str, str] = {
    "united states postal service": "USPS",
    "us postal service": "USPS",
    "fedex express": "FedEx",
    "federal express": "FedEx",
    "dhl express": "DHL",
    "royalmail": "Royal Mail",
    "ems": "China EMS",
    "china post ems": "China EMS",
    "chinapost": "China Post",
    "sf": "SF Express",
    "sfexpress": "SF Express",
    "shunfeng": "SF Express",
    "yun express": "YunExpress",
    "yanwen express": "Yanwen",
    "4px express": "4PX",
    "auspost": "Australia Post",
    "postes canada": "Canada Post",
    "hong kong post": "Hongkong Post",
    "singpost": "Singapore Post",
}


def canonical_carrier(name: str | None) -> str:
    """The listed spelling of a carrier typed any which way ("ups" -> "UPS"); unknown names as typed."""
    cleaned = " ".join((name or "").split())
    folded = cleaned.casefold()
    for known in CARRIERS:
        if known.casefold() == folded:
            return known
    return _ALIASES.get(folded, cleaned)


def tracking_url(carrier: str, number: str) -> str:
    """The carrier's public tracking page for this number (a multi-carrier tracker for other carriers)."""
    template = URL_TEMPLATES.get(canonical_carrier(carrier), FALLBACK_URL)
    return template.format(number=quote(number.strip(), safe=""))


# --- Cleaning -----------------------------------------------------------------------------------

_EXCEL_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?E[+-]?\d+$", re.IGNORECASE)
_DECIMAL_TAIL = re.compile(r"^\d+[.,]0+$")
_ALLOWED = re.compile(r"^[A-Z0-9]+$")


def clean_tracking(text: str | None) -> str:
    """The tracking number as carriers print it: spaces and dashes removed, upper case.

    Refuses what cannot be one: a value a spreadsheet turned into a number (`9.25082E+11`: the
    digits are lost for good, go back to the carrier's file), an empty, too short or too long value,
    or one with other characters than letters and digits."""
    raw = (text or "").strip()
    if not raw:
        raise UserError(message("tracking.empty", "The tracking number is empty."))
    if _EXCEL_NUMBER.match(raw.replace(" ", "")):
        raise UserError(
            message(
                "tracking.scientific",
                "“{raw}” is a tracking number a spreadsheet turned into a number (scientific notation): "
                "its last digits are lost. Take the number from the carrier's original file or label, "
                "and format the column as text before opening it in Excel.",
                raw=raw,
            )
        )
    if _DECIMAL_TAIL.match(raw):
        raise UserError(
            message(
                "tracking.decimal_point",
                "“{raw}” looks like a number a spreadsheet reformatted (it ends in a decimal point). "
                "Take the number from the carrier's original file or label.",
                raw=raw,
            )
        )
    cleaned = re.sub(r"[\s\-]+", "", raw).upper()
    if not _ALLOWED.match(cleaned):
        raise UserError(
            message(
                "tracking.bad_characters",
                "“{raw}” is not a tracking number: only letters and digits are allowed.",
                raw=raw,
            )
        )
    if len(cleaned) < MIN_LENGTH:
        raise UserError(
            message(
                "tracking.too_short",
                "“{raw}” is too short for a tracking number (at least {least} characters).",
                raw=raw,
                least=MIN_LENGTH,
            )
        )
    if len(cleaned) > MAX_LENGTH:
        raise UserError(
            message(
                "tracking.too_long",
                "“{raw}” is too long for a tracking number (at most {most} characters).",
                raw=raw[:50],
                most=MAX_LENGTH,
            )
        )
    return cleaned


# --- Detection ----------------------------------------------------------------------------------

_S10 = re.compile(r"^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$")
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)

# Our own patterns for carriers the library does not know: (carrier, product, pattern).
_OWN_PATTERNS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("SF Express", "SF waybill", re.compile(r"^SF\d{12,13}$")),
    ("YunExpress", "YT", re.compile(r"^YT\d{16}$")),
    ("4PX", "4PX", re.compile(r"^4PX\d{10,16}(CN)?$")),
    # PostNL parcels: "3S", a four-letter customer code, then 7 to 11 digits.
    ("PostNL", "3S parcel", re.compile(r"^3S[A-Z]{4}\d{7,11}$")),
    # Yanwen's own waybills use S10's shape with the pseudo-country "YP" (no check digit to verify).
    ("Yanwen", "YP", re.compile(r"^[A-Z]{2}\d{9}YP$")),
)
_CANADA_POST_DOMESTIC = re.compile(r"^\d{16}$")


def s10_check_digit(serial: str) -> int:
    """The UPU S10 check digit of eight serial digits."""
    total = sum(int(d) * w for d, w in zip(serial, _S10_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: 0, 11: 5}.get(check, check)


def is_valid_s10(number: str) -> bool:
    match = _S10.match(number)
    return bool(match) and s10_check_digit(match.group(2)) == int(match.group(3))  # type: ignore[union-attr]


def _s10_guess(number: str) -> CarrierGuess | None:
    match = _S10.match(number)
    if not match or not is_valid_s10(number):
        return None
    service, country = match.group(1), match.group(4)
    carrier = S10_POSTS.get(country, f"Postal service ({country})")
    if country == "CN" and service.startswith("E"):
        carrier = "China EMS"
    return CarrierGuess(carrier, "S10")


def detect_carrier(tracking: str) -> CarrierGuess | None:
    """The carrier a tracking number most likely belongs to, or None when no known pattern fits.

    `tracking` should be cleaned first (see `clean_tracking`); an S10 number with a wrong check
    digit is not guessed at all (it is probably mistyped)."""
    number = re.sub(r"[\s\-]+", "", tracking).upper()
    if not number:
        return None
    for carrier, product, pattern in _OWN_PATTERNS:
        if pattern.match(number):
            return CarrierGuess(carrier, product)
    if _S10.match(number):
        return _s10_guess(number)
    found = get_tracking_number(number)
    if found is not None:
        name = _LIBRARY_COURIERS.get(found.courier.code, found.courier.name)
        return CarrierGuess(name, found.product.name)
    if _CANADA_POST_DOMESTIC.match(number):
        return CarrierGuess("Canada Post", "domestic (16 digits)")
    return None
