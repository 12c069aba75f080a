"""Counts that summarise a campaign: the dashboard and `fulfiller stats` show the same figures, named
with the same words (`WORDS`), so that each says what it counts.

Three ways to count orders, each used where it answers the question asked:

- all pledges: every order imported, whatever its status (dropped, refunded… included);
- collected: the pledges paid for, the orders that get a parcel — what Kitting counts per tier and
  add-on (an order merged into another counts: its kit ships in that box);
- still to ship: collected, not merged into another order, and not packed yet — what the demand plan,
  the warehouses and the shipping estimate count.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import AddOn, Address, Backer, Order, OrderProblem, RewardTier, Shipment
from fulfiller.domain.enums import PledgeStatus
from fulfiller.domain.messages import Message, message
from fulfiller.services.campaigns import CampaignInfo
from fulfiller.services.catalogue.checklist import still_to_ship
from fulfiller.services.catalogue.kits import collected_order_counts

NO_TIER = "(no reward)"
NO_COUNTRY = "(none)"

# What each figure counts, in the words the Dashboard and `fulfiller stats` both use.
WORDS: dict[str, Message] = {
    "backers": message("stats.backers", "Backers"),
    "orders": message("stats.orders", "Orders (all pledges)"),
    "collected_orders": message("stats.collected_orders", "Collected orders"),
    "to_ship": message("stats.to_ship", "Still to ship (collected, not packed)"),
    "countries": message("stats.countries", "Countries"),
    "tiers": message("stats.tiers", "Reward tiers"),
    "add_ons": message("stats.add_ons", "Add-ons"),
    "orders_with_errors": message("stats.orders_with_errors", "Orders with errors (all pledges)"),
    "by_tier": message("stats.by_tier", "Orders by reward tier"),
    "by_country": message("stats.by_country", "Orders by country"),
    "by_pledge_status": message("stats.by_pledge_status", "Orders by pledge status"),
    "by_shipment_status": message("stats.by_shipment_status", "Parcels by status"),
    "orders_with_problems": message("stats.orders_with_problems", "Orders with problems (all pledges)"),
    "all_pledges": message("stats.all_pledges", "All pledges"),
    "collected": message("stats.collected", "Collected"),
}


def orders_to_ship(session: Session, campaign_id: int) -> int:
    """Collected orders not merged into another and not packed yet: what the demand plan plans for."""
    return _count(session, select(func.count(Order.id)).where(still_to_ship(campaign_id)))


def _by_tier_collected(session: Session, campaign_id: int) -> dict[str, int]:
    """Collected orders per tier title, counted as Kitting counts them."""
    per_tier, _ = collected_order_counts(session, campaign_id)
    tiers = select(RewardTier.id, RewardTier.title).where(RewardTier.campaign_id == campaign_id)
    titles: dict[int, str] = {tier_id: title for tier_id, title in session.execute(tiers)}
    counts: dict[str, int] = {}
    for tier_id, n in per_tier.items():
        counts[titles[tier_id]] = counts.get(titles[tier_id], 0) + int(n)
    no_tier = _count(
        session,
        select(func.count(Order.id)).where(
            Order.campaign_id == campaign_id, Order.status == PledgeStatus.COLLECTED, Order.tier_id.is_(None)
        ),
    )
    if no_tier:
        counts[NO_TIER] = no_tier
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def campaign_stats(session: Session, campaign: CampaignInfo) -> dict[str, Any]:
    cid = campaign.id
    in_campaign = Order.campaign_id == cid
    collected = Order.status == PledgeStatus.COLLECTED
    by_tier = _grouped(
        session,
        select(func.coalesce(RewardTier.title, NO_TIER).label("key"), func.count(Order.id))
        .select_from(Order)
        .outerjoin(RewardTier, RewardTier.id == Order.tier_id),
        in_campaign,
    )
    by_country_query = select(
        func.coalesce(func.nullif(Address.country_code, ""), NO_COUNTRY).label("key"),
        func.count(Order.id),
    ).select_from(Order)
    by_country_query = by_country_query.outerjoin(Address, Address.order_id == Order.id)
    by_country = _grouped(session, by_country_query, in_campaign)
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
        "collected_orders": _count(session, select(func.count(Order.id)).where(in_campaign, collected)),
        "to_ship": orders_to_ship(session, cid),
        "tiers": _count(session, select(func.count(RewardTier.id)).where(RewardTier.campaign_id == cid)),
        "add_ons": _count(session, select(func.count(AddOn.id)).where(AddOn.campaign_id == cid)),
        "countries": len([code for code in by_country if code != NO_COUNTRY]),
        "by_tier": by_tier,
        "by_tier_collected": _by_tier_collected(session, cid),
        "by_country": by_country,
        "by_country_collected": _grouped(session, by_country_query, in_campaign & collected),
        "by_pledge_status": by_pledge_status,
        "by_shipment_status": by_shipment_status,
        "orders_with_problems": problems,
        "words": {key: str(words) for key, words in WORDS.items()},
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
    """A short plain-text summary for a terminal, in the Dashboard's words."""
    words = stats["words"]
    figures = ("backers", "orders", "collected_orders", "to_ship", "countries", "tiers", "add_ons")
    lines = [
        f"Campaign {stats['campaign']['id']}: {stats['campaign']['name']}",
        *(f"  {words[key] + ':':<40} {stats[key]:>8,}" for key in figures),
        f"  {words['orders_with_errors'] + ':':<40} {stats['orders_with_problems'].get('error', 0):>8,}",
    ]
    for key, collected in (("by_tier", "by_tier_collected"), ("by_country", "by_country_collected")):
        counts = list(stats[key].items())[:top]
        if counts:
            lines.append(f"{words[key] + ':':<34} {words['all_pledges']:>12} {words['collected']:>12}")
            lines.extend(f"  {name[:32]:<32} {n:>12,} {stats[collected].get(name, 0):>12,}" for name, n in counts)
    for key in ("by_pledge_status", "by_shipment_status", "orders_with_problems"):
        counts = list(stats[key].items())[:top]
        if counts:
            lines.append(f"{words[key]}:")
            lines.extend(f"  {name:<32} {n:>12,}" for name, n in counts)
    return "\n".join(lines)
