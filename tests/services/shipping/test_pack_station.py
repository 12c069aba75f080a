from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fulfiller.db.models import Order, OrderProblem, Shipment, StockMovement
from fulfiller.domain.enums import MovementKind, PledgeStatus, Severity
from fulfiller.domain.enums import ShipmentStatus as S
from fulfiller.domain.errors import UserError
from fulfiller.domain.order_codes import order_code
from fulfiller.domain.packing import ScanKind
from fulfiller.services.database import open_db
from fulfiller.services.shipping.pack_station import WarningKind, finish, open_order, record_scan, tick, untick
from fulfiller.services.shipping.parcels import change_status, ensure_shipment, split_shipment
from tests.services.kit_campaign import Small, make_template, opened_copy

UPS = "1Z999AA10123456784"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Small]:
    return make_template(tmp_path_factory.mktemp("small"))


@pytest.fixture
def small(template: tuple[Path, Small], tmp_path: Path) -> Iterator[Small]:
    with opened_copy(template[0], tmp_path) as db, db.transaction() as session:
        yield template[1].bind(session)


def _movements(small: Small, kind: MovementKind = MovementKind.PACKED) -> list[tuple[int, int, int | None]]:
    rows = small.s.execute(
        select(StockMovement.item_id, StockMovement.quantity, StockMovement.shipment_id)
        .where(StockMovement.kind == kind)
        .order_by(StockMovement.id)
    )
    return [tuple(r) for r in rows]  # type: ignore[misc]


def _kinds(pack, codes: list[str]) -> list[ScanKind]:  # type: ignore[no-untyped-def]
    return [record_scan(pack, code).kind for code in codes]


def test_pack_an_order_by_scanning_only(small: Small) -> None:
    oid = small.order("1", "Lamp White", add_ons={"Extra Cable": 1})
    pack = open_order(small.s, order_code(oid))
    assert pack.warnings == [] and pack.shipment_id is None and pack.backer_number == "1"
    assert [(line.item.sku, line.item.quantity) for line in pack.state.lines] == [
        ("LAMP-WH", 1),
        ("CABLE", 2),
        ("CARD", 1),
    ]
    assert _kinds(pack, ["LAMP-WH", "LAMP-BK", "CABLE", "LAMP-WH", "NOPE", order_code(oid), "CABLE"]) == [
        ScanKind.OK,
        ScanKind.WRONG_ITEM,
        ScanKind.OK,
        ScanKind.SURPLUS,  # the double scan
        ScanKind.UNKNOWN_CODE,
        ScanKind.SAME_ORDER,
        ScanKind.OK,
    ]
    assert [f.kind for f in pack.state.flags] == [ScanKind.WRONG_ITEM, ScanKind.SURPLUS, ScanKind.UNKNOWN_CODE]
    with pytest.raises(UserError, match=r"not complete. Missing: 1 × Thank-you card \(CARD\)"):
        finish(small.s, pack, UPS, operator="ann")
    assert small.s.scalar(select(func.count()).select_from(Shipment)) == 0  # nothing written
    assert tick(pack, 2).kind is ScanKind.COMPLETE

    result = finish(small.s, pack, UPS, operator="ann")

    assert (result.status, result.tracking_number, result.carrier) == (S.SHIPPED, UPS, "UPS")
    shipment = small.s.get(Shipment, result.shipment_id)
    assert shipment is not None and shipment.shipped_at is not None
    assert [(h.old_status, h.new_status, h.operator) for h in shipment.history] == [
        (None, S.READY, "ann"),
        (S.READY, S.PACKED, "ann"),
        (S.PACKED, S.SHIPPED, "ann"),
    ]
    assert {line.item.sku: line.packed_quantity for line in shipment.lines} == {"LAMP-WH": 1, "CABLE": 2, "CARD": 1}
    assert _movements(small) == [
        (small.items["LAMP-WH"], -1, result.shipment_id),
        (small.items["CABLE"], -2, result.shipment_id),
    ]


