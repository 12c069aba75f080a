"""Documents for the packing table as PDF: `print`."""

from __future__ import annotations

import argparse
from pathlib import Path

from fulfiller.cli.context import campaign_session
from fulfiller.cli.parsers import Command, arg
from fulfiller.services.documents import DOCUMENTS, PAPERS, documents_on


def print_documents(args: argparse.Namespace) -> int:
    from fulfiller.services.print_selection import run_print

    with campaign_session(args) as (session, campaign):
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


def _paper_help() -> str:
    """The papers, which documents a paper is limited to, and each document's default, from the registry."""
    limits = [
        f"{paper} only for {' and '.join(d.name for d in documents_on(paper))}"
        for paper in PAPERS
        if len(documents_on(paper)) < len(DOCUMENTS)
    ]
    defaults = ", ".join(f"{d.name} {d.default_paper}" for d in DOCUMENTS.values())
    return f"{', '.join(PAPERS)} ({'; '.join(limits)}); default: {defaults}"


def _with_native_choice() -> str:
    return " and ".join(d.name for d in DOCUMENTS.values() if d.native_choice)


COMMANDS = (
    Command(
        "print",
        help="packing lists, pick lists, labels or customs forms as PDF",
        description="Write a PDF for a selection of orders (by default every collected order, in pick order).",
        handler=print_documents,
        campaign=True,
        arguments=(
            arg("document", choices=DOCUMENTS.names()),
            arg("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write"),
            arg("--paper", default=None, metavar="SIZE", help=_paper_help()),
            arg("--tier", metavar="TITLE|ID", help="only orders of this reward tier"),
            arg("--warehouse", metavar="CODE", help="only orders of this warehouse"),
            arg("--country", metavar="CODE", help="only orders to this country"),
            arg("--status", default="collected", metavar="STATUS", help="pledge status (default collected; 'any')"),
            arg("--problem-free", action="store_true", help="leave out orders with an address error"),
            arg("--orders", metavar="N,N,…", help="only these backer numbers"),
            arg("--no-native", action="store_true", help=f"{_with_native_choice()}: Latin script only"),
        ),
    ),
)
