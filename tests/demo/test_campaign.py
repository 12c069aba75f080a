"""Creating the demo campaign: audit, integrity beside other campaigns, determinism, progress and cancelling."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from fulfiller.db.models import AuditEntry, Backer, Base, Campaign, KitLine, Order
from fulfiller.demo import campaign
from fulfiller.demo.campaign import create_demo_campaign
from fulfiller.domain.enums import AuditAction
from fulfiller.domain.errors import Cancelled, UserError

NewDatabase = Callable[[Path], tuple[Engine, sessionmaker[Session]]]
BuildDemo = Callable[..., tuple[Engine, sessionmaker[Session], int]]


def _count(session: Session, model: type[Base]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_audit_entry_records_who_created_the_demo(tmp_path: Path, build_demo: BuildDemo) -> None:
    engine, sessions, campaign_id = build_demo(tmp_path / "d.sqlite", backers=5, operator="mei")
    with sessions() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    engine.dispose()
    made = [e for e in entries if e.entity == "campaign"]
    assert [(e.operator, e.action, e.entity_id) for e in made] == [("mei", AuditAction.CREATE, campaign_id)]
    assert made[0].new_value == "Demo: Aurora Desk Lamp (demo: 5 backers, seed 7)" and made[0] is entries[-1]
    # What the campaign's team did in the story (its waves, its parcels) is signed by the team.
    assert {e.operator for e in entries[:-1]} <= {"demo"}


def test_foreign_keys_hold_even_beside_another_campaign(tmp_path: Path, build_demo: BuildDemo) -> None:
    engine, sessions, first = build_demo(tmp_path / "d.sqlite", backers=80)
    with sessions.begin() as session:
        second = create_demo_campaign(session, backers=80, seed=8, name="Second demo")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    with sessions() as session:
        per_campaign = dict(session.execute(select(Order.campaign_id, func.count()).group_by(Order.campaign_id)).all())
        with pytest.raises(UserError):
            create_demo_campaign(session, backers=1, name="Second demo")
    engine.dispose()
    assert per_campaign == {first: 80, second: 80}


def test_a_negative_number_of_backers_is_refused(tmp_path: Path, new_database: NewDatabase) -> None:
    engine, sessions = new_database(tmp_path / "d.sqlite")
    with sessions() as session, pytest.raises(ValueError, match="negative"):
        create_demo_campaign(session, backers=-1)
    engine.dispose()


# --- Deterministic, cancellable, with progress ---------------------------------------------------


def _snapshot(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, leaving out the moments the rows were written."""
    volatile = {"created_at", "updated_at", "audit_log.at"}
    snapshot = {}
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if c.name not in volatile and f"{table.name}.{c.name}" not in volatile]
            snapshot[table.name] = [
                tuple(row) for row in connection.execute(select(*columns).order_by(*table.primary_key))
            ]
    return snapshot


def test_same_seed_same_demo_other_seed_other_demo(tmp_path: Path, build_demo: BuildDemo) -> None:
    engines = [
        build_demo(tmp_path / f"{label}.sqlite", backers=150, seed=seed)[0]
        for label, seed in (("a", 3), ("b", 3), ("c", 4))
    ]
    first, again, other = (_snapshot(engine) for engine in engines)
    for engine in engines:
        engine.dispose()
    assert first == again
    assert first["address"] != other["address"] and first["orders"] != other["orders"]


def test_chunks_do_not_change_the_demo(tmp_path: Path, build_demo: BuildDemo, monkeypatch: pytest.MonkeyPatch) -> None:
    whole, _, _ = build_demo(tmp_path / "whole.sqlite", backers=130, seed=5)
    monkeypatch.setattr(campaign, "CHUNK_SIZE", 40)
    chunked, _, _ = build_demo(tmp_path / "chunked.sqlite", backers=130, seed=5)
    assert _snapshot(whole) == _snapshot(chunked)
    whole.dispose()
    chunked.dispose()


def test_progress_reaches_the_total_chunk_by_chunk(
    tmp_path: Path, build_demo: BuildDemo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(campaign, "CHUNK_SIZE", 40)
    calls: list[tuple[int, int]] = []
    engine, _, _ = build_demo(
        tmp_path / "d.sqlite", backers=130, progress=lambda done, total: calls.append((done, total))
    )
    engine.dispose()
    assert calls == [(40, 130), (80, 130), (120, 130), (130, 130)]


def test_cancel_raises_and_the_caller_rolls_everything_back(
    tmp_path: Path, new_database: NewDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(campaign, "CHUNK_SIZE", 40)
    engine, sessions = new_database(tmp_path / "d.sqlite")
    calls: list[int] = []
    with pytest.raises(Cancelled), sessions.begin() as session:
        create_demo_campaign(
            session,
            backers=130,
            progress=lambda done, _total: calls.append(done),
            cancel=lambda: len(calls) >= 2,
        )
    with sessions() as session:
        assert calls == [40, 80]
        assert _count(session, Campaign) == _count(session, Backer) == _count(session, AuditEntry) == 0
    engine.dispose()


def test_the_demo_never_commits(tmp_path: Path, new_database: NewDatabase) -> None:
    engine, sessions = new_database(tmp_path / "d.sqlite")
    with sessions() as session:
        create_demo_campaign(session, backers=20)
        session.rollback()
        assert _count(session, Campaign) == _count(session, Order) == 0
    engine.dispose()


def test_tiny_and_empty_demos_work(tmp_path: Path, build_demo: BuildDemo) -> None:
    engine, sessions, _ = build_demo(tmp_path / "d.sqlite", backers=1)
    with sessions() as session:
        assert _count(session, Order) == 1 and _count(session, KitLine) > 0
    engine.dispose()
    engine, sessions, _ = build_demo(tmp_path / "e.sqlite", backers=0)
    with sessions() as session:
        assert _count(session, Order) == 0 and _count(session, Campaign) == 1
    engine.dispose()
