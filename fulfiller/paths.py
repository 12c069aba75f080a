"""Where Fulfiller keeps its files: the platform's data folder unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from fulfiller import APP_NAME

DATA_DIR_ENV = "FULFILLER_DATA_DIR"
DEFAULT_DB_NAME = "fulfiller.sqlite"
DEMO_DB_NAME = "demo.sqlite"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder for databases, settings and backups.

    An explicit override (``--data-dir``) wins over ``FULFILLER_DATA_DIR``, which wins over the
    platform's per-user data folder, so tests and portable installs never touch the real one.
    """
    chosen = override or os.environ.get(DATA_DIR_ENV)
    path = Path(chosen).expanduser() if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db(folder: Path) -> Path:
    return folder / DEFAULT_DB_NAME


def demo_db(folder: Path) -> Path:
    return folder / DEMO_DB_NAME


def settings_file(folder: Path) -> Path:
    return folder / "settings.ini"


def backups_dir(db_path: Path, folder: Path | None = None) -> Path:
    """Backups sit beside the database they protect, in a folder named after it; a station may put
    them in a folder of its own (another disk, a USB stick), still one subfolder per database."""
    return (Path(folder) if folder else db_path.parent) / f"{db_path.stem}-backups"
