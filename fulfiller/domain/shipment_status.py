"""Which shipment status may follow which, and why a change is refused."""

from __future__ import annotations

from fulfiller.domain.enums import ShipmentStatus as S

_TRANSITIONS: dict[S, frozenset[S]] = {
    S.PENDING: frozenset({S.READY, S.ON_HOLD, S.ADDRESS_PROBLEM}),
    S.READY: frozenset({S.PACKED, S.PENDING, S.ON_HOLD, S.ADDRESS_PROBLEM}),
    S.PACKED: frozenset({S.SHIPPED, S.READY, S.ON_HOLD, S.ADDRESS_PROBLEM}),
    S.SHIPPED: frozenset({S.DELIVERED, S.RETURNED, S.LOST, S.DAMAGED}),
    S.DELIVERED: frozenset({S.DAMAGED, S.RETURNED}),
    S.ON_HOLD: frozenset({S.PENDING, S.READY, S.PACKED}),
    S.ADDRESS_PROBLEM: frozenset({S.PENDING, S.READY, S.ON_HOLD}),
    S.RETURNED: frozenset({S.READY, S.ON_HOLD}),
    S.LOST: frozenset({S.DELIVERED}),
    S.DAMAGED: frozenset(),
}


class TransitionRefused(ValueError):
    """A status change the workflow does not allow; the message says why."""


def allowed_next(current: S) -> frozenset[S]:
    return _TRANSITIONS[current]


def check_transition(current: S, new: S) -> None:
    if new == current:
        raise TransitionRefused(f"The shipment is already {current.value}.")
    if new not in _TRANSITIONS[current]:
        options = ", ".join(sorted(s.value for s in _TRANSITIONS[current])) or "none"
        raise TransitionRefused(
            f"A shipment that is {current.value} cannot become {new.value}; it can become: {options}."
        )
