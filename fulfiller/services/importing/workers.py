"""Assess the rows of a large export in worker processes while this process stores the results.

The export is cut into spans of rows, handed out in file order to the workers and, whenever it would
otherwise wait, to this process, which also stores every row. Outcomes are stored in file order either
way, so the database ends up exactly as if one process had done everything.

Workers are started with 'spawn', never 'fork': the import runs in a Qt worker thread in the window,
and forking a threaded process is unsafe. A worker reads the row plans and the known digests once from
a file, then each span's cells in a file (marshal: ~10x faster than pickle for tuples of text), and
writes the outcomes to a file marshalled the same way; the rare changed order (a dataclass) comes back
pickled.
"""

from __future__ import annotations

import gc
import marshal
import multiprocessing
import os
import pickle
import shutil
import tempfile
import traceback
from collections.abc import Generator, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, nullcontext
from pathlib import Path

from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import message
from fulfiller.domain.records import CleanOrder
from fulfiller.importers.layouts import RowPlan
from fulfiller.importers.registry import ExportFile, RowSpan
from fulfiller.services.importing.outcomes import CHANGED, Assessed, Outcome, assess_rows
from fulfiller.services.importing.rows import NewOrders

PARALLEL_MIN_ROWS = 20_000  # below this, starting processes costs more than it saves
BYTES_PER_ROW = 250  # of a backer export, to guess its rows from its size before reading it
SPAN_ROWS = 2_000  # also how often progress is reported and cancel is checked
MAX_WORKERS = 3  # this process stores every row: more workers than this only wait for it
AHEAD_PER_WORKER = 8  # spans handed to each worker at a time: enough to outlast a bulk insert here
WAIT_SECONDS = 0.1  # how often cancel is checked while this process waits for a worker


class ImportWorkerError(UserError):
    """A worker process failed; the import stops and nothing is written."""


def worker_count(rows: int) -> int:
    """How many worker processes an export of `rows` rows is worth on this machine (0: none)."""
    cpus = os.cpu_count() or 1
    if rows < PARALLEL_MIN_ROWS or cpus < 2:
        return 0
    return min(cpus - 1, MAX_WORKERS)


def likely_worker_count(path: Path) -> int:
    """`worker_count` guessed from the file's size alone, before it is read."""
    try:
        size = path.stat().st_size
    except OSError:
        return 0
    return worker_count(size // BYTES_PER_ROW)


class WorkerPool:
    """The worker processes of one import, with a folder for what they exchange with this process.

    Started before the file is read when it looks large (`likely_worker_count`): a worker takes ~0.5 s
    to start (a new interpreter, the program's modules), which then overlaps the reading of the file.
    """

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.folder = Path(tempfile.mkdtemp(prefix="fulfiller-import-"))
        self.executor = ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker
        )
        for _ in range(workers):  # the processes start with their first tasks
            self.executor.submit(_ready)

    def release(self) -> None:
        """Let the workers go once every span is in: they take ~0.9 s to exit (an interpreter freeing all it
        made), which then overlaps what this process does after the rows (duplicates, indexes, commit)."""
        self.executor.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


@contextmanager
def started_workers(path: Path) -> Iterator[WorkerPool | None]:
    """Worker processes for importing `path` if it looks large enough to need them, else None."""
    workers = likely_worker_count(path)
    if workers == 0:
        yield None
        return
    with WorkerPool(workers) as pool:
        yield pool


def assessed_spans(
    export: ExportFile, known: Mapping[str, str], currency: str, pool: WorkerPool | None = None
) -> Iterator[Assessed | None]:
    """The outcomes and new orders of each span in file order; None now and then while a worker is still
    busy, so the caller can check for cancel. Close the iterator to stop the workers early.

    Workers are used when the export is large enough (`worker_count`): `pool`'s if it was started
    already, else a pool made here and closed at the end."""
    spans = export.spans(SPAN_ROWS)
    workers = worker_count(export.total_rows)
    if workers == 0 or len(spans) < 2:
        for span in spans:
            yield _assess_here(export, span, known, currency)
        return
    with nullcontext(pool) if pool is not None else WorkerPool(workers) as used:
        context = used.folder / "context"
        context.write_bytes(pickle.dumps((export.plans, dict(known), currency), pickle.HIGHEST_PROTOCOL))
        yield from _shared_spans(used, str(context), export, spans, known, currency)
        used.release()


def _shared_spans(
    pool: WorkerPool,
    context: str,
    export: ExportFile,
    spans: Sequence[RowSpan],
    known: Mapping[str, str],
    currency: str,
) -> Iterator[Assessed | None]:
    """Spans are handed out from the front: to the workers, a few ahead each, and to this process
    whenever the next span to store is not ready: it works out the first span nobody has, or at the end
    takes back one a worker has not started. Each span is stored as soon as those before it are, so both
    processes stay busy to the end.

    (This process once took spans from the back instead: it then stored them all after the workers had
    finished, with the workers idle, and waited for them meanwhile: ~3 s of one processor doing nothing.)"""
    futures: dict[int, Future[tuple[str, list[CleanOrder]]]] = {}
    own: dict[int, Assessed] = {}
    handed_out = 0  # spans before this one went to a worker or to this process
    for index, span in enumerate(spans):
        while index not in own:
            handed_out = _feed(pool, context, export, spans, futures, handed_out)
            future = futures.get(index)
            if future is not None and future.done():
                assessed = yield from _worker_result(futures.pop(index), span, export)
                break
            if handed_out < len(spans):
                claim, handed_out = handed_out, handed_out + 1
            else:
                claim = _take_back(futures)
                if claim is None:  # every span left is running in a worker
                    assessed = yield from _worker_result(futures.pop(index), span, export)
                    break
            own[claim] = _assess_here(export, spans[claim], known, currency)
            yield None
        else:
            assessed = own.pop(index)
        yield assessed


