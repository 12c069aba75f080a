"""Which column of a partner's tracking sheet holds what: mapped once here, then kept for that partner."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

# The fields of a tracking row a person maps, with the window's words for them.
FIELD_NAMES = {
    "order_ref": QT_TRANSLATE_NOOP("TrackingColumnsDialog", "Order number"),
    "backer_number": QT_TRANSLATE_NOOP("TrackingColumnsDialog", "Backer number"),
    "email": QT_TRANSLATE_NOOP("TrackingColumnsDialog", "E-mail"),
    "tracking": QT_TRANSLATE_NOOP("TrackingColumnsDialog", "Tracking number"),
    "carrier": QT_TRANSLATE_NOOP("TrackingColumnsDialog", "Carrier"),
}


class TrackingColumnsDialog(QDialog):
    def __init__(
        self, headers: Sequence[str], partner: str = "", guessed: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns of the tracking sheet"))
        self.partner = QLineEdit(partner, self)
        self.partner.setPlaceholderText(self.tr("whose sheet: its columns are kept for the next one"))
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Say which column holds what; a tracking number and one way to find the order "
                                   "are needed."), self))  # fmt: skip
        form.addRow(self.tr("&Partner:"), self.partner)
        for field_name in FIELD_NAMES:
            combo = QComboBox(self)
            combo.addItem(self.tr("(not in the sheet)"), "")
            for header in headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData((guessed or {}).get(field_name, ""))))
            self.combos[field_name] = combo
            form.addRow(QCoreApplication.translate("TrackingColumnsDialog", FIELD_NAMES[field_name]) + ":", combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def mapping(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData()}
