"""Turn a file's bytes into tables of text: CSV/TSV in any common encoding, XLSX/XLS/ODS, or a zip of CSVs.

Every cell stays text exactly as the file has it ("02134", "NA", "9.25082E+11"); nothing is converted.
Everything is read and checked before a table is returned, so a bad file fails whole, never half-way.
Delimited text is read by `delimited` (its encoding found by `encodings`), a zip of CSVs by `zipped`.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from fulfiller.domain.messages import message
from fulfiller.importers.delimited import read_delimited
from fulfiller.importers.tables import (
    ImportFileError,
    Table,
    clean_header,
    file_missing,
    file_unreadable,
    has_data,
    short_reason,
)
from fulfiller.importers.zipped import read_zip

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls


def read_tables(path: Path | str) -> list[Table]:
    """All tables of the file at `path`, every cell as text; raises ImportFileError for a bad file."""
    path = Path(path)
    data = _read_bytes(path)
    if data.startswith(_ZIP_MAGIC):
        tables = _read_excel(path.name, data) if _is_workbook(data) else read_zip(path.name, data)
    elif data.startswith(_OLE2_MAGIC):
        tables = _read_excel(path.name, data)
    else:
        tables = [read_delimited(data, name=path.name)]
    if sum(t.row_count for t in tables) == 0:
        raise ImportFileError(
            path.name, message("import.header_only", "no rows to import: there is a header row but no data under it")
        )
    return tables


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise ImportFileError(path.name, file_missing(path))
    if path.is_dir():
        raise ImportFileError(path.name, message("import.is_a_folder", "this is a folder, not a file"))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(path.name, file_unreadable(exc)) from exc
    if not data:
        raise ImportFileError(path.name, message("import.empty_file", "the file is empty (0 bytes): no rows to import"))
    return data


# --- Excel ---------------------------------------------------------------------------------------------


def _is_workbook(data: bytes) -> bool:
    """An XLSX or ODS file: both are zips, told apart from a zip of CSVs by their parts."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            is_ods = "mimetype" in names and b"opendocument.spreadsheet" in archive.read("mimetype")
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error):
        return False
    return is_ods or ("[Content_Types].xml" in names and any(n.startswith("xl/") for n in names))


def _read_excel(name: str, data: bytes) -> list[Table]:
    """The sheet with the most rows (the first on a tie), every cell as text."""
    import pandas as pd

    try:
        sheets = pd.read_excel(
            io.BytesIO(data),
            engine="calamine",
            sheet_name=None,
            header=None,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
        )
    except Exception as exc:  # calamine, zipfile and XML errors alike mean the workbook is unreadable
        raise ImportFileError(
            name,
            message(
                "import.workbook_unreadable", "this workbook cannot be opened ({reason})", reason=short_reason(exc)
            ),
        ) from exc
    best: Table | None = None
    for sheet_name, frame in sheets.items():
        records = [tuple(_excel_text(cell) for cell in row) for row in frame.to_numpy(dtype=object).tolist()]
        header_index = next((i for i, cells in enumerate(records) if has_data(cells)), None)
        if header_index is None:
            continue
        table = Table(
            name=name,
            headers=[clean_header(h) for h in records[header_index]],
            rows=records[header_index + 1 :],
            first_row=header_index + 2,
            sheet=str(sheet_name),
        )
        if best is None or table.row_count > best.row_count:
            best = table
    if best is None:
        raise ImportFileError(
            name, message("import.empty_workbook", "every sheet of this workbook is empty: no rows to import")
        )
    return [best]


def _excel_text(cell: object) -> str:
    return "" if cell is None else str(cell)
