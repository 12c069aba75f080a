"""Unexpected errors reach the person: a dialog with what happened and "Copy details" for a bug
report, one line in the log, and the window keeps running where that is safe.

Qt calls `sys.excepthook` for an exception that escapes a slot or an event handler; without a hook
of ours a windowed build (which has no terminal) would show nothing at all.
"""

from __future__ import annotations

import faulthandler
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TextIO

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fulfiller import __version__
from fulfiller.logs import log_error

FAULTS_NAME = "fulfiller-faults.log"  # where a hard crash (segfault, abort) leaves its stack


class ErrorDialog(QDialog):
    """What went wrong, in words and in full detail for whoever fixes it."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.resize(640, 420)
        self.repeats = 0
        text = QLabel(
            self.tr(
                "Fulfiller hit an error it did not expect. What you were doing may not have been saved; "
                "everything saved before is safe. You can go on working. To report it, copy the details."
            ),
            self,
        )
        text.setWordWrap(True)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.repeated = QLabel(self)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.repeated)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copied"))

    def happened_again(self) -> None:
        self.repeats += 1
        self.repeated.setText(self.tr("The same error happened {n} more time(s).").format(n=self.repeats))


class _Reporter(QObject):
    """Receives errors from any thread and shows them on the GUI thread, one dialog at a time."""

    caught = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: ErrorDialog | None = None
        self.caught.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def _show(self, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.happened_again()  # an error in a repaint would otherwise open dialogs forever
            return
        self.dialog = ErrorDialog(details, self._window)
        self.dialog.open()


def install_excepthook(window: QWidget) -> None:
    """From now on an unexpected error is logged and shown over `window` instead of lost."""
    reporter = _Reporter(window)
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, tb)
            QTimer.singleShot(0, QApplication.quit)
            return
        log_error(kind, error, tb)
        details = f"Fulfiller {__version__}\n" + "".join(traceback.format_exception(kind, error, tb))
        if sys.stderr is not None:
            print(details, file=sys.stderr)
        reporter.caught.emit(details)

    sys.excepthook = hook


def enable_faulthandler(data_dir: Path) -> TextIO | None:
    """A crash inside Qt or SQLite leaves the Python stack in the data folder (the windowed build
    has no terminal to print it to). The file stays open for the life of the program."""
    try:
        stream = (Path(data_dir) / FAULTS_NAME).open("a", encoding="utf-8")
    except OSError:
        stream = sys.stderr
    if stream is None:
        return None
    faulthandler.enable(stream)
    return stream
