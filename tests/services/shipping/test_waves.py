"""Waves: the orders chosen get parcel #1 in one step, split by warehouse, and every one left out is
counted with its reason; the parcels go out to a label tool or partner and come back shipped."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fulfiller.db.models import Order, OrderProblem, Shipment, StockMovement
from fulfiller.domain.carriers import s10_check_digit
from fulfiller.domain.enums import MovementKind, PledgeStatus, Severity
from fulfiller.domain.enums import ShipmentStatus as S
from fulfiller.domain.errors import UserError
from fulfiller.services.shipping.order_exports import export_orders
from fulfiller.services.shipping.partner_columns import partner_columns
from fulfiller.services.shipping.tracking_import import import_tracking
from fulfiller.services.shipping.waves import WaveChoice, create_wave, list_waves, plan_wave, wave_named
from tests.services.conftest import TwoCampaigns
from tests.services.kit_campaign import Small, make_template, opened_copy


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Small]:
    return make_template(tmp_path_factory.mktemp("waves"))


@pytest.fixture
def small(template: tuple[Path, Small], tmp_path: Path):  # noqa: ANN201
    path, campaign = template
    with opened_copy(path, tmp_path) as db, db.transaction() as session:
        shop = campaign.bind(session)
        for n in range(1, 7):
            shop.order(str(n), "Lamp White" if n % 2 else "Duo", warehouse="US" if n <= 4 else "EU")
        shop.order("7", "Lamp White", status=PledgeStatus.DROPPED)
        shop.order("8", "Lamp White", merged_into="1")
        shop.order("9", "Late Pledge Lamp White")  # no kit
        shop.order("10", "Lamp Black", warehouse=None)
        shop.order("11", "Lamp Black")
        session.add(OrderProblem(order_id=shop.orders["11"], code="missing_postal_code", severity=Severity.ERROR,
                                 field="postal_code", message="Postal code is missing."))  # fmt: skip
        shop.order("12", "Lamp Black")
        session.add(OrderProblem(order_id=shop.orders["12"], code="missing_phone", severity=Severity.WARNING,
                                 field="phone", message="No phone."))  # fmt: skip
        shop.order("13", "Lamp White")
        shop.shipment("13", S.SHIPPED, {"LAMP-WH": 1, "CABLE": 1, "CARD": 1})
        session.flush()
        yield shop


def test_a_wave_makes_parcels_per_warehouse_and_says_what_it_left_out(small: Small) -> None:
    plan = plan_wave(small.s, small.campaign_id, WaveChoice())
    assert {small.s.get(Order, o).backer_number for ids in plan.by_warehouse.values() for o in ids} == {
        "1", "2", "3", "4", "5", "6", "12",
    }  # fmt: skip
    assert plan.left_out_counts() == {
        "not_collected": 1, "merged": 1, "has_parcel": 1, "address_error": 1, "no_kit": 1, "no_warehouse": 1,
    }  # fmt: skip
    summary = create_wave(small.s, small.campaign_id, "First", WaveChoice(), planned_ship_date=date(2026, 12, 14),
                          operator="mei")  # fmt: skip
    assert [(w.name, w.warehouse_code, w.parcels) for w in summary.waves] == [("First — EU", "EU", 2),
                                                                            ("First — US", "US", 5)]  # fmt: skip
    text = summary.describe()
    assert "Wave First — EU: 2 parcel(s) from EU." in text and "1 with an address error" in text
    duo = small.s.scalar(select(Shipment).where(Shipment.order_id == small.orders["2"]))
    assert duo.status is S.READY and duo.sequence == 1 and duo.wave_id == summary.waves[1].wave_id
    assert small.lines_of(duo.id) == {"LAMP-WH": 1, "LAMP-BK": 1, "CABLE": 2}
    assert len(duo.history) == 1 and duo.history[0].operator == "mei"
    waves = list_waves(small.s, small.campaign_id)
    assert [(w.name, w.parcels, w.by_status, w.planned_ship_date) for w in waves] == [
        ("First — EU", 2, {"ready": 2}, date(2026, 12, 14)),
        ("First — US", 5, {"ready": 5}, date(2026, 12, 14)),
    ]
    again = plan_wave(small.s, small.campaign_id, WaveChoice())
    assert again.orders == 0 and again.left_out_counts()["has_parcel"] == 8  # nothing gets two parcels


def test_a_wave_by_tier_country_and_without_warnings(small: Small) -> None:
    duo = plan_wave(small.s, small.campaign_id, WaveChoice(tier_id=small.tiers["Duo"]))
    assert sorted(o for ids in duo.by_warehouse.values() for o in ids) == [small.orders[n] for n in ("2", "4", "6")]
    assert plan_wave(small.s, small.campaign_id, WaveChoice(country="Germany")).orders == 0
    assert plan_wave(small.s, small.campaign_id, WaveChoice(country="United States")).orders == 7
    quiet = plan_wave(small.s, small.campaign_id, WaveChoice(tier_id=small.tiers["Lamp Black"], problem_free=True))
    assert quiet.orders == 0 and quiet.left_out_counts() == {"address_error": 1, "warning": 1, "no_warehouse": 1}
    with pytest.raises(UserError, match="not a country"):
        plan_wave(small.s, small.campaign_id, WaveChoice(country="Atlantis"))


def test_a_wave_is_refused_without_a_name_twice_the_same_name_or_nothing_to_make(small: Small) -> None:
    with pytest.raises(UserError, match="Give the wave a name"):
        create_wave(small.s, small.campaign_id, "  ", WaveChoice(), operator="mei")
    made = create_wave(small.s, small.campaign_id, "First", WaveChoice(tier_id=small.tiers["Duo"]), operator="mei")
    with pytest.raises(UserError, match="named 'First' already"):
        create_wave(small.s, small.campaign_id, "First", WaveChoice(), operator="mei")
    with pytest.raises(UserError, match="No order can get a parcel.*3 with a parcel already"):
        create_wave(small.s, small.campaign_id, "Duo again", WaveChoice(tier_id=small.tiers["Duo"]), operator="mei")
    us = made.waves[1]
    assert us.name == "First — US" and wave_named(small.s, small.campaign_id, "First — US") == us.wave_id
    assert wave_named(small.s, small.campaign_id, str(us.wave_id)) == us.wave_id
    with pytest.raises(UserError, match="no wave 'Second'"):
        wave_named(small.s, small.campaign_id, "Second")


def _shipments_file(path: Path, refs: list[str], prefix: str = "LZ") -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Order - Number", "Ship Date", "Shipment - Carrier", "Shipment - Service",
                         "Shipment - Tracking Number", "Shipping Cost"])  # fmt: skip
        for n, ref in enumerate(refs):
            digits = f"{70000000 + n:08d}"
            writer.writerow([ref, "12/14/2026", "USPS", "First Class International",
                             f"{prefix}{digits}{s10_check_digit(digits)}US", "12.40"])  # fmt: skip
    return path


def test_label_tool_path_from_wave_to_shipped(small: Small, tmp_path: Path) -> None:
    for sku in ("LAMP-WH", "LAMP-BK", "CABLE"):
        small.receive("US", sku, 50)
    wave = create_wave(small.s, small.campaign_id, "US", WaveChoice(warehouse_id=small.warehouses["US"]),
                       operator="mei").waves[0]  # fmt: skip
    sent = export_orders(small.s, small.campaign_id, "shipstation", tmp_path / "ss.csv", wave_id=wave.wave_id)
    assert sent.orders == 5
    parcels = small.s.scalars(select(Shipment).where(Shipment.wave_id == wave.wave_id)).all()
    assert {(p.status, p.handed_to) for p in parcels} == {(S.AT_LABEL_TOOL, "shipstation")}
    with pytest.raises(UserError, match="5 already sent"):
        export_orders(small.s, small.campaign_id, "pirateship", tmp_path / "ps.csv", wave_id=wave.wave_id)
    again = export_orders(small.s, small.campaign_id, "pirateship", tmp_path / "ps.csv", wave_id=wave.wave_id,
                          include_already_sent=True)  # fmt: skip
    assert again.orders == 5 and {p.handed_to for p in parcels} == {"pirateship"}

    refs = sorted({small.s.get(Order, p.order_id).platform_order_id for p in parcels})
    result = import_tracking(small.s, small.campaign_id, _shipments_file(tmp_path / "back.csv", refs), operator="mei")
    assert (len(result.matched), len(result.unmatched), len(result.conflicts)) == (5, 0, 0)
    for parcel in parcels:
        small.s.refresh(parcel)
        assert parcel.status is S.SHIPPED and parcel.carrier == "USPS" and parcel.tracking_number.startswith("LZ")
    packed = small.s.scalar(
        select(func.sum(StockMovement.quantity)).where(
            StockMovement.kind == MovementKind.PACKED, StockMovement.shipment_id.in_([p.id for p in parcels])
        )
    )
    units = sum(line.quantity for p in parcels for line in p.lines if line.item.is_stock)
    assert -packed == units  # shipped from the label tool: the goods left the shelf once
    again = import_tracking(small.s, small.campaign_id, _shipments_file(tmp_path / "back.csv", refs), operator="mei")
    assert (len(again.matched), len(again.unchanged)) == (0, 5)


def test_an_export_without_a_wave_makes_the_parcels_of_orders_still_to_ship(small: Small, tmp_path: Path) -> None:
    sent = export_orders(small.s, small.campaign_id, "shipstation", tmp_path / "ss.csv")
    made = small.s.scalars(select(Shipment).where(Shipment.status == S.AT_LABEL_TOOL)).all()
    assert sent.orders == len(made) > 0 and all(p.sequence == 1 for p in made)
    assert small.orders["9"] not in {p.order_id for p in made} and sent.skipped_nothing_to_ship == 1


def test_partner_path_with_columns_mapped_once(small: Small, tmp_path: Path) -> None:
    wave = create_wave(small.s, small.campaign_id, "EU", WaveChoice(warehouse_id=small.warehouses["EU"]),
                       operator="mei").waves[0]  # fmt: skip
    export_orders(small.s, small.campaign_id, "partner-lines", tmp_path / "p.xlsx", partner="Factory",
                  wave_id=wave.wave_id)  # fmt: skip
    parcels = small.s.scalars(select(Shipment).where(Shipment.wave_id == wave.wave_id)).all()
    assert {(p.status, p.handed_to) for p in parcels} == {(S.WITH_PARTNER, "Factory")}
    sheet = tmp_path / "factory.csv"
    with sheet.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Ref", "Courier", "AWB No"])
        writer.writerow(["5", "DHL", "JD014600009999900001"])
        writer.writerow(["nobody", "DHL", "JD014600009999900002"])
        writer.writerow(["5", "DHL", "JD014600009999900001"])
    with pytest.raises(UserError, match="no tracking number column"):
        import_tracking(small.s, small.campaign_id, sheet, partner="Factory")
    columns = {"order_ref": "Ref", "carrier": "Courier", "tracking": "AWB No"}
    first = import_tracking(small.s, small.campaign_id, sheet, partner="Factory", mapping=columns)
    assert (len(first.matched), len(first.unmatched), len(first.duplicates)) == (1, 1, 1)
    assert partner_columns(small.s, small.campaign_id, "Factory") == columns
    with sheet.open("w", newline="") as handle:
        csv.writer(handle).writerows([["Ref", "Courier", "AWB No"], ["6", "DHL", "JD014600009999900003"]])
    second = import_tracking(small.s, small.campaign_id, sheet, partner="Factory")  # the columns are remembered
    assert len(second.matched) == 1
    assert {p.status for p in parcels if small.s.refresh(p) is None} == {S.SHIPPED}


def test_each_wave_counts_its_own_parcels_by_status(two_campaigns: TwoCampaigns) -> None:
    s = two_campaigns.session
    waves = list_waves(s, two_campaigns.demo)
    assert waves and list_waves(s, two_campaigns.small.campaign_id) == []
    for wave in waves:
        statuses = Counter(
            status.value for status in s.scalars(select(Shipment.status).where(Shipment.wave_id == wave.id))
        )
        assert wave.by_status == dict(statuses) and wave.parcels == sum(statuses.values())
