"""Backer exports in, and what came of them: `import`, `problems`, `imports`, `undo-import`."""

from __future__ import annotations

import argparse
from pathlib import Path

from fulfiller.cli.context import campaign_session, data_dir, db_path, emit, opened, operator, terminal_progress
from fulfiller.cli.parsers import Command, arg
from fulfiller.domain.errors import UserError
from fulfiller.station import remember_database


def import_export(args: argparse.Namespace) -> int:
    from fulfiller.services.importing.by_name import check_export_before_creating, describe_summary, run_import

    if not args.file.is_file():
        raise UserError(f"{args.file}: no such file")
    if not db_path(args).exists():
        # A new database is only created for a file that can be imported.
        check_export_before_creating(args.file, args.format, args.mapping)
    with opened(args, create=True) as db:
        summary = run_import(
            db,
            args.file,
            campaign=args.campaign,
            format_name=args.format,
            mapping_file=args.mapping,
            save_as=args.save_mapping,
            operator=operator(args),
            progress=terminal_progress() if not args.json else None,
        )
    remember_database(data_dir(args), db.path)  # the next command without --db works on it
    emit(summary.as_dict(), as_json=args.json, text=lambda: describe_summary(summary))
    return 0


def show_problems(args: argparse.Namespace) -> int:
    from fulfiller.domain.enums import Severity
    from fulfiller.services.problems import list_problems

    with campaign_session(args) as (session, campaign):
        rows = list_problems(session, campaign.id, Severity.ERROR if args.errors else None)
    emit(
        [vars(r) for r in rows],
        as_json=args.json,
        text=lambda: (
            "\n".join(
                f"{r.severity:<8} #{r.backer_number:<8} {r.country:<3} {r.name[:28]:<28} {r.message}" for r in rows
            )
            or "no problems"
        ),
    )
    return 0


def show_imports(args: argparse.Namespace) -> int:
    from fulfiller.services.importing.history import list_imports

    if args.rejected is not None:
        return _show_rejected(args)
    with campaign_session(args) as (session, campaign):
        batches = list_imports(session, campaign.id)
    emit(
        [b.as_dict() for b in batches],
        as_json=args.json,
        text=lambda: (
            "\n".join(
                f"{b.id:>4}  {b.started_at}  {b.file[:40]:<40} +{b.added} ~{b.updated} ={b.unchanged} "
                f"!{b.conflicts} x{b.rejected}" + ("  (undone)" if b.undone else "")
                for b in batches
            )
            or "no imports yet"
        ),
    )
    return 0


def _show_rejected(args: argparse.Namespace) -> int:
    from fulfiller.services.importing.history import list_imports, rejected_rows

    with campaign_session(args) as (session, campaign):
        if args.rejected not in {b.id for b in list_imports(session, campaign.id)}:
            raise UserError(f"There is no import {args.rejected} in this campaign (see `fulfiller imports`).")
        rows = rejected_rows(session, args.rejected)
    emit(
        [{"file": source, "row": row, "column": column, "message": text} for source, row, column, text in rows],
        as_json=args.json,
        text=lambda: (
            "\n".join(
                f"{source} row {row}" + (f" [{column}]" if column else "") + f": {text}"
                for source, row, column, text in rows
            )  # fmt: skip
            or f"import {args.rejected} refused no rows"
        ),
    )
    return 0


def undo_batch(args: argparse.Namespace) -> int:
    from fulfiller.services.importing.undo import undo_import

    with opened(args) as db, db.transaction() as session:
        result = undo_import(session, args.batch, operator=operator(args))
    print(result.describe())
    return 0


COMMANDS = (
    Command(
        "import",
        help="import a backer export (Kickstarter, Indiegogo, pledge managers, any CSV/TSV/XLSX)",
        description="Import a backer export into a campaign. Re-importing a newer export updates orders by their "
        "platform id: new backers are added, changed addresses updated with history, addresses edited or locked "
        "here kept and the change set aside as a conflict. Nothing is written if the file cannot be read; rejected "
        "rows are listed and the rest is imported.",
        handler=import_export,
        campaign=True,
        json="summary",
        arguments=(
            arg("file", type=Path, metavar="FILE", help="the export: .csv, .tsv, .txt, .xlsx or .zip"),
            arg(
                "--format",
                default="auto",
                metavar="FORMAT",
                help="auto (default), kickstarter, indiegogo, backerkit, pledgebox, gamefound, or a saved mapping's "
                "name",
            ),
            arg("--mapping", type=Path, metavar="FILE.json", help="a column mapping saved as JSON"),
            arg("--save-mapping", metavar="NAME", help="save --mapping under this name for later imports"),
        ),
    ),
    Command(
        "problems",
        help="list the problems a carrier or customs would hit",
        description="List what a carrier or customs would stumble on in a campaign's orders, one line each: "
        "severity, backer number, country, name and the problem. Errors block shipping; warnings do not.",
        handler=show_problems,
        campaign=True,
        json="output",
        arguments=(arg("--errors", action="store_true", help="only errors (what blocks shipping)"),),
    ),
    Command(
        "imports",
        help="list a campaign's imports",
        description="List a campaign's imports, newest last: number, when, file, and how many orders were added (+), "
        "updated (~), unchanged (=), in conflict (!) and rejected (x).",
        handler=show_imports,
        campaign=True,
        json="output",
        arguments=(
            arg("--rejected", type=int, metavar="BATCH", help="instead, the rows import BATCH refused, and why"),
        ),
    ),
    Command(
        "undo-import",
        help="undo an import as a whole",
        description="Undo an import as a whole: the orders it added are removed and the fields it changed get their "
        "old values back.",
        handler=undo_batch,
        arguments=(arg("batch", type=int, metavar="BATCH", help="the import's number (see `fulfiller imports`)"),),
    ),
)
