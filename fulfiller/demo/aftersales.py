"""After-sales in the demo: replacement requests in every state, for whole kits and for single parts,
and carrier claims for lost and damaged parcels, made through the after-sales services and the pack
station on the days the team made them.

The story needs a few parcels of wave 1 to have gone a certain way (lost, damaged, delivered without a
part); `choose` picks them and says how they went, before the wave is packed, and `tell` then logs,
decides, reships and closes the requests and opens and follows the claims, in the order it happened.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from fulfiller.db.models import Address, Item, Shipment, ShipmentLine
from fulfiller.demo.catalogue import Catalogue
from fulfiller.demo.clock import happened_at
from fulfiller.demo.shipments import Fate
from fulfiller.demo.tracking import carrier_for
from fulfiller.demo.warehousing import DEMO_OPERATOR
from fulfiller.domain.aftersales import ClaimStatus
from fulfiller.domain.enums import ReplacementReason, ShipmentStatus
from fulfiller.domain.order_codes import order_code
from fulfiller.services.aftersales.claims import open_claim, update_claim
from fulfiller.services.aftersales.requests import WHOLE_KIT, close_request, create_reship, decide, log_request
from fulfiller.services.shipping.pack_station import finish, open_order, tick
from fulfiller.services.shipping.parcels import change_status

S, Why = ShipmentStatus, ReplacementReason
WHOLE = None  # a request for the whole kit (its lines: the order's checklist)


@dataclass(frozen=True)
class Request:
    reason: ReplacementReason
    parts: tuple[tuple[str, int], ...] | None  # (SKU, units), or WHOLE
    evidence: str
    logged: datetime
    decided: datetime | None = None  # approved (its reship made then) or rejected
    rejected_because: str = ""
    packed: datetime | None = None  # the reship, at the pack station
    shipped: bool = False  # shipped when packed, with its tracking number
    delivered: datetime | None = None
    closed: datetime | None = None
    closing_note: str = ""


@dataclass(frozen=True)
class Claim:
    opened: datetime
    deadline: date
    note: str
    submitted: datetime | None = None
    paid: datetime | None = None


@dataclass(frozen=True)
class Case:
    fate: Fate
    request: Request | None = None
    claim: Claim | None = None


def _at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, month, day, hour, minute)


LOST_NOTE, DAMAGE_NOTE = "no scan for three weeks", "the backer sent photos of the damage"
# Most needed first: a demo too small for every case has the first ones.
CASES: tuple[Case, ...] = (
    Case(  # lost, reshipped whole and delivered, closed; the carrier paid the claim
        Fate(_at(9, 9, 10, 40), S.LOST, ended=_at(9, 30, 11), note="the carrier closed its trace: lost"),
        Request(
            Why.LOST_IN_TRANSIT,
            WHOLE,
            "Last scan on 9 September at the sorting centre; the carrier's trace was closed as lost.",
            _at(10, 1, 9, 30),
            decided=_at(10, 1, 9, 45),
            packed=_at(10, 2, 15, 10),
            shipped=True,
            delivered=_at(10, 6, 13),
            closed=_at(10, 8, 10),
            closing_note="The backer confirmed the replacement arrived.",
        ),
        Claim(
            _at(10, 1, 10),
            date(2025, 11, 8),
            "Lost in transit: the declared value of the kit.",
            submitted=_at(10, 2, 11),
            paid=_at(10, 15, 16),
        ),
    ),
    Case(  # damaged lamp: the reship is packed, waiting for the carrier; the claim is filed
        Fate(_at(9, 10, 11, 20), S.DAMAGED, _at(9, 15, 14), _at(10, 13, 9), DAMAGE_NOTE),
        Request(
            Why.DAMAGED,
            (("AUR-LAMP-WH", 1),),
            "Photos: the lamp's arm snapped at the hinge; one corner of the carton crushed.",
            _at(10, 13, 9, 20),
            decided=_at(10, 14, 10),
            packed=_at(10, 17, 14, 30),
        ),
        Claim(_at(10, 13, 10), date(2025, 10, 24), "Damaged in transit: the lamp.", submitted=_at(10, 14, 11, 30)),
    ),
    Case(  # lost: approved, the whole kit waits on the ready list; the claim is still to be filed
        Fate(_at(9, 12, 9, 50), S.LOST, ended=_at(10, 14, 16), note=LOST_NOTE),
        Request(
            Why.LOST_IN_TRANSIT,
            WHOLE,
            "Tracking stuck at the depot since 15 September; nothing arrived.",
            _at(10, 15, 10, 10),
            decided=_at(10, 16, 9, 15),
        ),
        Claim(_at(10, 15, 10, 30), date(2025, 10, 22), "Lost in transit: file with the tracking history."),
    ),
    Case(  # no cable in the box: logged this morning, to be decided
        Fate(_at(9, 16, 15), S.DELIVERED, _at(9, 19, 12)),
        Request(
            Why.MISSING_PART,
            (("AUR-CBL-150", 1),),
            "No USB-C cable in the box (photo of the open box).",
            _at(10, 20, 9, 5),
        ),
    ),
    Case(  # a cable the backer had overlooked
        Fate(_at(9, 10, 14), S.DELIVERED, _at(9, 14, 11)),
        Request(
            Why.MISSING_PART,
            (("AUR-CBL-150", 1),),
            "The backer writes that the cable is missing.",
            _at(10, 8, 15),
            decided=_at(10, 10, 10),
            rejected_because="The cable sits in the flap under the lamp's tray: the backer found it.",
        ),
    ),
    Case(  # soaked and crushed: the whole kit asked for; the claim is filed
        Fate(_at(9, 17, 10), S.DAMAGED, _at(9, 22, 15), _at(10, 17, 11), DAMAGE_NOTE),
        Request(
            Why.DAMAGED, WHOLE, "The carton came soaked and crushed; the lamp does not switch on.", _at(10, 17, 17, 30)
        ),
        Claim(_at(10, 17, 17, 45), date(2025, 11, 17), "Water damage: the whole parcel.", submitted=_at(10, 20, 9, 30)),
    ),
    Case(  # no power adapter: approved, the adapter waits on the ready list
        Fate(_at(9, 11, 13), S.DELIVERED, _at(9, 15, 10)),
        Request(
            Why.MISSING_PART,
            (("AUR-PSU-30W", 1),),
            "The box held the lamp and the cable but no power adapter.",
            _at(10, 16, 11),
            decided=_at(10, 17, 9, 30),
        ),
    ),
    Case(  # lost, and its claim's deadline passed before anyone filed it
        Fate(_at(9, 11, 9, 30), S.LOST, ended=_at(10, 6, 10), note=LOST_NOTE),
        claim=Claim(_at(10, 6, 11), date(2025, 10, 17), "Lost in transit: to be filed."),
    ),
)


@dataclass
class _Told:
    """What the services handed back for one case, for its later steps."""

    parcel_id: int
    case: Case
    request_id: int = 0
    reship_id: int = 0
    claim_id: int = 0
    steps: list[tuple[datetime, Callable[[], None]]] = field(default_factory=list)


class AfterSales:
    def __init__(self, rng: random.Random, catalogue: Catalogue, warehouse_code: str) -> None:
        self.rng = rng
        self.campaign_id = catalogue.campaign_id
        self.warehouse_code = warehouse_code
        self._items = catalogue.item_ids
        self._chosen: dict[int, Case] = {}

    def choose(self, session: Session, wave_id: int) -> dict[int, Fate]:
        """The parcels of the wave the story is about, and how each went."""
        parcels = list(session.scalars(select(Shipment.id).where(Shipment.wave_id == wave_id).order_by(Shipment.id)))
        picked = self.rng.sample(parcels, min(len(parcels), len(CASES)))
        self._chosen = dict(zip(picked, CASES, strict=False))
        return {parcel_id: case.fate for parcel_id, case in self._chosen.items()}

    def tell(self, session: Session) -> None:
        """Every step of every case, in the order they happened, each on its own day."""
        told = [self._steps(session, _Told(parcel_id, case)) for parcel_id, case in self._chosen.items()]
        for moment, step in sorted((s for t in told for s in t.steps), key=lambda s: s[0]):
            with happened_at(session, moment):
                step()

    def _steps(self, session: Session, t: _Told) -> _Told:
        request, claim = t.case.request, t.case.claim
        if request is not None:
            self._request_steps(session, t, request)
        if claim is not None:
            t.steps.append((claim.opened, lambda: self._open_claim(session, t, claim)))
            if claim.submitted:
                number = f"CLM-{t.parcel_id * 7_919 % 10**7:07d}"
                t.steps.append((claim.submitted, lambda: self._claim(session, t, ClaimStatus.SUBMITTED, number)))
            if claim.paid:
                t.steps.append((claim.paid, lambda: self._claim(session, t, ClaimStatus.PAID)))
        return t

    def _request_steps(self, session: Session, t: _Told, r: Request) -> None:
        t.steps.append((r.logged, lambda: self._log(session, t, r)))
        if r.decided:
            t.steps.append((r.decided, lambda: self._decide(session, t, r)))
        if r.packed:
            t.steps.append((r.packed, lambda: self._pack_reship(session, t, r.shipped)))
        if r.delivered:
            t.steps.append(
                (r.delivered, lambda: change_status(session, t.reship_id, S.DELIVERED, operator=DEMO_OPERATOR))
            )
        if r.closed:
            t.steps.append(
                (r.closed, lambda: close_request(session, t.request_id, operator=DEMO_OPERATOR, note=r.closing_note))
            )

    def _log(self, session: Session, t: _Told, r: Request) -> None:
        order_id = session.scalar(select(Shipment.order_id).where(Shipment.id == t.parcel_id))
        assert order_id is not None
        lines = WHOLE_KIT if r.parts is WHOLE else {self._items[sku]: units for sku, units in r.parts}
        t.request_id = log_request(session, order_id, r.reason, lines, r.evidence, operator=DEMO_OPERATOR,
                                   shipment_id=t.parcel_id)  # fmt: skip

    def _decide(self, session: Session, t: _Told, r: Request) -> None:
        approve = not r.rejected_because
        decision = decide(session, [t.request_id], approve, operator=DEMO_OPERATOR, note=r.rejected_because)
        if decision.refused:
            raise ValueError(f"the demo's request {t.request_id} could not be decided: {decision.describe()}")
        if approve:
            t.reship_id = create_reship(session, t.request_id, operator=DEMO_OPERATOR)

    def _pack_reship(self, session: Session, t: _Told, ship: bool) -> None:
        """The reship at the pack station: every item ticked, packed (and shipped with its label)."""
        order_id, country = session.execute(
            select(Shipment.order_id, Address.country_code)
            .outerjoin(Address, Address.order_id == Shipment.order_id)
            .where(Shipment.id == t.reship_id)
        ).one()
        pack = open_order(session, order_code(order_id), campaign_id=self.campaign_id)
        for index, line in enumerate(pack.state.lines):
            while not line.done:
                tick(pack, index)
        carrier = number = ""
        if ship:
            carrier, _service, number = carrier_for(self.warehouse_code, country or "", t.reship_id)
        finish(session, pack, number, operator=DEMO_OPERATOR, ship=ship, carrier=carrier or None)

    def _open_claim(self, session: Session, t: _Told, claim: Claim) -> None:
        lines = session.execute(
            select(Item.customs_value, ShipmentLine.quantity)
            .join(Item, Item.id == ShipmentLine.item_id)
            .where(ShipmentLine.shipment_id == t.parcel_id, Item.is_stock)
        )
        amount = sum(((value or Decimal(0)) * quantity for value, quantity in lines), Decimal("0.00"))
        t.claim_id = open_claim(session, t.parcel_id, "", "", amount, "USD", claim.deadline, operator=DEMO_OPERATOR,
                                note=claim.note)  # fmt: skip

    def _claim(self, session: Session, t: _Told, status: ClaimStatus, number: str | None = None) -> None:
        update_claim(session, t.claim_id, operator=DEMO_OPERATOR, status=status, claim_id=number)
