"""After the parcels left: `replacements`."""

from __future__ import annotations

import argparse

from fulfiller.cli.context import campaign_session, emit
from fulfiller.cli.parsers import Command, arg
from fulfiller.domain.errors import UserError


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
)
