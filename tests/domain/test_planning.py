from decimal import Decimal

import pytest

from fulfiller.domain.planning import (
    CostTotal,
    RateBand,
    RateZone,
    band_for,
    parse_countries,
    plan_line,
    spare_percent_for,
    spares_for,
    with_buffer,
    zone_for,
)


def test_spares_round_up_and_shortfall_never_goes_below_zero() -> None:
    assert plan_line(100, Decimal("12"), 0) == (12, 112)
    assert plan_line(101, Decimal("10"), 50) == (11, 62)  # 10.1 spares -> 11
    assert plan_line(100, Decimal("12"), 500) == (12, 0)
    assert plan_line(0, Decimal("12"), 5) == (0, 0)
    assert plan_line(7, Decimal("0"), 7) == (0, 0)
    assert plan_line(3, Decimal("12.5"), 0) == (1, 4)
    with pytest.raises(ValueError):
        plan_line(-1, Decimal("10"), 0)


def test_spares_are_exact_for_awkward_percentages() -> None:
    # 0.1 * 30 is 3.0000000000000004 as a float: ceil would give 4.
    assert spares_for(30, Decimal("10")) == 3
    assert spares_for(1000, Decimal("14.5")) == 145
    assert spares_for(1, Decimal("0.01")) == 1


def test_spare_percent_precedence_is_shelf_item_campaign() -> None:
    assert spare_percent_for(Decimal("20"), Decimal("15"), Decimal("12")) == Decimal("20")
    assert spare_percent_for(None, Decimal("15"), Decimal("12")) == Decimal("15")
    assert spare_percent_for(None, None, Decimal("12")) == Decimal("12")
    assert spare_percent_for(Decimal("0"), Decimal("15"), Decimal("12")) == Decimal("0")  # 0 is a choice


BANDS = (
    RateBand(500, Decimal("8.00"), "USD"),
    RateBand(1000, Decimal("11.50"), "USD"),
    RateBand(2000, Decimal("15.00"), "USD"),
)
DOMESTIC = RateZone("Domestic", parse_countries("US"), BANDS)
NEIGHBOURS = RateZone("Neighbours", parse_countries("ca, MX"), BANDS)
WORLD = RateZone("World", parse_countries("*"), BANDS)


def test_zone_for_prefers_a_named_country_over_the_rest_of_the_world() -> None:
    zones = [WORLD, DOMESTIC, NEIGHBOURS]
    assert zone_for("US", zones) is DOMESTIC
    assert zone_for("mx", zones) is NEIGHBOURS
    assert zone_for("DE", zones) is WORLD
    assert zone_for("DE", [DOMESTIC, NEIGHBOURS]) is None
    assert zone_for("", zones) is None
    assert WORLD.is_rest and not DOMESTIC.is_rest


def test_band_for_takes_the_lightest_band_the_parcel_fits_in() -> None:
    assert band_for(0, BANDS) is BANDS[0]
    assert band_for(500, BANDS) is BANDS[0]  # the upper weight is included
    assert band_for(501, BANDS) is BANDS[1]
    assert band_for(2000, BANDS) is BANDS[2]
    assert band_for(2001, BANDS) is None
    assert band_for(700, tuple(reversed(BANDS))) is BANDS[1]
    assert band_for(10, ()) is None


def test_buffer_and_totals_stay_decimal() -> None:
    assert with_buffer(Decimal("100"), Decimal("25")) == Decimal("125.00")
    assert with_buffer(Decimal("10.01"), Decimal("20")) == Decimal("12.01")  # 12.012
    total = CostTotal("all")
    total.add(BANDS[0], 400)
    total.add(BANDS[1], 900, times=2)
    total.add(RateBand(500, Decimal("50"), "EUR"), 300)
    assert total.orders == 4 and total.weight_g == 400 + 1800 + 300
    assert total.cost == {"USD": Decimal("31.00"), "EUR": Decimal("50")}
    assert total.with_buffer(Decimal("30")) == {"USD": Decimal("40.30"), "EUR": Decimal("65.00")}
