"""Check the recipient's name the way customs and carriers will read it."""

from __future__ import annotations

import re

from fulfiller.domain.enums import Severity
from fulfiller.domain.records import Problem

FIELD = "name"
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_INITIAL_SPLIT = re.compile(r"[\s.]+")
_VOWELS = frozenset("AEIOUY")
# Two-letter family names that, typed in capitals, are not initials.
_SHORT_SURNAMES = frozenset({
    "LI", "WU", "XU", "HU", "MA", "LU", "HE", "YU", "NG", "HO", "OH", "DO", "VU", "KO", "AN",
    "IM", "JO", "HA", "BO", "YE", "QI", "SU", "GU", "OU", "YI", "LE", "YO", "AU", "UY", "ON",
})  # fmt: skip


def _is_initials(text: str) -> bool:
    """ "J. S.", "A.B.", "J S", "JS": letters customs cannot match to a person."""
    if not text.isascii():
        return False  # 王伟 is a full name in two characters
    parts = [part for part in _INITIAL_SPLIT.split(text) if part]
    if not parts or not all(part.isalpha() for part in parts):
        return False
    if all(len(part) == 1 for part in parts):
        return True
    if len(parts) == 1 and parts[0].isupper() and len(parts[0]) in (2, 3):
        letters = parts[0]
        if not _VOWELS.intersection(letters):
            return True
        return len(letters) == 2 and letters not in _SHORT_SURNAMES
    return False


def _problem(code: str, severity: Severity, message: str) -> list[Problem]:
    return [Problem(code, severity, FIELD, message)]


def _number(text: str) -> list[Problem]:
    return _problem("name_is_number", Severity.WARNING, f"Recipient name {text!r} is a number, not a name.")


def check_name(name: str) -> list[Problem]:
    """Problems with a recipient's name: missing, initials only (customs reject it), an e-mail or digits."""
    text = " ".join(name.split())
    letters = text.replace(" ", "").replace(".", "")
    if letters.isalpha():  # the usual case; initials hide among short ones
        if len(letters) <= 8 and _is_initials(text):
            message = f"Recipient name {text!r} is only initials: customs reject parcels without a full name."
            return _problem("name_initials_only", Severity.ERROR, message)
        return []
    if letters.isalnum():  # letters and digits ("Flat 3 Kim"): never missing, an e-mail or initials
        return _number(text) if letters.isnumeric() else []
    if not any(c.isalnum() for c in text):
        return _problem("name_missing", Severity.ERROR, "Recipient name is missing: carriers need one.")
    if "@" in text and _EMAIL.fullmatch(text):
        return _problem("name_is_email", Severity.WARNING, f"Recipient name {text!r} is an e-mail address.")
    if not any(c.isalpha() for c in text):
        return _number(text)
    if _is_initials(text):
        message = f"Recipient name {text!r} is only initials: customs reject parcels without a full name."
        return _problem("name_initials_only", Severity.ERROR, message)
    return []
