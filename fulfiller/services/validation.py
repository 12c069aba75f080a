"""Check every order of a campaign again with the current rules, in bulk."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fulfiller.db.bulk import IdSequence, insert_rows
from fulfiller.db.models import Address, Backer, Order, OrderProblem
from fulfiller.domain.enums import Severity
from fulfiller.domain.normalise import normalise_order
from fulfiller.domain.progress import Progress
from fulfiller.domain.records import RawAddress, RawOrder

CHUNK = 5000


def _raw(row: tuple) -> RawOrder:  # type: ignore[type-arg]
    (order_id, pid, number, uid, backer_name, email, title, status, currency, pledged_at,
     name, company, line1, line2, line3, city, state, postal_code, country, country_as_given, phone,
     notes) = row  # fmt: skip
    return RawOrder(
        source="database",
        row=order_id,
        platform_order_id=pid,
        backer_number=number,
        backer_uid=uid,
        backer_name=backer_name,
        email=email,
        reward_title=title,
        currency=currency,
        pledged_at="" if pledged_at is None else pledged_at.isoformat(),
        status=status.value,
        address=RawAddress(
            name=name or "", company=company or "", line1=line1 or "", line2=line2 or "", line3=line3 or "",
            city=city or "", state=state or "", postal_code=postal_code or "",
            country=country or country_as_given or "", phone=phone or "", delivery_notes=notes or "",
        ),
    )  # fmt: skip


def revalidate_campaign(session: Session, campaign_id: int, *, progress: Progress | None = None) -> tuple[int, int]:
    """Replace every order's problems with what the rules find now; returns orders with errors, warnings."""
    query = (
        select(
            Order.id, Order.platform_order_id, Order.backer_number, Backer.platform_backer_id, Backer.name,
            Backer.email, Order.reward_title, Order.status, Order.currency, Order.pledged_at, Address.name,
            Address.company, Address.line1, Address.line2, Address.line3, Address.city, Address.state,
            Address.postal_code, Address.country_code, Address.country_as_given, Address.phone,
            Address.delivery_notes,
        )
        .join(Backer, Backer.id == Order.backer_id)
        .outerjoin(Address, Address.order_id == Order.id)
        .where(Order.campaign_id == campaign_id)
        .order_by(Order.id)
    )  # fmt: skip
    rows = session.execute(query).all()
    session.execute(
        delete(OrderProblem).where(OrderProblem.order_id.in_(select(Order.id).where(Order.campaign_id == campaign_id)))
    )
    ids = IdSequence(session, OrderProblem)
    with_errors: set[int] = set()
    with_warnings: set[int] = set()
    for start in range(0, len(rows), CHUNK):
        problems = []
        for row in rows[start : start + CHUNK]:
            clean = normalise_order(_raw(tuple(row)), default_currency=row.currency)
            for p in clean.problems:
                problems.append((ids.take(), row.id, p.code, p.severity.value, p.field, p.message))
                (with_errors if p.severity is Severity.ERROR else with_warnings).add(row.id)
        insert_rows(session, OrderProblem, ("id", "order_id", "code", "severity", "field", "message"), problems)
        if progress is not None:
            progress(min(start + CHUNK, len(rows)), len(rows))
    return len(with_errors), len(with_warnings)
