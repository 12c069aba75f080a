"""Stock as a ledger: the quantity on hand is the sum of the movements, and each kind of movement
has one direction. This module is the one place those directions are written down.

| kind        | quantity | meaning                                                                  |
| ----------- | -------- | ------------------------------------------------------------------------ |
| received    | > 0      | goods counted in at the warehouse (every unit counted, damaged or not)  |
| picked      | = 0      | taken from the bin to the pack bench: still in the building, so on hand |
|             |          | does not change; the record says who picked for which parcel            |
| packed      | < 0      | packed into a backer's parcel: it leaves the stock                       |
| reshipped   | < 0      | packed into a replacement parcel (after-sales, from spare stock)         |
| written_off | < 0      | damaged, lost or unusable: gone from what can be shipped                 |
| adjusted    | ≠ 0      | a count correction, either way (the shelf was counted and differs)       |

Receiving: every counted unit is RECEIVED and the damaged ones are WRITTEN_OFF straight away, both
pointing at the inbound shipment, so the ledger shows what arrived and what was lost on arrival and
on hand goes up by `counted - damaged`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from fulfiller.domain.enums import MovementKind
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import Message, message


class Direction(StrEnum):
    IN = "in"  # strictly positive
    OUT = "out"  # strictly negative
    NONE = "none"  # exactly zero
    EITHER = "either"  # any sign, never zero


DIRECTION: dict[MovementKind, Direction] = {
    MovementKind.RECEIVED: Direction.IN,
    MovementKind.PICKED: Direction.NONE,
    MovementKind.PACKED: Direction.OUT,
    MovementKind.RESHIPPED: Direction.OUT,
    MovementKind.WRITTEN_OFF: Direction.OUT,
    MovementKind.ADJUSTED: Direction.EITHER,
}


class MovementRefused(UserError):
    """A movement whose quantity has the wrong sign for its kind, or a change stock cannot take."""


@dataclass(frozen=True, slots=True)
class Movement:
    kind: MovementKind
    quantity: int

    def __post_init__(self) -> None:
        check_movement(self.kind, self.quantity)


def check_movement(kind: MovementKind, quantity: int) -> None:
    """Refuse a quantity whose sign does not fit its kind (see the table above)."""
    if isinstance(quantity, bool) or not isinstance(quantity, int):
        raise MovementRefused(
            message(
                "stock.not_whole_units", "A stock movement counts whole units, not {quantity!r}.", quantity=quantity
            )
        )
    direction = DIRECTION[kind]
    allowed = {
        Direction.IN: quantity > 0,
        Direction.OUT: quantity < 0,
        Direction.NONE: quantity == 0,
        Direction.EITHER: quantity != 0,
    }[direction]
    if not allowed:
        wanted = {
            Direction.IN: message("stock.positive", "a positive quantity"),
            Direction.OUT: message("stock.negative", "a negative quantity"),
            Direction.NONE: message("stock.zero", "a quantity of 0 (picking does not change what is on hand)"),
            Direction.EITHER: message("stock.not_zero", "a quantity other than 0"),
        }[direction]
        raise MovementRefused(
            message(
                "stock.wrong_sign",
                "A stock movement of kind “{kind}” needs {wanted}, not {quantity}.",
                kind=kind,
                wanted=wanted,
                quantity=quantity,
            )
        )


def signed(kind: MovementKind, units: int) -> int:
    """The signed quantity for `units` (> 0) moved in or out by a movement of `kind`."""
    if units <= 0:
        raise MovementRefused(
            message("stock.units_not_positive", "The number of units must be more than 0, not {units}.", units=units)
        )
    direction = DIRECTION[kind]
    if direction is Direction.IN:
        return units
    if direction is Direction.OUT:
        return -units
    raise MovementRefused(
        message(
            "stock.no_direction",
            "A stock movement of kind “{kind}” has no fixed direction; give its signed quantity.",
            kind=kind,
        )
    )


def correction(counted: int, current: int) -> int:
    """The ADJUSTED quantity that makes on hand equal to what a person counted on the shelf."""
    if isinstance(counted, bool) or not isinstance(counted, int):
        raise MovementRefused(
            message("stock.count_not_whole", "A count is a whole number of units, not {counted!r}.", counted=counted)
        )
    if counted < 0:
        raise MovementRefused(
            message("stock.count_negative", "A shelf cannot hold {counted} units; count 0 or more.", counted=counted)
        )
    return counted - current


# --- Receiving: what arrived against what was expected -----------------------------------------


_COUNT_NAMES = {
    "expected": message("receiving.expected", "expected"),
    "counted": message("receiving.counted", "counted"),
    "damaged": message("receiving.damaged", "damaged"),
}


@dataclass(frozen=True, slots=True)
class InboundCount:
    expected: int
    counted: int
    damaged: int = 0

    def problems(self) -> list[Message]:
        """Why these numbers cannot be recorded (empty when they can)."""
        found = []
        for name, said in _COUNT_NAMES.items():
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                found.append(
                    message(
                        "receiving.not_whole", "{name} must be a whole number, not {value!r}", name=said, value=value
                    )
                )
            elif value < 0:
                found.append(
                    message("receiving.negative", "{name} cannot be negative ({value})", name=said, value=value)
                )
        if not found and self.damaged > self.counted:
            found.append(
                message(
                    "receiving.damaged_over_counted",
                    "damaged ({damaged}) cannot be more than counted ({counted})",
                    damaged=self.damaged,
                    counted=self.counted,
                )
            )
        return found

    @property
    def good(self) -> int:
        """Units that go on the shelf."""
        return self.counted - self.damaged

    @property
    def difference(self) -> int:
        """Counted minus expected: negative when short, positive when over."""
        return self.counted - self.expected

    @property
    def verdict(self) -> str:
        """The QC verdict: "short", "over" or "ok"."""
        if self.difference < 0:
            return "short"
        if self.difference > 0:
            return "over"
        return "ok"

    def movements(self) -> list[Movement]:
        """What receiving writes: every counted unit in, the damaged ones written off."""
        found = []
        if self.counted:
            found.append(Movement(MovementKind.RECEIVED, self.counted))
        if self.damaged:
            found.append(Movement(MovementKind.WRITTEN_OFF, -self.damaged))
        return found
