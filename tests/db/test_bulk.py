from pathlib import Path

from sqlalchemy import text

from fulfiller.db.bulk import (
    SPAN_SCHEMA,
    attach_tables,
    insert_computed,
    insert_selected,
    numbered,
    read_serialized,
    serialized_tables,
)
from fulfiller.db.engine import open_database, session_factory
from fulfiller.db.models import Campaign

ROWS = [("Aurora", "SEK", "", 7), ("Ünïcode 東京 ✓", "", "x'y\n2", 8), ("", "JPY", "0012", 9)]


def test_serialized_tables_keep_rows_in_order_and_their_types() -> None:
    data = serialized_tables({"rows": (4, ROWS), "none": (2, [])})
    assert read_serialized(data, "rows") == ROWS
    assert read_serialized(data, "none") == []


def _stored(session: object) -> list[tuple[object, ...]]:
    query = text("SELECT id, name, currency, thank_you_note, typeof(id), typeof(thank_you_note) FROM campaign")
    return [tuple(row) for row in session.execute(query)]  # type: ignore[attr-defined]


def _values(mark: str) -> dict[str, str]:
    constants = {"id": f"{mark}4 + 100", "platform": "'kickstarter'", "created_at": "'2026-01-01 00:00:00.000000'"}
    return numbered(("name", "currency", "thank_you_note"), mark) | constants


def test_rows_selected_from_attached_tables_are_stored_as_bound_ones_would_be(db_path: Path) -> None:
    engine = open_database(db_path, create=True)
    sessions = session_factory(engine)
    with sessions.begin() as session:
        insert_computed(session, Campaign, _values("?"), ROWS)
        bound = _stored(session)
        session.execute(text("DELETE FROM campaign"))
        attach_tables(session, serialized_tables({"campaigns": (4, ROWS[:1])}))
        attach_tables(session, serialized_tables({"campaigns": (4, ROWS)}))  # the next span replaces it
        insert_selected(session, Campaign, _values("c"), "campaigns")
        assert _stored(session) == bound
        assert [row[0] for row in bound] == [107, 108, 109] and bound[2][3] == "0012"
    with engine.connect() as conn:  # the connection went back to the pool: the rows were let go
        assert SPAN_SCHEMA not in [row[1] for row in conn.exec_driver_sql("PRAGMA database_list")]
    engine.dispose()
