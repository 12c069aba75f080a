"""Consistent copies of a database file, with rotation so they never fill the disk."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fulfiller.domain.clock import utcnow
from fulfiller.paths import backups_dir

KEEP_BACKUPS = 10


def backup_database(path: Path, *, reason: str, keep: int = KEEP_BACKUPS, folder: Path | None = None) -> Path:
    """Copy through SQLite's backup API, which is consistent even while WAL pages are pending.
    `folder`: the station's backup folder, if it chose one (else beside the database)."""
    folder = backups_dir(path, folder)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = utcnow().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{reason}.sqlite"
    source = sqlite3.connect(path)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    _rotate(folder, path.stem, keep)
    return target


def _rotate(folder: Path, stem: str, keep: int) -> None:
    old = sorted(folder.glob(f"{stem}-*.sqlite"))[:-keep]
    for stale in old:
        stale.unlink(missing_ok=True)
