from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from fulfiller.db.models import AuditEntry, Order, Shipment, StockMovement
from fulfiller.db.models.aftersales import ReplacementRequest
from fulfiller.domain.enums import MovementKind, ReplacementReason
from fulfiller.domain.enums import ReplacementState as R
from fulfiller.domain.enums import ShipmentStatus as S
from fulfiller.domain.errors import UserError
from fulfiller.domain.order_codes import order_code
from fulfiller.services.aftersales.parts import order_parts, parts_by_sku
from fulfiller.services.aftersales.request_list import list_requests
from fulfiller.services.aftersales.requests import (
    WHOLE_KIT,
    check_in_campaign,
    close_request,
    close_requests,
    create_reship,
    decide,
    log_request,
    queue_counts,
)
from fulfiller.services.shipping.pack_station import WarningKind, finish, open_order, record_scan, tick
from fulfiller.services.shipping.parcels import change_status, ensure_shipment
from tests.services.conftest import TwoCampaigns
from tests.services.kit_campaign import Small, make_template, opened_copy

UPS = "1Z999AA10123456784"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Small]:
    return make_template(tmp_path_factory.mktemp("small"))


@pytest.fixture
def small(template: tuple[Path, Small], tmp_path: Path) -> Iterator[Small]:
    with opened_copy(template[0], tmp_path) as db, db.transaction() as session:
        small = template[1].bind(session)
        for sku in ("LAMP-WH", "LAMP-BK", "CABLE", "SHADE"):
            small.receive("US", sku, 20)
            small.receive("EU", sku, 5)
        yield small


def _shipped(small: Small, number: str, tier: str = "Lamp White", end: S = S.SHIPPED) -> int:
    oid = small.order(number, tier)
    sid = ensure_shipment(small.s, oid, operator="ann")
    for status in (S.PACKED, S.SHIPPED):
        change_status(small.s, sid, status, operator="ann")
    if end is not S.SHIPPED:
        change_status(small.s, sid, end, operator="ann")
    return sid


def _out(small: Small, shipment_id: int) -> list[tuple[str, MovementKind, int, int]]:
    rows = small.s.scalars(
        select(StockMovement).where(StockMovement.shipment_id == shipment_id).order_by(StockMovement.id)
    )
    skus = {v: k for k, v in small.items.items()}
    return [(skus[m.item_id], m.kind, m.quantity, m.warehouse_id) for m in rows]


def test_log_a_whole_kit_request_on_a_lost_parcel(small: Small) -> None:
    sid = _shipped(small, "1", end=S.LOST)
    rid = log_request(
        small.s, small.orders["1"], "lost_in_transit", WHOLE_KIT, "  tracking stuck 30 days ", operator="bo"
    )
    request = small.s.get(ReplacementRequest, rid)
    assert request is not None
    assert (request.state, request.reason, request.shipment_id, request.whole_kit) == (
        R.REQUESTED,
        ReplacementReason.LOST_IN_TRANSIT,
        sid,
        True,
    )
    assert (request.evidence, request.logged_by, request.warehouse_id) == (
        "tracking stuck 30 days",
        "bo",
        small.warehouses["US"],
    )
    assert {line.item.sku: line.quantity for line in request.lines} == {
        "LAMP-WH": 1,
        "CABLE": 1,
        "CARD": 1,
    }
    [row] = list_requests(small.s, small.campaign_id)
    assert (row.id, row.order_code, row.state, row.units, row.reason_label) == (
        rid,
        order_code(small.orders["1"]),
        R.REQUESTED,
        3,
        "lost in transit",
    )
    assert row.items_text.startswith("whole kit (LAMP-WH × 1")
    audit = small.s.scalars(select(AuditEntry).where(AuditEntry.entity == "replacement_request")).all()
    assert [(a.operator, a.action.value) for a in audit] == [("bo", "create")]


