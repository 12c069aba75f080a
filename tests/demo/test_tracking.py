"""Tracking numbers of the demo's parcels: the carrier's real format and check digit."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from fulfiller.db.models import Address, Shipment
from fulfiller.demo.tracking import s10_tracking_number, ups_tracking_number, usps_tracking_number

# The format each carrier's numbers take in the demo.
CARRIER_FORMATS = {
    "USPS": r"9400\d{18}",
    "UPS": r"1Z[0-9A-Z]{16}",
    "PostNL": r"LA\d{9}NL",
    "Australia Post": r"LX\d{9}AU",
    "China Post": r"LX\d{9}CN",
    "SF Express": r"SF\d{13}",
}


def _tracking_is_valid(number: str) -> bool:
    """Check the number against its carrier's published check-digit rule (written out here again)."""
    if re.fullmatch(r"1Z[0-9A-Z]{16}", number):
        values = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in number[2:17]]
        total = sum(values[0::2]) + 2 * sum(values[1::2])
        return (10 - total % 10) % 10 == int(number[17])
    if re.fullmatch(r"9400\d{18}", number):
        total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(number[:-1])))
        return (10 - total % 10) % 10 == int(number[-1])
    if re.fullmatch(r"SF\d{13}", number):
        return True
    if re.fullmatch(r"[A-Z]{2}\d{9}[A-Z]{2}", number):
        total = sum(int(d) * w for d, w in zip(number[2:10], (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
        check = {10: 0, 11: 5}.get(11 - total % 11, 11 - total % 11)
        return check == int(number[10])
    return False


def test_tracking_number_rules_accept_published_examples_and_the_demo_numbers() -> None:
    assert _tracking_is_valid("LX123456785CN") and not _tracking_is_valid("LX123456784CN")
    assert _tracking_is_valid("1Z999AA10123456784") and not _tracking_is_valid("1Z999AA10123456785")
    assert s10_tracking_number("LX", 12345678, "CN") == "LX123456785CN"
    for serial in (0, 7, 123_456_789, 98_765_432_109):
        assert _tracking_is_valid(s10_tracking_number("RR", serial, "NL"))
        assert _tracking_is_valid(ups_tracking_number(serial))
        assert _tracking_is_valid(usps_tracking_number(serial))


def test_every_demo_parcel_on_its_way_has_a_valid_number_in_its_carriers_format(
    demo500: tuple[sessionmaker[Session], int],
) -> None:
    sessions, _ = demo500
    with sessions() as session:
        tracked = session.execute(
            select(Shipment.carrier, Shipment.tracking_number, Address.country_code)
            .join(Address, Address.order_id == Shipment.order_id)
            .where(Shipment.tracking_number != "")
        ).all()
    # Europe's wave (PostNL, UPS) and East Asia's (SF Express, China Post) have shipped; the Americas' is at
    # the label tool still and Sydney's orders wait for a wave.
    assert {carrier for carrier, _, _ in tracked} == {"UPS", "PostNL", "SF Express", "China Post"}
    for carrier, number, country in tracked:
        assert re.fullmatch(CARRIER_FORMATS[carrier], number), (carrier, number)
        assert _tracking_is_valid(number), number
        assert carrier != "USPS" or country == "US"
    assert len({number for _, number, _ in tracked}) == len(tracked)
