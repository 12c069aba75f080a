"""Which shipment status may follow which, and why a change is refused.

The happy path is pending → ready → packed → shipped → delivered. A parcel sent to a label tool or a
fulfilment partner waits "at label tool" / "with partner" until its tracking number comes back and
it ships (a label-tool parcel may be packed at the own station meanwhile); it can be taken back to
ready. A parcel can be put on hold or flagged with an address problem until it leaves the building;
once shipped it can only be delivered, returned, lost or damaged. A lost parcel that turns up is delivered after all; a
returned one goes back to ready (to be sent again) or on hold. Damaged is final: the replacement
is a new parcel (a reship), not this one.
"""

from __future__ import annotations

from fulfiller.domain.enums import ShipmentStatus as S
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import Message, joined, message

_TRANSITIONS: dict[S, frozenset[S]] = {
    S.PENDING: frozenset({S.READY, S.ON_HOLD, S.ADDRESS_PROBLEM, S.AT_LABEL_TOOL, S.WITH_PARTNER}),
    S.READY: frozenset({S.PACKED, S.PENDING, S.ON_HOLD, S.ADDRESS_PROBLEM, S.AT_LABEL_TOOL, S.WITH_PARTNER}),
    # Sent again, elsewhere: a parcel a partner gave back may go to a label tool, and the other way round.
    S.AT_LABEL_TOOL: frozenset({S.PACKED, S.SHIPPED, S.READY, S.ON_HOLD, S.ADDRESS_PROBLEM, S.WITH_PARTNER}),
    S.WITH_PARTNER: frozenset({S.SHIPPED, S.READY, S.ON_HOLD, S.ADDRESS_PROBLEM, S.AT_LABEL_TOOL}),
    S.PACKED: frozenset({S.SHIPPED, S.READY, S.ON_HOLD, S.ADDRESS_PROBLEM}),
    S.SHIPPED: frozenset({S.DELIVERED, S.RETURNED, S.LOST, S.DAMAGED}),
    S.DELIVERED: frozenset({S.DAMAGED, S.RETURNED}),
    S.ON_HOLD: frozenset({S.PENDING, S.READY, S.PACKED}),
    S.ADDRESS_PROBLEM: frozenset({S.PENDING, S.READY, S.ON_HOLD}),
    S.RETURNED: frozenset({S.READY, S.ON_HOLD}),
    S.LOST: frozenset({S.DELIVERED}),
    S.DAMAGED: frozenset(),
}

# Sent out of the program to be labelled or packed elsewhere: the file already holds its lines.
HANDED_OUT: frozenset[S] = frozenset({S.AT_LABEL_TOOL, S.WITH_PARTNER})
# Not yet in a box: the goods are still on a shelf, and (unless handed out) its lines may be rewritten.
UNPACKED: frozenset[S] = frozenset({S.PENDING, S.READY, S.ON_HOLD, S.ADDRESS_PROBLEM}) | HANDED_OUT
# Packed or further: the goods went into a box (and left the shelf), whatever befell it after.
PACKED_OR_FURTHER: frozenset[S] = frozenset(set(S) - UNPACKED)

# Why a change is refused, for the pairs people try most; the generic sentence covers the rest.
_REASONS: dict[tuple[S, S], Message] = {
    (S.PENDING, S.PACKED): message(
        "shipment.ready_first", "Mark it ready first: a parcel is packed from the ready list."
    ),
    (S.PENDING, S.SHIPPED): message(
        "shipment.pack_first", "It has not been packed yet: pack it at the pack station first."
    ),
    (S.READY, S.SHIPPED): message(
        "shipment.pack_first", "It has not been packed yet: pack it at the pack station first."
    ),
    (S.ON_HOLD, S.SHIPPED): message("shipment.release_first", "It is on hold: release it and pack it before it ships."),
    (S.ADDRESS_PROBLEM, S.PACKED): message(
        "shipment.fix_address_first", "Its address must be fixed first: mark it ready once the address is right."
    ),
    (S.ADDRESS_PROBLEM, S.SHIPPED): message(
        "shipment.fix_address_and_pack", "Its address must be fixed and the parcel packed before it ships."
    ),
    (S.PACKED, S.DELIVERED): message("shipment.ship_first", "It has not shipped yet: mark it shipped first."),
    (S.WITH_PARTNER, S.PACKED): message(
        "shipment.partner_packs", "The partner packs it: it ships when the partner's tracking number comes back."
    ),
    (S.PACKED, S.PENDING): message(
        "shipment.unpack_instead", "It is already in a box: take it back to ready (unpack) instead."
    ),
    (S.SHIPPED, S.READY): message(
        "shipment.mark_returned", "It has left the warehouse: mark it returned when it comes back."
    ),
    (S.SHIPPED, S.PACKED): message("shipment.left_not_packed", "It has left the warehouse and cannot be packed again."),
    (S.SHIPPED, S.ON_HOLD): message("shipment.left_not_held", "It has left the warehouse: it can no longer be held."),
    (S.SHIPPED, S.ADDRESS_PROBLEM): message(
        "shipment.left_redirect", "It has left the warehouse: ask the carrier to redirect it instead."
    ),
    (S.DELIVERED, S.SHIPPED): message("shipment.delivered_already", "It was delivered already."),
    (S.DELIVERED, S.LOST): message("shipment.delivered_not_lost", "It was delivered: it cannot be lost any more."),
    (S.LOST, S.SHIPPED): message(
        "shipment.lost_found_or_reship", "A lost parcel is either found (delivered) or replaced by a reship."
    ),
    (S.LOST, S.READY): message("shipment.lost_reship", "A lost parcel is not sent again: create a reship instead."),
    (S.RETURNED, S.SHIPPED): message(
        "shipment.returned_ready_first", "A returned parcel goes back to ready and is packed again before it ships."
    ),
}


class TransitionRefused(UserError, ValueError):
    """A status change the workflow does not allow; the message says why in plain words."""


def allowed_next(current: S) -> frozenset[S]:
    return _TRANSITIONS[current]


def refusal_reason(current: S, new: S) -> Message | None:
    """Why `current` cannot become `new` (None when it can)."""
    if new == current:
        return message("shipment.already", "The shipment is already {status}.", status=current)
    if new in _TRANSITIONS[current]:
        return None
    head = message(
        "shipment.cannot_become", "A shipment that is {current} cannot become {new}.", current=current, new=new
    )
    specific = _REASONS.get((current, new))
    if current is S.DAMAGED:
        specific = message("shipment.damaged_final", "Damaged is final: send a replacement (a reship) instead.")
    options = sorted(_TRANSITIONS[current], key=lambda s: s.value)
    parts = [head, *([specific] if specific else [])]
    if options:
        parts.append(
            message("shipment.can_become", "It can become: {options}.", options=joined(*options, separator=", "))
        )
    return joined(*parts)


def check_transition(current: S, new: S) -> None:
    reason = refusal_reason(current, new)
    if reason is not None:
        raise TransitionRefused(reason)
