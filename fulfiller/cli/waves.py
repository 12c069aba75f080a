"""Waves of parcels: `fulfiller wave create`, `fulfiller wave list`."""

from __future__ import annotations

import argparse
from datetime import date

from fulfiller.cli.context import campaign_session, emit, operator
from fulfiller.cli.parsers import Command, Group, arg
from fulfiller.domain.errors import UserError


def _ship_date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"--ship-date {text!r} is not a date: write it as YYYY-MM-DD, e.g. 2025-04-30.") from None


def _choice(session, campaign_id: int, args: argparse.Namespace):  # noqa: ANN001, ANN202 - a session, a WaveChoice
    from fulfiller.services.print_selection import selection_from_names
    from fulfiller.services.shipping.waves import WaveChoice

    # The same names as `print`: a tier by title or id, a warehouse by code, a country by code or name.
    named = selection_from_names(session, campaign_id, tier=args.tier, warehouse=args.warehouse, country=args.country)
    return WaveChoice(named.tier_id, named.warehouse_id, named.country, problem_free=args.problem_free)


def create(args: argparse.Namespace) -> int:
    from fulfiller.services.shipping.waves import create_wave, plan_wave

    planned = _ship_date(args.ship_date)
    with campaign_session(args, writing=not args.dry_run) as (session, campaign):
        choice = _choice(session, campaign.id, args)
        if args.dry_run:
            plan = plan_wave(session, campaign.id, choice)
            counts = plan.left_out_counts()
            left = ", ".join(f"{n:,} {reason}" for reason, n in counts.items()) or "none"
            said = f"{plan.orders:,} order(s) would get a parcel; left out: {left}"
            emit({"orders": plan.orders, "left_out": counts}, as_json=args.json, text=lambda: said)
            return 0
        summary = create_wave(
            session, campaign.id, args.name, choice, planned_ship_date=planned, operator=operator(args)
        )
    emit(summary.as_dict(), as_json=args.json, text=summary.describe)
    return 0


def show(args: argparse.Namespace) -> int:
    from fulfiller.services.shipping.waves import list_waves

    with campaign_session(args) as (session, campaign):
        waves = list_waves(session, campaign.id)

    def text() -> str:
        if not waves:
            return "no waves yet (`fulfiller wave create NAME`)"
        lines = [f"{'id':>4} {'name':<30} {'ship date':<10} {'from':<6} {'parcels':>8}  by status"]
        for w in waves:
            statuses = ", ".join(f"{s} {n:,}" for s, n in sorted(w.by_status.items()))
            when = w.planned_ship_date.isoformat() if w.planned_ship_date else "-"
            lines.append(f"{w.id:>4} {w.name[:30]:<30} {when:<10} {w.warehouse_code:<6} {w.parcels:>8,}  {statuses}")
        return "\n".join(lines)

    emit([w.as_dict() for w in waves], as_json=args.json, text=text)
    return 0


WAVES = Group(
    "wave",
    help="waves: the orders to ship now get their parcels in one step",
    description="A wave chooses the orders to ship now (all that can, or those of a tier, warehouse or country) and "
    "makes their parcels, split by warehouse, for a planned ship date; every order left out is counted with its "
    "reason. Export a wave with `fulfiller export orders --wave NAME`.",
    commands=(
        Command(
            "create",
            help="make the parcels of the orders to ship now",
            description="Make parcel #1 (ready, with the order's checklist) for every order chosen that can ship: "
            "collected, not merged away, without a parcel yet, no address error, a kit and a warehouse. With several "
            "warehouses, one wave each (named `NAME — CODE`).",
            handler=create,
            campaign=True,
            json="summary",
            arguments=(
                arg("name", metavar="NAME", help="what the team calls it, e.g. 'Europe, first wave'"),
                arg("--ship-date", metavar="YYYY-MM-DD", help="the planned ship date"),
                arg("--tier", metavar="TITLE|ID", help="only orders of this reward tier"),
                arg("--warehouse", metavar="CODE", help="only orders of this warehouse"),
                arg("--country", metavar="CODE|NAME", help="only orders to this country"),
                arg("--problem-free", action="store_true", help="leave out orders with warnings too"),
                arg("--dry-run", action="store_true", help="count what would be made, make nothing"),
            ),
        ),
        Command(
            "list",
            help="the waves so far, with their parcels by status",
            description="Every wave: its name, planned ship date, warehouse, and how many of its parcels are ready, "
            "at a label tool, with a partner, packed, shipped or delivered.",
            handler=show,
            campaign=True,
            json="output",
        ),
    ),
)

COMMANDS = (WAVES,)
