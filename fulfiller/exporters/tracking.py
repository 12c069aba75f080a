"""Tracking for the platform: BackerKit and PledgeBox uploads, and filling a Kickstarter tracking template
or an Indiegogo contributions file in place (every other cell kept as it was).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import Message, message

BACKERKIT_HEADERS = ["Backer ID", "Email", "Tracking Number", "Carrier", "Tracking URL"]
PLEDGEBOX_HEADERS = ["PBID", "Courier Code", "Tracking Code", "Partial Shipped"]


@dataclass(frozen=True)
class TrackedParcel:
    order_ref: str
    email: str
    tracking: str  # "" for an order without tracking (exported only when asked)
    carrier: str
    url: str
    partial: bool  # one of several parcels of its order


@dataclass(frozen=True)
class OrderTracking:
    """What a one-row-per-backer file gets: the order's numbers and carriers joined."""

    tracking: str
    carrier: str


def backerkit_table(parcels: Sequence[TrackedParcel]) -> tuple[list[str], list[list[object]]]:
    rows: list[list[object]] = [[p.order_ref, p.email, p.tracking, p.carrier, p.url] for p in parcels]
    return list(BACKERKIT_HEADERS), rows


def courier_code(carrier: str) -> str:
    """PledgeBox's courier code (AfterShip-style slug): "China Post" -> "china-post"."""
    return re.sub(r"[^a-z0-9]+", "-", carrier.casefold()).strip("-")


def pledgebox_table(parcels: Sequence[TrackedParcel]) -> tuple[list[str], list[list[object]]]:
    rows: list[list[object]] = [
        [p.order_ref, courier_code(p.carrier), p.tracking, "Y" if p.partial else ""] for p in parcels
    ]
    return list(PLEDGEBOX_HEADERS), rows


def _key(header: str) -> str:
    return re.sub(r"[^a-z0-9#]", "", header.casefold())


def find_column(
    headers: Sequence[str], label: str, names: Sequence[str], what: Message | str, *, contains: str = ""
) -> int:
    """The position of the first header among `names` (or containing `contains`); a clear error if none."""
    keys = [_key(h) for h in headers]
    for name in names:
        if _key(name) in keys:
            return keys.index(_key(name))
    if contains:
        for i, key in enumerate(keys):
            if contains in key:
                return i
    looked = ", ".join(repr(n) for n in names)
    raise UserError(
        message(
            "export.no_column",
            "{file}: no {what} column (looked for {looked}); headers: {headers}",
            file=label,
            what=what,
            looked=looked,
            headers=", ".join(headers[:15]),
        )
    )


@dataclass
class FilledTemplate:
    headers: list[str]
    rows: list[list[object]]
    filled: int = 0  # rows given a tracking number
    untracked: int = 0  # rows of orders without tracking
    unknown: int = 0  # rows matching no order here


def fill_template(
    headers: Sequence[str],
    body: Sequence[Sequence[str]],
    *,
    lookups: Sequence[tuple[int, Callable[[str], OrderTracking | None | bool]]],
    tracking_column: int,
    carrier_column: int | None,
    include_untracked: bool,
) -> FilledTemplate:
    """Each row's tracking (and carrier) filled from the first lookup that knows its key cell.

    A lookup returns the order's tracking, None for an order without tracking, or False for an
    unknown key. Rows without tracking afterwards are left out unless `include_untracked`.
    """
    width = len(headers)
    result = FilledTemplate(list(headers), [])
    for cells in body:
        if not "".join(cells).strip():
            continue
        row: list[object] = [*cells, *([""] * (width - len(cells)))]
        found: OrderTracking | None | bool = False
        for column, lookup in lookups:
            key = str(row[column]).strip() if column < len(row) else ""
            if key:
                found = lookup(key)
                if found is not False:
                    break
        if isinstance(found, OrderTracking):
            row[tracking_column] = found.tracking
            if carrier_column is not None:
                row[carrier_column] = found.carrier
            result.filled += 1
        elif found is None:
            result.untracked += 1
        else:
            result.unknown += 1
        if isinstance(found, OrderTracking) or str(row[tracking_column]).strip() or include_untracked:
            result.rows.append(row)
    return result


def lookup_in(mapping: Mapping[str, OrderTracking | None]) -> Callable[[str], OrderTracking | None | bool]:
    def lookup(key: str) -> OrderTracking | None | bool:
        folded = key.strip().lstrip("#").casefold()
        return mapping.get(folded, False)

    return lookup
