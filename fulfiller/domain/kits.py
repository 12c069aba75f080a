"""Kits (bills of materials) and the checklist of one order: exactly what goes into the box.

A tier's kit, each add-on's kit times its quantity, and any extra lines written for the order add
up item by item; a non-stock line (a hand-written card) is packed like any other but is never
counted on a shelf. The cell rules of the kit sheet (quantity, weight, customs value, ...) live
here too, so the sheet, the item editor and the tests agree on what a valid value is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from fulfiller.domain.countries import resolve_country
from fulfiller.domain.errors import InvalidValue, UserError
from fulfiller.domain.messages import Message, message
from fulfiller.domain.parsing import currency_code

# --- Kits and checklists -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KitItem:
    """An item as a kit and a checklist show it."""

    item_id: int
    sku: str
    name: str
    variant: str = ""
    is_stock: bool = True
    weight_g: int | None = None

    @property
    def label(self) -> str:
        return f"{self.name} ({self.variant})" if self.variant else self.name


@dataclass(frozen=True, slots=True)
class KitEntry:
    item: KitItem
    quantity: int


@dataclass(frozen=True, slots=True)
class Kit:
    """The contents of one reward tier or add-on."""

    name: str
    entries: tuple[KitEntry, ...] = ()

    def quantities(self) -> dict[int, int]:
        """Units per item id (an item listed twice counts twice)."""
        totals: dict[int, int] = {}
        for entry in self.entries:
            totals[entry.item.item_id] = totals.get(entry.item.item_id, 0) + entry.quantity
        return totals


@dataclass(frozen=True, slots=True)
class ExtraLine:
    """An item written onto one order by hand: a replacement part, a goodwill gift."""

    item: KitItem
    quantity: int
    note: str = ""


@dataclass(frozen=True, slots=True)
class Source:
    """Where some units of a checklist line come from, for display: ("2 × Spare Shade", 2)."""

    label: str
    quantity: int


@dataclass(frozen=True, slots=True)
class ChecklistLine:
    item: KitItem
    quantity: int
    sources: tuple[Source, ...]

    @property
    def sku(self) -> str:
        return self.item.sku

    @property
    def is_stock(self) -> bool:
        return self.item.is_stock

    @property
    def label(self) -> str:
        return self.item.label


def expand_order(
    tier_kit: Kit | None,
    add_on_kits: Iterable[tuple[Kit, int]] = (),
    extras: Iterable[ExtraLine] = (),
) -> list[ChecklistLine]:
    """The order's lines to pack, one per item, in the order they first appear (tier, add-ons, extras).

    Quantities of the same item add up whatever brought them; the sources say what did. Items are
    told apart by id, so two variants of one product stay two lines. Non-stock lines are kept.
    """
    parts: list[tuple[str, KitItem, int]] = []
    if tier_kit is not None:
        parts.extend((tier_kit.name, e.item, e.quantity) for e in tier_kit.entries)
    for kit, times in add_on_kits:
        if times < 0:
            raise ValueError(f"An add-on quantity cannot be negative ({kit.name}: {times}).")
        label = kit.name if times == 1 else f"{times} × {kit.name}"
        parts.extend((label, e.item, e.quantity * times) for e in kit.entries if times)
    for extra in extras:
        parts.append((f"extra: {extra.note}" if extra.note else "extra", extra.item, extra.quantity))

    order: list[int] = []
    items: dict[int, KitItem] = {}
    totals: dict[int, int] = {}
    sources: dict[int, dict[str, int]] = {}
    for label, item, quantity in parts:
        if quantity < 0:
            raise ValueError(f"A kit quantity cannot be negative ({label}: {item.sku} × {quantity}).")
        if quantity == 0:
            continue
        if item.item_id not in items:
            order.append(item.item_id)
            items[item.item_id] = item
            sources[item.item_id] = {}
        totals[item.item_id] = totals.get(item.item_id, 0) + quantity
        by_label = sources[item.item_id]
        by_label[label] = by_label.get(label, 0) + quantity
    return [
        ChecklistLine(items[i], totals[i], tuple(Source(label, n) for label, n in sources[i].items())) for i in order
    ]


# --- "Packs like": a tier that uses another tier's kit ---------------------------------------------


class PacksLikeCycle(UserError):
    """Following "packs like" links would go round in a circle."""


def follow_packs_like(start: int, links: Mapping[int, int | None]) -> int:
    """The tier (or add-on) whose kit `start` packs: follow the links to the end; refuse a cycle."""
    chain = [start]
    current = start
    while (following := links.get(current)) is not None:
        if following in chain:
            raise PacksLikeCycle(
                message(
                    "kits.packs_like_circle",
                    "These kits would pack like each other in a circle: {chain}",
                    chain=" → ".join(str(i) for i in [*chain, following]),
                )
            )
        chain.append(following)
        current = following
    return current


def check_packs_like(owner: int, target: int | None, links: Mapping[int, int | None]) -> None:
    """Raise PacksLikeCycle if linking `owner` to `target` would make a circle."""
    if target is None:
        return
    if target == owner:
        raise PacksLikeCycle(message("kits.packs_like_itself", "A kit cannot pack like itself."))
    follow_packs_like(owner, {**links, owner: target})


# --- The kit sheet: one row per kit line, optional columns define the item -------------------------

KIT_SHEET_COLUMNS: tuple[str, ...] = (
    "kit",
    "sku",
    "quantity",
    "name",
    "variant",
    "weight_g",
    "length_mm",
    "width_mm",
    "height_mm",
    "hs_code",
    "origin",
    "customs_value",
    "currency",
    "stock",
    "spare_percent",
)
KIT_SHEET_REQUIRED: tuple[str, ...] = ("kit", "sku", "quantity")
ITEM_COLUMNS: tuple[str, ...] = KIT_SHEET_COLUMNS[3:]
# Headers people write for the same thing.
KIT_SHEET_ALIASES: dict[str, str] = {
    "reward": "kit",
    "tier": "kit",
    "qty": "quantity",
    "item": "name",
    "item_name": "name",
    "weight": "weight_g",
    "weight_grams": "weight_g",
    "hs": "hs_code",
    "hscode": "hs_code",
    "origin_country": "origin",
    "country_of_origin": "origin",
    "value": "customs_value",
    "customs_currency": "currency",
    "is_stock": "stock",
    "spare": "spare_percent",
    "spares": "spare_percent",
}


@dataclass(frozen=True, slots=True)
class KitSheetLine:
    """One row of a kit sheet as the exporter writes it (item columns empty where not repeated)."""

    kit: str
    sku: str
    quantity: int
    name: str = ""
    variant: str = ""
    weight_g: int | None = None
    length_mm: int | None = None
    width_mm: int | None = None
    height_mm: int | None = None
    hs_code: str = ""
    origin: str = ""
    customs_value: Decimal | None = None
    currency: str = ""
    stock: bool | None = None
    spare_percent: Decimal | None = None

    def cells(self) -> tuple[object, ...]:
        stock = "" if self.stock is None else ("yes" if self.stock else "no")
        values = {**{name: getattr(self, name) for name in KIT_SHEET_COLUMNS}, "stock": stock}
        return tuple("" if values[name] is None else values[name] for name in KIT_SHEET_COLUMNS)


def sheet_column(header: str) -> str:
    """The kit-sheet column a header names: "Weight (g)" and "weight_g" alike."""
    key = re.sub(r"[^0-9a-z]+", "_", header.strip().casefold().replace("(g)", "_g")).strip("_")
    return KIT_SHEET_ALIASES.get(key, key)


_WHOLE = re.compile(r"\+?(\d+)(?:[.,]0{1,2})?")  # "2.0", "2,00"; never "1,000"


def parse_quantity(text: str) -> int:
    """A kit quantity: a whole number above 0 ("2", "2.0")."""
    match = _WHOLE.fullmatch(text.strip())
    if match is None or int(match[1]) <= 0:
        raise InvalidValue(message("value.not_above_zero", "{text!r} is not a whole number above 0", text=text.strip()))
    return int(match[1])


def parse_grams_or_mm(text: str) -> int | None:
    """A weight in grams or a length in millimetres: a whole number, 0 or more; empty means unknown."""
    text = text.strip()
    if not text:
        return None
    match = _WHOLE.fullmatch(text)
    if match is None:
        raise InvalidValue(message("value.not_whole", "{text!r} is not a whole number (0 or more)", text=text))
    return int(match[1])


def parse_customs_value(text: str) -> Decimal | None:
    """A customs value per unit: "28.50" or "28,50", 0 or more, at most 4 decimals; empty means unknown."""
    given = text.strip()
    compact = given.replace("\u00a0", "").replace(" ", "")
    if not compact:
        return None
    if "," in compact and "." not in compact and compact.count(",") == 1:
        compact = compact.replace(",", ".")
    value = None
    if re.fullmatch(r"\+?(\d+\.?\d*|\.\d+)", compact):
        value = Decimal(compact)
    if value is None:
        raise InvalidValue(
            message(
                "value.not_an_amount",
                "{text!r} is not an amount such as 28.50 (a number, 0 or more, no currency sign)",
                text=given,
            )
        )
    if value.as_tuple().exponent < -4:  # type: ignore[operator]
        raise InvalidValue(message("value.too_many_decimals", "{text!r} has more than 4 decimals", text=given))
    return value


def parse_currency(text: str) -> str:
    """An ISO 4217 code ("USD", "eur"); a symbol is accepted only where it means one currency ("€")."""
    code = currency_code(text)
    if code is None:
        raise InvalidValue(
            message(
                "value.not_a_currency",
                "{text!r} is not a known currency code such as USD, EUR or CNY",
                text=text.strip(),
            )
        )
    return code


def parse_origin(text: str) -> str:
    """The country of origin as an ISO code ("CN", "China", "中国"); empty means unknown."""
    text = text.strip()
    if not text:
        return ""
    code = resolve_country(text)
    if code is None:
        raise InvalidValue(
            message("value.not_a_country", "{text!r} is not a country (write its ISO code, such as CN)", text=text)
        )
    return code


def parse_hs_code(text: str) -> str:
    """A customs tariff code: 6 to 10 digits ("9405.21" is read as "940521"); empty means unknown."""
    digits = re.sub(r"[\s.]", "", text)
    if not digits:
        return ""
    if not digits.isdigit() or not 6 <= len(digits) <= 10:
        if digits.isdigit() and len(digits) == 5:
            raise InvalidValue(
                message(
                    "value.hs_code_lost_zero",
                    "{text!r} is not an HS code of 6 to 10 digits (did a spreadsheet drop a leading zero?)",
                    text=text.strip(),
                )
            )
        raise InvalidValue(
            message("value.not_an_hs_code", "{text!r} is not an HS code of 6 to 10 digits", text=text.strip())
        )
    return digits


_YES = {"yes", "y", "true", "1", "x", "stock"}
_NO = {"no", "n", "false", "0", "non-stock", "not stock"}


def parse_stock(text: str) -> bool | None:
    """Whether the item is counted on a shelf: yes/no (empty means unchanged, or yes for a new item)."""
    key = text.strip().casefold()
    if not key:
        return None
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise InvalidValue(message("value.not_yes_or_no", "{text!r} is neither yes nor no", text=text.strip()))


PERCENTAGE = message("value.percentage", "percentage")
SPARE_PERCENTAGE = message("value.spare_percentage", "spare percentage")


def parse_percent(text: str | Decimal, *, what: Message = PERCENTAGE, highest: int = 100) -> Decimal:
    """A percentage from 0 to `highest` ("12", "12.5", "12%")."""
    raw = str(text).strip().removesuffix("%").strip()
    try:
        value = Decimal(raw)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or not 0 <= value <= highest:
        raise InvalidValue(
            message(
                "value.not_a_percentage",
                "{text!r} is not a {what} from 0 to {highest}",
                text=str(text).strip(),
                what=what,
                highest=highest,
            )
        )
    return value


ITEM_PARSERS = {
    "weight_g": parse_grams_or_mm,
    "length_mm": parse_grams_or_mm,
    "width_mm": parse_grams_or_mm,
    "height_mm": parse_grams_or_mm,
    "hs_code": parse_hs_code,
    "origin": parse_origin,
    "customs_value": parse_customs_value,
    "currency": parse_currency,
    "stock": parse_stock,
    "spare_percent": lambda text: parse_percent(text, what=SPARE_PERCENTAGE),
}


def parse_item_cell(column: str, text: str) -> object:
    """The value of one item column of a kit sheet (raises InvalidValue with a message for a bad cell)."""
    parser = ITEM_PARSERS.get(column)
    return parser(text) if parser is not None else " ".join(text.split())
