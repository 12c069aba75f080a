"""The waves packed at the team's own pack stations.

Wave 1 (Europe) was packed weeks ago: by now mostly delivered, a few still on their way, some lost,
damaged or returned, a few held back at the backer's request. Each parcel went the way the pack station
takes it (the tracking number scanned, packed with every item, shipped, in one moment), then as the
carrier reported: delivered, lost, returned, or delivered and then reported damaged. The parcels the
after-sales story needs are given their fates beforehand.

Wave 4 (Asia-Pacific) is being packed today: some boxes are packed and wait for the carrier's pickup
(their labels come then), the rest are on the ready list, and one went back to pending when its backer
wrote with a new address.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from fulfiller.demo.catalogue import ITEMS, Catalogue
from fulfiller.demo.parcels import Ledger, Parcel, wave_parcels
from fulfiller.demo.timeline import DEMO_NOW, DEMO_TODAY, later, work_moment
from fulfiller.demo.tracking import carrier_for
from fulfiller.domain.enums import ShipmentStatus

S = ShipmentStatus
PACKAGING_G = 350
PACKING_DAYS = (date(2025, 9, 9), date(2025, 9, 19))
PACKED_TODAY, BACK_TO_PENDING = 0.35, 0.03  # of the wave being packed today
# How a parcel of the wave ended up, for those the story does not choose: share of parcels.
HELD, LOST, DAMAGED, RETURNED = 0.008, 0.006, 0.005, 0.004
# Days from shipping to the door (lowest, highest): the Netherlands, the UPS countries, the rest of the
# EU, and farther (the warehouse serves the Middle East and Africa too).
_TRANSIT_DAYS = {"NL": (1, 2), "GB": (2, 5), "CH": (2, 5), "NO": (2, 5)}
_EU = {"IE", "FR", "DE", "BE", "ES", "PT", "IT", "AT", "SE", "DK", "FI", "PL", "CZ", "HU", "GR"}
_NEAR, _FAR = (2, 6), (6, 45)


@dataclass(frozen=True)
class Fate:
    """How a parcel the story needs went: packed and shipped, delivered, and then lost or damaged."""

    shipped: datetime
    outcome: ShipmentStatus  # DELIVERED, LOST or DAMAGED
    delivered: datetime | None = None
    ended: datetime | None = None  # when it was found lost, or reported damaged
    note: str = ""


class OwnStation:
    def __init__(self, rng: random.Random, catalogue: Catalogue, warehouse_code: str) -> None:
        self.rng = rng
        self.warehouse_code = warehouse_code
        self._weights = {catalogue.item_ids[s.sku]: s.weight_g for s in ITEMS}
        self._stock_items = catalogue.stock_item_ids()

    def pack_wave(self, session: Session, wave_id: int, fates: dict[int, Fate]) -> None:
        for parcels in wave_parcels(session, wave_id):
            ledger = Ledger(self._stock_items)
            for parcel in parcels:
                fate = fates.get(parcel.id)
                if fate is not None:
                    self._follow(ledger, parcel, fate)
                else:
                    self._send(ledger, parcel)
            ledger.write(session, parcels)

    def pack_today(self, session: Session, wave_id: int) -> None:
        """Part of the wave packed this morning (not shipped yet), one back to pending, the rest ready."""
        ids = [p.id for parcels in wave_parcels(session, wave_id) for p in parcels]
        pending = set(self.rng.sample(ids, max(1, round(BACK_TO_PENDING * len(ids))))) if len(ids) >= 4 else set()
        rest = [i for i in ids if i not in pending]
        packed = set(self.rng.sample(rest, round(PACKED_TODAY * len(rest))))
        for parcels in wave_parcels(session, wave_id):
            ledger = Ledger(self._stock_items)
            for parcel in parcels:
                at = work_moment(self.rng, DEMO_TODAY, DEMO_TODAY).replace(hour=9 + self.rng.randrange(6))
                if parcel.id in packed:
                    self._pack(ledger, parcel, at)
                elif parcel.id in pending:
                    ledger.move(parcel, S.PENDING, at, "the backer wrote with a new address: to check before packing")
            ledger.write(session, parcels)

    def _send(self, ledger: Ledger, parcel: Parcel) -> None:
        draw = self.rng.random()
        if draw < HELD:
            at = later(self.rng, parcel.changed_at, 0.2, 3)
            ledger.move(parcel, S.ON_HOLD, at, "the backer asked us to wait: moving house")
            return
        shipped = work_moment(self.rng, *PACKING_DAYS)
        self._pack_and_ship(ledger, parcel, shipped)
        draw -= HELD
        if draw < LOST:
            self._arrive(ledger, parcel, S.LOST, later(self.rng, shipped, 21, 30), "no scan for three weeks")
        elif draw < LOST + DAMAGED:
            delivered = self._arrive(ledger, parcel, S.DELIVERED, later(self.rng, shipped, *self._transit(parcel)))
            if delivered:
                self._arrive(ledger, parcel, S.DAMAGED, later(self.rng, parcel.changed_at, 0.3, 4),
                             "the backer sent photos of the damage")  # fmt: skip
        elif draw < LOST + DAMAGED + RETURNED:
            self._arrive(ledger, parcel, S.RETURNED, later(self.rng, shipped, 8, 16), "returned: addressee unknown")
        else:
            self._arrive(ledger, parcel, S.DELIVERED, later(self.rng, shipped, *self._transit(parcel)))

    def _follow(self, ledger: Ledger, parcel: Parcel, fate: Fate) -> None:
        self._pack_and_ship(ledger, parcel, fate.shipped)
        if fate.delivered is not None:
            ledger.move(parcel, S.DELIVERED, fate.delivered)
        if fate.ended is not None:
            ledger.move(parcel, fate.outcome, fate.ended, fate.note)

    def _pack_and_ship(self, ledger: Ledger, parcel: Parcel, at: datetime) -> None:
        """As the pack station finishes a box: the tracking number, packed (the goods leave the shelf), shipped."""
        carrier, service, number = carrier_for(self.warehouse_code, parcel.country, parcel.id)
        ledger.track(parcel, carrier, service, number, at)
        self._pack(ledger, parcel, at)
        ledger.move(parcel, S.SHIPPED, at, "pack station")

    def _pack(self, ledger: Ledger, parcel: Parcel, at: datetime) -> None:
        ledger.move(parcel, S.PACKED, at, "pack station: every item scanned")
        ledger.take_off_shelf(parcel, at)
        parcel.weight_g = PACKAGING_G + sum(self._weights[item] * quantity for item, quantity in parcel.lines)

    def _arrive(self, ledger: Ledger, parcel: Parcel, status: ShipmentStatus, at: datetime, note: str = "") -> bool:
        """The carrier's news, if it came before today; else the parcel is still on its way."""
        if at > DEMO_NOW:
            return False
        ledger.move(parcel, status, at, note)
        return True

    def _transit(self, parcel: Parcel) -> tuple[float, float]:
        if parcel.country in _TRANSIT_DAYS:
            return _TRANSIT_DAYS[parcel.country]
        return _NEAR if parcel.country in _EU else _FAR
