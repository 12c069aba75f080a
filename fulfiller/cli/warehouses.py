"""Warehouses and the countries each serves: `fulfiller warehouse list|add|assign`."""

from __future__ import annotations

import argparse

from fulfiller.cli.context import campaign_session, emit, operator
from fulfiller.cli.parsers import Command, Group, arg


def _countries(text: str | None) -> list[str]:
    # Names may hold spaces ("United Kingdom"): with commas present, only commas separate.
    if not text:
        return []
    parts = text.split(",") if "," in text else text.split()
    return [part.strip() for part in parts if part.strip()]


def show(args: argparse.Namespace) -> int:
    from fulfiller.services.planning.warehouses import list_warehouses

    with campaign_session(args) as (session, campaign):
        found = list_warehouses(session, campaign.id)
    payload = [{"code": w.code, "name": w.name, "country": w.country_code, "serves": w.countries,
                "orders": w.orders} for w in found]  # fmt: skip
    emit(
        payload,
        as_json=args.json,
        text=lambda: (
            "\n".join(
                f"{w.code:<6} {w.name[:30]:<30} {w.country_code:<3} {w.orders:>7,} orders  "
                f"serves {' '.join(w.countries)}"
                for w in found
            )
            or "no warehouses yet (`fulfiller warehouse add CODE --name NAME --country CC --serves ...`)"
        ),
    )
    return 0


def add(args: argparse.Namespace) -> int:
    from fulfiller.services.planning.warehouses import create_warehouse

    with campaign_session(args, writing=True) as (session, campaign):
        create_warehouse(session, campaign.id, args.code, args.name, args.country, operator=operator(args),
                         countries=_countries(args.serves))  # fmt: skip
    print(f"Warehouse {args.code.strip().upper()} added; `fulfiller warehouse assign` gives orders their warehouse.")
    return 0


def assign(args: argparse.Namespace) -> int:
    from fulfiller.services.planning.warehouses import assign_orders

    with campaign_session(args, writing=True) as (session, campaign):
        summary = assign_orders(session, campaign.id, operator=operator(args))
    per = ", ".join(f"{code} {n:,}" for code, n in sorted(summary.per_warehouse.items()))
    emit(
        {"changed": summary.changed, "per_warehouse": summary.per_warehouse, "unassigned": summary.unassigned},
        as_json=args.json,
        text=lambda: (
            f"{summary.changed:,} order(s) moved; orders to ship per warehouse: {per or 'none'}; "
            f"{summary.unassigned_orders:,} without a warehouse."
        ),
    )
    return 0


WAREHOUSES = Group(
    "warehouse",
    help="warehouses and the countries each serves",
    description='The warehouses a campaign ships from, the countries each serves ("*" for every other country), '
    "and giving every order still to ship the warehouse its country's rule names.",
    commands=(
        Command(
            "list",
            help="the warehouses, their countries and orders",
            description="Every warehouse: its code, name, country, the orders it holds and the countries it serves.",
            handler=show,
            campaign=True,
            json="output",
        ),  # fmt: skip
        Command(
            "add",
            help="a new warehouse",
            description="Add a warehouse standing in --country, serving the --serves countries (codes separated "
            "by spaces, or names by commas; * = every country no other warehouse serves).",
            handler=add,
            campaign=True,
            arguments=(
                arg("code", metavar="CODE", help="a short code, e.g. US or EU"),
                arg("--name", required=True, metavar="NAME", help="what the team calls it"),
                arg("--country", required=True, metavar="CC", help="the country it stands in"),
                arg("--serves", metavar="COUNTRIES", help='the countries it serves, e.g. "US CA" or "*"'),
            ),
        ),
        Command(
            "assign",
            help="give every order still to ship its warehouse by the rules",
            description="Every order still to ship gets the warehouse its country's rule names; an order a "
            "person placed by hand stays where it is.",
            handler=assign,
            campaign=True,
            json="summary",
        ),
    ),
)

COMMANDS = (WAREHOUSES,)
