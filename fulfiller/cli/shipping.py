"""Files to and from label tools, partners and the platform: `export`, `exports`, `import-tracking`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from fulfiller.cli.context import campaign_session, emit, operator
from fulfiller.cli.parsers import Command, arg
from fulfiller.domain.errors import UserError
from fulfiller.exporters.formats import ORDER_FORMATS, TRACKING_FORMATS

if TYPE_CHECKING:
    from fulfiller.services.shipping.order_exports import OrderExportSummary
    from fulfiller.services.shipping.tracking_export import TrackingExportSummary


def export(args: argparse.Namespace) -> int:
    from fulfiller.exporters.spreadsheet import check_target
    from fulfiller.services.shipping.order_exports import export_orders
    from fulfiller.services.shipping.tracking_export import export_tracking
    from fulfiller.services.shipping.waves import wave_named

    check_target(args.out)  # a wrong name or folder fails before the work
    if args.template is not None and not args.template.is_file():
        raise UserError(f"{args.template}: no such file")
    summary: OrderExportSummary | TrackingExportSummary
    orders = args.what == "orders"
    with campaign_session(args, writing=orders) as (session, campaign):  # an order export is remembered
        if orders:
            wave = wave_named(session, campaign.id, args.wave) if args.wave else None
            summary = export_orders(
                session,
                campaign.id,
                args.format,
                args.out,
                partner=args.partner,
                operator=operator(args),
                warehouse=args.warehouse,
                include_already_sent=args.include_already_sent,
                wave_id=wave,
            )
        else:
            summary = export_tracking(
                session,
                campaign.id,
                args.format,
                args.out,
                template=args.template,
                include_untracked=args.include_untracked,
            )
    emit(summary.as_dict(), as_json=args.json, text=summary.describe)
    return 0


def exports(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from fulfiller.services.shipping.order_exports import list_partner_exports

    with campaign_session(args) as (session, campaign):
        sent = list_partner_exports(session, campaign.id)

    def text() -> str:
        if not sent:
            return "no orders exported for a label tool or partner yet"
        lines = [f"{'id':>4} {'when':<19} {'partner':<20} {'format':<16} {'orders':>7} {'by':<12} file"]
        lines.extend(
            f"{e.id:>4} {e.created_at:<19} {e.partner[:20]:<20} {e.format[:16]:<16} {e.order_count:>7,} "
            f"{e.operator[:12]:<12} {e.file_name}"
            for e in sent
        )
        return "\n".join(lines)

    emit([asdict(e) for e in sent], as_json=args.json, text=text)
    return 0


def import_tracking_file(args: argparse.Namespace) -> int:
    from fulfiller.services.shipping.tracking_import import import_tracking

    if not args.file.is_file():
        raise UserError(f"{args.file}: no such file")
    mapping = _read_column_mapping(args.mapping) if args.mapping is not None else None
    with campaign_session(args, writing=True) as (session, campaign):
        result = import_tracking(
            session,
            campaign.id,
            args.file,
            operator=operator(args),
            preset=args.preset,
            mapping=mapping,
            partner=args.partner,
            dry_run=args.dry_run,
        )
    emit(result.as_dict(), as_json=args.json, text=result.describe)
    return 0


def _read_column_mapping(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except ValueError as exc:
        raise UserError(f"{path}: not valid JSON ({exc})") from exc
    columns = data.get("columns", data) if isinstance(data, dict) else None
    if not isinstance(columns, dict) or not all(isinstance(v, str) for v in columns.values()):
        raise UserError(f'{path}: a column mapping is a JSON object of field to header, e.g. {{"tracking": "AWB"}}')
    return {str(k): v for k, v in columns.items()}


def _fill_in() -> str:
    """The tracking formats that fill the platform's own file, e.g. "kickstarter and indiegogo"."""
    return " and ".join(f.name for f in TRACKING_FORMATS.values() if f.needs_template)


def _format_help() -> str:
    tracking = ", ".join(f.name for f in TRACKING_FORMATS.values())
    return f"orders: {', '.join(ORDER_FORMATS)}; tracking: {tracking} ({_fill_in()} fill the --template file)"


COMMANDS = (
    Command(
        "export",
        help="order batches for label tools and partners, or tracking for the platform",
        description="`export orders` writes the parcels to ship (a wave's, or every ready one and those of the "
        "orders still to ship, which get their parcel now) for a label tool or fulfilment partner; they are then at "
        "the label tool or with the partner, and left out of the next export unless --include-already-sent. "
        "`export tracking` writes "
        f"the tracking upload for the platform ({_fill_in()} fill the --template you downloaded); orders without "
        "tracking are left out unless --include-untracked.",
        handler=export,
        campaign=True,
        json="summary",
        arguments=(
            arg("what", choices=("orders", "tracking")),
            arg("--format", required=True, metavar="FORMAT", help=_format_help()),
            arg("--out", type=Path, required=True, metavar="FILE", help="the file to write (.csv or .xlsx)"),
            arg("--partner", metavar="NAME", help="orders: who gets the file (default: the format's name)"),
            arg("--warehouse", metavar="CODE", help="orders: only orders of this warehouse"),
            arg("--wave", metavar="NAME|ID", help="orders: only the parcels of this wave"),
            arg(
                "--include-already-sent",
                action="store_true",
                help="orders: also parcels at a label tool or with a partner already (they go again)",
            ),
            arg("--template", type=Path, metavar="FILE", help=f"tracking: your own file to fill in, for {_fill_in()}"),
            arg("--include-untracked", action="store_true", help="tracking: also orders without tracking"),
        ),
    ),
    Command(
        "exports",
        help="the order files sent to label tools and partners so far",
        description="Every `export orders` (and export from the window) in the order they were made: when, for "
        "which partner, in which format, how many orders, by whom, and the file's name. An order in one of them is "
        "left out of the next export unless --include-already-sent.",
        handler=exports,
        campaign=True,
        json="output",
    ),
    Command(
        "import-tracking",
        help="read tracking numbers from a partner's or label tool's file",
        description="Match each row to an order (order number, backer number, backer id or e-mail), set the tracking "
        "number on its parcel (at a label tool, with a partner, ready or packed) and mark it shipped. Unmatched rows, "
        "duplicates and conflicts are listed and not applied; the matched rows are applied together or not at all. "
        "A partner's sheet with columns of its own is mapped once (--partner NAME --mapping FILE.json); later sheets "
        "from that partner need only --partner NAME.",
        handler=import_tracking_file,
        campaign=True,
        json="result",
        arguments=(
            arg("file", type=Path, metavar="FILE", help="the tracking file: .csv, .tsv, .txt or .xlsx"),
            arg(
                "--preset",
                default="auto",
                metavar="NAME",
                help="auto (default), shipstation, or partner (our partner file)",
            ),
            arg(
                "--mapping",
                type=Path,
                metavar="FILE.json",
                help='columns as JSON, e.g. {"tracking": "AWB", "order_ref": "Ref"}',
            ),
            arg("--partner", metavar="NAME", help="whose sheet: the columns mapped for that partner before are used"),
            arg("--dry-run", action="store_true", help="match and report, change nothing"),
        ),
    ),
)
