from __future__ import annotations

import csv
import math
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from fulfiller.db.models import AuditEntry, Campaign, Order, Shipment, StockMovement, Warehouse
from fulfiller.domain.enums import PledgeStatus, ShipmentStatus
from fulfiller.domain.errors import UserError
from fulfiller.exporters.spreadsheet import escape_cell, escape_text, write_table
from fulfiller.services.catalogue.checklist import DONE_STATUSES, order_checklist
from fulfiller.services.catalogue.items import update_item
from fulfiller.services.database import open_db
from fulfiller.services.planning.demand import (
    NO_WAREHOUSE,
    DemandRow,
    compute_demand,
    export_demand,
    format_demand,
    on_hand,
    planning_settings,
    set_campaign_planning,
    set_stock_spare_percent,
)
from tests.services.kit_campaign import Small, make_template, opened_copy

S = ShipmentStatus


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Small]:
    return make_template(tmp_path_factory.mktemp("small"))


@pytest.fixture
def small(template: tuple[Path, Small], tmp_path: Path) -> Iterator[Small]:
    with opened_copy(template[0], tmp_path) as db, db.transaction() as session:
        yield template[1].bind(session)


def _table(rows: list[DemandRow]) -> dict[tuple[str, str], tuple[int, Decimal, int, int, int]]:
    return {(r.warehouse, r.sku): (r.demand, r.spare_percent, r.spares, r.on_hand, r.shortfall) for r in rows}


def test_demand_counts_only_what_still_has_to_ship(small: Small) -> None:
    small.order("1", "Lamp White", add_ons={"Spare Shade": 2})  # US
    small.order("2", "Duo", add_ons={"Extra Cable": 3})  # US
    small.order("3", "Lamp Black", country="DE", warehouse="EU")
    small.order("4", "Lamp White", warehouse=None)  # not assigned yet
    small.order("5", "Lamp Black", merged_into="3")  # ships from EU inside order 3
    small.order("6", "Duo", status=PledgeStatus.DROPPED)
    small.order("7", "Duo")
    small.shipment("7", S.PACKED, {"LAMP-WH": 1, "LAMP-BK": 1, "CABLE": 2})  # already packed: not demand
    small.order("8", "Lamp White")
    small.shipment("8", S.PENDING, {"LAMP-WH": 1, "CABLE": 1, "CARD": 1})  # still to pack: demand
    small.extra("2", "SHADE", 1, "goodwill")
    small.receive("US", "LAMP-WH", 10)
    small.receive("US", "LAMP-WH", -1)
    small.receive("EU", "SHADE", 4)

    rows = compute_demand(small.s, small.campaign_id)

    assert _table(rows) == {
        # Orders 1, 2, 8: lamps 1 + 1 + 1, black 1, cables 1 + 2 + 3 + 1, shades 2 + 1 (spares 15 %).
        ("EU", "CABLE"): (2, Decimal("12"), 1, 0, 3),
        ("EU", "LAMP-BK"): (2, Decimal("12"), 1, 0, 3),
        ("EU", "SHADE"): (0, Decimal("15"), 0, 4, 0),
        ("US", "CABLE"): (7, Decimal("12"), 1, 0, 8),
        ("US", "LAMP-BK"): (1, Decimal("12"), 1, 0, 2),
        ("US", "LAMP-WH"): (3, Decimal("12"), 1, 9, 0),
        ("US", "SHADE"): (3, Decimal("15"), 1, 0, 4),
        (NO_WAREHOUSE, "CABLE"): (1, Decimal("12"), 1, 0, 2),
        (NO_WAREHOUSE, "LAMP-WH"): (1, Decimal("12"), 1, 0, 2),
    }
    assert [r.warehouse for r in rows][-1] == NO_WAREHOUSE  # unassigned orders come last
    assert all(r.sku != "CARD" for r in rows)  # the hand-written card is packed, never stocked
    assert rows[0].as_dict()["spare_percent"] == "12"
    assert "nothing short" not in format_demand(rows) and "shelf(s) short" in format_demand(rows)


