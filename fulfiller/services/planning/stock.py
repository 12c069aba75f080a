"""Stock per warehouse and item: on hand as the sum of its movements, counts, write-offs, bins.

The movement ledger is append-only: nothing here edits or deletes a movement; a wrong count is
put right by an ADJUSTED movement. Each movement carries its operator and time, so the ledger is
the record of goods going in and out; the corrections a person makes by hand (a count, a
write-off, a bin) are in the audit log as well. The sign of each kind is ruled in
`fulfiller.domain.stock`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import InboundShipment, Item, Shipment, Stock, StockMovement, Warehouse
from fulfiller.domain.enums import AuditAction, MovementKind
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import message
from fulfiller.domain.stock import MovementRefused, check_movement, correction, signed
from fulfiller.services.audit import record, record_changes, signed_by

Place = tuple[int, int]  # (warehouse id, item id)


@dataclass(frozen=True)
class StockRow:
    """One shelf for the stock table. Out-going kinds are given as positive numbers of units, so
    `on_hand == received + adjusted - packed - reshipped - written_off` (picking moves nothing)."""

    warehouse_id: int
    warehouse_code: str
    item_id: int
    sku: str
    name: str
    variant: str
    bin_location: str
    on_hand: int
    received: int
    packed: int
    reshipped: int
    written_off: int
    adjusted: int  # signed: the net of every count correction


@dataclass(frozen=True)
class StockChange:
    """What a count or a write-off did; `movement_id` is None when nothing had to change."""

    movement_id: int | None
    before: int
    after: int

    @property
    def difference(self) -> int:
        return self.after - self.before


@dataclass(frozen=True)
class MovementView:
    id: int
    at: datetime
    kind: MovementKind
    quantity: int
    balance: int  # on hand after this movement
    operator: str
    note: str
    shipment_id: int | None
    inbound_id: int | None
    inbound_reference: str
    order_id: int | None  # the order whose parcel took (or brought back) the goods


# --- Reading ------------------------------------------------------------------------------------


def _of_campaign(campaign_id: int) -> ColumnElement[bool]:
    # IN rather than a join: SQLite then walks the (warehouse, item) index one warehouse at a time
    # and groups without a temporary tree.
    return StockMovement.warehouse_id.in_(select(Warehouse.id).where(Warehouse.campaign_id == campaign_id))


def on_hand(session: Session, campaign_id: int, warehouse_id: int | None = None) -> dict[Place, int]:
    """On hand per (warehouse, item) with any movement: one SUM over the ledger."""
    query = (
        select(StockMovement.warehouse_id, StockMovement.item_id, func.sum(StockMovement.quantity))
        .where(_of_campaign(campaign_id))
        .group_by(StockMovement.warehouse_id, StockMovement.item_id)
    )
    if warehouse_id is not None:
        query = query.where(StockMovement.warehouse_id == warehouse_id)
    return {(w, i): int(total) for w, i, total in session.execute(query)}


def on_hand_at(session: Session, warehouse_id: int, item_id: int) -> int:
    """On hand of one item in one warehouse."""
    total = session.scalar(
        select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
            StockMovement.warehouse_id == warehouse_id, StockMovement.item_id == item_id
        )
    )
    return int(total or 0)


# The columns of a shelf's totals, after the on-hand sum: each kind's own sum.
_KINDS = (MovementKind.RECEIVED, MovementKind.PACKED, MovementKind.RESHIPPED, MovementKind.WRITTEN_OFF,
          MovementKind.ADJUSTED)  # fmt: skip


def _totals(session: Session, campaign_id: int) -> dict[tuple[int, int], tuple[int, ...]]:
    """Per shelf: on hand, then each kind's units. One sum per (shelf, kind), in the order of the
    movements' index, and set side by side here (a CASE per kind on every movement took twice as long)."""
    totals: dict[tuple[int, int], list[int]] = {}
    for warehouse_id, item_id, kind, units in session.execute(
        select(StockMovement.warehouse_id, StockMovement.item_id, StockMovement.kind, func.sum(StockMovement.quantity))
        .where(_of_campaign(campaign_id))
        .group_by(StockMovement.warehouse_id, StockMovement.item_id, StockMovement.kind)
    ):
        shelf = totals.setdefault((warehouse_id, item_id), [0] * (1 + len(_KINDS)))
        shelf[0] += int(units)
        if kind in _KINDS:
            shelf[1 + _KINDS.index(kind)] += int(units)
    return {shelf: tuple(values) for shelf, values in totals.items()}


