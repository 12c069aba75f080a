"""Import a partner's or label tool's tracking file: match each row to an order, then apply in one go.

Every non-blank row ends up in exactly one list: matched (applied), unchanged (the parcel already has
this number), unmatched (no order, or no usable tracking number), duplicates (the same number again for
the same order) or conflicts (another number already on the parcel, a status that cannot ship, two
different numbers for one order with one open parcel). Only matched rows are applied, in the caller's
transaction; status changes go through the shipment status machine and the audit log.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fulfiller.db.models import Backer, Order, Shipment
from fulfiller.domain.carriers import canonical_carrier, clean_tracking, detect_carrier
from fulfiller.domain.enums import ShipmentStatus
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import Message, joined, message, one_of
from fulfiller.domain.shipment_status import HANDED_OUT, TransitionRefused, check_transition
from fulfiller.importers.text_files import read_tables
from fulfiller.importers.tracking import TrackingRow, detect_columns, read_tracking_file
from fulfiller.logs import log_event
from fulfiller.services.catalogue.checklist import merged_members
from fulfiller.services.shipping.parcels import change_status, ensure_shipment, set_tracking
from fulfiller.services.shipping.partner_columns import partner_columns, save_partner_columns

S = ShipmentStatus
# A parcel a tracking number may ship: ready or packed here, or waiting at a label tool or partner.
OPEN = (S.READY, S.PACKED, *HANDED_OUT)


@dataclass(frozen=True)
class RowOutcome:
    file: str
    row: int
    reason: str = ""  # why, in English (what the command line prints)
    order_ref: str = ""
    tracking: str = ""
    carrier: str = ""
    shipment_id: int | None = None
    note: Message | None = field(default=None, compare=False, repr=False)  # why, as the window words it

    @property
    def said(self) -> Message:
        return self.note if self.note is not None else Message("", self.reason)


@dataclass
class TrackingImportResult:
    file: str
    columns: dict[str, str]
    matched: list[RowOutcome] = field(default_factory=list)
    unchanged: list[RowOutcome] = field(default_factory=list)
    unmatched: list[RowOutcome] = field(default_factory=list)
    duplicates: list[RowOutcome] = field(default_factory=list)
    conflicts: list[RowOutcome] = field(default_factory=list)
    applied: bool = False

    @property
    def rows(self) -> int:
        return sum(len(x) for x in (self.matched, self.unchanged, self.unmatched, self.duplicates, self.conflicts))

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for bucket in ("matched", "unchanged", "unmatched", "duplicates", "conflicts"):
            for outcome in data[bucket]:
                del outcome["note"]
        data["rows"] = self.rows
        return data

    def describe(self) -> str:
        return str(self.summary())

    def summary(self) -> Message:
        counts = {
            "file": self.file,
            "rows": self.rows,
            "matched": len(self.matched),
            "unchanged": len(self.unchanged),
            "unmatched": len(self.unmatched),
            "duplicates": len(self.duplicates),
            "conflicts": len(self.conflicts),
        }
        if self.applied:
            head = message(
                "tracking.imported",
                "{file}: {rows:,} row(s): {matched:,} matched and applied, {unchanged:,} already there, "
                "{unmatched:,} unmatched, {duplicates:,} duplicate(s), {conflicts:,} conflict(s).",
                **counts,
            )
        else:
            head = message(
                "tracking.checked",
                "{file}: {rows:,} row(s): {matched:,} matched, {unchanged:,} already there, "
                "{unmatched:,} unmatched, {duplicates:,} duplicate(s), {conflicts:,} conflict(s).",
                **counts,
            )
        lines = [head]
        lines.extend(
            message("tracking.row_unmatched", "  unmatched row {row}: {reason}", row=o.row, reason=o.said)
            for o in self.unmatched
        )
        lines.extend(
            message("tracking.row_duplicate", "  duplicate row {row}: {reason}", row=o.row, reason=o.said)
            for o in self.duplicates
        )
        lines.extend(
            message("tracking.row_conflict", "  conflict  row {row}: {reason}", row=o.row, reason=o.said)
            for o in self.conflicts
        )
        return joined(*lines, separator="\n")


@dataclass
class _OrderIndex:
    by_ref: dict[str, int]
    by_number: dict[str, int]
    by_platform_id: dict[str, list[int]]
    by_email: dict[str, list[int]]
    roots: dict[int, int]  # merged order -> the order it ships in


def _index(session: Session, campaign_id: int) -> _OrderIndex:
    index = _OrderIndex({}, {}, defaultdict(list), defaultdict(list), merged_members(session, campaign_id))
    for oid, ref, number, platform_id, email in session.execute(
        select(Order.id, Order.platform_order_id, Order.backer_number, Backer.platform_backer_id, Backer.email)
        .join(Backer, Backer.id == Order.backer_id)
        .where(Order.campaign_id == campaign_id)
        .order_by(Order.id)
    ):
        index.by_ref.setdefault(ref.strip().casefold(), oid)
        if number:
            index.by_number.setdefault(number.strip().lstrip("#").casefold(), oid)
        if platform_id:
            index.by_platform_id[platform_id.strip().casefold()].append(oid)
        if email:
            index.by_email[email.strip().casefold()].append(oid)
    return index


def _find_order(index: _OrderIndex, row: TrackingRow) -> tuple[int | None, Message | None]:
    """The order (the one it ships in, if merged) and, when none, why."""
    tried = []
    ref = row.get("order_ref").casefold()
    if ref:
        tried.append(message("tracking.tried_order", "order {value!r}", value=row.get("order_ref")))
        oid = index.by_ref.get(ref) or index.by_number.get(ref.lstrip("#"))
        if oid is not None:
            return index.roots.get(oid, oid), None
    number = row.get("backer_number").lstrip("#").casefold()
    if number:
        tried.append(message("tracking.tried_backer_number", "backer number {value!r}", value=row.get("backer_number")))
        oid = index.by_number.get(number)
        if oid is not None:
            return index.roots.get(oid, oid), None
    for field_name, table in (("platform_id", index.by_platform_id), ("email", index.by_email)):
        value = row.get(field_name)
        if not value:
            continue
        tried.append(
            message("tracking.tried_backer_id", "backer id {value!r}", value=value)
            if field_name == "platform_id"
            else message("tracking.tried_email", "e-mail {value!r}", value=value)
        )
        found = sorted({index.roots.get(o, o) for o in table.get(value.casefold(), [])})
        if len(found) == 1:
            return found[0], None
        if len(found) > 1:
            shared = (
                message(
                    "tracking.shared_backer_id",
                    "the backer id {value!r} belongs to {count} orders: give the order number",
                    value=value,
                    count=len(found),
                )
                if field_name == "platform_id"
                else message(
                    "tracking.shared_email",
                    "the e-mail {value!r} belongs to {count} orders: give the order number",
                    value=value,
                    count=len(found),
                )
            )
            return None, shared
    if not tried:
        return None, message("tracking.no_key", "no order number, backer number, backer id or e-mail in this row")
    return None, message("tracking.no_order_with", "no order with {tried}", tried=one_of(tried))


@dataclass
class _Candidate:
    row: TrackingRow
    order_id: int
    tracking: str
    carrier: str


def _parcels(session: Session, order_ids: list[int]) -> dict[int, list[Shipment]]:
    parcels: dict[int, list[Shipment]] = defaultdict(list)
    for start in range(0, len(order_ids), 5000):
        for shipment in session.scalars(
            select(Shipment).where(Shipment.order_id.in_(order_ids[start : start + 5000])).order_by(Shipment.sequence)
        ):
            parcels[shipment.order_id].append(shipment)
    return parcels


def _outcome(row: TrackingRow, reason: Message | None = None, **kw: Any) -> RowOutcome:
    return RowOutcome(
        row.file,
        row.row,
        str(reason) if reason is not None else "",
        order_ref=row.get("order_ref") or row.get("backer_number"),
        note=reason,
        **kw,
    )


def plan_tracking_import(
    session: Session, campaign_id: int, path: Path, *, preset: str = "auto", mapping: Mapping[str, str] | None = None
) -> tuple[TrackingImportResult, list[tuple[RowOutcome, int, str, str]]]:
    """Read and match the file without changing anything; returns the result and the changes to make
    (outcome, shipment id, tracking number, carrier): a negative shipment id names the order whose
    parcel #1 is to be made first."""
    tracking_file = read_tracking_file(path, preset=preset, mapping=mapping)
    result = TrackingImportResult(tracking_file.name, tracking_file.columns)
    index = _index(session, campaign_id)
    candidates: list[_Candidate] = []
    for row in tracking_file.rows:
        try:
            number = clean_tracking(row.get("tracking"))
        except UserError as exc:
            unusable = message(
                "tracking.bad_number",
                "column {column!r}: {reason}",
                column=tracking_file.columns["tracking"],
                reason=exc.message,
            )
            result.unmatched.append(_outcome(row, unusable))
            continue
        order_id, why = _find_order(index, row)
        if order_id is None:
            result.unmatched.append(_outcome(row, why, tracking=number))
            continue
        carrier = canonical_carrier(row.get("carrier"))
        if not carrier:
            guess = detect_carrier(number)
            carrier = guess.carrier if guess else ""
        candidates.append(_Candidate(row, order_id, number, carrier))
    by_order: dict[int, list[_Candidate]] = defaultdict(list)
    for candidate in _shared_numbers(session, result, candidates):
        by_order[candidate.order_id].append(candidate)
    parcels = _parcels(session, sorted(by_order))
    changes: list[tuple[RowOutcome, int, str, str]] = []
    for order_id, rows in by_order.items():
        changes.extend(_plan_order(result, rows, parcels.get(order_id, [])))
    return result, changes