def test_spare_percent_comes_from_the_shelf_then_the_item_then_the_campaign(small: Small) -> None:
    for n in range(10):
        small.order(str(n), "Lamp White", add_ons={"Spare Shade": 10})
    set_stock_spare_percent(small.s, small.warehouses["US"], small.items["CABLE"], "30", operator="mei")
    update_item(small.s, small.items["LAMP-WH"], {"spare_percent": Decimal("5")}, operator="mei")
    set_campaign_planning(small.s, small.campaign_id, spare_percent="20", operator="mei")

    table = _table(compute_demand(small.s, small.campaign_id))

    assert table[("US", "CABLE")][:3] == (10, Decimal("30"), 3)  # the shelf's own
    assert table[("US", "LAMP-WH")][:3] == (10, Decimal("5"), 1)  # the item's
    assert table[("US", "SHADE")][:3] == (100, Decimal("15"), 15)  # the item's
    set_stock_spare_percent(small.s, small.warehouses["US"], small.items["CABLE"], None, operator="mei")
    update_item(small.s, small.items["LAMP-WH"], {"spare_percent": None}, operator="mei")
    table = _table(compute_demand(small.s, small.campaign_id))
    assert table[("US", "CABLE")][:3] == (10, Decimal("20"), 2)  # the campaign's
    assert table[("US", "LAMP-WH")][:3] == (10, Decimal("20"), 2)
    changes = small.s.scalars(
        select(AuditEntry).where(AuditEntry.operator == "mei", AuditEntry.field == "spare_percent")
    )
    assert [(e.entity, e.old_value, e.new_value) for e in changes] == [
        ("stock", None, "30"),
        ("item", None, "5"),
        ("campaign", "12", "20"),
        ("stock", "30", None),
        ("item", "5", None),
    ]


def test_planning_settings_are_checked(small: Small) -> None:
    with pytest.raises(UserError, match="spare percentage from 0 to 100"):
        set_campaign_planning(small.s, small.campaign_id, spare_percent="150", operator="x")
    with pytest.raises(UserError, match="budget buffer"):
        set_campaign_planning(small.s, small.campaign_id, cost_buffer_percent="a lot", operator="x")
    set_campaign_planning(small.s, small.campaign_id, cost_buffer_percent="30%", operator="x")
    assert small.s.get(Campaign, small.campaign_id).cost_buffer_percent == Decimal("30")  # type: ignore[union-attr]
    set_campaign_planning(small.s, small.campaign_id, spare_percent="7.5", operator="x")
    settings = planning_settings(small.s, small.campaign_id)
    assert (settings.spare_percent, settings.cost_buffer_percent) == (Decimal("7.5"), Decimal("30"))
    with pytest.raises(UserError, match="no campaign 999"):
        planning_settings(small.s, 999)


def test_demo_demand_matches_the_checklists_of_the_orders_still_to_ship(demo_db_path: Path) -> None:
    db = open_db(demo_db_path)
    try:
        with db.reading() as session:
            rows = compute_demand(session, 1)
            packed = set(
                session.scalars(
                    select(Shipment.order_id).where(
                        Shipment.status.in_(DONE_STATUSES), Shipment.replaces_shipment_id.is_(None)
                    )
                )
            )
            expected: Counter[tuple[int | None, str]] = Counter()
            orders = session.execute(
                select(Order.id, Order.warehouse_id).where(
                    Order.status == PledgeStatus.COLLECTED, Order.merged_into_id.is_(None)
                )
            ).all()
            for order_id, warehouse_id in orders:
                if order_id in packed:
                    continue
                for line in order_checklist(session, order_id).lines:
                    if line.is_stock:
                        expected[(warehouse_id, line.sku)] += line.quantity
            movements = Counter()
            for warehouse_id, item_id, quantity in session.execute(
                select(StockMovement.warehouse_id, StockMovement.item_id, StockMovement.quantity)
            ):
                movements[(warehouse_id, item_id)] += quantity
            codes = dict(session.execute(select(Warehouse.id, Warehouse.code)).all())
    finally:
        db.close()
    assert sum(expected.values()) > 0
    assert {(r.warehouse_id, r.sku): r.demand for r in rows if r.demand} == dict(expected)
    assert {(r.warehouse_id, r.item_id): r.on_hand for r in rows if r.on_hand} == {
        k: v for k, v in movements.items() if v
    }
    assert {r.warehouse for r in rows} <= set(codes.values())
    for r in rows:
        assert r.spares == math.ceil(r.demand * r.spare_percent / 100)
        assert r.shortfall == max(0, r.demand + r.spares - r.on_hand)


