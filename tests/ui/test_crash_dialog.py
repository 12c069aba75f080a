"""An unexpected error in a slot reaches the person as a dialog (and the log), and the window goes on."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from fulfiller.logs import log_file
from fulfiller.ui.crash import ErrorDialog, install_excepthook


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_the_dialog_and_the_window_goes_on(qtbot, window, settings) -> None:
    previous = sys.excepthook
    install_excepthook(window)
    try:
        button = QPushButton("broken", window)

        def broken() -> None:
            raise KeyError("backer-9@example.com")  # a message that must not reach the log

        button.clicked.connect(broken)
        button.click()
        qtbot.waitUntil(lambda: bool(_dialogs()), timeout=5_000)
        dialog = _dialogs()[0]
        assert "KeyError" in dialog.details.toPlainText() and "broken" in dialog.details.toPlainText()
        dialog.copy_button.click()
        assert "KeyError" in QApplication.clipboard().text()
        button.click()  # the same error again: counted in the open dialog, not a second dialog
        qtbot.waitUntil(lambda: dialog.repeats == 1, timeout=5_000)
        assert len(_dialogs()) == 1
        dialog.close()
        assert window.isVisible()
        window.show_view("backers")  # still works
        logged = log_file(settings.data_dir).read_text(encoding="utf-8")
        assert "error type=KeyError" in logged and "test_crash_dialog" not in logged
        assert "example.com" not in logged
    finally:
        sys.excepthook = previous


def _dialogs() -> list[ErrorDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]
