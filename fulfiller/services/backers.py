"""Find and show a campaign's backers: ids first, rows on demand, so 250,000 stay fast."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, Select, func, select, union
from sqlalchemy.orm import Session

from fulfiller.db.id_lists import id_list
from fulfiller.db.models import (
    Address,
    AddressConflict,
    Backer,
    MergeSuggestion,
    Order,
    OrderProblem,
    OrderSearch,
    RewardTier,
    Shipment,
)
from fulfiller.db.planner import address_country, checked_per_row
from fulfiller.db.search_text import like_pattern
from fulfiller.domain.enums import PledgeStatus, Severity
from fulfiller.services.campaigns import only_campaign_with_orders


class BackerColumn(StrEnum):
    NUMBER = "number"
    NAME = "name"
    EMAIL = "email"
    COUNTRY = "country"
    CITY = "city"
    TIER = "tier"
    STATUS = "status"
    SHIPMENT = "shipment"
    PROBLEMS = "problems"


@dataclass(frozen=True)
class BackerFilter:
    text: str = ""
    tier_id: int | None = None
    country: str | None = None
    status: PledgeStatus | None = None
    problems: Severity | None = None  # orders with at least one problem of this severity
    problem_code: str | None = None  # orders with this problem
    conflicts: bool = False  # orders whose address a newer export wants to change
    duplicates: bool = False  # orders with an open duplicate suggestion


@dataclass(frozen=True)
class BackerRow:
    order_id: int
    number: str
    name: str
    email: str
    tier: str
    country: str
    city: str
    status: str
    problems: str
    worst_problem: Severity | None
    shipment: str


@dataclass(frozen=True)
class FilterChoices:
    tiers: list[tuple[int, str]]
    countries: list[str]
    statuses: list[str]
    problem_codes: list[tuple[str, str, int]]  # code, severity, orders


_SORT_KEYS: dict[BackerColumn, ColumnElement[object]] = {
    BackerColumn.NUMBER: func.cast(Order.backer_number, Order.id.type),
    BackerColumn.NAME: func.lower(Backer.name),
    BackerColumn.EMAIL: func.lower(Backer.email),
    BackerColumn.TIER: Order.reward_title,
    BackerColumn.COUNTRY: address_country.c.country_code,  # or the address's own, beside its city
    BackerColumn.CITY: func.lower(Address.city),
    BackerColumn.STATUS: Order.status,
}


def _conditions(campaign_id: int, flt: BackerFilter, place: Any, alone: bool) -> list[ColumnElement[bool]]:
    text = flt.text.strip()
    if not text:
        return [*(() if alone else (Order.campaign_id == campaign_id,)), *_filters(flt, place)]
    # The few orders the search finds lead; the campaign is then checked on each of them, not read
    # from its index for every order of the campaign.
    return [Order.id.in_(_matching_order_ids(campaign_id, text)), checked_per_row(Order.campaign_id) == campaign_id,
            *_filters(flt, place)]  # fmt: skip


def _matching_order_ids(campaign_id: int, text: str) -> CompoundSelect:
    """Orders whose name, e-mail, city or postal code holds `text` (any case, any script), or whose
    backer number or platform order id is `text`."""
    return union(
        select(OrderSearch.order_id).where(OrderSearch.text.like(like_pattern(text), escape="\\")),
        select(Order.id).where(Order.campaign_id == campaign_id, Order.backer_number == text),
        select(Order.id).where(Order.campaign_id == campaign_id, Order.platform_order_id == text),
    )


def _filters(flt: BackerFilter, place: Any) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if flt.tier_id is not None:
        conditions.append(Order.tier_id == flt.tier_id)
    if flt.country:
        conditions.append(place.c.country_code == flt.country)
    if flt.status is not None:
        conditions.append(Order.status == flt.status)
    # The few orders with a problem, a conflict or a duplicate are listed first and looked up by id,
    # instead of every order being checked for them.
    if flt.problems is not None:
        conditions.append(Order.id.in_(select(OrderProblem.order_id).where(OrderProblem.severity == flt.problems)))
    if flt.problem_code:
        conditions.append(Order.id.in_(select(OrderProblem.order_id).where(OrderProblem.code == flt.problem_code)))
    if flt.conflicts:
        conditions.append(Order.id.in_(select(AddressConflict.order_id).where(AddressConflict.resolution == "")))
    if flt.duplicates:
        open_ones = MergeSuggestion.status == "open"
        conditions.append(
            Order.id.in_(
                union(
                    select(MergeSuggestion.order_id).where(open_ones),
                    select(MergeSuggestion.other_order_id).where(open_ones),
                )
            )
        )
    return conditions


def find_order_ids(
    session: Session,
    campaign_id: int,
    flt: BackerFilter = BackerFilter(),
    *,
    sort: BackerColumn = BackerColumn.NUMBER,
    descending: bool = False,
) -> list[int]:
    alone = only_campaign_with_orders(session, campaign_id)
    return id_list(session, order_ids_query(campaign_id, flt, sort=sort, descending=descending, alone=alone))


def order_ids_query(
    campaign_id: int, flt: BackerFilter, *, sort: BackerColumn, descending: bool, alone: bool = False
) -> Select:
    """`alone`: the file holds this campaign only, so no order need be checked for it: a sort then reads
    the orders in the order of the index that holds what it joins by (by backer, a quarter of the time)."""
    key = _SORT_KEYS.get(sort, _SORT_KEYS[BackerColumn.NUMBER])
    # The country alone is read from its (order, country) index; beside the city, from the address.
    place = Address.__table__ if sort is BackerColumn.CITY else address_country
    if sort is BackerColumn.COUNTRY:
        key = place.c.country_code
    query = select(Order.id).where(*_conditions(campaign_id, flt, place, alone))
    # Each join costs a lookup per order (a third of a sort of 250,000): only the ones the sort or a
    # filter reads.
    if sort in (BackerColumn.NAME, BackerColumn.EMAIL):
        query = query.join(Backer, Backer.id == Order.backer_id)
    if flt.country or sort in (BackerColumn.COUNTRY, BackerColumn.CITY):
        query = query.outerjoin(place, place.c.order_id == Order.id)
    # Descending is exactly ascending reversed (ties too), so a list can turn round without a query.
    return query.order_by(*((key.desc(), Order.id.desc()) if descending else (key, Order.id)))


def fetch_rows(session: Session, order_ids: Sequence[int]) -> dict[int, BackerRow]:
    """The display rows for these orders (any order of ids; missing ids are simply absent)."""
    if not order_ids:
        return {}
    ids = list(order_ids)
    base = session.execute(
        select(
            Order.id,
            Order.backer_number,
            Backer.name,
            Backer.email,
            func.coalesce(RewardTier.title, Order.reward_title),
            Address.country_code,
            Address.city,
            Order.status,
        )
        .join(Backer, Backer.id == Order.backer_id)
        .outerjoin(Address, Address.order_id == Order.id)
        .outerjoin(RewardTier, RewardTier.id == Order.tier_id)
        .where(Order.id.in_(ids))
    )
    problems = _problems_by_order(session, ids)
    shipments = _shipment_status_by_order(session, ids)
    rows: dict[int, BackerRow] = {}
    for oid, number, name, email, tier, country, city, status in base:
        messages, worst = problems.get(oid, ([], None))
        rows[oid] = BackerRow(
            order_id=oid,
            number=number,
            name=name,
            email=email,
            tier=tier or "",
            country=country or "",
            city=city or "",
            status=status.value,
            problems=" ".join(messages),
            worst_problem=worst,
            shipment=shipments.get(oid, ""),
        )
    return rows


def _problems_by_order(session: Session, ids: list[int]) -> dict[int, tuple[list[str], Severity | None]]:
    found: dict[int, tuple[list[str], Severity | None]] = {}
    query = select(OrderProblem.order_id, OrderProblem.severity, OrderProblem.message).where(
        OrderProblem.order_id.in_(ids)
    )
    for oid, severity, message in session.execute(query.order_by(OrderProblem.id)):
        messages, worst = found.get(oid, ([], None))
        messages.append(message)
        if worst is not Severity.ERROR:
            worst = severity
        found[oid] = (messages, worst)
    return found


def _shipment_status_by_order(session: Session, ids: list[int]) -> dict[int, str]:
    """The latest shipment's status per order; split shipments show the newest wave."""
    query = (
        select(Shipment.order_id, Shipment.status)
        .where(Shipment.order_id.in_(ids))
        .order_by(Shipment.order_id, Shipment.sequence)
    )
    return {oid: status.value for oid, status in session.execute(query)}