def test_on_hand_is_the_sum_of_movements(small: Small) -> None:
    small.receive("US", "CABLE", 100)
    small.receive("US", "CABLE", -30)
    small.receive("EU", "CABLE", 5)
    assert on_hand(small.s, small.campaign_id) == {
        (small.warehouses["US"], small.items["CABLE"]): 70,
        (small.warehouses["EU"], small.items["CABLE"]): 5,
    }


# --- Exports -------------------------------------------------------------------------------------


@pytest.mark.parametrize("trigger", ["=", "+", "-", "@", "\t", "\r"])
def test_text_a_spreadsheet_would_run_gets_an_apostrophe(trigger: str) -> None:
    assert escape_text(f"{trigger}1+1") == f"'{trigger}1+1"
    assert escape_cell(f"{trigger}cmd") == f"'{trigger}cmd"


def test_other_cells_are_left_as_they_are() -> None:
    assert escape_text("O'Neil = friend") == "O'Neil = friend"
    assert escape_cell(None) == "" and escape_cell(-5) == -5 and escape_cell(Decimal("-1.50")) == Decimal("-1.50")
    with pytest.raises(TypeError, match="never float"):
        escape_cell(1.5)


def _rows_for_export(small: Small) -> list[DemandRow]:
    update_item(small.s, small.items["SHADE"], {"sku": "-SHADE", "name": '=HYPERLINK("http://evil")'}, operator="x")
    small.order("1", "Lamp White", add_ons={"Spare Shade": 1})
    return compute_demand(small.s, small.campaign_id)


def test_the_csv_demand_export_is_for_excel(small: Small, tmp_path: Path) -> None:
    rows = _rows_for_export(small)
    path = tmp_path / "demand.csv"
    assert export_demand(rows, path) == len(rows)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    table = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert table[0] == [
        "warehouse",
        "warehouse_name",
        "sku",
        "name",
        "variant",
        "demand",
        "spare_percent",
        "spares",
        "on_hand",
        "shortfall",
    ]
    shade = next(r for r in table if r[2] == "'-SHADE")
    assert shade[3] == '\'=HYPERLINK("http://evil")'
    assert shade[5:] == ["1", "15", "1", "0", "2"]


def test_the_xlsx_demand_export_keeps_numbers_and_escapes_text(small: Small, tmp_path: Path) -> None:
    rows = _rows_for_export(small)
    path = tmp_path / "demand.xlsx"
    export_demand(rows, path)
    sheet = load_workbook(path).active
    assert sheet.title == "Demand"
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    shade = next(r for r in values if r[2] == "'-SHADE")
    assert shade[3] == '\'=HYPERLINK("http://evil")'
    assert shade[5] == 1 and shade[9] == 2
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)  # no formula anywhere


def test_an_export_to_a_bad_place_says_so_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="written as .csv or .xlsx"):
        write_table(tmp_path / "demand.pdf", ["a"], [[1]])
    with pytest.raises(UserError, match="does not exist"):
        write_table(tmp_path / "missing" / "demand.csv", ["a"], [[1]])
    target = tmp_path / "demand.csv"
    target.write_text("old export", encoding="utf-8")
    with pytest.raises(TypeError):
        write_table(target, ["a"], [[1.5]])
    assert target.read_text(encoding="utf-8") == "old export"  # a failed export never leaves half a file
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".demand")]  # no temporary file left
