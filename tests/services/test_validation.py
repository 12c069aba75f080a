from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from fulfiller.db.models import Address, Order, OrderProblem
from fulfiller.services.database import open_db
from fulfiller.services.validation import revalidate_campaign


def _problems(session) -> set[tuple[int, str]]:
    return set(session.execute(select(OrderProblem.order_id, OrderProblem.code)).all())


def test_the_demo_carries_what_the_import_rules_find(demo_db_path: Path) -> None:
    db = open_db(demo_db_path)
    with db.transaction() as session:
        before = _problems(session)
        codes = {code for _, code in before}
        assert {"phone_missing", "required_field_missing", "postal_code_lost_zero"} <= codes
        errors, warnings = revalidate_campaign(session, 1)
        assert errors > 0 and warnings > 0
        assert _problems(session) == before  # checking again finds the same


def test_fixing_an_address_in_the_database_clears_its_problem(demo_db_path: Path) -> None:
    db = open_db(demo_db_path)
    with db.transaction() as session:
        order_id, code = next((oid, c) for oid, c in _problems(session) if c == "postal_code_lost_zero")
        address = session.scalar(select(Address).where(Address.order_id == order_id))
        address.postal_code = "0" + address.postal_code
        session.flush()
        revalidate_campaign(session, session.get(Order, order_id).campaign_id)
        assert (order_id, code) not in _problems(session)
    db.close()
