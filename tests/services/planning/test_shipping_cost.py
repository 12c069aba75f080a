from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from fulfiller.db.models import AuditEntry
from fulfiller.domain.enums import PledgeStatus, ShipmentStatus
from fulfiller.domain.errors import UserError
from fulfiller.services.campaigns import resolve_campaign
from fulfiller.services.catalogue.items import add_item
from fulfiller.services.database import open_db
from fulfiller.services.planning.demand import set_campaign_planning
from fulfiller.services.planning.shipping_cost import (
    add_rate_zone,
    estimate_shipping,
    format_estimate,
    list_rate_table,
    remove_rate_band,
    remove_rate_zone,
    set_rate_band,
    update_rate_zone,
)
from tests.services.kit_campaign import Small, make_template, opened_copy
from tests.services.reference import add_a_second_campaign, estimate_figures, shipping_estimate, stir_the_demo


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Small]:
    return make_template(tmp_path_factory.mktemp("small"))


@pytest.fixture
def small(template: tuple[Path, Small], tmp_path: Path) -> Iterator[Small]:
    with opened_copy(template[0], tmp_path) as db, db.transaction() as session:
        yield template[1].bind(session)


def _rate_table(small: Small) -> None:
    s, us, eu = small.s, small.warehouses["US"], small.warehouses["EU"]
    domestic = add_rate_zone(s, us, "Domestic", "US", operator="mei")
    world = add_rate_zone(s, us, "World", "*", operator="mei")
    europe = add_rate_zone(s, eu, "EU", "de, fr", operator="mei")
    for zone, bands in (
        (domestic, [(500, "5"), (1500, "9"), (3000, "14")]),
        (world, [(1500, "20.00"), (3000, "30.00")]),
    ):
        for weight, cost in bands:
            set_rate_band(s, zone, weight, cost, "USD", operator="mei")
    set_rate_band(s, europe, 2000, Decimal("12"), "EUR", operator="mei")


def test_the_estimate_prices_each_order_by_zone_and_weight_band(small: Small) -> None:
    _rate_table(small)
    small.order("1", "Lamp White")  # 1060 g + merged order 8's 1060 g
    small.order("2", "Duo", add_ons={"Extra Cable": 2})  # 2200 g
    small.order("3", "Lamp Black", country="CA")  # the rest of the world
    small.order("4", "Lamp White", country="DE", warehouse="EU")
    small.order("5", "Lamp White", country="IT", warehouse="EU")  # EU has no zone for Italy
    small.order("6", "Lamp White", warehouse=None)
    small.order("7", "Duo", add_ons={"Spare Shade": 10})  # 4100 g: too heavy for any band
    small.order("8", "Lamp Black", merged_into="1")
    small.order("9", "Lamp White")
    small.shipment("9", ShipmentStatus.SHIPPED, {"LAMP-WH": 1})  # gone already
    small.items["MYSTERY"] = add_item(small.s, small.campaign_id, sku="MYSTERY", name="Mystery gift", operator="mei")
    small.order("10", "Lamp White")
    small.extra("10", "MYSTERY", 1)
    small.order("11", "Duo", status=PledgeStatus.REFUNDED)
    small.order("12", "Lamp White", country="")

    estimate = estimate_shipping(small.s, small.campaign_id, packaging_g=100)

    assert estimate.buffer_percent == Decimal("25")
    assert estimate.total.orders == 4
    assert estimate.total.cost == {"USD": Decimal("48"), "EUR": Decimal("12")}  # 14 + 14 + 20, and 12
    assert estimate.total.with_buffer(estimate.buffer_percent) == {"USD": Decimal("60.00"), "EUR": Decimal("15.00")}
    assert estimate.total.weight_g == 2220 + 2300 + 1160 + 1160  # packaging included
    assert {t.label: (t.orders, t.cost) for t in estimate.by_tier} == {
        "Lamp White": (2, {"USD": Decimal("14"), "EUR": Decimal("12")}),
        "Duo": (1, {"USD": Decimal("14")}),
        "Lamp Black": (1, {"USD": Decimal("20.00")}),
    }
    assert {t.label: (t.orders, t.cost) for t in estimate.by_region} == {
        "EU › EU": (1, {"EUR": Decimal("12")}),
        "US › Domestic": (2, {"USD": Decimal("28")}),
        "US › World": (1, {"USD": Decimal("20.00")}),
    }
    missing = {(n.warehouse, n.country, n.weight_g, n.reason): n.orders for n in estimate.not_covered}
    assert missing == {
        ("EU", "IT", 1160, "no zone of EU covers the destination"): 1,  # order 5
        ("", "US", 1160, "no warehouse"): 1,  # order 6
        ("US", "US", 4200, "heavier than every band of US › Domestic"): 1,  # order 7
        ("US", "US", None, "an item in the order has no weight"): 1,  # order 10
        ("US", "", 1160, "no destination country"): 1,  # order 12
    }
    assert estimate.orders_not_covered == 5
    as_dict = estimate.as_dict()
    assert as_dict["total"]["with_buffer"] == {"USD": "60.00", "EUR": "15.00"}
    assert as_dict["not_covered"] == 5
    text = format_estimate(estimate)
    assert "4 parcels: 48.00 USD + 12.00 EUR; with a 25% buffer: 60.00 USD + 15.00 EUR" in text
    assert "Not covered: 5 order(s)" in text


