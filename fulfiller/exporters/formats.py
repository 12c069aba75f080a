"""The files Fulfiller writes for other tools, by the name the command line and the window use.

`ORDER_FORMATS`: order batches for label tools and fulfilment partners. `TRACKING_FORMATS`: tracking
uploads for the crowdfunding platform. This module imports the format modules; none of them imports it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from fulfiller.domain.messages import Message, message
from fulfiller.domain.registry import Registry
from fulfiller.exporters import partner, pirateship, shipstation, tracking, usps
from fulfiller.exporters.orders import ExportOrder, Formatter, Table
from fulfiller.exporters.spreadsheet import write_table
from fulfiller.exporters.tracking import TrackedParcel

ParcelTable = Callable[[Sequence[TrackedParcel]], Table]


@dataclass(frozen=True)
class OrderFormat:
    name: str
    label: str
    table: Formatter
    partner: bool = False  # a fulfilment partner packs and ships; else a label tool prints the labels


@dataclass(frozen=True)
class TrackingFormat:
    name: str
    label: str
    template: Message | str = ""  # the platform's own file this format fills in; "" for a file written from scratch
    table: ParcelTable | None = None  # the rows of a file written from scratch, one per parcel

    def __post_init__(self) -> None:
        if bool(self.template) == (self.table is not None):
            raise ValueError(f"Tracking format {self.name!r}: needs either a template to fill in or a table.")

    @property
    def needs_template(self) -> bool:
        return self.table is None


ORDER_FORMATS: Registry[OrderFormat] = Registry(
    message("export.what_order_format", "order export format"),
    (
        OrderFormat("shipstation", "ShipStation order import", shipstation.table),
        OrderFormat("pirateship", "Pirate Ship batch upload", pirateship.table),
        OrderFormat("usps", "USPS Click-N-Ship address book", usps.table),
        OrderFormat("partner-lines", "Partner file, a row per item", partner.lines_table, partner=True),
        OrderFormat("partner-skus", "Partner file, a column per SKU", partner.sku_columns_table, partner=True),
    ),
)

TRACKING_FORMATS: Registry[TrackingFormat] = Registry(
    message("export.what_tracking_format", "tracking export format"),
    (
        TrackingFormat(
            "kickstarter",
            "Kickstarter tracking template",
            template=message("export.kickstarter_template", "tracking template from the backer report"),
        ),
        TrackingFormat("backerkit", "BackerKit tracking upload", table=tracking.backerkit_table),
        TrackingFormat("pledgebox", "PledgeBox tracking upload", table=tracking.pledgebox_table),
        TrackingFormat(
            "indiegogo",
            "Indiegogo contributions file",
            template=message("export.indiegogo_file", "contributions file"),
        ),
    ),
)


def order_table(format_name: str, orders: Sequence[ExportOrder]) -> Table:
    return ORDER_FORMATS.named(format_name).table(orders)


def write_orders(path: Path, format_name: str, orders: Sequence[ExportOrder]) -> int:
    """Write the orders in this format (spreadsheet writer: formula escaping, BOM for Excel); returns the rows."""
    headers, rows = order_table(format_name, orders)
    return write_table(path, headers, rows, sheet="Orders")