def test_log_single_parts_and_refusals(small: Small) -> None:
    _shipped(small, "1")
    rid = log_request(
        small.s, small.orders["1"], ReplacementReason.MISSING_PART, {small.items["CABLE"]: 1}, operator="bo"
    )
    [row] = list_requests(small.s, small.campaign_id)
    assert row.id == rid and row.lines == (("CABLE", 1),) and not row.whole_kit
    small.order("2", "Lamp White")  # never packed
    with pytest.raises(UserError, match="not been packed or shipped yet"):
        log_request(small.s, small.orders["2"], "damaged", WHOLE_KIT, operator="bo")
    with pytest.raises(UserError, match="not a replacement reason"):
        log_request(small.s, small.orders["1"], "stolen by aliens", WHOLE_KIT, operator="bo")
    with pytest.raises(UserError, match="at least one item"):
        log_request(small.s, small.orders["1"], "damaged", {}, operator="bo")
    with pytest.raises(UserError, match="not items of this campaign"):
        log_request(small.s, small.orders["1"], "damaged", {99_999: 1}, operator="bo")
    with pytest.raises(UserError, match="no order"):
        log_request(small.s, 99_999, "damaged", WHOLE_KIT, operator="bo")
    with pytest.raises(UserError, match=r"SHADE is not part of order FUL-\d+; its parts are: LAMP-WH, CABLE, CARD\."):
        log_request(small.s, small.orders["1"], "damaged", {small.items["SHADE"]: 1}, operator="bo")
    with pytest.raises(UserError, match=r"holds 1 × CABLE: a replacement sends at most that many, not 2\."):
        log_request(small.s, small.orders["1"], "damaged", {small.items["CABLE"]: 2}, operator="bo")
    assert len(list_requests(small.s, small.campaign_id)) == 1


def test_chosen_parts_of_a_kit_are_all_the_reship_holds(small: Small) -> None:
    _shipped(small, "1", "Duo", end=S.DAMAGED)
    oid = small.orders["1"]
    parts = order_parts(small.s, oid)
    assert [(p.sku, p.name, p.quantity, p.is_stock) for p in parts] == [
        ("LAMP-WH", "Lamp (White)", 1, True),
        ("LAMP-BK", "Lamp (Black)", 1, True),
        ("CABLE", "Cable", 2, True),
    ]
    chosen = parts_by_sku(small.s, oid, "cable:1, LAMP-BK")  # any case; a SKU alone is one unit
    assert chosen == {small.items["CABLE"]: 1, small.items["LAMP-BK"]: 1}
    with pytest.raises(UserError, match="SHADE is not part of order"):
        parts_by_sku(small.s, oid, "SHADE:1")
    rid = log_request(small.s, oid, "damaged", chosen, "two parts broken", operator="bo")
    [row] = list_requests(small.s, small.campaign_id)
    assert (row.whole_kit, row.items_text, row.units) == (False, "CABLE × 1, LAMP-BK × 1", 2)
    decide(small.s, [rid], True, operator="cy", warehouse_id=small.warehouses["EU"])
    reship_id = create_reship(small.s, rid, operator="cy")
    assert small.lines_of(reship_id) == {"CABLE": 1, "LAMP-BK": 1}

    pack = open_order(small.s, order_code(oid))
    assert pack.shipment_id == reship_id and [(line.item.sku, line.item.quantity) for line in pack.state.lines] == [
        ("CABLE", 1),
        ("LAMP-BK", 1),
    ]
    assert "This box is parcel #2, a replacement for parcel #1" in pack.warnings[0].message
    assert record_scan(pack, "LAMP-WH").is_problem  # not part of the reship: flagged
    for sku in ("CABLE", "LAMP-BK"):
        record_scan(pack, sku)
    assert finish(small.s, pack, UPS, operator="dee").status is S.SHIPPED
    eu = small.warehouses["EU"]
    assert sorted(_out(small, reship_id)) == [
        ("CABLE", MovementKind.RESHIPPED, -1, eu),
        ("LAMP-BK", MovementKind.RESHIPPED, -1, eu),
    ]
    assert list_requests(small.s, small.campaign_id)[0].state is R.RESHIPPED