def test_the_buffer_is_the_campaigns(small: Small) -> None:
    _rate_table(small)
    small.order("1", "Lamp White")
    set_campaign_planning(small.s, small.campaign_id, cost_buffer_percent="20", operator="mei")
    estimate = estimate_shipping(small.s, small.campaign_id)
    assert estimate.total.cost == {"USD": Decimal("9")}
    assert estimate.total.with_buffer(estimate.buffer_percent) == {"USD": Decimal("10.80")}
    with pytest.raises(UserError, match="negative"):
        estimate_shipping(small.s, small.campaign_id, packaging_g=-1)


def test_no_rate_table_means_nothing_is_covered(small: Small) -> None:
    small.order("1", "Lamp White")
    estimate = estimate_shipping(small.s, small.campaign_id)
    assert estimate.total.orders == 0 and estimate.total.cost == {}
    assert estimate.not_covered_by_reason() == {"no zone of US covers the destination": 1}


def test_rate_zones_and_bands_are_checked_listed_changed_and_removed(small: Small) -> None:
    s, us = small.s, small.warehouses["US"]
    zone = add_rate_zone(s, us, " North  America ", "us ca", operator="mei")
    for countries, message in (
        ("", "needs countries"),
        ("US XX", "Not country codes: XX"),
        ("MX CA", "already covers CA"),
    ):
        with pytest.raises(UserError, match=message):
            add_rate_zone(s, us, "Other", countries, operator="mei")
    add_rate_zone(s, us, "Rest", "*", operator="mei")
    with pytest.raises(UserError, match="already covers the rest of the world"):
        add_rate_zone(s, us, "Rest again", "*", operator="mei")
    with pytest.raises(UserError, match="already has a zone named 'Rest'"):
        add_rate_zone(s, us, "Rest", "MX", operator="mei")
    add_rate_zone(s, small.warehouses["EU"], "Rest", "*", operator="mei")  # another warehouse may

    band = set_rate_band(s, zone, "1000", "7.50", "usd", operator="mei")
    assert set_rate_band(s, zone, 1000, "8.00", "USD", operator="tom") == band  # same weight: a new price
    set_rate_band(s, zone, 500, "5", "USD", operator="mei")
    for weight, cost, currency, message in (
        (0, "5", "USD", "above 0"),
        ("heavy", "5", "USD", "whole number"),
        (100, "-1", "USD", "not an amount"),
        (100, "5", "dollars", "currency"),
    ):
        with pytest.raises(UserError, match=message):
            set_rate_band(s, zone, weight, cost, currency, operator="mei")

    update_rate_zone(s, zone, name="NA", countries="US CA MX", operator="tom")
    table = list_rate_table(s, small.campaign_id)
    assert [(z.warehouse, z.name, z.countries) for z in table] == [
        ("EU", "Rest", "*"),
        ("US", "NA", "CA MX US"),
        ("US", "Rest", "*"),
    ]
    assert [(b.max_weight_g, b.cost) for b in table[1].bands] == [(500, Decimal("5")), (1000, Decimal("8.00"))]
    audit = s.scalars(select(AuditEntry).where(AuditEntry.operator == "tom")).all()
    assert {(e.entity, e.field, e.old_value, e.new_value) for e in audit} == {
        ("rate_band", "cost", "7.50", "8.00"),
        ("rate_zone", "name", "North America", "NA"),
        ("rate_zone", "countries", "CA US", "CA MX US"),
    }

    remove_rate_band(s, table[1].bands[0].id, operator="tom")
    remove_rate_zone(s, table[2].id, operator="tom")
    assert [len(z.bands) for z in list_rate_table(s, small.campaign_id)] == [0, 1]


def test_the_estimate_prices_what_pricing_order_by_order_gives(demo_db_path: Path) -> None:
    db = open_db(demo_db_path)
    try:
        with db.transaction() as session:
            demo = resolve_campaign(session, None).id
            stir_the_demo(session, demo)
            small = add_a_second_campaign(session)
            _rate_table(small.bind(session))
            small.items["MYSTERY"] = add_item(session, small.campaign_id, sku="MYSTERY", name="Gift", operator="mei")
            small.extra("2", "MYSTERY", 1)  # an item with no weight
            for campaign_id in (demo, small.campaign_id):
                for packaging_g in (0, 100, 1200):  # the heavier, the more orders outgrow every band
                    found = estimate_figures(estimate_shipping(session, campaign_id, packaging_g=packaging_g))
                    assert found == shipping_estimate(session, campaign_id, packaging_g), (campaign_id, packaging_g)
            zone = list_rate_table(session, demo)[0]
            remove_rate_zone(session, zone.id, operator="mei")  # its countries are covered no more
            estimate = estimate_shipping(session, demo)
            assert estimate_figures(estimate) == shipping_estimate(session, demo)
            assert estimate.orders_not_covered == sum(estimate.not_covered_by_reason().values()) > 0
    finally:
        db.close()
