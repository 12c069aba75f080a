"""The README's launch command, the second time, with the network cut off: seconds from typing
`bash scripts/demo.sh` to the window showing the 2,000-backer demo (the first run installs and
makes the demo; the second must neither install nor reach a package index).

Baseline: a bare PySide6 window started the same way (`unshare -n`), in the same run. Needs root
for `unshare -n`; without it the figures are taken with the network on and say so.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_startup import BASELINE

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 5


def _offline(command: list[str]) -> list[str]:
    if os.geteuid() == 0 and shutil.which("unshare"):
        return ["unshare", "-n", *command]
    return command


def _seconds_to(line: str, command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    for text in proc.stdout:
        if line in text:
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command} never printed {line!r}: {proc.stderr.read() if proc.stderr else ''}")
    proc.wait(timeout=60)
    return elapsed


def run() -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "FULFILLER_DATA_DIR": tmp, "FULFILLER_OPERATOR": "bench"}  # fmt: skip
        launch = ["bash", "scripts/demo.sh", "--check"]
        first = _seconds_to("Window shown", launch, env)  # makes the demo (and installs if need be)
        baseline, again = [], []
        for _ in range(ROUNDS):
            baseline.append(_seconds_to("shown", _offline([sys.executable, "-c", BASELINE]), env))
            again.append(_seconds_to("Window shown", _offline(launch), env))
    base, launch_s = statistics.median(baseline), statistics.median(again)
    return {
        "what": "bash scripts/demo.sh, second run, to the window on the 2,000-backer demo",
        "network": "cut off (unshare -n)" if _offline([]) else "on (not root: unshare -n unavailable)",
        "rounds": ROUNDS,
        "first_run_s": round(first, 2),
        "baseline_bare_qt_window_s": round(base, 3),
        "launch_again_s": round(launch_s, 3),
        "target_s": 3.0,
        "all_rounds": {"baseline": [round(x, 3) for x in baseline], "launch": [round(x, 3) for x in again]},
    }
