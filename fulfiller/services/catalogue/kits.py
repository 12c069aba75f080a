"""The catalogue and the kits: items, what each reward tier and add-on contains, "packs like" links
(the tier-mapping step after an import), and the kit sheet that loads or saves them all at once.

Every edit is recorded in the audit log with the operator, and every kit edit re-expands the
orders that are not packed yet (see services/checklist.py), saying how many changed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import AddOn, Campaign, Item, KitLine, Order, OrderAddOn, OrderExtraLine, RewardTier
from fulfiller.db.models import ShipmentLine as _ShipmentLine
from fulfiller.domain.enums import AuditAction, PledgeStatus
from fulfiller.domain.errors import UserError
from fulfiller.domain.kits import (
    ITEM_COLUMNS,
    KitSheetLine,
    check_packs_like,
    parse_currency,
    parse_customs_value,
    parse_grams_or_mm,
    parse_hs_code,
    parse_item_cell,
    parse_origin,
    parse_percent,
    parse_quantity,
)
from fulfiller.exporters.kit_sheet import write_kit_sheet
from fulfiller.importers.kit_sheet import KitSheetRow, read_kit_sheet
from fulfiller.services.audit import record, record_changes
from fulfiller.services.catalogue.checklist import Reexpansion, load_kit_book, reexpand

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


# --- Items ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemView:
    id: int
    sku: str
    name: str
    variant: str
    weight_g: int | None
    length_mm: int | None
    width_mm: int | None
    height_mm: int | None
    hs_code: str
    origin_country: str
    customs_value: Decimal | None
    customs_currency: str
    is_stock: bool
    spare_percent: Decimal | None

    @property
    def label(self) -> str:
        return f"{self.name} ({self.variant})" if self.variant else self.name

    def as_dict(self) -> dict[str, Any]:
        values = dict(vars(self))
        for key in ("customs_value", "spare_percent"):
            values[key] = None if values[key] is None else str(values[key])
        return values


ITEM_FIELDS = tuple(f for f in ItemView.__dataclass_fields__ if f != "id")


def _item_view(item: Item) -> ItemView:
    return ItemView(item.id, *(getattr(item, name) for name in ITEM_FIELDS))


def list_items(session: Session, campaign_id: int) -> list[ItemView]:
    items = session.scalars(select(Item).where(Item.campaign_id == campaign_id).order_by(Item.sku))
    return [_item_view(item) for item in items]


def _text(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _optional(parse: Any, value: object) -> Any:
    if value is None or value == "":
        return None
    return value if not isinstance(value, str) else parse(value)


def clean_item_fields(values: Mapping[str, object]) -> dict[str, Any]:
    """Item fields checked and converted (text from a form or typed values); raises UserError naming the field."""
    cleaned: dict[str, Any] = {}
    for name, value in values.items():
        if name not in ITEM_FIELDS:
            raise UserError(f"An item has no field {name!r}.")
        try:
            cleaned[name] = _clean_item_field(name, value)
        except ValueError as exc:
            raise UserError(f"{name.replace('_', ' ')}: {exc}") from exc
    return cleaned


def _clean_item_field(name: str, value: object) -> Any:
    if name in ("sku", "name"):
        text = _text(value)
        if not text:
            raise ValueError("cannot be empty")
        return text
    if name == "variant":
        return _text(value)
    if name in ("weight_g", "length_mm", "width_mm", "height_mm"):
        number = _optional(parse_grams_or_mm, value)
        if number is not None and (not isinstance(number, int) or isinstance(number, bool) or number < 0):
            raise ValueError(f"{value!r} is not a whole number (0 or more)")
        return number
    if name == "hs_code":
        return parse_hs_code(_text(value))
    if name == "origin_country":
        return parse_origin(_text(value))
    if name == "customs_value":
        amount = _optional(parse_customs_value, value)
        if amount is not None and (not isinstance(amount, Decimal) or amount < 0):
            raise ValueError(f"{value!r} is not an amount of 0 or more (Decimal, never float)")
        return amount
    if name == "customs_currency":
        return parse_currency(_text(value))
    if name == "is_stock":
        if not isinstance(value, bool):
            raise ValueError("is yes or no")
        return value
    if name == "spare_percent":
        return None if value is None or value == "" else parse_percent(value, what="spare percentage")  # type: ignore[arg-type]
    raise ValueError("unknown field")


def _check_sku_free(session: Session, campaign_id: int, sku: str, item_id: int | None = None) -> None:
    other = session.scalar(select(Item.id).where(Item.campaign_id == campaign_id, Item.sku == sku))
    if other is not None and other != item_id:
        raise UserError(f"There is already an item with SKU {sku!r}.")


def add_item(session: Session, campaign_id: int, *, operator: str, **fields: object) -> int:
    """A new catalogue item (sku and name required); returns its id."""
    cleaned = clean_item_fields(fields)
    for required in ("sku", "name"):
        if required not in cleaned:
            raise UserError(f"A new item needs a {required}.")
    _check_sku_free(session, campaign_id, cleaned["sku"])
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise UserError(f"There is no campaign {campaign_id}.")
    cleaned.setdefault("customs_currency", campaign.currency)
    item = Item(campaign_id=campaign_id, **cleaned)
    session.add(item)
    session.flush()
    record(session, operator, AuditAction.CREATE, "item", item.id, new=_describe_item(item))
    return item.id


def _describe_item(item: Item) -> str:
    return f"{item.sku}: {item.name}" + (f" ({item.variant})" if item.variant else "")


def update_item(session: Session, item_id: int, changes: Mapping[str, object], *, operator: str) -> None:
    """Change some fields of an item; each changed field is audited (kits keep pointing at it)."""
    item = _item(session, item_id)
    cleaned = clean_item_fields(changes)
    if "sku" in cleaned:
        _check_sku_free(session, item.campaign_id, cleaned["sku"], item.id)
    _apply_item_changes(session, item, cleaned, operator)


def _apply_item_changes(session: Session, item: Item, cleaned: Mapping[str, Any], operator: str) -> bool:
    changes = {name: (getattr(item, name), value) for name, value in cleaned.items()}
    record_changes(session, operator, "item", item.id, changes)
    for name, value in cleaned.items():
        setattr(item, name, value)
    return any(old != new for old, new in changes.values())


def remove_item(session: Session, item_id: int, *, operator: str) -> None:
    """Delete an item that no kit, extra line or parcel uses."""
    item = _item(session, item_id)
    uses = [
        (KitLine, "kit"),
        (OrderExtraLine, "order's extra line"),
        (_ShipmentLine, "parcel"),
    ]
    for model, what in uses:
        count = session.scalar(select(func.count()).select_from(model).where(model.item_id == item_id))
        if count:
            raise UserError(f"{item.sku} is still in {count} {what}{'s' if count > 1 else ''}; remove it there first.")
    record(session, operator, AuditAction.DELETE, "item", item.id, old=_describe_item(item))
    session.delete(item)
    session.flush()


def _item(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise UserError(f"There is no item {item_id}.")
    return item


# --- Kits ----------------------------------------------------------------------------------------


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
    own_lines: list[KitLineView]
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
class _Offers:
    """A campaign's tiers and add-ons, and the names a kit sheet may call them by."""

    tiers: list[RewardTier]
    add_ons: list[AddOn]
    by_name: dict[str, set[KitRef]] = field(default_factory=lambda: defaultdict(set))
    by_id: dict[str, set[KitRef]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def load(cls, session: Session, campaign_id: int) -> _Offers:
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
            listing = "; ".join(known[:8]) + (f"; … ({len(known)} in all)" if len(known) > 8 else "")
            raise ValueError(
                f"no reward tier or add-on is called {name!r} (known: {listing or 'none yet — import backers first'})"
            )
        raise ValueError(f"{name!r} could mean {len(found)} add-ons; write it as '[Addon: ID] title'")


def _name_key(title: str) -> str:
    return " ".join(title.split())


def _whole(text: str) -> str:
    """ "8123456.0" (an id a spreadsheet turned into a number) -> "8123456"."""
    return text[:-2] if text.endswith(".0") and text[:-2].isdigit() else text


def _order_counts(session: Session, campaign_id: int) -> tuple[dict[int, int], dict[int, int]]:
    collected = (Order.campaign_id == campaign_id, Order.status == PledgeStatus.COLLECTED)
    tiers = dict(
        session.execute(
            select(Order.tier_id, func.count(Order.id))
            .where(*collected, Order.tier_id.is_not(None))
            .group_by(Order.tier_id)
        ).all()
    )
    add_ons = dict(
        session.execute(
            select(OrderAddOn.add_on_id, func.count(OrderAddOn.order_id))
            .join(Order, Order.id == OrderAddOn.order_id)
            .where(*collected, OrderAddOn.quantity > 0)
            .group_by(OrderAddOn.add_on_id)
        ).all()
    )
    return tiers, add_ons


def list_kits(session: Session, campaign_id: int) -> list[KitView]:
    """Every tier's and add-on's kit, tiers first, in the order they were created."""
    offers = _Offers.load(session, campaign_id)
    book = load_kit_book(session, campaign_id)
    own: dict[KitRef, list[KitLineView]] = defaultdict(list)
    for line in session.scalars(
        select(KitLine)
        .join(Item, Item.id == KitLine.item_id)
        .where(Item.campaign_id == campaign_id)
        .order_by(KitLine.id)
    ):
        ref = KitRef.tier(line.tier_id) if line.tier_id is not None else KitRef.add_on(line.add_on_id)  # type: ignore[arg-type]
        item = book.items[line.item_id]
        own[ref].append(KitLineView(item.item_id, item.sku, item.name, item.variant, line.quantity, item.is_stock))
    tier_orders, add_on_orders = _order_counts(session, campaign_id)
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
                    own.get(ref, []),
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


def _owner(session: Session, ref: KitRef) -> RewardTier | AddOn:
    model = RewardTier if ref.kind == "tier" else AddOn
    row = session.get(model, ref.id)
    if row is None:
        raise UserError(f"There is no {'reward tier' if ref.kind == 'tier' else 'add-on'} {ref.id}.")
    return row


def _entity(ref: KitRef) -> str:
    return "reward_tier" if ref.kind == "tier" else "add_on"


def _kit_lines(session: Session, ref: KitRef) -> list[KitLine]:
    column = KitLine.tier_id if ref.kind == "tier" else KitLine.add_on_id
    return list(session.scalars(select(KitLine).where(column == ref.id).order_by(KitLine.id)))


def _reexpand_changed(session: Session, campaign_id: int, before: dict[tuple[str, int], dict[int, int]]) -> Reexpansion:
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
    owner = _owner(session, kit)
    item = _item(session, item_id)
    if item.campaign_id != owner.campaign_id:
        raise UserError(f"{item.sku} belongs to another campaign.")
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity <= 0:
        raise UserError(f"A kit quantity is a whole number above 0, not {quantity!r}.")
    before = load_kit_book(session, owner.campaign_id).contents()
    lines = [line for line in _kit_lines(session, kit) if line.item_id == item_id]
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
        _entity(kit),
        kit.id,
        field=f"kit {item.sku}",
        old=old or None,
        new=quantity,
    )
    return _reexpand_changed(session, owner.campaign_id, before)


