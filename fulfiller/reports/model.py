"""What the printed documents show, as plain data: the services fill these from the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from fulfiller.domain.order_codes import order_code

Paper = Literal["A4", "Letter", "4x6"]


@dataclass(frozen=True)
class PackLine:
    sku: str
    name: str
    variant: str
    quantity: int
    is_stock: bool = True
    bin_location: str = ""


@dataclass(frozen=True)
class PackingListData:
    order_id: int
    backer_number: str
    name: str
    native_address: tuple[str, ...]  # as the backer wrote it, in their own script
    latin_address: tuple[str, ...]  # for carriers; the same lines when the address is already Latin
    lines: tuple[PackLine, ...]
    notes: str = ""
    thank_you: str = ""
    warehouse: str = ""
    tier: str = ""
    campaign: str = ""
    phone: str = ""

    @property
    def code(self) -> str:
        return order_code(self.order_id)

    @property
    def shows_native(self) -> bool:
        return tuple(self.native_address) != tuple(self.latin_address) and any(self.native_address)


@dataclass(frozen=True)
class PickLine:
    bin_location: str
    sku: str
    name: str
    variant: str
    quantity: int
    is_stock: bool = True


@dataclass(frozen=True)
class PickListData:
    warehouse: str
    lines: tuple[PickLine, ...]
    orders: int
    campaign: str = ""
    first_order: str = ""  # backer numbers of the first and last order of the batch
    last_order: str = ""
    printed_at: str = ""


@dataclass(frozen=True)
class LabelData:
    order_id: int
    backer_number: str
    latin_address: tuple[str, ...]
    native_address: tuple[str, ...] = ()
    sender: tuple[str, ...] = ()
    phone: str = ""
    reference: str = ""  # e.g. tier or weight, printed small

    @property
    def code(self) -> str:
        return order_code(self.order_id)


@dataclass(frozen=True)
class CustomsLine:
    description: str
    quantity: int
    net_weight_g: int
    value: Decimal  # for all units of the line
    hs_code: str
    origin_country: str


# A CN22 covers parcels up to 300 SDR of contents; above that the CN23 is needed. The limit is kept
# in the campaign's currency as a plain figure (300 SDR is roughly 400 USD; 300 is the safe side).
CN22_LIMIT = Decimal("300")


@dataclass(frozen=True)
class CustomsData:
    order_id: int
    backer_number: str
    sender: tuple[str, ...]
    recipient: tuple[str, ...]  # Latin script
    lines: tuple[CustomsLine, ...]
    currency: str = "USD"
    category: str = "Sale of goods"  # Gift, Documents, Commercial sample, Returned goods, Sale of goods, Other
    recipient_phone: str = ""
    sender_phone: str = ""
    comments: str = ""
    limit: Decimal = field(default=CN22_LIMIT)

    @property
    def code(self) -> str:
        return order_code(self.order_id)

    @property
    def total_value(self) -> Decimal:
        return sum((line.value for line in self.lines), Decimal("0"))

    @property
    def total_weight_g(self) -> int:
        return sum(line.net_weight_g for line in self.lines)

    @property
    def form(self) -> Literal["CN22", "CN23"]:
        return "CN22" if self.total_value <= self.limit else "CN23"
