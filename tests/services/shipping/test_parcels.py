from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from fulfiller.db.models import AuditEntry, Order, Shipment, ShipmentStatusChange, StockMovement
from fulfiller.domain.enums import MovementKind, PledgeStatus
from fulfiller.domain.enums import ShipmentStatus as S
from fulfiller.domain.errors import UserError
from fulfiller.domain.shipment_status import TransitionRefused
from fulfiller.services.shipping.parcels import (
    bulk_change_status,
    carriers_in_use,
    change_status,
    ensure_shipment,
    set_tracking,
    shipment_detail,
    split_shipment,
)
from tests.services.conftest import TwoCampaigns
from tests.services.kit_campaign import Small, make_template, opened_copy
from tests.services.shipping.test_parcel_list import list_shipments


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Small]:
    return make_template(tmp_path_factory.mktemp("small"))


@pytest.fixture
def small(template: tuple[Path, Small], tmp_path: Path) -> Iterator[Small]:
    with opened_copy(template[0], tmp_path) as db, db.transaction() as session:
        yield template[1].bind(session)


def _packed_out(small: Small, shipment_id: int) -> list[tuple[int, MovementKind, int]]:
    rows = small.s.scalars(
        select(StockMovement).where(StockMovement.shipment_id == shipment_id).order_by(StockMovement.id)
    )
    return [(m.item_id, m.kind, m.quantity) for m in rows]


def test_ensure_shipment_creates_parcel_one_from_the_checklist(small: Small) -> None:
    small.order("1", "Lamp White", add_ons={"Spare Shade": 2})
    sid = ensure_shipment(small.s, small.orders["1"], operator="ann")
    shipment = small.s.get(Shipment, sid)
    assert shipment is not None and (shipment.sequence, shipment.status) == (1, S.READY)
    assert shipment.warehouse_id == small.warehouses["US"]
    assert small.lines_of(sid) == {"LAMP-WH": 1, "CABLE": 1, "CARD": 1, "SHADE": 2}
    assert [(h.old_status, h.new_status, h.operator) for h in shipment.history] == [(None, S.READY, "ann")]
    assert ensure_shipment(small.s, small.orders["1"], operator="ann") == sid  # the same parcel again


def test_ensure_shipment_refuses_orders_that_do_not_ship(small: Small) -> None:
    small.order("1", "Lamp White", status=PledgeStatus.DROPPED)
    small.order("2", "Late Pledge Lamp White")
    small.order("3", "Lamp White")
    small.order("4", "Lamp Black", merged_into="3")
    with pytest.raises(UserError, match="not collected"):
        ensure_shipment(small.s, small.orders["1"], operator="ann")
    with pytest.raises(UserError, match="no kit"):
        ensure_shipment(small.s, small.orders["2"], operator="ann")
    with pytest.raises(UserError, match="merged into order 3"):
        ensure_shipment(small.s, small.orders["4"], operator="ann")
    small.shipment("3", S.SHIPPED, {"LAMP-WH": 1})
    with pytest.raises(UserError, match="packed already"):
        ensure_shipment(small.s, small.orders["3"], operator="ann")


def test_the_status_workflow_with_history_stock_and_dates(small: Small) -> None:
    small.order("1", "Lamp White")
    sid = ensure_shipment(small.s, small.orders["1"], operator="ann")
    with pytest.raises(TransitionRefused, match="ready cannot become shipped. It has not been packed yet"):
        change_status(small.s, sid, S.SHIPPED, operator="ann")
    change_status(small.s, sid, S.PACKED, operator="bob", note="bench 2")
    items = small.items
    assert _packed_out(small, sid) == [
        (items["LAMP-WH"], MovementKind.PACKED, -1),
        (items["CABLE"], MovementKind.PACKED, -1),
    ]  # the card is not stock: no movement
    # Unpacked and packed again: the goods left the shelf once.
    change_status(small.s, sid, S.READY, operator="bob")
    change_status(small.s, sid, S.PACKED, operator="bob")
    assert len(_packed_out(small, sid)) == 2
    change_status(small.s, sid, S.SHIPPED, operator="cy")
    change_status(small.s, sid, S.DELIVERED, operator="cy")
    shipment = small.s.get(Shipment, sid)
    assert shipment is not None and shipment.shipped_at and shipment.delivered_at
    assert shipment.delivered_at >= shipment.shipped_at
    history = small.s.scalars(
        select(ShipmentStatusChange).where(ShipmentStatusChange.shipment_id == sid).order_by(ShipmentStatusChange.id)
    ).all()
    assert [(h.old_status, h.new_status, h.operator) for h in history] == [
        (None, S.READY, "ann"),
        (S.READY, S.PACKED, "bob"),
        (S.PACKED, S.READY, "bob"),
        (S.READY, S.PACKED, "bob"),
        (S.PACKED, S.SHIPPED, "cy"),
        (S.SHIPPED, S.DELIVERED, "cy"),
    ]
    assert history[1].note == "bench 2" and all(h.at is not None for h in history)
    assert all(line.packed_quantity == line.quantity for line in shipment.lines)


def test_a_reship_leaves_the_shelf_as_reshipped(small: Small) -> None:
    small.order("1", "Lamp White")
    first = small.shipment("1", S.LOST, {"LAMP-WH": 1})
    reship = small.shipment("1", S.READY, {"LAMP-WH": 1}, replaces=first)
    change_status(small.s, reship, S.PACKED, operator="ann")
    assert _packed_out(small, reship) == [(small.items["LAMP-WH"], MovementKind.RESHIPPED, -1)]