def filter_choices(session: Session, campaign_id: int) -> FilterChoices:
    """The tiers, countries, pledge states and problems to filter by. When the file holds this campaign
    alone, countries and problems are read from their own indexes without each one's order."""
    alone = only_campaign_with_orders(session, campaign_id)
    tiers = session.execute(
        select(RewardTier.id, RewardTier.title).where(RewardTier.campaign_id == campaign_id).order_by(RewardTier.id)
    )
    countries_query = select(Address.country_code).where(Address.country_code != "").distinct()
    if not alone:
        countries_query = countries_query.join(Order, Order.id == Address.order_id).where(
            Order.campaign_id == campaign_id
        )
    countries = session.scalars(countries_query.order_by(Address.country_code))
    statuses = session.scalars(
        select(Order.status).where(Order.campaign_id == campaign_id).distinct().order_by(Order.status)
    )
    codes_query = select(
        OrderProblem.code, func.min(OrderProblem.severity), func.count(func.distinct(OrderProblem.order_id))
    )
    if not alone:
        codes_query = codes_query.join(Order, Order.id == OrderProblem.order_id).where(Order.campaign_id == campaign_id)
    codes = session.execute(
        codes_query.group_by(OrderProblem.code).order_by(func.min(OrderProblem.severity), OrderProblem.code)
    )
    return FilterChoices(
        tiers=[(tid, title) for tid, title in tiers],
        countries=list(countries),
        statuses=[s.value for s in statuses],
        problem_codes=[(code, str(getattr(sev, "value", sev)), int(n)) for code, sev, n in codes],
    )
