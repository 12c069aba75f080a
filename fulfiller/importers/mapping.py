"""Column mappings: read any CSV/TSV/XLSX as orders by saying which header feeds which field.

A user builds a mapping once (starting from `suggest_mapping`), saves it as a named preset (JSON) and
reuses it for the next export of the same pledge manager. BackerKit, PledgeBox and Gamefound publish
no export headers, so their shipped presets name plausible headers and let `suggest_mapping` fill
whatever a real file calls differently.

Field names are `layouts.CANONICAL_FIELDS`: RawOrder attributes ("platform_order_id", "email"...) and
"address.<RawAddress attribute>" ("address.postal_code", "address.country"...). The currency column
has its own attribute, `currency_column`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from fulfiller.domain.messages import message
from fulfiller.importers.kickstarter import ADD_ON_PATTERN
from fulfiller.importers.layouts import (
    ADDRESS_LINE_FIELDS,
    CANONICAL_FIELDS,
    NO_COUNTRY,
    ORDER_ID,
    AddOnColumn,
    HeaderIndex,
    RowPlan,
    extras_for,
    normalise_header,
    used_columns,
)
from fulfiller.importers.tables import ImportFileError

MAPPING_VERSION = 1
_MAPPABLE = tuple(f for f in CANONICAL_FIELDS if f != "currency")  # the currency has currency_column


@dataclass(slots=True)
class ColumnMapping:
    name: str
    columns: dict[str, str] = field(default_factory=dict)  # canonical field -> header as the file spells it
    add_on_pattern: str | None = None  # regex on headers; groups "title" and "id" when it has them
    currency_column: str | None = None
    guess_missing: bool = False  # fill fields whose header the file lacks from suggest_mapping (presets)

    def __post_init__(self) -> None:
        unknown = sorted(set(self.columns) - set(_MAPPABLE))
        if unknown:
            raise ValueError(f"mapping {self.name!r}: unknown field(s) {', '.join(unknown)}; use {_MAPPABLE}")
        if self.add_on_pattern:
            try:
                re.compile(self.add_on_pattern)
            except re.error as exc:
                raise ValueError(f"mapping {self.name!r}: the add-on pattern is not valid ({exc})") from exc

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": MAPPING_VERSION,
            "name": self.name,
            "columns": dict(self.columns),
            "add_on_pattern": self.add_on_pattern,
            "currency_column": self.currency_column,
            "guess_missing": self.guess_missing,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ColumnMapping:
        if not isinstance(data, dict) or not isinstance(data.get("name"), str):
            raise ValueError("a column mapping needs at least a name")
        columns = data.get("columns") or {}
        if not isinstance(columns, dict) or not all(isinstance(v, str) for v in columns.values()):
            raise ValueError(f"mapping {data['name']!r}: columns must map field names to header texts")
        return cls(
            name=data["name"],
            columns={str(k): v for k, v in columns.items()},
            add_on_pattern=data.get("add_on_pattern") or None,
            currency_column=data.get("currency_column") or None,
            guess_missing=bool(data.get("guess_missing", False)),
        )

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"this is not a saved column mapping ({exc})") from exc
        return cls.from_dict(data)

    def completed_for(self, headers: Sequence[str]) -> ColumnMapping:
        """This mapping with the fields whose header `headers` lacks guessed (when guess_missing)."""
        if not self.guess_missing:
            return self
        index = HeaderIndex(headers)
        present = {f: h for f, h in self.columns.items() if index.has(h)}
        suggestion = suggest_mapping(headers)
        taken = {normalise_header(h) for h in present.values()}
        for name, header in suggestion.columns.items():
            if name not in present and (normalise_header(header) not in taken or name in _SHARED_FIELDS):
                present[name] = header
        currency = self.currency_column if self.currency_column and index.has(self.currency_column) else None
        return ColumnMapping(
            name=self.name,
            columns=present,
            add_on_pattern=self.add_on_pattern or suggestion.add_on_pattern,
            currency_column=currency or suggestion.currency_column,
        )


# --- Guessing a mapping from header words --------------------------------------------------------------

# field -> header texts that mean it once lowercased and stripped of punctuation, best first
_SYNONYM_TEXT: dict[str, tuple[str, ...]] = {
    "platform_order_id": (
        "order id|order no|order number|order|orderpublicid|order public id|pbid|pledgebox id",
        "order ref|order reference|id",
    ),
    "backer_number": ("backer number|backer no|backer|backer id|backer num",),
    "backer_uid": ("backer uid|uid|pledge id|customer id|user id|backer key",),
    "backer_name": ("backer name|name|full name|customer name|customer|pledger name",),
    "email": ("email|e mail|email address|e mail address|backer email|customer email|mail",),
    "reward_title": (
        "reward title|reward|reward name|reward tier|tier|perk|pledge level|pledge tier|package",
        "pledge name|product",
    ),
    "reward_id": ("reward id|perk id|tier id|pledge level id|reward sku",),
    "reward_minimum": ("reward minimum|backing minimum|reward price|tier price|reward amount",),
    "pledge_amount": ("pledge amount|pledge|amount|pledge total|total|order total|amount paid|total paid",),
    "shipping_amount": (
        "shipping amount|shipping|shipping fee|shipping fees|shipping cost|shipping paid",
        "shipping charged|postage",
    ),
    "bonus_support": ("bonus support|bonus|extra support|tip|additional support",),
    "pledged_at": ("pledged at|pledge date|backed at|order date|funding date|created at|date|created",),
    "status": ("status|pledge status|pledged status|order status|payment status|state of order",),
    "notes": ("notes|note|comments|comment|backer notes",),
    "rewards_sent": ("rewards sent|reward sent|rewards shipped|reward shipped",),
    "address.name": ("shipping name|recipient|recipient name|ship to name|ship to|addressee|delivery name",),
    "address.company": ("company|company name|organisation|organization|business",),
    "address.line1": (
        "address line 1|address 1|address1|address line1|street|street address|street 1",
        "shipping address 1|shipping address|address|street address 1|line 1|address street 1",
    ),
    "address.line2": (
        "address line 2|address 2|address2|address line2|street 2|shipping address 2",
        "street address 2|line 2|apartment|suite|address street 2",
    ),
    "address.line3": ("address line 3|address 3|address3|street 3|shipping address 3|line 3",),
    "address.city": ("city|town|city town|town city|locality|suburb|shipping city",),
    "address.state": (
        "state|province|region|state province|province state|county|prefecture|state region",
        "shipping state|state code|province code",
    ),
    "address.postal_code": (
        "postal code|zip|zip code|postcode|post code|zip postal code|postal zip code|zipcode",
        "postalcode|pin code|shipping postal code|shipping zip",
    ),
    "address.country": (
        "country code|country|country name|shipping country code|shipping country|country iso",
        "iso country|nation",
    ),
    "address.phone": (
        "phone|phone number|telephone|tel|mobile|mobile phone|cell phone|contact number",
        "shipping phone|shipping phone number|recipient phone",
    ),
    "address.delivery_notes": (
        "delivery notes|delivery instructions|shipping notes|shipping instructions",
        "shipping delivery notes",
    ),
}
SYNONYMS: dict[str, tuple[str, ...]] = {
    field: tuple("|".join(lines).split("|")) for field, lines in _SYNONYM_TEXT.items()
}
CURRENCY_HEADERS = ("currency", "currency code", "pledge currency", "order currency")
# Headers are compared again without these words in front ("Shipping City" -> "city").
_PREFIXES = ("shipping ", "ship to ", "delivery ", "recipient ", "mailing ", "shipping address ", "backer ")
_NEVER = ("billing ",)  # a billing address is not where the parcel goes
# Fields allowed to share a header with another field (one "Name" column for both names...).
_SHARED_FIELDS = {"platform_order_id", "backer_number", "backer_name", "address.name"}
KICKSTARTER_ADD_ON = ADD_ON_PATTERN


def _header_key(header: str) -> str:
    text = normalise_header(header).replace("e-mail", "email")
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def suggest_mapping(headers: Sequence[str], *, name: str = "suggested") -> ColumnMapping:
    """A mapping guessed from header words: exact synonyms first, then with "Shipping" & co. dropped."""
    keys = [(header, _header_key(header)) for header in headers if header.strip()]
    keys = [(h, k) for h, k in keys if not k.startswith(_NEVER)]
    columns: dict[str, str] = {}
    used: set[str] = set()
    for strip_prefix in (False, True):
        for field_name, synonyms in SYNONYMS.items():
            if field_name in columns:
                continue
            header = _best_header(keys, synonyms, used, strip_prefix)
            if header is not None:
                columns[field_name] = header
                used.add(header)
    _share_obvious_columns(columns)
    currency = next((h for h, k in keys if k in CURRENCY_HEADERS and h not in used), None)
    has_add_ons = any(re.match(KICKSTARTER_ADD_ON, h, re.IGNORECASE) for h in headers)
    add_on = KICKSTARTER_ADD_ON if has_add_ons else None
    return ColumnMapping(name=name, columns=columns, add_on_pattern=add_on, currency_column=currency)


def _best_header(
    keys: list[tuple[str, str]], synonyms: tuple[str, ...], used: set[str], strip_prefix: bool
) -> str | None:
    for synonym in synonyms:
        for header, key in keys:
            if header in used:
                continue
            candidate = _without_prefix(key) if strip_prefix else key
            if candidate == synonym:
                return header
    return None


def _without_prefix(key: str) -> str:
    for prefix in _PREFIXES:
        if key.startswith(prefix):
            return key.removeprefix(prefix)
    return key


def _share_obvious_columns(columns: dict[str, str]) -> None:
    # One column often serves two fields: the backer number is the order id, the backer's name the
    # name on the parcel.
    if "platform_order_id" not in columns and "backer_number" in columns:
        columns["platform_order_id"] = columns["backer_number"]
    if "address.name" not in columns and "backer_name" in columns:
        columns["address.name"] = columns["backer_name"]
    if "backer_name" not in columns and "address.name" in columns:
        columns["backer_name"] = columns["address.name"]


# --- Shipped presets -------------------------------------------------------------------------------------

BACKERKIT = ColumnMapping(
    name="backerkit",
    columns={
        "platform_order_id": "Backer Number",
        "backer_number": "Backer Number",
        "backer_uid": "Backer UID",
        "backer_name": "Backer Name",
        "email": "Email",
        "reward_title": "Reward",
        "pledge_amount": "Pledge Amount",
        "shipping_amount": "Shipping Amount",
        "status": "Status",
        "notes": "Notes",
        "address.name": "Shipping Name",
        "address.company": "Shipping Company",
        "address.line1": "Shipping Address 1",
        "address.line2": "Shipping Address 2",
        "address.city": "Shipping City",
        "address.state": "Shipping State",
        "address.postal_code": "Shipping Postal Code",
        "address.country": "Shipping Country",
        "address.phone": "Shipping Phone Number",
    },
    guess_missing=True,
)
PLEDGEBOX = ColumnMapping(
    name="pledgebox",
    columns={
        "platform_order_id": "PBID",
        "backer_number": "Backer Number",
        "backer_name": "Name",
        "email": "Email",
        "reward_title": "Reward",
        "pledge_amount": "Pledge Amount",
        "shipping_amount": "Shipping Fee",
        "status": "Order Status",  # Unlocked, Locked, Shipped, Refunded, Upgraded
        "address.name": "Recipient",
        "address.line1": "Address 1",
        "address.line2": "Address 2",
        "address.city": "City",
        "address.state": "State",
        "address.postal_code": "Zip Code",
        "address.country": "Country",
        "address.phone": "Phone",
    },
    guess_missing=True,
)
GAMEFOUND = ColumnMapping(
    name="gamefound",
    columns={
        "platform_order_id": "OrderPublicID",
        "backer_number": "Backer number",
        "backer_name": "Backer name",
        "email": "E-mail",
        "reward_title": "Reward title",
        "bonus_support": "Bonus support",
        "pledge_amount": "Pledge amount",
        "address.name": "Full name",
        "address.line1": "Address line 1",
        "address.line2": "Address line 2",
        "address.city": "City",
        "address.state": "State",
        "address.postal_code": "Postal code",
        "address.country": "Country",
        "address.phone": "Phone number",
    },
    currency_column="Currency",
    guess_missing=True,
)
PRESETS: dict[str, ColumnMapping] = {m.name: m for m in (BACKERKIT, PLEDGEBOX, GAMEFOUND)}
# A header only one pledge manager writes, so format="auto" can pick its preset.
PRESET_SIGNATURES: dict[str, str] = {"pbid": "pledgebox", "orderpublicid": "gamefound"}


def preset_for_headers(headers: Sequence[str]) -> ColumnMapping | None:
    names = {normalise_header(h) for h in headers}
    for signature, preset in PRESET_SIGNATURES.items():
        if signature in names:
            return PRESETS[preset]
    return None


# --- Applying a mapping to a table -------------------------------------------------------------------------


def plan_table(mapping: ColumnMapping, name: str, headers: Sequence[str], *, label: str = "") -> RowPlan:
    """The row plan of `mapping` on one table; raises ImportFileError when a required column is missing."""
    label = label or name
    mapping = mapping.completed_for(headers)
    index = HeaderIndex(headers)
    fields: dict[str, tuple[int, ...]] = {}
    for field_name, header in mapping.columns.items():
        position = _position(headers, index, header)
        if position is not None:
            fields[field_name] = (position,)
    if mapping.currency_column:
        position = _position(headers, index, mapping.currency_column)
        if position is not None:
            fields["currency"] = (position,)
    if ORDER_ID not in fields:
        column = mapping.columns.get(ORDER_ID, "order id")
        missing = message("import.no_order_id", "the order id column of mapping {name!r} is missing", name=mapping.name)
        raise ImportFileError(label, missing, column=column)
    if any(f in fields for f in ADDRESS_LINE_FIELDS) and "address.country" not in fields:
        column = mapping.columns.get("address.country", "country")
        raise ImportFileError(label, NO_COUNTRY, column=column)
    add_ons = _add_on_columns(headers, mapping.add_on_pattern, used_columns(fields))
    taken = used_columns(fields) | {a.index for a in add_ons}
    return RowPlan(
        source=name,
        headers=list(headers),
        fields=fields,
        extras=extras_for(headers, taken),
        add_ons=add_ons,
    )


def _position(headers: Sequence[str], index: HeaderIndex, header: str) -> int | None:
    if header in headers:
        return list(headers).index(header)
    return index.find(header)


def _add_on_columns(headers: Sequence[str], pattern: str | None, taken: set[int]) -> list[AddOnColumn]:
    if not pattern:
        return []
    compiled = re.compile(pattern, re.IGNORECASE)
    columns = []
    for position, header in enumerate(headers):
        match = compiled.search(header)
        if match is None or position in taken:
            continue
        groups = match.groupdict()
        title = (groups.get("title") or "").strip() or header
        columns.append(AddOnColumn(index=position, title=title, platform_id=(groups.get("id") or "").strip()))
    return columns
