"""The window on a 250,000-backer demo campaign, as a person clicks through it: opened, every view's
first rows, searches, filters, sorts, every view's refresh, scrolling each list to its end, and the
peak memory, with the longest stall of the GUI thread during each step.

Baselines in the same run: a bare PySide6 window that opens the same file with sqlite3 and shows its
order count (the floor of "window shown with data"), and each search run in raw SQLite, both on the
index the app keeps and as the LIKE over the tables' own columns. Each step is the fastest of ROUNDS
fresh windows; `targets` says for each target the slowest figure and whether it holds.

Set FULFILLER_BENCH_DB to a demo database of that size to skip building one (~2 minutes); it is
copied, never changed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BACKERS = 250_000
ROUNDS = 3

BASELINE = """
import sqlite3, sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
conn = sqlite3.connect(sys.argv[1])
n = conn.execute('SELECT count(*) FROM orders').fetchone()[0]
w = QMainWindow(); w.setCentralWidget(QLabel(f"{n:,} orders")); w.resize(1200, 760); w.show()
app.processEvents()
print("shown", flush=True)
"""

SEARCHES = ["müller", "maria", "王", "gmail.com", "1234", "berlin", "10115", "zz"]
# The same search in raw SQLite, on the index the app keeps (one case-folded text per order), and as
# the LIKE over the tables' own columns that the index replaced.
RAW_INDEXED_SEARCH = """
SELECT o.id FROM orders o WHERE o.id IN (
  SELECT order_id FROM order_search WHERE text LIKE :p ESCAPE '\\'
  UNION SELECT id FROM orders WHERE campaign_id = 1 AND backer_number = :t
  UNION SELECT id FROM orders WHERE campaign_id = 1 AND platform_order_id = :t)
AND +o.campaign_id = 1 ORDER BY CAST(o.backer_number AS INTEGER), o.id
"""
RAW_TABLE_SEARCH = """
SELECT o.id FROM orders o JOIN backer b ON b.id = o.backer_id LEFT JOIN address a ON a.order_id = o.id
WHERE o.campaign_id = 1 AND (b.name LIKE :p OR b.email LIKE :p OR a.city LIKE :p OR a.name LIKE :p
  OR a.latin_name LIKE :p OR o.backer_number = :t OR a.postal_code = :t)
ORDER BY CAST(o.backer_number AS INTEGER), o.id
"""

# The probe: one fresh process that opens the window and clicks through it, printing one JSON line.
PROBE = r"""
import json, resource, sys, time
from pathlib import Path
from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
from PySide6.QtWidgets import QApplication

START = time.perf_counter()
app = QApplication(sys.argv)
from fulfiller.ui.app import create_main_window

class Stalls:
    # A 5 ms tick: the longest gap between two ticks is the longest the window could not answer.
    def __init__(self):
        self.clock, self.worst = QElapsedTimer(), 0
        self.timer = QTimer(interval=5, timeout=self.tick)
        self.clock.start(); self.timer.start()
    def tick(self):
        self.worst = max(self.worst, self.clock.restart())
    def take(self):
        self.tick()
        worst, self.worst = self.worst, 0
        return worst / 1000

WAIT = QEventLoop.ProcessEventsFlag.WaitForMoreEvents

def settle(window):
    # until no view waits for a query, and the events that answered it are handled; asleep between
    # events, as the window's own loop is: a busy loop here would take the reading threads' time
    while window.ops.reading:
        app.processEvents(WAIT)
    app.processEvents()

def step(window, stalls, action):
    stalls.take()
    began = time.perf_counter()
    action()
    settle(window)
    return round(time.perf_counter() - began, 3), round(stalls.take(), 3)

data, db = Path(sys.argv[1]), Path(sys.argv[2])
window = create_main_window(data, db)
stalls = Stalls()
settle(window)
figures = {"window_shown_with_data_s": round(time.perf_counter() - START, 3)}
figures["open_longest_stall_s"] = round(stalls.take(), 3)
first, refresh, scroll = {}, {}, {}
for key in window.views:
    first[key] = step(window, stalls, lambda: window.show_view(key))
