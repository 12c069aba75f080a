from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from fulfiller.domain.enums import MovementKind
from fulfiller.domain.enums import ShipmentStatus as S
from fulfiller.services.aftersales.requests import WHOLE_KIT, create_reship, decide, log_request
from fulfiller.services.aftersales.spare_budget import spare_budget, spare_warnings
from fulfiller.services.planning.demand import set_campaign_planning
from fulfiller.services.planning.stock import add_movement, write_off
from fulfiller.services.shipping.parcels import change_status, ensure_shipment
from tests.services.kit_campaign import Small, make_template, opened_copy


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Small]:
    return make_template(tmp_path_factory.mktemp("small"))


@pytest.fixture
def small(template: tuple[Path, Small], tmp_path: Path) -> Iterator[Small]:
    with opened_copy(template[0], tmp_path) as db, db.transaction() as session:
        small = template[1].bind(session)
        set_campaign_planning(session, small.campaign_id, operator="ann", spare_percent="10")
        for sku in ("LAMP-WH", "LAMP-BK", "CABLE"):
            small.receive("US", sku, 50)
        yield small


def _ship(small: Small, number: str, end: S = S.DELIVERED) -> int:
    sid = ensure_shipment(small.s, small.orders[number], operator="ann")
    for status in (S.PACKED, S.SHIPPED, end):
        change_status(small.s, sid, status, operator="ann")
    return sid


def test_spare_budget_on_a_small_hand_made_campaign(small: Small) -> None:
    # Ten "Lamp White" orders at US (1 lamp + 1 cable + a card each); four shipped, one of them lost.
    for n in range(1, 11):
        small.order(str(n), "Lamp White")
    lost = _ship(small, "1", S.LOST)
    for n in "234":
        _ship(small, n)
    rid = log_request(small.s, small.orders["1"], "lost_in_transit", WHOLE_KIT, operator="bo")
    decide(small.s, [rid], True, operator="bo")
    reship = create_reship(small.s, rid, operator="bo")
    change_status(small.s, reship, S.PACKED, operator="bo")  # RESHIPPED: 1 lamp, 1 cable
    # A cable written off against the lost parcel counts; a warehouse write-off does not.
    add_movement(
        small.s,
        small.warehouses["US"],
        small.items["CABLE"],
        MovementKind.WRITTEN_OFF,
        -1,
        operator="bo",
        shipment_id=lost,
    )
    write_off(small.s, small.warehouses["US"], small.items["LAMP-BK"], 2, reason="dropped carton", operator="bo")
    # Order 2 reports a broken lamp: approved, reship not packed yet -> committed.
    second = log_request(small.s, small.orders["2"], "damaged", {small.items["LAMP-WH"]: 1}, operator="bo")
    decide(small.s, [second], True, operator="bo")

    rows = {r.sku: r for r in spare_budget(small.s, small.campaign_id)}
    assert set(rows) == {"LAMP-WH", "CABLE"}  # LAMP-BK: no demand, nothing shipped; CARD: not a stock item
    lamp = rows["LAMP-WH"].budget
    assert (lamp.total_units, lamp.shipped_units, lamp.to_ship) == (10, 4, 6)
    assert lamp.spare_percent == Decimal("10") and lamp.planned == 1
    assert (rows["LAMP-WH"].reshipped, lamp.used, lamp.left, lamp.committed) == (1, 1, 0, 1)
    assert lamp.loss_rate == Decimal("0.2500") and lamp.planned_rate == Decimal("0.1000")
    assert lamp.projected_need == 2 + 1  # 25 % of 6 = 1.5 -> 2, plus the approved lamp
    assert lamp.runs_out
    cable = rows["CABLE"]
    assert (cable.reshipped, cable.written_off_in_transit, cable.budget.used, cable.budget.left) == (1, 1, 2, -1)
    assert cable.budget.loss_rate == Decimal("0.5000")

    warnings = spare_warnings(list(rows.values()))
    assert len(warnings) == 2
    assert any(w.startswith("LAMP-WH at US: spares will run out") for w in warnings)
    assert any(w.startswith("CABLE at US: 2 replacement unit(s) used, 1 more than") for w in warnings)
    assert rows["LAMP-WH"].as_dict()["loss_rate"] == "0.2500"


def test_no_warning_while_losses_stay_within_the_plan(small: Small) -> None:
    for n in range(1, 41):
        small.order(str(n), "Lamp White")
    for n in range(1, 21):
        _ship(small, str(n))
    rows = spare_budget(small.s, small.campaign_id)
    lamp = next(r for r in rows if r.sku == "LAMP-WH").budget
    assert (lamp.total_units, lamp.planned, lamp.used, lamp.left, lamp.loss_rate) == (40, 4, 0, 4, Decimal(0))
    assert spare_warnings(rows) == []
