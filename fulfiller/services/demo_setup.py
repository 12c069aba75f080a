"""Put a demo campaign into a database file that holds nothing yet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fulfiller.domain.errors import UserError
from fulfiller.services.campaigns import list_campaigns
from fulfiller.services.database import open_db
from fulfiller.services.demo import create_demo_campaign
from fulfiller.services.validation import revalidate_campaign


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
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
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
                f"{path} already holds {len(existing)} campaign(s); the demo is written only into a new "
                "or empty database (choose another --db, or add --open to open this one)."
            )
        with db.transaction() as session:
            campaign_id = create_demo_campaign(
                session, backers=backers, seed=seed, operator=operator, progress=progress, cancel=cancel
            )
            # The same rules as an import, so the demo shows exactly what a real export would.
            revalidate_campaign(session, campaign_id)
    finally:
        db.close()
    return DemoOutcome(path, campaign_id, True, f"Created a demo campaign with {backers} backers in {path}.")
