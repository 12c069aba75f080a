"""Pirate Ship's batch upload spreadsheet: one row per parcel; weight in ounces, sizes in inches."""

from __future__ import annotations

from collections.abc import Sequence

from fulfiller.exporters.orders import ExportOrder, Table, inches, ounces

HEADERS = [
    "Name", "Company", "Address", "Address 2", "City", "State", "Zip", "Country", "Email", "Phone", "Order ID",
    "Weight (oz)", "Length (in)", "Width (in)", "Height (in)",
]  # fmt: skip


def table(orders: Sequence[ExportOrder]) -> Table:
    rows: list[list[object]] = []
    for order in orders:
        to = order.address.for_label()
        dims = order.dims_mm or (None, None, None)
        address2 = ", ".join(part for part in (to.line2, to.line3) if part)
        rows.append(
            [
                to.name,
                to.company,
                to.line1,
                address2,
                to.city,
                to.state,
                to.postal_code,
                to.country_code,
                order.email,
                to.phone,
                order.order_ref,
                ounces(order.total_weight_g),
                inches(dims[0]),
                inches(dims[1]),
                inches(dims[2]),
            ]  # fmt: skip
        )
    return list(HEADERS), rows