backers, shipments = window.views["backers"], window.views["shipments"]
window.show_view("backers"); settle(window)
search = {}
for text in json.loads(sys.argv[3]):
    def find(text=text):
        backers.search.setText(text)
        backers.apply_filter()  # as when the typing settles
    search[text] = step(window, stalls, find) + (backers.model.rowCount(),)
backers.search.clear(); backers.apply_filter(); settle(window)
filters = {}
for name, combo in (("tier", backers.tier), ("country", backers.country), ("pledge", backers.status),
                    ("problems", backers.problems)):
    filters[f"backers {name}"] = step(window, stalls, lambda combo=combo: combo.setCurrentIndex(1))
    combo.setCurrentIndex(0); settle(window)
sorts = {}
for column in range(backers.model.columnCount()):
    for order, word in ((DESC, "desc"), (ASC, "asc")):
        sorts[f"backers {column} {word}"] = step(
            window, stalls, lambda c=column, o=order: backers.table.sortByColumn(c, o))
backers.table.sortByColumn(0, ASC); settle(window)
window.show_view("shipments"); settle(window)
for name, combo in (("status", shipments.status), ("carrier", shipments.carrier),
                    ("warehouse", shipments.warehouse), ("wave", shipments.wave)):
    filters[f"shipments {name}"] = step(window, stalls, lambda combo=combo: combo.setCurrentIndex(1))
    combo.setCurrentIndex(0); settle(window)
for column in range(shipments.model.columnCount()):
    for order, word in ((DESC, "desc"), (ASC, "asc")):
        sorts[f"shipments {column} {word}"] = step(
            window, stalls, lambda c=column, o=order: shipments.table.sortByColumn(c, o))
shipments.table.sortByColumn(0, ASC); settle(window)
for key, view in window.views.items():
    window.show_view(key); settle(window)
    if hasattr(view, "refresh"):
        refresh[key] = step(window, stalls, view.refresh)
    elif hasattr(view, "reload"):
        refresh[key] = step(window, stalls, view.reload)
for key in ("backers", "shipments"):
    view = window.show_view(key); settle(window)
    def to_end(table=view.table):
        bar = table.verticalScrollBar()
        for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 40)):  # dragged down in 40 steps
            bar.setValue(value); app.processEvents()
        table.scrollToBottom(); app.processEvents()
    scroll[key] = step(window, stalls, to_end)
