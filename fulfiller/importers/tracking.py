"""A partner's or label tool's tracking file: which columns hold what, and its rows as plain text.

Columns are found by their header (presets for ShipStation's shipments export and for our own partner
file, or a mapping the user gives); every non-blank row comes back, even one that cannot be used, so
the service can list it instead of dropping it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from fulfiller.domain.messages import message
from fulfiller.importers.tables import ImportFileError, Table, is_blank
from fulfiller.importers.text_files import read_tables

FIELDS = ("order_ref", "backer_number", "platform_id", "email", "tracking", "carrier", "service", "ship_date")
KEY_FIELDS = ("order_ref", "backer_number", "platform_id", "email")

# Header spellings each field is known by, compared without case, spaces or punctuation.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "order_ref": (
        "Order #", "Order Number", "Order No.", "Order ID", "Order", "Reference", "Reference Number",
        "Customer Reference", "PBID", "OrderPublicID", "Order Reference", "Shipment - Order Number", "Ref",
    ),
    "backer_number": ("Backer #", "Backer Number", "Backer No.", "Custom Field 1"),
    "platform_id": ("Backer UID", "Backer ID", "Pledge ID", "UID", "Platform ID"),
    "email": ("Email", "E-mail", "E Mail", "Buyer Email", "Recipient Email", "Customer Email", "Email Address"),
    "tracking": (
        "Tracking Number", "Tracking #", "Tracking No.", "Tracking", "Tracking Code", "Tracking ID", "Waybill",
        "Waybill Number", "AWB", "Shipment - Tracking Number", "Label Number", "Tracking/Label Number",
    ),
    "carrier": (
        "Carrier", "Courier", "Courier Code", "Shipping Carrier", "Provider", "Carrier Code", "Service Provider",
        "Shipment - Carrier", "Carrier - Name",
    ),
    "service": ("Service", "Shipping Service", "Service Code", "Shipping Method", "Shipment - Service", "Mail Class"),
    "ship_date": ("Ship Date", "Shipped Date", "Shipped At", "Date Shipped", "Ship Date (UTC)", "Label Date"),
}  # fmt: skip

PRESETS: dict[str, dict[str, str]] = {
    # ShipStation's "Shipments" export.
    "shipstation": {
        "order_ref": "Order Number",
        "email": "Recipient Email",
        "tracking": "Tracking Number",
        "carrier": "Carrier",
        "service": "Service",
        "ship_date": "Ship Date",
    },
    # The partner file this program writes, sent back with Carrier and Tracking Number filled.
    "partner": {
        "order_ref": "Order #",
        "backer_number": "Backer #",
        "email": "Email",
        "tracking": "Tracking Number",
        "carrier": "Carrier",
    },
}


def _key(header: str) -> str:
    return re.sub(r"[^a-z0-9#]", "", header.casefold())


@dataclass(frozen=True)
class TrackingRow:
    file: str
    row: int  # the spreadsheet row number
    values: dict[str, str]  # field -> text as in the file (stripped)

    def get(self, field: str) -> str:
        return self.values.get(field, "")


@dataclass(frozen=True)
class TrackingFile:
    name: str
    columns: dict[str, str]  # field -> header used
    rows: list[TrackingRow]


def detect_columns(headers: Sequence[str]) -> dict[str, str]:
    """Field -> header, for the fields whose header is recognised (the first match wins)."""
    by_key: dict[str, str] = {}
    for header in headers:
        by_key.setdefault(_key(header), header)
    found: dict[str, str] = {}
    taken: set[str] = set()
    for field in FIELDS:
        for synonym in _SYNONYMS[field]:
            header = by_key.get(_key(synonym))
            if header is not None and header not in taken:
                found[field] = header
                taken.add(header)
                break
    return found


def resolve_mapping(table: Table, preset: str = "auto", mapping: Mapping[str, str] | None = None) -> dict[str, str]:
    """The columns to read: detected, then the preset's, then the user's mapping on top; checked."""
    headers = set(table.headers)
    columns = detect_columns(table.headers)
    if preset not in ("auto", *PRESETS):
        raise ImportFileError(
            table.label,
            message(
                "tracking.unknown_preset",
                "unknown tracking preset {preset!r}; use auto, {presets}",
                preset=preset,
                presets=", ".join(PRESETS),
            ),
        )
    wanted = {**PRESETS.get(preset, {}), **(mapping or {})}
    for field, header in wanted.items():
        if field not in FIELDS:
            raise ImportFileError(
                table.label,
                message(
                    "tracking.unknown_field",
                    "unknown field {field!r} in the column mapping; use {fields}",
                    field=field,
                    fields=", ".join(FIELDS),
                ),
            )
        if header in headers:
            columns[field] = header
        elif mapping and field in mapping:
            raise ImportFileError(
                table.label,
                message("tracking.mapped_column_missing", "the mapped column is not in the file"),
                column=header,
            )
    if "tracking" not in columns:
        raise ImportFileError(
            table.label,
            message(
                "tracking.no_tracking_column",
                "no tracking number column found (map one, e.g. 'Tracking Number'); headers: {headers}",
                headers=", ".join(table.headers[:12]),
            ),
        )
    if not any(f in columns for f in KEY_FIELDS):
        raise ImportFileError(
            table.label,
            message(
                "tracking.no_key_column",
                "no column to find the order by (order number, backer number, backer id or e-mail)",
            ),
        )
    return columns


def read_tracking_file(
    path: Path | str, *, preset: str = "auto", mapping: Mapping[str, str] | None = None
) -> TrackingFile:
    """Every non-blank row of the file's (first) table, with the detected or mapped columns."""
    path = Path(path)
    table = read_tables(path)[0]
    columns = resolve_mapping(table, preset, mapping)
    positions = {field: table.headers.index(header) for field, header in columns.items()}
    rows: list[TrackingRow] = []
    for offset, cells in enumerate(table.rows):
        if is_blank(cells):
            continue
        values = {f: cells[i].strip() if i < len(cells) else "" for f, i in positions.items()}
        rows.append(TrackingRow(table.label, table.first_row + offset, values))
    return TrackingFile(table.label, columns, rows)
