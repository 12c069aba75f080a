"""A tier known only by its minimum, and what a "Rewards Sent?" cell says."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fulfiller.domain.normalise import normalise_order
from fulfiller.domain.records import RawAddress, RawOrder
from fulfiller.domain.rewards import amount_text, is_minimum_id, minimum_id, rewards_sent, tier_by_minimum


@pytest.mark.parametrize(
    ("amount", "currency", "text"),
    [
        ("59.00", "USD", "$59"),
        ("12.50", "EUR", "€12.50"),
        ("1000.00", "SEK", "SEK 1,000"),
        ("35", "CAD", "CA$35"),
        ("4800", "JPY", "¥4,800"),
    ],
)
def test_amount_text(amount: str, currency: str, text: str) -> None:
    assert amount_text(Decimal(amount), currency) == text


def test_a_tier_by_its_minimum_has_a_stable_id() -> None:
    assert tier_by_minimum(Decimal("59.00"), "USD") == ("$59 reward", "min:59.00")
    assert tier_by_minimum(Decimal("59"), "USD") == ("$59 reward", "min:59.00")  # 59 and 59.00 are one tier
    assert tier_by_minimum(Decimal("59.00"), "USD", "8123") == ("$59 reward (8123)", "8123")
    assert minimum_id(Decimal("1000")) == "min:1000.00"
    assert is_minimum_id("min:59.00") and not is_minimum_id("8123") and not is_minimum_id(None)


@pytest.mark.parametrize("text", ["Sent", "sent", " SENT ", "Yes", "TRUE", "x", "1"])
def test_rewards_sent(text: str) -> None:
    assert rewards_sent(text) is True


@pytest.mark.parametrize("text", ["", "  ", "No", "false", "0", "Not sent"])
def test_rewards_not_sent(text: str) -> None:
    assert rewards_sent(text) is False


def test_rewards_sent_refuses_to_guess() -> None:
    with pytest.raises(ValueError, match="'maybe' does not say whether the reward was sent"):
        rewards_sent(" maybe ")


def _row(**changes: object) -> RawOrder:
    fields: dict[str, object] = dict(
        source="report.csv", row=2, platform_order_id="7000013", backer_name="Jane Doe", email="jane@example.com",
        reward_minimum="$59.00 USD", pledge_amount="$69.00 USD", status="collected",
        address=RawAddress(name="Jane Doe", line1="1 Main St", city="Boston", state="MA", postal_code="02134",
                           country="US", phone="+1 617 392 0202"),
    )  # fmt: skip
    return RawOrder(**{**fields, **changes})  # type: ignore[arg-type]


def test_a_row_named_by_its_minimum_gets_that_tier() -> None:
    order = normalise_order(_row(), default_currency="USD")
    assert (order.reward_title, order.reward_id, order.reward_minimum) == ("$59 reward", "min:59.00", Decimal("59.00"))
    assert order.sent_outside == ""
    sek = normalise_order(_row(reward_minimum="SEK 1,000.00", pledge_amount="SEK 1,100.00"), default_currency="SEK")
    assert (sek.reward_title, sek.reward_id, sek.currency) == ("SEK 1,000 reward", "min:1000.00", "SEK")


def test_a_titled_row_without_an_id_is_known_by_its_minimum_too() -> None:
    order = normalise_order(_row(reward_title="Base Game"), default_currency="USD")
    assert (order.reward_title, order.reward_id) == ("Base Game", "min:59.00")
    titled = normalise_order(_row(reward_title="Base Game", reward_id="8123"), default_currency="USD")
    assert (titled.reward_title, titled.reward_id) == ("Base Game", "8123")
    nothing = normalise_order(_row(reward_minimum=""), default_currency="USD")
    assert (nothing.reward_title, nothing.reward_id) == ("", "")  # no reward


def test_sent_rows_say_so_and_an_unknown_word_is_an_error_on_the_order() -> None:
    assert normalise_order(_row(rewards_sent="Sent"), default_currency="USD").sent_outside == "Sent"
    assert normalise_order(_row(rewards_sent="no"), default_currency="USD").sent_outside == ""
    unknown = normalise_order(_row(rewards_sent="maybe"), default_currency="USD")
    assert unknown.sent_outside == "" and unknown.blocked
    assert [(p.code, p.field) for p in unknown.problems] == [("rewards_sent_unknown", "rewards_sent")]
