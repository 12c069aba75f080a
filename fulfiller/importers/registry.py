"""Open any backer export: find its layout, check it, and hand out its rows as RawOrders.

    export = open_export(path)                      # Kickstarter (any version, CSV or zip), Indiegogo
    export = open_export(path, format="pledgebox")  # a shipped preset
    export = open_export(path, mapping=my_mapping)  # a saved column mapping
    for record in export.records(): ...             # RawOrder, or RowRejected for a row that cannot be read
    for span in export.spans(2000): export.span_rows(span)      # the cells, piece by piece

Everything that can make the whole file unusable is checked in `open_export`, before any row is handed
out; a bad row only rejects itself.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from fulfiller.domain.messages import Message, message
from fulfiller.domain.records import RawOrder, RowRejected
from fulfiller.importers import indiegogo, kickstarter
from fulfiller.importers.layouts import HeaderIndex, RowPlan, build_records, check_deciding_cells
from fulfiller.importers.mapping import PRESETS, ColumnMapping, preset_for_headers
from fulfiller.importers.mapping import plan_table as plan_mapped_table
from fulfiller.importers.tables import (
    ImportFileError,
    Row,
    Table,
    describe_encoding,
    file_missing,
    file_unreadable,
)
from fulfiller.importers.text_files import read_tables

AUTO = "auto"
KICKSTARTER = "kickstarter"
MAPPED_PREFIX = "mapped:"
FORMATS = (AUTO, KICKSTARTER, *kickstarter.VERSIONS, indiegogo.INDIEGOGO, *PRESETS)


@dataclass(frozen=True, slots=True)
class RowSpan:
    """Consecutive data rows of one table: `table.rows[start:stop]`, the first of them spreadsheet row `first_row`."""

    table: int  # the table's position in the export
    start: int
    stop: int
    first_row: int


@dataclass(frozen=True, slots=True)
class TableInfo:
    name: str  # the file name, or the member's name inside a zip
    headers: tuple[str, ...]
    rows: int  # data rows, blank lines not counted
    read_as: Message  # "UTF-8-SIG, comma", "sheet 'Orders'"


class ExportFile:
    """A checked export: its layout, its tables, and its rows on demand."""

    def __init__(
        self,
        path: Path,
        format: str,
        tables: Sequence[Table],
        plans: Sequence[RowPlan],
        notes: Sequence[Message] = (),
    ) -> None:
        self.path = path
        self.format = format  # "kickstarter-2013/2014/2018/2023", "indiegogo", "mapped:<mapping name>"
        self.tables = tuple(
            TableInfo(name=t.name, headers=tuple(t.headers), rows=t.row_count, read_as=describe_encoding(t))
            for t in tables
        )
        self.total_rows = sum(info.rows for info in self.tables)
        self.notes = tuple(notes)  # things worth telling the user that did not stop the import
        self._tables = tuple(tables)
        self._plans = tuple(plans)

    @property
    def plans(self) -> tuple[RowPlan, ...]:
        """How each table's rows become records, in table order; they pickle, for worker processes."""
        return self._plans

    def records(self) -> Iterator[RawOrder | RowRejected]:
        """One RawOrder or RowRejected per data row, in file order (tables in the zip's order)."""
        for table, plan in zip(self._tables, self._plans, strict=True):
            yield from build_records(plan, table.first_row, table.rows)

    def spans(self, size: int) -> list[RowSpan]:
        """Every table's data rows cut into spans of at most `size` rows (blank ones included), in file order."""
        return [
            RowSpan(index, start, min(start + size, len(table.rows)), table.first_row + start)
            for index, table in enumerate(self._tables)
            for start in range(0, len(table.rows), size)
        ]

    def span_rows(self, span: RowSpan) -> Sequence[Row]:
        """The cells of a span's rows as read, to build its records elsewhere (`build_records`)."""
        return self._tables[span.table].rows[span.start : span.stop]

    def __repr__(self) -> str:
        return f"ExportFile({self.path.name!r}, format={self.format!r}, total_rows={self.total_rows})"


