"""The problems a carrier or customs would hit, per order: listed, counted, and re-checked after edits."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import Address, Backer, Order, OrderProblem
from fulfiller.domain.enums import Severity
from fulfiller.domain.normalise import normalise_order
from fulfiller.domain.records import RawAddOn, RawAddress, RawOrder
from fulfiller.services.importing.rows import LATIN_FIELDS


@dataclass(frozen=True)
class ProblemRow:
    order_id: int
    backer_number: str
    name: str
    country: str
    severity: str
    code: str
    field: str
    message: str


def list_problems(session: Session, campaign_id: int, severity: Severity | None = None) -> list[ProblemRow]:
    query = (
        select(
            Order.id,
            Order.backer_number,
            Backer.name,
            Address.country_code,
            OrderProblem.severity,
            OrderProblem.code,
            OrderProblem.field,
            OrderProblem.message,
        )
        .join(Order, Order.id == OrderProblem.order_id)
        .join(Backer, Backer.id == Order.backer_id)
        .outerjoin(Address, Address.order_id == Order.id)
        .where(Order.campaign_id == campaign_id)
        .order_by(OrderProblem.severity, Order.id, OrderProblem.id)
    )
    if severity is not None:
        query = query.where(OrderProblem.severity == severity)
    return [
        ProblemRow(oid, number, name, country or "", sev.value, code, fld, message)
        for oid, number, name, country, sev, code, fld, message in session.execute(query)
    ]


def count_orders_with_problems(session: Session, campaign_id: int) -> tuple[int, int]:
    counts = dict(
        session.execute(
            select(OrderProblem.severity, func.count(func.distinct(OrderProblem.order_id)))
            .join(Order, Order.id == OrderProblem.order_id)
            .where(Order.campaign_id == campaign_id)
            .group_by(OrderProblem.severity)
        ).all()
    )
    return int(counts.get(Severity.ERROR, 0)), int(counts.get(Severity.WARNING, 0))


def raw_from_stored(order: Order) -> RawOrder:
    """The order as an export row would say it, so the same rules check stored and imported data."""
    address = order.address or Address()
    extra = json.loads(order.survey_json).get("columns", {}) if order.survey_json else {}
    return RawOrder(
        source="database",
        row=0,
        platform_order_id=order.platform_order_id,
        backer_number=order.backer_number,
        backer_uid=order.backer.platform_backer_id,
        backer_name=order.backer.name,
        email=order.backer.email,
        reward_title=order.reward_title,
        pledge_amount="" if order.pledge_amount is None else str(order.pledge_amount),
        shipping_amount="" if order.shipping_amount is None else str(order.shipping_amount),
        bonus_support="" if order.bonus_support is None else str(order.bonus_support),
        currency=order.currency,
        pledged_at="" if order.pledged_at is None else order.pledged_at.isoformat(),
        status=order.status.value,
        notes=order.notes,
        address=RawAddress(
            name=address.name or "",
            company=address.company or "",
            line1=address.line1 or "",
            line2=address.line2 or "",
            line3=address.line3 or "",
            city=address.city or "",
            state=address.state or "",
            postal_code=address.postal_code or "",
            country=address.country_code or address.country_as_given or "",
            phone=address.phone or "",
            delivery_notes=address.delivery_notes or "",
        ),
        add_ons=[RawAddOn(title=a.add_on.title, quantity=str(a.quantity)) for a in order.add_ons],
        extra=dict(extra),
    )


def revalidate_order(session: Session, order: Order) -> list[OrderProblem]:
    """Check the stored order again; refresh unconfirmed Latin-script proposals with it."""
    clean = normalise_order(raw_from_stored(order), default_currency=order.currency)
    session.execute(delete(OrderProblem).where(OrderProblem.order_id == order.id))
    problems = [
        OrderProblem(order_id=order.id, code=p.code, severity=p.severity, field=p.field, message=p.message)
        for p in clean.problems
    ]
    session.add_all(problems)
    if order.address is not None and not order.address.latin_confirmed:
        for name in LATIN_FIELDS:
            setattr(order.address, name, getattr(clean.address, name))
    return problems
