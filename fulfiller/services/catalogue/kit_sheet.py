"""The kit sheet: load one to create or update items and replace the kits it names, all at once or
not at all, and export the campaign's kits as one.

Every change is recorded in the audit log with the operator, and the unpacked orders of every kit
that changed are re-expanded (see checklist.py).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fulfiller.db.models import Campaign, Item, KitLine
from fulfiller.domain.enums import AuditAction
from fulfiller.domain.errors import UserError, message_of
from fulfiller.domain.kits import ITEM_COLUMNS, KitSheetLine, parse_item_cell, parse_quantity
from fulfiller.domain.messages import Message, joined, message
from fulfiller.exporters.kit_sheet import write_kit_sheet
from fulfiller.importers.kit_sheet import KitSheetRow, read_kit_sheet
from fulfiller.services.audit import record
from fulfiller.services.catalogue.checklist import Reexpansion, load_kit_book
from fulfiller.services.catalogue.items import apply_item_changes, describe_item
from fulfiller.services.catalogue.kits import KitRef, Offers, audit_entity, kit_lines, kit_owner, reexpand_changed


@dataclass(frozen=True)
class SheetProblem:
    row: int | None
    column: str
    message: Message

    def describe(self) -> str:
        return str(self.note())

    def note(self) -> Message:
        """The problem with its place: "row 3, column 'sku': …"."""
        reason, row, column = self.message, self.row, self.column
        if row is not None and column:
            return message(
                "kits.sheet_at_cell", "row {row}, column {column!r}: {reason}", row=row, column=column, reason=reason
            )
        if row is not None:
            return message("kits.sheet_at_row", "row {row}: {reason}", row=row, reason=reason)
        if column:
            return message("kits.sheet_at_column", "column {column!r}: {reason}", column=column, reason=reason)
        return reason


class KitSheetError(UserError):
    """The kit sheet was refused as a whole; nothing was written. `problems` lists every reason."""

    SHOWN = 5

    def __init__(self, file: str, problems: list[SheetProblem]) -> None:
        self.file, self.problems = file, problems
        shown = joined(*(p.note() for p in problems[: self.SHOWN]), separator="; ")
        if len(problems) > self.SHOWN:
            refused = message(
                "kits.sheet_refused_and_more",
                "{file}, {shown}; and {more} more problem(s). Nothing was loaded: correct the sheet and load it again.",
                file=file,
                shown=shown,
                more=len(problems) - self.SHOWN,
            )
        else:
            refused = message(
                "kits.sheet_refused",
                "{file}, {shown}. Nothing was loaded: correct the sheet and load it again.",
                file=file,
                shown=shown,
            )
        super().__init__(refused)


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
        return str(self.summary())

    def summary(self) -> Message:
        text = [
            message(
                "kits.sheet_loaded",
                "Loaded {lines} kit line(s) for {kits} kit(s) from {file}: "
                "{created} new item(s), {updated} item(s) updated.",
                lines=self.lines,
                kits=len(self.kits),
                file=self.file,
                created=len(self.items_created),
                updated=len(self.items_updated),
            ),
            joined(self.reexpansion.summary(), end="."),
        ]
        if self.unlinked:
            text.append(
                message(
                    "kits.sheet_unlinked",
                    "These now pack their own kit instead of another's: {kits}.",
                    kits=", ".join(self.unlinked),
                )
            )
        return joined(*text, separator="\n")


_SHEET_TO_ITEM = {"origin": "origin_country", "currency": "customs_currency", "stock": "is_stock"}


@dataclass
class _ParsedRow:
    row: int
    kit: KitRef
    sku_key: str
    quantity: int


def _parse_sheet_rows(
    rows: list[KitSheetRow], offers: Offers, problems: list[SheetProblem]
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
            problems.append(
                SheetProblem(row.row, "kit", message("kits.sheet_no_kit", "empty; name a reward tier or add-on"))
            )
        else:
            try:
                kit = offers.resolve(cells["kit"])
            except ValueError as exc:
                problems.append(SheetProblem(row.row, "kit", message_of(exc)))
        sku = cells["sku"]
        if not sku:
            problems.append(
                SheetProblem(row.row, "sku", message("kits.sheet_no_sku", "empty; every kit line needs the item's SKU"))
            )
        key = sku.casefold()
        spelling.setdefault(key, sku)
        quantity = 0
        try:
            quantity = parse_quantity(cells["quantity"])
        except ValueError as exc:
            problems.append(SheetProblem(row.row, "quantity", message_of(exc)))
        for column in ITEM_COLUMNS:
            text = cells.get(column, "")
            if not text or not sku:
                continue
            try:
                value = parse_item_cell(column, text)
            except ValueError as exc:
                problems.append(SheetProblem(row.row, column, message_of(exc)))
                continue
            earlier = definitions[key].get(column)
            if earlier is not None and earlier[1] != value:
                problems.append(
                    SheetProblem(
                        row.row,
                        column,
                        message(
                            "kits.sheet_differs",
                            "{text!r} differs from {earlier!r} given for SKU {sku} on row {row}",
                            text=text,
                            earlier=earlier[1],
                            sku=sku,
                            row=earlier[0],
                        ),
                    )
                )
            elif earlier is None:
                definitions[key][column] = (row.row, value)
        if kit is not None and sku:
            if (kit, key) in first_line:
                problems.append(
                    SheetProblem(
                        row.row,
                        "sku",
                        message(
                            "kits.sheet_twice_in_kit",
                            "{sku} is already in this kit on row {row}",
                            sku=sku,
                            row=first_line[(kit, key)],
                        ),
                    )
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
        raise UserError(message("campaign.not_found", "There is no campaign {campaign}.", campaign=campaign_id))
    sheet = read_kit_sheet(path)
    offers = Offers.load(session, campaign_id)
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
                    first,
                    "name",
                    message(
                        "kits.sheet_new_sku",
                        "SKU {sku} is not in the catalogue yet: give its name (and details) on its row",
                        sku=sku,
                    ),
                )
            )
    if problems:
        problems.sort(key=lambda p: (p.row or 0, p.column))
        raise KitSheetError(sheet.name, problems)
    if not parsed:
        raise KitSheetError(
            sheet.name, [SheetProblem(None, "", message("kits.sheet_empty", "the sheet holds no kit lines"))]
        )

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
    reexpansion = reexpand_changed(session, campaign_id, before)
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
            record(session, operator, AuditAction.CREATE, "item", item.id, new=describe_item(item))
            existing[key] = item
            created.append(sku)
        elif apply_item_changes(session, item, values, operator):
            updated.append(item.sku)
    return created, updated


def _describe_kit(pairs: list[tuple[str, int]]) -> str:
    return ", ".join(f"{sku} × {quantity}" for sku, quantity in pairs)


def _replace_kit(session: Session, ref: KitRef, lines: list[tuple[int, int]], operator: str) -> bool:
    """Make the kit exactly these (item, quantity) lines; return True if a "packs like" link was dropped."""
    owner = kit_owner(session, ref)
    current = kit_lines(session, ref)
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
        record(session, operator, AuditAction.UPDATE, audit_entity(ref), ref.id, field="kit", old=old or None, new=new)
    link = "kit_tier_id" if ref.kind == "tier" else "kit_add_on_id"
    if getattr(owner, link) is not None:
        target = session.get(type(owner), getattr(owner, link))
        record(
            session,
            operator,
            AuditAction.UPDATE,
            audit_entity(ref),
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
    offers = Offers.load(session, campaign_id)
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
