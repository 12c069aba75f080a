"""Apply the migrations shipped in the package, copying the database file first."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from fulfiller.db.backup import backup_database
from fulfiller.domain.errors import DatabaseFileError
from fulfiller.domain.messages import message

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# The newest migration's id. Known without loading Alembic, so an up-to-date database opens fast;
# a test keeps it equal to the head of the migration scripts.
HEAD_REVISION = "0011"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _scripts():  # noqa: ANN202 - alembic's ScriptDirectory, imported lazily
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return _scripts().get_current_head() or ""


def known_revisions() -> set[str]:
    return {rev.revision for rev in _scripts().walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run the migrations with foreign keys off, then check every reference before committing.

    SQLite alters a table by copying it and dropping the original; with foreign keys on, that drop
    would cascade into every child table and delete its rows.
    """
    from alembic import command

    config = alembic_config()
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # outside a transaction, or SQLite ignores it
        conn.commit()
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, target)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseFileError(
                        message(
                            "db.broken_references",
                            "the upgrade would leave {count} broken reference(s)",
                            count=len(broken),
                        )
                    )
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()


def upgrade_to_head(engine: Engine, path: Path, backups: Path | None = None) -> Path | None:
    """Bring the schema to head; returns the backup taken first, if the file held data."""
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return None
    head = head_revision()
    if current is not None and current not in known_revisions():
        raise DatabaseFileError(
            message(
                "db.newer_version",
                "{path}: made by a newer version of Fulfiller (schema {schema}); update the program to open it",
                path=path,
                schema=current,
            )
        )
    backup = backup_database(path, reason=f"before-{head}", folder=backups) if current is not None else None
    try:
        upgrade(engine)
    except sqlite3.Error as exc:  # pragma: no cover - the backup is the way back
        raise DatabaseFileError(
            message(
                "db.upgrade_failed",
                "{path}: could not be upgraded ({reason}); a copy is in {backup}",
                path=path,
                reason=str(exc),
                backup=backup,
            )
        ) from exc
    return backup
