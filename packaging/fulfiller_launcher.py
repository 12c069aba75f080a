"""Entry script for the frozen app (PyInstaller needs a file; `python -m fulfiller` does the same).

Both executables run this: `fulfiller` (windowed on Windows/macOS) and `fulfiller-cli` (console).
"""

import multiprocessing

from fulfiller.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a no-op unless a frozen worker process is being started
    raise SystemExit(main())
