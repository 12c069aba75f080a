"""Demo databases the demo tests share: built once per run, only read by the tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from fulfiller.db.engine import open_database, session_factory
from fulfiller.demo.campaign import create_demo_campaign

Built = tuple[Engine, sessionmaker[Session], int]


def _new_database(path: Path) -> tuple[Engine, sessionmaker[Session]]:
    engine = open_database(path, create=True)
    return engine, session_factory(engine)


def _build(path: Path, **options: Any) -> Built:
    engine, sessions = _new_database(path)
    with sessions.begin() as session:
        campaign_id = create_demo_campaign(session, **options)
    return engine, sessions, campaign_id


@pytest.fixture(scope="session")
def new_database() -> Callable[[Path], tuple[Engine, sessionmaker[Session]]]:
    """An empty, migrated database at a path; the caller disposes the engine."""
    return _new_database


@pytest.fixture(scope="session")
def build_demo() -> Callable[..., Built]:
    """A database at a path holding one demo campaign made with the options given; the caller disposes it."""
    return _build


@pytest.fixture(scope="session")
def demo500(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[sessionmaker[Session], int]]:
    engine, sessions, campaign_id = _build(tmp_path_factory.mktemp("demo500") / "d.sqlite", backers=500)
    yield sessions, campaign_id
    engine.dispose()


@pytest.fixture(scope="session")
def demo60(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[sessionmaker[Session], int]]:
    engine, sessions, campaign_id = _build(tmp_path_factory.mktemp("demo60") / "d.sqlite", backers=60)
    yield sessions, campaign_id
    engine.dispose()
