"""Planning maths: spare stock and shortfall per shelf, and the shipping-cost estimate from a rate table."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

REST_OF_WORLD = "*"
CENT = Decimal("0.01")

# --- Demand, spares, shortfall ---------------------------------------------------------------------


def spare_percent_for(*candidates: Decimal | None) -> Decimal:
    """The first percentage that is set: a shelf's own, then the item's, then the campaign's."""
    for candidate in candidates:
        if candidate is not None:
            return Decimal(candidate)
    return Decimal(0)


def spares_for(demand: int, spare_percent: Decimal) -> int:
    """Spare units on top of the demand, rounded up: 10 % of 101 is 11."""
    if demand <= 0 or spare_percent <= 0:
        return 0
    return int((Decimal(demand) * Decimal(spare_percent) / 100).to_integral_value(rounding=ROUND_CEILING))


def plan_line(demand: int, spare_percent: Decimal, on_hand: int) -> tuple[int, int]:
    """(spares, shortfall): shortfall = what is missing for demand plus spares; never below 0."""
    if demand < 0:
        raise ValueError(f"Demand cannot be negative: {demand}")
    spares = spares_for(demand, spare_percent)
    return spares, max(0, demand + spares - on_hand)


# --- Shipping cost -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RateBand:
    """Parcels up to `max_weight_g` (inclusive) cost `cost`."""

    max_weight_g: int
    cost: Decimal
    currency: str


@dataclass(frozen=True, slots=True)
class RateZone:
    """A destination zone of one warehouse's rate table; "*" among its countries means every other one."""

    name: str
    countries: frozenset[str]
    bands: tuple[RateBand, ...] = ()
    zone_id: int | None = None

    @property
    def is_rest(self) -> bool:
        return REST_OF_WORLD in self.countries


def parse_countries(text: str) -> frozenset[str]:
    """ "US ca, MX" -> {"US", "CA", "MX"}; "*" stands for every country no other zone names."""
    return frozenset(code.upper() for code in text.replace(",", " ").replace(";", " ").split())


def zone_for(country: str, zones: Iterable[RateZone]) -> RateZone | None:
    """The zone that names the country, else the "rest of the world" zone, else None."""
    country = country.strip().upper()
    rest = None
    for zone in zones:
        if country and country in zone.countries:
            return zone
        if zone.is_rest and rest is None:
            rest = zone
    return rest if country else None


def band_for(weight_g: int, bands: Sequence[RateBand]) -> RateBand | None:
    """The lightest band the parcel fits in, or None when it is heavier than every band."""
    ordered = bands if _is_sorted(bands) else sorted(bands, key=lambda b: b.max_weight_g)
    index = bisect_left([b.max_weight_g for b in ordered], weight_g)
    return ordered[index] if index < len(ordered) else None


def _is_sorted(bands: Sequence[RateBand]) -> bool:
    return all(a.max_weight_g <= b.max_weight_g for a, b in zip(bands, bands[1:], strict=False))


def with_buffer(amount: Decimal, buffer_percent: Decimal) -> Decimal:
    """The amount plus the budget buffer, to the cent."""
    return (amount * (100 + Decimal(buffer_percent)) / 100).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class CostTotal:
    """Parcels and their cost (per currency: a rate table may mix them), before and after the buffer."""

    label: str
    orders: int = 0
    weight_g: int = 0
    cost: dict[str, Decimal] = field(default_factory=dict)

    def add(self, band: RateBand, weight_g: int, times: int = 1) -> None:
        self.orders += times
        self.weight_g += weight_g * times
        self.cost[band.currency] = self.cost.get(band.currency, Decimal(0)) + band.cost * times

    def with_buffer(self, buffer_percent: Decimal) -> dict[str, Decimal]:
        return {currency: with_buffer(amount, buffer_percent) for currency, amount in self.cost.items()}
