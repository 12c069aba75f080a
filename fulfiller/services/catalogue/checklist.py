"""Each order's checklist (tier kit + add-ons + extra lines, and the kits of orders merged into it),
which orders still ship, and re-expansion of unpacked parcels after a kit changes.

An order ships when its pledge was collected and it was not merged into another order; it is
"packed" once one of its parcels (not counting reships) reached packed or any later status. Only
parcels still pending, ready, on hold or with an address problem are rewritten after a kit edit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Table, and_, bindparam, delete, false, insert, select, update
from sqlalchemy.orm import Session

from fulfiller.db.models import (
    AddOn,
    Item,
    KitLine,
    Order,
    OrderAddOn,
    OrderExtraLine,
    RewardTier,
    Shipment,
    ShipmentLine,
)
from fulfiller.db.planner import checked_per_row
from fulfiller.domain.enums import PledgeStatus, ShipmentStatus
from fulfiller.domain.errors import UserError
from fulfiller.domain.kits import ChecklistLine, ExtraLine, Kit, KitEntry, KitItem, expand_order, follow_packs_like
from fulfiller.domain.messages import Message, joined, message
from fulfiller.domain.shipment_status import HANDED_OUT, PACKED_OR_FURTHER

S = ShipmentStatus
DONE_STATUSES = PACKED_OR_FURTHER  # packed, shipped, delivered, and what befell them after
CHUNK = 5_000
T = TypeVar("T")


def chunks(values: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    batch: list[T] = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


# --- Which orders ship ---------------------------------------------------------------------------


def still_to_ship(campaign_id: int, *, per_row: bool = False) -> ColumnElement[bool]:
    """Collected, not merged into another order, and not packed yet: all four in the orders' index.

    `per_row`: checked on each order a join reaches from a smaller table, not read from that index."""
    return and_(
        (checked_per_row(Order.campaign_id) if per_row else Order.campaign_id) == campaign_id,
        Order.status == PledgeStatus.COLLECTED,
        Order.merged_into_id.is_(None),
        Order.packed == false(),
    )


def merged_members(session: Session, campaign_id: int) -> dict[int, int]:
    """Collected orders merged into another: child id -> the order they finally ship in."""
    parents: dict[int, int] = {}
    collected: set[int] = set()
    for child, parent, status in session.execute(
        # The few merged orders from their own index, each one's campaign checked as it is reached.
        select(Order.id, Order.merged_into_id, Order.status).where(
            checked_per_row(Order.campaign_id) == campaign_id, Order.merged_into_id.is_not(None)
        )
    ):
        parents[child] = parent
        if status is PledgeStatus.COLLECTED:
            collected.add(child)
    roots: dict[int, int] = {}
    for child in collected:
        seen = {child}
        current = parents[child]
        while current in parents and current not in seen:  # a chain: merged into an order merged elsewhere
            seen.add(current)
            current = parents[current]
        if current not in seen:  # a circle of merges ships nowhere
            roots[child] = current
    return roots


# --- Kits as the checklist needs them -------------------------------------------------------------


@dataclass
class KitBook:
    """Every item and every tier's and add-on's kit of a campaign, "packs like" links followed."""

    items: dict[int, KitItem]
    tiers: dict[int, Kit]
    add_ons: dict[int, Kit]
    tier_titles: dict[int, str]

    def tier(self, tier_id: int | None) -> Kit | None:
        return None if tier_id is None else self.tiers.get(tier_id)

    def add_on(self, add_on_id: int) -> Kit:
        return self.add_ons[add_on_id]

    def contents(self) -> dict[tuple[str, int], dict[int, int]]:
        """Units per item of every kit: compare two of these to see which kits an edit changed."""
        found = {("tier", i): k.quantities() for i, k in self.tiers.items()}
        found.update({("add_on", i): k.quantities() for i, k in self.add_ons.items()})
        return found


def kit_item(item: Item) -> KitItem:
    return KitItem(item.id, item.sku, item.name, item.variant, item.is_stock, item.weight_g)


def load_kit_book(session: Session, campaign_id: int) -> KitBook:
    items = {i.id: kit_item(i) for i in session.scalars(select(Item).where(Item.campaign_id == campaign_id))}
    tiers = session.execute(
        select(RewardTier.id, RewardTier.title, RewardTier.kit_tier_id).where(RewardTier.campaign_id == campaign_id)
    ).all()
    add_ons = session.execute(
        select(AddOn.id, AddOn.title, AddOn.kit_add_on_id).where(AddOn.campaign_id == campaign_id)
    ).all()
    own: dict[tuple[str, int], list[KitEntry]] = defaultdict(list)
    lines = session.execute(
        select(KitLine.tier_id, KitLine.add_on_id, KitLine.item_id, KitLine.quantity)
        .join(Item, Item.id == KitLine.item_id)
        .where(Item.campaign_id == campaign_id)
        .order_by(KitLine.id)
    )
    for tier_id, add_on_id, item_id, quantity in lines:
        key = ("tier", tier_id) if tier_id is not None else ("add_on", add_on_id)
        own[key].append(KitEntry(items[item_id], quantity))
    tier_links = {tid: link for tid, _, link in tiers}
    add_on_links = {aid: link for aid, _, link in add_ons}
    return KitBook(
        items=items,
        tiers={tid: Kit(title, tuple(own[("tier", follow_packs_like(tid, tier_links))])) for tid, title, _ in tiers},
        add_ons={
            aid: Kit(title, tuple(own[("add_on", follow_packs_like(aid, add_on_links))])) for aid, title, _ in add_ons
        },
        tier_titles={tid: title for tid, title, _ in tiers},
    )


# --- Checklists ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _OrderParts:
    tier_id: int | None
    backer_number: str
    add_ons: list[tuple[int, int]] = field(default_factory=list)
    extras: list[tuple[int, int, str]] = field(default_factory=list)


def _order_parts(session: Session, order_ids: Collection[int]) -> dict[int, _OrderParts]:
    parts: dict[int, _OrderParts] = {}
    for batch in chunks(order_ids):
        for oid, tier_id, number in session.execute(
            select(Order.id, Order.tier_id, Order.backer_number).where(Order.id.in_(batch))
        ):
            parts[oid] = _OrderParts(tier_id, number)
        for oid, add_on_id, quantity in session.execute(
            select(OrderAddOn.order_id, OrderAddOn.add_on_id, OrderAddOn.quantity)
            .where(OrderAddOn.order_id.in_(batch))
            .order_by(OrderAddOn.id)
        ):
            parts[oid].add_ons.append((add_on_id, quantity))
        for oid, item_id, quantity, note in session.execute(
            select(OrderExtraLine.order_id, OrderExtraLine.item_id, OrderExtraLine.quantity, OrderExtraLine.note)
            .where(OrderExtraLine.order_id.in_(batch))
            .order_by(OrderExtraLine.id)
        ):
            parts[oid].extras.append((item_id, quantity, note))
    return parts


def _renamed(kit: Kit, suffix: str) -> Kit:
    return Kit(f"{kit.name} {suffix}", kit.entries)


def _expand(book: KitBook, own: _OrderParts, merged: list[_OrderParts]) -> list[ChecklistLine]:
    add_on_kits: list[tuple[Kit, int]] = [(book.add_on(aid), qty) for aid, qty in own.add_ons]
    extras = [ExtraLine(book.items[iid], qty, note) for iid, qty, note in own.extras]
    for child in merged:
        suffix = f"(merged order {child.backer_number})" if child.backer_number else "(merged order)"
        child_tier = book.tier(child.tier_id)
        if child_tier is not None:
            add_on_kits.append((_renamed(child_tier, suffix), 1))
        add_on_kits.extend((_renamed(book.add_on(aid), suffix), qty) for aid, qty in child.add_ons)
        extras.extend(ExtraLine(book.items[iid], qty, f"{note} {suffix}".strip()) for iid, qty, note in child.extras)
    return expand_order(book.tier(own.tier_id), add_on_kits, extras)


def checklists_for(
    session: Session, campaign_id: int, order_ids: Collection[int], book: KitBook | None = None
) -> dict[int, list[ChecklistLine]]:
    """The checklists of these orders (each with the kits of the orders merged into it)."""
    book = book or load_kit_book(session, campaign_id)
    wanted = set(order_ids)
    children: dict[int, list[int]] = defaultdict(list)
    for child, root in merged_members(session, campaign_id).items():
        if root in wanted:
            children[root].append(child)
    parts = _order_parts(session, wanted | {c for kids in children.values() for c in kids})
    return {
        oid: _expand(book, parts[oid], [parts[c] for c in sorted(children.get(oid, ()))])
        for oid in order_ids
        if oid in parts
    }


@dataclass(frozen=True)
class OrderChecklist:
    order_id: int
    backer_number: str
    reward: str
    ships: bool  # collected and not merged away
    merged_into: str  # backer number of the order this one ships in ("" if none)
    merged_from: list[str]  # backer numbers of orders that ship in this one
    lines: list[ChecklistLine]

    def as_dict(self) -> dict[str, Any]:
        return {
            "order_id": self.order_id,
            "backer_number": self.backer_number,
            "reward": self.reward,
            "ships": self.ships,
            "merged_into": self.merged_into,
            "merged_from": self.merged_from,
            "lines": [
                {
                    "sku": line.sku,
                    "name": line.item.name,
                    "variant": line.item.variant,
                    "quantity": line.quantity,
                    "stock": line.is_stock,
                    "sources": [{"from": s.label, "quantity": s.quantity} for s in line.sources],
                }
                for line in self.lines
            ],
        }


def order_checklist(session: Session, order_id: int) -> OrderChecklist:
    """What to pack for one order: the basis of its packing list and its pack-station checklist."""
    order = session.get(Order, order_id)
    if order is None:
        raise UserError(message("order.not_found", "There is no order {order}.", order=order_id))
    reward = order.tier.title if order.tier else order.reward_title
    members = merged_members(session, order.campaign_id)
    if order.merged_into_id is not None:
        root = members.get(order.id, order.merged_into_id)
        into = session.get(Order, root)
        return OrderChecklist(order.id, order.backer_number, reward, False, into.backer_number if into else "", [], [])
    lines = checklists_for(session, order.campaign_id, [order.id])[order.id]
    merged_from = sorted(
        number
        for number in session.scalars(
            select(Order.backer_number).where(Order.id.in_([c for c, r in members.items() if r == order.id]))
        )
    )
    ships = order.status is PledgeStatus.COLLECTED
    return OrderChecklist(order.id, order.backer_number, reward, ships, "", merged_from, lines)


# --- Re-expansion after a kit edit ---------------------------------------------------------------


@dataclass
class Reexpansion:
    """What a kit edit did to the orders: the unpacked ones follow it, packed ones are left alone."""

    orders_changed: int = 0  # orders not yet packed whose checklist changed
    shipments_rewritten: int = 0  # their unpacked parcels whose lines were rewritten
    packed_untouched: int = 0  # orders with the kit already packed or shipped: left as they were
    needs_review: list[int] = field(default_factory=list)  # orders split into several unpacked parcels

    def __iadd__(self, other: Reexpansion) -> Reexpansion:
        self.orders_changed += other.orders_changed
        self.shipments_rewritten += other.shipments_rewritten
        self.packed_untouched += other.packed_untouched
        self.needs_review.extend(other.needs_review)
        return self

    def as_dict(self) -> dict[str, Any]:
        return {
            "orders_changed": self.orders_changed,
            "shipments_rewritten": self.shipments_rewritten,
            "packed_untouched": self.packed_untouched,
            "needs_review": list(self.needs_review),
        }

    def describe(self) -> str:
        return str(self.summary())

    def summary(self) -> Message:
        parts = [
            message(
                "kits.reexpanded",
                "{orders:,} unpacked order(s) changed ({parcels:,} parcel(s) rewritten)",
                orders=self.orders_changed,
                parcels=self.shipments_rewritten,
            )
        ]
        if self.packed_untouched:
            parts.append(
                message(
                    "kits.packed_untouched",
                    "{n:,} already packed or shipped left as they were",
                    n=self.packed_untouched,
                )
            )
        if self.needs_review:
            parts.append(
                message(
                    "kits.needs_review",
                    "{n:,} split into several parcels need their lines checked by hand",
                    n=len(self.needs_review),
                )
            )
        return joined(*parts, separator="; ")


def _orders_using(
    session: Session, campaign_id: int, tier_ids: Collection[int], add_on_ids: Collection[int]
) -> set[int]:
    """Collected orders (merged ones too) whose own tier or add-ons are among these."""
    found: set[int] = set()
    collected = and_(Order.campaign_id == campaign_id, Order.status == PledgeStatus.COLLECTED)
    if tier_ids:
        found.update(session.scalars(select(Order.id).where(collected, Order.tier_id.in_(list(tier_ids)))))
    if add_on_ids:
        found.update(
            session.scalars(
                select(OrderAddOn.order_id)
                .join(Order, Order.id == OrderAddOn.order_id)
                .where(collected, OrderAddOn.add_on_id.in_(list(add_on_ids)), OrderAddOn.quantity > 0)
            )
        )
    return found


def _shipping_roots(session: Session, campaign_id: int, candidates: set[int]) -> set[int]:
    """Those of the candidates that ship: collected and not merged into another order."""
    if len(candidates) > CHUNK:  # many: one pass over the campaign beats thousands of bound ids
        shipping = session.scalars(
            select(Order.id).where(
                Order.campaign_id == campaign_id,
                Order.status == PledgeStatus.COLLECTED,
                Order.merged_into_id.is_(None),
            )
        )
        return candidates.intersection(shipping)
    return set(
        session.scalars(
            select(Order.id).where(
                Order.id.in_(list(candidates)),
                Order.campaign_id == campaign_id,
                Order.status == PledgeStatus.COLLECTED,
                Order.merged_into_id.is_(None),
            )
        )
    )


def _parcels(session: Session, campaign_id: int, roots: set[int]) -> dict[int, list[tuple[int, ShipmentStatus]]]:
    """Each order's parcels (not reships) with their status."""
    parcels: dict[int, list[tuple[int, ShipmentStatus]]] = defaultdict(list)
    query = select(Shipment.order_id, Shipment.id, Shipment.status).where(Shipment.replaces_shipment_id.is_(None))
    if len(roots) > CHUNK:
        batches: Iterable[list[int] | None] = [None]
        query = query.join(Order, Order.id == Shipment.order_id).where(Order.campaign_id == campaign_id)
    else:
        batches = chunks(roots)
    for batch in batches:
        batch_query = query if batch is None else query.where(Shipment.order_id.in_(batch))
        for oid, sid, status in session.execute(batch_query):
            if oid in roots:
                parcels[oid].append((sid, status))
    return parcels


