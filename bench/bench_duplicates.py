"""Import of a 50,000-row report full of look-alike backers, against a report of the same size and shape
without any, measured side by side: finding duplicates must cost about the same either way (linear).

Both reports are drawn from the demo's places (47 countries, Latin, Cyrillic, Greek, Hebrew, Arabic,
Thai, Chinese, Japanese and Korean scripts) with the demo's weights per country, in the 2018 layout.
In the duplicate-heavy one, most backers live in buildings where others of the same name live too, on
other floors (the same name and street, another Address 2: not the same person), and some are true
duplicates: the same e-mail, or the same name and full address, and one group of 1,000 identical rows.
The duplicate-free one has the same columns, countries and share of filled cells, and no two backers
alike. Each import runs in a new process into a new database, ROUNDS times in turn; the fastest counts.
"""

from __future__ import annotations

import csv
import json
import random
import subprocess
import sys
import tempfile
from itertools import accumulate
from pathlib import Path

from anyascii import anyascii

from fulfiller.demo.people import COUNTRY_WEIGHTS
from fulfiller.demo.places import City, CountrySample, countries

ROWS = 50_000
ROUNDS = 5
SEED = 11
SHARED_SHARE = 0.6  # of the heavy report's rows: in a building where another of the same name lives
SAME_EMAIL = 400  # true duplicates planted in the heavy report: the same e-mail, another backer number
SAME_ADDRESS = 400  # the same name and full address (Address 2 too), another e-mail
IDENTICAL = 1_000  # one group of identical rows (a test pledge repeated, a placeholder backer)
HEADERS = [
    "Backer Number", "Backer UID", "Backer Name", "Email", "Shipping Country", "Shipping Amount",
    "Reward Title", "Reward Minimum", "Reward ID", "Pledge Amount", "Pledged At", "Rewards Sent?",
    "Pledged Status", "Notes", "Billing State/Province", "Billing Country", "Survey Response",
    "Shipping Name", "Shipping Address 1", "Shipping Address 2", "Shipping City", "Shipping State",
    "Shipping Postal Code", "Shipping Country Name", "Shipping Country Code", "Shipping Phone Number",
    "Shipping Delivery Notes", "Colour choice", "T-shirt size",
]  # fmt: skip
TIERS = [("Early Bird Lamp", "59.00", "8123"), ("Aurora Lamp", "69.00", "8124"), ("Aurora Duo", "129.00", "8125")]
DOMAINS = ("example.com", "example.org", "example.net", "mail.example", "post.example")


