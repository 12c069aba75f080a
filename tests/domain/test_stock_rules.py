"""The sign of each kind of stock movement, on hand as their sum, and the QC numbers of receiving."""

from __future__ import annotations

import pytest

from fulfiller.domain.enums import MovementKind as K
from fulfiller.domain.stock import (
    DIRECTION,
    Direction,
    InboundCount,
    Movement,
    MovementRefused,
    check_movement,
    correction,
    signed,
)


def test_every_kind_has_a_direction() -> None:
    assert set(DIRECTION) == set(K)
    assert DIRECTION[K.RECEIVED] is Direction.IN
    assert DIRECTION[K.PICKED] is Direction.NONE
    assert {DIRECTION[k] for k in (K.PACKED, K.RESHIPPED, K.WRITTEN_OFF)} == {Direction.OUT}
    assert DIRECTION[K.ADJUSTED] is Direction.EITHER


@pytest.mark.parametrize(
    ("kind", "quantity"),
    [
        (K.RECEIVED, 5),
        (K.PICKED, 0),
        (K.PACKED, -1),
        (K.RESHIPPED, -2),
        (K.WRITTEN_OFF, -3),
        (K.ADJUSTED, 4),
        (K.ADJUSTED, -4),
    ],
)
def test_quantities_with_the_right_sign_are_accepted(kind: K, quantity: int) -> None:
    check_movement(kind, quantity)
    assert Movement(kind, quantity).quantity == quantity


@pytest.mark.parametrize(
    ("kind", "quantity", "message"),
    [
        (K.RECEIVED, -5, "kind “received” needs a positive quantity, not -5"),
        (K.RECEIVED, 0, "positive"),
        (K.PICKED, -1, "picking does not change what is on hand"),
        (K.PACKED, 1, "kind “packed” needs a negative quantity"),
        (K.RESHIPPED, 0, "negative"),
        (K.WRITTEN_OFF, 3, "negative"),
        (K.ADJUSTED, 0, "other than 0"),
    ],
)
def test_quantities_with_the_wrong_sign_are_refused(kind: K, quantity: int, message: str) -> None:
    with pytest.raises(MovementRefused, match=message):
        check_movement(kind, quantity)
    with pytest.raises(MovementRefused):
        Movement(kind, quantity)


@pytest.mark.parametrize("quantity", [1.5, "3", True])
def test_only_whole_numbers_move(quantity: object) -> None:
    with pytest.raises(MovementRefused, match="whole units"):
        check_movement(K.RECEIVED, quantity)  # type: ignore[arg-type]


def test_signed_gives_the_direction_of_the_kind() -> None:
    assert signed(K.RECEIVED, 4) == 4
    assert signed(K.PACKED, 4) == -4
    assert signed(K.WRITTEN_OFF, 1) == -1
    with pytest.raises(MovementRefused, match="no fixed direction"):
        signed(K.ADJUSTED, 2)
    with pytest.raises(MovementRefused, match="more than 0"):
        signed(K.PACKED, 0)


def test_a_count_correction_is_the_difference() -> None:
    assert correction(counted=47, current=50) == -3
    assert correction(counted=52, current=50) == 2
    assert correction(counted=0, current=-4) == 4  # a negative balance is put right by a count
    with pytest.raises(MovementRefused, match="count 0 or more"):
        correction(counted=-1, current=5)
    with pytest.raises(MovementRefused, match="whole number"):
        correction(counted="12", current=5)  # type: ignore[arg-type]


def test_receiving_short_over_and_damaged() -> None:
    short = InboundCount(expected=100, counted=96, damaged=3)
    assert (short.difference, short.verdict, short.good) == (-4, "short", 93)
    assert short.movements() == [Movement(K.RECEIVED, 96), Movement(K.WRITTEN_OFF, -3)]
    assert sum(m.quantity for m in short.movements()) == short.good
    over = InboundCount(expected=50, counted=52)
    assert (over.difference, over.verdict, over.good) == (2, "over", 52)
    assert over.movements() == [Movement(K.RECEIVED, 52)]
    exact = InboundCount(expected=10, counted=10)
    assert exact.verdict == "ok" and exact.problems() == []


def test_nothing_counted_writes_no_movement() -> None:
    missing = InboundCount(expected=20, counted=0)
    assert missing.verdict == "short" and missing.movements() == []


def test_receiving_numbers_that_cannot_be_recorded() -> None:
    assert list(map(str, InboundCount(10, 5, 6).problems())) == ["damaged (6) cannot be more than counted (5)"]
    assert list(map(str, InboundCount(-1, 5, 0).problems())) == ["expected cannot be negative (-1)"]
    assert list(map(str, InboundCount(0, -2, -1).problems())) == [
        "counted cannot be negative (-2)",
        "damaged cannot be negative (-1)",
    ]
    assert list(map(str, InboundCount(0, "7", 0).problems())) == ["counted must be a whole number, not '7'"]  # type: ignore[arg-type]
