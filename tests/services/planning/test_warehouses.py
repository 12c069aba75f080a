"""Warehouses and region rules: assignment by rule, overrides, moving countries, the what-if."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import Address, AuditEntry, Backer, Campaign, Order, RegionRule, Shipment, Warehouse
from fulfiller.domain.enums import AuditAction, PledgeStatus, ShipmentStatus
from fulfiller.domain.errors import UserError
from fulfiller.domain.regions import Configuration, PlannedWarehouse, single
from fulfiller.services.database import Database, open_db
from fulfiller.services.planning.warehouses import (
    assign_orders,
    create_warehouse,
    list_warehouses,
    one_vs_current,
    order_countries,
    override_warehouse,
    set_countries,
    update_warehouse,
    what_if,
)
from tests.services.conftest import TwoCampaigns
from tests.services.reference import orders_still_to_ship


def region_rules(session: Session, campaign_id: int) -> dict[str, str]:
    """Country -> the code of the warehouse serving it, as the Warehouses tab lists them."""
    return {country: w.code for w in list_warehouses(session, campaign_id) for country in w.countries}


def _campaign(session: Session, name: str = "Lamp") -> int:
    campaign = Campaign(name=name)
    session.add(campaign)
    session.flush()
    return campaign.id


def _order(
    session: Session,
    campaign_id: int,
    country: str | None,
    *,
    status: PledgeStatus = PledgeStatus.COLLECTED,
    shipment: ShipmentStatus | None = None,
    warehouse_id: int | None = None,
) -> Order:
    number = session.scalar(select(func.count(Order.id))) + 1
    backer = Backer(campaign_id=campaign_id, name=f"Backer {number}")
    session.add(backer)
    session.flush()
    order = Order(
        campaign_id=campaign_id,
        backer_id=backer.id,
        platform_order_id=str(number),
        backer_number=str(number),
        status=status,
        warehouse_id=warehouse_id,
    )
    session.add(order)
    session.flush()
    if country is not None:
        session.add(Address(order_id=order.id, name=backer.name, country_code=country))
    if shipment is not None:
        session.add(Shipment(order_id=order.id, status=shipment, warehouse_id=warehouse_id))
    session.flush()
    return order


def _orders(session: Session, campaign_id: int, countries: str) -> list[Order]:
    return [_order(session, campaign_id, country) for country in countries.split()]


def _warehouse_of(session: Session, order: Order) -> str | None:
    session.refresh(order)
    return session.get(Warehouse, order.warehouse_id).code if order.warehouse_id else None


@pytest.fixture
def two_warehouses(db: Database) -> tuple[Database, int, int, int]:
    """A campaign with a US warehouse (US, CA and every other country) and an EU one in Germany."""
    with db.transaction() as session:
        campaign_id = _campaign(session)
        us = create_warehouse(
            session, campaign_id, "US", "US West", "US", operator="alice", countries=["US", "CA", "*"]
        )
        eu = create_warehouse(
            session, campaign_id, "EU", "EU Berlin", "Germany", operator="alice", countries=["DE", "fr"]
        )
    return db, campaign_id, us, eu


# --- Warehouses and their countries --------------------------------------------------------------


def test_create_and_list_warehouses_with_their_countries(two_warehouses) -> None:
    db, campaign_id, us, eu = two_warehouses
    with db.reading() as session:
        listed = list_warehouses(session, campaign_id)
        assert [(w.code, w.name, w.country_code, w.countries) for w in listed] == [
            ("EU", "EU Berlin", "DE", ("DE", "FR")),
            ("US", "US West", "US", ("*", "CA", "US")),
        ]
        assert region_rules(session, campaign_id) == {"US": "US", "CA": "US", "*": "US", "DE": "EU", "FR": "EU"}
        created = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "warehouse", AuditEntry.action == AuditAction.CREATE)
        ).all()
        assert {(a.entity_id, a.operator, a.new_value) for a in created} == {
            (us, "alice", "US US West"),
            (eu, "alice", "EU EU Berlin"),
        }
        rules = session.scalars(select(AuditEntry).where(AuditEntry.entity == "region_rule")).all()
        assert {(a.field, a.new_value, a.operator) for a in rules} == {
            ("US", "US", "alice"),
            ("CA", "US", "alice"),
            ("*", "US", "alice"),
            ("DE", "EU", "alice"),
            ("FR", "EU", "alice"),
        }


def test_bad_warehouses_are_refused(two_warehouses) -> None:
    db, campaign_id, us, _ = two_warehouses
    with db.transaction() as session:
        with pytest.raises(UserError, match="already has a warehouse us"):
            create_warehouse(session, campaign_id, "us", "Another", "US", operator="alice")
        with pytest.raises(UserError, match="not a country I know"):
            create_warehouse(session, campaign_id, "XX", "Nowhere", "Atlantis", operator="alice")
        with pytest.raises(UserError, match="needs a name"):
            create_warehouse(session, campaign_id, "AU", "  ", "AU", operator="alice")
        with pytest.raises(UserError, match="without spaces"):
            create_warehouse(session, campaign_id, "A U", "Sydney", "AU", operator="alice")
        with pytest.raises(UserError, match="Not countries I know: 'Narnia'"):
            create_warehouse(session, campaign_id, "AU", "Sydney", "AU", operator="alice", countries=["AU", "Narnia"])
        assert session.scalar(select(func.count(Warehouse.id))) == 2


def test_update_a_warehouse_is_audited_field_by_field(two_warehouses) -> None:
    db, _, _, eu = two_warehouses
    with db.transaction() as session:
        update_warehouse(session, eu, operator="bob", name="EU Rotterdam", country_code="Netherlands")
        warehouse = session.get(Warehouse, eu)
        assert (warehouse.code, warehouse.name, warehouse.country_code) == ("EU", "EU Rotterdam", "NL")
        changes = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "warehouse", AuditEntry.action == AuditAction.UPDATE)
        ).all()
        assert {(a.field, a.old_value, a.new_value, a.operator) for a in changes} == {
            ("name", "EU Berlin", "EU Rotterdam", "bob"),
            ("country_code", "DE", "NL", "bob"),
        }


def test_moving_a_country_to_another_warehouse_is_reported_and_audited(two_warehouses) -> None:
    db, campaign_id, us, eu = two_warehouses
    with db.transaction() as session:
        changes = set_countries(session, eu, ["DE", "CA", "Netherlands"], operator="bob")
        assert changes.moved == {"CA": "US"}
        assert changes.added == ("NL",)
        assert changes.removed == ("FR",)
        assert region_rules(session, campaign_id) == {"US": "US", "*": "US", "CA": "EU", "DE": "EU", "NL": "EU"}
        audit = {
            (a.action, a.field, a.old_value, a.new_value, a.operator)
            for a in session.scalars(
                select(AuditEntry).where(AuditEntry.entity == "region_rule", AuditEntry.operator == "bob")
            )
        }
        assert audit == {
            (AuditAction.UPDATE, "CA", "US", "EU", "bob"),
            (AuditAction.CREATE, "NL", None, "EU", "bob"),
            (AuditAction.DELETE, "FR", "EU", None, "bob"),
        }
        # The same list again changes nothing.
        assert not set_countries(session, eu, ["DE", "CA", "NL"], operator="bob").changed


def test_setting_unknown_countries_changes_nothing(two_warehouses) -> None:
    db, campaign_id, _, eu = two_warehouses
    with db.transaction() as session:
        before = region_rules(session, campaign_id)
        with pytest.raises(UserError, match="'Mordor'"):
            set_countries(session, eu, ["CA", "Mordor"], operator="bob")
        assert region_rules(session, campaign_id) == before
        assert session.scalar(select(func.count(RegionRule.id))) == 5


# --- Assigning orders ----------------------------------------------------------------------------


def test_orders_are_assigned_by_rule_and_the_default(two_warehouses) -> None:
    db, campaign_id, _, _ = two_warehouses
    with db.transaction() as session:
        us_order, ca_order, de_order, fr_order, jp_order = _orders(session, campaign_id, "US CA DE FR JP")
        summary = assign_orders(session, campaign_id, operator="carol")
        assert [_warehouse_of(session, o) for o in (us_order, ca_order, de_order, fr_order, jp_order)] == [
            "US",
            "US",
            "EU",
            "EU",
            "US",  # Japan has no rule: the default "*"
        ]
        assert (summary.considered, summary.changed) == (5, 5)
        assert summary.per_warehouse == {"EU": 2, "US": 3}
        assert summary.unassigned == {}
        audit = session.scalars(select(AuditEntry).where(AuditEntry.entity == "order")).all()
        assert {(a.entity_id, a.field, a.old_value, a.new_value, a.operator) for a in audit} == {
            (de_order.id, "warehouse", None, "EU", "carol"),
            (fr_order.id, "warehouse", None, "EU", "carol"),
            (us_order.id, "warehouse", None, "US", "carol"),
            (ca_order.id, "warehouse", None, "US", "carol"),
            (jp_order.id, "warehouse", None, "US", "carol"),
        }
        again = assign_orders(session, campaign_id, operator="carol")
        assert again.changed == 0
        assert session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.entity == "order")) == 5


def test_orders_without_a_rule_or_a_country_get_no_warehouse_and_are_reported(two_warehouses) -> None:
    db, campaign_id, us, _ = two_warehouses
    with db.transaction() as session:
        set_countries(session, us, ["US", "CA"], operator="bob")  # no default any more
        jp_order = _order(session, campaign_id, "JP", warehouse_id=us)  # assigned while "*" was the US
        nowhere = _order(session, campaign_id, None)
        blank = _order(session, campaign_id, "")
        _orders(session, campaign_id, "JP AU US")
        summary = assign_orders(session, campaign_id, operator="carol")
        assert summary.unassigned == {"": 2, "AU": 1, "JP": 2}
        assert summary.unassigned_orders == 5
        assert summary.per_warehouse == {"US": 1}
        assert _warehouse_of(session, jp_order) is None
        assert _warehouse_of(session, nowhere) is None and _warehouse_of(session, blank) is None


def test_orders_not_to_be_shipped_are_left_alone(two_warehouses) -> None:
    db, campaign_id, _, eu = two_warehouses
    with db.transaction() as session:
        dropped = _order(session, campaign_id, "US", status=PledgeStatus.DROPPED)
        refunded = _order(session, campaign_id, "US", status=PledgeStatus.REFUNDED, warehouse_id=eu)
        kept = _order(session, campaign_id, "US")
        merged = _order(session, campaign_id, "US")
        merged.merged_into_id = kept.id
        session.flush()
        summary = assign_orders(session, campaign_id, operator="carol")
        assert summary.considered == 1
        assert _warehouse_of(session, dropped) is None
        assert _warehouse_of(session, refunded) == "EU"
        assert _warehouse_of(session, merged) is None
        assert _warehouse_of(session, kept) == "US"


def test_a_packed_order_keeps_its_warehouse_and_an_unpacked_parcel_moves_with_its_order(two_warehouses) -> None:
    db, campaign_id, us, eu = two_warehouses
    with db.transaction() as session:
        packed = _order(session, campaign_id, "DE", shipment=ShipmentStatus.SHIPPED, warehouse_id=us)
        waiting = _order(session, campaign_id, "DE", shipment=ShipmentStatus.READY, warehouse_id=us)
        summary = assign_orders(session, campaign_id, operator="carol")
        assert (summary.considered, summary.kept_packed, summary.changed) == (1, 1, 1)
        assert summary.per_warehouse == {"EU": 1}
        assert [w.orders for w in list_warehouses(session, campaign_id)] == [1, 0]
        assert _warehouse_of(session, packed) == "US"
        assert _warehouse_of(session, waiting) == "EU"
        parcels = dict(session.execute(select(Shipment.order_id, Shipment.warehouse_id)).all())
        assert parcels == {packed.id: us, waiting.id: eu}


def test_an_override_survives_reassignment_until_given_back(two_warehouses) -> None:
    db, campaign_id, us, eu = two_warehouses
    with db.transaction() as session:
        order, other = _orders(session, campaign_id, "JP JP")
        assign_orders(session, campaign_id, operator="carol")
        assert _warehouse_of(session, order) == "US"

        assert override_warehouse(session, order.id, eu, operator="dave") == eu
        assert order.warehouse_overridden
        summary = assign_orders(session, campaign_id, operator="carol")
        assert (summary.kept_overridden, summary.changed) == (1, 0)
        assert _warehouse_of(session, order) == "EU"

        # Even when the rules change, the person's choice stands.
        set_countries(session, eu, ["DE", "FR", "JP"], operator="bob")
        set_countries(session, us, ["US", "CA"], operator="bob")
        assign_orders(session, campaign_id, operator="carol")
        assert _warehouse_of(session, order) == "EU" and _warehouse_of(session, other) == "EU"
        set_countries(session, eu, ["DE", "FR"], operator="bob")
        summary = assign_orders(session, campaign_id, operator="carol")
        assert _warehouse_of(session, order) == "EU"
        assert _warehouse_of(session, other) is None and summary.unassigned == {"JP": 1}

        # Given back to the rules: Japan has no rule and no default now.
        assert override_warehouse(session, order.id, None, operator="dave") is None
        assert not order.warehouse_overridden
        audit = {
            (a.field, a.old_value, a.new_value)
            for a in session.scalars(
                select(AuditEntry).where(
                    AuditEntry.entity == "order", AuditEntry.entity_id == order.id, AuditEntry.operator == "dave"
                )
            )
        }
        assert audit == {
            ("warehouse", "US", "EU"),
            ("warehouse_overridden", "False", "True"),
            ("warehouse", "EU", None),
            ("warehouse_overridden", "True", "False"),
        }


def test_giving_an_order_back_applies_the_rules_at_once(two_warehouses) -> None:
    db, campaign_id, us, _ = two_warehouses
    with db.transaction() as session:
        (order,) = _orders(session, campaign_id, "FR")
        override_warehouse(session, order.id, us, operator="dave")
        assert _warehouse_of(session, order) == "US"
        override_warehouse(session, order.id, None, operator="dave")
        assert _warehouse_of(session, order) == "EU"


def test_overrides_that_cannot_be(two_warehouses) -> None:
    db, campaign_id, us, eu = two_warehouses
    with db.transaction() as session:
        other_campaign = _campaign(session, "Other")
        foreign = create_warehouse(session, other_campaign, "US", "Elsewhere", "US", operator="alice")
        (order,) = _orders(session, campaign_id, "FR")
        with pytest.raises(UserError, match="no warehouse"):
            override_warehouse(session, order.id, foreign, operator="dave")
        with pytest.raises(UserError, match="no order"):
            override_warehouse(session, 999_999, eu, operator="dave")
        shipped = _order(session, campaign_id, "FR", shipment=ShipmentStatus.PACKED, warehouse_id=eu)
        with pytest.raises(UserError, match="already packed"):
            override_warehouse(session, shipped.id, us, operator="dave")
        assert not order.warehouse_overridden and not shipped.warehouse_overridden


# --- What-if -------------------------------------------------------------------------------------


def test_what_if_on_three_us_two_german_and_one_japanese_order(two_warehouses) -> None:
    db, campaign_id, _, _ = two_warehouses
    with db.transaction() as session:
        _orders(session, campaign_id, "US US US DE DE JP")
        # Not to be shipped (any more): they do not count.
        _order(session, campaign_id, "DE", status=PledgeStatus.DROPPED)
        _order(session, campaign_id, "JP", shipment=ShipmentStatus.SHIPPED)
        merged = _order(session, campaign_id, "JP")
        merged.merged_into_id = merged.id - 1
        session.flush()
        assert order_countries(session, campaign_id) == {"US": 3, "DE": 2, "JP": 1}

        one, current = one_vs_current(session, campaign_id, "us")
        assert (one.name, one.orders, one.international, one.international_share) == ("Everything from US", 6, 3, 0.5)
        assert current.load("US").orders == 4 and current.load("US").international == 1
        assert current.load("EU").orders == 2 and current.load("EU").international == 0
        assert current.international_share == pytest.approx(1 / 6)

        three = Configuration(
            "three",
            (
                PlannedWarehouse.of("US", "US", "US"),
                PlannedWarehouse.of("EU", "NL", "DE"),
                PlannedWarehouse.of("CN", "CN", "JP"),
            ),
        )
        (result,) = what_if(session, campaign_id, [three])
        assert [(load.code, load.orders, load.international) for load in result.loads] == [
            ("US", 3, 0),
            ("EU", 2, 2),
            ("CN", 1, 1),
        ]
        assert result.international_share == 0.5

        with pytest.raises(UserError, match="no warehouse 'AU'"):
            one_vs_current(session, campaign_id, "AU")


def test_what_if_follows_the_rules_not_the_overrides(two_warehouses) -> None:
    db, campaign_id, us, _ = two_warehouses
    with db.transaction() as session:
        (order,) = _orders(session, campaign_id, "DE")
        override_warehouse(session, order.id, us, operator="dave")
        _, current = one_vs_current(session, campaign_id, "US")
        assert current.load("EU").orders == 1


# --- The demo campaign ---------------------------------------------------------------------------


def test_the_demo_is_already_assigned_by_its_rules(demo_db_path: Path) -> None:
    db = open_db(demo_db_path)
    try:
        with db.transaction() as session:
            campaign_id = session.scalar(select(Campaign.id))
            summary = assign_orders(session, campaign_id, operator="tester")
            assert summary.changed == 0
            assert summary.unassigned == {}
            collected = session.scalar(
                select(func.count(Order.id)).where(
                    Order.campaign_id == campaign_id, Order.status == PledgeStatus.COLLECTED
                )
            )
            assert summary.kept_packed > 0
            assert summary.considered + summary.kept_packed == collected
            to_ship = summary.considered
            assert sum(summary.per_warehouse.values()) == to_ship
            assert sum(w.orders for w in list_warehouses(session, campaign_id)) == to_ship

            one, current = one_vs_current(session, campaign_id, "CN")
            assert one.orders == current.orders == to_ship
            assert current.international < one.international
            assert one.load("CN").domestic == order_countries(session, campaign_id).get("CN", 0)
            assert what_if(session, campaign_id, [single(PlannedWarehouse("CN", "CN", frozenset()))]) == [one]
    finally:
        db.close()


def test_each_warehouse_counts_its_orders_still_to_ship(two_campaigns: TwoCampaigns) -> None:
    s = two_campaigns.session
    for campaign_id in two_campaigns.both:
        todo = orders_still_to_ship(s, campaign_id)
        held = Counter(s.scalars(select(Order.warehouse_id).where(Order.id.in_(todo), Order.warehouse_id.is_not(None))))
        assert {w.id: w.orders for w in list_warehouses(s, campaign_id)} == {
            w: held[w] for w in s.scalars(select(Warehouse.id).where(Warehouse.campaign_id == campaign_id))
        }
        countries = Counter(
            (country or "").upper()
            for country in s.scalars(
                select(Address.country_code).select_from(Order).outerjoin(Address).where(Order.id.in_(todo))
            )
        )
        assert order_countries(s, campaign_id) == dict(countries)