class _Draw:
    """Backers of one report: a country by the demo's weights, a name in its script, a street in a city."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.countries = countries()
        self.weights = list(accumulate(COUNTRY_WEIGHTS.get(c.code, 0.3) for c in self.countries))
        self.taken: set[tuple[str, ...]] = set()  # name and full address of every backer drawn so far

    def country(self) -> CountrySample:
        return self.rng.choices(self.countries, cum_weights=self.weights)[0]

    def name(self, country: CountrySample) -> str:
        names = country.names
        given = self.rng.choice(names.female + names.male)
        family = self.rng.choice(names.family)
        parts = (family, given) if country.family_name_first else (given, family)
        return country.name_separator.join(parts)

    def street(self, country: CountrySample) -> tuple[City, str]:
        city = self.rng.choice(country.cities)
        pattern = self.rng.choice(city.streets or country.streets)
        rng = self.rng
        numbers = {"n": rng.randint(1, 9999), "a": rng.randint(1, 9), "b": rng.randint(1, 30), "c": rng.randint(1, 20)}
        return city, pattern.format(**numbers)

    def flat(self, country: CountrySample, k: int) -> str:
        pattern = self.rng.choice(country.units) if country.units else "{n}"
        text = pattern.format(n=k, a=1 + k % 9, b=k, c=k)
        return text if str(k) in text else f"{text} {k}"

    def unique(self, name: str, line1: str, line2: str, city: City, country: CountrySample) -> bool:
        key = (name.casefold(), line1.casefold(), line2.casefold(), city.postal_code, country.code)
        if key in self.taken:
            return False
        self.taken.add(key)
        return True


def _row(n: int, rng: random.Random, who: dict[str, str]) -> list[str]:
    title, minimum, reward_id = TIERS[n % len(TIERS)]
    code = who["code"]
    return [
        str(n), str(1_000_000 + n), who["name"], who["email"], code, "$10.00 USD", title, f"${minimum} USD",
        reward_id, f"${minimum} USD", "2018/03/28, 10:27", "Sent" if n % 97 == 0 else "",
        "collected" if n % 37 else "dropped", "", "", code, "2018/05/02, 18:03", who["name"], who["line1"],
        who["line2"], who["city"], who["state"], who["postal"], who["country"], code, who["phone"], "",
        rng.choice(["Blue", "Red", "Green"]), rng.choice(["S", "M", "L", "XL"]),
    ]  # fmt: skip


def _backer(draw: _Draw, n: int, country: CountrySample, name: str, city: City, line1: str, line2: str) -> dict:
    local = "".join(ch for ch in anyascii(name).lower() if ch.isalnum()) or "backer"
    digits = "".join(str(draw.rng.randrange(10)) for _ in range(7))
    return {
        "code": country.code, "name": name, "email": f"{local}.{n}@{draw.rng.choice(DOMAINS)}", "line1": line1,
        "line2": line2, "city": city.name, "state": city.state, "postal": city.postal_code,
        "country": country.country_names[0], "phone": f"{country.phone_prefix} {digits}",
    }  # fmt: skip


def _someone_new(draw: _Draw, n: int, flats: float = 0.3) -> dict:
    """A backer unlike any drawn before; `flats`: the share with an Address 2."""
    while True:
        country = draw.country()
        name = draw.name(country)
        city, line1 = draw.street(country)
        line2 = draw.flat(country, draw.rng.randint(1, 400)) if draw.rng.random() < flats else ""
        if draw.unique(name, line1, line2, city, country):
            return _backer(draw, n, country, name, city, line1, line2)


def free_backers(rows: int = ROWS, seed: int = SEED) -> list[dict]:
    """No two alike: every e-mail, and every name with its full address, is someone else's. As many have an
    Address 2 as in the heavy report (most of its namesakes live in flats)."""
    draw = _Draw(seed)
    flats = SHARED_SHARE + (1 - SHARED_SHARE) * 0.3
    return [_someone_new(draw, n, flats) for n in range(1, rows + 1)]


def heavy_backers(rows: int = ROWS, seed: int = SEED) -> list[dict]:
    """Buildings full of namesakes on other floors, and the true duplicates planted among them."""
    draw = _Draw(seed)
    backers: list[dict] = []
    shared = int(rows * SHARED_SHARE)
    while len(backers) < shared:
        size = min(shared - len(backers), draw.rng.choice((2, 2, 3, 4, 6, 10, 25, 60, 150, 400, 2_000)))
        first = _someone_new(draw, len(backers) + 1)
        country = next(c for c in draw.countries if c.code == first["code"])
        city = next(c for c in country.cities if c.name == first["city"])
        for k in range(1, size + 1):  # the same name and street, each on another floor
            flat = draw.flat(country, k)
            backers.append(_backer(draw, len(backers) + 1, country, first["name"], city, first["line1"], flat))
    planted = SAME_EMAIL + SAME_ADDRESS + IDENTICAL
    while len(backers) < rows - planted:
        backers.append(_someone_new(draw, len(backers) + 1))
    originals = draw.rng.sample(range(len(backers)), SAME_EMAIL + SAME_ADDRESS)
    for index in originals[:SAME_EMAIL]:  # the same e-mail, pledged again from another address
        backers.append({**_someone_new(draw, len(backers) + 1), "email": backers[index]["email"]})
    for index in originals[SAME_EMAIL:]:  # the same person at the same address, another e-mail
        backers.append({**backers[index], "email": f"again.{len(backers) + 1}@example.com"})
    identical = _someone_new(draw, len(backers) + 1)
    backers += [dict(identical) for _ in range(IDENTICAL)]
    draw.rng.shuffle(backers)
    return backers


def write_report(path: Path, backers: list[dict], seed: int = SEED) -> Path:
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(_row(n, rng, who) for n, who in enumerate(backers, start=1))
    return path


IMPORT = r"""
import json, sys, time
from pathlib import Path
from fulfiller.services.database import open_db
from fulfiller.services.importing.run import import_export
start = time.perf_counter()
db = open_db(Path(sys.argv[2]), create=True)
summary = import_export(db, Path(sys.argv[1]), operator="bench")
db.close()
print(json.dumps({"seconds": time.perf_counter() - start, **summary.as_dict()}))
"""


def _import(report: Path, database: Path) -> dict:
    for old in database.parent.glob(database.name + "*"):
        old.unlink()
    out = subprocess.run([sys.executable, "-c", IMPORT, str(report), str(database)], check=True, capture_output=True)
    return json.loads(out.stdout)


def _figures(summary: dict) -> dict:
    keys = ("added", "merge_suggestions", "duplicate_groups", "orders_in_duplicate_groups", "suggestions_left_out")
    return {key: summary[key] for key in keys if key in summary}


def run(rounds: int = ROUNDS) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        heavy = write_report(folder / "heavy.csv", heavy_backers())
        free = write_report(folder / "free.csv", free_backers())
        runs = [
            {"heavy": _import(heavy, folder / "heavy.sqlite"), "free": _import(free, folder / "free.sqlite")}
            for _ in range(rounds)
        ]
    best = {kind: min(r[kind]["seconds"] for r in runs) for kind in ("heavy", "free")}
    return {
        "what": f"first import of two {ROWS:,}-row, {len(HEADERS)}-column Kickstarter reports, committed: one full of "
        "namesakes at the same street on other floors plus true duplicates, one without any look-alikes",
        "rounds": rounds,
        "countries": len(countries()),
        "planted": {
            "rows_sharing_name_and_street": int(ROWS * SHARED_SHARE),
            "same_email": SAME_EMAIL,
            "same_name_and_full_address": SAME_ADDRESS,
            "identical_rows_in_one_group": IDENTICAL,
        },
        "duplicate_heavy_s": round(best["heavy"], 2),
        "duplicate_free_s": round(best["free"], 2),
        "ratio_heavy_to_free": round(best["heavy"] / best["free"], 2),
        "duplicate_heavy": _figures(runs[0]["heavy"]),
        "duplicate_free": _figures(runs[0]["free"]),
        "every_round_s": [{kind: round(r[kind]["seconds"], 2) for kind in ("heavy", "free")} for r in runs],
        "targets": "the duplicate-heavy import within 1.15x the duplicate-free one; suggestions about the true "
        "duplicates planted, none for namesakes on other floors",
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
