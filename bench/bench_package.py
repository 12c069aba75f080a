"""The Linux build and what it makes: build time, the app folder's, .tar.gz's and .deb's sizes, and
the frozen app's start to the window on the 2,000-backer demo.

Baselines in the same run: for the start, a bare PySide6 window and the same program run from the
source tree (`python -m fulfiller`); for the build, none: its time is recorded to notice it grow.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_launch import _seconds_to
from bench_startup import BASELINE

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
ROUNDS = 5
BACKERS = 2000


def _megabytes(path: Path) -> float:
    if path.is_file():
        return round(path.stat().st_size / 1e6, 1)
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6, 1)


def _build() -> tuple[float, str]:
    env = {**os.environ, "SKIP_SMOKE": "1", "DEB_COMPRESS": os.environ.get("DEB_COMPRESS", "zstd")}
    start = time.perf_counter()
    done = subprocess.run(["bash", "packaging/build-linux.sh"], cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(done.stderr[-2000:])
    return time.perf_counter() - start, done.stdout


def run() -> dict[str, object]:
    build_s, output = _build()
    pyinstaller = re.search(r"PyInstaller: (\d+)s", output)
    deb = next(DIST.glob("fulfiller_*.deb"))
    tarball = next(DIST.glob("fulfiller-*.tar.gz"))
    frozen_cli = DIST / "fulfiller" / "fulfiller-cli"
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "FULFILLER_DATA_DIR": tmp, "FULFILLER_OPERATOR": "bench"}  # fmt: skip
        db = str(Path(tmp) / "demo.sqlite")
        subprocess.run([str(frozen_cli), "demo", "--db", db, "--backers", str(BACKERS)], env=env, check=True,
                       capture_output=True)  # fmt: skip
        bare, source, frozen = [], [], []
        for _ in range(ROUNDS):  # interleaved: all three see the same machine load
            bare.append(_seconds_to("shown", [sys.executable, "-c", BASELINE], env))
            source.append(_seconds_to("Window shown", [sys.executable, "-m", "fulfiller", "gui", "--db", db,
                                                       "--check"], env))  # fmt: skip
            frozen.append(_seconds_to("Window shown", [str(frozen_cli), "gui", "--db", db, "--check"], env))
    return {
        "what": "packaging/build-linux.sh (build environment reused, .deb with zstd) and the frozen app's start",
        "build_s": round(build_s, 1),
        "pyinstaller_s": int(pyinstaller.group(1)) if pyinstaller else None,
        "app_folder_mb": _megabytes(DIST / "fulfiller"),
        "tar_gz_mb": _megabytes(tarball),
        "deb_mb": _megabytes(deb),
        "start_to_window_s": {
            "baseline_bare_qt_window": round(statistics.median(bare), 3),
            "from_source": round(statistics.median(source), 3),
            "frozen": round(statistics.median(frozen), 3),
        },
        "rounds": ROUNDS,
    }