def test_an_already_shipped_order_warns_loudly_and_cannot_be_packed_again(small: Small) -> None:
    oid = small.order("1", "Lamp White")
    pack = open_order(small.s, "1")  # by backer number
    for code in ("LAMP-WH", "CABLE"):
        record_scan(pack, code)
    tick(pack, 2)
    first = finish(small.s, pack, UPS, operator="ann")
    assert first.status is S.SHIPPED

    again = open_order(small.s, order_code(oid))

    assert again.blocked and [w.kind for w in again.warnings] == [WarningKind.ALREADY_PACKED]
    message = again.warnings[0].message
    assert message.startswith("ALREADY PACKED.") and "by ann" in message and "Parcel #1 was packed on " in message
    assert f"it is now shipped (UPS {UPS})" in message
    assert again.state.lines == [] and not again.awaiting_tracking
    with pytest.raises(UserError):
        finish(small.s, pack, UPS, operator="ann")  # the first session, finished twice
    assert len(_movements(small)) == 2  # the stock left the shelf exactly once


def _packed_only(small: Small, number: str) -> int:
    """Packed at the station with "ship" unticked: the parcel waits for its tracking number."""
    small.order(number, "Lamp White")
    pack = open_order(small.s, number)
    for code in ("LAMP-WH", "CABLE"):
        record_scan(pack, code)
    tick(pack, 2)
    result = finish(small.s, pack, "", operator="ann", ship=False)
    assert (result.status, result.tracking_number) == (S.PACKED, "")
    return result.shipment_id


def test_a_packed_parcel_gets_its_tracking_later_by_scanning_its_list(small: Small) -> None:
    sid = _packed_only(small, "1")
    oid = small.orders["1"]

    later = open_order(small.s, order_code(oid))

    assert later.awaiting_tracking and later.complete and not later.blocked
    assert (later.shipment_id, later.sequence) == (sid, 1)
    assert [w.kind for w in later.warnings] == [WarningKind.PACKED_NOT_SHIPPED]
    assert later.warnings[0].message.startswith("Parcel #1 was packed on ")
    assert "by ann but has not shipped: scan its tracking number" in later.warnings[0].message
    assert [(line.item.sku, line.done) for line in later.state.lines] == [
        ("LAMP-WH", True),
        ("CABLE", True),
        ("CARD", True),
    ]  # what is in the box, nothing to scan
    wrong = record_scan(later, "LAMP-WH")
    assert wrong.kind is ScanKind.PACKED and wrong.is_problem and "not its items" in wrong.message
    untick(later, 0)
    assert later.state.lines[0].done  # a packed parcel is not unpacked at the station
    scanned = record_scan(later, UPS)
    assert (scanned.kind, scanned.is_problem, scanned.code) == (ScanKind.TRACKING, False, UPS)

    result = finish(small.s, later, scanned.code, operator="bo", ship=False)  # ships whatever the box says

    assert (result.shipment_id, result.status, result.tracking_number, result.carrier) == (sid, S.SHIPPED, UPS, "UPS")
    shipment = small.s.get(Shipment, sid)
    assert shipment is not None and shipment.shipped_at is not None
    assert [(h.old_status, h.new_status, h.operator) for h in shipment.history][-1] == (S.PACKED, S.SHIPPED, "bo")
    assert len(_movements(small)) == 2  # the stock left the shelf once, when it was packed
    shipped = open_order(small.s, order_code(oid))
    assert shipped.blocked and [w.kind for w in shipped.warnings] == [WarningKind.ALREADY_PACKED]
    with pytest.raises(UserError, match="cannot be shipped: ALREADY PACKED"):
        finish(small.s, later, UPS, operator="bo")  # the same session, finished twice


