"""After-sales rules: the replacement request's states, carrier-claim deadlines and statuses, and the
spare-budget maths (spares planned, used and left; loss rate so far against the planned rate).

A request is requested → approved | rejected; approved → reshipped (once its reship parcel is
packed) → closed; rejected → closed. A claim is open → submitted → paid | refused, and any claim can
be closed; a refused claim may be submitted again (an appeal).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from enum import StrEnum

from fulfiller.domain.enums import ReplacementReason
from fulfiller.domain.enums import ReplacementState as R
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import Message, joined, message
from fulfiller.domain.planning import spares_for

# --- Replacement requests ------------------------------------------------------------------------

REQUEST_TRANSITIONS: dict[R, frozenset[R]] = {
    R.REQUESTED: frozenset({R.APPROVED, R.REJECTED}),
    R.APPROVED: frozenset({R.RESHIPPED}),
    R.REJECTED: frozenset({R.CLOSED}),
    R.RESHIPPED: frozenset({R.CLOSED}),
    R.CLOSED: frozenset(),
}

# Still needs someone's attention (the queue).
OPEN_STATES: frozenset[R] = frozenset({R.REQUESTED, R.APPROVED, R.RESHIPPED, R.REJECTED})

REASON_LABELS: dict[ReplacementReason, str] = {
    ReplacementReason.LOST_IN_TRANSIT: "lost in transit",
    ReplacementReason.DAMAGED: "damaged",
    ReplacementReason.MISSING_PART: "missing part",
    ReplacementReason.WRONG_ITEM: "wrong item",
    ReplacementReason.RETURNED_TO_SENDER: "returned to sender",
    ReplacementReason.ADDRESS_CHANGE: "address change after shipping",
}
# Reasons for which a carrier claim makes sense.
CLAIMABLE_REASONS: frozenset[ReplacementReason] = frozenset(
    {ReplacementReason.LOST_IN_TRANSIT, ReplacementReason.DAMAGED}
)

_REQUEST_REASONS: dict[tuple[R, R], Message] = {
    (R.REQUESTED, R.RESHIPPED): message(
        "request.approve_first", "It has not been approved yet: approve it first, then create the reship."
    ),
    (R.REQUESTED, R.CLOSED): message(
        "request.decide_first", "It has not been decided yet: approve or reject it first."
    ),
    (R.APPROVED, R.REJECTED): message("request.approved_already", "It was approved already."),
    (R.APPROVED, R.APPROVED): message("request.approved_already", "It was approved already."),
    (R.APPROVED, R.CLOSED): message(
        "request.pack_reship_first", "Its replacement has not been packed yet: pack the reship parcel first."
    ),
    (R.REJECTED, R.APPROVED): message(
        "request.rejected_log_new",
        "It was rejected: log a new request if the backer should get a replacement after all.",
    ),
    (R.REJECTED, R.RESHIPPED): message("request.rejected_nothing_sent", "It was rejected: nothing is sent for it."),
    (R.RESHIPPED, R.APPROVED): message("request.packed_already", "Its replacement is packed already."),
    (R.RESHIPPED, R.REJECTED): message(
        "request.packed_not_rejected", "Its replacement is packed already: it cannot be rejected any more."
    ),
    (R.CLOSED, R.APPROVED): message("request.closed_log_new", "It is closed: log a new request instead."),
    (R.CLOSED, R.REJECTED): message("request.closed_already", "It is closed already."),
}


class RequestRefused(UserError, ValueError):
    """A change of a replacement request that its workflow does not allow, said in plain words."""


def request_refusal(current: R, new: R) -> Message | None:
    """Why a request that is `current` cannot become `new` (None when it can)."""
    if new in REQUEST_TRANSITIONS[current]:
        return None
    head = message(
        "request.cannot_become", "A request that is {current} cannot become {new}.", current=current, new=new
    )
    specific = _REQUEST_REASONS.get((current, new))
    if specific is None and new == current:
        specific = message("request.already", "It is {state} already.", state=current)
    return joined(head, specific) if specific else head


def check_request_transition(current: R, new: R) -> None:
    reason = request_refusal(current, new)
    if reason is not None:
        raise RequestRefused(reason)


def parse_parts(text: str) -> list[tuple[str, int]]:
    """The parts a replacement sends, typed as `SKU:QTY` separated by commas (`LAMP-WH:1,CABLE:2`; a SKU
    alone is one unit): (SKU, units) in the order given. Refuses an empty list, a quantity that is not a
    whole number above 0, and a SKU named twice."""
    example = "LAMP-WH:1,CABLE:2"
    entries = [entry.strip() for entry in text.split(",") if entry.strip()]
    if not entries:
        raise UserError(
            message("parts.empty", "Name the parts as SKU:QTY separated by commas, e.g. {example}.", example=example)
        )
    parts: list[tuple[str, int]] = []
    seen: set[str] = set()
    for entry in entries:
        sku, colon, count = entry.rpartition(":")
        if not colon:
            sku, count = entry, "1"
        sku, count = sku.strip(), count.strip()
        if not sku or not (count.isascii() and count.isdigit()) or int(count) < 1:
            raise UserError(
                message(
                    "parts.not_sku_quantity",
                    "“{entry}” is not SKU:QTY with a whole number of units above 0, e.g. {example}.",
                    entry=entry,
                    example=example,
                )
            )
        if sku.casefold() in seen:
            twice = message("parts.named_twice", "{sku} is named twice: give it once, with its units.", sku=sku)
            raise UserError(twice)
        seen.add(sku.casefold())
        parts.append((sku, int(count)))
    return parts


# --- Carrier claims ------------------------------------------------------------------------------


class ClaimStatus(StrEnum):
    OPEN = "open"  # being prepared
    SUBMITTED = "submitted"  # filed with the carrier
    PAID = "paid"
    REFUSED = "refused"
    CLOSED = "closed"


C = ClaimStatus
CLAIM_TRANSITIONS: dict[C, frozenset[C]] = {
    C.OPEN: frozenset({C.SUBMITTED, C.CLOSED}),
    C.SUBMITTED: frozenset({C.PAID, C.REFUSED, C.CLOSED}),
    C.PAID: frozenset({C.CLOSED}),
    C.REFUSED: frozenset({C.SUBMITTED, C.CLOSED}),
    C.CLOSED: frozenset(),
}
# A deadline matters while the claim is still being made.
ACTIVE_CLAIMS: frozenset[C] = frozenset({C.OPEN, C.SUBMITTED})


def claim_refusal(current: C, new: C) -> Message | None:
    if new in CLAIM_TRANSITIONS[current]:
        return None
    if new == current:
        return message("claim.already", "The claim is {status} already.", status=current)
    head = message("claim.cannot_become", "A claim that is {current} cannot become {new}.", current=current, new=new)
    options = sorted(CLAIM_TRANSITIONS[current], key=lambda s: s.value)
    if options:
        return joined(
            head, message("claim.can_become", "It can become: {options}.", options=joined(*options, separator=", "))
        )
    return joined(head, message("claim.final", "It is final."))


def check_claim_transition(current: C, new: C) -> None:
    reason = claim_refusal(current, new)
    if reason is not None:
        raise RequestRefused(reason)


class DeadlineState(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due soon"
    LATER = "later"


def days_left(deadline: date, today: date) -> int:
    """Whole days until the deadline: 0 on the day itself, negative once it has passed."""
    return (deadline - today).days


def deadline_state(deadline: date, today: date, within_days: int = 7) -> DeadlineState:
    """Overdue after the deadline day; due soon from `within_days` days before it to the day itself."""
    if within_days < 0:
        raise ValueError(f"within_days cannot be negative: {within_days}")
    left = days_left(deadline, today)
    if left < 0:
        return DeadlineState.OVERDUE
    return DeadlineState.DUE_SOON if left <= within_days else DeadlineState.LATER


def describe_deadline(deadline: date, today: date) -> str:
    left = days_left(deadline, today)
    if left < 0:
        return f"overdue by {-left} day(s)"
    if left == 0:
        return "due today"
    return f"{left} day(s) left"


# --- Spare budget --------------------------------------------------------------------------------

RATE_PLACES = Decimal("0.0001")


@dataclass(frozen=True, slots=True)
class SpareBudget:
    """One shelf's spare budget.

    `total_units`: the campaign's units of the item at the warehouse (shipped and still to ship);
    `shipped_units`: original parcels' units that left the shelf; `used`: units spent on
    replacements (reshipped, or written off as damaged in transit); `committed`: units of approved
    requests not reshipped yet."""

    total_units: int
    shipped_units: int
    used: int
    spare_percent: Decimal
    committed: int = 0

    def __post_init__(self) -> None:
        for name in ("total_units", "shipped_units", "used", "committed"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} cannot be negative: {getattr(self, name)}")

    @property
    def planned(self) -> int:
        return spares_for(self.total_units, self.spare_percent)

    @property
    def left(self) -> int:
        """Can be negative: more replacements than spares planned."""
        return self.planned - self.used

    @property
    def to_ship(self) -> int:
        return max(0, self.total_units - self.shipped_units)

    @property
    def loss_rate(self) -> Decimal | None:
        """Replacement units per unit shipped so far (None before anything shipped)."""
        if self.shipped_units <= 0:
            return None
        return (Decimal(self.used) / Decimal(self.shipped_units)).quantize(RATE_PLACES, rounding=ROUND_HALF_UP)

    @property
    def planned_rate(self) -> Decimal:
        return (Decimal(self.spare_percent) / 100).quantize(RATE_PLACES, rounding=ROUND_HALF_UP)

    @property
    def projected_need(self) -> int:
        """Units the parcels still to ship will need at the loss rate so far, plus approved requests
        still to reship; rounded up."""
        if self.shipped_units <= 0 or self.to_ship == 0 or self.used == 0:
            return self.committed
        exact = Decimal(self.used) * Decimal(self.to_ship) / Decimal(self.shipped_units)
        return int(exact.to_integral_value(rounding=ROUND_CEILING)) + self.committed

    @property
    def runs_out(self) -> bool:
        """Spares will run out at the current rate."""
        return self.left < 0 or self.projected_need > self.left

    def warning(self, label: Message | str) -> str | None:
        note = self.note(label)
        return None if note is None else str(note)

    def note(self, label: Message | str) -> Message | None:
        """The warning when spares will run out at the current rate, else None."""
        if not self.runs_out:
            return None
        rate = self.loss_rate
        rate_text = f"{rate * 100:.1f} %" if rate is not None else message("spares.no_rate", "n/a")
        if self.left < 0:
            return message(
                "spares.overspent",
                "{label}: {used} replacement unit(s) used, {over} more than the {planned} spare(s) "
                "planned (loss rate {rate} vs {percent} % planned).",
                label=label,
                used=self.used,
                over=-self.left,
                planned=self.planned,
                rate=rate_text,
                percent=self.spare_percent,
            )
        return message(
            "spares.run_out",
            "{label}: spares will run out — {left} left of {planned}, {needed} needed for "
            "the {to_ship} unit(s) still to ship at the loss rate so far ({rate} vs {percent} % planned).",
            label=label,
            left=self.left,
            planned=self.planned,
            needed=self.projected_need,
            to_ship=self.to_ship,
            rate=rate_text,
            percent=self.spare_percent,
        )
