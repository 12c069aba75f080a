"""Demand planning: per warehouse and stock item, the units still to ship, spares, on hand, shortfall.

Counted with SQL aggregates (orders per warehouse and tier, add-on units per warehouse and add-on,
extra lines per warehouse and item) and multiplied by the kits in Python, so 250,000 orders take
under a second. Only orders still to ship count: collected, not merged into another order
(its kits count with the order it ships in), and with no parcel packed or further yet.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import Campaign, Item, Order, OrderAddOn, OrderExtraLine, Stock, Warehouse
from fulfiller.domain.errors import UserError, message_of
from fulfiller.domain.kits import SPARE_PERCENTAGE, parse_percent
from fulfiller.domain.messages import Message, joined, message
from fulfiller.domain.planning import plan_line, spare_percent_for
from fulfiller.exporters.spreadsheet import write_table
from fulfiller.services.audit import record_changes
from fulfiller.services.catalogue.checklist import chunks, load_kit_book, merged_members, still_to_ship
from fulfiller.services.planning.stock import ensure_stock_row, on_hand

NO_WAREHOUSE = "(no warehouse)"
Place = tuple[int | None, int]  # (warehouse id or None, item id)


@dataclass(frozen=True)
class DemandRow:
    warehouse_id: int | None
    warehouse: str  # its code, or "(no warehouse)"
    warehouse_name: str
    item_id: int
    sku: str
    name: str
    variant: str
    demand: int
    spare_percent: Decimal
    spares: int
    on_hand: int
    shortfall: int

    def as_dict(self) -> dict[str, Any]:
        return {**vars(self), "spare_percent": str(self.spare_percent)}


DEMAND_COLUMNS = (
    "warehouse",
    "warehouse_name",
    "sku",
    "name",
    "variant",
    "demand",
    "spare_percent",
    "spares",
    "on_hand",
    "shortfall",
)


def item_demand(session: Session, campaign_id: int) -> dict[Place, int]:
    """Units of every item (stock or not) the orders still to ship need, per warehouse."""
    book = load_kit_book(session, campaign_id)
    tier_kits = {tid: kit.quantities() for tid, kit in book.tiers.items()}
    add_on_kits = {aid: kit.quantities() for aid, kit in book.add_ons.items()}
    todo = still_to_ship(campaign_id)
    demand: dict[Place, int] = defaultdict(int)

    def add(warehouse_id: int | None, kit: dict[int, int] | None, times: int) -> None:
        for item_id, quantity in (kit or {}).items():
            demand[(warehouse_id, item_id)] += quantity * times

    for warehouse_id, tier_id, orders in session.execute(
        select(Order.warehouse_id, Order.tier_id, func.count()).where(todo).group_by(Order.warehouse_id, Order.tier_id)
    ):
        if tier_id is not None:
            add(warehouse_id, tier_kits.get(tier_id), orders)
    for warehouse_id, add_on_id, units in session.execute(
        select(Order.warehouse_id, OrderAddOn.add_on_id, func.sum(OrderAddOn.quantity))
        .join(Order, Order.id == OrderAddOn.order_id)
        .where(todo)
        .group_by(Order.warehouse_id, OrderAddOn.add_on_id)
    ):
        add(warehouse_id, add_on_kits.get(add_on_id), int(units or 0))
    _add_extras(session, campaign_id, demand)
    _add_merged(session, campaign_id, tier_kits, add_on_kits, demand)
    return {place: units for place, units in demand.items() if units}


def _add_extras(session: Session, campaign_id: int, demand: dict[Place, int]) -> None:
    """Extra lines are few: read them first, then keep those of orders still to ship (no scan of every order)."""
    extras = session.execute(
        select(OrderExtraLine.order_id, OrderExtraLine.item_id, OrderExtraLine.quantity)
        .join(Item, Item.id == OrderExtraLine.item_id)
        .where(Item.campaign_id == campaign_id)
    ).all()
    warehouse_of: dict[int, int | None] = {}
    for batch in chunks({order_id for order_id, _, _ in extras}):
        warehouse_of.update(
            session.execute(
                select(Order.id, Order.warehouse_id).where(Order.id.in_(batch), still_to_ship(campaign_id))
            ).all()
        )
    for order_id, item_id, units in extras:
        if order_id in warehouse_of:
            demand[(warehouse_of[order_id], item_id)] += units


def _add_merged(
    session: Session,
    campaign_id: int,
    tier_kits: dict[int, dict[int, int]],
    add_on_kits: dict[int, dict[int, int]],
    demand: dict[Place, int],
) -> None:
    """Orders merged into another: their kits count in the warehouse of the order they ship in."""
    members = merged_members(session, campaign_id)
    if not members:
        return
    warehouse_of: dict[int, int | None] = {}
    for batch in chunks(set(members.values())):
        warehouse_of.update(
            session.execute(
                select(Order.id, Order.warehouse_id).where(Order.id.in_(batch), still_to_ship(campaign_id))
            ).all()
        )
    children = [child for child, root in members.items() if root in warehouse_of]
    for batch in chunks(children):
        for child, tier_id in session.execute(select(Order.id, Order.tier_id).where(Order.id.in_(batch))):
            for item_id, quantity in tier_kits.get(tier_id, {}).items() if tier_id is not None else ():
                demand[(warehouse_of[members[child]], item_id)] += quantity
        for child, add_on_id, units in session.execute(
            select(OrderAddOn.order_id, OrderAddOn.add_on_id, OrderAddOn.quantity).where(OrderAddOn.order_id.in_(batch))
        ):
            for item_id, quantity in add_on_kits.get(add_on_id, {}).items():
                demand[(warehouse_of[members[child]], item_id)] += quantity * units
        for child, item_id, units in session.execute(
            select(OrderExtraLine.order_id, OrderExtraLine.item_id, OrderExtraLine.quantity).where(
                OrderExtraLine.order_id.in_(batch)
            )
        ):
            demand[(warehouse_of[members[child]], item_id)] += units


def compute_demand(session: Session, campaign_id: int) -> list[DemandRow]:
    """Per warehouse and stock item: demand, spares, on hand and shortfall, by warehouse code and SKU.

    A shelf appears when there is demand for it, stock on it, or a stock place set up for it. The
    spare percentage is the shelf's own, else the item's, else the campaign's."""
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise UserError(message("campaign.not_found", "There is no campaign {campaign}.", campaign=campaign_id))
    items = {
        item.id: item for item in session.scalars(select(Item).where(Item.campaign_id == campaign_id, Item.is_stock))
    }
    warehouses = {w.id: w for w in session.scalars(select(Warehouse).where(Warehouse.campaign_id == campaign_id))}
    shelf_percent: dict[tuple[int, int], Decimal | None] = {
        (w, i): pct
        for w, i, pct in session.execute(
            select(Stock.warehouse_id, Stock.item_id, Stock.spare_percent).where(
                Stock.warehouse_id.in_(list(warehouses))
            )
        )
    }
    demand = item_demand(session, campaign_id)
    stock = on_hand(session, campaign_id)
    places: set[Place] = {p for p in demand if p[1] in items}
    places |= {p for p in stock if p[1] in items}
    places |= {p for p in shelf_percent if p[1] in items}
    rows = []
    for warehouse_id, item_id in places:
        item = items[item_id]
        warehouse = warehouses.get(warehouse_id) if warehouse_id is not None else None
        percent = spare_percent_for(
            shelf_percent.get((warehouse_id, item_id)) if warehouse_id is not None else None,
            item.spare_percent,
            campaign.spare_percent,
        )
        units = demand.get((warehouse_id, item_id), 0)
        have = stock.get((warehouse_id, item_id), 0) if warehouse_id is not None else 0
        spares, shortfall = plan_line(units, percent, have)
        rows.append(
            DemandRow(
                warehouse_id,
                warehouse.code if warehouse else NO_WAREHOUSE,
                warehouse.name if warehouse else "",
                item_id,
                item.sku,
                item.name,
                item.variant,
                units,
                percent,
                spares,
                have,
                shortfall,
            )
        )
    rows.sort(key=lambda r: (r.warehouse_id is None, r.warehouse, r.sku))
    return rows