def remove_kit_line(session: Session, kit: KitRef, item_id: int, *, operator: str) -> Reexpansion:
    """Take the item out of the kit; unpacked orders follow."""
    owner = _owner(session, kit)
    item = _item(session, item_id)
    lines = [line for line in _kit_lines(session, kit) if line.item_id == item_id]
    if not lines:
        raise UserError(f"{item.sku} is not in the kit of {owner.title}.")
    before = load_kit_book(session, owner.campaign_id).contents()
    for line in lines:
        session.delete(line)
    record(
        session,
        operator,
        AuditAction.UPDATE,
        _entity(kit),
        kit.id,
        field=f"kit {item.sku}",
        old=sum(line.quantity for line in lines),
        new=None,
    )
    return _reexpand_changed(session, owner.campaign_id, before)


def set_packs_like(session: Session, kit: KitRef, target_id: int | None, *, operator: str) -> Reexpansion:
    """Make a tier (or add-on) pack like another one's kit, or (None) pack its own again; refuses circles."""
    owner = _owner(session, kit)
    model = RewardTier if kit.kind == "tier" else AddOn
    column = "kit_tier_id" if kit.kind == "tier" else "kit_add_on_id"
    target = None
    if target_id is not None:
        target = _owner(session, KitRef(kit.kind, target_id))
        if target.campaign_id != owner.campaign_id:
            raise UserError(f"{target.title} belongs to another campaign.")
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
        _entity(kit),
        kit.id,
        field="packs_like",
        old=old.title if old is not None else None,
        new=target.title if target is not None else None,
    )
    setattr(owner, column, target_id)
    return _reexpand_changed(session, owner.campaign_id, before)


