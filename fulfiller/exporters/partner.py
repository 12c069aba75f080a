"""The generic fulfilment-partner file: one row per order line, or one row per order with a column per SKU.

Partners get both the address as the backer gave it (local script, for China, Japan, Korea) and the
Latin-script version for the label; the empty `Tracking Number` and `Carrier` columns are theirs to fill
and send back (the tracking import reads this file's own headers).
"""

from __future__ import annotations

from collections.abc import Sequence

from fulfiller.exporters.orders import ExportOrder, Table

ORDER_HEADERS = [
    "Order #", "Backer #", "Email", "Name", "Company", "Address 1", "Address 2", "Address 3", "City", "State",
    "Postal Code", "Country Code", "Phone", "Latin Name", "Latin Address 1", "Latin Address 2", "Latin City",
    "Latin State", "Reward", "Warehouse", "Weight (g)",
]  # fmt: skip
LINE_HEADERS = ["SKU", "Item", "Quantity"]
RETURN_HEADERS = ["Carrier", "Tracking Number"]


def _order_cells(order: ExportOrder) -> list[object]:
    a = order.address
    latin = a.for_label()
    return [
        order.order_ref, order.backer_number, order.email, a.name, a.company, a.line1, a.line2, a.line3, a.city,
        a.state, a.postal_code, a.country_code, a.phone, latin.name, latin.line1, latin.line2, latin.city,
        latin.state, order.reward, order.warehouse, order.total_weight_g,
    ]  # fmt: skip


def lines_table(orders: Sequence[ExportOrder]) -> Table:
    rows: list[list[object]] = []
    for order in orders:
        cells = _order_cells(order)
        rows.extend([*cells, line.sku, line.name, line.quantity, "", ""] for line in order.lines)
    return [*ORDER_HEADERS, *LINE_HEADERS, *RETURN_HEADERS], rows


def sku_columns_table(orders: Sequence[ExportOrder]) -> Table:
    skus = sorted({line.sku for order in orders for line in order.lines})
    rows: list[list[object]] = []
    for order in orders:
        counts: dict[str, int] = {}
        for line in order.lines:
            counts[line.sku] = counts.get(line.sku, 0) + line.quantity
        rows.append([*_order_cells(order), *(counts.get(sku, 0) for sku in skus), "", ""])
    return [*ORDER_HEADERS, *skus, *RETURN_HEADERS], rows
