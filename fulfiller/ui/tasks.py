"""The one way the window runs long work: off the GUI thread, with progress, cancel and errors shown."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from fulfiller.domain.errors import UserError
from fulfiller.ui.messages import render_error

# A job receives progress(done, total) and cancel() -> bool, and returns its result.
Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Signals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)


class _Runnable(QRunnable):
    def __init__(self, job: Job, signals: _Signals, cancelled: threading.Event) -> None:
        super().__init__()
        self._job = job
        self._signals = signals
        self._cancelled = cancelled

    def run(self) -> None:
        try:
            result = self._job(self._signals.progressed.emit, self._cancelled.is_set)
        except UserError as exc:
            self._signals.failed.emit(render_error(exc))  # translating is thread-safe
        except Exception:  # noqa: BLE001 - every failure reaches the person, not a silent log
            self._signals.failed.emit(traceback.format_exc(limit=4))
        else:
            self._signals.succeeded.emit(result)


class BackgroundJob(QObject):
    """A job on the thread pool; its signals arrive on the GUI thread. Shows nothing by itself."""

    progressed = Signal(int, int)
    done = Signal(object)
    error = Signal(str)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancelled = threading.Event()
        self.running = False
        self._signals = _Signals()
        self._signals.progressed.connect(self.progressed)
        self._signals.succeeded.connect(self._finish_ok)
        self._signals.failed.connect(self._finish_failed)
        self._runnable = _Runnable(job, self._signals, self.cancelled)
        self._runnable.setAutoDelete(False)

    def start(self, pool: QThreadPool | None = None) -> BackgroundJob:
        self.running = True
        (pool or QThreadPool.globalInstance()).start(self._runnable)
        return self

    def cancel(self) -> None:
        self.cancelled.set()

    def _finish_ok(self, result: object) -> None:
        self.running = False
        self.done.emit(result)

    def _finish_failed(self, message: str) -> None:
        self.running = False
        self.error.emit(message)


class Task(BackgroundJob):
    """A background job with a modal progress dialog and errors shown in a message box."""

    def __init__(self, parent: QWidget, title: str, job: Job) -> None:
        super().__init__(job, parent)
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self.cancel)
        self.progressed.connect(self._on_progress)
        self.done.connect(lambda _result: self.dialog.reset())
        self.error.connect(self._on_failure)

    def _on_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _on_failure(self, message: str) -> None:
        self.dialog.reset()
        if not self.cancelled.is_set():
            QMessageBox.critical(self.parent(), self.dialog.windowTitle(), message)