def test_closing_in_bulk_lists_what_cannot_close(small: Small) -> None:
    _shipped(small, "1", end=S.LOST)
    _shipped(small, "2", end=S.LOST)
    first = log_request(small.s, small.orders["1"], "lost_in_transit", WHOLE_KIT, operator="bo")
    second = log_request(small.s, small.orders["2"], "lost_in_transit", WHOLE_KIT, operator="bo")
    decide(small.s, [second], False, operator="cy")
    result = close_requests(small.s, [first, second, 99_999], operator="cy")
    assert result.changed == [second] and set(result.refused) == {first, 99_999}
    assert str(result.refusal()).startswith(f"Request {first}: A request that is requested cannot become closed.")
    assert "; Request 99999: There is no replacement request 99999." in str(result.refusal())
    check_in_campaign(small.s, small.campaign_id, [first, second])
    with pytest.raises(UserError, match=r"This campaign has no replacement request 99999, 99998\."):
        check_in_campaign(small.s, small.campaign_id, [first, 99_999, 99_998])


def test_bulk_decision_approves_rejects_and_lists_refusals(small: Small) -> None:
    _shipped(small, "1", end=S.LOST)
    _shipped(small, "2", end=S.LOST)
    first = log_request(small.s, small.orders["1"], "lost_in_transit", WHOLE_KIT, operator="bo")
    second = log_request(small.s, small.orders["2"], "lost_in_transit", WHOLE_KIT, operator="bo")
    result = decide(small.s, [first, 99_999], True, operator="cy", warehouse_id=small.warehouses["EU"])
    assert result.changed == [first] and set(result.refused) == {99_999}
    request = small.s.get(ReplacementRequest, first)
    assert request is not None
    assert (request.state, request.decided_by, request.warehouse_id) == (R.APPROVED, "cy", small.warehouses["EU"])
    assert request.decided_at is not None

    again = decide(small.s, [first, second], False, operator="cy", note="duplicate")
    assert again.changed == [second]
    assert "approved already" in str(again.refused[first])
    assert again.describe() == "1 request(s) decided; 1 refused"
    rejected = small.s.get(ReplacementRequest, second)
    assert rejected is not None and (rejected.state, rejected.decision_note) == (R.REJECTED, "duplicate")
    assert "log a new request" in str(decide(small.s, [second], True, operator="cy").refused[second])

    close_request(small.s, second, operator="cy")
    assert rejected.state is R.CLOSED and rejected.closed_by == "cy"
    with pytest.raises(UserError, match="pack the reship parcel first"):
        close_request(small.s, first, operator="cy")
    counts = queue_counts(small.s, small.campaign_id)
    assert counts[R.APPROVED] == 1 and counts[R.CLOSED] == 1 and counts[R.REQUESTED] == 0
    states = small.s.scalars(
        select(AuditEntry.new_value).where(AuditEntry.entity == "replacement_request", AuditEntry.field == "state")
    ).all()
    assert states == ["approved", "rejected: duplicate", "closed"]


def test_reship_is_packed_at_the_pack_station_with_reshipped_movements_once(small: Small) -> None:
    original = _shipped(small, "1", end=S.DAMAGED)
    oid = small.orders["1"]
    rid = log_request(small.s, oid, "damaged", {small.items["LAMP-WH"]: 1}, "photo of crushed box", operator="bo")
    with pytest.raises(UserError, match="approve it first"):
        create_reship(small.s, rid, operator="bo")
    decide(small.s, [rid], True, operator="cy")
    reship_id = create_reship(small.s, rid, operator="cy")
    reship = small.s.get(Shipment, reship_id)
    assert reship is not None
    assert (reship.order_id, reship.sequence, reship.status, reship.replaces_shipment_id, reship.warehouse_id) == (
        oid,
        2,
        S.READY,
        original,
        small.warehouses["US"],
    )
    assert small.lines_of(reship_id) == {"LAMP-WH": 1}
    with pytest.raises(UserError, match="has its reship parcel already"):
        create_reship(small.s, rid, operator="cy")
    assert list_requests(small.s, small.campaign_id)[0].state is R.APPROVED

    pack = open_order(small.s, order_code(oid))
    assert pack.shipment_id == reship_id and pack.sequence == 2
    assert [line.item.sku for line in pack.state.lines] == ["LAMP-WH"]
    assert not pack.blocked and {w.kind for w in pack.warnings} == {WarningKind.EARLIER_PARCEL_PACKED}
    tick(pack, 0)
    result = finish(small.s, pack, UPS, operator="dee")
    assert (result.shipment_id, result.status) == (reship_id, S.SHIPPED)
    us = small.warehouses["US"]
    assert _out(small, reship_id) == [("LAMP-WH", MovementKind.RESHIPPED, -1, us)]
    assert {kind for _, kind, _, _ in _out(small, original)} == {MovementKind.PACKED}

    # The list shows it reshipped at once; closing records the reshipped state, then closed.
    assert list_requests(small.s, small.campaign_id)[0].state is R.RESHIPPED
    request = small.s.get(ReplacementRequest, rid)
    assert request is not None and request.state is R.APPROVED
    close_request(small.s, rid, operator="dee", note="backer confirmed")
    assert request.state is R.CLOSED and request.closed_by == "dee"
    steps = small.s.execute(
        select(AuditEntry.old_value, AuditEntry.new_value)
        .where(AuditEntry.entity == "replacement_request", AuditEntry.entity_id == rid, AuditEntry.field == "state")
        .order_by(AuditEntry.id)
    ).all()
    assert [tuple(step) for step in steps][-2:] == [
        ("approved", "reshipped: reship parcel packed"),
        ("reshipped", "closed: backer confirmed"),
    ]
    assert _out(small, reship_id) == [("LAMP-WH", MovementKind.RESHIPPED, -1, us)]


