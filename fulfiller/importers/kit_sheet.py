"""Read a kit sheet (CSV, TSV or XLSX): one row per kit line, every cell as text.

Columns: `kit`, `sku`, `quantity`, and optionally the item's `name`, `variant`, `weight_g`,
`length_mm`, `width_mm`, `height_mm`, `hs_code`, `origin`, `customs_value`, `currency`, `stock`,
`spare_percent`.
Headers are matched without regard to case, spaces or a few common spellings ("Qty", "HS code").
What the cells mean is checked by the service that loads the sheet; this only reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fulfiller.domain.kits import KIT_SHEET_COLUMNS, KIT_SHEET_REQUIRED, sheet_column
from fulfiller.domain.messages import message
from fulfiller.importers.tables import ImportFileError, is_blank
from fulfiller.importers.text_files import read_tables

# The apostrophe our exports put before a cell a spreadsheet would run as a formula
# (see fulfiller/exporters/spreadsheet.py); reading such a cell back takes it off again.
_ESCAPED_TRIGGERS = ("'=", "'+", "'-", "'@", "'\t", "'\r")


@dataclass(frozen=True, slots=True)
class KitSheetRow:
    row: int  # the spreadsheet's row number, for messages
    cells: dict[str, str]  # column -> trimmed text ("" when empty or absent)


@dataclass(frozen=True, slots=True)
class KitSheet:
    name: str  # how messages name the file
    columns: tuple[str, ...]  # the known columns it has
    rows: list[KitSheetRow]


def unescape(text: str) -> str:
    return text[1:] if text.startswith(_ESCAPED_TRIGGERS) else text


def read_kit_sheet(path: Path | str) -> KitSheet:
    """The rows of the kit sheet at `path`; raises ImportFileError naming the file for a bad one."""
    path = Path(path)
    tables = read_tables(path)
    if len(tables) > 1:
        raise ImportFileError(
            path.name,
            message(
                "kits.sheet_many_tables",
                "a kit sheet is one table, but this zip holds {count} ({names})",
                count=len(tables),
                names=", ".join(t.name for t in tables[:5]),
            ),
        )
    table = tables[0]
    label = table.label + (f" › {table.sheet}" if table.sheet else "")
    columns = [sheet_column(h) for h in table.headers]
    _check_columns(label, table.headers, columns)
    rows = []
    for offset, cells in enumerate(table.rows):
        if is_blank(cells):
            continue
        values = {name: "" for name in KIT_SHEET_COLUMNS}
        for index, column in enumerate(columns):
            if column and index < len(cells):
                values[column] = unescape(cells[index].strip()).strip()
        extra = [c for c in cells[len(columns) :] if c.strip()]
        if extra:
            raise ImportFileError(
                label,
                message(
                    "kits.sheet_extra_cells",
                    "this row has more cells than the header has columns ({cell!r})",
                    cell=extra[0],
                ),
                row=table.first_row + offset,
            )
        rows.append(KitSheetRow(table.first_row + offset, values))
    return KitSheet(label, tuple(c for c in columns if c), rows)


def _check_columns(label: str, headers: list[str], columns: list[str]) -> None:
    seen: dict[str, str] = {}
    for header, column in zip(headers, columns, strict=True):
        if not column:
            continue  # an unnamed column (often an empty one Excel kept) is ignored
        if column not in KIT_SHEET_COLUMNS:
            raise ImportFileError(
                label,
                message(
                    "kits.sheet_unknown_column",
                    "unknown column {header!r}; a kit sheet has the columns {columns}",
                    header=header,
                    columns=", ".join(KIT_SHEET_COLUMNS),
                ),
            )
        if column in seen:
            raise ImportFileError(
                label,
                message(
                    "kits.sheet_same_column",
                    "the columns {first!r} and {second!r} both mean {column!r}",
                    first=seen[column],
                    second=header,
                    column=column,
                ),
            )
        seen[column] = header
    missing = [c for c in KIT_SHEET_REQUIRED if c not in seen]
    if missing:
        if len(missing) > 1:
            reason = message(
                "kits.sheet_missing_columns",
                "the columns {columns} are missing; a kit sheet needs kit, sku and quantity",
                columns=", ".join(missing),
            )
        else:
            reason = message(
                "kits.sheet_missing_column",
                "the column {column} is missing; a kit sheet needs kit, sku and quantity",
                column=missing[0],
            )
        raise ImportFileError(label, reason)
