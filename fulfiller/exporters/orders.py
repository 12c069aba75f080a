"""Order batches for label tools and fulfilment partners: the rows, in one plain shape, and the units they want.

A service gathers `ExportOrder`s from the database; each format module turns them into a header and
rows (a `Table`); `fulfiller.exporters.formats` names the formats and writes them. This module knows no
format, so that every format can build on it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

GRAMS_PER_OUNCE = Decimal("28.349523125")
MM_PER_INCH = Decimal("25.4")


@dataclass(frozen=True)
class ExportAddress:
    """A ship-to address: `name`, `line1`... as given; `latin_*` the carrier version where there is one."""

    name: str = ""
    company: str = ""
    line1: str = ""
    line2: str = ""
    line3: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""
    country_code: str = ""
    phone: str = ""
    latin_name: str = ""
    latin_line1: str = ""
    latin_line2: str = ""
    latin_city: str = ""
    latin_state: str = ""

    def for_label(self) -> ExportAddress:
        """The Latin-script version for carriers (each field falls back to the address as given)."""
        return ExportAddress(
            name=self.latin_name or self.name,
            company=self.company,
            line1=self.latin_line1 or self.line1,
            line2=self.latin_line2 or self.line2,
            line3=self.line3,
            city=self.latin_city or self.city,
            state=self.latin_state or self.state,
            postal_code=self.postal_code,
            country_code=self.country_code,
            phone=self.phone,
        )


@dataclass(frozen=True)
class ExportLine:
    sku: str
    name: str
    quantity: int
    weight_g: int | None = None


@dataclass(frozen=True)
class ExportOrder:
    order_ref: str  # the platform's order id: what a partner's tracking file brings back
    backer_number: str
    email: str
    address: ExportAddress
    lines: tuple[ExportLine, ...]
    ordered_at: datetime | None = None
    weight_g: int | None = None  # the parcel as weighed, else the sum of its items
    dims_mm: tuple[int, int, int] | None = None  # length, width, height when known
    reward: str = ""
    notes: str = ""
    warehouse: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def total_weight_g(self) -> int | None:
        if self.weight_g is not None:
            return self.weight_g
        weights = [line.weight_g for line in self.lines]
        if not weights or any(w is None for w in weights):
            return None
        return sum((w or 0) * line.quantity for w, line in zip(weights, self.lines, strict=True))


def ounces(grams: int | None) -> Decimal | None:
    if grams is None:
        return None
    return (Decimal(grams) / GRAMS_PER_OUNCE).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def inches(mm: int | None) -> Decimal | None:
    if mm is None:
        return None
    return (Decimal(mm) / MM_PER_INCH).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def us_date(value: datetime | None) -> str:
    return value.strftime("%m/%d/%Y") if value is not None else ""


Table = tuple[list[str], list[list[object]]]
Formatter = Callable[[Sequence[ExportOrder]], Table]