def stock_table(session: Session, campaign_id: int) -> list[StockRow]:
    """Every shelf of the campaign (a Stock row, or an item with movements), by warehouse and SKU."""
    totals = _totals(session, campaign_id)
    bins = {
        (s.warehouse_id, s.item_id): s.bin_location
        for s in session.scalars(
            select(Stock)
            .join(Warehouse, Warehouse.id == Stock.warehouse_id)
            .where(Warehouse.campaign_id == campaign_id)
        )
    }
    warehouses = {w.id: w for w in session.scalars(select(Warehouse).where(Warehouse.campaign_id == campaign_id))}
    items = {i.id: i for i in session.scalars(select(Item).where(Item.campaign_id == campaign_id))}
    rows = []
    for warehouse_id, item_id in set(bins) | set(totals):
        warehouse, item = warehouses[warehouse_id], items.get(item_id)
        if item is None:
            continue  # an item of another campaign on this campaign's shelf: not this table's business
        total, received, packed, reshipped, written_off, adjusted = totals.get((warehouse_id, item_id), (0,) * 6)
        rows.append(
            StockRow(
                warehouse_id=warehouse_id,
                warehouse_code=warehouse.code,
                item_id=item_id,
                sku=item.sku,
                name=item.name,
                variant=item.variant,
                bin_location=bins.get((warehouse_id, item_id), ""),
                on_hand=total,
                received=received,
                packed=-packed,
                reshipped=-reshipped,
                written_off=-written_off,
                adjusted=adjusted,
            )
        )
    rows.sort(key=lambda r: (r.warehouse_code, r.sku))
    return rows


