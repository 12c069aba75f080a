"""`fulfiller`: the same services as the window, from a terminal.

With no subcommand (or `fulfiller gui`) it opens the window. Bad input prints one clear line on
stderr and exits 1; a usage mistake exits 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fulfiller import __version__, paths
from fulfiller.domain.errors import UserError

if TYPE_CHECKING:
    from fulfiller.services.campaigns import CampaignInfo
    from fulfiller.services.catalogue.kits import KitView
    from fulfiller.services.database import Database

OPERATOR_ENV = "FULFILLER_OPERATOR"  # read by services.audit.default_operator


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"folder for databases, settings and backups (or set {paths.DATA_DIR_ENV})",
    )
    common.add_argument(
        "--db", metavar="PATH", type=Path, default=argparse.SUPPRESS, help="the campaign database file to use"
    )
    common.add_argument(
        "--operator",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=f"who is working, for the audit log (or set {OPERATOR_ENV}; default: your login name)",
    )
    return common


def _campaign_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--campaign", metavar="ID|NAME", help="which campaign, when the database holds several")


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="fulfiller",
        description="Deliver the rewards of a crowdfunding campaign: backers, kitting, packing, shipping.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", parents=[common], help="open the window (the default)")
    gui.set_defaults(handler=_cmd_gui)

    demo = sub.add_parser(
        "demo",
        parents=[common],
        help="create a demo campaign in a new database",
        description="Create a realistic demo campaign (tiers, add-ons, backers in 40+ countries, "
        "some with address problems) in a new or empty database. Without --db it uses demo.sqlite "
        "in the data folder.",
    )
    demo.add_argument("--backers", type=_positive_int, default=2000, metavar="N", help="how many (default 2000)")
    demo.add_argument("--seed", type=int, default=7, help="same seed, same demo (default 7)")
    demo.add_argument("--open", action="store_true", help="open the window on it afterwards")
    demo.set_defaults(handler=_cmd_demo)

    stats = sub.add_parser("stats", parents=[common], help="counts of backers, orders, tiers, countries")
    _campaign_option(stats)
    stats.add_argument("--json", action="store_true", help="machine-readable output")
    stats.set_defaults(handler=_cmd_stats)

    imp = sub.add_parser(
        "import",
        parents=[common],
        help="import a backer export (Kickstarter, Indiegogo, pledge managers, any CSV/TSV/XLSX)",
        description="Import a backer export into a campaign. Re-importing a newer export updates orders by "
        "their platform id: new backers are added, changed addresses updated with history, addresses edited "
        "or locked here kept and the change set aside as a conflict. Nothing is written if the file cannot "
        "be read; rejected rows are listed and the rest is imported.",
    )
    imp.add_argument("file", type=Path, metavar="FILE", help="the export: .csv, .tsv, .txt, .xlsx or .zip")
    _campaign_option(imp)
    imp.add_argument(
        "--format",
        default="auto",
        metavar="FORMAT",
        help="auto (default), kickstarter, indiegogo, backerkit, pledgebox, gamefound, or a saved mapping's name",
    )
    imp.add_argument("--mapping", type=Path, metavar="FILE.json", help="a column mapping saved as JSON")
    imp.add_argument("--save-mapping", metavar="NAME", help="save --mapping under this name for later imports")
    imp.add_argument("--json", action="store_true", help="machine-readable summary")
    imp.set_defaults(handler=_cmd_import)

    problems = sub.add_parser("problems", parents=[common], help="list the problems a carrier or customs would hit")
    _campaign_option(problems)
    problems.add_argument("--errors", action="store_true", help="only errors (what blocks shipping)")
    problems.add_argument("--json", action="store_true", help="machine-readable output")
    problems.set_defaults(handler=_cmd_problems)

    undo = sub.add_parser("undo-import", parents=[common], help="undo an import as a whole")
    undo.add_argument("batch", type=int, metavar="BATCH", help="the import's number (see `fulfiller imports`)")
    undo.set_defaults(handler=_cmd_undo_import)

    history = sub.add_parser("imports", parents=[common], help="list a campaign's imports")
    _campaign_option(history)
    history.add_argument("--json", action="store_true", help="machine-readable output")
    history.set_defaults(handler=_cmd_imports)

    demand = sub.add_parser(
        "demand",
        parents=[common],
        help="per warehouse and SKU: demand, spares, on hand, shortfall",
        description="Units still to ship per warehouse and stock item (orders collected, not merged away, not "
        "packed yet), spare stock on top (the shelf's, item's or campaign's percentage), on hand, and shortfall.",
    )
    _campaign_option(demand)
    demand.add_argument("--json", action="store_true", help="machine-readable output")
    demand.add_argument(
        "--out", type=Path, metavar="FILE", help="also write the table as .csv (for Excel) or .xlsx for the factory"
    )
    demand.set_defaults(handler=_cmd_demand)

    kits = sub.add_parser(
        "kits",
        parents=[common],
        help="list the kits of the reward tiers and add-ons, or load or save a kit sheet",
        description="Without options, list each reward tier's and add-on's kit. --load FILE reads a kit sheet "
        "(CSV or XLSX, one row per kit line: kit, sku, quantity, and optionally name, variant, weight_g, "
        "length_mm, width_mm, height_mm, hs_code, origin, customs_value, currency, stock, spare_percent) and "
        "replaces the kits it names; any problem refuses the whole sheet. Unpacked orders follow the new kits. "
        "--out FILE writes the kits in the same shape.",
    )
    _campaign_option(kits)
    kits_action = kits.add_mutually_exclusive_group()
    kits_action.add_argument("--load", type=Path, metavar="FILE", help="load a kit sheet (.csv, .tsv, .xlsx)")
    kits_action.add_argument("--out", type=Path, metavar="FILE", help="write the kits as a kit sheet (.csv, .xlsx)")
    kits.add_argument("--json", action="store_true", help="machine-readable output")
    kits.set_defaults(handler=_cmd_kits)

    cost = sub.add_parser(
        "shipping-cost",
        parents=[common],
        help="estimate the shipping cost of the orders still to ship, per tier and region",
        description="Weigh every order still to ship from its kits, price it with the rate table (per warehouse, "
        "destination zone and weight band) and add the campaign's budget buffer.",
    )
    _campaign_option(cost)
    cost.add_argument(
        "--packaging-g", type=int, default=0, metavar="GRAMS", help="box and filling added to every parcel (default 0)"
    )
    cost.add_argument("--json", action="store_true", help="machine-readable output")
    cost.set_defaults(handler=_cmd_shipping_cost)

    printing = sub.add_parser(
        "print",
        parents=[common],
        help="packing lists, pick lists, labels or customs forms as PDF",
        description="Write a PDF for a selection of orders (by default every collected order, in pick order).",
    )
    printing.add_argument("document", choices=("packing-lists", "pick-list", "labels", "customs"))
    _campaign_option(printing)
    printing.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    printing.add_argument("--paper", default=None, metavar="SIZE", help="A4 (default), Letter, or 4x6 for labels")
    printing.add_argument("--tier", metavar="TITLE|ID", help="only orders of this reward tier")
    printing.add_argument("--warehouse", metavar="CODE", help="only orders of this warehouse")
    printing.add_argument("--country", metavar="CODE", help="only orders to this country")
    printing.add_argument(
        "--status", default="collected", metavar="STATUS", help="pledge status (default collected; 'any')"
    )
    printing.add_argument("--problem-free", action="store_true", help="leave out orders with an address error")
    printing.add_argument("--orders", metavar="N,N,…", help="only these backer numbers")
    printing.add_argument("--no-native", action="store_true", help="labels: Latin script only")
    printing.set_defaults(handler=_cmd_print)

    campaigns = sub.add_parser("campaigns", parents=[common], help="list the campaigns in a database")
    campaigns.add_argument("--json", action="store_true", help="machine-readable output")
    campaigns.set_defaults(handler=_cmd_campaigns)

    replacements = sub.add_parser(
        "replacements",
        parents=[common],
        help="after-sales: the replacement queue, carrier claims due soon, spare-budget warnings",
        description="The replacement requests by state (requested, approved, reshipped, rejected, closed) and "
        "those still waiting for someone, the carrier claims whose deadline is near or passed, and the shelves "
        "whose spares will run out at the loss/damage rate so far.",
    )
    _campaign_option(replacements)
    replacements.add_argument(
        "--within", type=int, default=7, metavar="DAYS", help="claims due within this many days (default 7)"
    )
    replacements.add_argument("--json", action="store_true", help="machine-readable output")
    replacements.set_defaults(handler=_cmd_replacements)
    _add_exchange_commands(sub, common)
    return parser


def _add_exchange_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """`export` (order batches, platform tracking) and `import-tracking`."""
    export = sub.add_parser(
        "export",
        parents=[common],
        help="order batches for label tools and partners, or tracking for the platform",
        description="`export orders` writes the orders still to ship for a label tool or fulfilment partner "
        "(shipstation, pirateship, usps, partner-lines, partner-skus) and remembers them: an order already sent "
        "is left out unless --include-already-sent. `export tracking` writes the tracking upload for the platform "
        "(kickstarter and indiegogo fill the --template you downloaded; backerkit, pledgebox); orders without "
        "tracking are left out unless --include-untracked.",
    )
    export.add_argument("what", choices=("orders", "tracking"))
    _campaign_option(export)
    export.add_argument("--format", required=True, metavar="FORMAT", help="the file format (see above)")
    export.add_argument("--out", type=Path, required=True, metavar="FILE", help="the file to write (.csv or .xlsx)")
    export.add_argument("--partner", metavar="NAME", help="orders: who gets the file (default: the format's name)")
    export.add_argument("--warehouse", metavar="CODE", help="orders: only orders of this warehouse")
    export.add_argument(
        "--include-already-sent", action="store_true", help="orders: also orders sent to a partner before"
    )
    export.add_argument("--template", type=Path, metavar="FILE", help="tracking: your Kickstarter or Indiegogo file")
    export.add_argument("--include-untracked", action="store_true", help="tracking: also orders without tracking")
    export.add_argument("--json", action="store_true", help="machine-readable summary")
    export.set_defaults(handler=_cmd_export)

    tracking = sub.add_parser(
        "import-tracking",
        parents=[common],
        help="read tracking numbers from a partner's or label tool's file",
        description="Match each row to an order (order number, backer number, backer id or e-mail), set the "
        "tracking number on its ready or packed parcel and mark it shipped. Unmatched rows, duplicates and "
        "conflicts are listed and not applied; the matched rows are applied together or not at all.",
    )
    tracking.add_argument("file", type=Path, metavar="FILE", help="the tracking file: .csv, .tsv, .txt or .xlsx")
    _campaign_option(tracking)
    tracking.add_argument(
        "--preset", default="auto", metavar="NAME", help="auto (default), shipstation, or partner (our partner file)"
    )
    tracking.add_argument(
        "--mapping",
        type=Path,
        metavar="FILE.json",
        help='columns as JSON, e.g. {"tracking": "AWB", "order_ref": "Ref"}',
    )
    tracking.add_argument("--dry-run", action="store_true", help="match and report, change nothing")
    tracking.add_argument("--json", action="store_true", help="machine-readable result")
    tracking.set_defaults(handler=_cmd_import_tracking)


def _positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number, not {text}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _cmd_gui)
    try:
        return handler(args)
    except UserError as exc:
        print(f"fulfiller: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `fulfiller ... | head` closed the pipe: not an error worth a traceback
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("fulfiller: interrupted; nothing was saved from the unfinished step", file=sys.stderr)
        return 130


# --- context shared by the commands -------------------------------------------------------------


def data_dir(args: argparse.Namespace) -> Path:
    return paths.data_dir(getattr(args, "data_dir", None))


def db_path(args: argparse.Namespace, default: Callable[[Path], Path] = paths.default_db) -> Path:
    given: Path | None = getattr(args, "db", None)
    return given if given is not None else default(data_dir(args))


def operator(args: argparse.Namespace) -> str:
    from fulfiller.services.audit import default_operator

    return getattr(args, "operator", None) or default_operator()


def emit(payload: object, *, as_json: bool, text: Callable[[], str]) -> None:
    print(json.dumps(payload, ensure_ascii=False, indent=2) if as_json else text())


@contextmanager
def opened(args: argparse.Namespace, *, create: bool = False) -> Iterator[Database]:
    from fulfiller.services.database import open_db

    db = open_db(db_path(args), create=create)
    try:
        yield db
    finally:
        db.close()


def campaign_of(db: Database, args: argparse.Namespace) -> CampaignInfo:
    from fulfiller.services.campaigns import resolve_campaign

    with db.reading() as session:
        return resolve_campaign(session, getattr(args, "campaign", None))


# --- commands ----------------------------------------------------------------------------------


def _cmd_gui(args: argparse.Namespace, db: Path | None = None) -> int:
    from fulfiller.services.database import check_file

    path = db or getattr(args, "db", None)
    if path is not None:
        check_file(path, create=True)  # a bad --db fails here, in the terminal, before any window
    from fulfiller.ui.app import run_gui  # Qt is loaded only when a window is wanted

    return run_gui(data_dir=data_dir(args), db_path=path)


def _cmd_demo(args: argparse.Namespace) -> int:
    from fulfiller.demo.database import make_demo_database

    path = db_path(args, default=paths.demo_db)
    outcome = make_demo_database(
        path, backers=args.backers, seed=args.seed, operator=operator(args), reuse_existing=args.open
    )
    print(outcome.message)
    return _cmd_gui(args, db=path) if args.open else 0


def _cmd_stats(args: argparse.Namespace) -> int:
    from fulfiller.services.campaigns import resolve_campaign
    from fulfiller.services.database import open_db
    from fulfiller.services.stats import campaign_stats, format_stats

    db = open_db(db_path(args))
    try:
        with db.reading() as session:
            stats = campaign_stats(session, resolve_campaign(session, args.campaign))
    finally:
        db.close()
    emit(stats, as_json=args.json, text=lambda: format_stats(stats))
    return 0


def _cmd_campaigns(args: argparse.Namespace) -> int:
    from fulfiller.services.campaigns import list_campaigns
    from fulfiller.services.database import open_db

    db = open_db(db_path(args))
    try:
        with db.reading() as session:
            campaigns = list_campaigns(session)
    finally:
        db.close()
    payload = [vars(c) for c in campaigns]
    emit(
        payload,
        as_json=args.json,
        text=lambda: (
            "\n".join(f"{c.id}\t{c.name}\t{c.platform}\t{c.orders} orders" for c in campaigns) or "no campaigns"
        ),
    )
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from fulfiller.services.importing.by_name import check_export_before_creating, run_import

    if not args.file.is_file():
        raise UserError(f"{args.file}: no such file")
    path = db_path(args)
    if not path.exists():
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
            progress=_terminal_progress() if not args.json else None,
        )
    emit(summary.as_dict(), as_json=args.json, text=lambda: format_summary(summary))
    return 0


def format_summary(summary: object) -> str:
    from fulfiller.services.importing.by_name import describe_summary

    return describe_summary(summary)  # type: ignore[arg-type]


def _terminal_progress() -> Callable[[int, int], None] | None:
    if sys.stderr is None or not sys.stderr.isatty():  # a windowed build has no stderr
        return None

    def show(done: int, total: int) -> None:
        print(f"\r  {done:,} of {total:,} rows", end="" if done < total else "\n", file=sys.stderr, flush=True)

    return show


def _cmd_problems(args: argparse.Namespace) -> int:
    from fulfiller.domain.enums import Severity
    from fulfiller.services.problems import list_problems

    with opened(args) as db:
        campaign = campaign_of(db, args)
        with db.reading() as session:
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


def _cmd_undo_import(args: argparse.Namespace) -> int:
    from fulfiller.services.importing.undo import undo_import

    with opened(args) as db, db.transaction() as session:
        result = undo_import(session, args.batch, operator=operator(args))
    print(
        f"Import {result.batch_id} undone: {result.removed_orders} order(s) removed, "
        f"{result.restored_orders} order(s) restored."
    )
    return 0


def _cmd_imports(args: argparse.Namespace) -> int:
    from fulfiller.services.importing.history import list_imports

    with opened(args) as db:
        campaign = campaign_of(db, args)
        with db.reading() as session:
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


def _cmd_demand(args: argparse.Namespace) -> int:
    from fulfiller.exporters.spreadsheet import check_target
    from fulfiller.services.planning.demand import compute_demand, export_demand, format_demand

    if args.out is not None:
        check_target(args.out)  # a wrong name or folder fails before the work
    with opened(args) as db:
        campaign = campaign_of(db, args)
        with db.reading() as session:
            rows = compute_demand(session, campaign.id)
    if args.out is not None:
        written = export_demand(rows, args.out)
        if not args.json:
            print(f"Wrote {written} row(s) to {args.out}")
    emit([r.as_dict() for r in rows], as_json=args.json, text=lambda: format_demand(rows))
    return 0


def _cmd_replacements(args: argparse.Namespace) -> int:
    from fulfiller.domain.aftersales import OPEN_STATES
    from fulfiller.domain.enums import ReplacementState
    from fulfiller.services.aftersales.claims import claims_due, format_claims
    from fulfiller.services.aftersales.requests import format_requests, list_requests
    from fulfiller.services.aftersales.spare_budget import spare_budget, spare_warnings

    if args.within < 0:
        raise UserError("--within cannot be negative.")
    with opened(args) as db:
        campaign = campaign_of(db, args)
        with db.reading() as session:
            requests = list_requests(session, campaign.id)
            due = claims_due(session, campaign.id, within_days=args.within)
            warnings = spare_warnings(spare_budget(session, campaign.id))
    queue = {state.value: sum(1 for r in requests if r.state is state) for state in ReplacementState}
    waiting = [r for r in requests if r.state in OPEN_STATES]
    payload = {
        "queue": queue,
        "requests": [r.as_dict() for r in waiting],
        "claims_due": [c.as_dict() for c in due],
        "spare_warnings": warnings,
    }

    def text() -> str:
        parts = ["Replacement requests: " + ", ".join(f"{state} {count}" for state, count in queue.items())]
        if waiting:
            parts.append(format_requests(waiting))
        parts.append(f"Claims due within {args.within} day(s) or overdue:")
        parts.append(format_claims(due))
        parts.append("Spare budget: " + ("spares will last at the current rate" if not warnings else "WARNING"))
        parts.extend(warnings)
        return "\n".join(parts)

    emit(payload, as_json=args.json, text=text)
    return 0


def _cmd_kits(args: argparse.Namespace) -> int:
    from fulfiller.services.catalogue.kit_sheet import export_kit_sheet, load_kit_sheet
    from fulfiller.services.catalogue.kits import list_kits

    if args.load is not None:
        if not args.load.is_file():
            raise UserError(f"{args.load}: no such file")
        with opened(args) as db:
            campaign = campaign_of(db, args)
            with db.transaction() as session:
                summary = load_kit_sheet(session, campaign.id, args.load, operator=operator(args))
        emit(summary.as_dict(), as_json=args.json, text=summary.describe)
        return 0
    with opened(args) as db:
        campaign = campaign_of(db, args)
        with db.reading() as session:
            if args.out is not None:
                written = export_kit_sheet(session, campaign.id, args.out)
                emit(
                    {"file": str(args.out), "lines": written},
                    as_json=args.json,
                    text=lambda: f"Wrote {written} kit line(s) to {args.out}",
                )
                return 0
            kits = list_kits(session, campaign.id)
    emit([k.as_dict() for k in kits], as_json=args.json, text=lambda: _format_kits(kits))
    return 0


def _format_kits(kits: list[KitView]) -> str:
    if not kits:
        return "no reward tiers or add-ons yet"
    lines = []
    for kit in kits:
        kind = "tier" if kit.kind == "tier" else "add-on"
        head = f"{kind} {kit.title} ({kit.orders} orders)"
        if kit.packs_like:
            head += f", packs like {kit.packs_like}"
        lines.append(head + (":  NO KIT YET" if kit.needs_kit else ":"))
        lines.extend(
            f"  {line.quantity} × {line.sku}  {line.name}" + (" (not stock)" if not line.is_stock else "")
            for line in kit.lines
        )
    return "\n".join(lines)


def _cmd_shipping_cost(args: argparse.Namespace) -> int:
    from fulfiller.services.planning.shipping_cost import estimate_shipping, format_estimate

    with opened(args) as db:
        campaign = campaign_of(db, args)
        with db.reading() as session:
            estimate = estimate_shipping(session, campaign.id, packaging_g=args.packaging_g)
    emit(estimate.as_dict(), as_json=args.json, text=lambda: format_estimate(estimate))
    return 0


def _cmd_print(args: argparse.Namespace) -> int:
    from fulfiller.services.print_selection import run_print

    with opened(args) as db:
        campaign = campaign_of(db, args)
        with db.reading() as session:
            count = run_print(
                session,
                campaign.id,
                args.document,
                args.out,
                paper=args.paper,
                tier=args.tier,
                warehouse=args.warehouse,
                country=args.country,
                status=args.status,
                problem_free=args.problem_free,
                backer_numbers=args.orders,
                native=not args.no_native,
            )
    print(f"Wrote {count} {args.document.replace('-', ' ')} to {args.out}.")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from fulfiller.exporters.spreadsheet import check_target

    check_target(args.out)  # a wrong name or folder fails before the work
    if args.template is not None and not args.template.is_file():
        raise UserError(f"{args.template}: no such file")
    with opened(args) as db:
        campaign = campaign_of(db, args)
        if args.what == "orders":
            from fulfiller.services.shipping.order_exports import export_orders

            with db.transaction() as session:
                summary: Any = export_orders(
                    session,
                    campaign.id,
                    args.format,
                    args.out,
                    partner=args.partner,
                    operator=operator(args),
                    warehouse=args.warehouse,
                    include_already_sent=args.include_already_sent,
                )
        else:
            from fulfiller.services.shipping.tracking_export import export_tracking

            with db.reading() as session:
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


def _cmd_import_tracking(args: argparse.Namespace) -> int:
    from fulfiller.services.shipping.tracking_import import import_tracking

    if not args.file.is_file():
        raise UserError(f"{args.file}: no such file")
    mapping = _read_column_mapping(args.mapping) if args.mapping is not None else None
    with opened(args) as db:
        campaign = campaign_of(db, args)
        with db.transaction() as session:
            result = import_tracking(
                session,
                campaign.id,
                args.file,
                operator=operator(args),
                preset=args.preset,
                mapping=mapping,
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
