"""Import a backer export into a campaign: one transaction, one batch, nothing a person did lost.

New orders are inserted in bulk; a row whose digest matches what was imported before is skipped
without parsing; a changed row updates its order with every change in the audit log, except an
address the team edited or locked, which becomes a conflict for a person to resolve.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fulfiller.db.backup import backup_database
from fulfiller.db.models import (
    AddOn,
    Address,
    Backer,
    Campaign,
    ImportBatch,
    Order,
    OrderAddOn,
    OrderProblem,
    RejectedRow,
    RewardTier,
)
from fulfiller.domain.clock import utcnow
from fulfiller.domain.enums import Platform
from fulfiller.domain.errors import UserError
from fulfiller.domain.normalise import normalise_order
from fulfiller.domain.records import CleanOrder, RawOrder, RowRejected
from fulfiller.importers.mapping import ColumnMapping
from fulfiller.importers.registry import ExportFile, checksum, open_export
from fulfiller.services.bulk import IdSequence, insert_rows
from fulfiller.services.campaigns import create_campaign, list_campaigns, resolve_campaign
from fulfiller.services.database import Database
from fulfiller.services.duplicates import suggest_merges
from fulfiller.services.import_rows import (
    ADDRESS_FIELDS,
    LATIN_FIELDS,
    ORDER_FIELDS,
    order_values,
    raw_digest,
    to_sql,
)
from fulfiller.services.import_updates import apply_update

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
PROGRESS_EVERY = 2000
REJECTED_SHOWN = 200


class ImportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was changed.")


@dataclass
class ImportSummary:
    batch_id: int
    file: str
    format: str
    checksum: str
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    rejected: int = 0
    not_in_file: int = 0
    orders_with_errors: int = 0
    orders_with_warnings: int = 0
    merge_suggestions: int = 0
    new_tiers: list[str] = field(default_factory=list)
    new_add_ons: list[str] = field(default_factory=list)
    rejected_rows: list[dict[str, Any]] = field(default_factory=list)
    backup: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def import_export(
    db: Database,
    path: Path,
    *,
    campaign: str | None = None,
    operator: str,
    format: str = "auto",
    mapping: ColumnMapping | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportSummary:
    """Read the whole file first (a file that cannot be read changes nothing), then import it.

    `campaign` names or numbers the campaign; without it the only one is used, and a database with
    none gets a new campaign named after the file.
    """
    export = open_export(Path(path), format=format, mapping=mapping)
    digest = checksum(Path(path))
    backup = ""
    with db.reading() as session:
        has_orders = session.scalar(select(Order.id).limit(1))
    if has_orders:
        backup = str(backup_database(db.path, reason="before-import"))
    with db.transaction() as session:
        campaign_id = _campaign_for(session, campaign, export, Path(path), operator)
        run = _BatchImport(session, campaign_id, export, Path(path).name, digest, operator)
        summary = run.execute(progress, cancel)
    summary.backup = backup
    return summary


def _campaign_for(session: Session, selector: str | None, export: ExportFile, path: Path, operator: str) -> int:
    if selector is not None or list_campaigns(session):
        return resolve_campaign(session, selector).id
    platform = export.format.removeprefix("mapped:").split("-")[0]
    return create_campaign(
        session,
        campaign_name_from_file(path),
        operator=operator,
        platform=Platform(platform) if platform in {p.value for p in Platform} else Platform.OTHER,
    )


def campaign_name_from_file(path: Path) -> str:
    """'Aurora Lamp backer report - Oct 25 10pm.csv' -> 'Aurora Lamp backer report'."""
    stem = re.sub(r"\s+-\s+[A-Z][a-z]{2} \d{1,2} \d{1,2}(:\d{2})?\s*[ap]m$", "", path.stem)
    return stem.replace("_", " ").strip() or "Imported campaign"


class _BatchImport:
    def __init__(
        self,
        session: Session,
        campaign_id: int,
        export: ExportFile,
        file_name: str,
        digest: str,
        operator: str,
    ) -> None:
        self.session = session
        self.campaign_id = campaign_id
        self.export = export
        self.operator = operator
        campaign = session.get(Campaign, campaign_id)
        if campaign is None:
            raise UserError(f"No campaign {campaign_id} in this database.")
        self.currency = campaign.currency
        # The batch row is written first: it takes the write lock before any id is handed out.
        self.batch = ImportBatch(
            campaign_id=campaign_id,
            file_name=file_name,
            checksum=digest,
            format=export.format,
            operator=operator,
        )
        session.add(self.batch)
        session.flush()
        self.summary = ImportSummary(self.batch.id, file_name, export.format, digest)
        self.existing = {
            pid: (oid, digest)
            for oid, pid, digest in session.execute(
                select(Order.id, Order.platform_order_id, Order.source_hash).where(Order.campaign_id == campaign_id)
            )
        }
        self.tiers = {
            title: tid
            for tid, title in session.execute(
                select(RewardTier.id, RewardTier.title).where(RewardTier.campaign_id == campaign_id)
            )
        }
        self.add_ons: dict[str, int] = {}
        for aid, pid, title in session.execute(
            select(AddOn.id, AddOn.platform_id, AddOn.title).where(AddOn.campaign_id == campaign_id)
        ):
            self.add_ons[title] = aid
            if pid:
                self.add_ons[f"id:{pid}"] = aid
        self.ids = {model: IdSequence(session, model) for model in (Backer, Order, Address, OrderAddOn, OrderProblem)}
        self.new_rows: dict[str, list[tuple[Any, ...]]] = {
            "backer": [],
            "orders": [],
            "address": [],
            "add_on": [],
            "problem": [],
        }
        self.seen: dict[str, tuple[str, int]] = {}
        self.now = to_sql(utcnow())
        self.touched: list[int] = []

    # --- the run -------------------------------------------------------------------------------

    def execute(self, progress: Progress | None, cancel: Cancel | None) -> ImportSummary:
        total = self.export.total_rows
        updates: list[tuple[int, CleanOrder, str]] = []
        for done, record in enumerate(self.export.records(), start=1):
            if isinstance(record, RowRejected):
                self._reject(record)
            else:
                self._take(record, updates)
            if done % PROGRESS_EVERY == 0:
                if cancel is not None and cancel():
                    raise ImportCancelled()
                if progress is not None:
                    progress(done, total)
        self.summary.rows = total
        self._write_new_orders()
        for order_id, clean, digest in updates:
            outcome = apply_update(
                self.session, order_id, clean, digest, self._refs(clean), self.batch.id, self.operator
            )
            self.summary.updated += outcome.updated
            self.summary.unchanged += not outcome.updated and not outcome.conflict
            self.summary.conflicts += outcome.conflict
            self.touched.append(order_id)
        self.summary.not_in_file = len(set(self.existing) - set(self.seen))
        self.summary.merge_suggestions = suggest_merges(self.session, self.campaign_id, self.batch.id)
        self._count_problems()
        self._finish_batch()
        if progress is not None:
            progress(total, total)
        return self.summary

    def _take(self, raw: RawOrder, updates: list[tuple[int, CleanOrder, str]]) -> None:
        pid = raw.platform_order_id.strip()
        if pid in self.seen:
            source, row = self.seen[pid]
            self._reject(
                RowRejected(raw.source, raw.row, "", f"order {pid} appears again (first in {source}, row {row})")
            )
            return
        self.seen[pid] = (raw.source, raw.row)
        digest = raw_digest(raw)
        known = self.existing.get(pid)
        if known is not None and known[1] == digest:
            self.summary.unchanged += 1
            return
        try:
            clean = normalise_order(raw, default_currency=self.currency)
        except RowRejected as rejected:
            del self.seen[pid]
            self._reject(rejected)
            return
        if known is None:
            self._queue_new(clean, digest)
        else:
            updates.append((known[0], clean, digest))

    def _reject(self, rejected: RowRejected) -> None:
        self.summary.rejected += 1
        self.session.add(
            RejectedRow(
                import_batch_id=self.batch.id,
                source=rejected.source,
                row=rejected.row,
                column=rejected.column,
                message=str(rejected),
            )
        )
        if len(self.summary.rejected_rows) < REJECTED_SHOWN:
            self.summary.rejected_rows.append(
                {
                    "source": rejected.source,
                    "row": rejected.row,
                    "column": rejected.column,
                    "message": str(rejected),
                }
            )

    # --- new orders, in bulk -------------------------------------------------------------------

    def _refs(self, clean: CleanOrder) -> tuple[int | None, list[tuple[int, int]]]:
        """The tier id and (add-on id, quantity) pairs, creating tiers and add-ons seen first here."""
        tier_id = self._tier_id(clean) if clean.reward_title else None
        add_ons = [(self._add_on_id(a.title, a.platform_id, clean.currency), a.quantity) for a in clean.add_ons]
        return tier_id, add_ons

    def _tier_id(self, clean: CleanOrder) -> int:
        tier_id = self.tiers.get(clean.reward_title)
        if tier_id is None:
            tier = RewardTier(
                campaign_id=self.campaign_id,
                title=clean.reward_title,
                platform_id=clean.reward_id or None,
                minimum=clean.reward_minimum,
                currency=clean.currency,
            )
            self.session.add(tier)
            self.session.flush()
            tier_id = self.tiers[clean.reward_title] = tier.id
            self.summary.new_tiers.append(clean.reward_title)
        return tier_id

    def _add_on_id(self, title: str, platform_id: str, currency: str) -> int:
        key = f"id:{platform_id}" if platform_id else title
        add_on_id = self.add_ons.get(key) or self.add_ons.get(title)
        if add_on_id is None:
            add_on = AddOn(
                campaign_id=self.campaign_id, title=title, platform_id=platform_id or None, currency=currency
            )
            self.session.add(add_on)
            self.session.flush()
            add_on_id = self.add_ons[key] = self.add_ons[title] = add_on.id
            self.summary.new_add_ons.append(title)
        return add_on_id

    def _queue_new(self, clean: CleanOrder, digest: str) -> None:
        now, rows = self.now, self.new_rows
        backer_id = self.ids[Backer].take()
        order_id = self.ids[Order].take()
        tier_id, add_ons = self._refs(clean)
        rows["backer"].append((backer_id, self.campaign_id, clean.backer_uid, clean.backer_name, clean.email, now))
        values = order_values(clean)
        rows["orders"].append(
            (order_id, self.campaign_id, backer_id, clean.platform_order_id, tier_id, self.batch.id, self.batch.id,
             digest, now, *[to_sql(values[name]) for name in ORDER_FIELDS], False)
        )  # fmt: skip
        address = clean.address
        rows["address"].append(
            (self.ids[Address].take(), order_id, now, *[getattr(address, name) for name in _ADDRESS_VALUE_FIELDS],
             False, False, False)
        )  # fmt: skip
        for add_on_id, quantity in add_ons:
            rows["add_on"].append((self.ids[OrderAddOn].take(), order_id, add_on_id, quantity))
        for problem in clean.problems:
            rows["problem"].append(
                (self.ids[OrderProblem].take(), order_id, problem.code, problem.severity.value, problem.field,
                 problem.message)
            )  # fmt: skip
        self.summary.added += 1

    def _write_new_orders(self) -> None:
        rows = self.new_rows
        backer_columns = ("id", "campaign_id", "platform_backer_id", "name", "email", "created_at")
        insert_rows(self.session, Backer, backer_columns, rows["backer"])
        insert_rows(
            self.session,
            Order,
            ("id", "campaign_id", "backer_id", "platform_order_id", "tier_id", "import_batch_id",
             "last_import_batch_id", "source_hash", "created_at", *ORDER_FIELDS, "warehouse_overridden"),
            rows["orders"],
        )  # fmt: skip
        insert_rows(
            self.session,
            Address,
            ("id", "order_id", "updated_at", *_ADDRESS_VALUE_FIELDS, "latin_confirmed", "edited_locally", "locked"),
            rows["address"],
        )
        insert_rows(self.session, OrderAddOn, ("id", "order_id", "add_on_id", "quantity"), rows["add_on"])
        insert_rows(
            self.session, OrderProblem, ("id", "order_id", "code", "severity", "field", "message"), rows["problem"]
        )
        for batch in rows.values():
            batch.clear()

    # --- closing the batch ---------------------------------------------------------------------

    def _count_problems(self) -> None:
        from fulfiller.services.problems import count_orders_with_problems

        errors, warnings = count_orders_with_problems(self.session, self.campaign_id)
        self.summary.orders_with_errors, self.summary.orders_with_warnings = errors, warnings

    def _finish_batch(self) -> None:
        batch, summary = self.batch, self.summary
        batch.rows, batch.added, batch.updated = summary.rows, summary.added, summary.updated
        batch.unchanged, batch.conflicts, batch.rejected = (
            summary.unchanged,
            summary.conflicts,
            summary.rejected,
        )
        batch.finished_at = utcnow()


_ADDRESS_VALUE_FIELDS = (*ADDRESS_FIELDS, *LATIN_FIELDS)
