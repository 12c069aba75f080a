"""Start the window."""

from __future__ import annotations

import gc
import sys
from functools import partial
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from fulfiller import APP_NAME
from fulfiller.logs import start_logging
from fulfiller.ui.crash import enable_faulthandler, install_excepthook
from fulfiller.ui.fonts import install_fonts
from fulfiller.ui.language import install_translators
from fulfiller.ui.main_window import MainWindow
from fulfiller.ui.settings import AppSettings


def create_main_window(data_dir: Path, db_path: Path | None = None, *, ask_operator: bool = True) -> MainWindow:
    """Build and show the window on a database; used by the program and by tests alike."""
    start_logging(data_dir)
    install_fonts(QApplication.instance())  # type: ignore[arg-type] - the program or the test made it
    settings = AppSettings(data_dir)
    window = MainWindow(settings)
    install_excepthook(window)
    window.show()
    window.start(db_path)
    # What start-up made (modules, the schema, the views) lives as long as the window: out of the
    # collector's sight, a full collection takes 15 ms instead of 80 ms, a stall the window showed.
    gc.freeze()
    if ask_operator and not settings.operator:
        window.ask_operator()  # after the campaign is on screen, so the question has its context
    return window


def run_gui(data_dir: Path, db_path: Path | None = None, *, check: bool = False) -> int:
    """The window until it is closed; with `check`, closed again as soon as a campaign is on screen
    (exit 0), to see that an installation works."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("fulfiller")  # Wayland matches the window to fulfiller.desktop and its icon
    icon = Path(__file__).parent / "assets" / "fulfiller.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    faults = enable_faulthandler(data_dir)  # kept open while the window runs
    translators = install_translators(app, AppSettings(data_dir).language)
    window = create_main_window(data_dir, db_path, ask_operator=not check)
    if check:
        report = partial(_report_ready, window)
        QTimer.singleShot(0, lambda: app.exit(report()))
    code = app.exec()
    del window, translators, faults
    return code


def _report_ready(window: MainWindow) -> int:
    if window.campaign is None:
        print("fulfiller: error: the window opened, but no campaign is shown", file=sys.stderr)
        return 1
    print(f"Window shown: {window.campaign.name}, {len(window.views)} views.")
    return 0