def reexpand(
    session: Session,
    campaign_id: int,
    *,
    tier_ids: Collection[int] = (),
    add_on_ids: Collection[int] = (),
    order_ids: Collection[int] = (),
) -> Reexpansion:
    """Bring the unpacked parcels of every order using these kits (or these orders) in line with their
    checklist. Call it after the change is flushed; the caller owns the transaction."""
    session.flush()
    members = merged_members(session, campaign_id)
    used = _orders_using(session, campaign_id, tier_ids, add_on_ids) | set(order_ids)
    roots = _shipping_roots(session, campaign_id, {members.get(oid, oid) for oid in used})
    if not roots:
        return Reexpansion()
    parcels = _parcels(session, campaign_id, roots)
    result = Reexpansion()
    to_rewrite: dict[int, int] = {}  # order -> its one unpacked parcel
    for oid in roots:
        own = parcels.get(oid, [])
        if any(status in DONE_STATUSES for _, status in own):
            result.packed_untouched += 1
            continue
        result.orders_changed += 1
        if len(own) == 1 and own[0][1] not in HANDED_OUT:
            to_rewrite[oid] = own[0][0]
        elif len(own) == 1 or len(own) > 1:  # a label tool or partner has its lines already: a person decides
            result.needs_review.append(oid)
    result.needs_review.sort()
    if to_rewrite:
        book = load_kit_book(session, campaign_id)
        checklists = checklists_for(session, campaign_id, list(to_rewrite), book)
        result.shipments_rewritten = _rewrite_lines(
            session, {sid: checklists.get(oid, []) for oid, sid in to_rewrite.items()}
        )
    return result


