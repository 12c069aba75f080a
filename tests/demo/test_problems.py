"""The problems planted in the demo: how many, of which kinds, and that the stored data shows each one."""

from __future__ import annotations

import re
from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from fulfiller.db.models import Address, Backer, Order, OrderProblem, Shipment
from fulfiller.demo.places import countries
from fulfiller.demo.problems import FAKE_PHONE, PROBLEM_CODES
from fulfiller.domain.enums import Severity, ShipmentStatus

BY_CODE = {country.code: country for country in countries()}


def test_about_five_percent_of_orders_have_problems_of_both_severities(
    demo500: tuple[sessionmaker[Session], int],
) -> None:
    sessions, _ = demo500
    with sessions() as session:
        problems = session.scalars(select(OrderProblem)).all()
        addresses = {a.order_id: a for a in session.scalars(select(Address))}
        emails = Counter(session.scalars(select(Backer.email)))
        backer_email = {oid: email for oid, email in session.execute(select(Order.id, Backer.email).join(Backer))}
    assert 10 <= len(problems) <= 45
    assert {p.severity for p in problems} == {Severity.ERROR, Severity.WARNING}
    assert len({p.code for p in problems}) >= 7
    assert {p.code for p in problems} <= set(PROBLEM_CODES)
    for problem in problems:
        address = addresses[problem.order_id]
        assert problem.message and problem.field
        stored = {
            "missing_phone": address.phone == "",
            "fake_phone": address.phone == FAKE_PHONE,
            "missing_postal_code": address.postal_code == "",
            "spreadsheet_postal_code": address.postal_code != ""
            and address.postal_code not in {c.postal_code for c in BY_CODE[address.country_code].cities},
            "initials_only_name": re.fullmatch(r"[A-Z]\. [A-Z]\.", address.name) is not None,
            "missing_city": address.city == "",
            "missing_line1": address.line1 == "",
            "duplicate_email": emails[backer_email[problem.order_id]] >= 2,
        }
        assert stored[problem.code], (problem.code, address.country_code)


def test_a_duplicate_is_the_same_person_as_an_earlier_backer(demo500: tuple[sessionmaker[Session], int]) -> None:
    sessions, _ = demo500
    with sessions() as session:
        duplicates = session.scalars(select(OrderProblem).where(OrderProblem.code == "duplicate_email")).all()
        backers = {o.id: (o.backer.name, o.backer.email, o.backer_number) for o in session.scalars(select(Order))}
    assert duplicates
    for problem in duplicates:
        name, email, number = backers[problem.order_id]
        earlier = re.search(r"backer (\d+)", problem.message)
        assert earlier is not None and int(earlier.group(1)) < int(number)
        assert (name, email) in {(n, e) for n, e, k in backers.values() if k == earlier.group(1)}
        assert problem.severity is Severity.WARNING


def test_a_parcel_whose_address_has_an_error_waits_in_address_problem(
    demo500: tuple[sessionmaker[Session], int],
) -> None:
    sessions, _ = demo500
    with sessions() as session:
        errors = set(session.scalars(select(OrderProblem.order_id).where(OrderProblem.severity == Severity.ERROR)))
        held = session.scalars(select(Shipment).where(Shipment.order_id.in_(errors))).all()
    assert all(shipment.status is ShipmentStatus.ADDRESS_PROBLEM for shipment in held)
