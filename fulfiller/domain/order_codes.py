"""The order barcode printed on every packing list and scanned at the pack station: "FUL-" and the
order's database id (stable, unique, ASCII, readable by any scanner)."""

from __future__ import annotations

import re

ORDER_CODE_PREFIX = "FUL-"
_CODE = re.compile(r"^\s*FUL-(\d+)\s*$", re.IGNORECASE)


def order_code(order_id: int) -> str:
    return f"{ORDER_CODE_PREFIX}{order_id}"


def parse_order_code(text: str) -> int | None:
    """The order id in a scanned barcode ("FUL-123" -> 123), or None if it is not one of ours."""
    match = _CODE.match(text)
    return int(match.group(1)) if match else None
