"""Waves: the orders to ship now, chosen by tier, warehouse and country, get their parcels in one step.

A wave has a name and a planned ship date and is split by warehouse (one wave each, so each
warehouse's pick and pack list is its own). Every order the choice names either gets a parcel or is
left out with its reason: the pledge was not collected, it ships inside another order, it has a
parcel already, its address has an error (or, with `problem_free`, a warning), its reward has no kit,
it has no warehouse. The parcels are made "ready", with the lines of each order's checklist.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session

from fulfiller.db.models import Address, Order, OrderProblem, Shipment, ShipmentLine, ShipmentStatusChange, Warehouse
from fulfiller.db.models import Wave as WaveRecord
from fulfiller.domain.clock import utcnow
from fulfiller.domain.countries import resolve_country
from fulfiller.domain.enums import AuditAction, PledgeStatus, Severity, ShipmentStatus
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import Message, joined, message
from fulfiller.logs import log_event
from fulfiller.services.audit import record, signed_by
from fulfiller.services.catalogue.checklist import checklists_for, chunks

# Why an order chosen for a wave gets no parcel, in the order they are checked.
LEFT_OUT_REASONS = ("not_collected", "merged", "has_parcel", "address_error", "warning", "no_kit", "no_warehouse")


@dataclass(frozen=True)
class WaveChoice:
    """Which orders: all that can ship now unless narrowed by tier, warehouse or country."""

    tier_id: int | None = None
    warehouse_id: int | None = None
    country: str | None = None  # an ISO code or a country's name
    problem_free: bool = False  # leave out orders with warnings too (errors always are)

    def described(self) -> str:
        return json.dumps({k: v for k, v in self.__dict__.items() if v not in (None, False)}, ensure_ascii=False)


@dataclass
class WavePlan:
    by_warehouse: dict[int, list[int]] = field(default_factory=dict)  # warehouse id -> order ids
    left_out: dict[str, list[int]] = field(default_factory=lambda: {r: [] for r in LEFT_OUT_REASONS})

    @property
    def orders(self) -> int:
        return sum(len(ids) for ids in self.by_warehouse.values())

    def left_out_counts(self) -> dict[str, int]:
        return {reason: len(ids) for reason, ids in self.left_out.items() if ids}


@dataclass(frozen=True)
class WaveMade:
    wave_id: int
    name: str
    warehouse_code: str
    parcels: int


@dataclass
class WaveSummary:
    waves: list[WaveMade]
    left_out: dict[str, int]
    planned_ship_date: date | None

    @property
    def parcels(self) -> int:
        return sum(w.parcels for w in self.waves)

    def as_dict(self) -> dict[str, Any]:
        return {
            "parcels": self.parcels,
            "planned_ship_date": self.planned_ship_date.isoformat() if self.planned_ship_date else None,
            "waves": [w.__dict__ for w in self.waves],
            "left_out": self.left_out,
        }

    def describe(self) -> str:
        return str(self.summary())

    def summary(self) -> Message:
        made = [
            message(
                "wave.made", "Wave {name}: {parcels:,} parcel(s) from {warehouse}.", name=w.name, parcels=w.parcels,
                warehouse=w.warehouse_code,
            )
            for w in self.waves
        ]  # fmt: skip
        if not made:
            made = [message("wave.none", "No parcel was made.")]
        return joined(*made, left_out_text(self.left_out))


def left_out_text(counts: dict[str, int]) -> Message | None:
    """What was left out of a wave and why, or None when nothing was."""
    said = {
        "not_collected": lambda n: message("wave.left.not_collected", "{n:,} pledge(s) not collected", n=n),
        "merged": lambda n: message("wave.left.merged", "{n:,} merged into another order", n=n),
        "has_parcel": lambda n: message("wave.left.has_parcel", "{n:,} with a parcel already", n=n),
        "address_error": lambda n: message("wave.left.address_error", "{n:,} with an address error", n=n),
        "warning": lambda n: message("wave.left.warning", "{n:,} with a warning", n=n),
        "no_kit": lambda n: message("wave.left.no_kit", "{n:,} whose reward has no kit yet", n=n),
        "no_warehouse": lambda n: message("wave.left.no_warehouse", "{n:,} without a warehouse", n=n),
    }
    parts = [said[reason](counts[reason]) for reason in LEFT_OUT_REASONS if counts.get(reason)]
    if not parts:
        return None
    return message("wave.left_out", "Left out: {reasons}.", reasons=joined(*parts, separator=", "))


# --- Choosing ------------------------------------------------------------------------------------


def _chosen_orders(session: Session, campaign_id: int, choice: WaveChoice) -> list[tuple[int, PledgeStatus, Any, Any]]:
    query = select(Order.id, Order.status, Order.merged_into_id, Order.warehouse_id).where(
        Order.campaign_id == campaign_id
    )
    if choice.tier_id is not None:
        query = query.where(Order.tier_id == choice.tier_id)
    if choice.warehouse_id is not None:
        query = query.where(Order.warehouse_id == choice.warehouse_id)
    if choice.country:
        code = resolve_country(choice.country)
        if code is None:
            raise UserError(message("wave.unknown_country", "{country!r} is not a country Fulfiller knows.",
                                    country=choice.country))  # fmt: skip
        query = query.where(Order.address.has(Address.country_code == code))
    return list(session.execute(query.order_by(Order.id)))


def _with_parcels(session: Session, order_ids: list[int]) -> set[int]:
    found: set[int] = set()
    for batch in chunks(order_ids):
        found.update(
            session.scalars(
                select(Shipment.order_id).where(Shipment.order_id.in_(batch), Shipment.replaces_shipment_id.is_(None))
            )
        )
    return found


def _with_problems(session: Session, order_ids: list[int], severity: Severity) -> set[int]:
    found: set[int] = set()
    for batch in chunks(order_ids):
        found.update(
            session.scalars(
                select(OrderProblem.order_id).where(OrderProblem.order_id.in_(batch), OrderProblem.severity == severity)
            )
        )
    return found


def plan_wave(session: Session, campaign_id: int, choice: WaveChoice) -> WavePlan:
    """Which orders would get a parcel, per warehouse, and which are left out and why; writes nothing."""
    rows = _chosen_orders(session, campaign_id, choice)
    ids = [row[0] for row in rows]
    parcels = _with_parcels(session, ids)
    errors = _with_problems(session, ids, Severity.ERROR)
    warnings = _with_problems(session, ids, Severity.WARNING) if choice.problem_free else set()
    plan = WavePlan()
    pending: list[tuple[int, int | None]] = []
    for order_id, status, merged_into, warehouse_id in rows:
        reason = (
            "not_collected" if status is not PledgeStatus.COLLECTED
            else "merged" if merged_into is not None
            else "has_parcel" if order_id in parcels
            else "address_error" if order_id in errors
            else "warning" if order_id in warnings
            else ""
        )  # fmt: skip
        if reason:
            plan.left_out[reason].append(order_id)
        else:
            pending.append((order_id, warehouse_id))
    checklists = checklists_for(session, campaign_id, [oid for oid, _ in pending])
    for order_id, warehouse_id in pending:
        if not any(line.quantity > 0 for line in checklists.get(order_id, [])):
            plan.left_out["no_kit"].append(order_id)
        elif warehouse_id is None:
            plan.left_out["no_warehouse"].append(order_id)
        else:
            plan.by_warehouse.setdefault(warehouse_id, []).append(order_id)
    return plan


# --- Making the parcels --------------------------------------------------------------------------


def create_wave(
    session: Session,
    campaign_id: int,
    name: str,
    choice: WaveChoice,
    *,
    planned_ship_date: date | None = None,
    operator: str,
) -> WaveSummary:
    """Make the wave's parcels in the caller's transaction: one wave per warehouse, each order's
    parcel #1 "ready" with its checklist's lines. Refused when no order can get a parcel."""
    name = name.strip()
    if not name:
        raise UserError(message("wave.no_name", "Give the wave a name, e.g. “Europe, first wave”."))
    # A wave split by warehouse is named "NAME — CODE": the name is taken by any of its parts too.
    taken = session.scalar(
        select(func.count()).where(
            WaveRecord.campaign_id == campaign_id,
            or_(WaveRecord.name == name, WaveRecord.name.startswith(f"{name} — ", autoescape=True)),
        )
    )
    if taken:
        raise UserError(message("wave.name_taken", "There is a wave named {name!r} already.", name=name))
    plan = plan_wave(session, campaign_id, choice)
    if not plan.orders:
        raise UserError(
            joined(
                message("wave.nothing", "No order can get a parcel in this wave."),
                left_out_text(plan.left_out_counts()),
            )
        )
    codes = dict(
        session.execute(select(Warehouse.id, Warehouse.code).where(Warehouse.campaign_id == campaign_id)).all()
    )
    several = len(plan.by_warehouse) > 1
    made = []
    for warehouse_id, order_ids in sorted(plan.by_warehouse.items(), key=lambda kv: codes[kv[0]]):
        wave_name = f"{name} — {codes[warehouse_id]}" if several else name
        wave = WaveRecord(
            campaign_id=campaign_id,
            name=wave_name,
            planned_ship_date=planned_ship_date,
            warehouse_id=warehouse_id,
            criteria=choice.described(),
            created_by=signed_by(operator),
        )
        session.add(wave)
        session.flush()
        _make_parcels(session, campaign_id, wave, order_ids, operator)
        record(session, operator, AuditAction.CREATE, "wave", wave.id, new=f"{wave_name}: {len(order_ids)} parcel(s)")
        made.append(WaveMade(wave.id, wave_name, codes[warehouse_id], len(order_ids)))
        log_event("wave", wave=wave.id, campaign=campaign_id, warehouse=codes[warehouse_id], parcels=len(order_ids))
    return WaveSummary(made, plan.left_out_counts(), planned_ship_date)