def _shared_numbers(session: Session, result: TrackingImportResult, candidates: list[_Candidate]) -> list[_Candidate]:
    """The candidates whose number belongs to no other order (in the file or the database); the rest are conflicts."""
    owners: dict[str, set[int]] = defaultdict(set)
    for c in candidates:
        owners[c.tracking].add(c.order_id)
    numbers = list(owners)
    for start in range(0, len(numbers), 5000):
        for number, order_id in session.execute(
            select(Shipment.tracking_number, Shipment.order_id).where(
                Shipment.tracking_number.in_(numbers[start : start + 5000])
            )
        ):
            owners[number].add(order_id)
    kept = []
    for c in candidates:
        others = owners[c.tracking] - {c.order_id}
        if others:
            reason = message(
                "tracking.number_shared",
                "tracking number {number} also belongs to {count} other order(s)",
                number=c.tracking,
                count=len(others),
            )
            result.conflicts.append(_outcome(c.row, reason, tracking=c.tracking))
        else:
            kept.append(c)
    return kept


def _plan_order(
    result: TrackingImportResult, rows: list[_Candidate], parcels: list[Shipment]
) -> list[tuple[RowOutcome, int, str, str]]:
    # The same number twice for one order: the later rows are duplicates.
    first_row: dict[str, int] = {}
    unique: list[_Candidate] = []
    for c in rows:
        if c.tracking in first_row:
            again = message("tracking.same_number", "the same tracking number as row {row}", row=first_row[c.tracking])
            result.duplicates.append(_outcome(c.row, again, tracking=c.tracking))
        else:
            first_row[c.tracking] = c.row.row
            unique.append(c)
    existing = {p.tracking_number: p for p in parcels if p.tracking_number}
    new: list[_Candidate] = []
    for c in unique:
        if c.tracking in existing:
            shipment = existing[c.tracking]
            result.unchanged.append(
                _outcome(
                    c.row,
                    message("tracking.already_recorded", "already recorded"),
                    tracking=c.tracking,
                    shipment_id=shipment.id,
                )
            )
        else:
            new.append(c)
    if not new:
        return []
    open_parcels = [p for p in parcels if not p.tracking_number and p.status in OPEN]
    reason: Message | None = None
    if not parcels:
        # Exported before exports made parcels: its parcel #1 is made when the row is applied.
        if len(new) == 1:
            outcome = _outcome(new[0].row, tracking=new[0].tracking, carrier=new[0].carrier)
            result.matched.append(outcome)
            return [(outcome, -new[0].order_id, new[0].tracking, new[0].carrier)]
        reason = _why_not_open(parcels, len(new), [c.row.row for c in new])
    elif len(new) > len(open_parcels):
        reason = _why_not_open(parcels, len(new), [c.row.row for c in new])
    if reason:
        result.conflicts.extend(_outcome(c.row, reason, tracking=c.tracking, carrier=c.carrier) for c in new)
        return []
    planned = []
    for c, shipment in zip(new, open_parcels, strict=False):
        outcome = _outcome(c.row, tracking=c.tracking, carrier=c.carrier, shipment_id=shipment.id)
        result.matched.append(outcome)
        planned.append((outcome, shipment.id, c.tracking, c.carrier))
    return planned


