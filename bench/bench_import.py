"""Import of a 250,000-row Kickstarter report shaped like a real campaign's (backer_report.py: 47
countries, every script, add-ons, about 7 % of rows with problems, a few true duplicates), against
reading it with pandas plus a plain executemany insert of its rows into SQLite, measured side by side;
then re-import of the same file, and peak memory of each process.

The three are run in turn, ROUNDS times, and the fastest of each is compared: on a shared machine the
same work takes up to 40% longer from one minute to the next, and a baseline caught in a quiet moment
against an import caught in a busy one said more about the neighbours than about the import. Every
round's figures are recorded beside the best, and what the import found in the file (orders, problems,
duplicates) beside what the report planted in it."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from backer_report import HEADERS, write_report

ROWS = 250_000
ROUNDS = 5
SEED = 3


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
import json, sys, time, resource
from pathlib import Path
from fulfiller.services.database import open_db
from fulfiller.services.importing.run import import_export
start = time.perf_counter()
db = open_db(Path(sys.argv[2]), create=True)
summary = import_export(db, Path(sys.argv[1]), operator="bench")
db.close()
seconds = time.perf_counter() - start
kept = ("added", "unchanged", "updated", "rejected", "orders_with_errors", "orders_with_warnings",
        "merge_suggestions", "duplicate_groups", "orders_in_duplicate_groups")
found = {name: getattr(summary, name) for name in kept}
if summary.added:  # after the clock stopped: the problems the import recorded, by code
    import sqlite3
    with sqlite3.connect(sys.argv[2]) as conn:
        found["problems_by_code"] = dict(conn.execute(
            "SELECT code, count(*) FROM order_problem GROUP BY code ORDER BY count(*) DESC"))
print(json.dumps([seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, found]))
"""


def _measure(code: str, *args: str) -> list[float]:
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True).stdout
    return [float(v) for v in out.split()]


def _import(report: Path, database: Path) -> tuple[float, float, dict[str, object]]:
    out = subprocess.run(
        [sys.executable, "-c", FULFILLER, str(report), str(database)], check=True, capture_output=True, text=True
    ).stdout
    seconds, kb, found = json.loads(out)
    return seconds, kb, found


def _round(folder: Path, report: Path) -> dict[str, list[object]]:
    """One baseline, one import into a new database and one re-import of the same file into it."""
    for old in folder.glob("*.sqlite*"):
        old.unlink()
    baseline_s, baseline_kb = _measure(BASELINE, str(report), str(folder / "baseline.sqlite"))
    first_s, first_kb, found = _import(report, folder / "campaign.sqlite")
    again_s, again_kb, found_again = _import(report, folder / "campaign.sqlite")
    return {
        "baseline": [baseline_s, baseline_kb],
        "import": [first_s, first_kb, found],
        "reimport": [again_s, again_kb, found_again],
    }


def run(rounds: int = ROUNDS) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        report = folder / "report.csv"
        planted = write_report(report, ROWS, SEED)
        size_mb = report.stat().st_size / 1e6
        runs = [_round(folder, report) for _ in range(rounds)]
    kinds = ("baseline", "import", "reimport")
    best = {kind: min(r[kind][0] for r in runs) for kind in kinds}
    peak_kb = {kind: max(r[kind][1] for r in runs) for kind in kinds}
    found, found_again = runs[0]["import"][2], runs[0]["reimport"][2]
    return {
        "what": f"import of a {ROWS:,}-row, {len(HEADERS)}-column Kickstarter 2023 report ({size_mb:.0f} MB) "
        "shaped like a real campaign's, committed",
        "rounds": rounds,
        "baseline_pandas_read_csv_plus_executemany_s": round(best["baseline"], 2),
        "import_s": round(best["import"], 2),
        "import_ratio": round(best["import"] / best["baseline"], 2),
        "reimport_same_file_s": round(best["reimport"], 2),
        "reimport_ratio": round(best["reimport"] / best["baseline"], 2),
        "orders_added": found["added"],
        "orders_unchanged_on_reimport": found_again["unchanged"],
        "same_outcome_every_round": all(r["import"][2] == found and r["reimport"][2] == found_again for r in runs),
        "peak_memory_mb": {kind: round(kb / 1024) for kind, kb in peak_kb.items()},
        "every_round_s": [{kind: round(r[kind][0], 2) for kind in kinds} for r in runs],
        "report_planted": planted,
        "import_found": found,
        "targets": "import and re-import within 2x the baseline; peak memory under 1,500 MB",
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2, ensure_ascii=False))
