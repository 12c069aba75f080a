from decimal import Decimal

import pytest

from fulfiller.domain.enums import PledgeStatus
from fulfiller.domain.money import Money


def test_money_adds_in_one_currency() -> None:
    assert Money(Decimal("1.10"), "USD") + Money(Decimal("2.20"), "USD") == Money(Decimal("3.30"), "USD")


def test_money_refuses_mixed_currencies() -> None:
    with pytest.raises(ValueError, match="Cannot add SEK to USD"):
        Money(Decimal("1"), "USD") + Money(Decimal("1"), "SEK")


def test_money_refuses_floats_and_bad_codes() -> None:
    with pytest.raises(TypeError):
        Money(1.1, "USD")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Money(Decimal("1"), "usd")


def test_only_collected_pledges_ship() -> None:
    assert [s for s in PledgeStatus if s.ships] == [PledgeStatus.COLLECTED]