def _why_not_open(parcels: list[Shipment], wanted: int, rows: list[int]) -> Message:
    tracked = [p for p in parcels if p.tracking_number]
    if wanted > 1:
        return message(
            "tracking.several_numbers",
            "rows {rows} give this order {count} different tracking numbers",
            rows=", ".join(map(str, rows)),
            count=wanted,
        )
    if tracked and all(p.tracking_number for p in parcels):
        return message(
            "tracking.has_number",
            "the order already has tracking number {number}",
            number=tracked[0].tracking_number,
        )
    blocked = next(p for p in parcels if not p.tracking_number)
    try:
        check_transition(blocked.status, S.SHIPPED)
    except TransitionRefused as exc:
        return message("tracking.cannot_ship", "the parcel cannot ship: {reason}", reason=exc.message)
    return message(  # pragma: no cover - open parcels are handled above
        "tracking.parcel_status", "the parcel is {status}", status=blocked.status
    )


def _packing_blocker(session: Session, shipment_id: int) -> Message | None:
    """Why a ready parcel cannot be packed here (None when it can): packing takes goods off a warehouse's shelf."""
    shipment = session.get(Shipment, shipment_id)
    assert shipment is not None
    if shipment.status not in (S.READY, *HANDED_OUT) or shipment.warehouse_id is not None:
        return None
    order = session.get(Order, shipment.order_id)
    if order is None or order.warehouse_id is None:
        return message(
            "tracking.no_warehouse",
            "the parcel has no warehouse: assign the order to a warehouse before it can be packed and shipped",
        )
    return None


