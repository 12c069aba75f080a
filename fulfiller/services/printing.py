"""Print a selection of orders: packing lists, pick lists, address labels and customs declarations
(`fulfiller.services.documents` names them and the paper each takes).

The selection is filtered like the backers list (tier, warehouse, country, pledge status, problem-free
only, or explicit order ids) and sorted in pick order: by warehouse, then the bin of the order's first
stock item, then backer number. Orders merged into another never print on their own (their kit is on
the order they ship in). A PDF is written to a temporary file beside the target and renamed at the
end, so a cancelled or failed job leaves no file behind.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from fulfiller.db.models import Address, Backer, Campaign, Item, Order, OrderProblem, RewardTier, Stock, Warehouse
from fulfiller.domain.countries import country_name
from fulfiller.domain.enums import PledgeStatus, Severity
from fulfiller.domain.errors import UserError
from fulfiller.domain.kits import ChecklistLine
from fulfiller.domain.messages import message
from fulfiller.domain.progress import Cancel, Progress, stop_if_cancelled
from fulfiller.files import write_atomically
from fulfiller.reports.customs import declarations
from fulfiller.reports.labels import labels
from fulfiller.reports.model import (
    CN22_LIMIT,
    CustomsData,
    CustomsLine,
    LabelData,
    PackingListData,
    PackLine,
    Paper,
    PickLine,
    PickListData,
)
from fulfiller.reports.packing_list import packing_lists
from fulfiller.reports.pick_list import pick_lists
from fulfiller.services.catalogue.checklist import checklists_for, chunks


@dataclass(frozen=True)
class PrintSelection:
    tier_id: int | None = None
    warehouse_id: int | None = None
    country: str | None = None  # ISO code of the destination
    status: PledgeStatus | None = PledgeStatus.COLLECTED  # None: any pledge status
    problem_free_only: bool = False  # leave out orders with an error-severity problem (warnings do not block)
    order_ids: tuple[int, ...] | None = None  # only these (still filtered by the rest)


@dataclass
class _Order:
    """One order as printing needs it, gathered once for all documents."""

    order_id: int
    backer_number: str
    backer_name: str
    tier: str
    notes: str
    warehouse_id: int | None
    address: Address | None
    lines: list[ChecklistLine]
    sort_key: tuple[object, ...] = ()


@dataclass(frozen=True)
class _Context:
    campaign: Campaign
    warehouses: dict[int, Warehouse]
    bins: dict[tuple[int, int], str]  # (warehouse, item) -> bin location


def _number_key(number: str) -> tuple[int, int, str]:
    return (0, int(number), "") if number.isdigit() else (1, 0, number)


def _context(session: Session, campaign_id: int) -> _Context:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise UserError(message("campaign.not_found", "There is no campaign {campaign}.", campaign=campaign_id))
    warehouses = {w.id: w for w in session.scalars(select(Warehouse).where(Warehouse.campaign_id == campaign_id))}
    bins = {
        (wid, iid): location
        for wid, iid, location in session.execute(
            select(Stock.warehouse_id, Stock.item_id, Stock.bin_location).where(
                Stock.warehouse_id.in_(list(warehouses))
            )
        )
    }
    return _Context(campaign, warehouses, bins)


def selected_orders(session: Session, campaign_id: int, selection: PrintSelection) -> list[_Order]:
    """The orders of the selection with their address and checklist, in pick order."""
    ctx = _context(session, campaign_id)
    query = (
        select(
            Order.id,
            Order.backer_number,
            Backer.name,
            RewardTier.title,
            Order.reward_title,
            Order.notes,
            Order.warehouse_id,
        )  # fmt: skip
        .join(Backer, Backer.id == Order.backer_id)
        .outerjoin(RewardTier, RewardTier.id == Order.tier_id)
        .outerjoin(Address, Address.order_id == Order.id)
        .where(Order.campaign_id == campaign_id, Order.merged_into_id.is_(None))
    )
    if selection.tier_id is not None:
        query = query.where(Order.tier_id == selection.tier_id)
    if selection.warehouse_id is not None:
        query = query.where(Order.warehouse_id == selection.warehouse_id)
    if selection.country:
        query = query.where(Address.country_code == selection.country.upper())
    if selection.status is not None:
        query = query.where(Order.status == selection.status)
    if selection.problem_free_only:
        query = query.where(~exists().where(OrderProblem.order_id == Order.id, OrderProblem.severity == Severity.ERROR))
    wanted = set(selection.order_ids) if selection.order_ids is not None else None
    orders: dict[int, _Order] = {}
    for oid, number, name, tier, reward, notes, wid in session.execute(query):
        if wanted is None or oid in wanted:
            orders[oid] = _Order(oid, number, name, tier or reward or "", notes or "", wid, None, [])
    for batch in chunks(list(orders)):
        for address in session.scalars(select(Address).where(Address.order_id.in_(batch))):
            orders[address.order_id].address = address
    for oid, lines in checklists_for(session, campaign_id, list(orders)).items():
        orders[oid].lines = lines
    for order in orders.values():
        warehouse = ctx.warehouses.get(order.warehouse_id) if order.warehouse_id is not None else None
        first_bin = next(
            (ctx.bins.get((order.warehouse_id, line.item.item_id), "") for line in order.lines if line.is_stock), ""
        ) if order.warehouse_id is not None else ""  # fmt: skip
        order.sort_key = (
            warehouse is None,
            warehouse.code if warehouse else "",
            first_bin == "",
            first_bin,
            _number_key(order.backer_number),
            order.order_id,
        )
    return sorted(orders.values(), key=lambda o: o.sort_key)


# --- Addresses -----------------------------------------------------------------------------------


def _place(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def native_lines(address: Address | None) -> tuple[str, ...]:
    if address is None:
        return ()
    city = ", ".join(p for p in (address.city, _place(address.state, address.postal_code)) if p)
    lines = (address.name, address.company, address.line1, address.line2, address.line3, city,
             country_name(address.country_code) if address.country_code else address.country_as_given)  # fmt: skip
    return tuple(line for line in lines if line)


def latin_lines(address: Address | None) -> tuple[str, ...]:
    """For carriers: the confirmed or proposed Latin-script version where there is one."""
    if address is None:
        return ()
    latin = (address.latin_name, address.latin_line1, address.latin_line2, address.latin_city, address.latin_state)
    if not any(latin):
        lines = list(native_lines(address))
        if lines and address.country_code:
            lines[-1] = lines[-1].upper()
        return tuple(lines)
    state = address.latin_state or ("" if address.state and not address.state.isascii() else address.state)
    city = ", ".join(p for p in (address.latin_city or address.city, _place(state, address.postal_code)) if p)
    lines = (
        address.latin_name or address.name,
        address.company,
        address.latin_line1 or address.line1,
        address.latin_line2 or ("" if address.latin_line1 else address.line2),
        city,
        (country_name(address.country_code) if address.country_code else address.country_as_given).upper(),
    )
    return tuple(line for line in lines if line)


# --- Writing a file safely -----------------------------------------------------------------------


def _write(path: Path, render: Callable[[Path], int]) -> int:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_atomically(path, render, what=message("file.the_pdf", "the PDF"))


# --- The documents -------------------------------------------------------------------------------


def _packing_data(ctx: _Context, order: _Order) -> PackingListData:
    warehouse = ctx.warehouses.get(order.warehouse_id) if order.warehouse_id is not None else None
    lines = tuple(
        PackLine(
            line.sku,
            line.item.name,
            line.item.variant,
            line.quantity,
            line.is_stock,
            ctx.bins.get((order.warehouse_id, line.item.item_id), "") if order.warehouse_id is not None else "",
        )
        for line in order.lines
    )
    address = order.address
    notes = "\n".join(n for n in (order.notes, address.delivery_notes if address else "") if n)
    return PackingListData(
        order_id=order.order_id,
        backer_number=order.backer_number,
        name=(address.name if address and address.name else order.backer_name),
        native_address=native_lines(address),
        latin_address=latin_lines(address),
        lines=lines,
        notes=notes,
        thank_you=ctx.campaign.thank_you_note or "",
        warehouse=warehouse.code if warehouse else "",
        tier=order.tier,
        campaign=ctx.campaign.name,
        phone=address.phone if address else "",
    )


def print_packing_lists(
    session: Session,
    campaign_id: int,
    selection: PrintSelection,
    path: Path,
    paper: Paper = "A4",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """One packing list per order of the selection, in pick order, in one PDF; returns the orders printed."""
    ctx = _context(session, campaign_id)
    orders = selected_orders(session, campaign_id, selection)
    data: Iterator[PackingListData] = (_packing_data(ctx, order) for order in orders)
    _write(path, lambda out: packing_lists(data, out, paper, total=len(orders), progress=progress, cancel=cancel))
    return len(orders)


def pick_list_data(session: Session, campaign_id: int, selection: PrintSelection) -> list[PickListData]:
    """The batch's total quantity per item, one list per warehouse."""
    ctx = _context(session, campaign_id)
    orders = selected_orders(session, campaign_id, selection)
    by_warehouse: dict[int | None, list[_Order]] = defaultdict(list)
    for order in orders:
        by_warehouse[order.warehouse_id].append(order)
    printed_at = datetime.now().strftime("%Y-%m-%d %H:%M")
    found: list[PickListData] = []
    for wid, members in by_warehouse.items():
        totals: dict[int, int] = defaultdict(int)
        items: dict[int, ChecklistLine] = {}
        for order in members:
            for line in order.lines:
                totals[line.item.item_id] += line.quantity
                items.setdefault(line.item.item_id, line)
        lines = tuple(
            PickLine(
                ctx.bins.get((wid, iid), "") if wid is not None else "",
                items[iid].sku,
                items[iid].item.name,
                items[iid].item.variant,
                quantity,
                items[iid].is_stock,
            )
            for iid, quantity in totals.items()
        )
        warehouse = ctx.warehouses.get(wid) if wid is not None else None
        found.append(
            PickListData(
                warehouse=f"{warehouse.code} – {warehouse.name}" if warehouse else "(no warehouse)",
                lines=lines,
                orders=len(members),
                campaign=ctx.campaign.name,
                first_order=members[0].backer_number,
                last_order=members[-1].backer_number,
                printed_at=printed_at,
            )
        )
    return found