def test_reship_packed_through_change_status_even_after_unpacking(small: Small) -> None:
    _shipped(small, "1", "Duo", end=S.LOST)
    rid = log_request(small.s, small.orders["1"], "lost_in_transit", WHOLE_KIT, operator="bo")
    decide(small.s, [rid], True, operator="cy", warehouse_id=small.warehouses["EU"])
    reship_id = create_reship(small.s, rid, operator="cy")
    for status in (S.PACKED, S.READY, S.PACKED, S.SHIPPED):
        change_status(small.s, reship_id, status, operator="dee")
    eu = small.warehouses["EU"]
    assert sorted(_out(small, reship_id)) == [
        ("CABLE", MovementKind.RESHIPPED, -2, eu),
        ("LAMP-BK", MovementKind.RESHIPPED, -1, eu),
        ("LAMP-WH", MovementKind.RESHIPPED, -1, eu),
    ]  # the card is not a stock item; packing twice takes nothing twice
    close_request(small.s, rid, operator="dee")  # closing records the reshipped step first
    states = small.s.scalars(
        select(AuditEntry.new_value).where(AuditEntry.entity_id == rid, AuditEntry.field == "state")
    ).all()
    assert states == ["approved", "reshipped: reship parcel packed", "closed"]


def test_reship_waits_for_an_unpacked_parcel_of_the_order(small: Small) -> None:
    _shipped(small, "1", end=S.LOST)
    rid = log_request(small.s, small.orders["1"], "lost_in_transit", WHOLE_KIT, operator="bo")
    decide(small.s, [rid], True, operator="cy")
    small.shipment("1", S.READY, {"SHADE": 1})  # a second wave still to pack
    with pytest.raises(UserError, match="still to pack"):
        create_reship(small.s, rid, operator="cy")


def test_approval_needs_a_warehouse(small: Small) -> None:
    _shipped(small, "1", end=S.LOST)
    rid = log_request(small.s, small.orders["1"], "lost_in_transit", WHOLE_KIT, operator="bo")
    request = small.s.get(ReplacementRequest, rid)
    assert request is not None
    request.warehouse_id = None
    small.s.get(Order, request.order_id).warehouse_id = None  # type: ignore[union-attr]
    small.s.flush()
    result = decide(small.s, [rid], True, operator="cy")
    assert "Choose the warehouse" in str(result.refused[rid])
    assert request.state is R.REQUESTED


def test_the_queue_lists_the_requests_of_its_own_campaign(two_campaigns: TwoCampaigns) -> None:
    s = two_campaigns.session
    demo = list_requests(s, two_campaigns.demo)
    mine = s.scalars(
        select(ReplacementRequest.id)
        .join(Order, Order.id == ReplacementRequest.order_id)
        .where(Order.campaign_id == two_campaigns.demo)
    )
    assert demo and sorted(r.id for r in demo) == sorted(mine)
    assert [(r.logged_at, r.id) for r in demo] == sorted(((r.logged_at, r.id) for r in demo), reverse=True)
    assert list_requests(s, two_campaigns.small.campaign_id) == []
    assert sum(queue_counts(s, two_campaigns.small.campaign_id).values()) == 0