def test_a_packed_parcel_needs_a_tracking_number_and_a_pledge_that_ships(small: Small) -> None:
    sid = _packed_only(small, "1")
    order = small.s.get(Order, small.orders["1"])
    assert order is not None
    later = open_order(small.s, "1")
    with pytest.raises(UserError, match="Scan the tracking number"):
        finish(small.s, later, "", operator="bo")
    order.status = PledgeStatus.REFUNDED  # refunded after it was packed: it must not leave
    small.s.flush()
    refunded = open_order(small.s, "1")
    assert refunded.awaiting_tracking and refunded.blocked
    with pytest.raises(UserError, match="cannot be shipped: The pledge is refunded"):
        finish(small.s, later, UPS, operator="bo")
    shipment = small.s.get(Shipment, sid)
    assert shipment is not None and (shipment.status, shipment.tracking_number) == (S.PACKED, "")


def test_a_packed_parcel_with_its_label_says_so(small: Small) -> None:
    small.order("1", "Lamp White")
    pack = open_order(small.s, "1")
    for code in ("LAMP-WH", "CABLE"):
        record_scan(pack, code)
    tick(pack, 2)
    finish(small.s, pack, UPS, operator="ann", ship=False)  # the label was stuck on, the van had left
    later = open_order(small.s, "1")
    assert later.awaiting_tracking and f"Its label says UPS {UPS}." in later.warnings[0].message
    assert finish(small.s, later, UPS, operator="ann").status is S.SHIPPED


def test_an_address_error_blocks_and_is_listed(small: Small) -> None:
    oid = small.order("1", "Lamp White")
    small.s.add(OrderProblem(order_id=oid, code="postal", severity=Severity.ERROR, message="Postal code is missing."))
    small.s.add(OrderProblem(order_id=oid, code="phone", severity=Severity.WARNING, message="No phone."))
    small.s.flush()
    pack = open_order(small.s, order_code(oid))
    assert pack.blocked
    assert [(w.kind, w.blocking) for w in pack.warnings] == [(WarningKind.ADDRESS_ERROR, True)]
    assert "Postal code is missing." in pack.warnings[0].message and "No phone" not in pack.warnings[0].message
    for code in ("LAMP-WH", "CABLE"):
        record_scan(pack, code)
    tick(pack, 2)
    assert pack.complete and pack.blocked
    with pytest.raises(UserError, match="cannot be packed: The address has unresolved errors"):
        finish(small.s, pack, UPS, operator="ann")
    assert small.s.scalar(select(func.count()).select_from(Shipment)) == 0


def test_orders_that_do_not_ship_are_announced(small: Small) -> None:
    small.order("1", "Lamp White", status=PledgeStatus.REFUNDED)
    small.order("2", "Lamp White")
    small.order("3", "Lamp Black", merged_into="2")
    small.order("4", "Late Pledge Lamp White")
    small.order("5", "Lamp White", warehouse=None)
    kinds = {n: [w.kind for w in open_order(small.s, n).warnings] for n in "12345"}
    assert kinds == {
        "1": [WarningKind.NOT_COLLECTED],
        "2": [],
        "3": [WarningKind.MERGED],
        "4": [WarningKind.NO_KIT],
        "5": [WarningKind.NO_WAREHOUSE],
    }
    merged = open_order(small.s, "3").warnings[0].message
    assert "backer 2" in merged and order_code(small.orders["2"]) in merged
    # The merged order's kit ships in the box of the order it was merged into.
    assert [line.item.sku for line in open_order(small.s, "2").state.lines] == ["LAMP-WH", "CABLE", "CARD", "LAMP-BK"]


def test_unknown_codes_are_refused_with_a_reason(small: Small) -> None:
    with pytest.raises(UserError, match="no order FUL-999999"):
        open_order(small.s, "FUL-999999")
    with pytest.raises(UserError, match="neither an order barcode"):
        open_order(small.s, "hello")
    with pytest.raises(UserError, match="Scan an order"):
        open_order(small.s, "  ")


def test_another_order_scanned_mid_pack_is_flagged(small: Small) -> None:
    small.order("1", "Lamp White")
    other = small.order("2", "Lamp White")
    pack = open_order(small.s, "1")
    result = record_scan(pack, order_code(other))
    assert result.kind is ScanKind.OTHER_ORDER and result.is_problem


