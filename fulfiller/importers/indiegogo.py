"""Indiegogo contributions export: one row per contribution, then an item group repeated per item.

The item columns repeat the same headers (`Item Name, Item SKU, Option 1, Option 2, Option 3`), so
they are found by position in the raw header row; pandas would have renamed them `Item Name.1`.
"""

from __future__ import annotations

from collections.abc import Sequence

from fulfiller.domain.messages import message
from fulfiller.importers.layouts import (
    NO_COUNTRY,
    HeaderIndex,
    ItemColumns,
    RowPlan,
    extras_for,
    normalise_header,
    used_columns,
)
from fulfiller.importers.tables import ImportFileError

INDIEGOGO = "indiegogo"

FIELD_COLUMNS: dict[str, tuple[str, ...]] = {
    "platform_order_id": ("Order No.", "Order No", "Order Number"),
    "backer_uid": ("Pledge ID",),
    "backer_name": ("Name",),
    "email": ("Email",),
    "reward_id": ("Perk ID",),
    "reward_title": ("Perk",),
    "pledge_amount": ("Amount",),
    "shipping_amount": ("Shipping Fees",),
    "pledged_at": ("Funding Date",),
    "address.name": ("Shipping Name",),
    "address.phone": ("Shipping Phone Number",),
    "address.line1": ("Shipping Address",),
    "address.line2": ("Shipping Address 2",),
    "address.city": ("Shipping City",),
    "address.state": ("Shipping State/Province",),
    "address.postal_code": ("Shipping Zip/Postal Code",),
    "address.country": ("Shipping Country",),
}
ITEM_NAME = "item name"
ITEM_SKU = "item sku"
ADDRESS_COLUMNS = ("Shipping Address", "Shipping City", "Shipping Zip/Postal Code")


def matches(headers: Sequence[str]) -> bool:
    """Whether a header row is an Indiegogo contributions export."""
    names = {normalise_header(h) for h in headers}
    has_order = bool(names & {"order no.", "order no"})
    return has_order and bool(names & {"pledge id", "perk", "perk id"})


def plan_table(name: str, headers: Sequence[str], *, label: str = "") -> RowPlan:
    """The row plan of one Indiegogo table; raises ImportFileError when a required column is missing."""
    label = label or name
    index = HeaderIndex(headers)
    fields = {field: index.find_all(*columns) for field, columns in FIELD_COLUMNS.items()}
    if not fields["platform_order_id"]:
        raise ImportFileError(
            label, message("import.no_order_number", "the order number column is missing"), column="Order No."
        )
    if any(index.has(h) for h in ADDRESS_COLUMNS) and not fields["address.country"]:
        raise ImportFileError(label, NO_COUNTRY, column="Shipping Country")
    items = item_groups(headers)
    taken = used_columns(fields)
    for group in items:
        taken.update(i for i in (group.name, group.sku, *group.options) if i is not None)
    return RowPlan(
        source=name,
        headers=list(headers),
        fields=fields,
        extras=extras_for(headers, taken),  # Carrier, Tracking Number, fees, Referrer ID...
        items=items,
    )


def item_groups(headers: Sequence[str]) -> list[ItemColumns]:
    """One group per `Item Name` column: its SKU and options are the columns that follow it."""
    names = [normalise_header(h) for h in headers]
    groups = []
    for start, name in enumerate(names):
        if name != ITEM_NAME:
            continue
        sku: int | None = None
        options: list[int] = []
        for position in range(start + 1, len(names)):
            following = names[position]
            if following == ITEM_SKU and sku is None:
                sku = position
            elif following.startswith("option ") and following.removeprefix("option ").isdigit():
                options.append(position)
            else:
                break
        groups.append(ItemColumns(name=start, sku=sku, options=tuple(options)))
    return groups
