"""Reading a 250,000-row, 30-column Kickstarter 2018-style backer report.

Baseline (a): `pandas.read_csv(path, dtype=str, keep_default_na=False)`, the plain way to read the file
as text. Fulfiller (b): `open_export(path)` and iterating every RawOrder of `records()`: encoding and
delimiter detection, the file checked whole, every row turned into a RawOrder. Also timed: the two
ways of getting rows of text that text_files could use (the csv module, kept; pandas' C engine).
Everything runs alternately a few times and the fastest of each is kept; CPU time is reported too,
as it is less disturbed by other busy processes.
"""

from __future__ import annotations

import csv
import gc
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROWS = 250_000
ROUNDS = 4
HEADERS = [
    "Backer Number", "Backer UID", "Backer Name", "Email", "Shipping Country", "Shipping Amount",
    "Reward Title", "Reward Minimum", "Reward ID", "Pledge Amount", "Pledged At", "Rewards Sent?",
    "Pledged Status", "Notes", "Billing State/Province", "Billing Country", "Survey Response",
    "Shipping Name", "Shipping Address 1", "Shipping Address 2", "Shipping City", "Shipping State",
    "Shipping Postal Code", "Shipping Country Name", "Shipping Country Code", "Shipping Phone Number",
    "Shipping Delivery Notes", "What colour?", "T-shirt size?", "Anything else we should know?",
]  # fmt: skip
PLACES = [
    ("US", "United States", "Springfield", "MA", "02134", "+1 413 555 0142"),
    ("DE", "Germany", "Berlin", "", "10115", "+49 30 1234567"),
    ("SE", "Sweden", "Göteborg", "", "411 05", ""),
    ("CN", "China", "深圳市", "广东省", "518057", "+86 138 0013 8000"),
    ("JP", "Japan", "渋谷区", "東京都", "150-0002", "+81 3-1234-5678"),
    ("NA", "Namibia", "Windhoek", "Khomas", "", "+264 61 123 456"),
]
TIERS = [("Base Game", "SEK 590.00"), ("Deluxe, with stand", "SEK 1,000.00"), ("Early Bird", "SEK 450.00")]


def write_report(path: Path, rows: int = ROWS, seed: int = 7) -> None:
    """A Kickstarter 2018-2022 backer report with a BOM, quoted cells and survey answers."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for number in range(1, rows + 1):
            code, country, city, state, postal, phone = rng.choice(PLACES)
            tier, minimum = rng.choice(TIERS)
            name = f"Backer {number:06d}"
            writer.writerow([
                str(number), str(1_000_000_000 + number * 7), name, f"backer{number}@example.com", code,
                "SEK 120.00", tier, minimum, str(8_800 + TIERS.index((tier, minimum))), minimum,
                "2018/03/28, 10:27", "", rng.choice(["collected", "collected", "collected", "dropped"]),
                "", state, code, "2018/05/02, 18:03", name, f"{number} Long Street", "Apt. 4, floor 2",
                city, state, postal, country, code, phone,
                "Leave at the door, please" if number % 9 == 0 else "",
                rng.choice(["Red", "Blue"]), rng.choice(["S", "M", "L", "XL"]),
                'He said "thanks", twice' if number % 5 == 0 else "",
            ])  # fmt: skip


def _time(action: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one call (CPU time is less disturbed by other busy processes)."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def run() -> dict[str, object]:
    import pandas as pd

    from fulfiller.domain.records import RawOrder
    from fulfiller.importers.registry import open_export
    from fulfiller.importers.text_files import read_tables

    def pandas_read_csv() -> None:
        assert len(pd.read_csv(path, dtype=str, keep_default_na=False)) == ROWS

    def fulfiller_records() -> None:
        orders = sum(1 for record in open_export(path).records() if isinstance(record, RawOrder))
        assert orders == ROWS

    # The two ways of getting rows of text that were weighed for text_files: its csv-module reader as
    # shipped (decoding, checks and row tuples included), and pandas' C engine brought to the same rows.
    def rows_with_csv_module() -> None:
        (table,) = read_tables(path)
        assert table.row_count == ROWS

    def rows_with_pandas_c_engine() -> None:
        frame = pd.read_csv(path, header=None, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8-sig")
        rows = list(zip(*(frame[column].tolist() for column in frame.columns), strict=True))
        assert len(rows) == ROWS + 1

    actions = {
        "pandas_read_csv": pandas_read_csv,
        "open_export_records": fulfiller_records,
        "rows_csv_module": rows_with_csv_module,
        "rows_pandas_c_engine": rows_with_pandas_c_engine,
    }
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "backer_report.csv"
        write_report(path)
        size = path.stat().st_size
        timings: dict[str, list[tuple[float, float]]] = {name: [] for name in actions}
        for _ in range(ROUNDS):  # alternated, so a busy spell hits every action alike
            for name, action in actions.items():
                timings[name].append(_time(action))
    wall = {name: min(t[0] for t in runs) for name, runs in timings.items()}
    cpu = {name: min(t[1] for t in runs) for name, runs in timings.items()}
    return {
        "rows": ROWS,
        "columns": len(HEADERS),
        "file_mb": round(size / 1e6, 1),
        "pandas_read_csv_s": round(wall["pandas_read_csv"], 3),
        "open_export_records_s": round(wall["open_export_records"], 3),
        "ratio": round(wall["open_export_records"] / wall["pandas_read_csv"], 2),
        "cpu_pandas_read_csv_s": round(cpu["pandas_read_csv"], 3),
        "cpu_open_export_records_s": round(cpu["open_export_records"], 3),
        "cpu_ratio": round(cpu["open_export_records"] / cpu["pandas_read_csv"], 2),
        "rows_csv_module_s": round(wall["rows_csv_module"], 3),
        "rows_pandas_c_engine_s": round(wall["rows_pandas_c_engine"], 3),
        "target_ratio": 2.0,
    }


if __name__ == "__main__":
    print(run())
