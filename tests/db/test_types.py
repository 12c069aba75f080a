from decimal import Decimal
from pathlib import Path

from sqlalchemy import text

from fulfiller.db.engine import open_database, session_factory
from fulfiller.db.models import Campaign, RewardTier


def test_money_keeps_every_digit(db_path: Path) -> None:
    engine = open_database(db_path, create=True)
    sessions = session_factory(engine)
    with sessions.begin() as session:
        campaign = Campaign(name="Exact")
        session.add(campaign)
        session.flush()
        session.add(RewardTier(campaign_id=campaign.id, title="Tier", minimum=Decimal("1000.10"), currency="SEK"))
    with sessions() as session:
        tier = session.query(RewardTier).one()
        assert tier.minimum == Decimal("1000.10")
        assert isinstance(tier.minimum, Decimal)
        stored = session.execute(text("SELECT minimum, typeof(minimum) FROM reward_tier")).one()
        assert tuple(stored) == ("1000.10", "text")
