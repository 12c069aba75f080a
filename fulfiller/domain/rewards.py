"""Rewards as an export names them: a tier known only by its minimum, and whether the reward was sent.

Kickstarter's reports of about 2014 name the reward a backer chose only by its `Reward Minimum`
(`$35.00 USD`): each distinct minimum is then one tier, titled after it ("$35 reward") and known by a
platform id made from the amount ("min:35.00"), so that every later import of the campaign finds the
same tier, whatever the file calls it. The same reports say in `Rewards Sent?` whether the creator
shipped the reward before Fulfiller was used (`Sent`, or blank).
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

MINIMUM_ID_PREFIX = "min:"

# Written before the amount in a tier's title; any other currency is written as its code ("SEK 1,000").
_SYMBOLS = {
    "USD": "$", "CAD": "CA$", "AUD": "A$", "NZD": "NZ$", "HKD": "HK$", "SGD": "S$", "MXN": "MX$",
    "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "CN¥", "CHF": "CHF ",
}  # fmt: skip

# What a "Rewards Sent?" cell may say, compared case-folded and trimmed.
_SENT = frozenset({"sent", "yes", "y", "true", "1", "x", "shipped", "fulfilled", "delivered"})
_NOT_SENT = frozenset({"", "no", "n", "false", "0", "not sent", "unsent", "unfulfilled", "not shipped"})


def minimum_id(minimum: Decimal) -> str:
    """The platform id of the tier a minimum names: "min:59.00"."""
    return f"{MINIMUM_ID_PREFIX}{minimum:.2f}"


def is_minimum_id(platform_id: str | None) -> bool:
    return bool(platform_id) and platform_id.startswith(MINIMUM_ID_PREFIX)  # type: ignore[union-attr]


def amount_text(amount: Decimal, currency: str) -> str:
    """An amount as a title shows it: "$59", "€12.50", "SEK 1,000"."""
    number = f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"
    symbol = _SYMBOLS.get(currency)
    return f"{symbol}{number}" if symbol else f"{currency} {number}"


@lru_cache(maxsize=1024)
def tier_by_minimum(minimum: Decimal, currency: str, reward_id: str = "") -> tuple[str, str]:
    """The title and platform id of a tier named only by its minimum (and perhaps an id of its own).

    (59.00, "USD") -> ("$59 reward", "min:59.00"); with the id "8123": ("$59 reward (8123)", "8123"), so
    that two tiers of the same price stay two.
    """
    title = f"{amount_text(minimum, currency)} reward"
    if reward_id:
        return f"{title} ({reward_id})", reward_id
    return title, minimum_id(minimum)


def rewards_sent(text: str) -> bool:
    """Whether a "Rewards Sent?" cell says the reward was shipped: `Sent`, `Yes`, `TRUE`... or blank, `No`.

    Raises ValueError for anything else: guessing either way could ship a reward twice or never.
    """
    word = " ".join(text.split()).casefold()
    if word in _SENT:
        return True
    if word in _NOT_SENT:
        return False
    raise ValueError(f"{text.strip()!r} does not say whether the reward was sent")
