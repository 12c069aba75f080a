import pytest

from fulfiller.domain.enums import ShipmentStatus as S
from fulfiller.domain.errors import UserError
from fulfiller.domain.shipment_status import (
    PACKED_OR_FURTHER,
    UNPACKED,
    TransitionRefused,
    allowed_next,
    check_transition,
    refusal_reason,
)

# The whole workflow, written out once more by hand: a change to the rules must change this table.
ALLOWED = {
    S.PENDING: {S.READY, S.ON_HOLD, S.ADDRESS_PROBLEM, S.AT_LABEL_TOOL, S.WITH_PARTNER},
    S.READY: {S.PACKED, S.PENDING, S.ON_HOLD, S.ADDRESS_PROBLEM, S.AT_LABEL_TOOL, S.WITH_PARTNER},
    S.AT_LABEL_TOOL: {S.PACKED, S.SHIPPED, S.READY, S.ON_HOLD, S.ADDRESS_PROBLEM, S.WITH_PARTNER},
    S.WITH_PARTNER: {S.SHIPPED, S.READY, S.ON_HOLD, S.ADDRESS_PROBLEM, S.AT_LABEL_TOOL},
    S.PACKED: {S.SHIPPED, S.READY, S.ON_HOLD, S.ADDRESS_PROBLEM},
    S.SHIPPED: {S.DELIVERED, S.RETURNED, S.LOST, S.DAMAGED},
    S.DELIVERED: {S.DAMAGED, S.RETURNED},
    S.ON_HOLD: {S.PENDING, S.READY, S.PACKED},
    S.ADDRESS_PROBLEM: {S.PENDING, S.READY, S.ON_HOLD},
    S.RETURNED: {S.READY, S.ON_HOLD},
    S.LOST: {S.DELIVERED},
    S.DAMAGED: set(),
}


def test_happy_path_is_allowed() -> None:
    path = [S.PENDING, S.READY, S.PACKED, S.SHIPPED, S.DELIVERED]
    for current, new in zip(path, path[1:], strict=False):
        check_transition(current, new)


@pytest.mark.parametrize("current", list(S))
def test_the_whole_table(current: S) -> None:
    assert allowed_next(current) == ALLOWED[current]
    for new in S:
        if new in ALLOWED[current]:
            check_transition(current, new)
            assert refusal_reason(current, new) is None
        else:
            with pytest.raises(TransitionRefused) as refused:
                check_transition(current, new)
            assert str(refused.value) == str(refusal_reason(current, new))
            assert current.value in str(refused.value)


@pytest.mark.parametrize(
    ("current", "new", "reason"),
    [
        (
            S.PENDING,
            S.SHIPPED,
            "pending cannot become shipped. It has not been packed yet: pack it at the pack station",
        ),
        (S.READY, S.SHIPPED, "It has not been packed yet"),
        (S.PENDING, S.PACKED, "Mark it ready first"),
        (S.ADDRESS_PROBLEM, S.PACKED, "Its address must be fixed first"),
        (S.PACKED, S.DELIVERED, "It has not shipped yet: mark it shipped first."),
        (S.SHIPPED, S.READY, "It has left the warehouse: mark it returned when it comes back."),
        (S.SHIPPED, S.ON_HOLD, "It has left the warehouse: it can no longer be held."),
        (S.LOST, S.READY, "create a reship instead"),
        (S.DAMAGED, S.READY, "Damaged is final: send a replacement (a reship) instead."),
        (S.DELIVERED, S.LOST, "It was delivered: it cannot be lost any more."),
    ],
)
def test_refusals_say_why_in_plain_words(current: S, new: S, reason: str) -> None:
    with pytest.raises(TransitionRefused, match=reason.replace("(", r"\(").replace(")", r"\)")):
        check_transition(current, new)


def test_the_refusal_lists_the_way_forward() -> None:
    assert str(refusal_reason(S.PENDING, S.SHIPPED)).endswith(
        "It can become: address_problem, at_label_tool, on_hold, ready, with_partner."
    )
    assert "It can become" not in str(refusal_reason(S.DAMAGED, S.READY))


def test_same_status_is_refused() -> None:
    with pytest.raises(TransitionRefused, match="already packed"):
        check_transition(S.PACKED, S.PACKED)


def test_a_refusal_is_shown_to_the_user() -> None:
    assert issubclass(TransitionRefused, UserError)


def test_every_status_has_rules() -> None:
    for status in S:
        assert status not in allowed_next(status)


def test_a_damaged_parcel_is_final() -> None:
    assert allowed_next(S.DAMAGED) == frozenset()


def test_packed_or_further() -> None:
    assert {S.PACKED, S.SHIPPED, S.DELIVERED, S.RETURNED, S.LOST, S.DAMAGED} == PACKED_OR_FURTHER
    assert set(S) == UNPACKED | PACKED_OR_FURTHER and not UNPACKED & PACKED_OR_FURTHER
    assert S.RETURNED in PACKED_OR_FURTHER and S.ON_HOLD not in PACKED_OR_FURTHER
