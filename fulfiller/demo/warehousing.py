"""The demo's warehouses, the countries each serves, their shelves, and the stock they received and packed."""

from __future__ import annotations

import math
from collections import Counter
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from fulfiller.db.models import RegionRule, Stock, StockMovement, Warehouse
from fulfiller.demo.catalogue import ITEMS, Catalogue
from fulfiller.demo.places import countries
from fulfiller.demo.rows import Ids, Row, bulk_insert
from fulfiller.domain.enums import MovementKind

DEMO_OPERATOR = "demo"  # who received the goods and packed and shipped the demo's parcels
GOODS_RECEIVED = datetime(2025, 8, 25, 9, 0)

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
    country: warehouse for warehouse, codes in _COUNTRIES_PER_WAREHOUSE.items() for country in codes.split()
}


def ships_domestically(country_code: str) -> bool:
    return WAREHOUSE_COUNTRY[WAREHOUSE_FOR_COUNTRY[country_code]] == country_code


def create_warehouses(session: Session, ids: Ids, catalogue: Catalogue) -> None:
    """The warehouses, which one serves each demo country, and a shelf for every stock item in each."""
    bulk_insert(session, Warehouse, _warehouse_rows(catalogue, ids))
    bulk_insert(session, RegionRule, _region_rule_rows(catalogue, ids))
    bulk_insert(session, Stock, _stock_rows(catalogue, ids))


def _warehouse_rows(catalogue: Catalogue, ids: Ids) -> list[Row]:
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


def _region_rule_rows(catalogue: Catalogue, ids: Ids) -> list[Row]:
    return [
        {
            "id": ids.take(RegionRule),
            "campaign_id": catalogue.campaign_id,
            "warehouse_id": catalogue.warehouse_ids[WAREHOUSE_FOR_COUNTRY[country.code]],
            "country_code": country.code,
        }
        for country in countries()
    ]


def _stock_rows(catalogue: Catalogue, ids: Ids) -> list[Row]:
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


class Demand:
    """How many of each stock item the paid orders need from each warehouse."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._stock_items = catalogue.stock_item_ids()
        self.counts: Counter[tuple[int, int]] = Counter()

    def add(self, warehouse_id: int, kit: dict[int, int]) -> None:
        for item_id, quantity in kit.items():
            if item_id in self._stock_items:
                self.counts[(warehouse_id, item_id)] += quantity


def create_received_stock(session: Session, catalogue: Catalogue, demand: Demand) -> None:
    bulk_insert(session, StockMovement, _received_rows(catalogue, demand))


def _received_rows(catalogue: Catalogue, demand: Demand) -> list[Row]:
    """One delivery per shelf: the demand there plus the item's spare share, in cartons of ten."""
    spare = {catalogue.item_ids[s.sku]: s.spare_percent or Decimal(0) for s in ITEMS}
    rows = []
    for number, (warehouse_id, item_id) in enumerate(catalogue.stock_ids, start=1):
        wanted = demand.counts[(warehouse_id, item_id)] * (1 + spare[item_id] / 100)
        quantity = max(20, math.ceil(wanted / 10) * 10)
        at = GOODS_RECEIVED + timedelta(hours=number)
        note = f"Container from Shenzhen, PO-2025-{100 + warehouse_id % 100:03d}"
        rows.append(movement_row(warehouse_id, item_id, MovementKind.RECEIVED, quantity, at, note=note))
    return rows


def movement_row(
    warehouse_id: int,
    item_id: int,
    kind: MovementKind,
    quantity: int,
    at: datetime,
    *,
    shipment_id: int | None = None,
    note: str = "",
) -> Row:
    """A stock movement as the demo writes it; the database numbers it."""
    return {
        "warehouse_id": warehouse_id,
        "item_id": item_id,
        "kind": kind,
        "quantity": quantity,
        "at": at,
        "operator": DEMO_OPERATOR,
        "shipment_id": shipment_id,
        "note": note,
    }
