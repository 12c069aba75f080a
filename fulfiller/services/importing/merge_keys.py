"""The keys that make two orders look like the same person, as text: no database here, so worker
processes can work out the coarse ones while they check rows (see services/duplicates.py)."""

from __future__ import annotations

from collections.abc import Sequence
from operator import methodcaller
from typing import Any
from zlib import crc32

# Relay addresses are unique per backer and site: equal ones say nothing about the person.
RELAY_DOMAINS = ("privaterelay.appleid.com",)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def folded(text: str) -> str:
    """Lower case, trimmed, runs of spaces made single: enough to match what people type twice.

    The same as SQLite's lower(trim(text)) with replace(.., '  ', ' ') three times, which it once was:
    only ASCII letters are lowered and only spaces trimmed.
    """
    text = _ascii_lower(text.strip(" "))
    if "  " in text:
        text = text.replace("  ", " ").replace("  ", " ").replace("  ", " ")
    return text


def _ascii_lower(text: str) -> str:
    return text.lower() if text.isascii() else text.translate(_ASCII_LOWER)


def email_key(email: str) -> str | None:
    """What equal e-mails share; None for one that says nothing about the person."""
    key = folded(email)
    return key if "@" in key and not key.endswith(RELAY_DOMAINS) else None


def person_key(name: str, line1: str, line2: str, postal_code: str, country_code: str) -> str:
    """What equal names and addresses share: Address 2 counts like line 1 (another flat, another person)."""
    postal = _ascii_lower(postal_code.replace(" ", ""))
    return f"{folded(name)}|{folded(line1)}|{folded(line2)}|{postal}|{country_code}"


def person_text(name: Any, line1: Any, line2: Any, postal_code: Any, country_code: Any) -> Any:
    """The parts of `person_key` joined as it joins them ("a|b" + "c" = "a" + "b|c"); text or SQL."""
    return name + "|" + line1 + "|" + line2 + "|" + postal_code + "|" + country_code


def coarse_hashes(
    email: str, name: str, line1: str, line2: str, postal_code: str, country_code: str
) -> tuple[int | None, int | None]:
    """Stable hashes of an order's e-mail and name and address, lower case without any space: equal for
    any two orders whose keys are equal (and for a few more), in every process.

    None for what can never match (the grouping leaves out e-mails without "@" and orders without a name
    or street; the values are trimmed): otherwise the backers of a campaign who never answered its survey
    share one hash, and each of them would be looked up again only to be left out."""
    email_hash = crc32(email.replace(" ", "").lower().encode()) if "@" in email else None
    if not name or not line1:
        return email_hash, None
    person = person_text(name, line1, line2, postal_code, country_code)
    return email_hash, crc32(person.replace(" ", "").lower().encode())


def email_hashes(emails: Sequence[str]) -> list[int | None]:
    """`coarse_hashes`' first hash of every e-mail, worked out in C for a whole column."""
    hashes = map(crc32, map(str.encode, map(str.lower, map(methodcaller("replace", " ", ""), emails))))
    return [found if "@" in email else None for found, email in zip(hashes, emails, strict=True)]


def person_hashes(
    names: Sequence[str],
    line1s: Sequence[str],
    line2s: Sequence[str],
    postal_codes: Sequence[str],
    countries: Sequence[str],
) -> list[int | None]:
    """`coarse_hashes`' second hash of every name and address, worked out in C for whole columns."""
    texts = map("|".join, zip(names, line1s, line2s, postal_codes, countries, strict=True))  # as person_text joins them
    hashes = map(crc32, map(str.encode, map(str.lower, map(methodcaller("replace", " ", ""), texts))))
    return [found if name and line1 else None for found, name, line1 in zip(hashes, names, line1s, strict=True)]
