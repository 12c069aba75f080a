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

from collections import Counter
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import AddOn, Address, Backer, Order, OrderProblem, RewardTier, Shipment
from fulfiller.db.planner import address_country, checked_per_row
from fulfiller.domain.enums import PledgeStatus
from fulfiller.domain.messages import Message, message
from fulfiller.services.campaigns import CampaignInfo, only_campaign_with_orders
from fulfiller.services.catalogue.checklist import still_to_ship

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


def campaign_stats(session: Session, campaign: CampaignInfo) -> dict[str, Any]:
    """Every figure from a few GROUP BYs that SQLite answers from indexes; none reads every order's row."""
    cid = campaign.id
    alone = only_campaign_with_orders(session, cid)
    per_tier, per_status, by_tier_collected = _by_tier_and_status(session, cid, alone)
    by_country, by_country_collected = _by_country(session, cid, alone, sum(per_status.values()))
    return {
        "campaign": {"id": cid, "name": campaign.name, "platform": campaign.platform},
        "backers": _count(session, select(func.count(Backer.id)).where(Backer.campaign_id == cid)),
        "orders": sum(per_status.values()),
        "collected_orders": per_status.get(PledgeStatus.COLLECTED.value, 0),
        "to_ship": orders_to_ship(session, cid),
        "tiers": _count(session, select(func.count(RewardTier.id)).where(RewardTier.campaign_id == cid)),
        "add_ons": _count(session, select(func.count(AddOn.id)).where(AddOn.campaign_id == cid)),
        "countries": len([code for code in by_country if code != NO_COUNTRY]),
        "by_tier": _largest_first(per_tier),
        "by_tier_collected": _largest_first(by_tier_collected),
        "by_country": _largest_first(by_country),
        "by_country_collected": _largest_first(by_country_collected),
        "by_pledge_status": _largest_first(per_status),
        "by_shipment_status": _largest_first(_parcels_by_status(session, cid, alone)),
        "orders_with_problems": _largest_first(_orders_with_problems(session, cid)),
        "words": {key: str(words) for key, words in WORDS.items()},
    }


def _by_tier_and_status(
    session: Session, campaign_id: int, alone: bool
) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Orders per tier title, per pledge status, and collected orders per tier title (as Kitting counts
    them: a merged order counts, its kit ships), from one GROUP BY over an index of the orders: the
    (tier, status) one, already in that order, when the file holds this campaign alone."""
    query = select(Order.tier_id, Order.status, func.count()).group_by(Order.tier_id, Order.status)
    rows = session.execute(query if alone else query.where(Order.campaign_id == campaign_id)).all()
    tier_ids = {tier_id for tier_id, _, _ in rows if tier_id is not None}
    titles: dict[int, str] = dict(
        session.execute(select(RewardTier.id, RewardTier.title).where(RewardTier.id.in_(tier_ids))).all()
    )
    per_tier: Counter[str] = Counter()
    per_status: Counter[str] = Counter()
    collected: Counter[str] = Counter()
    for tier_id, status, n in rows:
        title = titles.get(tier_id, NO_TIER) if tier_id is not None else NO_TIER
        per_tier[title] += n
        per_status[status.value] += n
        if status is PledgeStatus.COLLECTED:
            collected[title] += n
    return per_tier, per_status, collected


def _country_key() -> ColumnElement[str]:
    return func.coalesce(func.nullif(address_country.c.country_code, ""), NO_COUNTRY)


def _by_country(session: Session, campaign_id: int, alone: bool, orders: int) -> tuple[Counter[str], Counter[str]]:
    """Orders per destination country, all pledges and collected ones ("(none)": no address or no country).

    When the file holds this campaign alone, all pledges are counted from the addresses' country index
    without reading the orders, and the collected ones as all pledges less the (few) others."""
    key = _country_key()
    everyone: Counter[str] = Counter()
    collected: Counter[str] = Counter()
    if alone:
        for country, n in session.execute(select(Address.country_code, func.count()).group_by(Address.country_code)):
            everyone[country or NO_COUNTRY] += n
        if orders > everyone.total():  # orders without an address
            everyone[NO_COUNTRY] += orders - everyone.total()
        collected.update(everyone)
        not_collected = (
            select(key, func.count())
            .select_from(Order)
            .outerjoin(address_country, address_country.c.order_id == Order.id)
            .where(Order.campaign_id == campaign_id, Order.status != PledgeStatus.COLLECTED)
            .group_by(key)
        )
        collected.subtract(dict(session.execute(not_collected).all()))
    else:
        is_collected = case((Order.status == PledgeStatus.COLLECTED, 1), else_=0)
        for country, n, n_collected in session.execute(
            select(key, func.count(), func.sum(is_collected))
            .select_from(Order)
            .outerjoin(address_country, address_country.c.order_id == Order.id)
            .where(Order.campaign_id == campaign_id)
            .group_by(key)
        ):
            everyone[country] += n
            collected[country] += int(n_collected or 0)
    return everyone, +collected


def _parcels_by_status(session: Session, campaign_id: int, alone: bool) -> Counter[str]:
    """Parcels per status, from the (status, …) index alone when the file holds this campaign alone."""
    query = select(Shipment.status, func.count()).group_by(Shipment.status)
    if not alone:
        query = query.join(Order, Order.id == Shipment.order_id).where(Order.campaign_id == campaign_id)
    return Counter({status.value: n for status, n in session.execute(query)})


def _orders_with_problems(session: Session, campaign_id: int) -> Counter[str]:
    """Orders with at least one problem of each severity: read from the problems, the fewer rows."""
    query = (
        select(OrderProblem.severity, func.count(func.distinct(OrderProblem.order_id)))
        .join(Order, Order.id == OrderProblem.order_id)
        .where(checked_per_row(Order.campaign_id) == campaign_id)
        .group_by(OrderProblem.severity)
    )
    return Counter({str(getattr(severity, "value", severity)): n for severity, n in session.execute(query)})


def _largest_first(counts: Counter[str]) -> dict[str, int]:
    """Counts per key, largest first, then by key (keys with no count left out)."""
    return {key: n for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if n > 0}


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