def _make_parcels(session: Session, campaign_id: int, wave: WaveRecord, order_ids: list[int], operator: str) -> None:
    checklists = checklists_for(session, campaign_id, order_ids)
    now, who = utcnow(), signed_by(operator)
    for batch in chunks(order_ids):
        rows = [
            {"order_id": oid, "sequence": 1, "warehouse_id": wave.warehouse_id, "status": ShipmentStatus.READY,
             "wave_id": wave.id, "created_at": now, "updated_at": now}
            for oid in batch
        ]  # fmt: skip
        ids = session.scalars(insert(Shipment).returning(Shipment.id, sort_by_parameter_order=True), rows).all()
        lines = [
            {"shipment_id": sid, "item_id": line.item.item_id, "quantity": line.quantity, "packed_quantity": 0}
            for sid, oid in zip(ids, batch, strict=True)
            for line in checklists.get(oid, [])
            if line.quantity > 0
        ]
        if lines:
            session.execute(insert(ShipmentLine), lines)
        history = [
            {"shipment_id": sid, "old_status": None, "new_status": ShipmentStatus.READY, "operator": who, "at": now,
             "note": f"wave {wave.name}"}
            for sid in ids
        ]  # fmt: skip
        session.execute(insert(ShipmentStatusChange), history)
    session.flush()


