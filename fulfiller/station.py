"""What a station remembers for the window and the command line alike: the databases opened lately
(the newest is the one every command works on when given no --db) and where backups go.

Kept as a small JSON file in the data folder, so that `fulfiller demo` and then `fulfiller stats`
agree on the database without Qt, and the window's File → Recent databases lists the same files.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from fulfiller import paths

STATION_FILE = "station.json"
RECENT_KEPT = 8


def _file(data_dir: Path) -> Path:
    return Path(data_dir) / STATION_FILE


def _read(data_dir: Path) -> dict[str, object]:
    try:
        data = json.loads(_file(data_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # none yet, or damaged: the station starts afresh rather than failing
    return data if isinstance(data, dict) else {}


def _write(data_dir: Path, data: dict[str, object]) -> None:
    target = _file(data_dir)
    temp = target.with_name(f".{target.name}.part")
    try:
        temp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, target)
    except OSError:
        temp.unlink(missing_ok=True)  # a read-only data folder: nothing is remembered, nothing breaks


def recent_databases(data_dir: Path) -> list[Path]:
    """The databases opened lately, newest first, those that still exist."""
    listed = _read(data_dir).get("recent_databases", [])
    found = [Path(p) for p in listed if isinstance(p, str)] if isinstance(listed, list) else []
    return [p for p in found if p.is_file()]


def remember_database(data_dir: Path, path: Path) -> None:
    data = _read(data_dir)
    path = Path(path).resolve()
    others = [p for p in recent_databases(data_dir) if p.resolve() != path]
    data["recent_databases"] = [str(p) for p in [path, *others][:RECENT_KEPT]]
    _write(data_dir, data)


def current_database(data_dir: Path) -> Path:
    """The database a command works on when it is given none: the newest one opened or made on this
    station (by the window, `demo` or an import), else `fulfiller.sqlite` in the data folder."""
    recent = recent_databases(data_dir)
    return recent[0] if recent else paths.default_db(Path(data_dir))


def backup_folder(data_dir: Path) -> Path | None:
    """Where this station puts database backups; None: beside each database (the default)."""
    chosen = _read(data_dir).get("backup_folder")
    return Path(chosen) if isinstance(chosen, str) and chosen else None


def set_backup_folder(data_dir: Path, folder: Path | None) -> None:
    data = _read(data_dir)
    data["backup_folder"] = str(Path(folder).resolve()) if folder else ""
    _write(data_dir, data)
