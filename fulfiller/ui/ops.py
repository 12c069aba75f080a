"""The one way a view reads and writes the campaign, and hears what others changed.

A write runs a service in one transaction (on the thread pool when it is slow), shows a `UserError`
in one place, then announces on the window's `CampaignEvents` which kinds of data changed. Every view
subscribes with `watch()`: it refreshes at once when it is on screen, else the next time it is shown.
A view's heavy reads go through `query()`: on a thread of their own, so the window never freezes on a
250,000-backer campaign, each answer handed back on the GUI thread unless a newer question replaced it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm import Session

from fulfiller.domain.errors import UserError
from fulfiller.domain.progress import Cancel, Progress
from fulfiller.logs import log_event
from fulfiller.services.campaigns import CampaignInfo
from fulfiller.services.database import Database
from fulfiller.ui.messages import show_user_error
from fulfiller.ui.tasks import BackgroundJob, Task

Result = TypeVar("Result")

# Tests read in line, so that a refresh has its rows when it returns; tests of the threads turn it on.
BACKGROUND_READS = True
READ_THREADS = 2  # a view's list and its counts side by side; more only queue on a 2-core PC


class Change(enum.Flag):
    """The kinds of campaign data a write can change; views subscribe to the kinds they show."""

    ORDERS = enum.auto()  # backers, orders, addresses, problems, merges
    PARCELS = enum.auto()  # shipments, their status and tracking, partner exports
    STOCK = enum.auto()  # stock movements, receiving, bins
    KITS = enum.auto()  # items, kits, tiers and add-ons, "packs like"
    REPLACEMENTS = enum.auto()  # replacement requests, reships, claims
    IMPORTS = enum.auto()  # import batches and their undo
    PLANNING = enum.auto()  # warehouses, their countries, rate tables


# What an import (or its undo) changes: new and updated orders, tiers and add-ons they bring.
IMPORTED = Change.ORDERS | Change.IMPORTS | Change.KITS


class CampaignEvents(QObject):
    """The window owns one; `changed` carries the `Change` flags of every write, after it committed."""

    changed = Signal(object)

    def announce(self, changes: Change) -> None:
        if changes:
            self.changed.emit(changes)


class _Watcher(QObject):
    """Refreshes one view when a change it cares about is announced: now if shown, else when shown."""

    def __init__(self, view: QWidget, kinds: Change, refresh: Callable[[], object], *, lazy: bool) -> None:
        super().__init__(view)
        self._view, self._kinds, self._refresh = view, kinds, refresh
        self.stale = lazy  # a lazy view is filled when first shown, not when the window is built
        view.installEventFilter(self)

    def heard(self, changes: Change) -> None:
        if not changes & self._kinds:
            return
        if self._view.isVisible():
            self.refresh_now()
        else:
            self.stale = True

    def refresh_now(self) -> None:
        self.stale = False
        self._refresh()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.stale:
            self.refresh_now()
        return False


class CampaignOps(QObject):
    """Reads and writes one campaign for the views of the window; see the module docstring."""

    busy = Signal(bool)  # True while any view waits for a query; the window shows it

    def __init__(
        self,
        db: Database,
        campaign: CampaignInfo,
        operator: Callable[[], str],
        events: CampaignEvents,
        parent: QObject | None = None,
        *,
        home_warehouse: Callable[[], str] = str,
    ) -> None:
        super().__init__(parent)
        self.db, self.campaign, self.campaign_id, self.events = db, campaign, campaign.id, events
        self._operator = operator
        self.home_warehouse = home_warehouse  # the code of the warehouse this station works in, or ""
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(READ_THREADS)
        self._newest: dict[tuple[int, str], BackgroundJob] = {}

    def operator(self) -> str:
        """Who signs a change; read at each write, since the station's operator may change."""
        return self._operator()

    # --- reading -------------------------------------------------------------------------------

    def read(self, query: Callable[[Session], Result]) -> Result:
        with self.db.reading() as session:
            return query(session)

    def query(
        self, owner: QObject, query: Callable[[Session], Result], done: Callable[[Result], object], key: str = ""
    ) -> None:
        """Run `query` on a reading thread and hand its result to `done` on the GUI thread, unless
        `owner` asked the same `key` again meanwhile (only the newest answer is shown) or is gone."""
        if not BACKGROUND_READS:
            done(self.read(query))
            return
        slot = (id(owner), key)
        job = BackgroundJob(lambda _progress, _cancel: self.read(query), self)
        self._newest[slot] = job
        job.done.connect(lambda result: self._answered(slot, job, lambda: done(result)))
        job.error.connect(lambda text: self._answered(slot, job, lambda: self._read_failed(owner, text)))
        if len(self._newest) == 1:
            self.busy.emit(True)
        job.start(self._pool)

    @property
    def reading(self) -> bool:
        """Whether a view still waits for a query."""
        return bool(self._newest)

    def _answered(self, slot: tuple[int, str], job: BackgroundJob, deliver: Callable[[], object]) -> None:
        job.deleteLater()
        if self._newest.get(slot) is not job:
            return  # a newer question of the same view is on its way
        del self._newest[slot]
        if not self._newest:
            self.busy.emit(False)
        deliver()

    def _read_failed(self, owner: QObject, text: str) -> None:
        log_event("read_failed", view=type(owner).__name__)
        widget = owner if isinstance(owner, QWidget) else None
        QMessageBox.critical(widget, self.tr("Reading the campaign"), text)

    # --- writing -------------------------------------------------------------------------------

    def write(
        self,
        widget: QWidget,
        title: str,
        action: Callable[[Session], Result],
        changes: Change,
        *,
        refused: Callable[[UserError], object] | None = None,
    ) -> Result | None:
        """Run `action` in one transaction and announce `changes`. A UserError rolls it back and is
        shown in a message box (or handed to `refused`, e.g. the pack station's banner); then None."""
        try:
            with self.db.transaction() as session:
                result = action(session)
        except UserError as exc:
            if refused is not None:
                refused(exc)
            else:
                show_user_error(widget, title, exc)
            return None
        self.events.announce(changes)
        return result

    def write_in_background(
        self,
        widget: QWidget,
        title: str,
        action: Callable[[Session, Progress, Cancel], Result],
        changes: Change,
        done: Callable[[Result], object] = lambda _result: None,
    ) -> Task:
        """The same on the thread pool with a progress dialog; `done(result)` runs on the GUI thread
        after the announcement. A job whose action commits on its own (an import) uses `run_job`."""

        def job(progress: Progress, cancel: Cancel) -> Result:
            with self.db.transaction() as session:
                return action(session, progress, cancel)

        return self.run_job(widget, title, job, changes, done)

    def run_job(
        self,
        widget: QWidget,
        title: str,
        job: Callable[[Progress, Cancel], Result],
        changes: Change,
        done: Callable[[Result], object] = lambda _result: None,
    ) -> Task:
        task = Task(widget, title, job)
        task.done.connect(lambda result: (self.events.announce(changes), done(result)))
        return task.start()

    def background(self, job: Callable[[Progress, Cancel], Result], parent: QObject, changes: Change) -> BackgroundJob:
        """A job whose page shows its own progress (the import wizard); announces when it succeeds."""
        runner = BackgroundJob(job, parent)
        runner.done.connect(lambda _result: self.events.announce(changes))
        return runner

    # --- hearing -------------------------------------------------------------------------------

    def watch(self, view: QWidget, kinds: Change, refresh: Callable[[], object], *, lazy: bool = False) -> _Watcher:
        """Call `refresh` whenever one of `kinds` changed: at once if `view` is on screen, else when it
        is shown next. With `lazy`, the first refresh waits for the first show too."""
        watcher = _Watcher(view, kinds, refresh, lazy=lazy)
        self.events.changed.connect(watcher.heard)
        return watcher
