from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from fulfiller.db.models import AuditEntry
from fulfiller.db.models.aftersales import CarrierClaim
from fulfiller.domain.aftersales import ClaimStatus, DeadlineState
from fulfiller.domain.enums import ShipmentStatus as S
from fulfiller.domain.errors import UserError
from fulfiller.domain.order_codes import order_code
from fulfiller.services.aftersales.claims import (
    claim_row,
    claimable_parcel,
    claims_due,
    list_claims,
    open_claim,
    update_claim,
)
from fulfiller.services.aftersales.requests import WHOLE_KIT, log_request
from tests.services.conftest import TwoCampaigns
from tests.services.kit_campaign import Small, make_template, opened_copy

TODAY = date(2025, 3, 10)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Small]:
    return make_template(tmp_path_factory.mktemp("small"))


@pytest.fixture
def small(template: tuple[Path, Small], tmp_path: Path) -> Iterator[Small]:
    with opened_copy(template[0], tmp_path) as db, db.transaction() as session:
        yield template[1].bind(session)


def _parcel(small: Small, number: str, status: S) -> int:
    small.order(number, "Lamp White")
    return small.shipment(number, status, {"LAMP-WH": 1})


def test_open_a_claim_on_a_lost_parcel(small: Small) -> None:
    sid = _parcel(small, "1", S.LOST)
    cid = open_claim(small.s, sid, "ups", " C-1 ", "49.90", "usd", date(2025, 3, 20), operator="bo")
    claim = small.s.get(CarrierClaim, cid)
    assert claim is not None
    assert (claim.carrier, claim.claim_number, claim.amount, claim.currency, claim.status, claim.opened_by) == (
        "UPS",
        "C-1",
        Decimal("49.90"),
        "USD",
        ClaimStatus.OPEN,
        "bo",
    )
    with pytest.raises(UserError, match="recorded already"):
        open_claim(small.s, sid, "UPS", "C-1", "1", "USD", None, operator="bo")
    audit = small.s.scalars(select(AuditEntry).where(AuditEntry.entity == "carrier_claim")).all()
    assert [(a.operator, a.action.value) for a in audit] == [("bo", "create")]


def test_claims_only_for_lost_or_damaged_parcels(small: Small) -> None:
    delivered = _parcel(small, "1", S.DELIVERED)
    with pytest.raises(UserError, match="lost or damaged parcel"):
        open_claim(small.s, delivered, "UPS", "C-1", "10", "USD", None, operator="bo")
    # A backer reports it damaged: the request makes it claimable, and the claim links to it.
    rid = log_request(small.s, small.orders["1"], "damaged", WHOLE_KIT, operator="bo")
    cid = open_claim(small.s, delivered, "UPS", "C-1", "10", "USD", None, operator="bo")
    assert small.s.get(CarrierClaim, cid).request_id == rid  # type: ignore[union-attr]
    lost = _parcel(small, "2", S.LOST)
    with pytest.raises(UserError, match="not an amount"):
        open_claim(small.s, lost, "UPS", "C-2", "ten", "USD", None, operator="bo")
    with pytest.raises(UserError, match="zero or more"):
        open_claim(small.s, lost, "UPS", "C-2", "-1", "USD", None, operator="bo")
    with pytest.raises(UserError, match="currency code"):
        open_claim(small.s, lost, "UPS", "C-2", "1", "dollars", None, operator="bo")
    with pytest.raises(UserError, match="no carrier recorded"):
        open_claim(small.s, lost, "", "C-2", "1", "USD", None, operator="bo")


def test_update_claim_checks_the_status_and_audits_each_field(small: Small) -> None:
    sid = _parcel(small, "1", S.DAMAGED)
    cid = open_claim(small.s, sid, "DHL", "D-9", "20", "EUR", date(2025, 3, 12), operator="bo")
    with pytest.raises(UserError, match="cannot become paid"):
        update_claim(small.s, cid, operator="cy", status="paid")
    update_claim(small.s, cid, operator="cy", status=ClaimStatus.SUBMITTED, amount="25.50", deadline=None)
    claim = small.s.get(CarrierClaim, cid)
    assert claim is not None
    assert (claim.status, claim.amount, claim.deadline) == (ClaimStatus.SUBMITTED, Decimal("25.50"), None)
    update_claim(small.s, cid, operator="cy", status="paid", note="paid by transfer")
    update_claim(small.s, cid, operator="cy", status="closed")
    with pytest.raises(UserError, match="not a claim status"):
        update_claim(small.s, cid, operator="cy", status="won")
    changes = small.s.execute(
        select(AuditEntry.field, AuditEntry.old_value, AuditEntry.new_value)
        .where(AuditEntry.entity == "carrier_claim", AuditEntry.field != "")
        .order_by(AuditEntry.id)
    ).all()
    assert [tuple(c) for c in changes] == [
        ("status", "open", "submitted"),
        ("amount", "20", "25.50"),
        ("deadline", "2025-03-12", None),
        ("status", "submitted", "paid"),
        ("note", "", "paid by transfer"),
        ("status", "paid", "closed"),
    ]


