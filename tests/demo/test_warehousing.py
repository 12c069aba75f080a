"""The demo's warehouses, the countries each serves, their shelves and the stock on them."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from fulfiller.db.models import Address, Item, Order, RegionRule, Stock, StockMovement, Warehouse
from fulfiller.demo.places import countries
from fulfiller.demo.warehousing import ships_domestically
from fulfiller.domain.enums import MovementKind


def test_warehouses_and_region_rules_cover_every_demo_country(
    demo60: tuple[sessionmaker[Session], int],
) -> None:
    sessions, _ = demo60
    with sessions() as session:
        warehouses = {w.name: w.country_code for w in session.scalars(select(Warehouse))}
        assert warehouses == {
            "US West": "US",
            "EU Rotterdam": "NL",
            "APAC Sydney": "AU",
            "Shenzhen Factory": "CN",
        }
        rules = {r.country_code: r.warehouse_id for r in session.scalars(select(RegionRule))}
        assert set(rules) == {c.code for c in countries()}
        mismatched = session.scalars(
            select(Order.id)
            .join(Address, Address.order_id == Order.id)
            .join(RegionRule, RegionRule.country_code == Address.country_code)
            .where(Order.warehouse_id != RegionRule.warehouse_id)
        ).all()
        assert mismatched == []


@pytest.mark.parametrize(("country", "domestic"), [("US", True), ("NL", True), ("DE", False), ("JP", False)])
def test_a_parcel_is_domestic_only_in_its_warehouse_country(country: str, domestic: bool) -> None:
    assert ships_domestically(country) is domestic


def test_stock_on_every_shelf_and_never_below_zero(demo500: tuple[sessionmaker[Session], int]) -> None:
    sessions, _ = demo500
    with sessions() as session:
        stock_items = session.scalars(select(Item.id).where(Item.is_stock)).all()
        warehouses = session.scalars(select(Warehouse.id)).all()
        shelves = session.scalars(select(Stock)).all()
        totals = select(StockMovement.warehouse_id, StockMovement.item_id, func.sum(StockMovement.quantity))
        on_hand = {
            (warehouse, item): quantity
            for warehouse, item, quantity in session.execute(
                totals.group_by(StockMovement.warehouse_id, StockMovement.item_id)
            )
        }
        kinds = set(session.scalars(select(StockMovement.kind)))
    assert {(s.warehouse_id, s.item_id) for s in shelves} == {(w, i) for w in warehouses for i in stock_items}
    assert all(re.fullmatch(r"[A-Z]-\d{2}-\d", s.bin_location) for s in shelves)
    assert kinds == {MovementKind.RECEIVED, MovementKind.PACKED, MovementKind.RESHIPPED}
    assert set(on_hand) == {(s.warehouse_id, s.item_id) for s in shelves}
    assert all(quantity > 0 for quantity in on_hand.values())


def test_each_shelf_received_one_delivery_in_cartons_of_ten(demo500: tuple[sessionmaker[Session], int]) -> None:
    sessions, _ = demo500
    with sessions() as session:
        received = session.scalars(select(StockMovement).where(StockMovement.kind == MovementKind.RECEIVED)).all()
        shelves = session.scalar(select(func.count()).select_from(Stock))
    assert len(received) == shelves == len({(m.warehouse_id, m.item_id) for m in received})
    assert all(m.quantity >= 20 and m.quantity % 10 == 0 and m.operator == "demo" for m in received)
    assert all(m.note.startswith("Container from Shenzhen, PO-2025-") for m in received)
