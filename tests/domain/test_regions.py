"""Region rules and the what-if of one warehouse against several, on hand-made order counts."""

from __future__ import annotations

import pytest

from fulfiller.domain.regions import (
    DEFAULT,
    Configuration,
    PlannedWarehouse,
    RegionRuleError,
    assign,
    compare,
    normalise_country,
    rules_from_serving,
    single,
    what_if,
)

RULES = {"US": "US", "CA": "US", "DE": "EU", "FR": "EU"}
# 3 US + 2 DE + 1 JP orders.
ORDERS = {"US": 3, "DE": 2, "JP": 1}

US = PlannedWarehouse.of("US", "US", "US CA *")
EU_IN_GERMANY = PlannedWarehouse.of("EU", "DE", "DE, FR, NL")


def test_a_country_with_a_rule_goes_to_its_warehouse() -> None:
    assert assign("DE", RULES) == "EU"
    assert assign(" de ", RULES) == "EU"


def test_a_country_without_a_rule_goes_to_the_default_or_nowhere() -> None:
    assert assign("JP", RULES) is None
    assert assign("JP", RULES, default="US") == "US"
    assert assign("JP", {**RULES, DEFAULT: "CN"}) == "CN"
    # An explicit default wins over the rules' "*", but never over a country's own rule.
    assert assign("JP", {**RULES, DEFAULT: "CN"}, default="US") == "US"
    assert assign("DE", {**RULES, DEFAULT: "CN"}, default="US") == "EU"


def test_an_order_without_a_country_gets_no_warehouse_even_with_a_default() -> None:
    assert assign("", {DEFAULT: "US"}) is None
    assert assign("  ", RULES, default="US") is None


def test_rules_may_name_warehouses_by_id() -> None:
    assert assign("FR", {"FR": 2, DEFAULT: 1}) == 2
    assert assign("BR", {"FR": 2, DEFAULT: 1}) == 1


@pytest.mark.parametrize(("given", "expected"), [("de", "DE"), (" US ", "US"), ("*", "*")])
def test_country_codes_are_normalised(given: str, expected: str) -> None:
    assert normalise_country(given) == expected


@pytest.mark.parametrize("given", ["", "USA", "D", "1A", "**", "Ü1"])
def test_anything_else_is_not_a_country_code(given: str) -> None:
    with pytest.raises(RegionRuleError, match="not a two-letter country code"):
        normalise_country(given)


def test_serving_lists_become_rules_and_a_country_cannot_be_served_twice() -> None:
    assert rules_from_serving({"US": ["us", "ca"], "EU": ["DE"]}) == {"US": "US", "CA": "US", "DE": "EU"}
    with pytest.raises(RegionRuleError, match=r"DE \(EU and UK\)"):
        rules_from_serving({"EU": ["DE", "FR"], "UK": ["GB", "DE"]})


def test_one_us_warehouse_ships_half_its_parcels_abroad() -> None:
    result = what_if(ORDERS, single(US))
    assert result.orders == 6
    assert result.international == 3
    assert result.international_share == 0.5
    load = result.load("US")
    assert (load.orders, load.domestic, load.international, load.international_share) == (6, 3, 3, 0.5)
    assert result.unassigned == {}


def test_a_us_and_a_german_warehouse_leave_only_japan_international() -> None:
    result = what_if(ORDERS, Configuration("US + EU", (US, EU_IN_GERMANY)))
    us, eu = result.load("US"), result.load("EU")
    assert (us.orders, us.international) == (4, 1)  # 3 US + JP by the default
    assert us.international_share == 0.25
    assert (eu.orders, eu.international) == (2, 0)
    assert eu.international_share == 0.0
    assert (result.orders, result.international) == (6, 1)
    assert result.international_share == pytest.approx(1 / 6)


def test_international_means_another_country_than_the_warehouses_own() -> None:
    eu_in_rotterdam = PlannedWarehouse.of("EU", "NL", "DE FR NL")
    result = what_if(ORDERS, Configuration("US + EU", (US, eu_in_rotterdam)))
    assert result.load("EU").international == 2  # Germany is abroad for Rotterdam
    assert result.international == 3


def test_orders_no_warehouse_serves_are_reported_not_counted() -> None:
    no_default = Configuration("US only", (PlannedWarehouse.of("US", "US", "US CA"),))
    result = what_if({**ORDERS, "": 4, "ca": 1}, no_default)
    assert result.orders == 4  # 3 US + 1 CA
    assert result.international == 1
    assert result.unassigned == {"": 4, "DE": 2, "JP": 1}
    assert result.unassigned_orders == 7


def test_a_warehouse_that_gets_nothing_shows_zero() -> None:
    idle = PlannedWarehouse.of("AU", "AU", "AU NZ")
    result = what_if(ORDERS, Configuration("with AU", (US, idle)))
    assert result.load("AU").orders == 0
    assert result.load("AU").international_share == 0.0
    assert [load.code for load in result.loads] == ["US", "AU"]


def test_one_against_several() -> None:
    one, several = compare(ORDERS, [single(US), Configuration("US + EU", (US, EU_IN_GERMANY))])
    assert one.name == "Everything from US"
    assert (one.orders, one.international) == (6, 3)
    assert (several.orders, several.international) == (6, 1)
    assert one.international_share > several.international_share


def test_compare_keeps_the_order_of_the_configurations() -> None:
    results = compare(ORDERS, [single(US, "one"), Configuration("two", (US, EU_IN_GERMANY))])
    assert [r.name for r in results] == ["one", "two"]


def test_no_orders_means_no_share() -> None:
    result = what_if({}, single(US))
    assert (result.orders, result.international_share) == (0, 0.0)


def test_a_configuration_that_serves_a_country_twice_is_refused() -> None:
    clash = Configuration("clash", (US, PlannedWarehouse.of("CA", "CA", "CA")))
    with pytest.raises(RegionRuleError, match="CA"):
        what_if(ORDERS, clash)
    twice = Configuration("twice", (US, PlannedWarehouse.of("US", "US", "MX")))
    with pytest.raises(RegionRuleError, match="used twice"):
        what_if(ORDERS, twice)
