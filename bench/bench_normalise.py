"""Time `normalise_order` on 50,000 varied Kickstarter-like rows, and `check_phone` on their numbers.

Rows mix countries and scripts (US, DE, JP in kanji, GB, FR, CA, AU, CN in hanzi, KR, RU, NA, HK),
amounts in several currencies, add-ons, survey answers and about one row in ten with a problem
(Excel-mangled values, lost leading zeros, fake phones, initials). Baseline: a function that only
copies every field of the same rows, to show what touching 30 columns costs on this machine.
Times are process CPU time, best of three rounds, so that other work on the machine counts less.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from fulfiller.domain import address_rules, countries, normalise, parsing, transliterate
from fulfiller.domain.countries import resolve_country
from fulfiller.domain.normalise import normalise_order
from fulfiller.domain.phones import check_phone
from fulfiller.domain.records import RawAddOn, RawAddress, RawOrder

ROWS = 50_000
SEED = 7
ROUNDS = 3


@dataclass(frozen=True)
class Place:
    country: str
    city: str
    state: str
    postal: str
    street: str
    phone: str
    names: tuple[str, ...]


PLACES = (
    Place("US", "Boston", "MA", "02134", "{n} Commonwealth Ave", "(617) 3{d}{d}-{d}{d}{d}{d}",
          ("Jane Doe", "Bob Li")),
    Place("United States", "Austin", "Texas", "78701", "{n} Congress Ave Apt {d}",
          "+1 512 4{d}{d} {d}{d}{d}{d}", ("Carlos Ruiz", "Amy Chen")),
    Place("DE", "Berlin", "", "10115", "Invalidenstraße {n}", "030 {d}{d}{d}{d}{d}{d}{d}",
          ("Jürgen Müller", "Anna Schmidt")),
    Place("Deutschland", "München", "Bayern", "80331", "Marienplatz {n}", "+49 89 {d}{d}{d}{d}{d}{d}",
          ("Lena Weber",)),
    Place("JP", "千代田区", "東京都", "100-0005", "丸の内{n}-{d}-{d}", "090-{d}{d}{d}{d}-{d}{d}{d}{d}",
          ("山田 太郎", "佐藤 花子")),
    Place("Japan", "Osaka", "Osaka", "530-0001", "{n}-{d} Umeda, Kita-ku", "06-{d}{d}{d}{d}-{d}{d}{d}{d}",
          ("Hiroshi Tanaka",)),
    Place("GB", "London", "", "SW1A 1AA", "{n} Downing Street", "07911 {d}{d}{d}{d}{d}{d}",
          ("Oliver Smith",)),
    Place("France", "Paris", "", "75001", "{n} rue de Rivoli", "06 {d}{d} {d}{d} {d}{d} {d}{d}",
          ("Élodie Martin",)),
    Place("CA", "Toronto", "ON", "M5V 3L9", "{n} King St W", "416-{d}{d}{d}-{d}{d}{d}{d}",
          ("Liam Tremblay",)),
    Place("Australia", "Sydney", "NSW", "2000", "{n} George St", "0412 {d}{d}{d} {d}{d}{d}", ("Mia Wilson",)),
    Place("中国", "深圳市", "广东省", "518000", "南山区科技园{n}号", "138 {d}{d}{d}{d} {d}{d}{d}{d}",
          ("张伟", "王小明")),
    Place("KR", "서울특별시", "서울특별시", "06236", "강남구 테헤란로 {n}", "010-{d}{d}{d}{d}-{d}{d}{d}{d}",
          ("김민준",)),
    Place("Russia", "Москва", "Москва", "125009", "ул. Тверская, д. {n}", "+7 912 {d}{d}{d}-{d}{d}-{d}{d}",
          ("Иван Петров",)),
    Place("NA", "Windhoek", "", "10001", "{n} Independence Ave", "081 {d}{d}{d} {d}{d}{d}{d}",
          ("Anna Shikongo",)),
    Place("Hong Kong", "Kowloon", "Kowloon", "", "{n} Nathan Road", "9{d}{d}{d} {d}{d}{d}{d}",
          ("Chan Tai Man",)),
)  # fmt: skip
# Most backers of a typical campaign live in a few countries.
WEIGHTS = (30, 10, 10, 4, 6, 2, 8, 5, 5, 4, 5, 3, 2, 1, 1)
# Pledge, shipping, bonus support and reward minimum of one pledge, in the currency the backer paid.
MONEY = (
    ("$59.00 USD", "$10.00 USD", "", "$59.00 USD"),
    ("$129.00 USD", "$15.00 USD", "$5.00 USD", "$129.00 USD"),
    ("€69,00", "€12", "", "€59"),
    ("SEK 1,000.00", "SEK 100.00", "", "SEK 600.00"),
    ("¥6,800", "¥1,200", "", "¥6,000"),
    ("CA$ 79.00", "CA$ 15.00", "", "CA$ 79.00"),
    ("59", "10", "", "59"),
)
MONEY_WEIGHTS = (40, 20, 15, 5, 8, 7, 5)
STATUSES = ("collected",) * 18 + ("dropped", "errored")


# Given-name characters, so that names in other scripts are not the same few strings (a cache would
# then hide what transliterating them costs).
HAN_GIVEN = "伟明静丽强磊洋艳勇军杰娟涛超秀英华慧建国"
HANGUL_GIVEN = "민준서연지우현도윤하은성"


def _fill(pattern: str, rng: random.Random) -> str:
    text = pattern.replace("{n}", str(rng.randint(1, 5000)))
    while "{d}" in text:
        text = text.replace("{d}", str(rng.randint(2, 9)), 1)
    return text


def _damage(address: RawAddress, rng: random.Random) -> None:
    """About one row in ten carries a problem backers' data really has."""
    roll = rng.random()
    if roll < 0.02:
        address.postal_code = address.postal_code.lstrip("0") or "9.25082E+11"
    elif roll < 0.04:
        address.phone = "555-555-1212"
    elif roll < 0.05:
        address.phone = "4.47911E+11"
    elif roll < 0.06:
        address.name = "J. S."
    elif roll < 0.08:
        address.phone = ""
    elif roll < 0.09:
        address.line1 = address.line1 + " and a very long building name, floor 3"