def _assess_here(export: ExportFile, span: RowSpan, known: Mapping[str, str], currency: str) -> Assessed:
    return assess_rows(export.plans[span.table], span.first_row, export.span_rows(span), known, currency)


def _feed(
    pool: WorkerPool,
    context: str,
    export: ExportFile,
    spans: Sequence[RowSpan],
    futures: dict[int, Future[tuple[str, list[CleanOrder]]]],
    handed_out: int,
) -> int:
    """Hand the next spans to the workers until each has a few waiting; the new `handed_out`."""
    busy = sum(not future.done() for future in futures.values())
    while handed_out < len(spans) and busy < pool.workers * AHEAD_PER_WORKER:
        futures[handed_out] = _submit(pool, context, export, spans, handed_out)
        handed_out, busy = handed_out + 1, busy + 1
    return handed_out


def _take_back(futures: dict[int, Future[tuple[str, list[CleanOrder]]]]) -> int | None:
    """The last span handed to a worker that has not started on it, taken back; None if there is none."""
    for index in sorted(futures, reverse=True):
        if futures[index].cancel():
            del futures[index]
            return index
    return None


def _submit(
    pool: WorkerPool, context: str, export: ExportFile, spans: Sequence[RowSpan], index: int
) -> Future[tuple[str, list[CleanOrder]]]:
    cells = pool.folder / f"{index}.cells"
    cells.write_bytes(_span_cells(export, spans[index]))
    try:
        return pool.executor.submit(_assess_span, spans[index], str(cells), context)
    except BrokenProcessPool as exc:  # a worker died before this span was handed out
        raise _failure(exc, spans[index], export) from exc


# A span's cells and outcomes go through files, not the pool's pipe: a pipe carries 64 KB at a time, and
# each piece waited for this busy process's GIL (~5 ms), leaving the workers idle a fifth of the time.
def _span_cells(export: ExportFile, span: RowSpan) -> bytes:
    return marshal.dumps(export.span_rows(span))


def _worker_result(
    future: Future[tuple[str, list[CleanOrder]]], span: RowSpan, export: ExportFile
) -> Generator[None, None, Assessed]:
    """A worker's outcomes and new orders for `span`, once it has them; None now and then while it has not."""
    while True:
        try:
            outcomes, changed = future.result(timeout=WAIT_SECONDS)
        except FutureTimeout:
            yield None
            continue
        except (_WorkerFailed, BrokenProcessPool) as exc:
            raise _failure(exc, span, export) from exc
        return _unpack(_take_file(outcomes), changed)


def _take_file(path: str) -> bytes:
    data = Path(path).read_bytes()
    os.remove(path)
    return data


def _failure(exc: BaseException, span: RowSpan, export: ExportFile) -> ImportWorkerError:
    table = export.tables[span.table].name
    last = span.first_row + (span.stop - span.start) - 1
    reason = (
        str(exc)
        if isinstance(exc, _WorkerFailed)
        else message("import.worker_died", "a worker process stopped unexpectedly")
    )
    return ImportWorkerError(
        message(
            "import.worker_failed",
            "{file}: the import stopped while checking rows {first}-{last} ({reason}). Nothing was changed.",
            file=table,
            first=span.first_row,
            last=last,
            reason=reason,
        )
    )


# --- in the worker process ---------------------------------------------------------------------------


class _WorkerFailed(Exception):
    """Any error in a worker, as text: the original exception may not survive pickling."""


_context: tuple[str, tuple[RowPlan, ...], dict[str, str], str] = ("", (), {}, "")


def _start_worker() -> None:
    # Rows make tuples by the thousand and no cycles: the collector would only walk them (this process
    # lives for one import only).
    gc.disable()


def _ready() -> None:
    """The first task of a worker, to start it before there is any work."""


def _import_context(path: str) -> tuple[tuple[RowPlan, ...], dict[str, str], str]:
    """The row plans, known digests and currency of the import, read once from the file `path`."""
    global _context
    if _context[0] != path:
        plans, known, currency = pickle.loads(Path(path).read_bytes())
        _context = (path, plans, known, currency)
    return _context[1:]


def _assess_span(span: RowSpan, cells: str, context: str) -> tuple[str, list[CleanOrder]]:
    """The outcomes of a span whose cells are in the file `cells`: written to a file beside it."""
    try:
        plans, known, currency = _import_context(context)
        rows = marshal.loads(_take_file(cells))
        data, changed = _pack(assess_rows(plans[span.table], span.first_row, rows, known, currency))
        outcomes = cells.removesuffix(".cells") + ".outcomes"
        Path(outcomes).write_bytes(data)
        return outcomes, changed
    except Exception as exc:
        detail = traceback.format_exception_only(exc)[-1].strip()
        raise _WorkerFailed(detail) from None


def _pack(assessed: Assessed) -> tuple[bytes, list[CleanOrder]]:
    """Outcomes and new orders as marshal bytes; a changed order travels pickled beside them, its place
    marked by index."""
    outcomes, new = assessed
    changed: list[CleanOrder] = []
    for index, outcome in enumerate(outcomes):
        if outcome[0] == CHANGED:
            changed.append(outcome[5])
            outcomes[index] = (*outcome[:5], len(changed) - 1)
    return marshal.dumps((outcomes, new.pack())), changed


def _unpack(data: bytes, changed: list[CleanOrder]) -> Assessed:
    outcomes: list[Outcome]
    outcomes, new = marshal.loads(data)
    if changed:
        for index, outcome in enumerate(outcomes):
            if outcome[0] == CHANGED:
                outcomes[index] = (*outcome[:5], changed[outcome[5]])
    return outcomes, NewOrders.unpack(new)
