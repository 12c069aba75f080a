"""`fulfiller`: the same services as the window, from a terminal.

With no subcommand (or `fulfiller gui`) it opens the window. Bad input prints one clear line on
stderr and exits 1; a usage mistake exits 2.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from fulfiller import __version__, paths
from fulfiller.domain.errors import UserError

OPERATOR_ENV = "FULFILLER_OPERATOR"


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
    parser.add_argument(
        "--campaign", metavar="ID|NAME", help="which campaign, when the database holds several"
    )


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
    demo.add_argument(
        "--backers", type=_positive_int, default=2000, metavar="N", help="how many (default 2000)"
    )
    demo.add_argument("--seed", type=int, default=7, help="same seed, same demo (default 7)")
    demo.add_argument("--open", action="store_true", help="open the window on it afterwards")
    demo.set_defaults(handler=_cmd_demo)

    stats = sub.add_parser("stats", parents=[common], help="counts of backers, orders, tiers, countries")
    _campaign_option(stats)
    stats.add_argument("--json", action="store_true", help="machine-readable output")
    stats.set_defaults(handler=_cmd_stats)

    campaigns = sub.add_parser("campaigns", parents=[common], help="list the campaigns in a database")
    campaigns.add_argument("--json", action="store_true", help="machine-readable output")
    campaigns.set_defaults(handler=_cmd_campaigns)
    return parser


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
    return getattr(args, "operator", None) or os.environ.get(OPERATOR_ENV) or _login_name()


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def emit(payload: object, *, as_json: bool, text: Callable[[], str]) -> None:
    print(json.dumps(payload, ensure_ascii=False, indent=2) if as_json else text())


# --- commands ----------------------------------------------------------------------------------


def _cmd_gui(args: argparse.Namespace, db: Path | None = None) -> int:
    from fulfiller.services.database import check_file

    path = db or getattr(args, "db", None)
    if path is not None:
        check_file(path, create=True)  # a bad --db fails here, in the terminal, before any window
    from fulfiller.ui.app import run_gui  # Qt is loaded only when a window is wanted

    return run_gui(data_dir=data_dir(args), db_path=path)


def _cmd_demo(args: argparse.Namespace) -> int:
    from fulfiller.services.demo_setup import make_demo_database

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
            "\n".join(f"{c.id}\t{c.name}\t{c.platform}\t{c.orders} orders" for c in campaigns)
            or "no campaigns"
        ),
    )
    return 0
