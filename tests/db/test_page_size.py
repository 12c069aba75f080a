"""New database files get larger pages (cheaper bulk imports); files made before keep theirs."""

import sqlite3
from pathlib import Path

from sqlalchemy import text

from fulfiller.db.engine import PAGE_SIZE, open_database


def _page_size(path: Path) -> tuple[int, str]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA page_size").fetchone()[0], conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()


def test_a_new_database_gets_the_larger_pages_and_wal(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    open_database(path, create=True).dispose()
    assert _page_size(path) == (PAGE_SIZE, "wal")


def test_a_database_made_with_small_pages_keeps_them_and_opens(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA page_size=4096")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()  # an empty file that WAL has already fixed at 4 KiB pages, as older versions made them
    engine = open_database(path, create=True)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM orders")).scalar() == 0
    engine.dispose()
    assert _page_size(path) == (4096, "wal")
