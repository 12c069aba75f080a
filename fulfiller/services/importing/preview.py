"""What an export holds before it is imported: its layout, a column mapping to edit, and a preview of
its first rows with every problem found, so the wizard can show them before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from fulfiller.domain.normalise import normalise_order
from fulfiller.domain.records import RawOrder, RowRejected
from fulfiller.importers.layouts import CANONICAL_FIELDS
from fulfiller.importers.mapping import ColumnMapping, suggest_mapping
from fulfiller.importers.registry import open_export
from fulfiller.importers.tables import ImportFileError
from fulfiller.importers.text_files import read_tables

PREVIEW_ROWS = 200
MAPPABLE_FIELDS = tuple(f for f in CANONICAL_FIELDS if f != "currency")


@dataclass(frozen=True)
class PreviewRow:
    source: str
    row: int
    backer_number: str
    name: str
    country: str
    city: str
    severity: str  # "", "warning", "error" or "rejected"
    messages: str


@dataclass
class ExportPreview:
    format: str
    total_rows: int
    tables: list[tuple[str, int, str]]  # name, rows, how it was read
    notes: list[str] = field(default_factory=list)
    rows: list[PreviewRow] = field(default_factory=list)

    def count(self, severity: str) -> int:
        return sum(1 for r in self.rows if r.severity == severity)


def headers_of(path: Path) -> list[str]:
    """The first table's header row, for building a mapping for a file no layout recognises."""
    return list(read_tables(Path(path))[0].headers)


def suggested_mapping(path: Path, name: str) -> ColumnMapping:
    return suggest_mapping(headers_of(path), name=name)


def preview_export(
    path: Path,
    *,
    format: str = "auto",
    mapping: ColumnMapping | None = None,
    default_currency: str = "USD",
    limit: int = PREVIEW_ROWS,
) -> ExportPreview:
    """Raises ImportFileError (a UserError) with the file, row and column when it cannot be imported."""
    export = open_export(Path(path), format=format, mapping=mapping)
    preview = ExportPreview(
        format=export.format,
        total_rows=export.total_rows,
        tables=[(t.name, t.rows, t.read_as) for t in export.tables],
        notes=list(export.notes),
    )
    for record in islice(export.records(), limit):
        preview.rows.append(_preview_row(record, default_currency))
    return preview


def _preview_row(record: RawOrder | RowRejected, default_currency: str) -> PreviewRow:
    if isinstance(record, RowRejected):
        return PreviewRow(record.source, record.row, "", "", "", "", "rejected", str(record))
    try:
        clean = normalise_order(record, default_currency=default_currency)
    except RowRejected as rejected:
        return PreviewRow(record.source, record.row, "", "", "", "", "rejected", str(rejected))
    severities = {p.severity.value for p in clean.problems}
    severity = "error" if "error" in severities else "warning" if severities else ""
    return PreviewRow(
        clean.source,
        clean.row,
        clean.backer_number or clean.platform_order_id,
        clean.address.name or clean.backer_name,
        clean.address.country_code or clean.address.country_as_given,
        clean.address.city,
        severity,
        " ".join(p.message for p in clean.problems),
    )


__all__ = ["ExportPreview", "ImportFileError", "PreviewRow", "headers_of", "preview_export", "suggested_mapping"]