def movements(session: Session, warehouse_id: int, item_id: int, *, limit: int | None = None) -> list[MovementView]:
    """The ledger of one shelf, oldest first, with the balance after each movement.

    With `limit`, only the newest `limit` movements (their balances still count everything before).
    """
    query = (
        select(
            StockMovement.id,
            StockMovement.at,
            StockMovement.kind,
            StockMovement.quantity,
            StockMovement.operator,
            StockMovement.note,
            StockMovement.shipment_id,
            StockMovement.inbound_id,
            InboundShipment.reference,
            Shipment.order_id,
        )
        .outerjoin(InboundShipment, InboundShipment.id == StockMovement.inbound_id)
        .outerjoin(Shipment, Shipment.id == StockMovement.shipment_id)
        .where(StockMovement.warehouse_id == warehouse_id, StockMovement.item_id == item_id)
        .order_by(StockMovement.at.desc(), StockMovement.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    newest_first = session.execute(query).all()
    # Walk back from what is on hand now, so a page of the newest movements has true balances.
    balance = on_hand_at(session, warehouse_id, item_id) if limit is not None else sum(r.quantity for r in newest_first)
    views = []
    for row in newest_first:
        views.append(
            MovementView(
                id=row.id,
                at=row.at,
                kind=row.kind,
                quantity=row.quantity,
                balance=balance,
                operator=row.operator,
                note=row.note,
                shipment_id=row.shipment_id,
                inbound_id=row.inbound_id,
                inbound_reference=row.reference or "",
                order_id=row.order_id,
            )
        )
        balance -= row.quantity
    views.reverse()
    return views


# --- Places: a warehouse and an item of the same campaign ---------------------------------------


def stock_place(session: Session, warehouse_id: int, item_id: int) -> tuple[Warehouse, Item]:
    """The warehouse and the item, checked to belong together and to be kept in stock."""
    warehouse = session.get(Warehouse, warehouse_id)
    if warehouse is None:
        raise UserError(message("warehouse.not_found", "There is no warehouse {warehouse}.", warehouse=warehouse_id))
    item = session.get(Item, item_id)
    if item is None or item.campaign_id != warehouse.campaign_id:
        raise UserError(
            message(
                "stock.no_such_item",
                "There is no item {item} in the campaign of warehouse {warehouse}.",
                item=item_id,
                warehouse=warehouse.code,
            )
        )
    if not item.is_stock:
        raise UserError(
            message(
                "stock.not_stocked",
                "{sku} ({name}) is not kept in stock, so it has no stock to change.",
                sku=item.sku,
                name=item.name,
            )
        )
    return warehouse, item


def ensure_stock_row(session: Session, warehouse: Warehouse, item: Item, *, operator: str) -> Stock:
    """The Stock row of this shelf, created (and audited) when it does not exist yet."""
    stock = session.scalar(select(Stock).where(Stock.warehouse_id == warehouse.id, Stock.item_id == item.id))
    if stock is None:
        stock = Stock(warehouse_id=warehouse.id, item_id=item.id)
        session.add(stock)
        session.flush()
        record(session, operator, AuditAction.CREATE, "stock", stock.id, new=f"{warehouse.code} {item.sku}")
    return stock


def add_movement(
    session: Session,
    warehouse_id: int,
    item_id: int,
    kind: MovementKind,
    quantity: int,
    *,
    operator: str,
    note: str = "",
    shipment_id: int | None = None,
    inbound_id: int | None = None,
) -> StockMovement:
    """Write one movement after checking its sign (for packing, reshipping and picking too)."""
    check_movement(kind, quantity)
    warehouse, item = stock_place(session, warehouse_id, item_id)
    ensure_stock_row(session, warehouse, item, operator=operator)
    movement = StockMovement(
        warehouse_id=warehouse_id,
        item_id=item_id,
        kind=kind,
        quantity=quantity,
        operator=signed_by(operator),
        note=note,
        shipment_id=shipment_id,
        inbound_id=inbound_id,
    )
    session.add(movement)
    session.flush()
    return movement


# --- A person's corrections ---------------------------------------------------------------------


def _reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise UserError(
            message(
                "stock.no_reason", "Say why the stock changes (for example: recount after stock-take, dropped carton)."
            )
        )
    return reason


def adjust_stock(
    session: Session, warehouse_id: int, item_id: int, counted: int, *, reason: str, operator: str
) -> StockChange:
    """Set on hand to what a person `counted` on the shelf: an ADJUSTED movement of the difference."""
    reason = _reason(reason)
    stock_place(session, warehouse_id, item_id)
    before = on_hand_at(session, warehouse_id, item_id)
    difference = correction(counted, before)
    if difference == 0:
        return StockChange(None, before, before)
    movement = add_movement(
        session, warehouse_id, item_id, MovementKind.ADJUSTED, difference, operator=operator, note=reason
    )
    _audit(session, operator, movement, before)
    return StockChange(movement.id, before, counted)


def write_off(
    session: Session, warehouse_id: int, item_id: int, units: int, *, reason: str, operator: str
) -> StockChange:
    """Take `units` damaged, lost or unusable units off the shelf (no more than are on hand)."""
    reason = _reason(reason)
    stock_place(session, warehouse_id, item_id)
    quantity = signed(MovementKind.WRITTEN_OFF, units)
    before = on_hand_at(session, warehouse_id, item_id)
    if units > before:
        raise MovementRefused(
            message(
                "stock.not_enough",
                "Only {on_hand} on hand; {units} cannot be written off.",
                on_hand=before,
                units=units,
            )
        )
    movement = add_movement(
        session, warehouse_id, item_id, MovementKind.WRITTEN_OFF, quantity, operator=operator, note=reason
    )
    _audit(session, operator, movement, before)
    return StockChange(movement.id, before, before + quantity)


def _audit(session: Session, operator: str, movement: StockMovement, before: int) -> None:
    """One audit row per correction: on hand before and after; kind and reason are on the movement."""
    record(
        session,
        operator,
        AuditAction.CREATE,
        "stock_movement",
        movement.id,
        field="on_hand",
        old=before,
        new=before + movement.quantity,
    )


def set_bin_location(session: Session, warehouse_id: int, item_id: int, bin_location: str, *, operator: str) -> None:
    """Where the item lives in the warehouse (an aisle-shelf-bin label)."""
    warehouse, item = stock_place(session, warehouse_id, item_id)
    bin_location = bin_location.strip()
    if len(bin_location) > 64:
        raise UserError(message("stock.bin_too_long", "A bin location has at most 64 characters."))
    stock = ensure_stock_row(session, warehouse, item, operator=operator)
    record_changes(session, operator, "stock", stock.id, {"bin_location": (stock.bin_location, bin_location)})
    stock.bin_location = bin_location