def demand_cells(rows: Iterable[DemandRow]) -> Iterable[tuple[object, ...]]:
    for r in rows:
        yield (
            r.warehouse,
            r.warehouse_name,
            r.sku,
            r.name,
            r.variant,
            r.demand,
            r.spare_percent,
            r.spares,
            r.on_hand,
            r.shortfall,
        )


def export_demand(rows: list[DemandRow], path: Path | str) -> int:
    """Write the demand table for the factory or the freight forwarder (.csv for Excel, or .xlsx)."""
    return write_table(Path(path), DEMAND_COLUMNS, demand_cells(rows), sheet="Demand")


def format_demand(rows: list[DemandRow]) -> str:
    """A plain-text table for a terminal."""
    if not rows:
        return "no demand and no stock yet"
    head = (
        f"{'warehouse':<16} {'sku':<16} {'name':<32} {'demand':>8} {'spare%':>6} {'spares':>7} "
        f"{'on hand':>8} {'short':>7}"
    )
    lines = [head]
    for r in rows:
        name = f"{r.name} ({r.variant})" if r.variant else r.name
        lines.append(
            f"{r.warehouse[:16]:<16} {r.sku[:16]:<16} {name[:32]:<32} {r.demand:>8,} {r.spare_percent:>6} "
            f"{r.spares:>7,} {r.on_hand:>8,} {r.shortfall:>7,}"
        )
    short = sum(1 for r in rows if r.shortfall)
    lines.append(f"{short} shelf(s) short" if short else "nothing short")
    return "\n".join(lines)


