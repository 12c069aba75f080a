"""The import as the command line runs it: format or mapping chosen by name, a summary to print."""

from __future__ import annotations

from pathlib import Path

from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import message
from fulfiller.domain.progress import Progress
from fulfiller.importers.registry import FORMATS, open_export
from fulfiller.services.database import Database
from fulfiller.services.importing.duplicates import MAX_SUGGESTED_PER_GROUP
from fulfiller.services.importing.mappings import read_mapping_file, resolve_format, save_preset
from fulfiller.services.importing.run import ImportSummary, import_export


def run_import(
    db: Database,
    path: Path,
    *,
    campaign: str | None,
    format_name: str,
    mapping_file: Path | None,
    save_as: str | None,
    operator: str,
    progress: Progress | None = None,
) -> ImportSummary:
    with db.reading() as session:
        format_, mapping = resolve_format(session, format_name)
    if mapping_file is not None:
        mapping = read_mapping_file(mapping_file)
    summary = import_export(
        db, path, campaign=campaign, format=format_, mapping=mapping, operator=operator, progress=progress
    )
    if save_as and mapping is not None:
        mapping.name = save_as
        with db.transaction() as session:
            save_preset(session, mapping, operator=operator)
    return summary


def check_export_before_creating(path: Path, format_name: str, mapping_file: Path | None) -> None:
    """Raise the file's problem before a new database is made for it (saved presets need a database)."""
    mapping = read_mapping_file(mapping_file) if mapping_file is not None else None
    if mapping is None and format_name not in FORMATS:
        raise UserError(
            message(
                "import.unknown_format",
                "Unknown format {name!r}; choose one of: {choices}.",
                name=format_name,
                choices=", ".join(FORMATS),
            )
        )
    open_export(path, format=format_name if mapping is None else f"mapped:{mapping.name}", mapping=mapping)


def describe_summary(summary: ImportSummary) -> str:
    lines = [
        f"Import {summary.batch_id}: {summary.file} ({summary.format}), {summary.rows:,} rows",
        f"  added {summary.added:,}, updated {summary.updated:,}, unchanged {summary.unchanged:,}, "
        f"conflicts {summary.conflicts:,}, rejected {summary.rejected:,}",
        f"  orders with errors {summary.orders_with_errors:,}, with warnings {summary.orders_with_warnings:,}; "
        f"possible duplicates {summary.merge_suggestions:,}",
    ]
    if summary.duplicate_groups:
        lines.append(
            f"  {summary.orders_in_duplicate_groups:,} orders look like another (same e-mail, or same name and "
            f"full address) in {summary.duplicate_groups:,} groups, the largest of {summary.largest_duplicate_group:,}"
        )
    if summary.suggestions_left_out:
        lines.append(
            f"  {summary.suggestions_left_out:,} of them are in groups too large to suggest one by one "
            f"(each group suggests {MAX_SUGGESTED_PER_GROUP} orders against its first)"
        )
    if summary.not_in_file:
        lines.append(f"  {summary.not_in_file:,} orders imported before are not in this file (left as they are)")
    if summary.shipped_outside:
        lines.append(
            f"  {summary.shipped_outside:,} orders the file says were sent (Rewards Sent?) recorded as shipped "
            "outside Fulfiller: no tracking, no stock taken"
        )
    if summary.sent_left_unpacked:
        lines.append(
            f"  {summary.sent_left_unpacked:,} orders the file says were sent have a parcel here still to pack: "
            "left as they are; mark them by hand if they did ship"
        )
    if summary.sent_no_longer:
        lines.append(
            f"  {summary.sent_no_longer:,} orders shipped outside Fulfiller are no longer marked sent in the file: "
            "they stay shipped"
        )
    if summary.new_tiers:
        lines.append(f"  new reward tiers: {', '.join(summary.new_tiers)}")
    if summary.renamed_tiers:
        lines.append(f"  reward tiers titled by this file: {', '.join(summary.renamed_tiers)}")
    if summary.new_add_ons:
        lines.append(f"  new add-ons: {', '.join(summary.new_add_ons)}")
    for rejected in summary.rejected_rows[:20]:
        lines.append(f"  rejected: {rejected['message']}")
    if summary.rejected > 20:
        lines.append(f"  … and {summary.rejected - 20} more rejected rows (see `fulfiller imports`)")
    return "\n".join(lines)
