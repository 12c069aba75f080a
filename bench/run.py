"""Run the benchmarks and record their figures in bench/results/.

    .venv/bin/python bench/run.py            # all of them
    .venv/bin/python bench/run.py startup    # one by name

Each benchmark measures Fulfiller beside a baseline in the same run and reports the ratio, so the
figures mean something on any machine. Results are JSON files named after the benchmark.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
RESULTS = BENCH_DIR / "results"


def available() -> list[str]:
    return sorted(p.stem.removeprefix("bench_").replace("_", "-") for p in BENCH_DIR.glob("bench_*.py"))


def machine() -> dict[str, object]:
    return {
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "cpus": os.cpu_count(),
    }


def run_one(name: str) -> dict[str, object]:
    module = importlib.import_module(f"bench_{name.replace('-', '_')}")
    figures = module.run()
    return {
        "benchmark": name,
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        **figures,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help=f"which ones (default: all of {available()})")
    args = parser.parse_args()
    sys.path.insert(0, str(BENCH_DIR))
    RESULTS.mkdir(exist_ok=True)
    for name in args.names or available():
        result = run_one(name)
        (RESULTS / f"{name}.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
