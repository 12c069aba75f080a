"""Receiving with QC: short, over and damaged lines, the movements they write, and refusals that write nothing."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import (
    AuditEntry,
    Campaign,
    InboundLine,
    InboundShipment,
    Item,
    Stock,
    StockMovement,
    Warehouse,
)
from fulfiller.domain.enums import MovementKind
from fulfiller.domain.errors import UserError
from fulfiller.services.database import Database
from fulfiller.services.planning.receiving import InboundLineInput as Line
from fulfiller.services.planning.receiving import list_inbound, record_inbound
from fulfiller.services.planning.stock import on_hand, stock_table

TABLES = (InboundShipment, InboundLine, StockMovement, Stock, AuditEntry)


def _setup(session: Session) -> dict[str, int]:
    campaign = Campaign(name="Lamp")
    other = Campaign(name="Other")
    session.add_all([campaign, other])
    session.flush()
    ids = {"campaign": campaign.id, "other_campaign": other.id}
    for code, country in (("US", "US"), ("EU", "NL")):
        warehouse = Warehouse(campaign_id=campaign.id, code=code, name=code, country_code=country)
        session.add(warehouse)
        session.flush()
        ids[code] = warehouse.id
    for sku, is_stock, campaign_id in (
        ("LAMP", True, campaign.id),
        ("PSU", True, campaign.id),
        ("CARD", False, campaign.id),
        ("ALIEN", True, other.id),
    ):
        item = Item(campaign_id=campaign_id, sku=sku, name=sku.title(), is_stock=is_stock)
        session.add(item)
        session.flush()
        ids[sku] = item.id
    return ids


def _counts(session: Session) -> dict[str, int]:
    return {model.__name__: session.scalar(select(func.count()).select_from(model)) for model in TABLES}


def test_a_delivery_with_short_over_and_damaged_lines(db: Database) -> None:
    with db.transaction() as session:
        ids = _setup(session)
        summary = record_inbound(
            session,
            ids["US"],
            " PO-2025-101 ",
            [
                Line("LAMP", expected=100, counted=96, damaged=3, note="carton 7 crushed"),
                Line("PSU", expected=50, counted=52),
            ],
            operator="erin",
            notes="Container MSKU 123",
            arrived_at=datetime(2025, 9, 1, 8, 0),
        )
        assert (summary.reference, summary.warehouse_code, summary.operator) == ("PO-2025-101", "US", "erin")
        assert summary.arrived_at == datetime(2025, 9, 1, 8, 0)
        lamp, psu = summary.lines
        assert (lamp.sku, lamp.difference, lamp.verdict, lamp.damaged, lamp.good) == ("LAMP", -4, "short", 3, 93)
        assert lamp.note == "carton 7 crushed"
        assert (psu.sku, psu.difference, psu.verdict, psu.damaged, psu.good) == ("PSU", 2, "over", 0, 52)
        assert (summary.expected, summary.counted, summary.damaged, summary.added) == (150, 148, 3, 145)
        assert summary.short_lines == (lamp,) and summary.over_lines == (psu,) and summary.damaged_lines == (lamp,)
        assert not summary.all_ok

        # Every counted unit received, the damaged ones written off, all pointing at the delivery.
        ledger = session.execute(
            select(StockMovement.item_id, StockMovement.kind, StockMovement.quantity, StockMovement.operator).where(
                StockMovement.inbound_id == summary.id
            )
        ).all()
        assert sorted(ledger) == sorted(
            [
                (ids["LAMP"], MovementKind.RECEIVED, 96, "erin"),
                (ids["LAMP"], MovementKind.WRITTEN_OFF, -3, "erin"),
                (ids["PSU"], MovementKind.RECEIVED, 52, "erin"),
            ]
        )
        assert on_hand(session, ids["campaign"]) == {(ids["US"], ids["LAMP"]): 93, (ids["US"], ids["PSU"]): 52}
        # The shelves were created on the way.
        shelves = {
            (row.sku, row.received, row.written_off, row.on_hand) for row in stock_table(session, ids["campaign"])
        }
        assert shelves == {("LAMP", 96, 3, 93), ("PSU", 52, 0, 52)}

        audit = session.scalars(select(AuditEntry).where(AuditEntry.entity == "inbound_shipment")).one()
        assert (audit.entity_id, audit.operator) == (summary.id, "erin")
        assert audit.new_value == "US PO-2025-101: 2 lines, 150 expected, 148 counted, 3 damaged"


def test_an_exact_delivery_is_all_ok_and_adds_up(db: Database) -> None:
    with db.transaction() as session:
        ids = _setup(session)
        record_inbound(session, ids["EU"], "A", [Line("LAMP", 10, 10)], operator="erin")
        second = record_inbound(session, ids["EU"], "B", [Line("lamp", 5, 5), Line("PSU", 8, 0)], operator="erin")
        assert [line.verdict for line in second.lines] == ["ok", "short"]
        assert second.lines[0].sku == "LAMP"  # the SKU as typed in any case finds the item
        assert on_hand(session, ids["campaign"]) == {(ids["EU"], ids["LAMP"]): 15}  # nothing counted, nothing moved
        assert session.scalar(select(func.count(Stock.id))) == 1


def test_every_problem_is_reported_at_once_and_nothing_is_written(db: Database) -> None:
    with db.transaction() as session:
        ids = _setup(session)
        before = _counts(session)
        with pytest.raises(UserError) as refused:
            record_inbound(
                session,
                ids["US"],
                "PO-9",
                [
                    Line("NOPE", 1, 1),
                    Line("LAMP", -1, 5, 0),
                    Line("PSU", 10, 4, 5),
                    Line("CARD", 100, 100),
                    Line("lamp", 1, 1),
                    Line("ALIEN", 1, 1),
                    Line("  ", 1, 1),
                ],
                operator="erin",
            )
        message = str(refused.value)
        assert message.startswith("Nothing was recorded:")
        for expected in (
            "Line 1 (NOPE): no item with this SKU in the campaign.",
            "Line 2 (LAMP): expected cannot be negative (-1).",
            "Line 3 (PSU): damaged (5) cannot be more than counted (4).",
            "Line 4 (CARD): Card is not kept in stock, so it is not received.",
            "Line 5 (lamp): the same item as line 2; put it on one line.",
            "Line 6 (ALIEN): no item with this SKU in the campaign.",
            "Line 7 (no SKU): no item with this SKU in the campaign.",
        ):
            assert expected in message
        assert not session.new and not session.dirty
        assert _counts(session) == before


@pytest.mark.parametrize(
    ("warehouse", "reference", "lines", "message"),
    [
        ("nowhere", "PO", [Line("LAMP", 1, 1)], "no warehouse"),
        ("US", "PO", [], "at least one line"),
        ("US", "x" * 101, [Line("LAMP", 1, 1)], "at most 100 characters"),
        ("US", "PO", [Line("LAMP", 1, 1.5)], "counted must be a whole number"),  # type: ignore[arg-type]
    ],
)
def test_other_refusals_write_nothing(db: Database, warehouse: str, reference: str, lines: list, message: str) -> None:
    with db.transaction() as session:
        ids = _setup(session)
        before = _counts(session)
        with pytest.raises(UserError, match=message):
            record_inbound(session, ids.get(warehouse, 999_999), reference, lines, operator="erin")
        assert _counts(session) == before


def test_list_inbound_per_warehouse_and_campaign_newest_first(db: Database) -> None:
    with db.transaction() as session:
        ids = _setup(session)
        record_inbound(
            session, ids["US"], "first", [Line("LAMP", 1, 1)], operator="erin", arrived_at=datetime(2025, 1, 1)
        )
        record_inbound(
            session, ids["EU"], "second", [Line("PSU", 2, 2)], operator="erin", arrived_at=datetime(2025, 2, 1)
        )
        record_inbound(
            session, ids["US"], "third", [Line("PSU", 3, 1)], operator="erin", arrived_at=datetime(2025, 3, 1)
        )
        assert [s.reference for s in list_inbound(session)] == ["third", "second", "first"]
        assert [s.reference for s in list_inbound(session, ids["US"])] == ["third", "first"]
        assert [s.reference for s in list_inbound(session, campaign_id=ids["other_campaign"])] == []
        third = list_inbound(session, ids["US"])[0]
        assert [(line.sku, line.expected, line.counted, line.verdict) for line in third.lines] == [
            ("PSU", 3, 1, "short")
        ]
