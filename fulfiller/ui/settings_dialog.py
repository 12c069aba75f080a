"""Station → Settings: who works here, the interface's language, the paper and label size printing
starts with, the warehouse this station works in, and where database backups go."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from fulfiller import station
from fulfiller.services.documents import DOCUMENTS
from fulfiller.ui.language import LANGUAGES
from fulfiller.ui.settings import AppSettings


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, warehouses: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.operator = QLineEdit(settings.operator, self)
        self.language = QComboBox(self)
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.paper = self._choices(DOCUMENTS.named("packing-lists").papers, settings.paper)
        self.label_paper = self._choices(DOCUMENTS.named("labels").papers, settings.label_paper)
        self.warehouse = QComboBox(self)
        self.warehouse.addItem(self.tr("(none: all warehouses)"), "")
        for code in warehouses:
            self.warehouse.addItem(code, code)
        self.warehouse.setCurrentIndex(max(0, self.warehouse.findData(settings.warehouse)))
        chosen = station.backup_folder(settings.data_dir)
        self.backups = QLineEdit(str(chosen) if chosen else "", self)
        self.backups.setPlaceholderText(self.tr("beside each database (the default)"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._choose_backups)
        backups = QHBoxLayout()
        backups.addWidget(self.backups, 1)
        backups.addWidget(browse)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Operator:"), self.operator)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("La&bels:"), self.label_paper)
        form.addRow(self.tr("&Warehouse:"), self.warehouse)
        form.addRow(self.tr("Backup &folder:"), backups)
        form.addRow(self.note)
        form.addRow(buttons)

    def _choices(self, values: tuple[str, ...], current: str) -> QComboBox:
        combo = QComboBox(self)
        for value in values:
            combo.addItem(value, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _choose_backups(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backups.text())
        if folder:
            self.backups.setText(folder)

    def accept(self) -> None:
        settings = self._settings
        if self.operator.text().strip():
            settings.operator = self.operator.text()
        settings.language = self.language.currentData()
        settings.paper = self.paper.currentData()
        settings.label_paper = self.label_paper.currentData()
        settings.warehouse = self.warehouse.currentData()
        folder = self.backups.text().strip()
        station.set_backup_folder(settings.data_dir, Path(folder) if folder else None)
        settings.sync()
        super().accept()
