import pytest

from fulfiller.domain.enums import ShipmentStatus as S
from fulfiller.domain.shipment_status import TransitionRefused, allowed_next, check_transition


def test_happy_path_is_allowed() -> None:
    path = [S.PENDING, S.READY, S.PACKED, S.SHIPPED, S.DELIVERED]
    for current, new in zip(path, path[1:], strict=False):
        check_transition(current, new)


def test_skipping_packing_is_refused_with_a_reason() -> None:
    with pytest.raises(TransitionRefused, match="pending cannot become shipped"):
        check_transition(S.PENDING, S.SHIPPED)


def test_same_status_is_refused() -> None:
    with pytest.raises(TransitionRefused, match="already packed"):
        check_transition(S.PACKED, S.PACKED)


def test_every_status_has_rules() -> None:
    for status in S:
        assert status not in allowed_next(status)


def test_a_damaged_parcel_is_final() -> None:
    assert allowed_next(S.DAMAGED) == frozenset()
