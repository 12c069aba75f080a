"""The demo's pledges: rewards, money in the backer's currency, statuses and pledge dates."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from fulfiller.db.models import Address, Order, OrderAddOn, RewardTier
from fulfiller.demo.places import countries
from fulfiller.domain.enums import PledgeStatus

BY_CODE = {country.code: country for country in countries()}


def test_orders_money_is_decimal_in_the_backers_currency(demo500: tuple[sessionmaker[Session], int]) -> None:
    sessions, _ = demo500
    with sessions() as session:
        rows = session.execute(select(Order, Address.country_code).join(Address)).all()
        tiers = {t.id: t.title for t in session.scalars(select(RewardTier))}
    for order, country in rows:
        for amount in (order.pledge_amount, order.shipping_amount, order.bonus_support):
            assert isinstance(amount, Decimal)
        assert order.currency == BY_CODE[country].currency
        assert order.pledge_amount > order.shipping_amount > 0
        if order.currency == "JPY":
            assert order.pledge_amount == order.pledge_amount.to_integral_value()
        assert order.reward_title == tiers[order.tier_id]
    assert {order.currency for order, _ in rows} >= {"USD", "EUR", "GBP", "JPY", "CAD", "AUD"}


def test_orders_statuses_add_ons_and_pledge_dates(demo500: tuple[sessionmaker[Session], int]) -> None:
    sessions, _ = demo500
    with sessions() as session:
        orders = session.scalars(select(Order).order_by(Order.id)).all()
        add_ons = session.scalars(select(OrderAddOn)).all()
    statuses = Counter(order.status for order in orders)
    assert statuses[PledgeStatus.COLLECTED] / len(orders) > 0.9
    assert {PledgeStatus.DROPPED, PledgeStatus.ERRORED, PledgeStatus.CANCELED} <= set(statuses)
    assert add_ons and {a.quantity for a in add_ons} <= {1, 2}
    dates = [order.pledged_at for order in orders]
    assert all(d is not None for d in dates)
    assert dates == sorted(dates)
    assert (max(dates) - min(dates)).days in (28, 29)  # type: ignore[operator]
    tiers = Counter(order.reward_title for order in orders)
    assert tiers.most_common(1)[0][0] == "Aurora Lamp" and len(tiers) == 4


def test_early_birds_are_among_the_first_backers_only(demo500: tuple[sessionmaker[Session], int]) -> None:
    sessions, _ = demo500
    with sessions() as session:
        titles = session.scalars(select(Order.reward_title).order_by(Order.id)).all()
    early = [index for index, title in enumerate(titles) if title == "Early Bird Lamp"]
    assert early and max(early) < len(titles) * 15 // 100
