"""Words for SQLite's planner: a table read through a named index, and a term checked per row."""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.dialects import postgresql

from fulfiller.db.models import Order
from fulfiller.db.planner import address_country


def _query():  # noqa: ANN202 - a Select
    country = func.coalesce(address_country.c.country_code, "")
    return (
        select(country, func.count())
        .select_from(Order)
        .outerjoin(address_country, address_country.c.order_id == Order.id)
        .where(Order.campaign_id == 1)
        .group_by(country)
    )


def test_the_country_of_each_order_is_read_from_its_index_alone(db) -> None:  # noqa: ANN001
    with db.reading() as session:
        sql = str(_query().compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
        plan = [row[-1] for row in session.execute(text(f"EXPLAIN QUERY PLAN {sql}"))]
    assert "address INDEXED BY ix_address_order_country ON" in sql
    assert "SEARCH address USING COVERING INDEX ix_address_order_country (order_id=?) LEFT-JOIN" in plan


def test_other_engines_get_the_plain_table() -> None:
    sql = str(_query().compile(dialect=postgresql.dialect()))
    assert "INDEXED BY" not in sql and "LEFT OUTER JOIN address ON address.order_id = orders.id" in sql


def test_the_indexed_table_counts_what_the_plain_join_counts(demo_db_path) -> None:  # noqa: ANN001
    from fulfiller.db.models import Address
    from fulfiller.services.database import open_db

    database = open_db(demo_db_path)
    with database.reading() as session:
        indexed = dict(session.execute(_query()).all())
        country = func.coalesce(Address.country_code, "")
        plain = dict(
            session.execute(
                select(country, func.count())
                .select_from(Order)
                .outerjoin(Address, Address.order_id == Order.id)
                .where(Order.campaign_id == 1)
                .group_by(country)
            ).all()
        )
    database.close()
    assert len(indexed) > 5 and indexed == plain
