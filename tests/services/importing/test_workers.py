"""Large files are checked in worker processes; the database must end up exactly as without them."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from fulfiller.domain.errors import Cancelled
from fulfiller.services.database import open_db
from fulfiller.services.importing import workers as import_workers
from fulfiller.services.importing.run import import_export
from fulfiller.services.importing.workers import ImportWorkerError
from tests.importers.make_fixtures import make_kickstarter_zip

HEADERS = [
    "Backer Number", "Backer UID", "Backer Name", "Email", "Shipping Country", "Shipping Amount", "Reward Title",
    "Reward Minimum", "Reward ID", "Pledge Amount", "Pledged At", "Rewards Sent?", "Pledged Status", "Notes",
    "[Addon: 111] Pendant", "[Addon: 222] Stand", "Shipping Name", "Shipping Address 1", "Shipping City",
    "Shipping State", "Shipping Postal Code", "Shipping Country Name", "Shipping Country Code",
    "Shipping Phone Number", "Colour",
]  # fmt: skip
PLACES = [
    ("US", "United States", "Boston", "MA", "02134", "+1 617 555 0{n:03d}"),
    ("DE", "Germany", "Berlin", "", "10115", "+49 30 1234{n:04d}"),
    ("CN", "China", "北京市", "北京市", "100022", "+86 138 0013 {n:04d}"),
    ("JP", "Japan", "千代田区", "東京都", "2134", ""),
    ("NA", "Namibia", "Windhoek", "", "", "n/a"),
]


def _row(n: int, change: bool) -> list[str]:
    code, country, city, state, postal, phone = PLACES[n % len(PLACES)]
    name = f"山田{n}" if code in ("CN", "JP") else f"Backer{n} Example"
    status = ("collected", "dropped", "weird", "canceled")[n % 4] if n % 3 else "collected"
    number = "" if n % 37 == 0 else str(n - 1 if n % 29 == 0 else n)  # rejected rows and repeated ids
    return [
        number, str(1000 + n), name, "same@example.com" if n % 50 == 0 else f"b{n}@example.com", code, "$10.00",
        ("Aurora", "Aurora Duo", "")[n % 3], "$59.00", str(8000 + n % 3), ("$59.00", "abc", "€12,50")[n % 3],
        ("2018/03/28, 10:27", "bogus", "")[n % 3], "" if n % 11 else "Sent", status, "" if n % 5 else "fragile",
        ("1", "", "x")[n % 3], ("", "2", "0")[n % 3], name,
        f"Changed {n}" if change and n % 7 == 0 else f"{n} Main Street", city, state, postal, country, code,
        phone.format(n=n % 1000), ("Blue", "Red", "")[n % 3],
    ]  # fmt: skip


def _write(path: Path, rows: int, change: bool = False) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for n in range(1, rows + 1):
            writer.writerow(_row(n, change))
            if n % 50 == 0:
                writer.writerow([""] * len(HEADERS))  # a blank line
            if n % 70 == 0:
                writer.writerow(["x", "y"])  # a row that cannot be read
    return path


def _contents(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, without the times (they differ between any two imports)."""
    conn = sqlite3.connect(path)
    tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    contents = {}
    for table in tables:
        columns = [c[1] for c in conn.execute(f"PRAGMA table_info({table})") if c[2].upper() != "DATETIME"]
        contents[table] = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid").fetchall()
    conn.close()
    return contents


@pytest.fixture
def small_spans(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_workers, "SPAN_ROWS", 40)


def _import_all(
    db_path: Path, files: list[Path], workers: int, monkeypatch: pytest.MonkeyPatch, *, early: bool = True
) -> list[dict]:
    """The summaries of importing `files` in turn, each with the (done, total) figures its progress showed.

    `early`: the workers start before the file is read, as for a large file; else once it is read."""
    monkeypatch.setattr(import_workers, "worker_count", lambda rows: workers)
    if not early:
        monkeypatch.setattr(import_workers, "likely_worker_count", lambda path: 0)
    db = open_db(db_path, create=True)
    summaries = []
    try:
        for path in files:
            seen: list[tuple[int, int]] = []
            summary = import_export(db, path, operator="Mei", progress=lambda *p, seen=seen: seen.append(p)).as_dict()
            del summary["backup"], summary["batch_id"]
            summaries.append({**summary, "progress": seen})
    finally:
        db.close()
    return summaries