def print_pick_list(
    session: Session,
    campaign_id: int,
    selection: PrintSelection,
    path: Path,
    paper: Paper = "A4",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """The pick list of the selection (one per warehouse); returns the number of orders it covers."""
    data = pick_list_data(session, campaign_id, selection)
    stop_if_cancelled(cancel, "Printing")
    _write(path, lambda out: pick_lists(data, out, paper))
    orders = sum(d.orders for d in data)
    if progress is not None:
        progress(orders, orders)
    return orders


def _sender(ctx: _Context, warehouse_id: int | None) -> tuple[str, ...]:
    warehouse = ctx.warehouses.get(warehouse_id) if warehouse_id is not None else None
    if warehouse is None:
        return (ctx.campaign.name,)
    country = country_name(warehouse.country_code).upper() if warehouse.country_code else ""
    return tuple(p for p in (ctx.campaign.name, warehouse.name, country) if p)


def _label_data(ctx: _Context, order: _Order) -> LabelData:
    address = order.address
    return LabelData(
        order_id=order.order_id,
        backer_number=order.backer_number,
        latin_address=latin_lines(address),
        native_address=native_lines(address),
        sender=_sender(ctx, order.warehouse_id),
        phone=address.phone if address else "",
        reference=order.tier,
    )


def print_labels(
    session: Session,
    campaign_id: int,
    selection: PrintSelection,
    path: Path,
    layout: Paper = "4x6",
    native: bool = True,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """Address labels in pick order: 4×6 in (one per page) or A4 / Letter sheets; returns the labels."""
    ctx = _context(session, campaign_id)
    orders = selected_orders(session, campaign_id, selection)
    data = (_label_data(ctx, order) for order in orders)
    return _write(
        path,
        lambda out: labels(data, out, layout, native=native, total=len(orders), progress=progress, cancel=cancel),
    )


def customs_data(
    session: Session, campaign_id: int, selection: PrintSelection, limit: Decimal = CN22_LIMIT
) -> list[CustomsData]:
    """A declaration per international parcel (destination country other than the warehouse's)."""
    ctx = _context(session, campaign_id)
    orders = selected_orders(session, campaign_id, selection)
    items = {item.id: item for item in session.scalars(select(Item).where(Item.campaign_id == campaign_id))}
    found: list[CustomsData] = []
    for order in orders:
        warehouse = ctx.warehouses.get(order.warehouse_id) if order.warehouse_id is not None else None
        address = order.address
        if warehouse is None or address is None or not warehouse.country_code:
            continue
        if address.country_code == warehouse.country_code:
            continue
        lines: list[CustomsLine] = []
        currency = ""
        for line in order.lines:
            item = items[line.item.item_id]
            currency = currency or item.customs_currency
            description = f"{item.name} ({item.variant})" if item.variant else item.name
            lines.append(
                CustomsLine(
                    description=description,
                    quantity=line.quantity,
                    net_weight_g=(item.weight_g or 0) * line.quantity,
                    value=(item.customs_value or Decimal("0")) * line.quantity,
                    hs_code=item.hs_code,
                    origin_country=item.origin_country,
                )
            )
        found.append(
            CustomsData(
                order_id=order.order_id,
                backer_number=order.backer_number,
                sender=_sender(ctx, order.warehouse_id),
                recipient=latin_lines(address),
                lines=tuple(lines),
                currency=currency or ctx.campaign.currency,
                recipient_phone=address.phone,
                limit=limit,
            )
        )
    return found


def print_customs(
    session: Session,
    campaign_id: int,
    selection: PrintSelection,
    path: Path,
    paper: Paper = "A4",
    limit: Decimal = CN22_LIMIT,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int:
    """CN 22 (or CN 23 above `limit`) for the international parcels of the selection; returns how many."""
    data = customs_data(session, campaign_id, selection, limit)
    return _write(path, lambda out: declarations(data, out, paper, total=len(data), progress=progress, cancel=cancel))