def make_rows(count: int = ROWS, seed: int = SEED) -> list[RawOrder]:
    rng = random.Random(seed)
    rows = []
    for index in range(count):
        place = rng.choices(PLACES, WEIGHTS)[0]
        name = rng.choice(place.names)
        if place.country in ("中国", "KR"):
            given = HAN_GIVEN if place.country == "中国" else HANGUL_GIVEN
            name = name[0] + "".join(rng.choices(given, k=2))
        address = RawAddress(
            name=f"  {name} ",
            line1=_fill(place.street, rng),
            line2=rng.choice(("", "", "", "Unit 4")),
            city=place.city,
            state=place.state,
            postal_code=place.postal,
            country=place.country,
            phone=_fill(place.phone, rng),
            delivery_notes=rng.choice(("", "", "Leave at the door")),
        )
        _damage(address, rng)
        minute = rng.randint(0, 59)
        money = rng.choices(MONEY, MONEY_WEIGHTS)[0]
        rows.append(
            RawOrder(
                source="59.00 USD Base Game - Oct 25 10pm.csv",
                row=index + 2,
                backer_number=str(index + 1),
                backer_uid=str(rng.randint(10**8, 10**9)),
                backer_name=name,
                email=f"backer{index}@example.com" if rng.random() > 0.01 else "",
                reward_title="Base Game",
                reward_id="9012345",
                reward_minimum=money[3],
                pledge_amount=money[0],
                shipping_amount=money[1],
                bonus_support=money[2],
                pledged_at=f"2023/10/{rng.randint(10, 28)}, {rng.randint(10, 23)}:{minute:02d}",
                status=rng.choice(STATUSES),
                notes=rng.choice(("", "", "Please ship before Christmas")),
                address=address,
                add_ons=[
                    RawAddOn("[Addon: 10750435] Flitt Locust Pendant", "10750435", rng.choice("0122")),
                    RawAddOn("[Addon: 10750436] Sleeves", "10750436", rng.choice(("", "1"))),
                ],
                extra={"Survey Response": rng.choice(("", "2023/11/01, 09:00")), "T-shirt size": "M"},
            )
        )
    return rows


def _copy_fields(raw: RawOrder) -> dict[str, object]:
    """The baseline: read every field once, nothing else."""
    a = raw.address
    return {
        "id": raw.backer_number, "uid": raw.backer_uid, "name": raw.backer_name, "email": raw.email,
        "title": raw.reward_title, "pledge": raw.pledge_amount, "shipping": raw.shipping_amount,
        "at": raw.pledged_at, "status": raw.status, "notes": raw.notes,
        "address": (a.name, a.line1, a.line2, a.city, a.state, a.postal_code, a.country, a.phone),
        "add_ons": [(x.title, x.quantity) for x in raw.add_ons], "extra": dict(raw.extra),
    }  # fmt: skip


def _time(function: Callable[[Any], object], rows: Sequence[Any], rounds: int = ROUNDS) -> float:
    """The best of a few rounds of CPU time: other work on a shared machine inflates wall time."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for row in rows:
            function(row)
        best = min(best, time.process_time() - start)
    return best


def _forget_values() -> None:
    """Empty the caches of values (amounts, dates, states, transliterations), not of countries' rules.

    Each round then sees the rows as a fresh import of a new file does.
    """
    caches = (
        parsing.read_money,
        parsing.parse_datetime,
        normalise._money,
        normalise._add_on,
        transliterate.romanise,
        address_rules.state_key,
        countries.resolve_country,
    )
    for cached in caches:
        cached.cache_clear()


def _time_normalise(rows: Sequence[RawOrder]) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        _forget_values()
        best = min(best, _time(lambda row: normalise_order(row, default_currency="USD"), rows, rounds=1))
    return best


def run() -> dict[str, object]:
    rows = make_rows()
    for row in rows[:200]:  # one-off loading (country rules, phone metadata) is not per-row cost
        normalise_order(row, default_currency="USD")
    seconds = _time_normalise(rows)
    typical = [row for row in rows if resolve_country(row.address.country) in ("US", "DE", "JP")]
    typical_seconds = _time_normalise(typical)
    baseline = _time(_copy_fields, rows)
    phones = [(row.address.phone, resolve_country(row.address.country) or "") for row in rows]
    phone_seconds = _time(lambda pair: check_phone(*pair), phones)
    orders = [normalise_order(row, default_currency="USD") for row in rows[:5000]]
    return {
        "what": "normalise_order on varied Kickstarter-like rows (15 countries, ~10% with problems)",
        "rows": len(rows),
        "seconds": round(seconds, 3),
        "us_per_row": round(seconds / len(rows) * 1e6, 2),
        "us_per_row_us_de_jp_only": round(typical_seconds / len(typical) * 1e6, 2),
        "baseline_copy_us_per_row": round(baseline / len(rows) * 1e6, 2),
        "ratio": round(seconds / baseline, 1),
        "check_phone_us_per_call": round(phone_seconds / len(phones) * 1e6, 2),
        "orders_with_errors_of_5000": sum(order.blocked for order in orders),
    }


if __name__ == "__main__":
    print(run())
