"""The kits: what each reward tier and add-on packs, its own lines or a "packs like" link to another
one's kit (set in the tier-mapping step after an import).

Every kit edit is recorded in the audit log with the operator and re-expands the orders that are not
packed yet (see checklist.py), saying how many changed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import AddOn, KitLine, Order, OrderAddOn, RewardTier
from fulfiller.db.planner import checked_per_row
from fulfiller.domain.enums import AuditAction, PledgeStatus
from fulfiller.domain.errors import InvalidValue, UserError
from fulfiller.domain.kits import check_packs_like
from fulfiller.domain.messages import message
from fulfiller.services.audit import record
from fulfiller.services.campaigns import only_campaign_with_orders
from fulfiller.services.catalogue.checklist import Reexpansion, load_kit_book, reexpand
from fulfiller.services.catalogue.items import get_item

KitKind = Literal["tier", "add_on"]


@dataclass(frozen=True)
class KitRef:
    """Which kit: a reward tier's or an add-on's."""

    kind: KitKind
    id: int

    @classmethod
    def tier(cls, tier_id: int) -> KitRef:
        return cls("tier", tier_id)

    @classmethod
    def add_on(cls, add_on_id: int) -> KitRef:
        return cls("add_on", add_on_id)


@dataclass(frozen=True)
class KitLineView:
    item_id: int
    sku: str
    name: str
    variant: str
    quantity: int
    is_stock: bool


@dataclass(frozen=True)
class KitView:
    kind: KitKind
    id: int
    title: str
    platform_id: str
    sheet_name: str  # how a kit sheet names it
    packs_like_id: int | None
    packs_like: str  # the title of the tier or add-on whose kit it uses ("" when it has its own)
    lines: list[KitLineView]  # what it packs (its own lines, or those of the kit it packs like)
    orders: int  # collected orders that chose it

    @property
    def needs_kit(self) -> bool:
        """Backers chose it but nothing says what goes in the box: the mapping step must settle it."""
        return self.orders > 0 and not self.lines

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "title": self.title,
            "platform_id": self.platform_id,
            "sheet_name": self.sheet_name,
            "packs_like": self.packs_like,
            "orders": self.orders,
            "needs_kit": self.needs_kit,
            "lines": [vars(line) for line in self.lines],
        }


_ADDON_FORM = re.compile(r"\[\s*add-?on\s*:\s*([^\]]*)\]\s*(.*)", re.IGNORECASE)
_ADDON_PREFIX = re.compile(r"add-?on\s*:\s*(.+)", re.IGNORECASE)


@dataclass
class Offers:
    """A campaign's tiers and add-ons, and the names a kit sheet may call them by."""

    tiers: list[RewardTier]
    add_ons: list[AddOn]
    by_name: dict[str, set[KitRef]] = field(default_factory=lambda: defaultdict(set))
    by_id: dict[str, set[KitRef]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def load(cls, session: Session, campaign_id: int) -> Offers:
        tiers = list(session.scalars(select(RewardTier).where(RewardTier.campaign_id == campaign_id)))
        add_ons = list(session.scalars(select(AddOn).where(AddOn.campaign_id == campaign_id)))
        offers = cls(tiers, add_ons)
        for kind, rows in (("tier", tiers), ("add_on", add_ons)):
            for row in rows:
                ref = KitRef(kind, row.id)  # type: ignore[arg-type]
                offers.by_name[_name_key(row.title)].add(ref)
                if row.platform_id:
                    offers.by_id[row.platform_id.strip()].add(ref)
        return offers

    def title(self, ref: KitRef) -> str:
        rows = self.tiers if ref.kind == "tier" else self.add_ons
        return next(r.title for r in rows if r.id == ref.id)

    def sheet_name(self, ref: KitRef) -> str:
        """The title; an add-on sharing a tier's title is written "[Addon: id] title" (a plain title is the tier)."""
        title = self.title(ref)
        if ref.kind == "tier" or len(self.by_name[_name_key(title)]) == 1:
            return title
        row = next(a for a in self.add_ons if a.id == ref.id)
        return f"[Addon: {row.platform_id}] {title}" if row.platform_id else f"Add-on: {title}"

    def resolve(self, name: str) -> KitRef:
        """The kit a sheet names: a tier's or add-on's title or platform id, or "[Addon: id] title".

        A plain title that a tier and an add-on share means the tier, as the platform's "Reward Title" does."""
        text = " ".join(name.split())
        match = _ADDON_FORM.fullmatch(text)
        if match:
            found = {r for r in self.by_id.get(match[1].strip(), set()) if r.kind == "add_on"}
            if not found and match[2]:
                found = {r for r in self.by_name.get(_name_key(match[2]), set()) if r.kind == "add_on"}
            return self._one(name, found)
        match = _ADDON_PREFIX.fullmatch(text)
        if match and not self.by_name.get(_name_key(text)):
            return self._one(name, {r for r in self.by_name.get(_name_key(match[1]), set()) if r.kind == "add_on"})
        found = self.by_name.get(_name_key(text)) or self.by_id.get(text) or self.by_id.get(_whole(text)) or set()
        tiers = {r for r in found if r.kind == "tier"}
        return self._one(name, tiers if len(tiers) == 1 else found)

    def _one(self, name: str, found: set[KitRef]) -> KitRef:
        if len(found) == 1:
            return next(iter(found))
        if not found:
            known = [t.title for t in self.tiers] + [a.title for a in self.add_ons]
            if not known:
                raise InvalidValue(
                    message(
                        "kits.unknown_kit_none_yet",
                        "no reward tier or add-on is called {name!r} (known: none yet — import backers first)",
                        name=name,
                    )
                )
            if len(known) > 8:
                raise InvalidValue(
                    message(
                        "kits.unknown_kit_of_many",
                        "no reward tier or add-on is called {name!r} (known: {listing}; … ({count} in all))",
                        name=name,
                        listing="; ".join(known[:8]),
                        count=len(known),
                    )
                )
            raise InvalidValue(
                message(
                    "kits.unknown_kit",
                    "no reward tier or add-on is called {name!r} (known: {listing})",
                    name=name,
                    listing="; ".join(known),
                )
            )
        raise InvalidValue(
            message(
                "kits.ambiguous_add_on",
                "{name!r} could mean {count} add-ons; write it as '[Addon: ID] title'",
                name=name,
                count=len(found),
            )
        )


def _name_key(title: str) -> str:
    return " ".join(title.split())


def _whole(text: str) -> str:
    """ "8123456.0" (an id a spreadsheet turned into a number) -> "8123456"."""
    return text[:-2] if text.endswith(".0") and text[:-2].isdigit() else text


def collected_order_counts(session: Session, campaign_id: int) -> tuple[dict[int, int], dict[int, int]]:
    """Collected orders per tier id and per add-on id: the kits a team plans for (an order merged into
    another counts, its kit ships in that box). The Dashboard and `fulfiller stats` count the same."""
    collected = (Order.campaign_id == campaign_id, Order.status == PledgeStatus.COLLECTED)
    # In a file of this campaign alone the (tier, status) index answers without the campaign's orders sorted.
    per_tier = (
        (Order.status == PledgeStatus.COLLECTED,) if only_campaign_with_orders(session, campaign_id) else collected
    )
    tiers = dict(
        session.execute(
            select(Order.tier_id, func.count(Order.id))
            .where(*per_tier, Order.tier_id.is_not(None))
            .group_by(Order.tier_id)
        ).all()
    )
    add_ons = dict(
        session.execute(
            # From the add-ons' side, in add-on order (a quarter of the orders have any), each one's
            # order checked as it is reached.
            select(OrderAddOn.add_on_id, func.count(OrderAddOn.order_id))
            .join(Order, Order.id == OrderAddOn.order_id)
            .where(checked_per_row(Order.campaign_id) == campaign_id, collected[1], OrderAddOn.quantity > 0)
            .group_by(OrderAddOn.add_on_id)
        ).all()
    )
    return tiers, add_ons


def list_kits(session: Session, campaign_id: int) -> list[KitView]:
    """Every tier's and add-on's kit, tiers first, in the order they were created."""
    offers = Offers.load(session, campaign_id)
    book = load_kit_book(session, campaign_id)
    tier_orders, add_on_orders = collected_order_counts(session, campaign_id)
    views = []
    for kind, rows, kits, counts in (
        ("tier", offers.tiers, book.tiers, tier_orders),
        ("add_on", offers.add_ons, book.add_ons, add_on_orders),
    ):
        titles = {r.id: r.title for r in rows}
        for row in sorted(rows, key=lambda r: r.id):
            ref = KitRef(kind, row.id)  # type: ignore[arg-type]
            link = row.kit_tier_id if kind == "tier" else row.kit_add_on_id  # type: ignore[union-attr]
            effective = [
                KitLineView(e.item.item_id, e.item.sku, e.item.name, e.item.variant, e.quantity, e.item.is_stock)
                for e in kits[row.id].entries
            ]
            views.append(
                KitView(
                    kind,  # type: ignore[arg-type]
                    row.id,
                    row.title,
                    row.platform_id or "",
                    offers.sheet_name(ref),
                    link,
                    titles.get(link, "") if link is not None else "",
                    effective,
                    counts.get(row.id, 0),
                )
            )
    return views


def kits_to_map(session: Session, campaign_id: int) -> list[KitView]:
    """Tiers and add-ons that backers chose but that pack nothing yet: the mapping step after an import."""
    return [kit for kit in list_kits(session, campaign_id) if kit.needs_kit]


def suggest_packs_like(session: Session, campaign_id: int) -> dict[KitRef, KitRef]:
    """For each tier or add-on still to map, the one with a kit it most likely packs like: the same
    platform id (a renamed reward), else the longest title contained in its own ("Early Bird Lamp
    (late pledge)" -> "Early Bird Lamp"). Only a proposal: `set_packs_like` makes it so."""
    kits = list_kits(session, campaign_id)
    suggestions: dict[KitRef, KitRef] = {}
    for kit in kits:
        if not kit.needs_kit:
            continue
        candidates = [k for k in kits if k.kind == kit.kind and k.id != kit.id and k.lines]
        same_id = [k for k in candidates if kit.platform_id and k.platform_id == kit.platform_id]
        title = kit.title.casefold()
        contained = sorted(
            (k for k in candidates if k.title.casefold() in title), key=lambda k: len(k.title), reverse=True
        )
        best = same_id[0] if len(same_id) == 1 else (contained[0] if contained else None)
        if best is not None:
            suggestions[KitRef(kit.kind, kit.id)] = KitRef(best.kind, best.id)
    return suggestions


def kit_owner(session: Session, ref: KitRef) -> RewardTier | AddOn:
    """The reward tier or add-on whose kit `ref` is; raises UserError if there is none."""
    model = RewardTier if ref.kind == "tier" else AddOn
    row = session.get(model, ref.id)
    if row is None:
        if ref.kind == "tier":
            raise UserError(message("kits.no_such_tier", "There is no reward tier {id}.", id=ref.id))
        raise UserError(message("kits.no_such_add_on", "There is no add-on {id}.", id=ref.id))
    return row


def audit_entity(ref: KitRef) -> str:
    """The entity name the audit log files a kit's edits under."""
    return "reward_tier" if ref.kind == "tier" else "add_on"


def kit_lines(session: Session, ref: KitRef) -> list[KitLine]:
    """The kit's own lines, in the order they were added (not those of a kit it packs like)."""
    column = KitLine.tier_id if ref.kind == "tier" else KitLine.add_on_id
    return list(session.scalars(select(KitLine).where(column == ref.id).order_by(KitLine.id)))


def reexpand_changed(session: Session, campaign_id: int, before: dict[tuple[str, int], dict[int, int]]) -> Reexpansion:
    """Re-expand the unpacked orders of every kit whose contents differ from `before`."""
    session.flush()
    after = load_kit_book(session, campaign_id).contents()
    changed = [key for key in after if after[key] != before.get(key, {})]
    return reexpand(
        session,
        campaign_id,
        tier_ids=[i for kind, i in changed if kind == "tier"],
        add_on_ids=[i for kind, i in changed if kind == "add_on"],
    )


def set_kit_line(session: Session, kit: KitRef, item_id: int, quantity: int, *, operator: str) -> Reexpansion:
    """Put `quantity` of the item in the kit (adding or changing its line); unpacked orders follow."""
    owner = kit_owner(session, kit)
    item = get_item(session, item_id)
    if item.campaign_id != owner.campaign_id:
        raise UserError(message("kits.other_campaign", "{name} belongs to another campaign.", name=item.sku))
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity <= 0:
        raise UserError(
            message(
                "kits.bad_quantity", "A kit quantity is a whole number above 0, not {quantity!r}.", quantity=quantity
            )
        )
    before = load_kit_book(session, owner.campaign_id).contents()
    lines = [line for line in kit_lines(session, kit) if line.item_id == item_id]
    old = sum(line.quantity for line in lines)
    for extra in lines[1:]:
        session.delete(extra)
    if lines:
        lines[0].quantity = quantity
    else:
        column = "tier_id" if kit.kind == "tier" else "add_on_id"
        session.add(KitLine(item_id=item_id, quantity=quantity, **{column: kit.id}))
    record(
        session,
        operator,
        AuditAction.UPDATE,
        audit_entity(kit),
        kit.id,
        field=f"kit {item.sku}",
        old=old or None,
        new=quantity,
    )
    return reexpand_changed(session, owner.campaign_id, before)


def remove_kit_line(session: Session, kit: KitRef, item_id: int, *, operator: str) -> Reexpansion:
    """Take the item out of the kit; unpacked orders follow."""
    owner = kit_owner(session, kit)
    item = get_item(session, item_id)
    lines = [line for line in kit_lines(session, kit) if line.item_id == item_id]
    if not lines:
        raise UserError(message("kits.not_in_kit", "{sku} is not in the kit of {kit}.", sku=item.sku, kit=owner.title))
    before = load_kit_book(session, owner.campaign_id).contents()
    for line in lines:
        session.delete(line)
    record(
        session,
        operator,
        AuditAction.UPDATE,
        audit_entity(kit),
        kit.id,
        field=f"kit {item.sku}",
        old=sum(line.quantity for line in lines),
        new=None,
    )
    return reexpand_changed(session, owner.campaign_id, before)


def set_packs_like(session: Session, kit: KitRef, target_id: int | None, *, operator: str) -> Reexpansion:
    """Make a tier (or add-on) pack like another one's kit, or (None) pack its own again; refuses circles."""
    owner = kit_owner(session, kit)
    model = RewardTier if kit.kind == "tier" else AddOn
    column = "kit_tier_id" if kit.kind == "tier" else "kit_add_on_id"
    target = None
    if target_id is not None:
        target = kit_owner(session, KitRef(kit.kind, target_id))
        if target.campaign_id != owner.campaign_id:
            raise UserError(message("kits.other_campaign", "{name} belongs to another campaign.", name=target.title))
    links = dict(
        session.execute(select(model.id, getattr(model, column)).where(model.campaign_id == owner.campaign_id)).all()
    )
    check_packs_like(kit.id, target_id, links)
    old_id = getattr(owner, column)
    if old_id == target_id:
        return Reexpansion()
    before = load_kit_book(session, owner.campaign_id).contents()
    old = session.get(model, old_id) if old_id is not None else None
    record(
        session,
        operator,
        AuditAction.UPDATE,
        audit_entity(kit),
        kit.id,
        field="packs_like",
        old=old.title if old is not None else None,
        new=target.title if target is not None else None,
    )
    setattr(owner, column, target_id)
    return reexpand_changed(session, owner.campaign_id, before)