# --- The kit sheet -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SheetProblem:
    row: int | None
    column: str
    message: str

    def describe(self) -> str:
        where = [f"row {self.row}"] if self.row is not None else []
        if self.column:
            where.append(f"column {self.column!r}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


class KitSheetError(UserError):
    """The kit sheet was refused as a whole; nothing was written. `problems` lists every reason."""

    SHOWN = 5

    def __init__(self, file: str, problems: list[SheetProblem]) -> None:
        self.file, self.problems = file, problems
        shown = "; ".join(p.describe() for p in problems[: self.SHOWN])
        more = f"; and {len(problems) - self.SHOWN} more problem(s)" if len(problems) > self.SHOWN else ""
        super().__init__(f"{file}, {shown}{more}. Nothing was loaded: correct the sheet and load it again.")


@dataclass
class LoadSummary:
    file: str
    kits: list[str]
    lines: int
    items_created: list[str]
    items_updated: list[str]
    unlinked: list[str]  # kits that packed like another and now have their own lines
    reexpansion: Reexpansion

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "kits": self.kits,
            "lines": self.lines,
            "items_created": self.items_created,
            "items_updated": self.items_updated,
            "unlinked": self.unlinked,
            **self.reexpansion.as_dict(),
        }

    def describe(self) -> str:
        text = [
            f"Loaded {self.lines} kit line(s) for {len(self.kits)} kit(s) from {self.file}: "
            f"{len(self.items_created)} new item(s), {len(self.items_updated)} item(s) updated.",
            self.reexpansion.describe() + ".",
        ]
        if self.unlinked:
            text.append(f"These now pack their own kit instead of another's: {', '.join(self.unlinked)}.")
        return "\n".join(text)


