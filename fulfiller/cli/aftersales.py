"""After the parcels left: `replacements` (the queue) with `replacements request|approve|reject|reship|close`,
and `claims list|open|update|close` with the carriers.

A replacement command either does everything it was asked or nothing: a request it cannot change stops
it with the reason, and nothing is written."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from fulfiller.cli.context import campaign_session, emit, operator
from fulfiller.cli.parsers import Command, Group, OneOf, arg
from fulfiller.domain.aftersales import REASON_LABELS, ClaimStatus
from fulfiller.domain.enums import ReplacementReason
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import joined, message

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from fulfiller.services.aftersales.claims import ClaimRow
    from fulfiller.services.aftersales.request_list import RequestRow
    from fulfiller.services.aftersales.requests import BulkDecision


def replacements(args: argparse.Namespace) -> int:
    from fulfiller.domain.aftersales import OPEN_STATES
    from fulfiller.domain.enums import ReplacementState
    from fulfiller.services.aftersales.claims import claims_due, format_claims
    from fulfiller.services.aftersales.request_list import list_requests
    from fulfiller.services.aftersales.requests import format_requests
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


# --- Replacement requests ------------------------------------------------------------------------


def _reason(text: str) -> str:
    """The reason as stored (`lost_in_transit`), also when typed with spaces or dashes or as its label."""
    typed = " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()
    by_label = {label: reason.value for reason, label in REASON_LABELS.items()}
    by_value = {reason.value.replace("_", " "): reason.value for reason in ReplacementReason}
    return by_value.get(typed) or by_label.get(typed) or text


def _rows(session: Session, campaign_id: int, request_ids: list[int]) -> list[RequestRow]:
    from fulfiller.services.aftersales.request_list import list_requests

    by_id = {row.id: row for row in list_requests(session, campaign_id)}
    return [by_id[request_id] for request_id in request_ids]


def _request_text(row: RequestRow) -> str:
    return f"Request {row.id} {row.state.value}: {row.order_code} {row.reason_label}, {row.items_text}"


def _all_or_nothing(result: BulkDecision) -> None:
    if result.refused:  # raised inside the transaction: nothing is written
        raise UserError(joined(message("replacements.nothing_changed", "Nothing was changed."), result.refusal()))


def replacements_request(args: argparse.Namespace) -> int:
    from fulfiller.services.aftersales.parts import WHOLE_KIT, parts_by_sku
    from fulfiller.services.aftersales.requests import log_request
    from fulfiller.services.shipping.pack_station import find_order

    with campaign_session(args, writing=True) as (session, campaign):
        order = find_order(session, args.order, campaign.id)
        lines = WHOLE_KIT if args.items is None else parts_by_sku(session, order.id, args.items)
        request_id = log_request(
            session, order.id, _reason(args.reason), lines, args.evidence or "", operator=operator(args)
        )
        [row] = _rows(session, campaign.id, [request_id])
    emit(row.as_dict(), as_json=args.json, text=lambda: _request_text(row) + " (logged)")
    return 0


def _decide(args: argparse.Namespace, approve: bool) -> int:
    from fulfiller.services.aftersales.requests import check_in_campaign, decide
    from fulfiller.services.planning.warehouses import warehouse_by_code

    ids = list(dict.fromkeys(args.requests))
    with campaign_session(args, writing=True) as (session, campaign):
        check_in_campaign(session, campaign.id, ids)
        code = getattr(args, "warehouse", None)
        warehouse_id = warehouse_by_code(session, campaign.id, code).id if code else None
        result = decide(session, ids, approve, operator=operator(args), warehouse_id=warehouse_id, note=args.note or "")
        _all_or_nothing(result)
        rows = _rows(session, campaign.id, ids)
    emit([r.as_dict() for r in rows], as_json=args.json, text=lambda: "\n".join(map(_request_text, rows)))
    return 0


def replacements_approve(args: argparse.Namespace) -> int:
    return _decide(args, True)


def replacements_reject(args: argparse.Namespace) -> int:
    return _decide(args, False)


def replacements_reship(args: argparse.Namespace) -> int:
    from fulfiller.services.aftersales.requests import check_in_campaign, create_reship

    with campaign_session(args, writing=True) as (session, campaign):
        check_in_campaign(session, campaign.id, [args.request])
        shipment_id = create_reship(session, args.request, operator=operator(args))
        [row] = _rows(session, campaign.id, [args.request])
    payload = {**row.as_dict(), "reship_shipment_id": shipment_id}
    contents = ", ".join(f"{sku} × {units}" for sku, units in row.lines)
    emit(
        payload,
        as_json=args.json,
        text=lambda: (
            f"Request {row.id}: reship parcel for {row.order_code} is ready at {row.warehouse_code or '?'} "
            f"(shipment {shipment_id}) with {contents}; pack it at the pack station (scan {row.order_code})."
        ),
    )
    return 0


def replacements_close(args: argparse.Namespace) -> int:
    from fulfiller.services.aftersales.requests import check_in_campaign, close_requests

    ids = list(dict.fromkeys(args.requests))
    with campaign_session(args, writing=True) as (session, campaign):
        check_in_campaign(session, campaign.id, ids)
        _all_or_nothing(close_requests(session, ids, operator=operator(args), note=args.note or ""))
        rows = _rows(session, campaign.id, ids)
    emit([r.as_dict() for r in rows], as_json=args.json, text=lambda: "\n".join(map(_request_text, rows)))
    return 0


# --- Carrier claims ------------------------------------------------------------------------------


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


_REQUEST_IDS = arg(
    "requests", type=int, nargs="+", metavar="ID", help="the requests' ids (see `fulfiller replacements`)"
)
_DECISION_NOTE = arg("--note", metavar="TEXT", help="why, for the audit log")
_REASONS = ", ".join(reason.value for reason in ReplacementReason)

REPLACEMENTS = Group(
    "replacements",
    help="after-sales: the replacement queue, carrier claims due soon, spare-budget warnings; request, approve, "
    "reject, reship, close",
    description="With no action: the replacement requests by state (requested, approved, reshipped, rejected, "
    "closed) and those still waiting for someone, the carrier claims whose deadline is near or passed, and the "
    "shelves whose spares will run out at the loss/damage rate so far. The actions follow a request from the "
    "backer's message to the reship parcel; each does all it was asked or nothing.",
    default=Command(
        "replacements",
        help="",
        description="",
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
    commands=(
        Command(
            "request",
            help="log a replacement request for the whole kit or chosen parts",
            description="Log a request on an order (its packing-list code, FUL-…, or the backer number) for the "
            "parcel it last packed or shipped: the whole kit, or with --items only the parts named, each at most as "
            "many as the order holds.",
            handler=replacements_request,
            campaign=True,
            json="output",
            arguments=(
                arg("order", metavar="CODE", help="the packing-list code (FUL-…) or the backer number"),
                arg("--reason", required=True, metavar="REASON", help=f"one of: {_REASONS}"),
                arg(
                    "--items",
                    metavar="SKU:QTY,…",
                    help="only these parts, e.g. LAMP-WH:1,CABLE:2 (a SKU alone is one unit; default: the whole kit)",
                ),
                arg("--evidence", metavar="TEXT", help="photos received, the carrier's note, what is missing…"),
            ),
        ),
        Command(
            "approve",
            help="approve requests: their replacement comes from spare stock",
            description="Approve the requests; the replacement is drawn from the spare stock of --warehouse, else "
            "of the request's warehouse (the original parcel's).",
            handler=replacements_approve,
            campaign=True,
            json="output",
            arguments=(
                _REQUEST_IDS,
                arg("--warehouse", metavar="CODE", help="the warehouse whose spares the replacements come from"),
                _DECISION_NOTE,
            ),
        ),
        Command(
            "reject",
            help="reject requests: nothing is sent",
            description="Reject the requests (nothing is sent for them); a rejected request is closed afterwards.",
            handler=replacements_reject,
            campaign=True,
            json="output",
            arguments=(_REQUEST_IDS, _DECISION_NOTE),
        ),
        Command(
            "reship",
            help="create the reship parcel of an approved request",
            description="Create the reship parcel of an approved request: a new parcel of the order holding only the "
            "request's parts, ready to pack at the pack station like any parcel (drawn from spare stock).",
            handler=replacements_reship,
            campaign=True,
            json="output",
            arguments=(arg("request", type=int, metavar="ID", help="the request's id (see `fulfiller replacements`)"),),
        ),
        Command(
            "close",
            help="close requests: reshipped (their reship packed) or rejected",
            description="Close the requests whose reship parcel is packed, or that were rejected.",
            handler=replacements_close,
            campaign=True,
            json="output",
            arguments=(_REQUEST_IDS, _DECISION_NOTE),
        ),
    ),
)


COMMANDS = (REPLACEMENTS, CLAIMS)
