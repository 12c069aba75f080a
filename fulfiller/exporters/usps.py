"""The USPS (Click-N-Ship) address book CSV: one contact per order."""

from __future__ import annotations

from collections.abc import Sequence

from fulfiller.exporters.orders import ExportOrder, Table

HEADERS = [
    "First Name", "MI", "Last Name", "Company", "Address 1", "Address 2", "Address 3", "City", "State/Province",
    "ZIP/Postal Code", "Country", "Urbanization", "Phone Number", "Fax Number", "E Mail", "Reference Number",
    "Nickname",
]  # fmt: skip


def _name_parts(full: str) -> tuple[str, str, str]:
    """First name, middle initial, last name: "Ada B. Lovelace" -> ("Ada", "B", "Lovelace")."""
    words = full.split()
    if len(words) < 2:
        return full.strip(), "", ""
    middle = words[1:-1]
    if len(middle) == 1 and len(middle[0].rstrip(".")) == 1:
        return words[0], middle[0].rstrip("."), words[-1]
    return " ".join(words[:-1]), "", words[-1]


def table(orders: Sequence[ExportOrder]) -> Table:
    rows: list[list[object]] = []
    for order in orders:
        to = order.address.for_label()
        first, middle, last = _name_parts(to.name)
        rows.append(
            [
                first,
                middle,
                last,
                to.company,
                to.line1,
                to.line2,
                to.line3,
                to.city,
                to.state,
                to.postal_code,
                to.country_code,
                "",
                to.phone,
                "",
                order.email,
                order.order_ref,
                f"Backer {order.backer_number}",
            ]  # fmt: skip
        )
    return list(HEADERS), rows
