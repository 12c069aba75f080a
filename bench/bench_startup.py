"""Time from process start to the main window shown, on a 2,000-backer demo database.

Baseline: a bare PySide6 process that shows a QMainWindow with an empty QTableView. Both are
started as fresh processes the same way, several times; the medians are compared.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BACKERS = 2000
ROUNDS = 5

BASELINE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QTableView()); w.resize(1200, 760); w.show()
app.processEvents()
print("shown", flush=True)
"""

APP = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from fulfiller.ui.app import create_main_window
app = QApplication(sys.argv)
w = create_main_window(Path(sys.argv[1]), Path(sys.argv[2]))
while w.ops.reading:  # shown with its figures: the dashboard's and the backers' reads have come
    app.processEvents()
assert w.views["backers"].model.rowCount() == int(sys.argv[3])
app.processEvents()
print("shown", flush=True)
"""


def _time_to_shown(code: str, *args: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if line.strip() != "shown" or proc.returncode != 0:
        raise RuntimeError(f"the probe did not show a window (exit {proc.returncode})")
    return elapsed


def run() -> dict[str, object]:
    import os

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "demo.sqlite"
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "FULFILLER_DATA_DIR": str(folder),
        }
        subprocess.run(
            [sys.executable, "-m", "fulfiller", "demo", "--db", str(db), "--backers", str(BACKERS)],
            check=True,
            env=env,
            capture_output=True,
        )
        settings = folder / "settings.ini"
        settings.write_text("[station]\noperator=bench\n")
        baseline, app = [], []
        for _ in range(ROUNDS):  # interleaved so both see the same machine load
            baseline.append(_time_to_shown(BASELINE, env=env))
            app.append(_time_to_shown(APP, str(folder), str(db), str(BACKERS), env=env))
    base_median, app_median = statistics.median(baseline), statistics.median(app)
    return {
        "what": f"process start to main window shown, {BACKERS}-backer demo database",
        "rounds": ROUNDS,
        "baseline_bare_qt_window_s": round(base_median, 3),
        "fulfiller_s": round(app_median, 3),
        "ratio": round(app_median / base_median, 2),
        "all_baseline_s": [round(t, 3) for t in baseline],
        "all_fulfiller_s": [round(t, 3) for t in app],
    }
