"""The window, the demo campaign, and what a database holds: `gui`, `demo`, `stats`, `check`, `campaigns`."""

from __future__ import annotations

import argparse
from pathlib import Path

from fulfiller import paths
from fulfiller.cli.context import data_dir, db_path, emit, opened, operator
from fulfiller.cli.parsers import Command, arg
from fulfiller.station import remember_database


def open_window(args: argparse.Namespace, db: Path | None = None) -> int:
    from fulfiller.services.database import check_file

    path = db or getattr(args, "db", None)
    if path is not None:
        check_file(path, create=True)  # a bad --db fails here, in the terminal, before any window
    from fulfiller.ui.app import run_gui  # Qt is loaded only when a window is wanted

    return run_gui(data_dir=data_dir(args), db_path=path, check=getattr(args, "check", False))


def make_demo(args: argparse.Namespace) -> int:
    from fulfiller.demo.database import make_demo_database

    path = db_path(args, default=paths.demo_db)
    outcome = make_demo_database(
        path, backers=args.backers, seed=args.seed, operator=operator(args), reuse_existing=args.open
    )
    remember_database(data_dir(args), path)  # every command without --db now works on the demo
    print(outcome.message)
    if outcome.created and not args.open:
        print(
            f"Every command without --db now uses it, e.g. `fulfiller stats`; open it with `fulfiller gui --db {path}`."
        )
    return open_window(args, db=path) if args.open else 0


def show_stats(args: argparse.Namespace) -> int:
    from fulfiller.services.campaigns import resolve_campaign
    from fulfiller.services.stats import campaign_stats, format_stats

    with opened(args) as db, db.reading() as session:
        stats = campaign_stats(session, resolve_campaign(session, args.campaign))
    emit(stats, as_json=args.json, text=lambda: format_stats(stats))
    return 0


def show_campaigns(args: argparse.Namespace) -> int:
    from fulfiller.services.campaigns import list_campaigns

    with opened(args) as db, db.reading() as session:
        campaigns = list_campaigns(session)
    emit(
        [vars(c) for c in campaigns],
        as_json=args.json,
        text=lambda: (
            "\n".join(f"{c.id}\t{c.name}\t{c.platform}\t{c.orders} orders" for c in campaigns) or "no campaigns"
        ),
    )
    return 0


def check_database(args: argparse.Namespace) -> int:
    from fulfiller.services.database import check_whole_file

    path = db_path(args)
    check_whole_file(path)
    print(f"{path}: every page read back whole; no damage found.")
    return 0


def _positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number, not {text}")
    return value


COMMANDS = (
    Command(
        "gui",
        help="open the window (the default)",
        description="Open the window on --db, else on the database used last (a new one in the data folder the "
        "first time).",
        handler=open_window,
        arguments=(
            arg(
                "--check",
                action="store_true",
                help="close the window again as soon as the campaign is on screen (checks an installation)",
            ),
        ),
    ),
    Command(
        "demo",
        help="create a demo campaign in a new database",
        description="Create a realistic demo campaign (tiers, add-ons, backers in 40+ countries, some with address "
        "problems), in mid-fulfilment (waves shipped, at a label tool, with a partner and being packed; replacement "
        "requests and carrier claims), in a new or empty database. Without --db it uses demo.sqlite in the data "
        "folder; afterwards every command given no --db works on it.",
        handler=make_demo,
        arguments=(
            arg("--backers", type=_positive_int, default=2000, metavar="N", help="how many (default 2000)"),
            arg("--seed", type=int, default=7, help="same seed, same demo (default 7)"),
            arg("--open", action="store_true", help="open the window on it afterwards"),
            arg("--check", action="store_true", help="with --open: close the window once the campaign is shown"),
        ),
    ),
    Command(
        "stats",
        help="counts of backers, orders, tiers, countries",
        description="Count a campaign's backers, orders, reward tiers, add-ons and countries, then its orders by "
        "reward tier, pledge status, shipment status and problem, and the countries with the most orders.",
        handler=show_stats,
        campaign=True,
        json="output",
    ),
    Command(
        "check",
        help="read every page of the database file, to find damage",
        description="Read every page of the database file and report any damage, writing nothing. Opening a "
        "large file checks only its header and schema when the last session ended cleanly; this is the full "
        "check (about 1.3 s for 190 MB), safe while the window has the file open.",
        handler=check_database,
    ),
    Command(
        "campaigns",
        help="list the campaigns in a database",
        description="List the campaigns in the database: number, name, platform and how many orders each holds.",
        handler=show_campaigns,
        json="output",
    ),
)
