"""A realistic demo campaign: catalogue, warehouses, backers in 40+ countries, problems, parcels, stock.

Deterministic for a seed, and fast enough for 250,000 backers: rows are built as plain dicts with ids
assigned here and written with bulk INSERTs, one chunk of backers at a time. Nothing is committed:
the caller owns the transaction (and rolls it back when the demo is cancelled).
"""

from __future__ import annotations

import math
import random
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate
from typing import Any

from anyascii import anyascii
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from fulfiller.db.models import (
    AddOn,
    Address,
    Backer,
    Base,
    Campaign,
    Item,
    KitLine,
    Order,
    OrderAddOn,
    OrderProblem,
    RegionRule,
    RewardTier,
    Shipment,
    ShipmentLine,
    ShipmentStatusChange,
    Stock,
    StockMovement,
    Warehouse,
)
from fulfiller.demo.places import City, CountrySample, countries
from fulfiller.domain.clock import utcnow
from fulfiller.domain.enums import AuditAction, MovementKind, Platform, PledgeStatus, Severity, ShipmentStatus
from fulfiller.domain.errors import UserError
from fulfiller.domain.progress import Cancel, Progress, stop_if_cancelled
from fulfiller.services.audit import record

Row = dict[str, Any]

CHUNK_SIZE = 5_000
DEMO_OPERATOR = "demo"  # who packed and shipped the demo's parcels
THANK_YOU_NOTE = (
    "Thank you for backing Aurora! Every lamp was tested by hand in Shenzhen before it left us. "
    "We hope it lights up many late nights. - Mei, Tom and the Aurora team"
)

CAMPAIGN_LAUNCH = datetime(2025, 3, 4, 15, 0)
# Share of pledges per campaign day: the launch rush, a long quiet middle, the final-days push.
PLEDGES_PER_DAY = (16, 7, 4, 3, 2.5, *([2] * 21), 2.5, 3.5, 5, 9)
GOODS_RECEIVED = datetime(2025, 8, 25, 9, 0)
SHIPPING_STARTS = datetime(2025, 9, 8, 8, 0)

PROBLEM_RATE = 0.05
SHIPMENT_RATE = 0.30
GAP_RATE = 0.04


# --- The catalogue -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _ItemSpec:
    sku: str
    name: str
    variant: str
    weight_g: int
    size_mm: tuple[int, int, int]
    hs_code: str
    customs_value: Decimal
    spare_percent: Decimal | None = Decimal("10")
    is_stock: bool = True


@dataclass(frozen=True)
class _OfferSpec:
    """A reward tier or an add-on: what it costs and which items it contains."""

    title: str
    platform_id: str
    price: Decimal
    kit: tuple[tuple[str, int], ...]
    weight: float  # tiers: share of backers; add-ons: chance an order takes it


ITEMS: tuple[_ItemSpec, ...] = (
    _ItemSpec(
        "AUR-LAMP-WH",
        "Aurora Desk Lamp",
        "Matte White",
        1350,
        (420, 180, 120),
        "940521",
        Decimal("28.50"),
        Decimal("12"),
    ),
    _ItemSpec(
        "AUR-PSU-30W",
        "USB-C Power Adapter",
        "30 W, interchangeable plugs",
        160,
        (70, 50, 35),
        "850440",
        Decimal("4.20"),
    ),
    _ItemSpec("AUR-CBL-150", "USB-C Cable", "1.5 m braided", 45, (120, 80, 20), "854442", Decimal("1.10")),
    _ItemSpec(
        "AUR-SHADE-FR",
        "Spare Shade",
        "Frosted glass",
        210,
        (200, 200, 90),
        "940599",
        Decimal("6.80"),
        Decimal("15"),
    ),
    _ItemSpec("AUR-QI-BASE", "Wireless Charger Base", "15 W", 240, (110, 110, 30), "850440", Decimal("9.60")),
    _ItemSpec("AUR-KNOB-BR", "Brass Dimmer Knob", "Solid brass", 85, (40, 40, 30), "830249", Decimal("3.90")),
    _ItemSpec(
        "AUR-CARD",
        "Hand-written thank-you card",
        "",
        12,
        (150, 105, 2),
        "490900",
        Decimal("0.20"),
        None,
        is_stock=False,
    ),
)

_LAMP_KIT = (("AUR-LAMP-WH", 1), ("AUR-PSU-30W", 1), ("AUR-CBL-150", 1))
EARLY_BIRD = "Early Bird Lamp"
TIERS: tuple[_OfferSpec, ...] = (
    _OfferSpec(EARLY_BIRD, "8123456", Decimal("59"), _LAMP_KIT, 55),
    _OfferSpec("Aurora Lamp", "8123457", Decimal("69"), _LAMP_KIT, 50),
    _OfferSpec("Aurora Duo", "8123458", Decimal("129"), tuple((sku, 2) for sku, _ in _LAMP_KIT), 22),
    _OfferSpec(
        "Maker Edition",
        "8123459",
        Decimal("199"),
        (*_LAMP_KIT, ("AUR-KNOB-BR", 1), ("AUR-SHADE-FR", 1), ("AUR-CARD", 1)),
        10,
    ),
)
ADD_ONS: tuple[_OfferSpec, ...] = (
    _OfferSpec("Spare Shade", "10750435", Decimal("19"), (("AUR-SHADE-FR", 1),), 0.14),
    _OfferSpec("Wireless Charger Base", "10750436", Decimal("29"), (("AUR-QI-BASE", 1),), 0.11),
)

