"""The replacement queue read as ids first: each state the window offers shows exactly the requests
whose effective state it is (approved with its reship packed counts as reshipped), newest first."""

from __future__ import annotations

from pathlib import Path

from fulfiller.domain.enums import ReplacementState
from fulfiller.services.aftersales.request_list import OPEN, fetch_request_rows, find_request_ids, list_requests
from fulfiller.services.database import open_db


def test_every_state_lists_what_the_rows_say(demo_db_path: Path) -> None:
    database = open_db(demo_db_path)
    with database.reading() as session:
        everything = list_requests(session, 1)
        assert {r.state for r in everything} >= {ReplacementState.REQUESTED, ReplacementState.RESHIPPED}
        for state in ReplacementState:
            assert find_request_ids(session, 1, state.value) == [r.id for r in everything if r.state is state]
        open_ids = find_request_ids(session, 1, OPEN)
        assert open_ids == [r.id for r in everything if r.state is not ReplacementState.CLOSED]
        assert fetch_request_rows(session, open_ids[:2]) == {r.id: r for r in everything if r.id in open_ids[:2]}
        assert find_request_ids(session, 2, OPEN) == []
    database.close()