def test_workers_store_exactly_what_one_process_stores(
    tmp_path: Path, small_spans: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, newer = _write(tmp_path / "export.csv", 400), _write(tmp_path / "newer.csv", 450, change=True)
    files = [first, newer]  # new orders, then changed and added ones
    serial = _import_all(tmp_path / "serial.sqlite", files, 0, monkeypatch)
    parallel = _import_all(tmp_path / "parallel.sqlite", files, 2, monkeypatch)
    started_late = _import_all(tmp_path / "late.sqlite", files, 1, monkeypatch, early=False)

    assert parallel == serial == started_late  # the summaries, and the progress shown span by span
    assert serial[0]["added"] > 300 and serial[0]["rejected"] > 5 and serial[1]["updated"] > 30
    assert serial[0]["shipped_outside"] > 20 and serial[1]["shipped_outside"] > 0  # sent rows, new ones in the newer
    assert len(serial[0]["progress"]) > 5 and serial[0]["progress"][-1] == (serial[0]["rows"], serial[0]["rows"])
    assert _contents(tmp_path / "parallel.sqlite") == _contents(tmp_path / "serial.sqlite")
    assert _contents(tmp_path / "late.sqlite") == _contents(tmp_path / "serial.sqlite")


def test_workers_read_every_table_of_a_zip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_workers, "SPAN_ROWS", 2)
    export = make_kickstarter_zip(tmp_path)
    _import_all(tmp_path / "serial.sqlite", [export], 0, monkeypatch)
    _import_all(tmp_path / "parallel.sqlite", [export], 1, monkeypatch)
    assert _contents(tmp_path / "parallel.sqlite") == _contents(tmp_path / "serial.sqlite")


def test_cancel_stops_the_workers_and_changes_nothing(
    db, db_path: Path, tmp_path: Path, small_spans: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_workers, "worker_count", lambda rows: 1)
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        import_export(
            db,
            _write(tmp_path / "export.csv", 400),
            operator="Mei",
            progress=lambda *p: seen.append(p),
            cancel=lambda: len(seen) >= 3,
        )
    assert len(seen) == 3 and seen[-1][0] < seen[-1][1]
    contents = _contents(db_path)
    assert contents["orders"] == [] and contents["import_batch"] == [] and contents["campaign"] == []


def test_a_worker_that_fails_stops_the_import_and_changes_nothing(
    db, db_path: Path, tmp_path: Path, small_spans: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_workers, "worker_count", lambda rows: 1)
    monkeypatch.setattr(import_workers, "_span_cells", lambda export, span: b"not what a worker can read")
    with pytest.raises(ImportWorkerError, match=r"export\.csv: the import stopped while checking rows \d+-\d+"):
        import_export(db, _write(tmp_path / "export.csv", 400), operator="Mei")
    contents = _contents(db_path)
    assert contents["orders"] == [] and contents["import_batch"] == [] and contents["campaign"] == []


def test_workers_start_before_reading_only_a_file_that_looks_large(tmp_path: Path) -> None:
    small, large = tmp_path / "small.csv", tmp_path / "large.csv"
    small.write_bytes(b"x" * 1000)
    large.write_bytes(b"x" * import_workers.BYTES_PER_ROW * import_workers.PARALLEL_MIN_ROWS)
    assert import_workers.likely_worker_count(small) == 0
    assert import_workers.likely_worker_count(tmp_path / "missing.csv") == 0
    assert import_workers.likely_worker_count(large) == import_workers.worker_count(import_workers.PARALLEL_MIN_ROWS)


def test_small_files_and_single_cpu_machines_use_no_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("os.cpu_count", lambda: 8)
    assert import_workers.worker_count(import_workers.PARALLEL_MIN_ROWS - 1) == 0
    assert import_workers.worker_count(250_000) == import_workers.MAX_WORKERS
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    assert import_workers.worker_count(250_000) == 1
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    assert import_workers.worker_count(250_000) == 0
