"""The parts a replacement sends: the order's lines to choose from (together, its whole kit), a list
typed as `SKU:QTY,…`, and the check of a choice against the order: items the order holds, and no more
units than it holds."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from fulfiller.db.models import Item, Order
from fulfiller.domain.aftersales import parse_parts
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import message
from fulfiller.domain.order_codes import order_code
from fulfiller.services.catalogue.checklist import order_checklist
from fulfiller.services.shipping.pack_station import find_order

WHOLE_KIT: Literal["whole kit"] = "whole kit"
Lines = Mapping[int, int] | Literal["whole kit"]


@dataclass(frozen=True)
class Part:
    """One line of the order that a replacement can send again."""

    item_id: int
    sku: str
    name: str  # with its variant
    quantity: int  # units the order holds
    is_stock: bool


def order_parts(session: Session, order_id: int) -> list[Part]:
    """The order's checklist, one line per item: what a replacement chooses from; all of it is the whole kit."""
    return [
        Part(line.item.item_id, line.sku, line.label, line.quantity, line.is_stock)
        for line in order_checklist(session, order_id).lines
    ]


@dataclass(frozen=True)
class OrderParts:
    """The order a scanned packing list (or a typed backer number) names, with the parts to choose from."""

    order_id: int
    order_code: str
    backer_number: str
    backer_name: str
    reward: str
    parts: list[Part]


def parts_of_order(session: Session, campaign_id: int, code: str) -> OrderParts:
    order = find_order(session, code, campaign_id)
    checklist = order_checklist(session, order.id)
    parts = [Part(line.item.item_id, line.sku, line.label, line.quantity, line.is_stock) for line in checklist.lines]
    name = order.backer.name if order.backer else ""
    return OrderParts(order.id, order_code(order.id), order.backer_number, name, checklist.reward, parts)


def _held(session: Session, order_id: int) -> list[Part]:
    held = order_parts(session, order_id)
    if not held:
        raise UserError(
            message("request.no_kit", "Order {order} has no kit to send again.", order=order_code(order_id))
        )
    return held


def _skus(parts: list[Part]) -> str:
    return ", ".join(part.sku for part in parts)


def parts_by_sku(session: Session, order_id: int, text: str) -> dict[int, int]:
    """The parts typed as `SKU:QTY,…` (a SKU alone is one unit), as item id -> units of the order's items."""
    held = _held(session, order_id)
    by_sku = {part.sku.casefold(): part for part in held}
    chosen: dict[int, int] = {}
    for sku, units in parse_parts(text):
        part = by_sku.get(sku.casefold())
        if part is None:
            raise UserError(
                message(
                    "parts.not_in_order",
                    "{sku} is not part of order {order}; its parts are: {parts}.",
                    sku=sku,
                    order=order_code(order_id),
                    parts=_skus(held),
                )
            )
        chosen[part.item_id] = units
    return chosen


def wanted_lines(session: Session, order: Order, lines: Lines) -> dict[int, int]:
    """Item id -> units a request on this order sends: the whole kit, or the parts chosen (checked)."""
    if isinstance(lines, str) and lines != WHOLE_KIT:
        raise UserError(message("request.items_or_whole_kit", "Give the items needed, or “{whole}”.", whole=WHOLE_KIT))
    held = {part.item_id: part for part in _held(session, order.id)}
    if isinstance(lines, str):
        return {item_id: part.quantity for item_id, part in held.items()}
    wanted = {int(item_id): int(units) for item_id, units in lines.items() if units}
    if not wanted:
        raise UserError(message("request.no_items", "Choose at least one item the backer needs, or the whole kit."))
    if any(units < 0 for units in wanted.values()):
        raise UserError(message("request.negative_units", "The number of units needed cannot be negative."))
    skus = dict(
        session.execute(
            select(Item.id, Item.sku).where(Item.id.in_(list(wanted)), Item.campaign_id == order.campaign_id)
        ).all()
    )
    unknown = sorted(set(wanted) - set(skus))
    if unknown:
        raise UserError(
            message(
                "request.unknown_items",
                "Item(s) {items} are not items of this campaign.",
                items=", ".join(map(str, unknown)),
            )
        )
    for item_id, units in wanted.items():
        part = held.get(item_id)
        if part is None:
            raise UserError(
                message(
                    "parts.not_in_order",
                    "{sku} is not part of order {order}; its parts are: {parts}.",
                    sku=skus[item_id],
                    order=order_code(order.id),
                    parts=_skus(list(held.values())),
                )
            )
        if units > part.quantity:
            raise UserError(
                message(
                    "parts.more_than_held",
                    "Order {order} holds {held} × {sku}: a replacement sends at most that many, not {units}.",
                    order=order_code(order.id),
                    held=part.quantity,
                    sku=part.sku,
                    units=units,
                )
            )
    return wanted