_SHEET_TO_ITEM = {"origin": "origin_country", "currency": "customs_currency", "stock": "is_stock"}


@dataclass
class _ParsedRow:
    row: int
    kit: KitRef
    sku_key: str
    quantity: int


def _parse_sheet_rows(
    rows: list[KitSheetRow], offers: _Offers, problems: list[SheetProblem]
) -> tuple[list[_ParsedRow], dict[str, str], dict[str, dict[str, tuple[int, Any]]]]:
    """Rows checked cell by cell: kit lines, the SKU spelling per key, and item values per SKU (with their row)."""
    parsed: list[_ParsedRow] = []
    spelling: dict[str, str] = {}
    definitions: dict[str, dict[str, tuple[int, Any]]] = defaultdict(dict)
    first_line: dict[tuple[KitRef, str], int] = {}
    for row in rows:
        cells = row.cells
        kit: KitRef | None = None
        if not cells["kit"]:
            problems.append(SheetProblem(row.row, "kit", "empty; name a reward tier or add-on"))
        else:
            try:
                kit = offers.resolve(cells["kit"])
            except ValueError as exc:
                problems.append(SheetProblem(row.row, "kit", str(exc)))
        sku = cells["sku"]
        if not sku:
            problems.append(SheetProblem(row.row, "sku", "empty; every kit line needs the item's SKU"))
        key = sku.casefold()
        spelling.setdefault(key, sku)
        quantity = 0
        try:
            quantity = parse_quantity(cells["quantity"])
        except ValueError as exc:
            problems.append(SheetProblem(row.row, "quantity", str(exc)))
        for column in ITEM_COLUMNS:
            text = cells.get(column, "")
            if not text or not sku:
                continue
            try:
                value = parse_item_cell(column, text)
            except ValueError as exc:
                problems.append(SheetProblem(row.row, column, str(exc)))
                continue
            earlier = definitions[key].get(column)
            if earlier is not None and earlier[1] != value:
                problems.append(
                    SheetProblem(
                        row.row, column, f"{text!r} differs from {earlier[1]!r} given for SKU {sku} on row {earlier[0]}"
                    )
                )
            elif earlier is None:
                definitions[key][column] = (row.row, value)
        if kit is not None and sku:
            if (kit, key) in first_line:
                problems.append(
                    SheetProblem(row.row, "sku", f"{sku} is already in this kit on row {first_line[(kit, key)]}")
                )
            else:
                first_line[(kit, key)] = row.row
                parsed.append(_ParsedRow(row.row, kit, key, quantity))
    return parsed, spelling, definitions


