"""After the parcels left: `replacements`, and `claims list|open|update|close` with the carriers."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from fulfiller.cli.context import campaign_session, emit, operator
from fulfiller.cli.parsers import Command, Group, OneOf, arg
from fulfiller.domain.aftersales import ClaimStatus
from fulfiller.domain.errors import UserError

if TYPE_CHECKING:
    from fulfiller.services.aftersales.claims import ClaimRow


def replacements(args: argparse.Namespace) -> int:
    from fulfiller.domain.aftersales import OPEN_STATES
    from fulfiller.domain.enums import ReplacementState
    from fulfiller.services.aftersales.claims import claims_due, format_claims
    from fulfiller.services.aftersales.requests import format_requests, list_requests
    from fulfiller.services.aftersales.spare_budget import spare_budget, spare_warnings

    if args.within < 0:
        raise UserError("--within cannot be negative.")
    with campaign_session(args) as (session, campaign):
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


def _deadline(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"--deadline {text!r} is not a date: write it as YYYY-MM-DD, e.g. 2025-04-30.") from None


def _claim_text(row: ClaimRow, done: str) -> str:
    deadline = f", deadline {row.deadline:%Y-%m-%d} ({row.deadline_text})" if row.deadline else ", no deadline"
    number = f" {row.claim_number}" if row.claim_number else ""
    return (
        f"Claim {row.id} {done}: {row.order_code} #{row.sequence} {row.carrier}{number}, "
        f"{row.amount} {row.currency}, {row.status.value}{deadline}"
    )


def claims_list(args: argparse.Namespace) -> int:
    from fulfiller.services.aftersales.claims import format_claims, list_claims

    with campaign_session(args) as (session, campaign):
        rows = [r for r in list_claims(session, campaign.id) if args.all or r.status is not ClaimStatus.CLOSED]
    emit(
        [r.as_dict() for r in rows],
        as_json=args.json,
        text=lambda: format_claims(rows) if rows else "no claims" + ("" if args.all else " open"),
    )
    return 0


def claims_open(args: argparse.Namespace) -> int:
    from fulfiller.services.aftersales.claims import claim_row, claimable_parcel, open_claim

    deadline = _deadline(args.deadline)
    with campaign_session(args, writing=True) as (session, campaign):
        parcel = claimable_parcel(session, campaign.id, args.order, args.parcel)
        claim_id = open_claim(
            session,
            parcel.shipment_id,
            args.carrier or "",
            args.claim_id or "",
            args.amount,
            args.currency or campaign.currency,
            deadline,
            operator=operator(args),
            note=args.note or "",
        )
        row = claim_row(session, campaign.id, claim_id)
    emit(row.as_dict(), as_json=args.json, text=lambda: _claim_text(row, "opened"))
    return 0


def claims_update(args: argparse.Namespace) -> int:

    changes: dict[str, object] = {
        name: value
        for name, value in (
            ("status", args.status),
            ("claim_id", args.claim_id),
            ("amount", args.amount),
            ("currency", args.currency),
            ("note", args.note),
        )
        if value is not None
    }
    if args.no_deadline:
        changes["deadline"] = None
    elif args.deadline is not None:
        changes["deadline"] = _deadline(args.deadline)
    if not changes:
        raise UserError("Nothing to change: give --status, --claim-id, --amount, --currency, --deadline or --note.")
    return _change_claim(args, changes, "updated")


def claims_close(args: argparse.Namespace) -> int:
    changes: dict[str, object] = {"status": ClaimStatus.CLOSED}
    if args.note is not None:
        changes["note"] = args.note
    return _change_claim(args, changes, "closed")


def _change_claim(args: argparse.Namespace, changes: dict[str, object], done: str) -> int:
    from fulfiller.services.aftersales.claims import claim_row, update_claim

    with campaign_session(args, writing=True) as (session, campaign):
        claim_row(session, campaign.id, args.claim)  # a claim of this campaign
        update_claim(session, args.claim, operator=operator(args), **changes)  # type: ignore[arg-type]
        row = claim_row(session, campaign.id, args.claim)
    emit(row.as_dict(), as_json=args.json, text=lambda: _claim_text(row, done))
    return 0


_CLAIM_ID = arg("claim", type=int, metavar="ID", help="the claim's id (see `fulfiller claims list`)")
_NOTE = arg("--note", metavar="TEXT", help="what was agreed, what the carrier asked for…")

CLAIMS = Group(
    "claims",
    help="carrier claims for lost and damaged parcels: list, open, update, close",
    description="The claims filed (or to file) with carriers for lost and damaged parcels, with their deadlines.",
    commands=(
        Command(
            "list",
            help="the claims, the nearest deadline first",
            description="Every claim not closed yet (with --all, closed ones too), the nearest deadline first.",
            handler=claims_list,
            campaign=True,
            json="output",
            arguments=(arg("--all", action="store_true", help="closed claims too"),),
        ),
        Command(
            "open",
            help="open a claim for a lost or damaged parcel",
            description="Open a claim for the parcel of an order (its packing-list code, FUL-…, or the backer "
            "number): the newest parcel that is lost or damaged, or has a lost/damaged replacement request, unless "
            "--parcel names another.",
            handler=claims_open,
            campaign=True,
            json="output",
            arguments=(
                arg("order", metavar="CODE", help="the packing-list code (FUL-…) or the backer number"),
                arg("--amount", required=True, metavar="AMOUNT", help="what is claimed, e.g. 49.90"),
                arg("--currency", metavar="CODE", help="three letters (default: the campaign's currency)"),
                arg("--carrier", metavar="NAME", help="the carrier claimed from (default: the parcel's)"),
                arg("--claim-id", metavar="ID", help="the carrier's claim or case number, once it has one"),
                arg("--deadline", metavar="YYYY-MM-DD", help="the last day to file or to answer"),
                arg("--parcel", type=int, metavar="N", help="parcel #N of the order"),
                _NOTE,
            ),
        ),
        Command(
            "update",
            help="change a claim's status, claim id, amount, deadline or note",
            description="Change what is given; every change is in the audit log. A claim goes open → submitted → "
            "paid or refused, a refused claim may be submitted again, and any claim can be closed.",
            handler=claims_update,
            campaign=True,
            json="output",
            arguments=(
                _CLAIM_ID,
                arg("--status", choices=[s.value for s in ClaimStatus], help="the claim's new status"),
                arg("--claim-id", metavar="ID", help="the carrier's claim or case number"),
                arg("--amount", metavar="AMOUNT", help="what is claimed"),
                arg("--currency", metavar="CODE", help="three letters"),
                OneOf(
                    (
                        arg("--deadline", metavar="YYYY-MM-DD", help="a new deadline"),
                        arg("--no-deadline", action="store_true", help="the claim has no deadline any more"),
                    )
                ),
                _NOTE,
            ),
        ),
        Command(
            "close",
            help="close a claim (paid, refused for good, or given up)",
            description="Close the claim: it leaves the list and its deadline no longer reminds anyone.",
            handler=claims_close,
            campaign=True,
            json="output",
            arguments=(_CLAIM_ID, _NOTE),
        ),
    ),
)


COMMANDS = (
    Command(
        "replacements",
        help="after-sales: the replacement queue, carrier claims due soon, spare-budget warnings",
        description="The replacement requests by state (requested, approved, reshipped, rejected, closed) and those "
        "still waiting for someone, the carrier claims whose deadline is near or passed, and the shelves whose spares "
        "will run out at the loss/damage rate so far.",
        handler=replacements,
        campaign=True,
        json="output",
        arguments=(
            arg(
                "--within",
                type=int,
                default=7,
                metavar="DAYS",
                help="claims due within this many days (default 7)",
            ),
        ),
    ),
    CLAIMS,
)
