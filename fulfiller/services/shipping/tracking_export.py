"""Tracking for upload to the platform: Kickstarter's template, BackerKit, PledgeBox, Indiegogo.

Orders without tracking are left out unless `include_untracked` (BackerKit marks a backer without a
tracking number as fulfilled, so this matters). An order merged into another gets the tracking of the
order it shipped in. An order with several parcels gets one row per parcel where the format allows
(BackerKit, PledgeBox with the partial flag), and its numbers joined by ", " in one-row-per-backer files.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fulfiller.db.models import Backer, Order, Shipment
from fulfiller.domain.carriers import tracking_url
from fulfiller.domain.enums import PledgeStatus
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import Message, joined, message
from fulfiller.exporters.formats import TRACKING_FORMATS as TRACKING_FORMATS  # the platforms it writes for
from fulfiller.exporters.spreadsheet import check_target, write_table
from fulfiller.exporters.tracking import OrderTracking, TrackedParcel, fill_template, find_column, lookup_in
from fulfiller.importers.text_files import read_tables
from fulfiller.logs import log_event
from fulfiller.services.catalogue.checklist import merged_members


@dataclass(frozen=True)
class TrackingExportSummary:
    format: str
    file: str
    rows: int
    with_tracking: int  # orders (or template rows) given tracking
    untracked_left_out: int
    untracked_included: int
    unknown_template_rows: int  # template rows matching no order here

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def describe(self) -> str:
        return str(self.summary())

    def summary(self) -> Message:
        return joined(
            message(
                "export.tracking.wrote",
                "Wrote {rows:,} row(s) to {file}: {tracked:,} with tracking",
                rows=self.rows,
                file=self.file,
                tracked=self.with_tracking,
            ),
            self.untracked_left_out
            and message(
                "export.tracking.untracked_left_out",
                "{n:,} without tracking left out (--include-untracked to keep them)",
                n=self.untracked_left_out,
            ),
            self.untracked_included
            and message(
                "export.tracking.untracked_included", "{n:,} without tracking included", n=self.untracked_included
            ),
            self.unknown_template_rows
            and message(
                "export.tracking.unknown_rows",
                "{n:,} template row(s) match no order here",
                n=self.unknown_template_rows,
            ),
            separator="; ",
            end=".",
        )


@dataclass
class _Order:
    id: int
    ref: str
    number: str
    platform_id: str
    email: str
    parcels: list[tuple[str, str]]  # (tracking, carrier) of its parcels with tracking, in sequence


def _orders(session: Session, campaign_id: int) -> dict[int, _Order]:
    orders = {
        oid: _Order(oid, ref, number, platform_id, email, [])
        for oid, ref, number, platform_id, email in session.execute(
            select(Order.id, Order.platform_order_id, Order.backer_number, Backer.platform_backer_id, Backer.email)
            .join(Backer, Backer.id == Order.backer_id)
            .where(Order.campaign_id == campaign_id, Order.status == PledgeStatus.COLLECTED)
            .order_by(Order.id)
        )
    }
    for oid, number, carrier in session.execute(
        select(Shipment.order_id, Shipment.tracking_number, Shipment.carrier)
        .join(Order, Order.id == Shipment.order_id)
        .where(Order.campaign_id == campaign_id, Shipment.tracking_number != "")
        .order_by(Shipment.order_id, Shipment.sequence)
    ):
        if oid in orders:
            orders[oid].parcels.append((number, carrier))
    for child, root in merged_members(session, campaign_id).items():
        if child in orders and root in orders:
            orders[child].parcels = list(orders[root].parcels)
    return orders


def _parcel_rows(orders: dict[int, _Order], include_untracked: bool) -> tuple[list[TrackedParcel], int, int, int]:
    parcels: list[TrackedParcel] = []
    tracked = untracked = 0
    for order in orders.values():
        ref = order.ref or order.number
        if not order.parcels:
            untracked += 1
            if include_untracked:
                parcels.append(TrackedParcel(ref, order.email, "", "", "", False))
            continue
        tracked += 1
        several = len(order.parcels) > 1
        parcels.extend(
            TrackedParcel(ref, order.email, number, carrier, tracking_url(carrier, number), several)
            for number, carrier in order.parcels
        )
    left_out = 0 if include_untracked else untracked
    return parcels, tracked, left_out, untracked - left_out


def _joined(order: _Order) -> OrderTracking | None:
    if not order.parcels:
        return None
    numbers = ", ".join(number for number, _ in order.parcels)
    carriers = ", ".join(dict.fromkeys(carrier for _, carrier in order.parcels if carrier))
    return OrderTracking(numbers, carriers)


def _fill(
    fmt: str, orders: dict[int, _Order], template: Path, out: Path, include_untracked: bool
) -> TrackingExportSummary:
    table = read_tables(template)[0]
    by_ref = {o.ref.casefold(): _joined(o) for o in orders.values() if o.ref}
    by_number = {o.number.casefold(): _joined(o) for o in orders.values() if o.number}
    by_platform_id = {o.platform_id.casefold(): _joined(o) for o in orders.values() if o.platform_id}
    headers, label = table.headers, table.label
    if fmt == "kickstarter":
        keys = [
            (_maybe_column(headers, label, ("Backer Number", "Backer #", "Backer No.", "Backer Id")), by_number),
            (_maybe_column(headers, label, ("Backer UID", "UID")), by_platform_id),
        ]
        if all(column is None for column, _ in keys):
            find_column(
                headers, label, ("Backer Number", "Backer UID"), message("export.column_backer", "backer number or UID")
            )
        tracking = find_column(
            headers,
            label,
            ("Tracking Number", "Tracking"),
            message("export.column_tracking", "tracking"),
            contains="tracking",
        )
        carrier = _maybe_column(headers, label, ("Carrier", "Shipping Carrier", "Courier"))
    else:
        order_column = find_column(headers, label, ("Order No.", "Order No", "Order Number"), "Order No.")
        keys = [(order_column, by_ref), (_maybe_column(headers, label, ("Pledge ID",)), by_platform_id)]
        tracking = find_column(headers, label, ("Tracking Number",), "Tracking Number")
        carrier = find_column(headers, label, ("Carrier",), "Carrier")
    lookups = [(column, lookup_in(index)) for column, index in keys if column is not None]
    filled = fill_template(
        headers,
        table.rows,
        lookups=lookups,
        tracking_column=tracking,
        carrier_column=carrier,
        include_untracked=include_untracked,
    )
    written = write_table(out, filled.headers, filled.rows, sheet=table.sheet or "Sheet1")
    kept_untracked = written - filled.filled
    return TrackingExportSummary(
        format=fmt,
        file=str(out),
        rows=written,
        with_tracking=filled.filled,
        untracked_left_out=0 if include_untracked else filled.untracked,
        untracked_included=kept_untracked if include_untracked else 0,
        unknown_template_rows=filled.unknown,
    )


def _maybe_column(headers: list[str], label: str, names: tuple[str, ...]) -> int | None:
    try:
        return find_column(headers, label, names, "")
    except UserError:
        return None


def export_tracking(
    session: Session,
    campaign_id: int,
    format_name: str,
    out: Path,
    *,
    template: Path | None = None,
    include_untracked: bool = False,
) -> TrackingExportSummary:
    """Write the platform's tracking upload; `template` is the user's Kickstarter template or Indiegogo file."""
    fmt = TRACKING_FORMATS.named(format_name)
    check_target(out)
    if fmt.table is None:
        if template is None:
            raise UserError(
                message(
                    "export.tracking.needs_template",
                    "The {platform} tracking export fills in your own {template}: give it with --template FILE.",
                    platform=fmt.name.capitalize(),  # the formats that need one are named for their platform
                    template=fmt.template,
                )
            )
        summary = _fill(fmt.name, _orders(session, campaign_id), Path(template), Path(out), include_untracked)
    else:
        parcels, tracked, left_out, included = _parcel_rows(_orders(session, campaign_id), include_untracked)
        headers, rows = fmt.table(parcels)
        written = write_table(out, headers, rows, sheet="Tracking")
        summary = TrackingExportSummary(fmt.name, str(out), written, tracked, left_out, included, 0)
    log_event(
        "export-tracking", campaign=campaign_id, format=fmt.name, rows=summary.rows, tracked=summary.with_tracking
    )
    return summary
