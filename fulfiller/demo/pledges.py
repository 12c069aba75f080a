"""The demo's pledges: the reward each backer chose, what they paid in their currency, when, and its status."""

from __future__ import annotations

import random
from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import accumulate

from fulfiller.db.models import OrderAddOn
from fulfiller.demo.catalogue import ADD_ONS, EARLY_BIRD, TIERS, Catalogue, OfferSpec
from fulfiller.demo.places import CountrySample
from fulfiller.demo.rows import Ids, Row
from fulfiller.domain.enums import PledgeStatus

CAMPAIGN_LAUNCH = datetime(2025, 3, 4, 15, 0)
# Share of pledges per campaign day: the launch rush, a long quiet middle, the final-days push.
PLEDGES_PER_DAY = (16, 7, 4, 3, 2.5, *([2] * 21), 2.5, 3.5, 5, 9)

# Units of each currency per US dollar (rounded; demo prices only).
USD_RATES: dict[str, Decimal] = {
    "USD": Decimal(1),
    "CAD": Decimal("1.36"),
    "MXN": Decimal("17.5"),
    "AUD": Decimal("1.52"),
    "NZD": Decimal("1.66"),
    "GBP": Decimal("0.79"),
    "EUR": Decimal("0.92"),
    "CHF": Decimal("0.88"),
    "SEK": Decimal("10.5"),
    "NOK": Decimal("10.7"),
    "DKK": Decimal("6.9"),
    "PLN": Decimal("4.0"),
    "JPY": Decimal(150),
    "HKD": Decimal("7.8"),
    "SGD": Decimal("1.34"),
}

SHIPPING_USD_BY_WAREHOUSE = {"US": 18, "EU": 14, "APAC": 16, "CN": 12}
SHIPPING_USD_BY_COUNTRY = {
    "US": 9,
    "NL": 8,
    "AU": 10,
    "CN": 6,
    "HK": 9,
    "TW": 9,
    "MX": 22,
    "BR": 26,
    "AR": 26,
    "CL": 26,
    "RU": 24,
    "UA": 24,
    "TR": 22,
    "IL": 22,
    "AE": 24,
    "SA": 24,
    "EG": 24,
    "ZA": 26,
    "IN": 20,
}


@dataclass(frozen=True, slots=True)
class Reward:
    """What a backer chose: a tier, and add-ons with how many of each."""

    tier: OfferSpec
    add_ons: tuple[tuple[OfferSpec, int], ...]