# --- Planning settings ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanningSettings:
    spare_percent: Decimal  # spare stock on top of demand, for items and shelves without their own
    cost_buffer_percent: Decimal  # added to the shipping estimate


def planning_settings(session: Session, campaign_id: int) -> PlanningSettings:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise UserError(message("planning.no_campaign", "There is no campaign {id}.", id=campaign_id))
    return PlanningSettings(campaign.spare_percent, campaign.cost_buffer_percent)


def set_campaign_planning(
    session: Session,
    campaign_id: int,
    *,
    operator: str,
    spare_percent: Decimal | str | None = None,
    cost_buffer_percent: Decimal | str | None = None,
) -> None:
    """The campaign's default spare stock and its shipping-budget buffer (each 0–100 %)."""
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise UserError(message("campaign.not_found", "There is no campaign {campaign}.", campaign=campaign_id))
    changes: dict[str, tuple[object, object]] = {}
    if spare_percent is not None:
        changes["spare_percent"] = (campaign.spare_percent, _percent(spare_percent, SPARE_PERCENTAGE))
    if cost_buffer_percent is not None:
        changes["cost_buffer_percent"] = (
            campaign.cost_buffer_percent,
            _percent(cost_buffer_percent, message("value.budget_buffer", "budget buffer")),
        )
    record_changes(session, operator, "campaign", campaign.id, changes)
    for name, (_, new) in changes.items():
        setattr(campaign, name, new)


def set_stock_spare_percent(
    session: Session, warehouse_id: int, item_id: int, percent: Decimal | str | None, *, operator: str
) -> None:
    """A spare percentage for one shelf (None: use the item's or the campaign's)."""
    warehouse, item = session.get(Warehouse, warehouse_id), session.get(Item, item_id)
    if warehouse is None or item is None or warehouse.campaign_id != item.campaign_id:
        raise UserError(message("stock.no_such_shelf", "There is no such warehouse and item."))
    value = None if percent is None or percent == "" else _percent(percent, SPARE_PERCENTAGE)
    stock = ensure_stock_row(session, warehouse, item, operator=operator)
    record_changes(session, operator, "stock", stock.id, {"spare_percent": (stock.spare_percent, value)})
    stock.spare_percent = value


def _percent(value: Decimal | str, what: Message) -> Decimal:
    try:
        return parse_percent(value, what=what)
    except ValueError as exc:
        raise UserError(joined(message_of(exc), end=".")) from exc
