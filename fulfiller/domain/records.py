"""What one row of a backer export says, before and after it is understood.

An importer turns a file into `RawOrder`s (every value still text, exactly as the file had it);
`fulfiller.domain.normalise` turns each into a `CleanOrder` with exact money, dates, ISO country
codes, a Latin-script proposal and the problems a carrier or customs would hit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from fulfiller.domain.enums import PledgeStatus, Severity


@dataclass(frozen=True, slots=True)
class Problem:
    code: str  # stable identifier, e.g. "postal_code_format"
    severity: Severity
    field: str  # the address/order field concerned, e.g. "postal_code"; "" for the whole order
    message: str  # plain language, for the person fixing it


@dataclass(slots=True)
class RawAddress:
    name: str = ""
    company: str = ""
    line1: str = ""
    line2: str = ""
    line3: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""
    country: str = ""  # a name or code in any spelling: "USA", "Deutschland", "中国", "GB"
    phone: str = ""
    delivery_notes: str = ""


@dataclass(slots=True)
class RawAddOn:
    title: str
    platform_id: str = ""
    quantity: str = "1"


@dataclass(slots=True)
class RawItem:
    """An item line some platforms list per order (Indiegogo's repeated item columns)."""

    name: str
    sku: str = ""
    options: tuple[str, ...] = ()
    quantity: str = "1"


@dataclass(slots=True)
class RawOrder:
    source: str  # file name (the zip member's name inside a zip)
    row: int  # the row as a spreadsheet shows it: the header is row 1
    platform_order_id: str = ""
    backer_number: str = ""
    backer_uid: str = ""
    backer_name: str = ""
    email: str = ""
    reward_title: str = ""
    reward_id: str = ""
    reward_minimum: str = ""
    pledge_amount: str = ""
    shipping_amount: str = ""
    bonus_support: str = ""
    currency: str = ""  # when a separate column names it
    pledged_at: str = ""
    status: str = ""
    notes: str = ""
    rewards_sent: str = ""  # Kickstarter's "Rewards Sent?": "Sent" when shipped before Fulfiller was used
    address: RawAddress = field(default_factory=RawAddress)
    add_ons: list[RawAddOn] = field(default_factory=list)
    items: list[RawItem] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)  # survey answers and other columns, kept
    # A digest of the cells the row was read from, to spot an unchanged row on re-import without
    # normalising it; "" for a record not read from cells (services.import_rows.raw_digest then).
    digest: str = ""


@dataclass(slots=True)
class CleanAddress:
    name: str
    company: str
    line1: str
    line2: str
    line3: str
    city: str
    state: str
    postal_code: str
    country_code: str  # ISO 3166-1 alpha-2, "" when it could not be resolved
    country_as_given: str
    phone: str  # E.164 where it could be parsed, else as given
    delivery_notes: str
    latin_name: str = ""  # the Latin-script proposal; all "" when the original is Latin already
    latin_line1: str = ""
    latin_line2: str = ""
    latin_city: str = ""
    latin_state: str = ""


@dataclass(slots=True)
class CleanAddOn:
    title: str
    platform_id: str
    quantity: int


@dataclass(slots=True)
class CleanOrder:
    source: str
    row: int
    platform_order_id: str
    backer_number: str
    backer_uid: str
    backer_name: str
    email: str
    reward_title: str
    reward_id: str
    reward_minimum: Decimal | None
    currency: str
    pledge_amount: Decimal | None
    shipping_amount: Decimal | None
    bonus_support: Decimal | None
    pledged_at: datetime | None
    status: PledgeStatus
    notes: str
    address: CleanAddress
    add_ons: list[CleanAddOn]
    items: list[RawItem]
    extra: dict[str, str]
    problems: list[Problem]
    # `extra`'s filled values as the JSON stored with the order, worked out once for all orders whose
    # extras are alike (None: work it out from `extra`).
    extra_json: str | None = None
    # What the export said when it says the reward was shipped outside Fulfiller ("Sent"); "" otherwise.
    sent_outside: str = ""

    @property
    def blocked(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)


class RowRejected(ValueError):
    """A row that cannot become an order at all (no id, say); the rest of the file goes on."""

    def __init__(self, source: str, row: int, column: str, message: str) -> None:
        where = f"{source}, row {row}" + (f", column {column!r}" if column else "")
        super().__init__(f"{where}: {message}")
        self.source, self.row, self.column, self.reason = source, row, column, message
