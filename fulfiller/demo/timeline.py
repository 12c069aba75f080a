"""When the demo's fulfilment happened: the campaign's own calendar, six weeks after the first parcels.

The pledges came in March 2025 and the goods reached the warehouses in August; the first wave left on
8 September. The demo shows the campaign as the team sees it on the afternoon of `DEMO_NOW`: nothing in
it happened later, and the deadlines of its carrier claims are counted from that day.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

DEMO_NOW = datetime(2025, 10, 20, 16, 0)
DEMO_TODAY = DEMO_NOW.date()
_WORK_STARTS, _WORK_HOURS = time(8, 0), 10


def work_moment(rng: random.Random, first: date, last: date) -> datetime:
    """A moment in working hours (Monday to Friday, 8:00 to 18:00) between two days, to the minute."""
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    day = rng.choice([d for d in days if d.weekday() < 5] or days)
    minutes = rng.randrange(_WORK_HOURS * 60)
    return datetime.combine(day, _WORK_STARTS) + timedelta(minutes=minutes)


def later(rng: random.Random, after: datetime, low_days: float, high_days: float) -> datetime:
    """A moment some days after another, to the minute."""
    return (after + timedelta(days=rng.uniform(low_days, high_days))).replace(second=0, microsecond=0)
