"""Apply the migrations shipped in the package, copying the database file first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from fulfiller.db.backup import backup_database
from fulfiller.domain.errors import DatabaseFileError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def first_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_base() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, target)


def upgrade_to_head(engine: Engine, path: Path) -> Path | None:
    """Bring the schema to head; returns the backup taken first, if the file held data."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseFileError(
            f"{path}: made by a newer version of Fulfiller (schema {current}); update the program to open it"
        )
    backup = backup_database(path, reason=f"before-{head}") if current is not None else None
    try:
        upgrade(engine)
    except sqlite3.Error as exc:  # pragma: no cover - the backup is the way back
        raise DatabaseFileError(f"{path}: could not be upgraded ({exc}); a copy is in {backup}") from exc
    return backup