def load_kit_sheet(session: Session, campaign_id: int, path: Path | str, *, operator: str) -> LoadSummary:
    """Load a kit sheet in the caller's transaction: create or update the items it defines and replace
    the kit of every tier and add-on it names. Any problem refuses the whole sheet before anything is
    written (KitSheetError lists every one, by row and column)."""
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise UserError(f"There is no campaign {campaign_id}.")
    sheet = read_kit_sheet(path)
    offers = _Offers.load(session, campaign_id)
    problems: list[SheetProblem] = []
    parsed, spelling, definitions = _parse_sheet_rows(sheet.rows, offers, problems)
    items = list(session.scalars(select(Item).where(Item.campaign_id == campaign_id)))
    exact = {item.sku: item for item in items}
    folded: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        folded[item.sku.casefold()].append(item)
    existing: dict[str, Item] = {}
    for key, sku in spelling.items():
        if not key:
            continue
        match = exact.get(sku) or (folded[key][0] if len(folded.get(key, [])) == 1 else None)
        if match is not None:
            existing[key] = match
        elif "name" not in definitions.get(key, {}):
            first = next((p.row for p in parsed if p.sku_key == key), None)
            problems.append(
                SheetProblem(
                    first, "name", f"SKU {sku} is not in the catalogue yet: give its name (and details) on its row"
                )
            )
    if problems:
        problems.sort(key=lambda p: (p.row or 0, p.column))
        raise KitSheetError(sheet.name, problems)
    if not parsed:
        raise KitSheetError(sheet.name, [SheetProblem(None, "", "the sheet holds no kit lines")])

    before = load_kit_book(session, campaign_id).contents()
    created, updated = _write_items(session, campaign, spelling, definitions, existing, operator)
    session.flush()
    item_ids = {key: item.id for key, item in existing.items()}
    kits: dict[KitRef, list[_ParsedRow]] = defaultdict(list)
    for line in parsed:
        kits[line.kit].append(line)
    unlinked = []
    for ref, lines in kits.items():
        if _replace_kit(session, ref, [(item_ids[p.sku_key], p.quantity) for p in lines], operator):
            unlinked.append(offers.title(ref))
    reexpansion = _reexpand_changed(session, campaign_id, before)
    return LoadSummary(
        file=sheet.name,
        kits=[offers.title(ref) for ref in kits],
        lines=len(parsed),
        items_created=created,
        items_updated=updated,
        unlinked=unlinked,
        reexpansion=reexpansion,
    )


def _write_items(
    session: Session,
    campaign: Campaign,
    spelling: dict[str, str],
    definitions: dict[str, dict[str, tuple[int, Any]]],
    existing: dict[str, Item],
    operator: str,
) -> tuple[list[str], list[str]]:
    created, updated = [], []
    for key, sku in spelling.items():
        if not key:
            continue
        values = {_SHEET_TO_ITEM.get(column, column): value for column, (_, value) in definitions.get(key, {}).items()}
        item = existing.get(key)
        if item is None:
            values.setdefault("customs_currency", campaign.currency)
            item = Item(campaign_id=campaign.id, sku=sku, **values)
            session.add(item)
            session.flush()
            record(session, operator, AuditAction.CREATE, "item", item.id, new=_describe_item(item))
            existing[key] = item
            created.append(sku)
        elif _apply_item_changes(session, item, values, operator):
            updated.append(item.sku)
    return created, updated


def _describe_kit(pairs: list[tuple[str, int]]) -> str:
    return ", ".join(f"{sku} × {quantity}" for sku, quantity in pairs)


