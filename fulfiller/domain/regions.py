"""Which warehouse serves which country, and what a different split of warehouses would mean.

Region rules map a destination country (ISO alpha-2) to a warehouse; the key "*" stands for every
country no other rule names (the default). An order with no known country is never assigned: a
parcel without a destination cannot leave any warehouse.

The what-if counts, for a hypothetical set of warehouses, how many orders each would ship and how
many of those parcels cross a border (destination country other than the warehouse's own country):
the share of international parcels drives customs paperwork, duties and postage.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import Message, joined, message

DEFAULT = "*"  # a rule for every country that no other rule names

T = TypeVar("T")


class RegionRuleError(UserError):
    """A set of region rules that cannot work: a country served twice, a code that is no country."""


def normalise_country(code: str) -> str:
    """An upper-case ISO alpha-2 code, or "*" for the default; a clear error for anything else."""
    text = code.strip().upper()
    if text == DEFAULT or (len(text) == 2 and text.isascii() and text.isalpha()):
        return text
    raise RegionRuleError(
        message(
            "regions.not_a_country_code",
            "{code!r} is not a two-letter country code (or * for every other country).",
            code=code,
        )
    )


def assign(country: str, rules: Mapping[str, T], default: T | None = None) -> T | None:
    """The warehouse for an order to `country`: its own rule, else `default`, else the rules' "*".

    `rules` maps country codes to anything that names a warehouse (a code, an id). An empty
    country gets no warehouse.
    """
    country = country.strip().upper()
    if not country:
        return None
    if country in rules:
        return rules[country]
    if default is not None:
        return default
    return rules.get(DEFAULT)


def rules_from_serving(serving: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Turn "warehouse → the countries it serves" into "country → warehouse", refusing overlaps."""
    rules: dict[str, str] = {}
    clashes: list[Message] = []
    for warehouse, countries in serving.items():
        for raw in countries:
            country = normalise_country(raw)
            other = rules.get(country)
            if other is not None and other != warehouse:
                clashes.append(
                    message(
                        "regions.clash",
                        "{country} ({other} and {warehouse})",
                        country=country,
                        other=other,
                        warehouse=warehouse,
                    )
                )
            rules[country] = warehouse
    if clashes:
        raise RegionRuleError(
            message(
                "regions.served_twice",
                "A country can be served by one warehouse only: {clashes}.",
                clashes=joined(*clashes, separator=", "),
            )
        )
    return rules


# --- What-if: a hypothetical split of warehouses -----------------------------------------------


@dataclass(frozen=True)
class PlannedWarehouse:
    """A warehouse in a what-if: where it stands and the countries it would serve ("*" = the rest)."""

    code: str
    country: str
    serves: frozenset[str]

    @classmethod
    def of(cls, code: str, country: str, serves: Iterable[str] | str) -> PlannedWarehouse:
        """Build one from loose input; `serves` may be a space- or comma-separated string."""
        if isinstance(serves, str):
            serves = serves.replace(",", " ").split()
        return cls(code, normalise_country(country), frozenset(normalise_country(c) for c in serves))


@dataclass(frozen=True)
class Configuration:
    """One way to split the campaign between warehouses."""

    name: str
    warehouses: tuple[PlannedWarehouse, ...]

    def rules(self) -> dict[str, str]:
        codes = [w.code for w in self.warehouses]
        duplicates = sorted({c for c in codes if codes.count(c) > 1})
        if duplicates:
            raise RegionRuleError(
                message(
                    "regions.code_twice",
                    "Warehouse code used twice in {name!r}: {codes}.",
                    name=self.name,
                    codes=", ".join(duplicates),
                )
            )
        return rules_from_serving({w.code: w.serves for w in self.warehouses})


def single(hub: PlannedWarehouse, name: str = "") -> Configuration:
    """One warehouse that ships every order."""
    only = PlannedWarehouse(hub.code, hub.country, frozenset({DEFAULT}))
    return Configuration(name or f"Everything from {hub.code}", (only,))


@dataclass(frozen=True)
class WarehouseLoad:
    code: str
    country: str
    orders: int
    international: int  # parcels to a country other than the warehouse's own

    @property
    def domestic(self) -> int:
        return self.orders - self.international

    @property
    def international_share(self) -> float:
        return self.international / self.orders if self.orders else 0.0


@dataclass(frozen=True)
class WhatIfResult:
    name: str
    loads: tuple[WarehouseLoad, ...]  # in the configuration's order
    # Orders no warehouse would serve, per destination country ("" = the order has no country).
    unassigned: Mapping[str, int] = field(default_factory=dict)

    @property
    def orders(self) -> int:
        """Orders that some warehouse ships."""
        return sum(load.orders for load in self.loads)

    @property
    def international(self) -> int:
        return sum(load.international for load in self.loads)

    @property
    def international_share(self) -> float:
        return self.international / self.orders if self.orders else 0.0

    @property
    def unassigned_orders(self) -> int:
        return sum(self.unassigned.values())

    def load(self, code: str) -> WarehouseLoad:
        for load in self.loads:
            if load.code == code:
                return load
        raise KeyError(code)


def what_if(orders_per_country: Mapping[str, int], configuration: Configuration) -> WhatIfResult:
    """How `configuration` would split the orders (`country → number of orders`)."""
    rules = configuration.rules()
    counts = {w.code: [0, 0] for w in configuration.warehouses}  # code -> [orders, international]
    home = {w.code: w.country for w in configuration.warehouses}
    unassigned: dict[str, int] = {}
    for raw_country, number in orders_per_country.items():
        if number <= 0:
            continue
        country = raw_country.strip().upper()
        code = assign(country, rules)
        if code is None:
            unassigned[country] = unassigned.get(country, 0) + number
            continue
        counts[code][0] += number
        if country != home[code]:
            counts[code][1] += number
    loads = tuple(WarehouseLoad(w.code, w.country, *counts[w.code]) for w in configuration.warehouses)
    return WhatIfResult(configuration.name, loads, dict(sorted(unassigned.items())))


def compare(orders_per_country: Mapping[str, int], configurations: Iterable[Configuration]) -> list[WhatIfResult]:
    return [what_if(orders_per_country, configuration) for configuration in configurations]
