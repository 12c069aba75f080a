"""The tables a file is read into, and the error for a file that cannot be imported at all.

Every cell stays text exactly as the file has it ("02134", "NA", "9.25082E+11"); nothing is converted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import Message, message

Row = tuple[str, ...]


class ImportFileError(UserError):
    """A file that cannot be imported at all; nothing from it has been used.

    Its text names the place first ("orders.csv, row 3, column 'Email': …"); the reason is a message of
    its own, and so is the framing, so that both are worded in the interface's language."""

    def __init__(self, file: str, message: Message, *, row: int | None = None, column: str | None = None) -> None:
        super().__init__(_framed(file, message, row, column))
        self.file, self.row, self.column, self.reason = file, row, column, str(message)


def _framed(file: str, reason: Message, row: int | None, column: str | None) -> Message:
    if row is not None and column:
        return message(
            "import.at_cell", "{file}, row {row}, column {column!r}: {reason}", file=file, row=row, column=column,
            reason=reason,
        )  # fmt: skip
    if row is not None:
        return message("import.at_row", "{file}, row {row}: {reason}", file=file, row=row, reason=reason)
    if column:
        return message(
            "import.at_column", "{file}, column {column!r}: {reason}", file=file, column=column, reason=reason
        )
    return message("import.in_file", "{file}: {reason}", file=file, reason=reason)


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


def file_missing(path: Path) -> Message:
    return message("import.no_such_file", "the file does not exist (looked for {path})", path=path)


def file_unreadable(exc: OSError) -> Message:
    return message("import.unreadable", "the file cannot be read ({reason})", reason=exc.strerror or str(exc))


_DELIMITERS = {
    ",": message("import.comma", "comma"),
    ";": message("import.semicolon", "semicolon"),
    "\t": message("import.tab", "tab"),
    "|": message("import.pipe", "pipe"),
}


def describe_encoding(table: Table) -> Message:
    """How the table was read, for a report line: "UTF-8, comma", "sheet 'Orders'"."""
    if not table.delimiter:
        return message("import.read_as_sheet", "sheet {sheet!r}", sheet=table.sheet)
    return message(
        "import.read_as_text",
        "{encoding}, {delimiter}",
        encoding=table.encoding.upper(),
        delimiter=_DELIMITERS.get(table.delimiter, repr(table.delimiter)),
    )
