"""Counts that summarise a campaign: the dashboard and `fulfiller stats` show the same figures."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import AddOn, Address, Backer, Order, OrderProblem, RewardTier, Shipment
from fulfiller.services.campaigns import CampaignInfo

NO_TIER = "(no reward)"
NO_COUNTRY = "(none)"


def campaign_stats(session: Session, campaign: CampaignInfo) -> dict[str, Any]:
    cid = campaign.id
    in_campaign = Order.campaign_id == cid
    by_tier = _grouped(
        session,
        select(func.coalesce(RewardTier.title, NO_TIER).label("key"), func.count(Order.id))
        .select_from(Order)
        .outerjoin(RewardTier, RewardTier.id == Order.tier_id),
        in_campaign,
    )
    by_country = _grouped(
        session,
        select(
            func.coalesce(func.nullif(Address.country_code, ""), NO_COUNTRY).label("key"),
            func.count(Order.id),
        )
        .select_from(Order)
        .outerjoin(Address, Address.order_id == Order.id),
        in_campaign,
    )
    by_pledge_status = _grouped(session, select(Order.status.label("key"), func.count(Order.id)), in_campaign)
    by_shipment_status = _grouped(
        session,
        select(Shipment.status.label("key"), func.count(Shipment.id)).join(Order, Order.id == Shipment.order_id),
        in_campaign,
    )
    problems = _grouped(
        session,
        select(OrderProblem.severity.label("key"), func.count(func.distinct(OrderProblem.order_id))).join(
            Order, Order.id == OrderProblem.order_id
        ),
        in_campaign,
    )
    return {
        "campaign": {"id": cid, "name": campaign.name, "platform": campaign.platform},
        "backers": _count(session, select(func.count(Backer.id)).where(Backer.campaign_id == cid)),
        "orders": _count(session, select(func.count(Order.id)).where(in_campaign)),
        "tiers": _count(session, select(func.count(RewardTier.id)).where(RewardTier.campaign_id == cid)),
        "add_ons": _count(session, select(func.count(AddOn.id)).where(AddOn.campaign_id == cid)),
        "countries": len([code for code in by_country if code != NO_COUNTRY]),
        "by_tier": by_tier,
        "by_country": by_country,
        "by_pledge_status": by_pledge_status,
        "by_shipment_status": by_shipment_status,
        "orders_with_problems": problems,
    }


def _grouped(session: Session, query: Select[Any], where: ColumnElement[bool]) -> dict[str, int]:
    """Counts per key, largest first; enum keys become their stored value."""
    key = query.selected_columns[0]
    count = query.selected_columns[1]
    rows = session.execute(query.where(where).group_by(key).order_by(count.desc(), key))
    return {str(getattr(k, "value", k)): int(n) for k, n in rows}


def _count(session: Session, query: Select[Any]) -> int:
    return int(session.scalar(query) or 0)


def format_stats(stats: dict[str, Any], *, top: int = 10) -> str:
    """A short plain-text summary for a terminal."""
    lines = [
        f"Campaign {stats['campaign']['id']}: {stats['campaign']['name']}",
        f"  backers {stats['backers']}, orders {stats['orders']}, tiers {stats['tiers']}, "
        f"add-ons {stats['add_ons']}, countries {stats['countries']}",
    ]
    for title, key in (
        ("By tier", "by_tier"),
        ("By pledge status", "by_pledge_status"),
        ("By shipment status", "by_shipment_status"),
        ("Orders with problems", "orders_with_problems"),
        (f"Top {top} countries", "by_country"),
    ):
        counts = list(stats[key].items())[:top]
        if counts:
            lines.append(f"{title}:")
            lines.extend(f"  {name:<32} {n:>8}" for name, n in counts)
    return "\n".join(lines)
