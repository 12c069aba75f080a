"""What to pack and what it costs: `kits`, `demand`, `shipping-cost`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from fulfiller.cli.context import campaign_session, emit, operator
from fulfiller.cli.parsers import Command, OneOf, arg
from fulfiller.domain.errors import UserError

if TYPE_CHECKING:
    from fulfiller.services.catalogue.kits import KitView


def kits(args: argparse.Namespace) -> int:
    if args.load is not None:
        return _load_kit_sheet(args)
    from fulfiller.services.catalogue.kit_sheet import export_kit_sheet
    from fulfiller.services.catalogue.kits import list_kits

    with campaign_session(args) as (session, campaign):
        if args.out is not None:
            written = export_kit_sheet(session, campaign.id, args.out)
            emit(
                {"file": str(args.out), "lines": written},
                as_json=args.json,
                text=lambda: f"Wrote {written} kit line(s) to {args.out}",
            )
            return 0
        found = list_kits(session, campaign.id)
    emit([k.as_dict() for k in found], as_json=args.json, text=lambda: _format_kits(found))
    return 0


def _load_kit_sheet(args: argparse.Namespace) -> int:
    from fulfiller.services.catalogue.kit_sheet import load_kit_sheet

    if not args.load.is_file():
        raise UserError(f"{args.load}: no such file")
    with campaign_session(args, writing=True) as (session, campaign):
        summary = load_kit_sheet(session, campaign.id, args.load, operator=operator(args))
    emit(summary.as_dict(), as_json=args.json, text=summary.describe)
    return 0


def _format_kits(found: list[KitView]) -> str:
    if not found:
        return "no reward tiers or add-ons yet"
    lines = []
    for kit in found:
        kind = "tier" if kit.kind == "tier" else "add-on"
        head = f"{kind} {kit.title} ({kit.orders:,} collected orders)"
        if kit.packs_like:
            head += f", packs like {kit.packs_like}"
        lines.append(head + (":  NO KIT YET" if kit.needs_kit else ":"))
        lines.extend(
            f"  {line.quantity} × {line.sku}  {line.name}" + (" (not stock)" if not line.is_stock else "")
            for line in kit.lines
        )
    return "\n".join(lines)


def demand(args: argparse.Namespace) -> int:
    from fulfiller.exporters.spreadsheet import check_target
    from fulfiller.services.planning.demand import compute_demand, export_demand, format_demand

    if args.out is not None:
        check_target(args.out)  # a wrong name or folder fails before the work
    from fulfiller.services.stats import WORDS, orders_to_ship

    with campaign_session(args) as (session, campaign):
        rows = compute_demand(session, campaign.id)
        to_ship = orders_to_ship(session, campaign.id)
    if args.out is not None:
        written = export_demand(rows, args.out)
        if not args.json:
            print(f"Wrote {written} row(s) to {args.out}")
    counted = f"Demand of the orders {str(WORDS['to_ship']).lower()}: {to_ship:,}"
    emit([r.as_dict() for r in rows], as_json=args.json, text=lambda: counted + "\n" + format_demand(rows))
    return 0


def shipping_cost(args: argparse.Namespace) -> int:
    from fulfiller.services.planning.shipping_cost import estimate_shipping, format_estimate

    with campaign_session(args) as (session, campaign):
        estimate = estimate_shipping(session, campaign.id, packaging_g=args.packaging_g)
    emit(estimate.as_dict(), as_json=args.json, text=lambda: format_estimate(estimate))
    return 0


COMMANDS = (
    Command(
        "kits",
        help="list the kits of the reward tiers and add-ons, or load or save a kit sheet",
        description="Without options, list each reward tier's and add-on's kit. --load FILE reads a kit sheet (CSV "
        "or XLSX, one row per kit line: kit, sku, quantity, and optionally name, variant, weight_g, length_mm, "
        "width_mm, height_mm, hs_code, origin, customs_value, currency, stock, spare_percent) and replaces the kits "
        "it names; any problem refuses the whole sheet. Unpacked orders follow the new kits. --out FILE writes the "
        "kits in the same shape.",
        handler=kits,
        campaign=True,
        json="output",
        arguments=(
            OneOf(
                (
                    arg("--load", type=Path, metavar="FILE", help="load a kit sheet (.csv, .tsv, .xlsx)"),
                    arg("--out", type=Path, metavar="FILE", help="write the kits as a kit sheet (.csv, .xlsx)"),
                )
            ),
        ),
    ),
    Command(
        "demand",
        help="per warehouse and SKU: demand, spares, on hand, shortfall",
        description="Units still to ship per warehouse and stock item (orders collected, not merged away, not packed "
        "yet), spare stock on top (the shelf's, item's or campaign's percentage), on hand, and shortfall.",
        handler=demand,
        campaign=True,
        json="output",
        arguments=(
            arg(
                "--out",
                type=Path,
                metavar="FILE",
                help="also write the table as .csv (for Excel) or .xlsx for the factory",
            ),
        ),
    ),
    Command(
        "shipping-cost",
        help="estimate the shipping cost of the orders still to ship, per tier and region",
        description="Weigh every order still to ship from its kits, price it with the rate table (per warehouse, "
        "destination zone and weight band) and add the campaign's budget buffer.",
        handler=shipping_cost,
        campaign=True,
        json="output",
        arguments=(
            arg(
                "--packaging-g",
                type=int,
                default=0,
                metavar="GRAMS",
                help="box and filling added to every parcel (default 0)",
            ),
        ),
    ),
)
