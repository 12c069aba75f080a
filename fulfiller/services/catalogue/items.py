"""The item catalogue of a campaign: list, add, edit and remove the items that kits are made of.

Every edit is recorded in the audit log with the operator; kits keep pointing at an edited item.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fulfiller.db.models import Campaign, Item, KitLine, OrderExtraLine
from fulfiller.db.models import ShipmentLine as _ShipmentLine
from fulfiller.domain.enums import AuditAction
from fulfiller.domain.errors import InvalidValue, UserError, message_of
from fulfiller.domain.kits import (
    SPARE_PERCENTAGE,
    parse_currency,
    parse_customs_value,
    parse_grams_or_mm,
    parse_hs_code,
    parse_origin,
    parse_percent,
)
from fulfiller.domain.messages import Message, message
from fulfiller.services.audit import record, record_changes


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
# How a message names each field ("weight g: …").
FIELD_NAMES = {
    "sku": message("items.field_sku", "sku"),
    "name": message("items.field_name", "name"),
    "variant": message("items.field_variant", "variant"),
    "weight_g": message("items.field_weight_g", "weight g"),
    "length_mm": message("items.field_length_mm", "length mm"),
    "width_mm": message("items.field_width_mm", "width mm"),
    "height_mm": message("items.field_height_mm", "height mm"),
    "hs_code": message("items.field_hs_code", "hs code"),
    "origin_country": message("items.field_origin_country", "origin country"),
    "customs_value": message("items.field_customs_value", "customs value"),
    "customs_currency": message("items.field_customs_currency", "customs currency"),
    "is_stock": message("items.field_is_stock", "is stock"),
    "spare_percent": message("items.field_spare_percent", "spare percent"),
}


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
            raise UserError(message("items.no_such_field", "An item has no field {name!r}.", name=name))
        try:
            cleaned[name] = _clean_item_field(name, value)
        except ValueError as exc:
            raise UserError(
                message("items.bad_field", "{field}: {reason}", field=_field_name(name), reason=message_of(exc))
            ) from exc
    return cleaned


def _field_name(name: str) -> Message:
    return FIELD_NAMES.get(name) or Message("", name.replace("_", " "))


def _clean_item_field(name: str, value: object) -> Any:
    if name in ("sku", "name"):
        text = _text(value)
        if not text:
            raise InvalidValue(message("items.empty", "cannot be empty"))
        return text
    if name == "variant":
        return _text(value)
    if name in ("weight_g", "length_mm", "width_mm", "height_mm"):
        number = _optional(parse_grams_or_mm, value)
        if number is not None and (not isinstance(number, int) or isinstance(number, bool) or number < 0):
            raise InvalidValue(message("value.not_whole", "{text!r} is not a whole number (0 or more)", text=value))
        return number
    if name == "hs_code":
        return parse_hs_code(_text(value))
    if name == "origin_country":
        return parse_origin(_text(value))
    if name == "customs_value":
        amount = _optional(parse_customs_value, value)
        if amount is not None and (not isinstance(amount, Decimal) or amount < 0):
            raise InvalidValue(
                message(
                    "items.not_an_amount", "{value!r} is not an amount of 0 or more (Decimal, never float)", value=value
                )
            )
        return amount
    if name == "customs_currency":
        return parse_currency(_text(value))
    if name == "is_stock":
        if not isinstance(value, bool):
            raise InvalidValue(message("items.yes_or_no", "is yes or no"))
        return value
    if name == "spare_percent":
        return None if value is None or value == "" else parse_percent(value, what=SPARE_PERCENTAGE)  # type: ignore[arg-type]
    raise ValueError("unknown field")


def _check_sku_free(session: Session, campaign_id: int, sku: str, item_id: int | None = None) -> None:
    other = session.scalar(select(Item.id).where(Item.campaign_id == campaign_id, Item.sku == sku))
    if other is not None and other != item_id:
        raise UserError(message("items.sku_taken", "There is already an item with SKU {sku!r}.", sku=sku))


def add_item(session: Session, campaign_id: int, *, operator: str, **fields: object) -> int:
    """A new catalogue item (sku and name required); returns its id."""
    cleaned = clean_item_fields(fields)
    for required in ("sku", "name"):
        if required not in cleaned:
            raise UserError(message("items.required", "A new item needs a {field}.", field=_field_name(required)))
    _check_sku_free(session, campaign_id, cleaned["sku"])
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise UserError(message("campaign.not_found", "There is no campaign {campaign}.", campaign=campaign_id))
    cleaned.setdefault("customs_currency", campaign.currency)
    item = Item(campaign_id=campaign_id, **cleaned)
    session.add(item)
    session.flush()
    record(session, operator, AuditAction.CREATE, "item", item.id, new=describe_item(item))
    return item.id


def describe_item(item: Item) -> str:
    """How the audit log names an item: "LAMP-WH: Lamp (white)"."""
    return f"{item.sku}: {item.name}" + (f" ({item.variant})" if item.variant else "")


def update_item(session: Session, item_id: int, changes: Mapping[str, object], *, operator: str) -> None:
    """Change some fields of an item; each changed field is audited (kits keep pointing at it)."""
    item = get_item(session, item_id)
    cleaned = clean_item_fields(changes)
    if "sku" in cleaned:
        _check_sku_free(session, item.campaign_id, cleaned["sku"], item.id)
    apply_item_changes(session, item, cleaned, operator)


def apply_item_changes(session: Session, item: Item, cleaned: Mapping[str, Any], operator: str) -> bool:
    """Set already cleaned fields on the item, auditing each; True if any value changed."""
    changes = {name: (getattr(item, name), value) for name, value in cleaned.items()}
    record_changes(session, operator, "item", item.id, changes)
    for name, value in cleaned.items():
        setattr(item, name, value)
    return any(old != new for old, new in changes.values())


def remove_item(session: Session, item_id: int, *, operator: str) -> None:
    """Delete an item that no kit, extra line or parcel uses."""
    item = get_item(session, item_id)
    uses = [  # what uses it, named for one and for several
        (KitLine, message("items.kit", "kit"), message("items.kits", "kits")),
        (
            OrderExtraLine,
            message("items.extra_line", "order's extra line"),
            message("items.extra_lines", "order's extra lines"),
        ),
        (_ShipmentLine, message("items.parcel", "parcel"), message("items.parcels", "parcels")),
    ]
    for model, one, several in uses:
        count = session.scalar(select(func.count()).select_from(model).where(model.item_id == item_id))
        if count:
            raise UserError(
                message(
                    "items.still_used",
                    "{sku} is still in {count} {what}; remove it there first.",
                    sku=item.sku,
                    count=count,
                    what=several if count > 1 else one,
                )
            )
    record(session, operator, AuditAction.DELETE, "item", item.id, old=describe_item(item))
    session.delete(item)
    session.flush()


def get_item(session: Session, item_id: int) -> Item:
    """The item with this id; raises UserError if there is none."""
    item = session.get(Item, item_id)
    if item is None:
        raise UserError(message("items.not_found", "There is no item {item}.", item=item_id))
    return item
