import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from fulfiller.db.engine import make_engine, open_database
from fulfiller.db.migrate import HEAD_REVISION, alembic_config, current_revision, head_revision, upgrade
from fulfiller.db.models import Base
from fulfiller.paths import backups_dir

OLD_CAMPAIGN = [
    "INSERT INTO campaign (id, name, platform, currency, thank_you_note, created_at) "
    "VALUES (1, 'Old campaign', 'kickstarter', 'USD', '', '2024-01-01 00:00:00')",
    "INSERT INTO reward_tier (id, campaign_id, title, currency) VALUES (1, 1, 'Lamp', 'USD')",
    "INSERT INTO add_on (id, campaign_id, title, currency) VALUES (1, 1, 'Shade', 'USD')",
    "INSERT INTO backer (id, campaign_id, platform_backer_id, name, email, created_at) "
    "VALUES (1, 1, 'u1', 'Ada', 'ada@example.com', '2024-01-01 00:00:00')",
    "INSERT INTO orders (id, campaign_id, backer_id, platform_order_id, backer_number, tier_id, reward_title, "
    "status, currency, notes, survey_json, created_at) "
    "VALUES (1, 1, 1, '1', '1', 1, 'Lamp', 'collected', 'USD', '', '', '2024-01-01 00:00:00')",
    "INSERT INTO order_add_on (id, order_id, add_on_id, quantity) VALUES (1, 1, 1, 2)",
    "INSERT INTO address (id, order_id, name, company, line1, line2, line3, city, state, postal_code, "
    "country_code, country_as_given, phone, delivery_notes, latin_name, latin_line1, latin_line2, latin_city, "
    "latin_state, latin_confirmed, edited_locally, locked, updated_at) VALUES (1, 1, 'Ada', '', '1 Way', '', '', "
    "'London', '', 'SW1A 1AA', 'GB', 'UK', '', '', '', '', '', '', '', 0, 1, 0, '2024-01-01 00:00:00')",
]


def first_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_base() or ""


def list_backups(path: Path) -> list[Path]:
    """The copies made of this database file before its migrations ran."""
    folder = backups_dir(path)
    return sorted(folder.glob(f"{path.stem}-*.sqlite")) if folder.is_dir() else []


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    tables = ["campaign", "reward_tier", "add_on", "backer", "orders", "order_add_on", "address"]
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    conn.close()
    return counts


def test_there_is_more_than_one_revision() -> None:
    assert first_revision() != head_revision()


def test_the_quick_head_check_knows_the_newest_migration() -> None:
    assert head_revision() == HEAD_REVISION


def test_old_database_is_upgraded_to_head_after_a_backup(db_path: Path) -> None:
    old = make_engine(db_path)
    upgrade(old, first_revision())
    with old.begin() as conn:
        for statement in OLD_CAMPAIGN:
            conn.execute(text(statement))
    old.dispose()
    counts_before = _counts(db_path)
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
        assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    # Rebuilding a parent table must not cascade into its children.
    assert _counts(db_path) == counts_before


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