# --- Reading -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WaveRow:
    id: int
    name: str
    planned_ship_date: date | None
    warehouse_code: str
    parcels: int
    by_status: dict[str, int]
    created_at: str
    created_by: str

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.__dict__,
            "planned_ship_date": self.planned_ship_date.isoformat() if self.planned_ship_date else None,
        }


def list_waves(session: Session, campaign_id: int) -> list[WaveRow]:
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    # IN rather than a join: SQLite walks the (wave, status) index one wave at a time and counts
    # without sorting the parcels first.
    for wave_id, status, n in session.execute(
        select(Shipment.wave_id, Shipment.status, func.count())
        .where(Shipment.wave_id.in_(select(WaveRecord.id).where(WaveRecord.campaign_id == campaign_id)))
        .group_by(Shipment.wave_id, Shipment.status)
    ):
        counts[wave_id][status.value] = n
    rows = session.execute(
        select(WaveRecord, Warehouse.code)
        .outerjoin(Warehouse, Warehouse.id == WaveRecord.warehouse_id)
        .where(WaveRecord.campaign_id == campaign_id)
        .order_by(WaveRecord.id)
    )
    return [
        WaveRow(
            w.id,
            w.name,
            w.planned_ship_date,
            code or "",
            sum(counts[w.id].values()),
            dict(counts[w.id]),
            w.created_at.isoformat(sep=" ", timespec="minutes"),
            w.created_by,
        )  # fmt: skip
        for w, code in rows
    ]


def wave_named(session: Session, campaign_id: int, text: str) -> int:
    """A wave by its number or name (as the command line takes it)."""
    query = select(WaveRecord.id).where(WaveRecord.campaign_id == campaign_id)
    found = session.scalar(query.where(WaveRecord.id == int(text))) if text.strip().isdigit() else None
    found = found or session.scalar(query.where(WaveRecord.name == text.strip()))
    if found is None:
        raise UserError(message("wave.no_such", "There is no wave {wave!r} in this campaign.", wave=text))
    return found
