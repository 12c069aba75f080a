"""The demo's after-sales: replacement requests in every state, for whole kits and for single parts, their
reships and the stock those took, and carrier claims for lost and damaged parcels with their deadlines;
all dated on the campaign's own timeline, and the team can carry on from where the demo stops."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from fulfiller.db.models import (
    AuditEntry,
    PartnerExport,
    ReplacementRequest,
    Shipment,
    ShipmentStatusChange,
    StockMovement,
    Wave,
)
from fulfiller.db.models.aftersales import CarrierClaim
from fulfiller.demo.timeline import DEMO_NOW, DEMO_TODAY
from fulfiller.demo.warehousing import GOODS_RECEIVED
from fulfiller.domain.aftersales import ClaimStatus, DeadlineState
from fulfiller.domain.enums import MovementKind, ReplacementReason, ReplacementState, ShipmentStatus
from fulfiller.services.aftersales.claims import claims_due, list_claims, update_claim
from fulfiller.services.aftersales.request_list import list_requests
from fulfiller.services.aftersales.requests import close_request, create_reship, decide
from fulfiller.services.aftersales.spare_budget import spare_budget
from fulfiller.services.catalogue.checklist import order_checklist
from fulfiller.services.shipping.parcels import change_status

R, S = ReplacementState, ShipmentStatus
Demo = tuple[sessionmaker[Session], int]


def test_requests_in_every_state_for_whole_kits_and_parts(demo500: Demo) -> None:
    sessions, campaign_id = demo500
    with sessions() as session:
        rows = list_requests(session, campaign_id)
        parcels = {s.id: s for s in session.scalars(select(Shipment))}
        contents = {s.id: Counter({line.item.sku: line.quantity for line in s.lines}) for s in parcels.values()}
        kits = {
            r.id: Counter({line.sku: line.quantity for line in order_checklist(session, r.order_id).lines})
            for r in rows
            if r.whole_kit
        }
    assert Counter(r.state for r in rows) == {R.REQUESTED: 2, R.APPROVED: 2, R.RESHIPPED: 1, R.REJECTED: 1, R.CLOSED: 1}
    assert {(r.state, r.whole_kit) for r in rows} >= {(R.REQUESTED, True), (R.REQUESTED, False), (R.APPROVED, True),
                                                     (R.APPROVED, False)}  # fmt: skip
    assert any(r.lines == (("AUR-CBL-150", 1),) and r.reason is ReplacementReason.MISSING_PART for r in rows)
    for r in rows:
        replaced = parcels[r.shipment_id]
        assert replaced.order_id == r.order_id and replaced.wave_id is not None and r.logged_by == "demo"
        assert (
            replaced.status
            is {
                ReplacementReason.LOST_IN_TRANSIT: S.LOST,
                ReplacementReason.DAMAGED: S.DAMAGED,
                ReplacementReason.MISSING_PART: S.DELIVERED,
            }[r.reason]
        )
        if r.whole_kit:
            assert Counter(dict(r.lines)) == kits[r.id]  # the order's whole checklist again
        reship = parcels.get(r.reship_shipment_id) if r.reship_shipment_id else None
        expected = {
            R.REQUESTED: None,
            R.REJECTED: None,
            R.APPROVED: S.READY,
            R.RESHIPPED: S.PACKED,
            R.CLOSED: S.DELIVERED,
        }
        assert (reship.status if reship else None) is expected[r.state], r
        assert bool(r.decision_note) == (r.state is R.REJECTED)
        if reship is not None:
            assert (reship.replaces_shipment_id, reship.sequence) == (r.shipment_id, replaced.sequence + 1)
            assert Counter(dict(r.lines)) == contents[reship.id]


def test_a_packed_reship_took_reshipped_units_and_nothing_twice(demo500: Demo) -> None:
    sessions, campaign_id = demo500
    with sessions() as session:
        rows = list_requests(session, campaign_id)
        moved: Counter[tuple[int, str]] = Counter()
        for movement in session.scalars(select(StockMovement).where(StockMovement.shipment_id.is_not(None))):
            moved[(movement.shipment_id, movement.kind)] -= movement.quantity
        stock = {
            s.id: {line.item_id for line in s.lines if line.item.is_stock} for s in session.scalars(select(Shipment))
        }
        budget = spare_budget(session, campaign_id)
        units = {r.id: sum(q for sku, q in r.lines if sku != "AUR-CARD") for r in rows}
    for r in rows:
        if r.reship_shipment_id is None:
            continue
        packed = r.state in (R.RESHIPPED, R.CLOSED)
        assert moved[(r.reship_shipment_id, MovementKind.RESHIPPED)] == (units[r.id] if packed else 0)
        assert moved[(r.reship_shipment_id, MovementKind.PACKED)] == 0 and stock[r.reship_shipment_id]
    reshipped = sum(units[r.id] for r in rows if r.state in (R.RESHIPPED, R.CLOSED))
    committed = sum(units[r.id] for r in rows if r.state is R.APPROVED)
    assert sum(row.reshipped for row in budget) == reshipped > 0
    assert sum(row.budget.committed for row in budget) == committed > 0


def test_claims_open_submitted_and_paid_with_deadlines_near_and_passed(demo500: Demo) -> None:
    sessions, campaign_id = demo500
    with sessions() as session:
        claims = list_claims(session, campaign_id, today=DEMO_TODAY)
        due = claims_due(session, campaign_id, today=DEMO_TODAY)
        parcels = {s.id: s.status for s in session.scalars(select(Shipment))}
        requests = {r.shipment_id: r.id for r in session.scalars(select(ReplacementRequest))}
    assert Counter(c.status for c in claims) == {ClaimStatus.OPEN: 2, ClaimStatus.SUBMITTED: 2, ClaimStatus.PAID: 1}
    assert Counter(c.deadline_state for c in claims) == {
        DeadlineState.OVERDUE: 1,
        DeadlineState.DUE_SOON: 2,
        DeadlineState.LATER: 1,
        None: 1,  # paid: its deadline no longer matters
    }
    assert [c.deadline_state for c in due] == [DeadlineState.OVERDUE, DeadlineState.DUE_SOON, DeadlineState.DUE_SOON]
    assert due[0].deadline == date(2025, 10, 17) and due[0].days_left == -3
    for claim in claims:
        assert parcels[claim.shipment_id] in (S.LOST, S.DAMAGED) and claim.request_id == requests.get(claim.shipment_id)
        assert claim.amount > 0 and claim.currency == "USD" and claim.opened_by == "demo"
        assert bool(claim.claim_number) == (claim.status is not ClaimStatus.OPEN)
        assert claim.carrier in ("PostNL", "UPS") and claim.opened_at.date() <= claim.deadline


def test_the_team_can_carry_on_where_the_demo_stops(demo500: Demo) -> None:
    sessions, campaign_id = demo500
    with sessions() as session:
        rows = {r.state: [x for x in list_requests(session, campaign_id) if x.state is r.state] for r in
                list_requests(session, campaign_id)}  # fmt: skip
        decided = decide(session, [r.id for r in rows[R.REQUESTED]], True, operator="tester")
        assert not decided.refused and len(decided.changed) == 2
        for r in rows[R.REQUESTED]:
            reship = create_reship(session, r.id, operator="tester")
            change_status(session, reship, S.PACKED, operator="tester")
        for r in rows[R.RESHIPPED] + rows[R.REJECTED]:
            close_request(session, r.id, operator="tester")
        overdue = next(c for c in list_claims(session, campaign_id, today=DEMO_TODAY) if c.overdue)
        update_claim(session, overdue.id, operator="tester", status=ClaimStatus.SUBMITTED, claim_id="LATE-1")
        after = Counter(r.state for r in list_requests(session, campaign_id))
        session.rollback()
    assert after == {R.RESHIPPED: 2, R.APPROVED: 2, R.CLOSED: 3}


def test_everything_the_team_did_is_dated_on_the_campaigns_timeline(demo500: Demo) -> None:
    sessions, _ = demo500
    with sessions() as session:
        moments = [
            *session.scalars(select(ShipmentStatusChange.at)),
            *session.scalars(select(StockMovement.at)),
            *session.scalars(select(Shipment.created_at)),
            *session.scalars(select(Wave.created_at)),
            *session.scalars(select(PartnerExport.created_at)),
            *session.scalars(select(ReplacementRequest.logged_at)),
            *session.scalars(select(CarrierClaim.opened_at)),
            *session.scalars(select(CarrierClaim.updated_at)),
            *session.scalars(select(AuditEntry.at).where(AuditEntry.entity != "campaign")),
        ]
        decided = session.execute(select(ReplacementRequest.logged_at, ReplacementRequest.decided_at)).all()
        closed = session.execute(select(ReplacementRequest.decided_at, ReplacementRequest.closed_at)).all()
    assert all(GOODS_RECEIVED <= at <= DEMO_NOW for at in moments)
    assert all(d is None or l <= d <= DEMO_NOW for l, d in decided)  # noqa: E741
    assert all(c is None or d <= c <= DEMO_NOW for d, c in closed)


def _fulfilment(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the fulfilment's tables, times included; the audit log but for the demo's own entry."""
    tables = ("wave", "shipment", "shipment_line", "shipment_status_change", "stock_movement", "partner_export",
              "partner_export_order", "partner_tracking_columns", "replacement_request", "replacement_line",
              "carrier_claim")  # fmt: skip
    with engine.connect() as connection:
        rows = {
            name: [tuple(row) for row in connection.exec_driver_sql(f"SELECT * FROM {name} ORDER BY id")]
            for name in tables
        }
        rows["audit_log"] = [
            tuple(row) for row in connection.exec_driver_sql("SELECT * FROM audit_log WHERE entity != 'campaign'")
        ]
    return rows


def test_same_seed_same_fulfilment_to_the_minute(tmp_path: Path, build_demo) -> None:  # noqa: ANN001
    engines = [build_demo(tmp_path / f"{n}.sqlite", backers=150, seed=seed)[0] for n, seed in enumerate((3, 3, 4))]
    first, again, other = (_fulfilment(engine) for engine in engines)
    for engine in engines:
        engine.dispose()
    assert first == again and first["carrier_claim"] and first["wave"]
    assert first["shipment_status_change"] != other["shipment_status_change"]


def test_a_tiny_demo_has_what_fits(tmp_path: Path, build_demo) -> None:  # noqa: ANN001
    engine, sessions, campaign_id = build_demo(tmp_path / "d.sqlite", backers=12)
    with sessions() as session:
        waves = session.scalar(select(func.count()).select_from(Wave))
        requests = list_requests(session, campaign_id)
    engine.dispose()
    assert waves and len(requests) <= 7
    assert datetime(2025, 10, 1) <= max((r.logged_at for r in requests), default=datetime(2025, 10, 1)) <= DEMO_NOW
