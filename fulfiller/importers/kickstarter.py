"""Kickstarter backer reports: the 2013-era, 2014-era, 2018-2022 and 2023+ header versions, single CSV or zip.

The version is told by the header row alone (columns may move, survey questions are appended), and
each column is found by name, so the same code reads all four. The 2014-era report names the reward
only by its `Reward Minimum`: normalising gives each minimum its tier (`domain.rewards`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath

from fulfiller.domain.messages import message
from fulfiller.importers.layouts import (
    NO_COUNTRY,
    TIER_BY_MINIMUM,
    AddOnColumn,
    HeaderIndex,
    ItemColumns,
    RowPlan,
    extras_for,
    looks_like_quantities,
    minimum_names_the_tier,
    normalise_header,
    used_columns,
)
from fulfiller.importers.tables import ImportFileError

KICKSTARTER_2013 = "kickstarter-2013"
KICKSTARTER_2014 = "kickstarter-2014"
KICKSTARTER_2018 = "kickstarter-2018"
KICKSTARTER_2023 = "kickstarter-2023"
VERSIONS = (KICKSTARTER_2013, KICKSTARTER_2014, KICKSTARTER_2018, KICKSTARTER_2023)

# canonical field -> the Kickstarter headers that fill it, most precise first (the first filled wins)
FIELD_COLUMNS: dict[str, tuple[str, ...]] = {
    "platform_order_id": ("Backer Number", "Backer Id"),
    "backer_number": ("Backer Number",),
    "backer_uid": ("Backer UID",),
    "backer_name": ("Backer Name",),
    "email": ("Email",),
    "reward_title": ("Reward Title",),
    "reward_id": ("Reward ID",),
    "reward_minimum": ("Backing Minimum", "Reward Minimum"),
    "pledge_amount": ("Pledge Amount",),
    "shipping_amount": ("Shipping Amount",),
    "bonus_support": ("Bonus Support",),
    "pledged_at": ("Pledged At",),
    "status": ("Pledged Status",),
    "notes": ("Notes",),
    "rewards_sent": ("Rewards Sent?",),
    "address.name": ("Shipping Name",),
    "address.line1": ("Shipping Address 1",),
    "address.line2": ("Shipping Address 2",),
    "address.city": ("Shipping City",),
    "address.state": ("Shipping State",),
    "address.postal_code": ("Shipping Postal Code",),
    # 2018+: the survey's code, then its name, then the pledge's shipping country; 2013: only the name.
    "address.country": ("Shipping Country Code", "Shipping Country Name", "Shipping Country"),
    "address.phone": ("Shipping Phone Number",),
    "address.delivery_notes": ("Shipping Delivery Notes",),
}
# Columns Kickstarter itself writes that no field takes; they go to `extra` under their own name.
OTHER_COLUMNS = (
    "Shipping",
    "Fulfillment Status",
    "Survey Response",
    "Billing State/Province",
    "Billing Country",
    "Late Pledge",
    "Amount Due",
    "Amount Paid",
    "Pledge Over Time",
)
KNOWN_COLUMNS = frozenset(
    normalise_header(h) for h in (*OTHER_COLUMNS, *(h for hs in FIELD_COLUMNS.values() for h in hs))
)
ADDRESS_COLUMNS = ("Shipping Address 1", "Shipping City", "Shipping Postal Code", "Shipping State")

ADD_ON_PATTERN = r"^\s*\[\s*add-?on\s*:?\s*(?P<id>[^\]]*?)\s*\]\s*(?P<title>.*?)\s*$"  # "[Addon: 10750435] Pendant"
ADD_ON_HEADER = re.compile(ADD_ON_PATTERN, re.IGNORECASE)

_ID_COLUMNS = ("backer number", "backer uid", "backer id")
_PLEDGE_COLUMNS = ("pledged at", "backer name")  # with "Pledged Status": in every version and tier file
_MARKS_2023 = ("backing minimum", "fulfillment status", "bonus support", "late pledge", "pledge over time")
_MARKS_2018 = (
    "backer number",
    "backer uid",
    "reward minimum",
    "shipping country code",
    "shipping country name",
)


def detect_version(headers: Sequence[str]) -> str | None:
    """The version a header row is from ("kickstarter-2013", "-2014", "-2018", "-2023"); None if not Kickstarter's."""
    names = {normalise_header(h) for h in headers}
    if not names.intersection(_ID_COLUMNS) or "pledged status" not in names:
        return None
    if not names.intersection(_PLEDGE_COLUMNS):
        return None
    if names.intersection(_MARKS_2023) or any(ADD_ON_HEADER.match(h) for h in headers):
        return KICKSTARTER_2023
    if "reward minimum" in names and not names.intersection(("reward title", "backer number")):
        return KICKSTARTER_2014  # the reward named by its minimum alone, the backer by "Backer Id"
    if names.intersection(_MARKS_2018):
        return KICKSTARTER_2018
    return KICKSTARTER_2013


@dataclass(frozen=True, slots=True)
class TierFromName:
    title: str  # "" for the no-reward file
    minimum: str  # "59.00 USD", "" when the name has none