def _apply_row(session: Session, shipment_id: int, number: str, carrier: str, operator: str, note: str) -> None:
    """Ready or packed -> shipped through the status machine (packing takes the goods off the shelf, as
    does shipping from a label tool or partner), then the tracking number and carrier."""
    shipment = session.get(Shipment, shipment_id)
    assert shipment is not None
    if shipment.status is S.READY:
        change_status(session, shipment_id, S.PACKED, operator=operator, note=note)
    change_status(session, shipment_id, S.SHIPPED, operator=operator, note=note)
    set_tracking(session, shipment_id, number, carrier or None, operator=operator)


def import_tracking(
    session: Session,
    campaign_id: int,
    path: Path,
    *,
    operator: str = "",
    preset: str = "auto",
    mapping: Mapping[str, str] | None = None,
    partner: str | None = None,
    dry_run: bool = False,
) -> TrackingImportResult:
    """Match the file and apply the matched rows (unless `dry_run`); the caller's transaction commits.

    With `partner`, the columns that partner's sheets were mapped to before are used when no `mapping`
    is given, and a `mapping` given is kept for that partner's next sheet."""
    if partner and mapping is None:
        mapping = partner_columns(session, campaign_id, partner)
    result, changes = plan_tracking_import(session, campaign_id, Path(path), preset=preset, mapping=mapping)
    if dry_run:
        return result
    if partner and mapping is not None:
        save_partner_columns(session, campaign_id, partner, mapping, operator=operator)
    note = f"tracking import {Path(path).name}"
    for outcome, planned_id, number, carrier in changes:
        # A negative id is the order whose parcel #1 is made now (it was exported before exports made parcels).
        shipment_id = planned_id if planned_id > 0 else ensure_shipment(session, -planned_id, operator=operator)
        blocker = _packing_blocker(session, shipment_id)
        if blocker:  # checked first, so no row fails half-way: the rows are applied together or not at all
            result.matched.remove(outcome)
            result.conflicts.append(replace(outcome, reason=str(blocker), note=blocker))
            continue
        _apply_row(session, shipment_id, number, carrier, operator, f"{note}, row {outcome.row}")
    session.flush()
    result.applied = True
    for bucket in (result.matched, result.unchanged, result.unmatched, result.duplicates, result.conflicts):
        bucket.sort(key=lambda o: o.row)
    log_event(
        "import-tracking", campaign=campaign_id, rows=result.rows, applied=len(result.matched),
        unchanged=len(result.unchanged), unmatched=len(result.unmatched), duplicates=len(result.duplicates),
        conflicts=len(result.conflicts),
    )  # fmt: skip
    return result


def sheet_columns(path: Path) -> tuple[list[str], dict[str, str]]:
    """A tracking sheet's headers, and the fields recognised among them, for a person to map the rest."""
    headers = [h for h in read_tables(Path(path))[0].headers if h]
    return headers, detect_columns(headers)
