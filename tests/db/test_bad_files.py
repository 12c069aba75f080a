import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from fulfiller.db.engine import make_engine, open_database
from fulfiller.db.migrate import upgrade
from fulfiller.domain.errors import DatabaseFileError


def _snapshot(path: Path) -> tuple[bytes, int, set[str]]:
    return path.read_bytes(), os.stat(path).st_mtime_ns, {p.name for p in path.parent.iterdir()}


def _assert_untouched(path: Path, before: tuple[bytes, int, set[str]]) -> None:
    assert _snapshot(path) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"Backer Number,Backer Name\n1,Ada\n", "not a database file"),
        (bytes(range(256)) * 8, "not a database file"),
    ],
)
def test_non_database_files_are_refused_and_left_alone(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "backers.sqlite"
    path.write_bytes(content)
    before = _snapshot(path)
    with pytest.raises(DatabaseFileError, match=message):
        open_database(path)
    _assert_untouched(path, before)


def test_a_damaged_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite"
    engine = make_engine(path)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("PRAGMA journal_mode=DELETE"))
        for n in range(300):
            conn.execute(
                text(
                    "INSERT INTO audit_log (at, operator, action, entity, field) VALUES "
                    "('2024-01-01', :op, 'create', 'x', '')"
                ),
                {"op": f"operator {n} " + "x" * 200},
            )
    engine.dispose()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size * 3 : page_size * 4] = b"\xde\xad\xbe\xef" * (page_size // 4)
    path.write_bytes(bytes(data))
    before = _snapshot(path)
    with pytest.raises(DatabaseFileError, match="damaged"):
        open_database(path)
    _assert_untouched(path, before)


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = _snapshot(path)
    with pytest.raises(DatabaseFileError, match="another program"):
        open_database(path)
    _assert_untouched(path, before)


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    engine = make_engine(path)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(DatabaseFileError, match="newer version"):
        open_database(path)


def test_missing_file_is_refused_unless_creating(tmp_path: Path) -> None:
    with pytest.raises(DatabaseFileError, match="no such database"):
        open_database(tmp_path / "nope.sqlite")
    assert not (tmp_path / "nope.sqlite").exists()


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseFileError, match="folder"):
        open_database(tmp_path)