# code, name, country
WAREHOUSES: tuple[tuple[str, str, str], ...] = (
    ("US", "US West", "US"),
    ("EU", "EU Rotterdam", "NL"),
    ("APAC", "APAC Sydney", "AU"),
    ("CN", "Shenzhen Factory", "CN"),
)
WAREHOUSE_COUNTRY: dict[str, str] = {code: country for code, _, country in WAREHOUSES}
_COUNTRIES_PER_WAREHOUSE = {
    "US": "US CA MX BR AR CL",
    "EU": "GB IE FR DE NL BE ES PT IT CH AT SE NO DK FI PL CZ HU GR RU UA TR IL AE SA EG ZA",
    "APAC": "AU NZ SG MY ID PH TH VN IN",
    "CN": "CN HK TW JP KR",
}
WAREHOUSE_FOR_COUNTRY: dict[str, str] = {
    country: warehouse for warehouse, countries in _COUNTRIES_PER_WAREHOUSE.items() for country in countries.split()
}

# Relative share of backers per country; every other demo country gets 0.3.
COUNTRY_WEIGHTS: dict[str, float] = {
    "US": 35,
    "DE": 8,
    "GB": 7,
    "CA": 6,
    "FR": 4,
    "AU": 4,
    "JP": 3,
    "CN": 2.5,
    "NL": 2,
    "IT": 2,
    "ES": 2,
    "SE": 1.5,
    "CH": 1.5,
    "KR": 1.2,
    "TW": 1,
    "HK": 1,
    "SG": 1,
    "AT": 1,
    "BE": 1,
    "DK": 0.8,
    "NO": 0.8,
    "PL": 0.8,
    "IE": 0.8,
    "NZ": 0.8,
    "FI": 0.6,
    "BR": 0.6,
    "MX": 0.6,
    "IL": 0.5,
    "IN": 0.5,
}

# Units of each currency per US dollar (rounded; demo prices only).
USD_RATES: dict[str, Decimal] = {
    "USD": Decimal(1),
    "CAD": Decimal("1.36"),
    "MXN": Decimal("17.5"),
    "AUD": Decimal("1.52"),
    "NZD": Decimal("1.66"),
    "GBP": Decimal("0.79"),
    "EUR": Decimal("0.92"),
    "CHF": Decimal("0.88"),
    "SEK": Decimal("10.5"),
    "NOK": Decimal("10.7"),
    "DKK": Decimal("6.9"),
    "PLN": Decimal("4.0"),
    "JPY": Decimal(150),
    "HKD": Decimal("7.8"),
    "SGD": Decimal("1.34"),
}

SHIPPING_USD_BY_WAREHOUSE = {"US": 18, "EU": 14, "APAC": 16, "CN": 12}
SHIPPING_USD_BY_COUNTRY = {
    "US": 9,
    "NL": 8,
    "AU": 10,
    "CN": 6,
    "HK": 9,
    "TW": 9,
    "MX": 22,
    "BR": 26,
    "AR": 26,
    "CL": 26,
    "RU": 24,
    "UA": 24,
    "TR": 22,
    "IL": 22,
    "AE": 24,
    "SA": 24,
    "EG": 24,
    "ZA": 26,
    "IN": 20,
}

EMAIL_DOMAINS = ("example.com", "example.org", "example.net", "mail.example", "post.example")

# Final status of a demo parcel, weighted, and the steps that led there.
SHIPMENT_OUTCOMES: tuple[tuple[ShipmentStatus, float], ...] = (
    (ShipmentStatus.PENDING, 18),
    (ShipmentStatus.READY, 14),
    (ShipmentStatus.PACKED, 12),
    (ShipmentStatus.SHIPPED, 28),
    (ShipmentStatus.DELIVERED, 20),
    (ShipmentStatus.ON_HOLD, 3),
    (ShipmentStatus.ADDRESS_PROBLEM, 2),
    (ShipmentStatus.LOST, 1),
    (ShipmentStatus.DAMAGED, 2),
)
_S = ShipmentStatus
_TO_SHIPPED = (_S.PENDING, _S.READY, _S.PACKED, _S.SHIPPED)
STATUS_PATHS: dict[ShipmentStatus, tuple[ShipmentStatus, ...]] = {
    _S.PENDING: (_S.PENDING,),
    _S.READY: (_S.PENDING, _S.READY),
    _S.PACKED: (_S.PENDING, _S.READY, _S.PACKED),
    _S.SHIPPED: _TO_SHIPPED,
    _S.DELIVERED: (*_TO_SHIPPED, _S.DELIVERED),
    _S.ON_HOLD: (_S.PENDING, _S.ON_HOLD),
    _S.ADDRESS_PROBLEM: (_S.PENDING, _S.ADDRESS_PROBLEM),
    _S.LOST: (*_TO_SHIPPED, _S.LOST),
    _S.DAMAGED: (*_TO_SHIPPED, _S.DELIVERED, _S.DAMAGED),
}
# Hours from the previous step to this one (lowest, highest).
STEP_HOURS: dict[ShipmentStatus, tuple[float, float]] = {
    _S.READY: (4, 30),
    _S.PACKED: (2, 48),
    _S.SHIPPED: (2, 30),
    _S.DELIVERED: (48, 500),
    _S.ON_HOLD: (1, 48),
    _S.ADDRESS_PROBLEM: (1, 48),
    _S.LOST: (720, 1080),
    _S.DAMAGED: (12, 96),
}

PROBLEM_CODES = (
    "missing_phone",
    "fake_phone",
    "missing_postal_code",
    "spreadsheet_postal_code",
    "initials_only_name",
    "missing_city",
    "missing_line1",
    "duplicate_email",
)
FAKE_PHONE = "555-555-1212"
SCIENTIFIC_POSTAL_CODE = "9.25082E+11"


# --- Entry point -------------------------------------------------------------------------------


