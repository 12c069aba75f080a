"""Campaigns in a database: list, create, and pick the one a command or window works on."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import Campaign, Order
from fulfiller.domain.enums import AuditAction, Platform
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import message
from fulfiller.services.audit import record


@dataclass(frozen=True)
class CampaignInfo:
    id: int
    name: str
    platform: str
    currency: str
    orders: int


def only_campaign_with_orders(session: Session, campaign_id: int) -> bool:
    """No other campaign has orders in this file (the usual case): every order, address and parcel in it
    is then this campaign's, and a count need not check each one. Two seeks in the orders' campaign index."""
    other = select(Order.id).where((Order.campaign_id < campaign_id) | (Order.campaign_id > campaign_id)).limit(1)
    return session.scalar(other) is None


def list_campaigns(session: Session) -> list[CampaignInfo]:
    counts = select(Order.campaign_id, func.count(Order.id).label("n")).group_by(Order.campaign_id).subquery()
    rows = session.execute(
        select(Campaign, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.campaign_id == Campaign.id)
        .order_by(Campaign.id)
    )
    return [CampaignInfo(c.id, c.name, c.platform.value, c.currency, int(n)) for c, n in rows]


def create_campaign(
    session: Session,
    name: str,
    *,
    operator: str,
    platform: Platform = Platform.KICKSTARTER,
    currency: str = "USD",
) -> int:
    name = name.strip()
    if not name:
        raise UserError(message("campaign.no_name", "A campaign needs a name."))
    if session.scalar(select(func.count()).where(Campaign.name == name)):
        raise UserError(
            message("campaign.name_taken", "There is already a campaign named {name!r} in this database.", name=name)
        )
    currency = currency.strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        raise UserError(
            message(
                "campaign.not_a_currency",
                "{currency!r} is not a three-letter currency code such as USD or EUR.",
                currency=currency,
            )
        )
    campaign = Campaign(name=name, platform=platform, currency=currency)
    session.add(campaign)
    session.flush()
    record(session, operator, AuditAction.CREATE, "campaign", campaign.id, new=name)
    return campaign.id


def resolve_campaign(session: Session, selector: str | None) -> CampaignInfo:
    """The campaign named or numbered by `selector`, or the only one when there is just one."""
    campaigns = list_campaigns(session)
    if not campaigns:
        raise UserError(
            message("campaign.none_yet", "The database holds no campaign yet; create one or import backers first.")
        )
    if selector is None:
        if len(campaigns) == 1:
            return campaigns[0]
        listing = "; ".join(f"{c.id}: {c.name}" for c in campaigns)
        raise UserError(
            message(
                "campaign.pick_one",
                "The database holds {count} campaigns; pick one with --campaign ({listing}).",
                count=len(campaigns),
                listing=listing,
            )
        )
    for campaign in campaigns:
        if selector == str(campaign.id) or selector.casefold() == campaign.name.casefold():
            return campaign
    raise UserError(message("campaign.no_such", "No campaign {selector!r} in this database.", selector=selector))
