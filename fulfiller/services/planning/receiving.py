"""Goods arriving at a warehouse: counted and checked against what was expected (QC).

Each line puts every counted unit into stock as RECEIVED and takes the damaged ones out again as
WRITTEN_OFF, both pointing at the inbound shipment; on hand grows by `counted - damaged` and the
ledger shows what was lost on arrival. Nothing is written unless every line is valid.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from fulfiller.db.models import InboundLine, InboundShipment, Item, Warehouse
from fulfiller.domain.clock import utcnow
from fulfiller.domain.enums import AuditAction
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import Message, joined, message
from fulfiller.domain.stock import InboundCount
from fulfiller.services.audit import record, signed_by
from fulfiller.services.planning.stock import add_movement


@dataclass(frozen=True)
class InboundLineInput:
    """One line of the receiving form: the item by SKU and its numbers."""

    sku: str
    expected: int = 0
    counted: int = 0
    damaged: int = 0
    note: str = ""


@dataclass(frozen=True)
class InboundLineReport:
    sku: str
    name: str
    variant: str
    expected: int
    counted: int
    damaged: int
    note: str

    @property
    def _count(self) -> InboundCount:
        return InboundCount(self.expected, self.counted, self.damaged)

    @property
    def good(self) -> int:
        """Units put on the shelf."""
        return self._count.good

    @property
    def difference(self) -> int:
        """Counted minus expected: negative when short, positive when over."""
        return self._count.difference

    @property
    def verdict(self) -> str:
        """The QC verdict: "short", "over" or "ok"."""
        return self._count.verdict


@dataclass(frozen=True)
class InboundSummary:
    """The QC report of one inbound shipment."""

    id: int
    warehouse_id: int
    warehouse_code: str
    reference: str
    arrived_at: datetime
    operator: str
    notes: str
    lines: tuple[InboundLineReport, ...]

    @property
    def expected(self) -> int:
        return sum(line.expected for line in self.lines)

    @property
    def counted(self) -> int:
        return sum(line.counted for line in self.lines)

    @property
    def damaged(self) -> int:
        return sum(line.damaged for line in self.lines)

    @property
    def added(self) -> int:
        """Units that went on the shelves."""
        return sum(line.good for line in self.lines)

    @property
    def short_lines(self) -> tuple[InboundLineReport, ...]:
        return tuple(line for line in self.lines if line.verdict == "short")

    @property
    def over_lines(self) -> tuple[InboundLineReport, ...]:
        return tuple(line for line in self.lines if line.verdict == "over")

    @property
    def damaged_lines(self) -> tuple[InboundLineReport, ...]:
        return tuple(line for line in self.lines if line.damaged)

    @property
    def all_ok(self) -> bool:
        return not (self.short_lines or self.over_lines or self.damaged_lines)

    def describe(self) -> str:
        return str(self.summary())

    def summary(self) -> Message:
        """The QC report in a few sentences: what went on the shelves, and every line that was off."""
        parts = [
            message(
                "receiving.received",
                "Delivery {reference} at {warehouse}: {added:,} units put on the shelves.",
                reference=self.reference or "—",
                warehouse=self.warehouse_code,
                added=self.added,
            )
        ]
        parts.extend(
            message(
                "receiving.line_off",
                "{sku}: expected {expected}, counted {counted}, damaged {damaged}.",
                sku=line.sku,
                expected=line.expected,
                counted=line.counted,
                damaged=line.damaged,
            )
            for line in self.lines
            if line.verdict != "ok" or line.damaged
        )
        return joined(*parts)


def record_inbound(
    session: Session,
    warehouse_id: int,
    reference: str,
    lines: Sequence[InboundLineInput],
    *,
    operator: str,
    notes: str = "",
    arrived_at: datetime | None = None,
) -> InboundSummary:
    """Record a delivery and put its good units into stock; every problem is reported at once."""
    warehouse = session.get(Warehouse, warehouse_id)
    if warehouse is None:
        raise UserError(message("warehouse.not_found", "There is no warehouse {warehouse}.", warehouse=warehouse_id))
    if len(reference.strip()) > 100:
        raise UserError(
            message(
                "receiving.reference_too_long",
                "A reference (container, bill of lading, PO) has at most 100 characters.",
            )
        )
    items = _check_lines(session, warehouse, lines)
    inbound = InboundShipment(
        warehouse_id=warehouse.id,
        reference=reference.strip(),
        arrived_at=arrived_at or utcnow(),
        operator=signed_by(operator),
        notes=notes.strip(),
    )
    session.add(inbound)
    session.flush()
    for line, item in zip(lines, items, strict=True):
        session.add(
            InboundLine(
                inbound_id=inbound.id,
                item_id=item.id,
                expected=line.expected,
                counted=line.counted,
                damaged=line.damaged,
                note=line.note.strip(),
            )
        )
        for movement in InboundCount(line.expected, line.counted, line.damaged).movements():
            note = "Damaged on arrival" if movement.quantity < 0 else "Received"
            note += f" ({inbound.reference})" if inbound.reference else ""
            add_movement(
                session,
                warehouse.id,
                item.id,
                movement.kind,
                movement.quantity,
                operator=operator,
                note=note,
                inbound_id=inbound.id,
            )
    session.flush()
    summary = inbound_summary(session, inbound.id)
    record(
        session,
        operator,
        AuditAction.CREATE,
        "inbound_shipment",
        inbound.id,
        new=f"{warehouse.code} {summary.reference or '(no reference)'}: {len(summary.lines)} lines, "
        f"{summary.expected} expected, {summary.counted} counted, {summary.damaged} damaged",
    )
    return summary


def _check_lines(session: Session, warehouse: Warehouse, lines: Sequence[InboundLineInput]) -> list[Item]:
    if not lines:
        raise UserError(message("receiving.no_lines", "An inbound shipment needs at least one line."))
    catalogue = {
        item.sku: item for item in session.scalars(select(Item).where(Item.campaign_id == warehouse.campaign_id))
    }
    folded = {sku.casefold(): item for sku, item in catalogue.items()}
    problems: list[Message] = []
    items: list[Item] = []
    seen: dict[int, int] = {}
    for number, line in enumerate(lines, start=1):
        sku = line.sku.strip()
        label = message(
            "receiving.line", "Line {number} ({sku})", number=number, sku=sku or message("receiving.no_sku", "no SKU")
        )
        item = catalogue.get(sku) or folded.get(sku.casefold())
        if item is None:
            problems.append(
                message("receiving.unknown_sku", "{line}: no item with this SKU in the campaign.", line=label)
            )
        elif not item.is_stock:
            problems.append(
                message(
                    "receiving.not_stocked",
                    "{line}: {name} is not kept in stock, so it is not received.",
                    line=label,
                    name=item.name,
                )
            )
        elif item.id in seen:
            problems.append(
                message(
                    "receiving.same_item",
                    "{line}: the same item as line {other}; put it on one line.",
                    line=label,
                    other=seen[item.id],
                )
            )
        else:
            seen[item.id] = number
        problems.extend(
            message("receiving.line_problem", "{line}: {problem}.", line=label, problem=problem)
            for problem in InboundCount(line.expected, line.counted, line.damaged).problems()
        )
        if item is not None:
            items.append(item)
    if problems:
        raise UserError(
            message(
                "receiving.nothing_recorded",
                "Nothing was recorded:\n{problems}",
                problems=joined(*problems, separator="\n"),
            )
        )
    return items


def inbound_summary(session: Session, inbound_id: int) -> InboundSummary:
    inbound = session.scalar(
        select(InboundShipment)
        .where(InboundShipment.id == inbound_id)
        .options(selectinload(InboundShipment.lines).selectinload(InboundLine.item))
    )
    if inbound is None:
        raise UserError(message("receiving.not_found", "There is no inbound shipment {inbound}.", inbound=inbound_id))
    warehouse = session.get(Warehouse, inbound.warehouse_id)
    return _summary(inbound, warehouse.code if warehouse else "")


def _summary(inbound: InboundShipment, warehouse_code: str) -> InboundSummary:
    return InboundSummary(
        id=inbound.id,
        warehouse_id=inbound.warehouse_id,
        warehouse_code=warehouse_code,
        reference=inbound.reference,
        arrived_at=inbound.arrived_at,
        operator=inbound.operator,
        notes=inbound.notes,
        lines=tuple(
            InboundLineReport(
                sku=line.item.sku,
                name=line.item.name,
                variant=line.item.variant,
                expected=line.expected,
                counted=line.counted,
                damaged=line.damaged,
                note=line.note,
            )
            for line in sorted(inbound.lines, key=lambda line: line.id)
        ),
    )


def list_inbound(
    session: Session, warehouse_id: int | None = None, *, campaign_id: int | None = None
) -> list[InboundSummary]:
    """Inbound shipments, newest first: of one warehouse, of one campaign, or all."""
    query = (
        select(InboundShipment, Warehouse.code)
        .join(Warehouse, Warehouse.id == InboundShipment.warehouse_id)
        .options(selectinload(InboundShipment.lines).selectinload(InboundLine.item))
        .order_by(InboundShipment.arrived_at.desc(), InboundShipment.id.desc())
    )
    if warehouse_id is not None:
        query = query.where(InboundShipment.warehouse_id == warehouse_id)
    if campaign_id is not None:
        query = query.where(Warehouse.campaign_id == campaign_id)
    return [_summary(inbound, code) for inbound, code in session.execute(query)]