def test_claims_due_lists_overdue_and_soon_open_claims_most_urgent_first(small: Small) -> None:
    deadlines = {"1": date(2025, 3, 9), "2": date(2025, 3, 17), "3": date(2025, 3, 18), "4": date(2025, 3, 10)}
    ids = {}
    for number, deadline in deadlines.items():
        sid = _parcel(small, number, S.LOST)
        ids[number] = open_claim(small.s, sid, "UPS", f"C-{number}", "10", "USD", deadline, operator="bo")
    nodate = _parcel(small, "5", S.LOST)
    open_claim(small.s, nodate, "UPS", "C-5", "10", "USD", None, operator="bo")
    paid = _parcel(small, "6", S.LOST)
    done = open_claim(small.s, paid, "UPS", "C-6", "10", "USD", date(2025, 3, 11), operator="bo")
    update_claim(small.s, done, operator="bo", status="submitted")
    update_claim(small.s, done, operator="bo", status="paid")

    due = claims_due(small.s, small.campaign_id, within_days=7, today=TODAY)
    assert [(r.id, r.days_left, r.deadline_state) for r in due] == [
        (ids["1"], -1, DeadlineState.OVERDUE),
        (ids["4"], 0, DeadlineState.DUE_SOON),
        (ids["2"], 7, DeadlineState.DUE_SOON),
    ]
    assert due[0].overdue and due[0].deadline_text == "overdue by 1 day(s)"
    assert [r.id for r in claims_due(small.s, small.campaign_id, within_days=0, today=TODAY)] == [ids["1"], ids["4"]]
    assert len(claims_due(small.s, small.campaign_id, within_days=8, today=TODAY)) == 4
    everything = list_claims(small.s, small.campaign_id, today=TODAY)
    assert len(everything) == 6 and everything[-1].deadline is None
    assert next(r for r in everything if r.id == done).deadline_state is None  # paid: no reminder
    with pytest.raises(UserError):
        claims_due(small.s, small.campaign_id, within_days=-1, today=TODAY)


def test_the_parcel_to_claim_for_is_found_from_its_packing_list_code_or_backer_number(small: Small) -> None:
    first = _parcel(small, "1", S.DELIVERED)
    lost = small.shipment("1", S.LOST, {"LAMP-WH": 1})  # a reship that never arrived
    code = order_code(small.orders["1"])
    found = claimable_parcel(small.s, small.campaign_id, code.lower())
    assert (found.shipment_id, found.order_code, found.sequence, found.status) == (lost, code, 2, S.LOST)
    assert claimable_parcel(small.s, small.campaign_id, " 1 ").shipment_id == lost  # the backer number
    with pytest.raises(UserError, match="lost or damaged parcel"):
        claimable_parcel(small.s, small.campaign_id, "1", 1)  # parcel #1 arrived
    with pytest.raises(UserError, match="has no parcel #3"):
        claimable_parcel(small.s, small.campaign_id, "1", 3)

    _parcel(small, "2", S.DELIVERED)
    with pytest.raises(UserError, match="No parcel of order .* is lost or damaged"):
        claimable_parcel(small.s, small.campaign_id, "2")
    # The backer says it arrived damaged: the request makes the parcel claimable.
    log_request(small.s, small.orders["2"], "damaged", WHOLE_KIT, operator="bo")
    assert claimable_parcel(small.s, small.campaign_id, "2").sequence == 1
    assert first  # the parcel that arrived is never offered


def test_one_claim_of_the_campaign_reads_as_in_the_list(small: Small) -> None:
    sid = _parcel(small, "1", S.LOST)
    cid = open_claim(small.s, sid, "UPS", "C-1", "10", "USD", date(2025, 3, 9), operator="bo")
    row = claim_row(small.s, small.campaign_id, cid, today=TODAY)
    assert (row.claim_number, row.overdue, row.backer_name) == ("C-1", True, "Backer 1")
    with pytest.raises(UserError, match="no claim 999 in this campaign"):
        claim_row(small.s, small.campaign_id, 999)


def test_the_claims_listed_are_those_of_the_campaigns_own_parcels(two_campaigns: TwoCampaigns) -> None:
    s = two_campaigns.session
    claims = list_claims(s, two_campaigns.demo)
    assert claims and sorted(c.id for c in claims) == sorted(s.scalars(select(CarrierClaim.id)))
    assert list_claims(s, two_campaigns.small.campaign_id) == []
