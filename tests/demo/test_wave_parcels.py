"""The demo's waves: one packed at the team's own station and mostly delivered, one with the partner in
Shenzhen, one at ShipStation, one being packed today, and the orders still waiting for a wave; the
exports that sent them out, and the tracking sheets that will ship the rest."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from fulfiller.db.models import (
    Address,
    AuditEntry,
    Order,
    OrderProblem,
    PartnerExport,
    PartnerExportOrder,
    Shipment,
    StockMovement,
    Warehouse,
    Wave,
)
from fulfiller.demo.handing_out import LABEL_TOOL, PARTNER, PARTNER_COLUMNS
from fulfiller.demo.timeline import DEMO_NOW
from fulfiller.demo.tracking import s10_tracking_number, ups_tracking_number
from fulfiller.domain.enums import MovementKind, PledgeStatus, Severity, ShipmentStatus
from fulfiller.domain.shipment_status import HANDED_OUT
from fulfiller.services.planning.stock import on_hand, stock_table
from fulfiller.services.shipping.order_exports import ExportChoice, gather_parcels, list_partner_exports
from fulfiller.services.shipping.partner_columns import partner_columns
from fulfiller.services.shipping.tracking_import import import_tracking
from fulfiller.services.shipping.waves import WaveChoice, list_waves, plan_wave

S = ShipmentStatus
Demo = tuple[sessionmaker[Session], int]
EUROPE, EAST_ASIA, AMERICAS, ASIA_PACIFIC = (
    "Wave 1: Europe",
    "Wave 2: East Asia",
    "Wave 3: Americas",
    "Wave 4: Asia-Pacific",
)


def _wave_ids(session: Session) -> dict[str, int]:
    return {w.name: w.id for w in session.scalars(select(Wave))}


def test_three_waves_each_sent_its_own_way(demo500: Demo) -> None:
    sessions, campaign_id = demo500
    with sessions() as session:
        waves = {w.name: w for w in list_waves(session, campaign_id)}
        made = {w.name: w.created_at for w in session.scalars(select(Wave))}
    assert {name: (w.warehouse_code, w.planned_ship_date, w.created_by) for name, w in waves.items()} == {
        EUROPE: ("EU", date(2025, 9, 12), "demo"),
        EAST_ASIA: ("CN", date(2025, 10, 6), "demo"),
        AMERICAS: ("US", date(2025, 10, 22), "demo"),
        ASIA_PACIFIC: ("APAC", date(2025, 10, 22), "demo"),
    }
    assert made == {
        EUROPE: datetime(2025, 9, 8, 9, 0),
        EAST_ASIA: datetime(2025, 9, 29, 10, 0),
        AMERICAS: datetime(2025, 10, 15, 10, 0),
        ASIA_PACIFIC: datetime(2025, 10, 20, 8, 30),
    }
    europe, east_asia, americas, today = (
        Counter(waves[name].by_status) for name in (EUROPE, EAST_ASIA, AMERICAS, ASIA_PACIFIC)
    )
    # Packed and shipped at the own station weeks ago: mostly delivered, a few on the way, lost, damaged.
    assert set(europe) <= {"shipped", "delivered", "lost", "damaged", "returned", "on_hold"}
    assert europe["delivered"] > 0.8 * europe.total() and europe["lost"] and europe["damaged"]
    # With the partner: its first sheet shipped part of the wave, the rest is still with it.
    assert set(east_asia) <= {"with_partner", "shipped", "delivered", "address_problem"}
    assert east_asia["with_partner"] and east_asia["shipped"] + east_asia["delivered"]
    # At ShipStation since yesterday's export, its labels not bought yet.
    assert set(americas) <= {"at_label_tool", "address_problem"}
    assert americas["at_label_tool"] > 0.9 * americas.total()
    # Made this morning at the own station in Sydney: some boxes packed, one back to pending, the rest ready.
    assert set(today) == {"packed", "pending", "ready"} and today["ready"] > today["packed"] > today["pending"]


def test_parcels_are_tracked_as_their_way_out_would_track_them(demo500: Demo) -> None:
    sessions, _ = demo500
    with sessions() as session:
        waves = _wave_ids(session)
        parcels = session.scalars(select(Shipment).where(Shipment.wave_id.is_not(None))).all()
    carriers: dict[int, set[str]] = {}
    for parcel in parcels:
        carriers.setdefault(parcel.wave_id, set()).add(parcel.carrier)
        left = parcel.status not in (S.WITH_PARTNER, S.AT_LABEL_TOOL, S.ADDRESS_PROBLEM, S.ON_HOLD, S.READY,
                                     S.PENDING, S.PACKED)  # fmt: skip
        assert bool(parcel.tracking_number) == left
        own = parcel.wave_id in (waves[EUROPE], waves[ASIA_PACIFIC])
        assert (parcel.weight_g is not None) == (
            own and parcel.status is not S.ON_HOLD and (left or parcel.status is S.PACKED)
        )  # weighed at the station
        if own or parcel.status is S.ADDRESS_PROBLEM:
            assert parcel.handed_to == ""
        else:
            assert parcel.handed_to == (PARTNER if parcel.wave_id == waves[EAST_ASIA] else LABEL_TOOL)
    assert carriers[waves[EUROPE]] - {""} == {"PostNL", "UPS"}
    assert carriers[waves[EAST_ASIA]] - {""} == {"SF Express", "China Post"}
    assert carriers[waves[AMERICAS]] == carriers[waves[ASIA_PACIFIC]] == {""}  # labels still to come


def test_the_waves_took_what_the_waves_service_would_and_the_rest_wait(demo500: Demo) -> None:
    sessions, campaign_id = demo500
    with sessions() as session:
        warehouses = dict(session.execute(select(Warehouse.code, Warehouse.id)).all())
        # Choosing each wave's orders again finds none left: the wave took every order it could.
        for code, problem_free in (("EU", True), ("CN", False), ("US", False), ("APAC", True)):
            again = plan_wave(
                session, campaign_id, WaveChoice(warehouse_id=warehouses[code], problem_free=problem_free)
            )
            assert again.orders == 0, code
        waiting = plan_wave(session, campaign_id, WaveChoice())
        severities: dict[int, set[Severity]] = {}
        for order_id, severity in session.execute(select(OrderProblem.order_id, OrderProblem.severity)):
            severities.setdefault(order_id, set()).add(severity)
        collected = dict(
            session.execute(
                select(Order.id, Order.warehouse_id).where(Order.status == PledgeStatus.COLLECTED).order_by(Order.id)
            ).all()
        )
    # Europe's and Asia-Pacific's orders with a warning wait for a wave, and so does every order with an error.
    expected: dict[int, list[int]] = {}
    for order_id, warehouse_id in collected.items():
        found = severities.get(order_id, set())
        if found == {Severity.WARNING} and warehouse_id in (warehouses["APAC"], warehouses["EU"]):
            expected.setdefault(warehouse_id, []).append(order_id)
    assert waiting.by_warehouse == expected and expected
    assert waiting.left_out_counts()["address_error"] == sum(
        1 for order_id in collected if Severity.ERROR in severities.get(order_id, set())
    )


def test_each_export_is_recorded_with_the_parcels_it_handed_out(demo500: Demo) -> None:
    sessions, campaign_id = demo500
    with sessions() as session:
        waves = _wave_ids(session)
        exports = {e.partner: e for e in list_partner_exports(session, campaign_id)}
        sent: dict[str, set[int]] = {}
        for partner, order_id in session.execute(
            select(PartnerExport.partner, PartnerExportOrder.order_id).join(
                PartnerExportOrder, PartnerExportOrder.export_id == PartnerExport.id
            )
        ):
            sent.setdefault(partner, set()).add(order_id)
        parcels = session.scalars(select(Shipment).where(Shipment.wave_id.in_([waves[EAST_ASIA], waves[AMERICAS]])))
        by_wave: dict[int, list[Shipment]] = {}
        for parcel in parcels:
            by_wave.setdefault(parcel.wave_id, []).append(parcel)
        handed_audit = set(
            session.scalars(
                select(AuditEntry.entity_id).where(AuditEntry.entity == "shipment", AuditEntry.field == "handed_to")
            )
        )
        again = {
            name: gather_parcels(session, campaign_id, ExportChoice(wave_id=waves[name]))
            for name in (EAST_ASIA, AMERICAS)
        }
    assert {p: (e.format, e.file_name, e.operator) for p, e in exports.items()} == {
        PARTNER: ("partner-skus", "wave-2-east-asia-longgang.xlsx", "demo"),
        LABEL_TOOL: ("shipstation", "wave-3-americas-shipstation.csv", "demo"),
    }
    assert exports[PARTNER].created_at == "2025-09-30 11:00:00"
    for partner, wave in ((PARTNER, EAST_ASIA), (LABEL_TOOL, AMERICAS)):
        wave_parcels = by_wave[waves[wave]]
        assert sent[partner] == {p.order_id for p in wave_parcels}
        assert exports[partner].order_count == len(sent[partner])
        assert all(p.id in handed_audit for p in wave_parcels)  # every hand-out audited, as the export does
        handed = [p for p in wave_parcels if p.status in HANDED_OUT]
        assert handed and all(p.handed_to == partner and p.order_id in sent[partner] for p in handed)
        # Sending the wave again is refused for each parcel already out, as it would be in the window.
        chosen, skipped = again[wave]
        assert chosen == [] and skipped["already_sent"] == len(handed)


def _stock_is_its_ledger(session: Session, campaign_id: int) -> None:
    rows = stock_table(session, campaign_id)
    ledger: Counter[tuple[int, int]] = Counter()
    for warehouse_id, item_id, quantity in session.execute(
        select(StockMovement.warehouse_id, StockMovement.item_id, StockMovement.quantity)
    ):
        ledger[(warehouse_id, item_id)] += quantity
    assert on_hand(session, campaign_id) == dict(ledger)
    for row in rows:
        assert row.on_hand == row.received + row.adjusted - row.packed - row.reshipped - row.written_off >= 0


def _waiting(session: Session, status: ShipmentStatus) -> list[tuple[int, str, str, str]]:
    return list(
        session.execute(
            select(Shipment.id, Order.platform_order_id, Address.country_code, Order.backer_number)
            .join(Order, Order.id == Shipment.order_id)
            .join(Address, Address.order_id == Order.id)
            .where(Shipment.status == status)
            .order_by(Shipment.id)
        ).all()
    )


def test_the_partners_next_sheet_imports_with_the_columns_kept_for_it(demo500: Demo, tmp_path: Path) -> None:
    sessions, campaign_id = demo500
    with sessions() as session:
        columns = partner_columns(session, campaign_id, PARTNER)
        assert columns == PARTNER_COLUMNS
        waiting = _waiting(session, S.WITH_PARTNER)
        sheet = tmp_path / "longgang-tracking-2025-10-21.csv"
        with sheet.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow([columns["order_ref"], columns["carrier"], columns["tracking"], columns["ship_date"]])
            writer.writerows(
                (ref, "China Post", s10_tracking_number("LX", 70_000_000 + n, "CN"), "2025-10-21")
                for n, (_, ref, _, _) in enumerate(waiting)
            )
        before = session.scalar(select(func.count()).where(StockMovement.kind == MovementKind.PACKED))
        result = import_tracking(session, campaign_id, sheet, partner=PARTNER, operator="tester")
        assert len(result.matched) == len(waiting) > 0, result.describe()
        assert not (result.unmatched or result.conflicts or result.duplicates)
        shipped = session.scalars(select(Shipment).where(Shipment.id.in_([w[0] for w in waiting]))).all()
        assert {s.status for s in shipped} == {S.SHIPPED} and all(s.handed_to == PARTNER for s in shipped)
        taken = session.scalar(select(func.count()).where(StockMovement.kind == MovementKind.PACKED))
        assert taken - before == sum(len([line for line in s.lines if line.item.is_stock]) for s in shipped)
        _stock_is_its_ledger(session, campaign_id)
        session.rollback()


def test_shipstations_shipments_export_ships_the_parcels_at_the_label_tool(demo500: Demo, tmp_path: Path) -> None:
    sessions, campaign_id = demo500
    with sessions() as session:
        waiting = _waiting(session, S.AT_LABEL_TOOL)
        sheet = tmp_path / "shipstation-shipments.csv"
        with sheet.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["Order Number", "Tracking Number", "Carrier", "Service", "Ship Date"])
            writer.writerows(
                (ref, ups_tracking_number(3_000_000 + n), "UPS", "Ground", "10/22/2025")
                for n, (_, ref, _, _) in enumerate(waiting)
            )
        result = import_tracking(session, campaign_id, sheet, preset="shipstation", operator="tester")
        assert len(result.matched) == len(waiting) > 0 and not (result.unmatched or result.conflicts)
        _stock_is_its_ledger(session, campaign_id)
        session.rollback()


def test_the_stock_is_the_sum_of_its_movements(demo500: Demo) -> None:
    sessions, campaign_id = demo500
    with sessions() as session:
        _stock_is_its_ledger(session, campaign_id)
        last = session.scalar(select(func.max(StockMovement.at)))
    assert last is not None and last <= DEMO_NOW