_NO_REWARD = re.compile(r"^no[ _-]?reward", re.IGNORECASE)
_MINIMUM_FIRST = re.compile(
    r"^(?P<minimum>(?:[^\w\s]{1,3}\s?)?\d[\d,.]*\s+[A-Z]{3}|[A-Z]{3}\s?\d[\d,.]*)\s+(?P<title>\S.*)$"
)
# An amount that says it is money: a symbol ("$129", "CA$ 35"), a code ("129.00 USD", "SEK 1,000"), or both.
_AMOUNT = r"(?:[A-Z]{0,3}[^\w\s(),\-]{1,2}\s?\d[\d,.]*(?:\s?[A-Z]{3})?|\d[\d,.]*\s?[A-Z]{3}|[A-Z]{3}\s?\d[\d,.]*)"
_MINIMUM_LAST = re.compile(
    rf"^(?P<title>.*?\S)\s*(?:[-\u2013\u2014]\s*(?P<last>{_AMOUNT})|\(\s*(?P<inside>{_AMOUNT})\s*\))$"
)
_DATE_TAIL = re.compile(r"\s+-\s+(?=[^-]*\d)(?P<tail>[^-]{1,40})$")


def tier_from_file_name(file_name: str) -> TierFromName | None:
    """The reward tier a zip member is named after.

    "59.00 USD Expansion + Base Game - Oct 25 10pm.csv" -> ("Expansion + Base Game", "59.00 USD");
    "Deluxe Edition - $129.csv" and "Deluxe Edition ($129).csv" -> ("Deluxe Edition", "$129");
    "No reward - Oct 25 10pm.csv" -> ("", ""); a name of another shape -> None.
    """
    stem = PurePath(file_name).stem.strip()
    tail = _DATE_TAIL.search(stem)
    if tail and not re.fullmatch(_AMOUNT, tail["tail"].strip()):
        stem = stem[: tail.start()].strip()  # " - Oct 25 10pm": when the export was made
    if _NO_REWARD.match(stem):
        return TierFromName(title="", minimum="")
    match = _MINIMUM_FIRST.match(stem)
    if match:
        return TierFromName(title=match["title"].strip(), minimum=match["minimum"].strip())
    match = _MINIMUM_LAST.match(stem)
    if match:
        return TierFromName(title=match["title"].strip(" -"), minimum=(match["last"] or match["inside"]).strip())
    return None


def plan_table(
    name: str, headers: Sequence[str], rows: Sequence[Sequence[str]], *, label: str = "", in_zip: bool = False
) -> RowPlan:
    """The row plan of one Kickstarter table; raises ImportFileError when a required column is missing."""
    label = label or name
    index = HeaderIndex(headers)
    fields = {field: index.find_all(*columns) for field, columns in FIELD_COLUMNS.items()}
    if not fields["platform_order_id"]:
        missing = message(
            "import.no_backer_number",
            "the backer number column is missing (a Kickstarter report needs Backer Number or Backer Id)",
        )
        raise ImportFileError(label, missing, column="Backer Number")
    if any(index.has(h) for h in ADDRESS_COLUMNS) and not fields["address.country"]:
        raise ImportFileError(label, NO_COUNTRY, column="Shipping Country")
    add_ons = _add_on_columns(headers)
    taken = used_columns(fields) | {a.index for a in add_ons}
    items = _item_quantity_columns(headers, rows, index, taken=taken)
    taken |= {i.quantity for i in items if i.quantity is not None}
    pledge_country = index.find("Shipping Country")
    if pledge_country is not None and fields["address.country"][:1] != (pledge_country,):
        # 2018+: "Shipping Country" is where the pledge paid shipping to, worth keeping beside the address.
        taken.discard(pledge_country)
    fallbacks = _tier_fallbacks(name) if in_zip else {}
    return RowPlan(
        source=name,
        headers=list(headers),
        fields=fields,
        fallbacks=fallbacks,
        extras=extras_for(headers, taken),
        add_ons=add_ons,
        items=items,
        digest_tag=TIER_BY_MINIMUM if minimum_names_the_tier(fields, fallbacks) else "",
    )


def _tier_fallbacks(name: str) -> dict[str, str]:
    # Tier files of the zip export carry no Reward Title column: their name says the tier.
    tier = tier_from_file_name(name)
    if tier is None:
        return {}
    fallbacks = {"reward_title": tier.title} if tier.title else {}
    if tier.minimum:
        fallbacks["reward_minimum"] = tier.minimum
    return fallbacks


def _add_on_columns(headers: Sequence[str]) -> list[AddOnColumn]:
    columns = []
    for position, header in enumerate(headers):
        match = ADD_ON_HEADER.match(header)
        if match:
            title = match["title"] or header
            columns.append(AddOnColumn(index=position, title=title, platform_id=match["id"]))
    return columns


def _item_quantity_columns(
    headers: Sequence[str], rows: Sequence[Sequence[str]], index: HeaderIndex, taken: set[int]
) -> list[ItemColumns]:
    """2023+: the unnamed columns right after Notes and the add-ons, one per item, holding quantities.

    They end at the next column Kickstarter names; a column holding anything but whole numbers is a
    survey question after all and stays in `extra`.
    """
    notes = index.find("Notes")
    if notes is None:
        return []
    items = []
    for position in range(notes + 1, len(headers)):
        header = headers[position]
        if ADD_ON_HEADER.match(header):
            continue
        if position in taken or normalise_header(header) in KNOWN_COLUMNS:
            break
        if header and looks_like_quantities(rows, position):
            items.append(ItemColumns(quantity=position, fixed_name=header))
    return items
