"""The open campaign database that a window or a command works on."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from fulfiller.db.engine import check_database_file, check_integrity, open_database, session_factory


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    backups: Path | None = None  # the station's backup folder; None: beside the database

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed if the block ends normally, rolled back on any error."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_db(path: Path, *, create: bool = False, backups: Path | None = None) -> Database:
    engine = open_database(Path(path), create=create, backups=backups)
    return Database(path=Path(path), engine=engine, sessions=session_factory(engine), backups=backups)


def check_file(path: Path, *, create: bool = False) -> None:
    """Raise a clear error, writing nothing, if `path` cannot be opened as a campaign database."""
    check_database_file(Path(path), create=create)


def check_whole_file(path: Path) -> None:
    """Check the file as opening it does, then read every one of its pages: the full check that opening a
    large file leaves out when the last session ended cleanly (see `db.engine`). Writes nothing; raises
    a clear error on a damaged file. Safe alongside an open window (its own read-only connection)."""
    check_database_file(Path(path), create=False)
    check_integrity(Path(path))
