"""Import a backer export into a campaign: one transaction, one batch, nothing a person did lost.

New orders are inserted in bulk; a row whose digest matches what was imported before is skipped
without parsing; a changed row updates its order with every change in the audit log, except an
address the team edited or locked, which becomes a conflict for a person to resolve.

Rows are worked out span by span (import_outcomes.py), for a large file in worker processes as well
(workers.py), and their outcomes are applied here in file order, so the result is the same.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, closing, contextmanager, nullcontext
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fulfiller.db.backup import backup_database
from fulfiller.db.bulk import (
    IdSequence,
    attach_tables,
    indexes_rebuilt_after,
    insert_computed,
    insert_selected,
    numbered,
    sql_case,
    sql_literal,
    triggers_set_aside,
)
from fulfiller.db.models import (
    AddOn,
    Address,
    Backer,
    Base,
    Campaign,
    ImportBatch,
    Order,
    OrderAddOn,
    OrderProblem,
    RejectedRow,
    RewardTier,
    Shipment,
)
from fulfiller.db.search_text import write_batch_texts
from fulfiller.domain.clock import utcnow
from fulfiller.domain.enums import AuditAction, Platform
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import message
from fulfiller.domain.progress import Cancel, Progress, stop_if_cancelled
from fulfiller.domain.records import CleanOrder, RowRejected
from fulfiller.domain.rewards import is_minimum_id, tier_by_minimum
from fulfiller.importers.mapping import ColumnMapping
from fulfiller.importers.registry import ExportFile, checksum, open_export
from fulfiller.logs import log_event
from fulfiller.services.audit import record
from fulfiller.services.campaigns import create_campaign, list_campaigns, resolve_campaign
from fulfiller.services.database import Database
from fulfiller.services.importing.duplicates import CoarseMatches, suggest_merges
from fulfiller.services.importing.outcomes import INVALID, NEW, REJECTED, UNCHANGED, Outcome
from fulfiller.services.importing.rows import (
    ADDRESS_FIELDS,
    BACKER_FIELDS,
    LATIN_FIELDS,
    ORDER_FIELDS,
    NewOrders,
    to_sql,
)
from fulfiller.services.importing.sent import SentFollowUp, follow_sent, insert_sent_parcels
from fulfiller.services.importing.updates import apply_update
from fulfiller.services.importing.workers import WorkerPool, assessed_spans, started_workers

REJECTED_SHOWN = 200
BULK_INDEX_ROWS = 20_000  # from this many new orders, indexes are made again rather than kept up


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
    merge_suggestions: int = 0  # new ones
    duplicate_groups: int = 0  # orders look alike in this many groups (an e-mail, a name and full address)
    orders_in_duplicate_groups: int = 0
    largest_duplicate_group: int = 0
    suggestions_left_out: int = 0  # orders of groups too large to list one by one (see duplicates.py)
    shipped_outside: int = 0  # parcels recorded as shipped before Fulfiller was used ("Rewards Sent?" = Sent)
    sent_left_unpacked: int = 0  # Sent in the export, but the order has a parcel here still to pack: left alone
    sent_no_longer: int = 0  # shipped outside Fulfiller, the export no longer says Sent: the parcel stays shipped
    new_tiers: list[str] = field(default_factory=list)
    renamed_tiers: list[str] = field(default_factory=list)  # tiers known by their minimum, titled by this file
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
    with started_workers(Path(path)) as workers, _collector_paused():
        export = open_export(Path(path), format=format, mapping=mapping)
        digest = checksum(Path(path))
        backup = ""
        with db.reading() as session:
            has_orders = session.scalar(select(Order.id).limit(1))
        if has_orders:
            backup = str(backup_database(db.path, reason="before-import", folder=db.backups))
        with db.transaction() as session:
            campaign_id = _campaign_for(session, campaign, export, Path(path), operator)
            run = _BatchImport(session, campaign_id, export, Path(path).name, digest, operator)
            summary = run.execute(progress, cancel, workers)
    summary.backup = backup
    log_event(
        "import", batch=summary.batch_id, campaign=campaign_id, format=summary.format, rows=summary.rows,
        added=summary.added, updated=summary.updated, unchanged=summary.unchanged, conflicts=summary.conflicts,
        rejected=summary.rejected, errors=summary.orders_with_errors, duplicates=summary.merge_suggestions,
    )  # fmt: skip
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


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No garbage collection while a file is read and its orders made: what they allocate holds no
    cycles, yet the collector walked the rows again and again (~1.4 s an import, most of it in full
    collections walking everything alive)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # Everything allocated meanwhile goes to the oldest generation untouched: the first collection
        # after this would otherwise walk all of it at once (~0.5 s).
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()


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
            raise UserError(
                message("campaign.no_such_id", "No campaign {campaign} in this database.", campaign=campaign_id)
            )
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
        self.tiers: dict[str, int] = {}
        # Tiers known by their minimum ("min:59.00"): every tier of that minimum, in the order made.
        self.by_minimum: dict[str, list[int]] = {}
        for tid, title, pid in session.execute(
            select(RewardTier.id, RewardTier.title, RewardTier.platform_id)
            .where(RewardTier.campaign_id == campaign_id)
            .order_by(RewardTier.id)
        ):
            self.tiers[title] = tid
            if is_minimum_id(pid):
                self.by_minimum.setdefault(pid, []).append(tid)
        self.add_ons: dict[str, int] = {}
        for aid, pid, title in session.execute(
            select(AddOn.id, AddOn.platform_id, AddOn.title).where(AddOn.campaign_id == campaign_id)
        ):
            self.add_ons[title] = aid
            if pid:
                self.add_ons[f"id:{pid}"] = aid
        self.ids = {model: IdSequence(session, model) for model in (Backer, Order, Address, Shipment)}
        self.seen: dict[str, Outcome] = {}  # each order id read so far: its first row's outcome
        # A campaign without orders gets them all from this file: possible duplicates are noted on the way.
        self.coarse = CoarseMatches() if not self.existing else None
        self.now = to_sql(utcnow())

    # --- the run -------------------------------------------------------------------------------

    def execute(self, progress: Progress | None, cancel: Cancel | None, workers: WorkerPool | None) -> ImportSummary:
        total = self.export.total_rows
        updates: list[tuple[int, CleanOrder, str]] = []
        with self._bulk_insert():
            self._take_all(updates, progress, cancel, workers)
        self.summary.rows = total
        for order_id, clean, digest in updates:
            outcome = apply_update(
                self.session, order_id, clean, digest, self._refs(clean), self.batch.id, self.operator
            )
            self.summary.updated += outcome.updated
            self.summary.unchanged += not outcome.updated and not outcome.conflict
            self.summary.conflicts += outcome.conflict
            self._follow_sent(order_id, clean)
        self.summary.not_in_file = len(set(self.existing) - set(self.seen))
        self._suggest_merges()
        self._count_problems()
        self._finish_batch()
        if progress is not None:
            progress(total, total)
        return self.summary

    def _bulk_insert(self) -> AbstractContextManager[None]:
        """Set the new orders' secondary indexes and triggers aside while they are inserted, when the file
        brings at least as many orders as the database holds: making them again afterwards (and the
        search texts the triggers would have written) is then cheaper."""
        new_orders = self.export.total_rows - len(self.existing)
        if new_orders < BULK_INDEX_ROWS or new_orders < (self.session.scalar(select(func.count(Order.id))) or 0):
            return nullcontext()
        return self._set_aside()

    @contextmanager
    def _set_aside(self) -> Iterator[None]:
        with indexes_rebuilt_after(self.session, (Backer, Order, Address, OrderAddOn, OrderProblem)):
            with triggers_set_aside(self.session, (Backer, Order, Address)):
                yield
            write_batch_texts(self.session, self.batch.id)

    def _take_all(
        self,
        updates: list[tuple[int, CleanOrder, str]],
        progress: Progress | None,
        cancel: Cancel | None,
        workers: WorkerPool | None,
    ) -> None:
        """Every record's outcome, span by span in file order; each span's new orders are written at once."""
        total, done = self.export.total_rows, 0
        known = {pid: digest for pid, (_, digest) in self.existing.items()}
        spans = assessed_spans(self.export, known, self.currency, workers)
        with closing(spans):
            for outcomes in spans:
                stop_if_cancelled(cancel, "The import")
                if outcomes is None:  # a worker is still busy with this span
                    continue
                self._apply_span(*outcomes, updates)
                done += len(outcomes[0])
                if progress is not None:
                    progress(done, total)

    def _apply_span(self, outcomes: list[Outcome], new: NewOrders, updates: list[tuple[int, CleanOrder, str]]) -> None:
        """Each record's outcome in file order: the first row of an order id wins, later ones are rejected."""
        seen = self.seen
        if len(new) == len(outcomes):  # all new: the usual span of a first import
            pids = [outcome[3] for outcome in outcomes]
            if len(set(pids)) == len(pids) and seen.keys().isdisjoint(pids):
                seen.update(zip(pids, outcomes, strict=True))
                self._insert_new(new)
                return
        repeated: set[int] = set()  # positions in `new`
        for outcome in outcomes:
            kind, source, row, pid, digest, payload = outcome
            if kind == REJECTED:  # pid and digest hold the column and the reason
                self._reject(RowRejected(source, row, pid, digest))
            elif pid in seen:
                first = seen[pid]
                message = f"order {pid} appears again (first in {first[1]}, row {first[2]})"
                self._reject(RowRejected(source, row, "", message))
                if kind == NEW:
                    repeated.add(payload)
            elif kind == NEW:
                seen[pid] = outcome
            elif kind == UNCHANGED:
                seen[pid] = outcome
                self.summary.unchanged += 1
            elif kind == INVALID:  # its id stays free: a later row with it may still be read
                self._reject(RowRejected(source, row, *payload))
            else:
                seen[pid] = outcome
                updates.append((self.existing[pid][0], payload, digest))
        if len(new):
            self._insert_new(new.without(repeated) if repeated else new)

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
        tier_id = None
        if clean.reward_title:
            tier_id = self._tier_id(clean.reward_title, clean.reward_id, clean.reward_minimum, clean.currency)
        add_ons = [(self._add_on_id(a.title, a.platform_id, clean.currency), a.quantity) for a in clean.add_ons]
        return tier_id, add_ons

    def _tier_id(self, title: str, platform_id: str, minimum: Decimal | None, currency: str) -> int:
        tier_id = self.tiers.get(title) or self._tier_by_minimum(title, platform_id, minimum, currency)
        if tier_id is None:
            tier = RewardTier(
                campaign_id=self.campaign_id,
                title=title,
                platform_id=platform_id or None,
                minimum=minimum,
                currency=currency,
            )
            self.session.add(tier)
            self.session.flush()
            tier_id = self.tiers[title] = tier.id
            if is_minimum_id(platform_id):
                self.by_minimum.setdefault(platform_id, []).append(tier_id)
            self.summary.new_tiers.append(title)
        return tier_id

    def _tier_by_minimum(self, title: str, platform_id: str, minimum: Decimal | None, currency: str) -> int | None:
        """The tier of the same minimum made by an earlier import under another title, if there is exactly one.

        A row naming its reward by the minimum alone ("$59 reward") takes the tier a zip's file name titled
        ("Base Game", "min:59.00"); a titled row takes the tier that was known by its minimum alone, which
        gets the title (its kit stays). Two tiers of the same minimum cannot be told apart: neither is taken.
        """
        if minimum is None or not is_minimum_id(platform_id) or len(self.by_minimum.get(platform_id, ())) != 1:
            return None
        tier_id = self.by_minimum[platform_id][0]
        derived = tier_by_minimum(minimum, currency)[0]
        if title == derived:
            return tier_id
        tier = self.session.get(RewardTier, tier_id)
        if tier is None or tier.title != derived:
            return None
        del self.tiers[tier.title]
        record(
            self.session, self.operator, AuditAction.UPDATE, "reward_tier", tier_id, field="title", old=tier.title,
            new=title, import_batch_id=self.batch.id,
        )  # fmt: skip
        tier.title = title
        self.session.flush()
        self.tiers[title] = tier_id
        self.summary.renamed_tiers.append(title)
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

    def _insert_new(self, new: NewOrders) -> None:
        """Insert a span's new orders: the order at position p gets the span's first ids plus p, which SQLite
        adds as it inserts, as it looks up tiers and add-ons by their index in the span (see NewOrders)."""
        count = len(new)
        if not count:
            return
        backer, order, address = (self.ids[model].take_many(count) for model in (Backer, Order, Address))
        tiers = [
            self._tier_id(title, pid, None if low is None else Decimal(low), cur) for title, pid, low, cur in new.tiers
        ]
        add_ons = [self._add_on_id(title, platform_id, currency) for title, platform_id, currency in new.add_on_kinds]
        session, now, campaign, batch = self.session, sql_literal(self.now), str(self.campaign_id), str(self.batch.id)
        mark, insert = self._inserter(new)  # the rows' values: ?1 ... as bound, or columns c1 ... of stored rows
        at = f"{mark}{len(BACKER_FIELDS) + 1}"  # the position, after the values
        columns = numbered(BACKER_FIELDS, mark) | {"id": f"{at} + {backer}", "campaign_id": campaign, "created_at": now}
        insert(Backer, columns, "backers")
        tier, at = f"{mark}{len(_ORDER_VALUE_FIELDS) + 1}", f"{mark}{len(_ORDER_VALUE_FIELDS) + 2}"
        columns = numbered(_ORDER_VALUE_FIELDS, mark) | {
            "tier_id": sql_case(tier, tiers),
            "id": f"{at} + {order}",
            "backer_id": f"{at} + {backer}",
            "campaign_id": campaign,
            "import_batch_id": batch,
            "last_import_batch_id": batch,
            "created_at": now,
            "warehouse_overridden": "0",
        }
        insert(Order, columns, "orders")
        at = f"{mark}{len(_ADDRESS_VALUE_FIELDS) + 1}"
        columns = numbered(_ADDRESS_VALUE_FIELDS, mark) | {"id": f"{at} + {address}", "order_id": f"{at} + {order}"}
        columns |= {"updated_at": now, "latin_confirmed": "0", "edited_locally": "0", "locked": "0"}
        insert(Address, columns, "addresses")
        columns = {"order_id": f"{mark}1 + {order}", "add_on_id": sql_case(f"{mark}2", add_ons), "quantity": f"{mark}3"}
        insert(OrderAddOn, columns, "add_ons")
        columns = {"order_id": f"{mark}1 + {order}"} | numbered(("", "code", "severity", "field", "message"), mark)
        insert(OrderProblem, columns, "problems")
        if self.coarse is not None:
            self.coarse.extend(order, new.email_hashes, new.person_hashes)
        self.summary.shipped_outside += insert_sent_parcels(
            session, order, new.sent, self.ids[Shipment], operator=self.operator, batch_id=self.batch.id, now=self.now
        )
        self.summary.added += count

    def _inserter(self, new: NewOrders) -> tuple[str, Callable[[type[Base], dict[str, str], str], object]]:
        """How the rows of each table of `new` are inserted: bound as parameters, or selected from the
        database a worker serialized them into (attached to this transaction's connection)."""
        session = self.session
        if new.stored is None:
            return "?", lambda model, columns, table: insert_computed(session, model, columns, getattr(new, table))
        attach_tables(session, new.stored)
        return "c", lambda model, columns, table: insert_selected(session, model, columns, table)

    def _follow_sent(self, order_id: int, clean: CleanOrder) -> None:
        """An order imported before: its parcel shipped outside Fulfiller, if the export now says Sent."""
        done = follow_sent(self.session, order_id, clean.sent_outside, operator=self.operator, batch_id=self.batch.id)
        self.summary.shipped_outside += done is SentFollowUp.RECORDED
        self.summary.sent_left_unpacked += done is SentFollowUp.NOT_RECORDED
        self.summary.sent_no_longer += done is SentFollowUp.KEPT

    # --- closing the batch ---------------------------------------------------------------------

    def _suggest_merges(self) -> None:
        found = suggest_merges(self.session, self.campaign_id, self.batch.id, self.coarse)
        summary = self.summary
        summary.merge_suggestions, summary.duplicate_groups = found.added, found.groups
        summary.orders_in_duplicate_groups, summary.largest_duplicate_group = found.grouped, found.largest
        summary.suggestions_left_out = found.left_out

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


# The values of NewOrders' rows, in their order; each row then has a position (see `_insert_new`).
_ORDER_VALUE_FIELDS = ("platform_order_id", *ORDER_FIELDS, "source_hash")
_ADDRESS_VALUE_FIELDS = (*ADDRESS_FIELDS, *LATIN_FIELDS)
