"""The services' shared fixture: the demo campaign and a small one side by side in one file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from fulfiller.services.campaigns import resolve_campaign
from fulfiller.services.database import open_db
from tests.services.kit_campaign import Small
from tests.services.reference import add_a_second_campaign, stir_the_demo


@dataclass
class TwoCampaigns:
    session: Session
    demo: int
    small: Small

    @property
    def both(self) -> tuple[int, int]:
        return self.demo, self.small.campaign_id


@pytest.fixture
def two_campaigns(demo_db_path: Path) -> Iterator[TwoCampaigns]:
    """The demo (with a merged order, an order without an address, one without a country and one with an
    extra line) and the small lamp campaign in the same file: what each counts must be its own."""
    db = open_db(demo_db_path)
    try:
        with db.transaction() as session:
            demo = resolve_campaign(session, None).id
            stir_the_demo(session, demo)
            yield TwoCampaigns(session, demo, add_a_second_campaign(session))
    finally:
        db.close()