def _rewrite_lines(session: Session, wanted: dict[int, list[ChecklistLine]]) -> int:
    """Make each parcel's lines the checklist; lines already ticked keep their count (up to the new quantity)."""
    existing: dict[int, dict[int, tuple[int, int, int]]] = defaultdict(dict)  # parcel -> item -> (line, qty, packed)
    duplicates: list[int] = []
    rewritten: set[int] = set()
    for batch in chunks(wanted):
        for line_id, sid, item_id, quantity, packed in session.execute(
            select(
                ShipmentLine.id,
                ShipmentLine.shipment_id,
                ShipmentLine.item_id,
                ShipmentLine.quantity,
                ShipmentLine.packed_quantity,
            )
            .where(ShipmentLine.shipment_id.in_(batch))
            .order_by(ShipmentLine.id)
        ):
            if item_id in existing[sid]:
                duplicates.append(line_id)  # one line per item: a second one is folded away
                rewritten.add(sid)
            else:
                existing[sid][item_id] = (line_id, quantity, packed)
    updates: list[dict[str, Any]] = []
    inserts: list[dict[str, Any]] = []
    removals: list[int] = list(duplicates)
    for sid, lines in wanted.items():
        have = existing.get(sid, {})
        target = {line.item.item_id: line.quantity for line in lines}
        for item_id, (line_id, quantity, packed) in have.items():
            if item_id not in target:
                removals.append(line_id)
                rewritten.add(sid)
            elif target[item_id] != quantity:
                updates.append(
                    {"line_id": line_id, "quantity": target[item_id], "packed": min(packed, target[item_id])}
                )
                rewritten.add(sid)
        for item_id, quantity in target.items():
            if item_id not in have:
                inserts.append({"shipment_id": sid, "item_id": item_id, "quantity": quantity, "packed_quantity": 0})
                rewritten.add(sid)
    table: Table = ShipmentLine.__table__  # type: ignore[assignment]
    for batch in chunks(removals):
        session.execute(delete(table).where(table.c.id.in_(batch)))
    if updates:
        session.execute(
            update(table)
            .where(table.c.id == bindparam("line_id"))
            .values(quantity=bindparam("quantity"), packed_quantity=bindparam("packed")),
            updates,
        )
    for batch in chunks(inserts):
        session.execute(insert(table), batch)
    session.expire_all()
    return len(rewritten)
