"""The tables a file is read into, and the error for a file that cannot be imported at all.

Every cell stays text exactly as the file has it ("02134", "NA", "9.25082E+11"); nothing is converted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from fulfiller.domain.errors import UserError

Row = tuple[str, ...]


class ImportFileError(UserError):
    """A file that cannot be imported at all; nothing from it has been used."""

    def __init__(self, file: str, message: str, *, row: int | None = None, column: str | None = None) -> None:
        where = file
        if row is not None:
            where += f", row {row}"
        if column:
            where += f", column {column!r}"
        super().__init__(f"{where}: {message}")
        self.file, self.row, self.column, self.reason = file, row, column, message


@dataclass(slots=True)
class Table:
    """One sheet of text: a CSV file, an Excel sheet, or one CSV inside a zip."""

    name: str  # file name, or the member's file name inside a zip
    headers: list[str]
    rows: list[Row]  # the cells as read (not yet trimmed); blank lines kept as empty rows
    first_row: int  # the spreadsheet row number of rows[0] (the header is the row before)
    encoding: str = ""  # "" for Excel
    delimiter: str = ""  # "" for Excel
    label: str = ""  # how messages name it: the file, or "archive.zip › member.csv"
    sheet: str = ""  # the Excel sheet it came from
    row_count: int = field(init=False)

    def __post_init__(self) -> None:
        # Only a row whose first cell is empty can be blank; that test alone is cheap for 250,000 rows.
        maybe_blank = (cells for cells in self.rows if not cells or not cells[0] or cells[0].isspace())
        self.row_count = len(self.rows) - sum(map(is_blank, maybe_blank))
        self.label = self.label or self.name


def is_blank(cells: Sequence[str]) -> bool:
    """A row with no text at all: an empty line, or only delimiters and spaces (Excel leaves these)."""
    if not cells:
        return True
    first = cells[0]
    if first and not first.isspace():
        return False  # the usual case, decided without joining the row
    return not "".join(cells).strip()


def has_data(cells: Sequence[str]) -> bool:
    """A row with some text in it: the opposite of `is_blank`."""
    return not is_blank(cells)


def clean_header(header: str) -> str:
    """A header cell without the byte-order marks and spaces editors leave around it."""
    return header.replace("\ufeff", "").strip()


def short_reason(exc: BaseException) -> str:
    """The first line of an exception's message, for a message that names what went wrong."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


def describe_encoding(table: Table) -> str:
    """How the table was read, for a report line: "UTF-8, comma", "sheet 'Orders'"."""
    if not table.delimiter:
        return f"sheet {table.sheet!r}"
    names = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
    return f"{table.encoding.upper()}, {names.get(table.delimiter, repr(table.delimiter))}"