figures.update(first_rows=first, search=search, filters=filters, sorts=sorts, refresh=refresh, scroll_to_end=scroll)
figures["peak_memory_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(json.dumps(figures), flush=True)
window.close()
"""


def _demo(folder: Path, env: dict[str, str]) -> Path:
    db = folder / "demo.sqlite"
    given = os.environ.get("FULFILLER_BENCH_DB")
    if given:
        shutil.copyfile(given, db)
        for suffix in ("-wal", "-shm"):
            if Path(given + suffix).exists():
                shutil.copyfile(given + suffix, str(db) + suffix)
        return db
    cmd = [sys.executable, "-m", "fulfiller", "demo", "--db", str(db), "--backers", str(BACKERS)]
    subprocess.run(cmd, check=True, env=env, capture_output=True)
    return db


def _baseline_window(db: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", BASELINE, str(db)], capture_output=True, text=True, env=env, check=True
    )
    if proc.stdout.strip() != "shown":
        raise RuntimeError("the bare window did not show")
    return time.perf_counter() - start


def _raw_searches(db: Path, query: str, folded: bool) -> dict[str, float]:
    import sqlite3

    conn = sqlite3.connect(db)
    found = {}
    for text in SEARCHES:
        typed = text.casefold() if folded else text
        params = {"p": f"%{typed}%", "t": text}
        found[text] = round(min(_timed(lambda p=params: conn.execute(query, p).fetchall()) for _ in range(3)), 3)
    conn.close()
    return found


def _timed(action) -> float:  # noqa: ANN001
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def _probe(folder: Path, db: Path, env: dict[str, str]) -> dict[str, object]:
    args = [sys.executable, "-c", PROBE, str(folder), str(db), json.dumps(SEARCHES)]
    proc = subprocess.run(args, capture_output=True, text=True, env=env, timeout=1800)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _worst(figures: dict[str, object]) -> dict[str, float]:
    """The slowest step and the longest stall of each kind, the figures the targets speak of."""
    summary: dict[str, float] = {}
    for kind in ("first_rows", "search", "filters", "sorts", "refresh", "scroll_to_end"):
        steps = figures[kind].values()  # type: ignore[attr-defined]
        summary[f"{kind}_slowest_s"] = max(s[0] for s in steps)
        summary[f"{kind}_longest_stall_s"] = max(s[1] for s in steps)
    return summary


def _best_of(rounds: list[dict[str, object]]) -> dict[str, object]:
    """Each step's fastest round (its time and its stall together): on a shared machine a step caught
    in a busy moment says more about the neighbours than about the window. Memory: the highest peak."""
    quickest = min(rounds, key=lambda r: r["window_shown_with_data_s"])  # type: ignore[arg-type, return-value]
    best: dict[str, object] = dict(quickest)
    for kind in ("first_rows", "search", "filters", "sorts", "refresh", "scroll_to_end"):
        steps = quickest[kind]  # type: ignore[index]
        best[kind] = {step: min((r[kind][step] for r in rounds), key=lambda s: s[0]) for step in steps}  # type: ignore[index]
    best["peak_memory_mb"] = max(r["peak_memory_mb"] for r in rounds)  # type: ignore[type-var]
    return best


def _against_targets(best: dict[str, object], raw: dict[str, float]) -> dict[str, dict[str, object]]:
    """Each target of a 250,000-order campaign with the slowest figure it speaks of and whether it holds."""
    worst = _worst(best)
    stalls = max(best["open_longest_stall_s"], *(v for k, v in worst.items() if k.endswith("_longest_stall_s")))  # type: ignore[type-var]
    search = {t: s[0] for t, s in best["search"].items()}  # type: ignore[attr-defined]
    over = max(search[t] - max(0.1, 2 * raw[t]) for t in search)
    figures = {
        "window shown with data <= 2 s": (best["window_shown_with_data_s"], best["window_shown_with_data_s"] <= 2),  # type: ignore[operator]
        "every view's first rows <= 0.3 s": (worst["first_rows_slowest_s"], worst["first_rows_slowest_s"] <= 0.3),
        "no stall of the window over 0.1 s": (stalls, stalls <= 0.1),  # type: ignore[operator]
        "search <= 0.1 s or 2x the raw indexed query": (max(search.values()), over <= 0),
        "every filter <= 0.1 s": (worst["filters_slowest_s"], worst["filters_slowest_s"] <= 0.1),
        "sort by any column <= 0.3 s": (worst["sorts_slowest_s"], worst["sorts_slowest_s"] <= 0.3),
        "every refresh <= 0.5 s": (worst["refresh_slowest_s"], worst["refresh_slowest_s"] <= 0.5),
        "peak memory <= 400 MB": (best["peak_memory_mb"], best["peak_memory_mb"] <= 400),  # type: ignore[operator]
    }
    return {name: {"slowest": value, "met": met} for name, (value, met) in figures.items()}


def run() -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "FULFILLER_DATA_DIR": str(folder)}  # fmt: skip
        db = _demo(folder, env)
        (folder / "settings.ini").write_text("[station]\noperator=bench\n")
        _probe(folder, db, env)  # once to bring the file up to date and warm the disk cache
        rounds = []
        baselines = []
        for _ in range(ROUNDS):
            baselines.append(_baseline_window(db, env))
            rounds.append(_probe(folder, db, env))
        raw = _raw_searches(db, RAW_INDEXED_SEARCH, folded=True)
        raw_tables = _raw_searches(db, RAW_TABLE_SEARCH, folded=False)
    best = _best_of(rounds)
    return {
        "what": f"the window on a {BACKERS:,}-backer demo campaign: open, first rows, search, filter, sort, "
        "refresh, scroll to the end; each step as (seconds, longest GUI stall in seconds[, rows])",
        "rounds": ROUNDS,
        "baseline_bare_window_same_file_s": round(min(baselines), 3),
        "baseline_raw_sqlite_indexed_search_s": raw,
        "baseline_raw_sqlite_like_over_tables_s": raw_tables,
        "targets": _against_targets(best, raw),
        "search_over_raw_indexed": {t: round(best["search"][t][0] / max(raw[t], 0.001), 2) for t in SEARCHES},
        **_worst(best),
        **best,
        "window_shown_every_round_s": [r["window_shown_with_data_s"] for r in rounds],
    }