class Pledges:
    """Draws each backer's reward, pledge status and date from the one random stream of the demo."""

    def __init__(self, rng: random.Random, ids: Ids, catalogue: Catalogue, total: int) -> None:
        self.rng = rng
        self.ids = ids
        self.catalogue = catalogue
        self.total = total
        self._day_weights = list(accumulate(PLEDGES_PER_DAY))
        self._early_bird_until = min(1_500, max(1, total * 15 // 100))
        self._tier_weights = list(accumulate(t.weight for t in TIERS))
        self._late_tier_weights = list(accumulate(0 if t.title == EARLY_BIRD else t.weight for t in TIERS))
        self._kits = {t.title: catalogue.kit(t) for t in (*TIERS, *ADD_ONS)}
        self._local_prices: dict[tuple[Decimal, str], Decimal] = {}

    def reward(self, index: int) -> Reward:
        tier = self._tier(index)
        return Reward(tier, self._add_ons())

    def _tier(self, index: int) -> OfferSpec:
        """Early birds are gone after the first backers, as on a real campaign page."""
        weights = self._tier_weights if index < self._early_bird_until else self._late_tier_weights
        return self.rng.choices(TIERS, cum_weights=weights)[0]

    def _add_ons(self) -> tuple[tuple[OfferSpec, int], ...]:
        chosen = []
        for add_on in ADD_ONS:
            if self.rng.random() < add_on.weight:
                chosen.append((add_on, 2 if self.rng.random() < 0.15 else 1))
        return tuple(chosen)

    def order_row(
        self,
        index: int,
        order_id: int,
        backer_id: int,
        number: str,
        country: CountrySample,
        warehouse_code: str,
        reward: Reward,
    ) -> Row:
        currency = country.currency
        shipping = self._local(Decimal(_shipping_usd(country.code, warehouse_code)), currency)
        bonus = self._bonus_support(currency)
        pledge = self._local(reward.tier.price, currency) + shipping + bonus
        for add_on, quantity in reward.add_ons:
            pledge += self._local(add_on.price, currency) * quantity
        return {
            "id": order_id,
            "campaign_id": self.catalogue.campaign_id,
            "backer_id": backer_id,
            "platform_order_id": number,
            "backer_number": number,
            "tier_id": self.catalogue.tier_ids[reward.tier.title],
            "warehouse_id": self.catalogue.warehouse_ids[warehouse_code],
            "warehouse_overridden": False,
            "reward_title": reward.tier.title,
            "status": self._pledge_status(),
            "currency": currency,
            "pledge_amount": pledge,
            "shipping_amount": shipping,
            "bonus_support": bonus,
            "pledged_at": self._pledged_at(index),
            "notes": "",
            "survey_json": "",
            "import_batch_id": None,
            "created_at": self.catalogue.created_at,
        }

    def add_on_rows(self, order_id: int, reward: Reward) -> list[Row]:
        return [
            {
                "id": self.ids.take(OrderAddOn),
                "order_id": order_id,
                "add_on_id": self.catalogue.add_on_ids[add_on.title],
                "quantity": quantity,
            }
            for add_on, quantity in reward.add_ons
        ]

    def kit(self, reward: Reward) -> dict[int, int]:
        """Item id -> quantity for the tier and its add-ons together, tier items first."""
        kit = dict(self._kits[reward.tier.title])
        for add_on, quantity in reward.add_ons:
            for item_id, per_add_on in self._kits[add_on.title].items():
                kit[item_id] = kit.get(item_id, 0) + per_add_on * quantity
        return kit

    def _local(self, usd: Decimal, currency: str) -> Decimal:
        """A demo price in the backer's currency, rounded as a campaign page would show it."""
        key = (usd, currency)
        if key not in self._local_prices:
            self._local_prices[key] = _round_price(usd * USD_RATES[currency], currency)
        return self._local_prices[key]

    def _bonus_support(self, currency: str) -> Decimal:
        if self.rng.random() < 0.06:
            return self._local(Decimal(self.rng.choice((1, 5, 10, 20, 25))), currency)
        return _round_price(Decimal(0), currency)

    def _pledge_status(self) -> PledgeStatus:
        draw = self.rng.random()
        if draw < 0.03:
            return PledgeStatus.DROPPED
        if draw < 0.04:
            return PledgeStatus.ERRORED
        if draw < 0.05:
            return PledgeStatus.CANCELED
        return PledgeStatus.COLLECTED

    def _pledged_at(self, index: int) -> datetime:
        """Spread over the campaign's 30 days; later backers (higher numbers) pledged later."""
        position = (index + self.rng.random()) / max(self.total, 1) * self._day_weights[-1]
        day = min(bisect_right(self._day_weights, position), len(PLEDGES_PER_DAY) - 1)
        day_start = self._day_weights[day - 1] if day else 0.0
        fraction = min(max((position - day_start) / PLEDGES_PER_DAY[day], 0.0), 0.999)
        return (CAMPAIGN_LAUNCH + timedelta(days=day + fraction)).replace(microsecond=0)


def _round_price(amount: Decimal, currency: str) -> Decimal:
    if currency == "JPY":
        return (amount / 100).quantize(Decimal(1)) * 100
    return amount.quantize(Decimal(1)).quantize(Decimal("0.01"))


def _shipping_usd(country_code: str, warehouse_code: str) -> int:
    return SHIPPING_USD_BY_COUNTRY.get(country_code, SHIPPING_USD_BY_WAREHOUSE[warehouse_code])