def test_a_split_order_packs_the_next_wave(small: Small) -> None:
    oid = small.order("1", "Lamp White", add_ons={"Spare Shade": 1})
    sid = ensure_shipment(small.s, oid, operator="ann")
    wave = split_shipment(small.s, sid, {small.items["SHADE"]: 1}, operator="ann")
    change_status(small.s, sid, S.PACKED, operator="ann")
    change_status(small.s, sid, S.SHIPPED, operator="ann")

    pack = open_order(small.s, order_code(oid))

    assert pack.shipment_id == wave and pack.sequence == 2 and not pack.blocked
    assert [w.kind for w in pack.warnings] == [WarningKind.EARLIER_PARCEL_PACKED]
    assert [line.item.sku for line in pack.state.lines] == ["SHADE"]
    assert record_scan(pack, "SHADE").kind is ScanKind.COMPLETE
    result = finish(small.s, pack, "LX123456785CN", operator="bo")  # a pending wave goes through ready
    assert result.status is S.SHIPPED and result.carrier == "China Post"
    assert [(h.old_status, h.new_status) for h in small.s.get(Shipment, wave).history] == [  # type: ignore[union-attr]
        (None, S.PENDING),
        (S.PENDING, S.READY),
        (S.READY, S.PACKED),
        (S.PACKED, S.SHIPPED),
    ]


def test_finish_refusals_change_nothing(small: Small) -> None:
    oid = small.order("1", "Lamp White")
    sid = ensure_shipment(small.s, oid, operator="ann")
    pack = open_order(small.s, "1")
    for code in ("LAMP-WH", "CABLE"):
        record_scan(pack, code)
    tick(pack, 2)
    with pytest.raises(UserError, match="spreadsheet"):
        finish(small.s, pack, "9.25082E+11", operator="ann")
    with pytest.raises(UserError, match="Scan the tracking number"):
        finish(small.s, pack, "", operator="ann")
    change_status(small.s, sid, S.ON_HOLD, operator="boss")
    with pytest.raises(UserError, match="on hold"):
        finish(small.s, pack, UPS, operator="ann")
    shipment = small.s.get(Shipment, sid)
    assert shipment is not None and shipment.tracking_number == "" and _movements(small) == []
    untick(pack, 0)
    assert not pack.complete


def test_pack_three_demo_orders(demo_db_path: Path) -> None:
    db = open_db(demo_db_path)
    try:
        with db.transaction() as session:
            ready = session.execute(
                select(Shipment.order_id)
                .join(Order, Order.id == Shipment.order_id)
                .where(Shipment.status == S.READY, Shipment.sequence == 1, Order.merged_into_id.is_(None))
                .limit(20)
            ).scalars()
            packed = 0
            for order_id in ready:
                pack = open_order(session, order_code(order_id))
                if pack.blocked:
                    continue
                for index, line in enumerate(pack.state.lines):
                    for _ in range(line.item.quantity):
                        kind = record_scan(pack, line.item.sku).kind if line.item.is_stock else tick(pack, index).kind
                        assert kind in (ScanKind.OK, ScanKind.COMPLETE)
                assert pack.complete
                result = finish(session, pack, f"SF{order_id:013d}", operator="demo")
                assert (result.status, result.carrier) == (S.SHIPPED, "SF Express")
                packed += 1
                if packed == 3:
                    break
            assert packed == 3
    finally:
        db.close()


def test_a_tracking_number_scanned_too_early_is_flagged(small: Small) -> None:
    small.order("1", "Lamp White")
    pack = open_order(small.s, "1")
    early = record_scan(pack, UPS)
    assert early.kind is ScanKind.TRACKING and early.is_problem is False and "not complete" in early.message
    assert pack.state.flags == [early]
    for code in ("LAMP-WH", "CABLE"):
        record_scan(pack, code)
    tick(pack, 2)
    done = record_scan(pack, UPS.lower())
    assert (done.kind, done.code, done.message) == (ScanKind.TRACKING, UPS, f"UPS tracking number {UPS}.")
    assert finish(small.s, pack, done.code, operator="ann").carrier == "UPS"
