"""The demo's waves, made by the waves service on the days the team made them.

Wave 1 took Europe's orders without any problem, packed and shipped at the team's own pack station in
Rotterdam; wave 2 East Asia's, sent to a fulfilment house in Shenzhen; wave 3 the Americas', sent to
ShipStation for labels; wave 4, made this morning, the Sydney warehouse's orders without any problem,
being packed there now. The orders a wave left out (an address error, or in Europe and Asia-Pacific a
warning) wait for a wave still.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from fulfiller.demo.catalogue import Catalogue
from fulfiller.demo.clock import happened_at
from fulfiller.demo.warehousing import DEMO_OPERATOR
from fulfiller.domain.errors import UserError
from fulfiller.services.shipping.waves import WaveChoice, create_wave


@dataclass(frozen=True)
class WaveSpec:
    name: str
    warehouse: str  # the warehouse's code
    problem_free: bool  # warnings left out too
    made: datetime
    planned_ship_date: date


OWN_STATION = WaveSpec("Wave 1: Europe", "EU", True, datetime(2025, 9, 8, 9, 0), date(2025, 9, 12))
PARTNER_WAVE = WaveSpec("Wave 2: East Asia", "CN", False, datetime(2025, 9, 29, 10, 0), date(2025, 10, 6))
LABEL_TOOL_WAVE = WaveSpec("Wave 3: Americas", "US", False, datetime(2025, 10, 15, 10, 0), date(2025, 10, 22))
PACKING_TODAY = WaveSpec("Wave 4: Asia-Pacific", "APAC", True, datetime(2025, 10, 20, 8, 30), date(2025, 10, 22))
WAVES = (OWN_STATION, PARTNER_WAVE, LABEL_TOOL_WAVE, PACKING_TODAY)


def create_waves(session: Session, catalogue: Catalogue) -> dict[WaveSpec, int]:
    """Each wave that has an order to ship, by its id; a demo too small for one has none."""
    made = {}
    for spec in WAVES:
        choice = WaveChoice(warehouse_id=catalogue.warehouse_ids[spec.warehouse], problem_free=spec.problem_free)
        try:
            with happened_at(session, spec.made):
                summary = create_wave(session, catalogue.campaign_id, spec.name, choice,
                                      planned_ship_date=spec.planned_ship_date, operator=DEMO_OPERATOR)  # fmt: skip
        except UserError:  # no order of that warehouse can ship
            continue
        made[spec] = summary.waves[0].wave_id
    return made
