"""Create the demo campaign: catalogue and warehouses, then the backers chunk by chunk, the stock they need,
and the campaign a few weeks into fulfilment."""

from __future__ import annotations

import random

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import Campaign
from fulfiller.demo.backers import Backers
from fulfiller.demo.catalogue import create_catalogue
from fulfiller.demo.fulfilment import create_fulfilment
from fulfiller.demo.rows import Ids
from fulfiller.demo.warehousing import create_received_stock, create_warehouses
from fulfiller.domain.clock import utcnow
from fulfiller.domain.enums import AuditAction
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import message
from fulfiller.domain.progress import Cancel, Progress, stop_if_cancelled
from fulfiller.services.audit import record
from fulfiller.services.validation import revalidate_campaign

# Backers per round of inserts: memory stays flat for 250,000 backers, and cancel and progress are checked
# between rounds.
CHUNK_SIZE = 5_000


def create_demo_campaign(
    session: Session,
    *,
    backers: int = 500,
    seed: int = 7,
    name: str = "Demo: Aurora Desk Lamp",
    operator: str = "demo",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """Add a demo campaign with `backers` backers to the session (not committed); return its id.

    The same seed makes the same campaign. Nothing is committed: the caller owns the transaction (and rolls
    it back when the demo is cancelled).
    """
    if backers < 0:
        raise ValueError("The number of backers cannot be negative.")
    _check_name_is_free(session, name)
    ids = Ids(session)
    catalogue = create_catalogue(session, ids, name, utcnow())
    create_warehouses(session, ids, catalogue)
    generator = Backers(random.Random(seed), catalogue, ids, backers, seed)
    for start in range(0, backers, CHUNK_SIZE):
        stop_if_cancelled(cancel, "Creating the demo campaign")
        end = min(start + CHUNK_SIZE, backers)
        generator.rows_for(start, end).insert_into(session)
        if progress is not None:
            progress(end, backers)
    stop_if_cancelled(cancel, "Creating the demo campaign")
    # Delivered after the pledges are known: each shelf holds what the orders need, plus spares.
    create_received_stock(session, catalogue, generator.demand)
    # The same rules as an import, so the demo shows exactly what a real export would, and its waves leave
    # out the orders those rules find wrong.
    revalidate_campaign(session, catalogue.campaign_id)
    stop_if_cancelled(cancel, "Creating the demo campaign")
    create_fulfilment(session, catalogue, seed)
    new = f"{name} (demo: {backers} backers, seed {seed})"
    record(session, operator, AuditAction.CREATE, "campaign", catalogue.campaign_id, new=new)
    return catalogue.campaign_id


def _check_name_is_free(session: Session, name: str) -> None:
    if session.scalar(select(func.count()).where(Campaign.name == name)):
        raise UserError(
            message("campaign.name_taken", "There is already a campaign named {name!r} in this database.", name=name)
        )
