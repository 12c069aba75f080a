"""The demo's backers: how many, where they live, their names, numbers and addresses in native and Latin script."""

from __future__ import annotations

import re
from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from fulfiller.db.models import Address, Backer, Base, Order
from fulfiller.demo.people import EMAIL_DOMAINS
from fulfiller.demo.places import countries

BY_CODE = {country.code: country for country in countries()}

# Characters that only the named script uses.
SCRIPT_PATTERNS = {
    "Han": re.compile(r"[\u4e00-\u9fff]"),
    "Kana": re.compile(r"[\u3040-\u30ff]"),
    "Hangul": re.compile(r"[\uac00-\ud7af]"),
    "Cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "Greek": re.compile(r"[\u0370-\u03ff]"),
    "Hebrew": re.compile(r"[\u0590-\u05ff]"),
    "Arabic": re.compile(r"[\u0600-\u06ff]"),
    "Thai": re.compile(r"[\u0e00-\u0e7f]"),
}
NATIVE_AND_LATIN = (
    ("name", "latin_name"),
    ("line1", "latin_line1"),
    ("line2", "latin_line2"),
    ("city", "latin_city"),
    ("state", "latin_state"),
)


def _count(session: Session, model: type[Base]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_sixty_backers_one_order_and_address_each_in_forty_countries(
    demo60: tuple[sessionmaker[Session], int],
) -> None:
    sessions, _ = demo60
    with sessions() as session:
        assert _count(session, Backer) == _count(session, Order) == _count(session, Address) == 60
        countries = set(session.scalars(select(Address.country_code)))
        assert len(countries) >= 40


def test_backers_skew_towards_the_united_states(demo500: tuple[sessionmaker[Session], int]) -> None:
    sessions, _ = demo500
    with sessions() as session:
        by_country = Counter(session.scalars(select(Address.country_code)))
    assert by_country.most_common(1)[0][0] == "US"
    assert 0.25 < by_country["US"] / 500 < 0.45
    assert len(by_country) >= 45


def test_non_latin_addresses_are_native_with_an_ascii_latin_twin(
    demo500: tuple[sessionmaker[Session], int],
) -> None:
    sessions, _ = demo500
    with sessions() as session:
        addresses = session.scalars(select(Address)).all()
    seen = set()
    for address in addresses:
        native_text = " ".join(getattr(address, native) for native, _ in NATIVE_AND_LATIN)
        seen |= {script for script, pattern in SCRIPT_PATTERNS.items() if pattern.search(native_text)}
        if BY_CODE[address.country_code].is_latin:
            assert all(getattr(address, latin) == "" for _, latin in NATIVE_AND_LATIN), address.country_code
            continue
        for native, latin in NATIVE_AND_LATIN:
            native_value, latin_value = getattr(address, native), getattr(address, latin)
            assert latin_value.isascii(), (address.country_code, latin, latin_value)
            assert bool(native_value) == bool(latin_value), (address.country_code, native, native_value)
    assert seen == set(SCRIPT_PATTERNS)


def test_native_examples_look_as_locals_write_them(demo500: tuple[sessionmaker[Session], int]) -> None:
    sessions, _ = demo500
    with sessions() as session:
        by_country: dict[str, list[Address]] = {}
        for address in session.scalars(select(Address)):
            by_country.setdefault(address.country_code, []).append(address)
    assert any(a.state == "北京市" and re.fullmatch(r"朝阳区.+号.*", a.line1) for a in by_country["CN"])
    assert any(re.fullmatch(r"丸の内\d-\d+-\d+", a.line1) and a.state == "東京都" for a in by_country["JP"])
    assert any(a.latin_state == "Tokyo" for a in by_country["JP"])
    assert all(a.postal_code == "" for a in by_country["HK"])
    latin_text = " ".join(a.name + a.line1 + a.city for a in _addresses_of(by_country, "DE", "PL", "SE", "BR", "CH"))
    assert re.search(r"[äöüßłóąęśćńźżåéãçú]", latin_text)
    assert {a.country_as_given for a in by_country["US"]} >= {"United States", "USA"}


def _addresses_of(by_country: dict[str, list[Address]], *codes: str) -> list[Address]:
    return [address for code in codes for address in by_country.get(code, [])]


def test_backer_numbers_increase_with_gaps(demo500: tuple[sessionmaker[Session], int]) -> None:
    sessions, _ = demo500
    with sessions() as session:
        rows = session.execute(select(Order.platform_order_id, Order.backer_number).order_by(Order.id)).all()
        uids = session.scalars(select(Backer.platform_backer_id)).all()
    numbers = [int(number) for _, number in rows]
    assert all(platform == number for platform, number in rows)
    steps = [b - a for a, b in zip(numbers, numbers[1:], strict=False)]
    assert min(steps) >= 1 and max(steps) > 1
    assert len(set(uids)) == len(uids) and all(re.fullmatch(r"\d{10}", uid) for uid in uids)


def test_emails_are_made_of_the_backers_names_and_numbers(demo500: tuple[sessionmaker[Session], int]) -> None:
    sessions, _ = demo500
    with sessions() as session:
        rows = session.execute(select(Backer.email, Order.backer_number).join(Order)).all()
    for email, _ in rows:
        local, domain = email.split("@")
        assert re.fullmatch(r"[a-z0-9.]+", local) and domain in EMAIL_DOMAINS, email
    own_number = sum(1 for email, number in rows if email.split("@")[0].endswith(number))
    assert own_number / len(rows) > 0.9  # the rest are duplicates, who reuse an earlier backer's address