def test_bulk_change_changes_what_it_may_and_says_why_not_for_the_rest(small: Small) -> None:
    for n in "1234":
        small.order(n, "Lamp White")
    ready = small.shipment("1", S.READY, {"LAMP-WH": 1})
    packed = small.shipment("2", S.PACKED, {"LAMP-WH": 1})
    pending = small.shipment("3", S.PENDING, {"LAMP-WH": 1})
    delivered = small.shipment("4", S.DELIVERED, {"LAMP-WH": 1})
    result = bulk_change_status(small.s, [ready, packed, pending, delivered, 999_999], S.ON_HOLD, operator="ann")
    assert sorted(result.changed) == sorted([ready, packed, pending])
    assert set(result.refused) == {delivered, 999_999}
    assert "delivered cannot become on_hold" in str(result.refused[delivered])
    assert "no shipment 999999" in str(result.refused[999_999])
    assert small.s.get(Shipment, delivered).status is S.DELIVERED  # type: ignore[union-attr]
    assert small.s.get(Shipment, pending).status is S.ON_HOLD  # type: ignore[union-attr]
    assert result.describe() == "3 shipment(s) changed; 2 refused"


def test_split_moves_lines_into_a_second_wave(small: Small) -> None:
    small.order("1", "Lamp White", add_ons={"Spare Shade": 2})
    sid = ensure_shipment(small.s, small.orders["1"], operator="ann")
    wave = split_shipment(small.s, sid, {small.items["SHADE"]: 2, small.items["CABLE"]: 0}, operator="ann")
    assert small.lines_of(sid) == {"LAMP-WH": 1, "CABLE": 1, "CARD": 1}
    assert small.lines_of(wave) == {"SHADE": 2}
    second = small.s.get(Shipment, wave)
    assert second is not None and (second.sequence, second.status) == (2, S.PENDING)
    with pytest.raises(UserError, match="move everything"):
        split_shipment(small.s, wave, {small.items["SHADE"]: 2}, operator="ann")
    with pytest.raises(UserError, match="not in parcel"):
        split_shipment(small.s, wave, {small.items["LAMP-BK"]: 1}, operator="ann")
    change_status(small.s, sid, S.PACKED, operator="ann")
    with pytest.raises(UserError, match="only unpacked parcels"):
        split_shipment(small.s, sid, {small.items["CABLE"]: 1}, operator="ann")


def test_set_tracking_cleans_detects_and_audits(small: Small) -> None:
    small.order("1", "Lamp White")
    small.order("2", "Lamp White")
    sid = ensure_shipment(small.s, small.orders["1"], operator="ann")
    other = ensure_shipment(small.s, small.orders["2"], operator="ann")
    assert set_tracking(small.s, sid, " 1z999aa1 0123456784 ", operator="ann") == ("1Z999AA10123456784", "UPS")
    assert set_tracking(small.s, sid, "LX123456785CN", "china post", operator="ann") == ("LX123456785CN", "China Post")
    assert set_tracking(small.s, sid, "ZZ12345678", "DHL", operator="ann")[1] == "DHL"  # editable
    with pytest.raises(UserError, match="spreadsheet"):
        set_tracking(small.s, sid, "9.25082E+11", operator="ann")
    with pytest.raises(UserError, match="already on parcel #1"):
        set_tracking(small.s, other, "ZZ12345678", operator="ann")
    audit = small.s.scalars(
        select(AuditEntry).where(AuditEntry.entity == "shipment", AuditEntry.entity_id == sid).order_by(AuditEntry.id)
    ).all()
    assert [(a.field, a.new_value) for a in audit if a.field == "tracking_number"] == [
        ("tracking_number", "1Z999AA10123456784"),
        ("tracking_number", "LX123456785CN"),
        ("tracking_number", "ZZ12345678"),
    ]
    detail = shipment_detail(small.s, sid)
    assert detail.tracking_url.startswith("https://www.dhl.com/") and detail.order_code.startswith("FUL-")
    assert [line.sku for line in detail.lines] == ["LAMP-WH", "CABLE", "CARD"]
    assert detail.allowed_next == [S.PENDING, S.PACKED, S.AT_LABEL_TOOL, S.WITH_PARTNER, S.ON_HOLD, S.ADDRESS_PROBLEM]


def test_list_shipments_filters(small: Small) -> None:
    small.order("1", "Lamp White")
    small.order("2", "Lamp White", warehouse="EU", country="DE")
    a = small.shipment("1", S.READY, {"LAMP-WH": 1})
    b = small.shipment("2", S.SHIPPED, {"LAMP-WH": 1})
    set_tracking(small.s, b, "LA000000059NL", operator="ann")
    rows = list_shipments(small.s, small.campaign_id)
    assert [r.id for r in rows] == [a, b]
    assert (rows[1].carrier, rows[1].warehouse_code, rows[1].country_code, rows[1].backer_number) == (
        "PostNL",
        "EU",
        "DE",
        "2",
    )
    assert [r.id for r in list_shipments(small.s, small.campaign_id, status=S.READY)] == [a]
    assert [r.id for r in list_shipments(small.s, small.campaign_id, carrier="PostNL")] == [b]
    assert [r.id for r in list_shipments(small.s, small.campaign_id, warehouse_id=small.warehouses["US"])] == [a]
    assert list_shipments(small.s, small.campaign_id + 1) == []


def test_the_carriers_in_use_are_those_of_the_campaigns_own_parcels(two_campaigns: TwoCampaigns) -> None:
    s = two_campaigns.session
    for campaign_id in two_campaigns.both:
        named = s.scalars(
            select(Shipment.carrier).join(Order, Order.id == Shipment.order_id).where(Order.campaign_id == campaign_id)
        )
        assert carriers_in_use(s, campaign_id) == sorted({carrier for carrier in named if carrier})
    assert carriers_in_use(s, two_campaigns.small.campaign_id) == ["Lamp Post"]
