"""The kit sheet: one row per kit line (kit, sku, quantity), the item's details on its first row.

The same shape `fulfiller kits --load` and the kit editor read, so a sheet written here loads back
unchanged; as CSV for Excel or as XLSX.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from fulfiller.domain.kits import KIT_SHEET_COLUMNS, KitSheetLine
from fulfiller.exporters.spreadsheet import write_table


def write_kit_sheet(path: Path, lines: Iterable[KitSheetLine]) -> int:
    """Write the lines to `path` (.csv or .xlsx); return how many were written."""
    return write_table(path, KIT_SHEET_COLUMNS, (line.cells() for line in lines), sheet="Kits")
