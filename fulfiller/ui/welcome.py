"""The first page a new station sees, and the one shown whenever no campaign is open: start a
campaign, try the demo, open a database file, import an export, or pick a database used lately."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PATH_ROLE = Qt.ItemDataRole.UserRole


class WelcomePage(QWidget):
    new_campaign = Signal()
    open_demo = Signal()
    open_file = Signal()
    import_export = Signal()
    open_recent = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to Fulfiller"), self)
        title.setStyleSheet("font-size: 22px; font-weight: 600;")
        intro = QLabel(
            self.tr(
                "Carry one crowdfunding campaign from the platform's export to the last parcel. "
                "Start here, or drop a backer export or a database file onto this window."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for position, (key, text, signal) in enumerate(
            (
                ("new", self.tr("&New campaign…"), self.new_campaign),
                ("import", self.tr("&Import a backer export…"), self.import_export),
                ("demo", self.tr("Try the &demo campaign"), self.open_demo),
                ("open", self.tr("&Open a database file…"), self.open_file),
            )
        ):
            button = QPushButton(text, self)
            button.setMinimumHeight(44)
            button.clicked.connect(signal.emit)
            grid.addWidget(button, position // 2, position % 2)
            self.buttons[key] = button
        self.recent_title = QLabel(self.tr("Opened lately (Enter or double-click to open):"), self)
        self.recent = QListWidget(self)
        self.recent.itemActivated.connect(lambda item: self.open_recent.emit(item.data(PATH_ROLE)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addLayout(grid)
        layout.addSpacing(12)
        layout.addWidget(self.recent_title)
        layout.addWidget(self.recent, 4)
        layout.addStretch(1)

    def show_recent(self, databases: list[Path]) -> None:
        self.recent.clear()
        for path in databases:
            item = QListWidgetItem(f"{path.name} — {path.parent}")
            item.setData(PATH_ROLE, path)
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.recent_title.setVisible(bool(databases))
        self.recent.setVisible(bool(databases))
        if databases:
            self.recent.setCurrentRow(0)
