"""The one way every export that a spreadsheet may open is written: CSV for Excel, or XLSX.

Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) get a
leading apostrophe; numbers stay numbers. CSV is UTF-8 with a byte-order mark, so Excel shows
accents and Chinese correctly. The file is written beside its target and moved into place at
the end, so a failed export never leaves half a file where an older one was.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import message
from fulfiller.files import write_atomically

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
SUFFIXES = (".csv", ".xlsx")


# An international phone number ("+65 9158 6463") holds nothing a spreadsheet could run, and label
# tools would print an escaping apostrophe: it is left as it is.
_PHONE = re.compile(r"\+[0-9][0-9 ().-]{4,}")


def escape_text(text: str) -> str:
    """Text made inert for a spreadsheet: "=HYPERLINK(...)" becomes "'=HYPERLINK(...)"."""
    if not text.startswith(FORMULA_TRIGGERS) or _PHONE.fullmatch(text):
        return text
    return "'" + text


def escape_cell(value: object) -> object:
    """A cell ready to write: text escaped, None empty, numbers left as they are (never a float)."""
    if value is None:
        return ""
    if isinstance(value, float):
        raise TypeError("Exports take Decimal or int, never float")
    if isinstance(value, str):
        return escape_text(value)
    if isinstance(value, bool | int | Decimal | date):
        return value
    return escape_text(str(value))


def check_target(path: Path) -> Path:
    """The export's path, refused early when its type or folder is wrong."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise UserError(
            message(
                "export.wrong_suffix",
                "{file}: exports are written as .csv or .xlsx, not {suffix!r}",
                file=path.name,
                suffix=path.suffix or message("export.no_extension", "no extension"),
            )
        )
    if not path.parent.is_dir():
        raise UserError(
            message("export.no_folder", "{path}: the folder {folder} does not exist", path=path, folder=path.parent)
        )
    if path.is_dir():
        raise UserError(message("export.is_a_folder", "{path}: this is a folder, not a file name", path=path))
    return path


def write_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]], *, sheet: str = "Sheet1") -> int:
    """Write a header and rows to `path` (.csv or .xlsx, chosen by its suffix); return the rows written."""
    path = check_target(path)

    def write(temp: Path) -> int:
        if path.suffix.lower() == ".csv":
            return _write_csv(temp, headers, rows)
        return _write_xlsx(temp, headers, rows, sheet)

    count = write_atomically(path, write, what=message("file.the_export", "the export"))
    return count


def _csv_text(value: object) -> str:
    cell = escape_cell(value)
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, datetime):
        return cell.isoformat(sep=" ", timespec="seconds")
    return str(cell)


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([_csv_text(h) for h in headers])
        for row in rows:
            writer.writerow([_csv_text(v) for v in row])
            count += 1
    return count


def _write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]], sheet: str) -> int:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def cell(value: object) -> object:
        escaped = escape_cell(value)
        # Control characters cannot be stored in the XML of a workbook.
        return ILLEGAL_CHARACTERS_RE.sub("", escaped) if isinstance(escaped, str) else escaped

    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(title=sheet[:31] or "Sheet1")
    worksheet.append([cell(h) for h in headers])
    count = 0
    for row in rows:
        worksheet.append([cell(v) for v in row])
        count += 1
    workbook.save(path)
    return count