def create_demo_campaign(
    session: Session,
    *,
    backers: int = 500,
    seed: int = 7,
    name: str = "Demo: Aurora Desk Lamp",
    operator: str = "demo",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """Add a demo campaign with `backers` backers to the session (not committed); return its id."""
    if backers < 0:
        raise ValueError("The number of backers cannot be negative.")
    _check_name_is_free(session, name)
    ids = _IdAllocator(session)
    catalogue = _create_catalogue(session, ids, name, utcnow())
    generator = _BackerGenerator(random.Random(seed), catalogue, ids, backers, seed)
    for start in range(0, backers, CHUNK_SIZE):
        stop_if_cancelled(cancel, "Creating the demo campaign")
        end = min(start + CHUNK_SIZE, backers)
        generator.rows_for(start, end).insert_into(session)
        if progress is not None:
            progress(end, backers)
    stop_if_cancelled(cancel, "Creating the demo campaign")
    _bulk_insert(session, StockMovement, _received_stock(catalogue, ids, generator.demand))
    record(
        session,
        operator,
        AuditAction.CREATE,
        "campaign",
        catalogue.campaign_id,
        new=f"{name} (demo: {backers} backers, seed {seed})",
    )
    return catalogue.campaign_id


def _check_name_is_free(session: Session, name: str) -> None:
    if session.scalar(select(func.count()).where(Campaign.name == name)):
        raise UserError(f"There is already a campaign named {name!r} in this database.")


def _bulk_insert(session: Session, model: type[Base], rows: list[Row]) -> None:
    """Core executemany on the table: the ORM's bulk path splits batches wherever a value is None."""
    table = model.__table__
    for start in range(0, len(rows), CHUNK_SIZE):
        session.execute(insert(table), rows[start : start + CHUNK_SIZE])


class _IdAllocator:
    """Hands out primary keys above the highest one in each table, so inserts need no RETURNING."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._last: dict[type[Base], int] = {}

    def take(self, model: type[Base]) -> int:
        if model not in self._last:
            self._last[model] = self._session.scalar(select(func.max(model.id))) or 0  # type: ignore[attr-defined]
        self._last[model] += 1
        return self._last[model]


# --- Campaign, catalogue, warehouses, stock locations ------------------------------------------


@dataclass
class _Catalogue:
    campaign_id: int
    created_at: datetime
    tier_ids: dict[str, int] = field(default_factory=dict)
    add_on_ids: dict[str, int] = field(default_factory=dict)
    item_ids: dict[str, int] = field(default_factory=dict)
    warehouse_ids: dict[str, int] = field(default_factory=dict)
    stock_ids: dict[tuple[int, int], int] = field(default_factory=dict)  # (warehouse, item) -> stock row

    def kit(self, offer: _OfferSpec) -> dict[int, int]:
        return {self.item_ids[sku]: quantity for sku, quantity in offer.kit}


def _create_catalogue(session: Session, ids: _IdAllocator, name: str, now: datetime) -> _Catalogue:
    catalogue = _Catalogue(ids.take(Campaign), now)
    _bulk_insert(session, Campaign, [_campaign_row(catalogue, name)])
    _bulk_insert(session, Item, _item_rows(catalogue, ids))
    _bulk_insert(session, RewardTier, _offer_rows(catalogue, ids, RewardTier, TIERS, catalogue.tier_ids))
    _bulk_insert(session, AddOn, _offer_rows(catalogue, ids, AddOn, ADD_ONS, catalogue.add_on_ids))
    _bulk_insert(session, KitLine, _kit_line_rows(catalogue, ids))
    _bulk_insert(session, Warehouse, _warehouse_rows(catalogue, ids))
    _bulk_insert(session, RegionRule, _region_rule_rows(catalogue, ids))
    _bulk_insert(session, Stock, _stock_rows(catalogue, ids))
    return catalogue


def _campaign_row(catalogue: _Catalogue, name: str) -> Row:
    return {
        "id": catalogue.campaign_id,
        "name": name,
        "platform": Platform.KICKSTARTER,
        "currency": "USD",
        "thank_you_note": THANK_YOU_NOTE,
        "created_at": catalogue.created_at,
    }


def _item_rows(catalogue: _Catalogue, ids: _IdAllocator) -> list[Row]:
    rows = []
    for spec in ITEMS:
        item_id = catalogue.item_ids[spec.sku] = ids.take(Item)
        length, width, height = spec.size_mm
        rows.append(
            {
                "id": item_id,
                "campaign_id": catalogue.campaign_id,
                "sku": spec.sku,
                "name": spec.name,
                "variant": spec.variant,
                "weight_g": spec.weight_g,
                "length_mm": length,
                "width_mm": width,
                "height_mm": height,
                "hs_code": spec.hs_code,
                "origin_country": "CN",
                "customs_value": spec.customs_value,
                "customs_currency": "USD",
                "is_stock": spec.is_stock,
                "spare_percent": spec.spare_percent,
            }
        )
    return rows


def _offer_rows(
    catalogue: _Catalogue,
    ids: _IdAllocator,
    model: type[RewardTier] | type[AddOn],
    offers: tuple[_OfferSpec, ...],
    id_by_title: dict[str, int],
) -> list[Row]:
    price_column = "minimum" if model is RewardTier else "price"
    rows = []
    for offer in offers:
        offer_id = id_by_title[offer.title] = ids.take(model)
        rows.append(
            {
                "id": offer_id,
                "campaign_id": catalogue.campaign_id,
                "platform_id": offer.platform_id,
                "title": offer.title,
                price_column: offer.price,
                "currency": "USD",
            }
        )
    return rows


def _kit_line_rows(catalogue: _Catalogue, ids: _IdAllocator) -> list[Row]:
    owners = [("tier_id", catalogue.tier_ids[t.title], t) for t in TIERS]
    owners += [("add_on_id", catalogue.add_on_ids[a.title], a) for a in ADD_ONS]
    rows = []
    for owner_column, owner_id, offer in owners:
        for item_id, quantity in catalogue.kit(offer).items():
            row = {"id": ids.take(KitLine), "tier_id": None, "add_on_id": None, "item_id": item_id}
            rows.append({**row, owner_column: owner_id, "quantity": quantity})
    return rows


def _warehouse_rows(catalogue: _Catalogue, ids: _IdAllocator) -> list[Row]:
    rows = []
    for code, name, country in WAREHOUSES:
        warehouse_id = catalogue.warehouse_ids[code] = ids.take(Warehouse)
        rows.append(
            {
                "id": warehouse_id,
                "campaign_id": catalogue.campaign_id,
                "code": code,
                "name": name,
                "country_code": country,
            }
        )
    return rows


def _region_rule_rows(catalogue: _Catalogue, ids: _IdAllocator) -> list[Row]:
    return [
        {
            "id": ids.take(RegionRule),
            "campaign_id": catalogue.campaign_id,
            "warehouse_id": catalogue.warehouse_ids[WAREHOUSE_FOR_COUNTRY[country.code]],
            "country_code": country.code,
        }
        for country in countries()
    ]


def _stock_rows(catalogue: _Catalogue, ids: _IdAllocator) -> list[Row]:
    rows = []
    for warehouse_id in catalogue.warehouse_ids.values():
        for index, spec in enumerate(s for s in ITEMS if s.is_stock):
            item_id = catalogue.item_ids[spec.sku]
            stock_id = catalogue.stock_ids[(warehouse_id, item_id)] = ids.take(Stock)
            rows.append(
                {
                    "id": stock_id,
                    "warehouse_id": warehouse_id,
                    "item_id": item_id,
                    "bin_location": f"{'AB'[index % 2]}-{index + 1:02d}-{index % 3 + 1}",
                    "spare_percent": None,
                }
            )
    return rows


def _received_stock(catalogue: _Catalogue, ids: _IdAllocator, demand: Counter[tuple[int, int]]) -> list[Row]:
    """One delivery per shelf: the demand there plus the item's spare share, in cartons of ten."""
    spare = {catalogue.item_ids[s.sku]: s.spare_percent or Decimal(0) for s in ITEMS}
    rows = []
    for number, (warehouse_id, item_id) in enumerate(catalogue.stock_ids, start=1):
        wanted = demand[(warehouse_id, item_id)] * (1 + spare[item_id] / 100)
        quantity = max(20, math.ceil(wanted / 10) * 10)
        rows.append(
            {
                "id": ids.take(StockMovement),
                "warehouse_id": warehouse_id,
                "item_id": item_id,
                "kind": MovementKind.RECEIVED,
                "quantity": quantity,
                "at": GOODS_RECEIVED + timedelta(hours=number),
                "operator": DEMO_OPERATOR,
                "shipment_id": None,
                "note": f"Container from Shenzhen, PO-2025-{100 + warehouse_id % 100:03d}",
            }
        )
    return rows


# --- Backers, orders, addresses, problems, parcels ---------------------------------------------


@dataclass
class _Rows:
    """Everything one chunk of backers adds, in the order foreign keys need."""

    backers: list[Row] = field(default_factory=list)
    orders: list[Row] = field(default_factory=list)
    addresses: list[Row] = field(default_factory=list)
    order_add_ons: list[Row] = field(default_factory=list)
    problems: list[Row] = field(default_factory=list)
    shipments: list[Row] = field(default_factory=list)
    shipment_lines: list[Row] = field(default_factory=list)
    history: list[Row] = field(default_factory=list)
    movements: list[Row] = field(default_factory=list)

    def insert_into(self, session: Session) -> None:
        _bulk_insert(session, Backer, self.backers)
        _bulk_insert(session, Order, self.orders)
        _bulk_insert(session, Address, self.addresses)
        _bulk_insert(session, OrderAddOn, self.order_add_ons)
        _bulk_insert(session, OrderProblem, self.problems)
        _bulk_insert(session, Shipment, self.shipments)
        _bulk_insert(session, ShipmentLine, self.shipment_lines)
        _bulk_insert(session, ShipmentStatusChange, self.history)
        _bulk_insert(session, StockMovement, self.movements)


@dataclass(frozen=True, slots=True)
class _Person:
    name: str  # as written locally
    latin_name: str  # "" for Latin-script countries
    ascii_given: str
    ascii_family: str


@dataclass(frozen=True, slots=True)
class _Earlier:
    """A backer already created, for duplicates of the same person."""

    number: str
    name: str
    latin_name: str
    email: str


@dataclass(frozen=True, slots=True)
class _Problem:
    code: str
    severity: Severity
    field: str
    message: str


_ascii = lru_cache(maxsize=4096)(anyascii)


def _latin(native: str, latin: str) -> str:
    """The romanised twin from the sample data, else a transliteration."""
    return latin or (_ascii(native) if native else "")


def _cumulative(weights: list[float]) -> list[float]:
    return list(accumulate(weights))


class _BackerGenerator:
    def __init__(self, rng: random.Random, catalogue: _Catalogue, ids: _IdAllocator, total: int, seed: int) -> None:
        self.rng = rng
        self.catalogue = catalogue
        self.ids = ids
        self.total = total
        self.seed = seed
        self.demand: Counter[tuple[int, int]] = Counter()
        self._last_number = 0
        self._problem_cursor = 0
        self._earlier: dict[str, list[_Earlier]] = {}
        self._countries = countries()
        self._first_countries = rng.sample(self._countries, len(self._countries))
        self._country_weights = _cumulative([COUNTRY_WEIGHTS.get(c.code, 0.3) for c in self._countries])
        self._day_weights = _cumulative(list(PLEDGES_PER_DAY))
        self._early_bird_until = min(1_500, max(1, total * 15 // 100))
        self._tier_weights = _cumulative([t.weight for t in TIERS])
        self._late_tier_weights = _cumulative([0 if t.title == EARLY_BIRD else t.weight for t in TIERS])
        self._outcome_weights = _cumulative([weight for _, weight in SHIPMENT_OUTCOMES])
        self._kits = {t.title: catalogue.kit(t) for t in (*TIERS, *ADD_ONS)}
        self._item_weights = {catalogue.item_ids[s.sku]: s.weight_g for s in ITEMS}
        self._stock_items = {catalogue.item_ids[s.sku] for s in ITEMS if s.is_stock}
        self._local_prices: dict[tuple[Decimal, str], Decimal] = {}

    def rows_for(self, start: int, end: int) -> _Rows:
        rows = _Rows()
        for index in range(start, end):
            self._add_backer(index, rows)
        return rows

    # One backer and everything that hangs off them.

    def _add_backer(self, index: int, rows: _Rows) -> None:
        country = self._country(index)
        person = self._person(country)
        number = self._next_backer_number(index)
        order_id = self.ids.take(Order)
        problem_code = self._problem_code(country)
        backer = self._backer_row(person, number)
        address = self._address(order_id, country, person, problem_code)
        blocked = False
        if problem_code is not None:
            problem = self._apply_problem(problem_code, country, backer, address, person)
            rows.problems.append(self._problem_row(order_id, problem))
            blocked = problem.severity is Severity.ERROR
        self._remember(country, number, backer, address)
        rows.backers.append(backer)
        rows.addresses.append(address)
        self._add_order(index, order_id, backer["id"], number, country, blocked, rows)

    def _add_order(
        self,
        index: int,
        order_id: int,
        backer_id: int,
        number: str,
        country: CountrySample,
        blocked: bool,
        rows: _Rows,
    ) -> None:
        """The pledge, its add-ons and, for some paid ones, the parcel."""
        tier, add_ons = self._tier(index), self._add_ons()
        warehouse_code = WAREHOUSE_FOR_COUNTRY[country.code]
        order = self._order_row(index, order_id, backer_id, number, country, warehouse_code, tier, add_ons)
        rows.orders.append(order)
        rows.order_add_ons.extend(self._order_add_on_rows(order_id, add_ons))
        if order["status"] is not PledgeStatus.COLLECTED:
            return
        kit = self._order_kit(tier, add_ons)
        self._count_demand(order["warehouse_id"], kit)
        if self.rng.random() < SHIPMENT_RATE:
            self._add_shipment(order, country, warehouse_code, kit, blocked, rows)

    def _country(self, index: int) -> CountrySample:
        """Every country once (in a shuffled order) before the weights take over."""
        if index < len(self._first_countries):
            return self._first_countries[index]
        return self.rng.choices(self._countries, cum_weights=self._country_weights)[0]

    def _person(self, country: CountrySample) -> _Person:
        rng = self.rng
        female = rng.random() < 0.5
        names, latin = country.names, country.latin_names
        given_index = rng.randrange(len(names.female if female else names.male))
        family_index = rng.randrange(len(names.family))
        given = (names.female if female else names.male)[given_index]
        family = _family_name(names.family, names.family_female, family_index, female)
        latin_given = latin_family = ""
        if latin is not None:
            latin_given = (latin.female if female else latin.male)[given_index]
            latin_family = _family_name(latin.family, latin.family_female, family_index, female)
        ascii_given, ascii_family = _latin(given, latin_given), _latin(family, latin_family)
        native = _full_name(given, family, country.family_name_first, country.name_separator)
        latin_name = "" if country.is_latin else _full_name(ascii_given, ascii_family, country.family_name_first)
        return _Person(native, latin_name, ascii_given, ascii_family)

    def _next_backer_number(self, index: int) -> str:
        """Increasing, with the gaps that cancelled pledges leave in a real export."""
        gap = self.rng.randint(1, 3) if index == 2 or self.rng.random() < GAP_RATE else 0
        self._last_number += 1 + gap
        return str(self._last_number)

    def _backer_uid(self, number: str) -> str:
        # A bijection on ten digits: unique per backer number, but not guessable from it.
        return f"{(int(number) * 2_654_435_761 + self.seed * 7_919) % 10**10:010d}"

    def _backer_row(self, person: _Person, number: str) -> Row:
        return {
            "id": self.ids.take(Backer),
            "campaign_id": self.catalogue.campaign_id,
            "platform_backer_id": self._backer_uid(number),
            "name": person.name,
            "email": self._email(person, number),
            "created_at": self.catalogue.created_at,
        }

    def _email(self, person: _Person, number: str) -> str:
        given, family = _email_part(person.ascii_given) or "backer", _email_part(person.ascii_family) or "x"
        local = self.rng.choice((f"{given}.{family}{number}", f"{given}{number}", f"{family}.{given}.{number}"))
        return f"{local}@{self.rng.choice(EMAIL_DOMAINS)}"

    def _address(self, order_id: int, country: CountrySample, person: _Person, problem_code: str | None) -> Row:
        rng = self.rng
        city = self._city(country, problem_code)
        streets, latin_streets = (
            (city.streets, city.latin_streets) if city.streets else (country.streets, country.latin_streets)
        )
        numbers = {
            "n": rng.randint(1, 150),
            "a": rng.randint(1, 9),
            "b": rng.randint(1, 30),
            "c": rng.randint(1, 20),
        }
        line1, latin_line1 = _pick_text(rng, streets, latin_streets, numbers)
        line2 = latin_line2 = ""
        if country.units and rng.random() < 0.3:
            line2, latin_line2 = _pick_text(rng, country.units, country.latin_units, numbers)
        romanise = not country.is_latin
        return {
            "id": self.ids.take(Address),
            "order_id": order_id,
            "name": person.name,
            "company": "",
            "line1": line1,
            "line2": line2,
            "line3": "",
            "city": city.name,
            "state": city.state,
            "postal_code": city.postal_code,
            "country_code": country.code,
            "country_as_given": self._country_as_given(country),
            "phone": self._phone(country),
            "delivery_notes": "",
            "latin_name": person.latin_name,
            "latin_line1": latin_line1 if romanise else "",
            "latin_line2": latin_line2 if romanise else "",
            "latin_city": _latin(city.name, city.latin_name) if romanise else "",
            "latin_state": _latin(city.state, city.latin_state) if romanise else "",
            "latin_confirmed": False,
            "edited_locally": False,
            "locked": False,
            "updated_at": self.catalogue.created_at,
        }

    def _city(self, country: CountrySample, problem_code: str | None) -> City:
        if problem_code == "spreadsheet_postal_code":
            # Prefer a postal code with a leading zero: the one a spreadsheet drops.
            zero_led = [c for c in country.cities if c.postal_code.startswith("0")]
            if zero_led:
                return self.rng.choice(zero_led)
        return self.rng.choice(country.cities)

    def _country_as_given(self, country: CountrySample) -> str:
        if self.rng.random() < 0.55:
            return country.country_names[0]
        return self.rng.choice(country.country_names)

    def _phone(self, country: CountrySample) -> str:
        template, count = _phone_template(country.phone_pattern)
        digits = f"{self.rng.randrange(10**count):0{count}d}"
        return f"{country.phone_prefix} {template.format(*digits)}"

    def _remember(self, country: CountrySample, number: str, backer: Row, address: Row) -> None:
        earlier = _Earlier(number, backer["name"], address["latin_name"], backer["email"])
        self._earlier.setdefault(country.code, []).append(earlier)

    # Problems a carrier or customs would hit.

    def _problem_code(self, country: CountrySample) -> str | None:
        """About one order in twenty gets a problem; the kinds take turns."""
        if self.rng.random() >= PROBLEM_RATE:
            return None
        for offset in range(len(PROBLEM_CODES)):
            code = PROBLEM_CODES[(self._problem_cursor + offset) % len(PROBLEM_CODES)]
            if self._problem_applies(code, country):
                self._problem_cursor += offset + 1
                return code
        return None

    def _problem_applies(self, code: str, country: CountrySample) -> bool:
        if code == "missing_postal_code":
            return country.uses_postal_codes
        if code == "duplicate_email":
            return bool(self._earlier.get(country.code))
        return True

    def _apply_problem(self, code: str, country: CountrySample, backer: Row, address: Row, person: _Person) -> _Problem:
        """Spoil the stored data the way real exports are spoilt, and say what is wrong."""
        error = Severity.ERROR
        english = country.country_names[0]
        if code == "missing_phone":
            address["phone"] = ""
            if _ships_domestically(country.code):
                return _Problem(code, Severity.WARNING, "phone", "No phone number: the carrier cannot call.")
            return _Problem(code, error, "phone", "No phone number: carriers refuse international parcels without one.")
        if code == "fake_phone":
            address["phone"] = FAKE_PHONE
            return _Problem(code, error, "phone", f"{FAKE_PHONE} is a made-up phone number; carriers reject it.")
        if code == "missing_postal_code":
            address["postal_code"] = ""
            if country.code == "IE":  # An Post delivers without an Eircode; couriers often ask for one.
                return _Problem(code, Severity.WARNING, "postal_code", "No Eircode: couriers may ask for one.")
            message = f"No postal code, but addresses in {english} need one."
            return _Problem(code, error, "postal_code", message)
        if code == "spreadsheet_postal_code":
            original = address["postal_code"]
            mangled = original.lstrip("0") if original.startswith("0") else SCIENTIFIC_POSTAL_CODE
            address["postal_code"] = mangled
            message = f"Postal code {mangled!r} was mangled by a spreadsheet; ask the backer for the real one."
            return _Problem(code, error, "postal_code", message)
        if code == "initials_only_name":
            initials = f"{person.ascii_given[:1].upper()}. {person.ascii_family[:1].upper()}."
            address["name"] = initials
            address["latin_name"] = "" if country.is_latin else initials
            return _Problem(code, error, "name", f"{initials!r} is only initials; customs want a full name.")
        if code == "missing_city":
            address["city"] = address["latin_city"] = ""
            return _Problem(code, error, "city", "The city is missing.")
        if code == "missing_line1":
            address["line1"] = address["latin_line1"] = ""
            return _Problem(code, error, "line1", "The first address line (street and number) is empty.")
        return self._duplicate_person(country, backer, address)

    def _duplicate_person(self, country: CountrySample, backer: Row, address: Row) -> _Problem:
        earlier = self.rng.choice(self._earlier[country.code])
        backer["name"] = address["name"] = earlier.name
        address["latin_name"] = earlier.latin_name
        backer["email"] = earlier.email
        message = f"Same e-mail as backer {earlier.number}: probably the same person pledging twice."
        return _Problem("duplicate_email", Severity.WARNING, "email", message)

    def _problem_row(self, order_id: int, problem: _Problem) -> Row:
        return {
            "id": self.ids.take(OrderProblem),
            "order_id": order_id,
            "code": problem.code,
            "severity": problem.severity,
            "field": problem.field,
            "message": problem.message,
        }

    # The pledge.

    def _tier(self, index: int) -> _OfferSpec:
        """Early birds are gone after the first backers, as on a real campaign page."""
        weights = self._tier_weights if index < self._early_bird_until else self._late_tier_weights
        return self.rng.choices(TIERS, cum_weights=weights)[0]

    def _add_ons(self) -> list[tuple[_OfferSpec, int]]:
        chosen = []
        for add_on in ADD_ONS:
            if self.rng.random() < add_on.weight:
                chosen.append((add_on, 2 if self.rng.random() < 0.15 else 1))
        return chosen

    def _order_row(
        self,
        index: int,
        order_id: int,
        backer_id: int,
        number: str,
        country: CountrySample,
        warehouse_code: str,
        tier: _OfferSpec,
        add_ons: list[tuple[_OfferSpec, int]],
    ) -> Row:
        currency = country.currency
        shipping = self._local(Decimal(_shipping_usd(country.code, warehouse_code)), currency)
        bonus = self._bonus_support(currency)
        pledge = self._local(tier.price, currency) + shipping + bonus
        for add_on, quantity in add_ons:
            pledge += self._local(add_on.price, currency) * quantity
        return {
            "id": order_id,
            "campaign_id": self.catalogue.campaign_id,
            "backer_id": backer_id,
            "platform_order_id": number,
            "backer_number": number,
            "tier_id": self.catalogue.tier_ids[tier.title],
            "warehouse_id": self.catalogue.warehouse_ids[warehouse_code],
            "warehouse_overridden": False,
            "reward_title": tier.title,
            "status": self._pledge_status(),
            "currency": currency,
            "pledge_amount": pledge,
            "shipping_amount": shipping,
            "bonus_support": bonus,
            "pledged_at": self._pledged_at(index),
            "notes": "",
            "survey_json": "",
            "import_batch_id": None,
            "created_at": self.catalogue.created_at,
        }

    def _order_add_on_rows(self, order_id: int, add_ons: list[tuple[_OfferSpec, int]]) -> list[Row]:
        return [
            {
                "id": self.ids.take(OrderAddOn),
                "order_id": order_id,
                "add_on_id": self.catalogue.add_on_ids[add_on.title],
                "quantity": quantity,
            }
            for add_on, quantity in add_ons
        ]

    def _local(self, usd: Decimal, currency: str) -> Decimal:
        """A demo price in the backer's currency, rounded as a campaign page would show it."""
        key = (usd, currency)
        if key not in self._local_prices:
            self._local_prices[key] = _round_price(usd * USD_RATES[currency], currency)
        return self._local_prices[key]

    def _bonus_support(self, currency: str) -> Decimal:
        if self.rng.random() < 0.06:
            return self._local(Decimal(self.rng.choice((1, 5, 10, 20, 25))), currency)
        return _round_price(Decimal(0), currency)

    def _pledge_status(self) -> PledgeStatus:
        draw = self.rng.random()
        if draw < 0.03:
            return PledgeStatus.DROPPED
        if draw < 0.04:
            return PledgeStatus.ERRORED
        if draw < 0.05:
            return PledgeStatus.CANCELED
        return PledgeStatus.COLLECTED

    def _pledged_at(self, index: int) -> datetime:
        """Spread over the campaign's 30 days; later backers (higher numbers) pledged later."""
        position = (index + self.rng.random()) / max(self.total, 1) * self._day_weights[-1]
        day = min(bisect_right(self._day_weights, position), len(PLEDGES_PER_DAY) - 1)
        day_start = self._day_weights[day - 1] if day else 0.0
        fraction = min(max((position - day_start) / PLEDGES_PER_DAY[day], 0.0), 0.999)
        return (CAMPAIGN_LAUNCH + timedelta(days=day + fraction)).replace(microsecond=0)

    def _order_kit(self, tier: _OfferSpec, add_ons: list[tuple[_OfferSpec, int]]) -> dict[int, int]:
        kit = dict(self._kits[tier.title])
        for add_on, quantity in add_ons:
            for item_id, per_add_on in self._kits[add_on.title].items():
                kit[item_id] = kit.get(item_id, 0) + per_add_on * quantity
        return kit

    def _count_demand(self, warehouse_id: int, kit: dict[int, int]) -> None:
        for item_id, quantity in kit.items():
            if item_id in self._stock_items:
                self.demand[(warehouse_id, item_id)] += quantity

    # The parcel.

    def _add_shipment(
        self,
        order: Row,
        country: CountrySample,
        warehouse_code: str,
        kit: dict[int, int],
        blocked: bool,
        rows: _Rows,
    ) -> None:
        outcome = _S.ADDRESS_PROBLEM if blocked else self._shipment_outcome()
        path = STATUS_PATHS[outcome]
        reached = dict(zip(path, self._step_times(path), strict=True))
        shipment_id = self.ids.take(Shipment)
        packed_at = reached.get(_S.PACKED)
        carrier = service = tracking = ""
        if _S.SHIPPED in reached:
            carrier, service, tracking = _carrier_for(warehouse_code, country.code, shipment_id)
        rows.shipments.append(
            {
                "id": shipment_id,
                "order_id": order["id"],
                "sequence": 1,
                "warehouse_id": order["warehouse_id"],
                "status": outcome,
                "carrier": carrier,
                "service": service,
                "tracking_number": tracking,
                "weight_g": self._parcel_weight(kit) if packed_at else None,
                "shipped_at": reached.get(_S.SHIPPED),
                "delivered_at": reached.get(_S.DELIVERED),
                "replaces_shipment_id": None,
                "note": "",
                "created_at": reached[_S.PENDING],
            }
        )
        self._add_shipment_lines(shipment_id, order["warehouse_id"], kit, packed_at, rows)
        self._add_history(shipment_id, reached, rows)

    def _shipment_outcome(self) -> ShipmentStatus:
        statuses = [status for status, _ in SHIPMENT_OUTCOMES]
        return self.rng.choices(statuses, cum_weights=self._outcome_weights)[0]

    def _step_times(self, path: tuple[ShipmentStatus, ...]) -> list[datetime]:
        at = SHIPPING_STARTS + timedelta(hours=self.rng.uniform(0, 40 * 24))
        times = [at.replace(microsecond=0)]
        for status in path[1:]:
            at += timedelta(hours=self.rng.uniform(*STEP_HOURS[status]))
            times.append(at.replace(microsecond=0))
        return times

    def _parcel_weight(self, kit: dict[int, int]) -> int:
        return 350 + sum(self._item_weights[item_id] * quantity for item_id, quantity in kit.items())

    def _add_shipment_lines(
        self,
        shipment_id: int,
        warehouse_id: int,
        kit: dict[int, int],
        packed_at: datetime | None,
        rows: _Rows,
    ) -> None:
        for item_id, quantity in kit.items():
            rows.shipment_lines.append(
                {
                    "id": self.ids.take(ShipmentLine),
                    "shipment_id": shipment_id,
                    "item_id": item_id,
                    "quantity": quantity,
                    "packed_quantity": quantity if packed_at else 0,
                }
            )
            if packed_at and item_id in self._stock_items:
                rows.movements.append(
                    {
                        "id": self.ids.take(StockMovement),
                        "warehouse_id": warehouse_id,
                        "item_id": item_id,
                        "kind": MovementKind.PACKED,
                        "quantity": -quantity,
                        "at": packed_at,
                        "operator": DEMO_OPERATOR,
                        "shipment_id": shipment_id,
                        "note": "",
                    }
                )

    def _add_history(self, shipment_id: int, reached: dict[ShipmentStatus, datetime], rows: _Rows) -> None:
        previous: ShipmentStatus | None = None
        for status, at in reached.items():
            rows.history.append(
                {
                    "id": self.ids.take(ShipmentStatusChange),
                    "shipment_id": shipment_id,
                    "old_status": previous,
                    "new_status": status,
                    "operator": DEMO_OPERATOR,
                    "at": at,
                    "note": "",
                }
            )
            previous = status


# --- Small pure helpers ------------------------------------------------------------------------


def _family_name(family: tuple[str, ...], family_female: tuple[str, ...], index: int, female: bool) -> str:
    return family_female[index] if female and family_female else family[index]


def _full_name(given: str, family: str, family_first: bool, separator: str = " ") -> str:
    return separator.join((family, given) if family_first else (given, family))


def _pick_text(
    rng: random.Random, texts: tuple[str, ...], latin_texts: tuple[str, ...], numbers: dict[str, int]
) -> tuple[str, str]:
    """One pattern filled in, and its romanised twin when the data has one ("" otherwise)."""
    index = rng.randrange(len(texts))
    latin = latin_texts[index].format(**numbers) if latin_texts else ""
    return texts[index].format(**numbers), latin


@lru_cache(maxsize=256)
def _phone_template(pattern: str) -> tuple[str, int]:
    """The pattern as a format string with one field per random digit, and how many digits."""
    return pattern.replace("#", "{}"), pattern.count("#")


@lru_cache(maxsize=4096)
def _email_part(ascii_name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_name.lower())


def _round_price(amount: Decimal, currency: str) -> Decimal:
    if currency == "JPY":
        return (amount / 100).quantize(Decimal(1)) * 100
    return amount.quantize(Decimal(1)).quantize(Decimal("0.01"))


def _ships_domestically(country_code: str) -> bool:
    return WAREHOUSE_COUNTRY[WAREHOUSE_FOR_COUNTRY[country_code]] == country_code


def _shipping_usd(country_code: str, warehouse_code: str) -> int:
    return SHIPPING_USD_BY_COUNTRY.get(country_code, SHIPPING_USD_BY_WAREHOUSE[warehouse_code])


def _carrier_for(warehouse_code: str, country_code: str, shipment_id: int) -> tuple[str, str, str]:
    """Carrier, service and a tracking number in that carrier's real format (with its check digit)."""
    serial = shipment_id * 2_654_435_761 + 97_531  # unique per shipment (below 10**7), not a counter
    domestic = _ships_domestically(country_code)
    if warehouse_code == "US":
        if domestic:
            return "USPS", "Ground Advantage", usps_tracking_number(serial)
        return "UPS", "Worldwide Expedited", ups_tracking_number(serial)
    if warehouse_code == "EU":
        if country_code in ("GB", "CH", "NO"):
            return "UPS", "Standard", ups_tracking_number(serial)
        return "PostNL", "Packet Track & Trace", s10_tracking_number("LA", serial, "NL")
    if warehouse_code == "APAC":
        service = "Parcel Post" if domestic else "International Standard"
        return "Australia Post", service, s10_tracking_number("LX", serial, "AU")
    if domestic:
        return "SF Express", "Standard Express", f"SF{serial % 10**13:013d}"
    return "China Post", "ePacket", s10_tracking_number("LX", serial, "CN")


def s10_tracking_number(prefix: str, serial: int, country: str) -> str:
    """UPU S10: two letters, eight digits, a check digit, the country (e.g. LX123456785CN)."""
    digits = f"{serial % 10**8:08d}"
    total = sum(int(d) * w for d, w in zip(digits, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = 11 - total % 11
    check = {10: 0, 11: 5}.get(check, check)
    return f"{prefix}{digits}{check}{country}"


def ups_tracking_number(serial: int, *, shipper: str = "V8E412", service: str = "66") -> str:
    """UPS 1Z: shipper account, service, package number and a mod-10 check digit."""
    body = f"{shipper}{service}{serial % 10**7:07d}"
    values = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in body]
    total = sum(values[0::2]) + 2 * sum(values[1::2])
    return f"1Z{body}{(10 - total % 10) % 10}"


def usps_tracking_number(serial: int) -> str:
    """USPS IMpb: 22 digits starting 9400, with a mod-10 (3-1 weighted) check digit."""
    body = f"9400111{serial % 10**14:014d}"
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return f"{body}{(10 - total % 10) % 10}"
