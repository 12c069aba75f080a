"""Shared test set-up: headless Qt, and every path pointed at a temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test may touch a user's real data folder or settings."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("FULFILLER_DATA_DIR", str(folder))
    monkeypatch.setenv("FULFILLER_OPERATOR", "tester")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return folder


@pytest.fixture(autouse=True)
def reads_in_line(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A view's queries run in line, so a refresh has its rows when it returns; a test marked
    `background_reads` sees them come from the reading threads as the person does."""
    if "background_reads" not in request.keywords:
        from fulfiller.ui import ops

        monkeypatch.setattr(ops, "BACKGROUND_READS", False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "campaign.sqlite"


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's backup API (WAL pages included)."""
    import sqlite3

    source_conn, target_conn = sqlite3.connect(source), sqlite3.connect(target)
    source_conn.backup(target_conn)
    source_conn.close()
    target_conn.close()
    return target


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated, empty database per test run: copying it is much faster than migrating."""
    from fulfiller.services.database import open_db

    path = tmp_path_factory.mktemp("empty") / "empty.sqlite"
    open_db(path, create=True).close()
    return path


@pytest.fixture
def db(db_path: Path, empty_template: Path) -> Iterator[object]:
    from fulfiller.services.database import open_db

    database = open_db(copy_database(empty_template, db_path))
    yield database
    database.close()


DEMO_BACKERS = 120


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database per test run; tests get their own copy."""
    from fulfiller.demo.database import make_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    make_demo_database(path, backers=DEMO_BACKERS, seed=11, operator="tester")
    return path


@pytest.fixture
def demo_db_path(demo_template: Path, tmp_path: Path) -> Path:
    return copy_database(demo_template, tmp_path / "demo-copy.sqlite")