def open_export(path: Path | str, *, format: str = AUTO, mapping: ColumnMapping | None = None) -> ExportFile:
    """Read and check the export at `path`; raises ImportFileError when the file cannot be imported.

    `format` is "auto" (Kickstarter, Indiegogo, or a pledge manager recognised by a header only it
    writes), "kickstarter", one of the Kickstarter versions, "indiegogo", or a preset name
    ("backerkit", "pledgebox", "gamefound"). A `mapping` overrides `format`.
    """
    if format not in FORMATS and not format.startswith(MAPPED_PREFIX):
        raise ValueError(f"unknown export format {format!r}; expected one of {', '.join(FORMATS)}")
    if mapping is None and format.removeprefix(MAPPED_PREFIX) in PRESETS:
        mapping = PRESETS[format.removeprefix(MAPPED_PREFIX)]
    elif mapping is None and format.startswith(MAPPED_PREFIX):
        raise ValueError(f"format {format!r} needs its ColumnMapping passed as `mapping`")
    path = Path(path)
    tables = read_tables(path)
    if mapping is not None:
        return _open_mapped(path, tables, mapping)
    if format in (KICKSTARTER, *kickstarter.VERSIONS):
        return _open_kickstarter(path, tables)
    if format == indiegogo.INDIEGOGO:
        return _open_indiegogo(path, tables)
    return _open_detected(path, tables)


def _open_detected(path: Path, tables: Sequence[Table]) -> ExportFile:
    if all(kickstarter.detect_version(t.headers) for t in tables):
        return _open_kickstarter(path, tables)
    if all(indiegogo.matches(t.headers) for t in tables):
        return _open_indiegogo(path, tables)
    presets = [preset_for_headers(t.headers) for t in tables]
    if presets[0] is not None and all(p is presets[0] for p in presets):
        return _open_mapped(path, tables, presets[0])
    odd = next((t for t in tables if not kickstarter.detect_version(t.headers)), tables[0])
    raise ImportFileError(odd.label, _unknown_layout_message(odd.headers))


def _unknown_layout_message(headers: Sequence[str]) -> Message:
    shown = ", ".join(h for h in headers[:12] if h) + (", ..." if len(headers) > 12 else "")
    return message(
        "import.unknown_layout",
        "the columns do not match an export Fulfiller knows. Expected a Kickstarter backer report "
        "(Backer Number or Backer Id, Backer Name, Email, Pledge Amount, Pledged Status, Shipping ... "
        "columns) or an Indiegogo contributions export (Order No., Pledge ID, Perk, Shipping ... columns). "
        "For BackerKit, PledgeBox, Gamefound or any other spreadsheet, import it with a column mapping "
        "that says which column holds what. Columns found: {columns}",
        columns=shown or message("import.no_columns", "none"),
    )


def _open_kickstarter(path: Path, tables: Sequence[Table]) -> ExportFile:
    in_zip = any(t.label != t.name for t in tables)  # zip members are labelled "archive › member"
    plans = [kickstarter.plan_table(t.name, t.headers, t.rows, label=t.label, in_zip=in_zip) for t in tables]
    _check_cells(tables, plans)
    found = [v for t in tables if (v := kickstarter.detect_version(t.headers))]
    # The no-reward file of a zip lacks the newer columns; the richest member tells the version.
    version = max(found, key=kickstarter.VERSIONS.index) if found else kickstarter.KICKSTARTER_2018
    return ExportFile(path, version, tables, plans)


def _open_indiegogo(path: Path, tables: Sequence[Table]) -> ExportFile:
    plans = [indiegogo.plan_table(t.name, t.headers, label=t.label) for t in tables]
    return ExportFile(path, indiegogo.INDIEGOGO, tables, plans)


def _open_mapped(path: Path, tables: Sequence[Table], mapping: ColumnMapping) -> ExportFile:
    plans = [plan_mapped_table(mapping, t.name, t.headers, label=t.label) for t in tables]
    _check_cells(tables, plans)
    notes: list[Message] = []
    for table in tables:
        index = HeaderIndex(table.headers)
        missing = [h for h in mapping.columns.values() if not index.has(h)]
        if missing and not mapping.guess_missing:
            notes.append(
                message(
                    "import.mapped_columns_missing",
                    "{file}: columns of mapping {name!r} not in the file: {columns}",
                    file=table.label,
                    name=mapping.name,
                    columns=", ".join(missing),
                )
            )
    return ExportFile(path, MAPPED_PREFIX + mapping.name, tables, plans, notes)


def _check_cells(tables: Sequence[Table], plans: Sequence[RowPlan]) -> None:
    for table, plan in zip(tables, plans, strict=True):
        check_deciding_cells(plan, table.rows, table.first_row, table.label)


def checksum(path: Path | str) -> str:
    """SHA-256 of the file's bytes (hex), to recognise an export imported before."""
    path = Path(path)
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except FileNotFoundError as exc:
        raise ImportFileError(path.name, file_missing(path)) from exc
    except OSError as exc:
        raise ImportFileError(path.name, file_unreadable(exc)) from exc
    return digest.hexdigest()
