"""The demo in mid-fulfilment, six weeks after the first parcels left: three waves out (one packed at the
team's own station and mostly delivered, one with a partner in Shenzhen, one at ShipStation), a fourth
being packed today, orders still waiting for a wave, and the after-sales that follow: replacement
requests and carrier claims.
"""

from __future__ import annotations

import random

from sqlalchemy.orm import Session

from fulfiller.demo.aftersales import AfterSales
from fulfiller.demo.catalogue import Catalogue
from fulfiller.demo.handing_out import HandingOut
from fulfiller.demo.shipments import OwnStation
from fulfiller.demo.waves import LABEL_TOOL_WAVE, OWN_STATION, PACKING_TODAY, PARTNER_WAVE, create_waves


def create_fulfilment(session: Session, catalogue: Catalogue, seed: int) -> None:
    """After the backers, their problems and the stock: the waves and what became of their parcels.

    Its own random stream, so the backers stay the same whatever the fulfilment draws."""
    rng = random.Random(f"{seed}/fulfilment")
    waves = create_waves(session, catalogue)
    story = AfterSales(rng, catalogue, OWN_STATION.warehouse)
    if OWN_STATION in waves:
        fates = story.choose(session, waves[OWN_STATION])
        OwnStation(rng, catalogue, OWN_STATION.warehouse).pack_wave(session, waves[OWN_STATION], fates)
    sending = HandingOut(rng, catalogue)
    if PARTNER_WAVE in waves:
        sending.to_partner(session, waves[PARTNER_WAVE], PARTNER_WAVE.warehouse)
    if LABEL_TOOL_WAVE in waves:
        sending.to_label_tool(session, waves[LABEL_TOOL_WAVE])
    if PACKING_TODAY in waves:
        OwnStation(rng, catalogue, PACKING_TODAY.warehouse).pack_today(session, waves[PACKING_TODAY])
    story.tell(session)
