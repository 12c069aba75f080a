"""Import of a 250,000-row Kickstarter report (30 columns), against reading it with pandas plus a
plain executemany insert of its rows into SQLite, measured side by side; then re-import of the same
file, and peak memory of each process.

The three are run in turn, ROUNDS times, and the fastest of each is compared: on a shared machine the
same work takes up to 40% longer from one minute to the next, and a baseline caught in a quiet moment
against an import caught in a busy one said more about the neighbours than about the import. Every
round's figures are recorded beside the best."""

from __future__ import annotations

import csv
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROWS = 250_000
ROUNDS = 5
SURVEY = ["Colour choice", "T-shirt size", "How did you hear about us?"]
HEADERS = [
    "Backer Number", "Backer UID", "Backer Name", "Email", "Shipping Country", "Shipping Amount",
    "Reward Title", "Reward Minimum", "Reward ID", "Pledge Amount", "Pledged At", "Rewards Sent?",
    "Pledged Status", "Notes", "Billing State/Province", "Billing Country", "Survey Response",
    "Shipping Name", "Shipping Address 1", "Shipping Address 2", "Shipping City", "Shipping State",
    "Shipping Postal Code", "Shipping Country Name", "Shipping Country Code", "Shipping Phone Number",
    "Shipping Delivery Notes", *SURVEY,
]  # fmt: skip
PLACES = [
    ("US", "United States", "Boston", "MA", "02134", "+1 617 555 {n:04d}", "USD", "$"),
    ("US", "United States", "Austin", "TX", "78701", "+1 512 867 {n:04d}", "USD", "$"),
    ("DE", "Germany", "Berlin", "", "10115", "+49 30 1234{n:04d}", "EUR", "€"),
    ("GB", "United Kingdom", "London", "", "SW1A 1AA", "+44 20 7946 {n:04d}", "GBP", "£"),
    ("FR", "France", "Paris", "", "75002", "+33 1 42 68 {n:04d}", "EUR", "€"),
    ("JP", "Japan", "千代田区", "東京都", "100-0005", "+81 3 1234 {n:04d}", "JPY", "¥"),
    ("CN", "China", "北京市", "北京市", "100022", "+86 138 0013 {n:04d}", "CNY", "CN¥"),
    ("AU", "Australia", "Sydney", "NSW", "2000", "+61 2 9876 {n:04d}", "AUD", "AU$"),
    ("CA", "Canada", "Toronto", "ON", "M5V 2T6", "+1 416 555 {n:04d}", "CAD", "CA$"),
    ("SE", "Sweden", "Malmö", "", "211 22", "+46 40 123 {n:04d}", "SEK", "SEK "),
]
TIERS = [("Early Bird Lamp", "59.00", "8123"), ("Aurora Lamp", "69.00", "8124"), ("Aurora Duo", "129.00", "8125")]


def write_report(path: Path, rows: int = ROWS, seed: int = 3) -> None:
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for n in range(1, rows + 1):
            code, country, city, state, postal, phone, _, sign = PLACES[n % len(PLACES)]
            title, minimum, reward_id = TIERS[n % len(TIERS)]
            name = f"Backer{n} Example" if code not in ("JP", "CN") else f"山田{n}"
            writer.writerow([
                n, 1_000_000 + n, name, f"backer{n}@example.com", code, f"{sign}10.00", title, f"{sign}{minimum}",
                reward_id, f"{sign}{minimum}", "2018/03/28, 10:27", "", "collected" if n % 37 else "dropped", "",
                "", code, "", name, f"{n} Example Street" if code not in ("JP", "CN") else f"建国路{n}号",
                "", city, state, postal, country, code, phone.format(n=n % 10000), "",
                rng.choice(["Blue", "Red", "Green"]), rng.choice(["S", "M", "L"]), "a friend",
            ])  # fmt: skip


BASELINE = r"""
import sqlite3, sys, time, resource
import pandas as pd
start = time.perf_counter()
frame = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
conn = sqlite3.connect(sys.argv[2])
cols = ", ".join(f"c{i} TEXT" for i in range(len(frame.columns)))
conn.execute(f"CREATE TABLE export ({cols})")
marks = ", ".join("?" * len(frame.columns))
with conn:
    conn.executemany(f"INSERT INTO export VALUES ({marks})", frame.itertuples(index=False, name=None))
conn.close()
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

FULFILLER = r"""
import sys, time, resource
from pathlib import Path
from fulfiller.services.database import open_db
from fulfiller.services.importing.run import import_export
start = time.perf_counter()
db = open_db(Path(sys.argv[2]), create=True)
summary = import_export(db, Path(sys.argv[1]), operator="bench")
db.close()
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, summary.added, summary.unchanged)
"""


def _measure(code: str, *args: str) -> list[float]:
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True).stdout
    return [float(v) for v in out.split()]


def _round(folder: Path, report: Path) -> dict[str, list[float]]:
    """One baseline, one import into a new database and one re-import of the same file into it."""
    for old in folder.glob("*.sqlite*"):
        old.unlink()
    baseline_s, baseline_kb = _measure(BASELINE, str(report), str(folder / "baseline.sqlite"))
    first_s, first_kb, added, _ = _measure(FULFILLER, str(report), str(folder / "campaign.sqlite"))
    again_s, again_kb, _, unchanged = _measure(FULFILLER, str(report), str(folder / "campaign.sqlite"))
    return {
        "baseline": [baseline_s, baseline_kb],
        "import": [first_s, first_kb, added],
        "reimport": [again_s, again_kb, unchanged],
    }


def run(rounds: int = ROUNDS) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        report = folder / "report.csv"
        write_report(report)
        runs = [_round(folder, report) for _ in range(rounds)]
    best = {kind: min(r[kind][0] for r in runs) for kind in ("baseline", "import", "reimport")}
    peak_kb = {kind: max(r[kind][1] for r in runs) for kind in ("baseline", "import", "reimport")}
    return {
        "what": f"import of a {ROWS:,}-row, {len(HEADERS)}-column Kickstarter report, committed",
        "rounds": rounds,
        "baseline_pandas_read_csv_plus_executemany_s": round(best["baseline"], 2),
        "import_s": round(best["import"], 2),
        "import_ratio": round(best["import"] / best["baseline"], 2),
        "reimport_same_file_s": round(best["reimport"], 2),
        "reimport_ratio": round(best["reimport"] / best["baseline"], 2),
        "orders_added": int(min(r["import"][2] for r in runs)),
        "orders_unchanged_on_reimport": int(min(r["reimport"][2] for r in runs)),
        "peak_memory_mb": {kind: round(kb / 1024) for kind, kb in peak_kb.items()},
        "every_round_s": [{kind: round(r[kind][0], 2) for kind in ("baseline", "import", "reimport")} for r in runs],
        "targets": "import and re-import within 3x the baseline; peak memory under 1,500 MB",
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
