"""Put a demo campaign into a database file that holds nothing yet."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from fulfiller.demo.campaign import create_demo_campaign
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import message
from fulfiller.domain.progress import Cancel, Progress
from fulfiller.services.campaigns import list_campaigns
from fulfiller.services.database import open_db
from fulfiller.services.planning.shipping_cost import add_rate_zone, set_rate_band
from fulfiller.services.planning.warehouses import list_warehouses


@dataclass(frozen=True)
class DemoOutcome:
    path: Path
    campaign_id: int
    created: bool
    message: str


def make_demo_database(
    path: Path,
    *,
    backers: int,
    seed: int = 7,
    operator: str = "demo",
    reuse_existing: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> DemoOutcome:
    """Create the demo in `path`; a file that already holds a campaign is never written to."""
    db = open_db(path, create=True)
    try:
        with db.reading() as session:
            existing = list_campaigns(session)
        if existing:
            if reuse_existing:
                return DemoOutcome(path, existing[0].id, False, f"Using the campaign already in {path}.")
            raise UserError(
                message(
                    "demo.database_in_use",
                    "{path} already holds {count} campaign(s); the demo is written only into a new "
                    "or empty database (choose another --db, or add --open to open this one).",
                    path=path,
                    count=len(existing),
                )
            )
        with db.transaction() as session:
            campaign_id = create_demo_campaign(
                session, backers=backers, seed=seed, operator=operator, progress=progress, cancel=cancel
            )
            add_demo_rates(session, campaign_id, operator=operator)
    finally:
        db.close()
    return DemoOutcome(path, campaign_id, True, f"Created a demo campaign with {backers} backers in {path}.")


# Made-up parcel rates: a cheaper zone for the warehouse's own region, the rest of the world dearer.
_DEMO_BANDS = ((500, "6.50", "14.00"), (2000, "9.80", "24.00"), (5000, "15.00", "39.00"))


def add_demo_rates(session: Session, campaign_id: int, *, operator: str) -> None:
    for warehouse in list_warehouses(session, campaign_id):
        near = add_rate_zone(session, warehouse.id, "Region", " ".join(c for c in warehouse.countries if c != "*"),
                             operator=operator)  # fmt: skip
        far = add_rate_zone(session, warehouse.id, "World", "*", operator=operator)
        for max_g, near_cost, far_cost in _DEMO_BANDS:
            set_rate_band(session, near, max_g, near_cost, "USD", operator=operator)
            set_rate_band(session, far, max_g, far_cost, "USD", operator=operator)
