"""The Backers search: the order_search text the database keeps through its triggers, Unicode case
folding, exact backer numbers, and a query plan that starts from the matches."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.orm import Session

from fulfiller.db.models import Address, Backer, Campaign, Order, OrderSearch
from fulfiller.db.search_text import like_pattern, search_text
from fulfiller.domain.enums import PledgeStatus
from fulfiller.services.backers import BackerColumn, BackerFilter, find_order_ids


@pytest.fixture
def session(db) -> Iterator[Session]:  # noqa: ANN001
    with db.transaction() as session:
        yield session


def _order(session: Session, campaign: Campaign, number: str, name: str, email: str, **address: str) -> Order:
    backer = Backer(campaign_id=campaign.id, name=name, email=email)
    order = Order(campaign_id=campaign.id, backer=backer, platform_order_id=number, backer_number=number)
    if address:
        order.address = Address(**address)
    session.add(order)
    session.flush()
    return order


def _text_of(session: Session, order: Order) -> str | None:
    return session.scalar(select(OrderSearch.text).where(OrderSearch.order_id == order.id))


@pytest.fixture
def campaign(session: Session) -> Campaign:
    campaign = Campaign(name="Lamp")
    session.add(campaign)
    session.flush()
    return campaign


def test_search_text_folds_case_and_latin_greek_cyrillic_accents() -> None:
    assert search_text("ИВАН Петров", None, "", "STRASSE") == "иван петров\nstrasse"
    assert search_text("Straße") == "strasse"
    assert search_text("Müller", "Nguyễn Văn Ánh", "Ζωή", "Ёлкин") == "muller\nnguyen van anh\nζωη\nелкин"
    assert search_text("ＡＢＣ－１２３") == "abc-123"  # full-width, as some phones and IMEs type
    assert search_text("東京都渋谷区", "서울 강남구", "がぎぐ") == "東京都渋谷区\n서울 강남구\nがぎぐ"  # kept whole
    assert like_pattern("50%_off\\") == "%50\\%\\_off\\\\%"


def test_the_triggers_keep_each_orders_text(session: Session, campaign: Campaign) -> None:
    order = _order(session, campaign, "7", "Ada Lovelace", "ada@example.org", city="London", postal_code="SW1A 1AA")
    assert _text_of(session, order) == "ada lovelace\nada@example.org\nlondon\nsw1a 1aa"

    session.execute(update(Backer).where(Backer.id == order.backer_id).values(name="Ada King"))
    session.execute(update(Address).where(Address.order_id == order.id).values(city="Ockham", latin_city="Oakham"))
    assert _text_of(session, order) == "ada king\nada@example.org\nockham\noakham\nsw1a 1aa"

    session.execute(delete(Address).where(Address.order_id == order.id))
    assert _text_of(session, order) == "ada king\nada@example.org"

    session.execute(delete(Order).where(Order.id == order.id))
    assert _text_of(session, order) is None


def test_an_upsert_inside_a_trigger_survives_an_outer_or_ignore(session: Session, campaign: Campaign) -> None:
    order = _order(session, campaign, "8", "Grace Hopper", "grace@example.org")
    session.execute(
        insert(Address).prefix_with("OR IGNORE").values(order_id=order.id, name="G. Hopper", city="Arlington")
    )
    assert _text_of(session, order) == "grace hopper\ngrace@example.org\ng. hopper\narlington"


def test_search_finds_any_case_any_script_and_exact_numbers(session: Session, campaign: Campaign) -> None:
    ivan = _order(session, campaign, "101", "ИВАН ПЕТРОВ", "ivan@example.ru", city="Москва")
    wang = _order(session, campaign, "102", "王小明", "wang@example.cn", city="北京市", latin_city="Beijing")
    lowe = _order(session, campaign, "1010", "Zoë Lowe", "zoe@example.com", city="Bergen", postal_code="5003")
    odd = _order(session, campaign, "103", "50% Off", "promo@example.com")

    def found(typed: str) -> list[int]:
        return find_order_ids(session, campaign.id, BackerFilter(text=typed))

    assert found("иван") == [ivan.id]
    assert found("москва") == [ivan.id]
    assert found("王") == [wang.id]
    assert found("BEIJING") == [wang.id]
    assert found("ZOË") == [lowe.id]
    assert found("zoe") == found("Zoë") == [lowe.id]  # typed without the accent
    assert found("101") == [ivan.id]  # a backer number is matched whole, not inside 1010
    assert found("5003") == [lowe.id]  # postal codes are in the text
    assert found("50%") == [odd.id]  # % is a character here, not a wildcard
    assert found("_") == []
    assert found("example.c") == [wang.id, odd.id, lowe.id]  # by backer number: 102, 103, 1010
    assert find_order_ids(session, campaign.id, BackerFilter(text="example"), sort=BackerColumn.NAME) == [
        odd.id, lowe.id, ivan.id, wang.id,
    ]  # fmt: skip


def test_search_keeps_to_its_campaign(session: Session, campaign: Campaign) -> None:
    other = Campaign(name="Other")
    session.add(other)
    session.flush()
    mine = _order(session, campaign, "1", "Ada", "ada@example.org")
    _order(session, other, "1", "Ada", "ada@example.org")
    assert find_order_ids(session, campaign.id, BackerFilter(text="ada")) == [mine.id]
    assert find_order_ids(session, campaign.id, BackerFilter(text="1")) == [mine.id]


def _plan(session: Session, flt: BackerFilter, sort: BackerColumn = BackerColumn.NUMBER) -> str:
    from fulfiller.services import backers

    query = backers.order_ids_query(1, flt, sort=sort, descending=False)
    compiled = query.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
    rows = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
    return "\n".join(row[-1] for row in rows)


def test_a_search_starts_from_the_matches_not_from_every_order(session: Session) -> None:
    plan = _plan(session, BackerFilter(text="müller", status=None))
    assert "SCAN order_search" in plan
    assert "SEARCH orders USING INTEGER PRIMARY KEY (rowid=?)" in plan
    assert "USING COVERING INDEX ix_orders_backer_number (campaign_id=? AND backer_number=?)" in plan
    assert "SCAN orders" not in plan


@pytest.mark.parametrize(
    "flt",
    [BackerFilter(), BackerFilter(tier_id=3), BackerFilter(country="DE"), BackerFilter(status=PledgeStatus.DROPPED)],
)
def test_filters_read_an_index_not_every_row(session: Session, flt: BackerFilter) -> None:
    plan = _plan(session, flt)
    assert "USING COVERING INDEX ix_orders_backer_number (campaign_id=?)" in plan or "INDEX ix_orders_" in plan
    assert "SCAN orders" not in plan and "SCAN address" not in plan


@pytest.mark.parametrize("column", list(BackerColumn))
def test_every_sort_reads_the_orders_once_and_joins_only_what_it_sorts_by(
    session: Session, column: BackerColumn
) -> None:
    plan = _plan(session, BackerFilter(), column)
    assert ("SEARCH backer" in plan) == (column in (BackerColumn.NAME, BackerColumn.EMAIL))
    assert ("SEARCH address" in plan) == (column in (BackerColumn.COUNTRY, BackerColumn.CITY))
    assert "SCAN orders" not in plan  # from the campaign's index


@pytest.mark.parametrize("column", list(BackerColumn))
def test_descending_is_ascending_turned_round(demo_db_path, column: BackerColumn) -> None:  # noqa: ANN001
    from fulfiller.services.database import open_db

    database = open_db(demo_db_path)
    with database.reading() as session:
        up = find_order_ids(session, 1, sort=column)
        down = find_order_ids(session, 1, sort=column, descending=True)
    database.close()
    assert len(up) > 100 and down == up[::-1]


def test_filter_choices_are_each_campaigns_own_in_a_file_of_two(two_campaigns) -> None:  # noqa: ANN001
    from sqlalchemy import func

    from fulfiller.db.models import OrderProblem
    from fulfiller.services.backers import filter_choices

    session = two_campaigns.session
    for campaign_id in two_campaigns.both:
        choices = filter_choices(session, campaign_id)
        countries = session.scalars(
            select(Address.country_code)
            .distinct()
            .join(Order, Order.id == Address.order_id)
            .where(Order.campaign_id == campaign_id, Address.country_code != "")
        )
        codes = session.execute(
            select(OrderProblem.code, func.count(OrderProblem.order_id.distinct()))
            .join(Order, Order.id == OrderProblem.order_id)
            .where(Order.campaign_id == campaign_id)
            .group_by(OrderProblem.code)
        )
        assert choices.countries == sorted(countries)
        assert {code: n for code, _, n in choices.problem_codes} == dict(codes.all())
    demo, small = (filter_choices(session, c) for c in two_campaigns.both)
    assert demo.countries != small.countries and demo.problem_codes != small.problem_codes


@pytest.mark.parametrize("column", list(BackerColumn))
def test_every_sort_lists_each_campaigns_own_orders_in_a_file_of_two(two_campaigns, column: BackerColumn) -> None:  # noqa: ANN001
    session = two_campaigns.session
    for campaign_id in two_campaigns.both:
        own = set(session.scalars(select(Order.id).where(Order.campaign_id == campaign_id)))
        found = find_order_ids(session, campaign_id, sort=column)
        assert own and sorted(found) == sorted(own)


@pytest.mark.parametrize("column", [BackerColumn.NAME, BackerColumn.EMAIL])
def test_in_a_file_of_one_campaign_a_sort_by_backer_reads_the_orders_by_backer(session: Session, column) -> None:  # noqa: ANN001
    from fulfiller.services import backers

    query = backers.order_ids_query(1, BackerFilter(), sort=column, descending=False, alone=True)
    compiled = query.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
    plan = [row[-1] for row in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}"))]
    assert plan[0] == "SCAN orders USING COVERING INDEX ix_orders_backer_id"


def test_problem_conflict_and_duplicate_filters_find_exactly_those_orders(two_campaigns) -> None:  # noqa: ANN001
    from fulfiller.db.models import AddressConflict, MergeSuggestion, OrderProblem
    from fulfiller.domain.enums import Severity

    session = two_campaigns.session
    demo = two_campaigns.demo
    first, second, third = session.scalars(select(Order.id).where(Order.campaign_id == demo).limit(3))
    session.add_all([
        MergeSuggestion(campaign_id=demo, order_id=first, other_order_id=second, reason="same_email"),
        MergeSuggestion(campaign_id=demo, order_id=third, other_order_id=first, reason="same_email", status="merged"),
    ])  # fmt: skip
    session.flush()
    for campaign_id in two_campaigns.both:
        own = set(session.scalars(select(Order.id).where(Order.campaign_id == campaign_id)))

        def found(campaign_id: int = campaign_id, **wanted: object) -> set[int]:
            return set(find_order_ids(session, campaign_id, BackerFilter(**wanted)))  # type: ignore[arg-type]

        problems = session.execute(select(OrderProblem.order_id, OrderProblem.severity, OrderProblem.code)).all()
        for severity in Severity:
            assert found(problems=severity) == own & {o for o, s, _ in problems if s is severity}
        for code in {c for _, _, c in problems}:
            assert found(problem_code=code) == own & {o for o, _, c in problems if c == code}
        conflicts = session.scalars(select(AddressConflict.order_id).where(AddressConflict.resolution == ""))
        assert found(conflicts=True) == own & set(conflicts)
        pairs = session.execute(
            select(MergeSuggestion.order_id, MergeSuggestion.other_order_id).where(MergeSuggestion.status == "open")
        ).all()
        assert found(duplicates=True) == own & {o for pair in pairs for o in pair}
    assert found(demo, problems=Severity.ERROR) and found(demo, duplicates=True) == {first, second}
