"""Stock: on hand is always the sum of the movements; counts, write-offs and bins are audited."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import AuditEntry, Campaign, Item, Shipment, Stock, StockMovement, Warehouse
from fulfiller.domain.enums import MovementKind
from fulfiller.domain.errors import UserError
from fulfiller.domain.stock import MovementRefused
from fulfiller.services.database import Database, open_db
from fulfiller.services.planning.receiving import InboundLineInput, record_inbound
from fulfiller.services.planning.stock import (
    add_movement,
    adjust_stock,
    movements,
    on_hand,
    on_hand_at,
    set_bin_location,
    stock_table,
    write_off,
)


def _setup(session: Session) -> dict[str, int]:
    campaign, other = Campaign(name="Lamp"), Campaign(name="Other")
    session.add_all([campaign, other])
    session.flush()
    ids = {"campaign": campaign.id, "other_campaign": other.id}
    for key, campaign_id, code in (("US", campaign.id, "US"), ("EU", campaign.id, "EU"), ("OTHER", other.id, "US")):
        warehouse = Warehouse(campaign_id=campaign_id, code=code, name=code, country_code="US")
        session.add(warehouse)
        session.flush()
        ids[key] = warehouse.id
    for sku, campaign_id, is_stock in (
        ("LAMP", campaign.id, True),
        ("PSU", campaign.id, True),
        ("CARD", campaign.id, False),
        ("ALIEN", other.id, True),
    ):
        item = Item(campaign_id=campaign_id, sku=sku, name=sku.title(), variant="v1", is_stock=is_stock)
        session.add(item)
        session.flush()
        ids[sku] = item.id
    return ids


def _ledger_sums(session: Session) -> dict[tuple[int, int], int]:
    """On hand computed the slow way, row by row, to check the SQL aggregate against."""
    sums: Counter[tuple[int, int]] = Counter()
    for movement in session.scalars(select(StockMovement)):
        sums[(movement.warehouse_id, movement.item_id)] += movement.quantity
    return dict(sums)


def _receive(session: Session, ids: dict[str, int], warehouse: str, sku: str, counted: int, damaged: int = 0) -> None:
    record_inbound(session, ids[warehouse], "PO", [InboundLineInput(sku, counted, counted, damaged)], operator="erin")


def _pack(session: Session, ids: dict[str, int], warehouse: str, sku: str, units: int) -> None:
    add_movement(session, ids[warehouse], ids[sku], MovementKind.PACKED, -units, operator="pat")


# --- Reading ------------------------------------------------------------------------------------


def test_on_hand_is_the_sum_per_warehouse_and_item(db: Database) -> None:
    with db.transaction() as session:
        ids = _setup(session)
        _receive(session, ids, "US", "LAMP", 100, damaged=2)
        _receive(session, ids, "US", "PSU", 40)
        _receive(session, ids, "EU", "LAMP", 30)
        _receive(session, ids, "OTHER", "ALIEN", 7)
        _pack(session, ids, "US", "LAMP", 10)
        add_movement(session, ids["US"], ids["LAMP"], MovementKind.PICKED, 0, operator="pat", note="for parcel 12")
        assert on_hand(session, ids["campaign"]) == {
            (ids["US"], ids["LAMP"]): 88,
            (ids["US"], ids["PSU"]): 40,
            (ids["EU"], ids["LAMP"]): 30,
        }
        assert on_hand(session, ids["campaign"], ids["EU"]) == {(ids["EU"], ids["LAMP"]): 30}
        assert on_hand(session, ids["other_campaign"]) == {(ids["OTHER"], ids["ALIEN"]): 7}
        assert on_hand_at(session, ids["US"], ids["LAMP"]) == 88
        assert on_hand_at(session, ids["EU"], ids["PSU"]) == 0


def test_the_stock_table_shows_where_on_hand_comes_from(db: Database) -> None:
    with db.transaction() as session:
        ids = _setup(session)
        _receive(session, ids, "US", "LAMP", 100, damaged=2)
        _pack(session, ids, "US", "LAMP", 10)
        add_movement(session, ids["US"], ids["LAMP"], MovementKind.RESHIPPED, -1, operator="pat")
        adjust_stock(session, ids["US"], ids["LAMP"], 85, reason="stock-take", operator="pat")
        set_bin_location(session, ids["EU"], ids["PSU"], "B-02-1", operator="pat")  # a shelf, still empty
        rows = stock_table(session, ids["campaign"])
        assert [(r.warehouse_code, r.sku) for r in rows] == [("EU", "PSU"), ("US", "LAMP")]
        empty, lamp = rows
        assert (empty.on_hand, empty.bin_location, empty.received) == (0, "B-02-1", 0)
        assert (lamp.name, lamp.variant) == ("Lamp", "v1")
        assert (lamp.received, lamp.written_off, lamp.packed, lamp.reshipped, lamp.adjusted) == (100, 2, 10, 1, -2)
        assert lamp.on_hand == 85
        assert lamp.on_hand == lamp.received + lamp.adjusted - lamp.packed - lamp.reshipped - lamp.written_off


def test_the_history_of_a_shelf_has_a_running_balance(db: Database) -> None:
    with db.transaction() as session:
        ids = _setup(session)
        _receive(session, ids, "US", "LAMP", 20, damaged=1)
        _pack(session, ids, "US", "LAMP", 3)
        write_off(session, ids["US"], ids["LAMP"], 2, reason="dropped", operator="pat")
        history = movements(session, ids["US"], ids["LAMP"])
        assert [(m.kind, m.quantity, m.balance) for m in history] == [
            (MovementKind.RECEIVED, 20, 20),
            (MovementKind.WRITTEN_OFF, -1, 19),
            (MovementKind.PACKED, -3, 16),
            (MovementKind.WRITTEN_OFF, -2, 14),
        ]
        assert history[0].inbound_reference == "PO" and history[0].operator == "erin"
        assert history[1].note == "Damaged on arrival (PO)"
        assert (history[3].note, history[3].operator, history[3].inbound_id) == ("dropped", "pat", None)
        assert history[-1].balance == on_hand_at(session, ids["US"], ids["LAMP"])
        # A page of the newest movements keeps the true balances.
        newest = movements(session, ids["US"], ids["LAMP"], limit=2)
        assert [(m.quantity, m.balance) for m in newest] == [(-3, 16), (-2, 14)]


# --- Corrections --------------------------------------------------------------------------------


def test_a_count_writes_the_difference_with_its_reason_and_is_audited(db: Database) -> None:
    with db.transaction() as session:
        ids = _setup(session)
        _receive(session, ids, "US", "LAMP", 50)
        change = adjust_stock(session, ids["US"], ids["LAMP"], 47, reason=" stock-take ", operator="gina")
        assert (change.before, change.after, change.difference) == (50, 47, -3)
        movement = session.get(StockMovement, change.movement_id)
        assert (movement.kind, movement.quantity, movement.note, movement.operator) == (
            MovementKind.ADJUSTED,
            -3,
            "stock-take",
            "gina",
        )
        audit = session.scalars(select(AuditEntry).where(AuditEntry.entity == "stock_movement")).one()
        assert (audit.entity_id, audit.operator, audit.field, audit.old_value, audit.new_value) == (
            movement.id,
            "gina",
            "on_hand",
            "50",
            "47",
        )
        more = adjust_stock(session, ids["US"], ids["LAMP"], 52, reason="found a carton", operator="gina")
        assert more.difference == 5 and on_hand_at(session, ids["US"], ids["LAMP"]) == 52


def test_a_count_that_matches_changes_nothing(db: Database) -> None:
    with db.transaction() as session:
        ids = _setup(session)
        _receive(session, ids, "US", "LAMP", 50)
        before = session.scalar(select(func.count(StockMovement.id)))
        change = adjust_stock(session, ids["US"], ids["LAMP"], 50, reason="stock-take", operator="gina")
        assert change.movement_id is None and change.difference == 0
        assert session.scalar(select(func.count(StockMovement.id))) == before


def test_a_write_off_takes_units_off_and_no_more_than_are_there(db: Database) -> None:
    with db.transaction() as session:
        ids = _setup(session)
        _receive(session, ids, "EU", "PSU", 10)
        change = write_off(session, ids["EU"], ids["PSU"], 4, reason="water damage", operator="gina")
        assert (change.before, change.after) == (10, 6)
        assert session.get(StockMovement, change.movement_id).quantity == -4
        audit = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "stock_movement", AuditEntry.entity_id == change.movement_id)
        ).one()
        assert (audit.operator, audit.old_value, audit.new_value) == ("gina", "10", "6")
        with pytest.raises(MovementRefused, match="Only 6 on hand"):
            write_off(session, ids["EU"], ids["PSU"], 7, reason="x", operator="gina")
        with pytest.raises(MovementRefused, match="more than 0"):
            write_off(session, ids["EU"], ids["PSU"], 0, reason="x", operator="gina")


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda s, i: adjust_stock(s, i["US"], i["LAMP"], -1, reason="r", operator="g"), "count 0 or more"),
        (lambda s, i: adjust_stock(s, i["US"], i["LAMP"], 5, reason="  ", operator="g"), "Say why"),
        (lambda s, i: adjust_stock(s, i["US"], i["CARD"], 5, reason="r", operator="g"), "not kept in stock"),
        (lambda s, i: adjust_stock(s, i["US"], i["ALIEN"], 5, reason="r", operator="g"), "no item"),
        (lambda s, i: adjust_stock(s, 999_999, i["LAMP"], 5, reason="r", operator="g"), "no warehouse"),
        (lambda s, i: write_off(s, i["US"], i["LAMP"], 1, reason="", operator="g"), "Say why"),
        (lambda s, i: add_movement(s, i["US"], i["LAMP"], MovementKind.PACKED, 3, operator="g"), "negative"),
        (lambda s, i: add_movement(s, i["US"], i["LAMP"], MovementKind.RECEIVED, -3, operator="g"), "positive"),
        (lambda s, i: add_movement(s, i["US"], i["LAMP"], MovementKind.PICKED, 2, operator="g"), "quantity of 0"),
        (lambda s, i: set_bin_location(s, i["US"], i["LAMP"], "x" * 65, operator="g"), "at most 64"),
    ],
)
def test_refusals_write_nothing(db: Database, action, message: str) -> None:
    with db.transaction() as session:
        ids = _setup(session)
        _receive(session, ids, "US", "LAMP", 5)
        counts = [session.scalar(select(func.count()).select_from(m)) for m in (StockMovement, Stock, AuditEntry)]
        with pytest.raises(UserError, match=message):
            action(session, ids)
        assert not session.new
        assert [
            session.scalar(select(func.count()).select_from(m)) for m in (StockMovement, Stock, AuditEntry)
        ] == counts


def test_a_bin_location_is_audited_and_creates_the_shelf(db: Database) -> None:
    with db.transaction() as session:
        ids = _setup(session)
        set_bin_location(session, ids["US"], ids["PSU"], " A-01-2 ", operator="hal")
        set_bin_location(session, ids["US"], ids["PSU"], "A-01-3", operator="hal")
        set_bin_location(session, ids["US"], ids["PSU"], "A-01-3", operator="hal")  # no change, no trace
        stock = session.scalars(select(Stock)).one()
        assert stock.bin_location == "A-01-3"
        audit = session.scalars(select(AuditEntry).where(AuditEntry.entity == "stock").order_by(AuditEntry.id)).all()
        assert [(a.action.value, a.field, a.old_value, a.new_value, a.operator) for a in audit] == [
            ("create", "", None, "US PSU", "hal"),
            ("update", "bin_location", "", "A-01-2", "hal"),
            ("update", "bin_location", "A-01-2", "A-01-3", "hal"),
        ]


# --- On hand is always the sum of the movements -------------------------------------------------


def _random_step(session: Session, ids: dict[str, int], rng: random.Random, expected: Counter) -> None:
    """One receive, count, write-off or pack on a random shelf; `expected` follows what it should do."""
    warehouse, sku = rng.choice(("US", "EU")), rng.choice(("LAMP", "PSU"))
    place = (ids[warehouse], ids[sku])
    step = rng.choice(("receive", "adjust", "write_off", "pack"))
    if step == "receive":
        counted = rng.randint(0, 30)
        damaged = rng.randint(0, counted)
        _receive(session, ids, warehouse, sku, counted, damaged)
        expected[place] += counted - damaged
    elif step == "adjust":
        counted = rng.randint(0, 40)
        adjust_stock(session, *place, counted, reason="recount", operator="ivy")
        expected[place] = counted
    elif step == "write_off":
        units = rng.randint(1, 10)
        if units > expected[place]:
            with pytest.raises(MovementRefused):
                write_off(session, *place, units, reason="broken", operator="ivy")
        else:
            write_off(session, *place, units, reason="broken", operator="ivy")
            expected[place] -= units
    else:
        units = rng.randint(1, 5)
        _pack(session, ids, warehouse, sku, units)
        expected[place] -= units  # packing does not check the shelf: on hand may go below zero


@pytest.mark.parametrize("seed", range(12))
def test_on_hand_always_equals_the_sum_of_the_movements(db: Database, seed: int) -> None:
    rng = random.Random(seed)
    with db.transaction() as session:
        ids = _setup(session)
        expected: Counter[tuple[int, int]] = Counter()
        for _ in range(40):
            _random_step(session, ids, rng, expected)
            ledger = _ledger_sums(session)
            assert on_hand(session, ids["campaign"]) == ledger
            assert {place: n for place, n in expected.items() if place in ledger or n} == ledger
            for row in stock_table(session, ids["campaign"]):
                place = (row.warehouse_id, row.item_id)
                assert row.on_hand == ledger.get(place, 0) == on_hand_at(session, *place)
                assert row.on_hand == row.received + row.adjusted - row.packed - row.reshipped - row.written_off
                history = movements(session, *place)
                assert (history[-1].balance if history else 0) == row.on_hand


def test_the_demo_stock_is_the_sum_of_its_movements(demo_db_path: Path) -> None:
    db = open_db(demo_db_path)
    try:
        with db.reading() as session:
            campaign_id = session.scalar(select(Campaign.id))
            ledger = _ledger_sums(session)
            assert on_hand(session, campaign_id) == ledger
            rows = stock_table(session, campaign_id)
            assert len(rows) == session.scalar(select(func.count(Stock.id)))
            assert all(row.on_hand >= 0 and row.received > 0 for row in rows)
            assert sum(row.packed for row in rows) == -session.scalar(
                select(func.sum(StockMovement.quantity)).where(StockMovement.kind == MovementKind.PACKED)
            )
            busiest = max(rows, key=lambda row: row.packed)
            history = movements(session, busiest.warehouse_id, busiest.item_id)
            packed = [m for m in history if m.kind is MovementKind.PACKED]
            assert packed and all(m.order_id == session.get(Shipment, m.shipment_id).order_id for m in packed)
            assert all(m.order_id is None for m in history if m.shipment_id is None)
    finally:
        db.close()