def _replace_kit(session: Session, ref: KitRef, lines: list[tuple[int, int]], operator: str) -> bool:
    """Make the kit exactly these (item, quantity) lines; return True if a "packs like" link was dropped."""
    owner = _owner(session, ref)
    current = _kit_lines(session, ref)
    skus = dict(
        session.execute(
            select(Item.id, Item.sku).where(Item.id.in_({i for i, _ in lines} | {line.item_id for line in current}))
        ).all()
    )
    old = _describe_kit([(skus[line.item_id], line.quantity) for line in current])
    new = _describe_kit([(skus[item_id], quantity) for item_id, quantity in lines])
    column = KitLine.tier_id if ref.kind == "tier" else KitLine.add_on_id
    if old != new:
        session.execute(delete(KitLine).where(column == ref.id))
        owner_column = "tier_id" if ref.kind == "tier" else "add_on_id"
        session.add_all(
            KitLine(item_id=item_id, quantity=quantity, **{owner_column: ref.id}) for item_id, quantity in lines
        )
        record(session, operator, AuditAction.UPDATE, _entity(ref), ref.id, field="kit", old=old or None, new=new)
    link = "kit_tier_id" if ref.kind == "tier" else "kit_add_on_id"
    if getattr(owner, link) is not None:
        target = session.get(type(owner), getattr(owner, link))
        record(
            session,
            operator,
            AuditAction.UPDATE,
            _entity(ref),
            ref.id,
            field="packs_like",
            old=target.title if target is not None else None,
            new=None,
        )
        setattr(owner, link, None)
        return True
    return False


def kit_sheet_lines(session: Session, campaign_id: int) -> list[KitSheetLine]:
    """The kits in kit-sheet form, each item's details on its first row only. A kit that packs like
    another is left out (the sheet cannot say "packs like", and loading its dormant lines would unlink it)."""
    offers = _Offers.load(session, campaign_id)
    linked = {KitRef.tier(t.id) for t in offers.tiers if t.kit_tier_id is not None}
    linked |= {KitRef.add_on(a.id) for a in offers.add_ons if a.kit_add_on_id is not None}
    items = {item.id: item for item in session.scalars(select(Item).where(Item.campaign_id == campaign_id))}
    defined: set[int] = set()
    sheet: list[KitSheetLine] = []
    order = {KitRef.tier(t.id): (0, t.id) for t in offers.tiers} | {
        KitRef.add_on(a.id): (1, a.id) for a in offers.add_ons
    }
    lines = session.scalars(
        select(KitLine)
        .join(Item, Item.id == KitLine.item_id)
        .where(Item.campaign_id == campaign_id)
        .order_by(KitLine.id)
    )
    by_kit: dict[KitRef, list[KitLine]] = defaultdict(list)
    for line in lines:
        ref = KitRef.tier(line.tier_id) if line.tier_id is not None else KitRef.add_on(line.add_on_id)  # type: ignore[arg-type]
        by_kit[ref].append(line)
    for ref in sorted(set(by_kit) - linked, key=lambda r: order[r]):
        name = offers.sheet_name(ref)
        for line in by_kit[ref]:
            item = items[line.item_id]
            if item.id in defined:
                sheet.append(KitSheetLine(name, item.sku, line.quantity))
                continue
            defined.add(item.id)
            sheet.append(
                KitSheetLine(
                    name,
                    item.sku,
                    line.quantity,
                    name=item.name,
                    variant=item.variant,
                    weight_g=item.weight_g,
                    length_mm=item.length_mm,
                    width_mm=item.width_mm,
                    height_mm=item.height_mm,
                    hs_code=item.hs_code,
                    origin=item.origin_country,
                    customs_value=item.customs_value,
                    currency=item.customs_currency,
                    stock=item.is_stock,
                    spare_percent=item.spare_percent,
                )
            )
    return sheet


def export_kit_sheet(session: Session, campaign_id: int, path: Path | str) -> int:
    """Write the campaign's kits as a kit sheet (.csv or .xlsx); return the lines written."""
    return write_kit_sheet(Path(path), kit_sheet_lines(session, campaign_id))
