from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from fulfiller.db.backup import list_backups
from fulfiller.db.engine import make_engine, open_database
from fulfiller.db.migrate import HEAD_REVISION, current_revision, first_revision, head_revision, upgrade
from fulfiller.db.models import Base


def test_there_is_more_than_one_revision() -> None:
    assert first_revision() != head_revision()


def test_the_quick_head_check_knows_the_newest_migration() -> None:
    assert head_revision() == HEAD_REVISION


def test_old_database_is_upgraded_to_head_after_a_backup(db_path: Path) -> None:
    old = make_engine(db_path)
    upgrade(old, first_revision())
    with old.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO campaign (name, platform, currency, thank_you_note, created_at) "
                "VALUES ('Old campaign', 'kickstarter', 'USD', '', '2024-01-01 00:00:00')"
            )
        )
    old.dispose()
    assert list_backups(db_path) == []

    engine = open_database(db_path)

    assert current_revision(engine) == head_revision()
    backups = list_backups(db_path)
    assert len(backups) == 1
    backup = make_engine(backups[0])
    assert current_revision(backup) == first_revision()
    with backup.connect() as conn:
        assert conn.execute(text("SELECT name FROM campaign")).scalar_one() == "Old campaign"
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM campaign")).scalar_one() == "Old campaign"
        assert "warehouse_id" in {row[1] for row in conn.execute(text("PRAGMA table_info(orders)"))}


def test_a_new_database_needs_no_backup(db_path: Path) -> None:
    open_database(db_path, create=True)
    assert list_backups(db_path) == []


def test_an_up_to_date_database_is_not_copied_again(db_path: Path) -> None:
    old = make_engine(db_path)
    upgrade(old, first_revision())
    old.dispose()
    open_database(db_path).dispose()
    open_database(db_path).dispose()
    assert len(list_backups(db_path)) == 1


def test_migrations_build_exactly_the_models(db_path: Path) -> None:
    engine = open_database(db_path, create=True)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_sqlite_is_configured_for_safety(db_path: Path) -> None:
    engine = open_database(db_path, create=True)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar_one() >= 5000
