"""ShipStation's order import CSV: one row per item; rows with the same Order # form one order."""

from __future__ import annotations

from collections.abc import Sequence

from fulfiller.exporters.orders import ExportOrder, Table, inches, ounces, us_date

HEADERS = [
    "Order #", "Order Date", "Date Paid", "Order Total", "Amount Paid", "Tax", "Shipping Paid", "Shipping Service",
    "Height(in)", "Length(in)", "Width(in)", "Weight(oz)", "Custom Field 1", "Custom Field 2", "Custom Field 3",
    "Order Source", "Notes to the Buyer", "Notes from the Buyer", "Internal Notes", "Gift Message", "Gift Flag",
    "Buyer Full Name", "Buyer First Name", "Buyer Last Name", "Buyer Email", "Buyer Phone", "Buyer Username",
    "Recipient Full Name", "Recipient First Name", "Recipient Last Name", "Recipient Phone", "Recipient Company",
    "Address Line 1", "Address Line 2", "Address Line 3", "City", "State", "Postal Code", "Country Code",
    "Item SKU", "Item Name / Title", "Item Quantity", "Item Unit Price", "Item Weight (oz)", "Item Options",
    "Item Warehouse Location", "Item Marketplace ID",
]  # fmt: skip


def _split_name(full: str) -> tuple[str, str]:
    first, _, last = full.strip().rpartition(" ")
    return (first, last) if first else (last, "")


def table(orders: Sequence[ExportOrder]) -> Table:
    rows: list[list[object]] = []
    for order in orders:
        to = order.address.for_label()
        first, last = _split_name(to.name)
        dims = order.dims_mm or (None, None, None)
        date = us_date(order.ordered_at)
        for line in order.lines:
            values = {
                "Order #": order.order_ref,
                "Order Date": date,
                "Date Paid": date,
                "Height(in)": inches(dims[2]),
                "Length(in)": inches(dims[0]),
                "Width(in)": inches(dims[1]),
                "Weight(oz)": ounces(order.total_weight_g),
                "Custom Field 1": order.backer_number,
                "Custom Field 2": order.reward,
                "Custom Field 3": order.warehouse,
                "Order Source": "Fulfiller",
                "Internal Notes": order.notes,
                "Buyer Full Name": to.name,
                "Buyer First Name": first,
                "Buyer Last Name": last,
                "Buyer Email": order.email,
                "Buyer Phone": to.phone,
                "Recipient Full Name": to.name,
                "Recipient First Name": first,
                "Recipient Last Name": last,
                "Recipient Phone": to.phone,
                "Recipient Company": to.company,
                "Address Line 1": to.line1,
                "Address Line 2": to.line2,
                "Address Line 3": to.line3,
                "City": to.city,
                "State": to.state,
                "Postal Code": to.postal_code,
                "Country Code": to.country_code,
                "Item SKU": line.sku,
                "Item Name / Title": line.name,
                "Item Quantity": line.quantity,
                "Item Weight (oz)": ounces(line.weight_g),
            }
            rows.append([values.get(h, "") for h in HEADERS])
    return list(HEADERS), rows
