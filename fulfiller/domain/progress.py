"""The one protocol for long work: a job reports progress(done, total) and asks cancel() whether to stop.

A job that is told to stop raises `Cancelled` (from `fulfiller.domain.errors`); whoever owns the
transaction or the file throws the half-done work away, so a cancelled job changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from fulfiller.domain.errors import Cancelled

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


def stop_if_cancelled(cancel: Cancel | None, what: str = "The work") -> None:
    """Raise `Cancelled` when the caller's cancel() says stop."""
    if cancel is not None and cancel():
        raise Cancelled(what)


def report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
