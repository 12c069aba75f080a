import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from fulfiller.db import engine as engine_module
from fulfiller.db.engine import check_integrity, make_engine, open_database
from fulfiller.db.migrate import upgrade
from fulfiller.domain.errors import DatabaseFileError
from fulfiller.services.database import check_whole_file


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


def _damaged_database(path: Path, target: str | None = None) -> Path:
    """A database (at `target`, else head) whose fourth page, one of the audit log's, is overwritten."""
    engine = make_engine(path)
    upgrade(engine, target or "head")
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
    return path


def test_a_damaged_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = _damaged_database(tmp_path / "damaged.sqlite")
    before = _snapshot(path)
    with pytest.raises(DatabaseFileError, match="damaged"):
        open_database(path)
    _assert_untouched(path, before)


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file counts as large: opening it reads its header and schema, not every page."""
    monkeypatch.setattr(engine_module, "FULL_CHECK_AT_OPEN_BYTES", 0)


def test_a_large_file_closed_cleanly_opens_on_its_header_and_is_checked_whole_on_request(
    tmp_path: Path, large: None
) -> None:
    path = _damaged_database(tmp_path / "large.sqlite")
    open_database(path).dispose()  # the damaged page is not one that opening reads
    with pytest.raises(DatabaseFileError, match="damaged"):
        check_whole_file(path)
    with pytest.raises(DatabaseFileError, match="damaged"):
        check_integrity(path)


def test_a_large_file_left_with_its_write_ahead_log_is_checked_whole(tmp_path: Path, large: None) -> None:
    path = _damaged_database(tmp_path / "crashed.sqlite")
    path.with_name(path.name + "-wal").write_bytes(b"\0" * 4096)  # what a session that did not end leaves
    with pytest.raises(DatabaseFileError, match="damaged"):
        open_database(path)


def test_a_large_file_about_to_be_migrated_is_checked_whole(tmp_path: Path, large: None) -> None:
    path = _damaged_database(tmp_path / "old.sqlite", target="0008")
    before = _snapshot(path)
    with pytest.raises(DatabaseFileError, match="damaged"):
        open_database(path)
    _assert_untouched(path, before)


def test_a_large_file_cut_short_is_checked_whole(tmp_path: Path, large: None) -> None:
    path = tmp_path / "cut.sqlite"
    open_database(path, create=True).dispose()
    data = path.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    path.write_bytes(data[: len(data) - page_size])  # a copy that stopped one page early
    with pytest.raises(DatabaseFileError, match="damaged"):
        open_database(path)


def test_a_sound_file_passes_the_whole_check(tmp_path: Path) -> None:
    path = tmp_path / "sound.sqlite"
    open_database(path, create=True).dispose()
    check_whole_file(path)


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
