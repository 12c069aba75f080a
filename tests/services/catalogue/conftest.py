"""The small lamp campaign every catalogue test starts from: built once per module, copied per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fulfiller.services.database import Database
from tests.services.kit_campaign import Small, make_template, opened_copy


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Small]:
    return make_template(tmp_path_factory.mktemp("small"))


@pytest.fixture
def small_db(template: tuple[Path, Small], tmp_path: Path) -> Iterator[Database]:
    with opened_copy(template[0], tmp_path) as db:
        yield db


@pytest.fixture
def small(small_db: Database, template: tuple[Path, Small]) -> Iterator[Small]:
    with small_db.transaction() as session:
        yield template[1].bind(session)
