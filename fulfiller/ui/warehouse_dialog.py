"""A warehouse's code, name and the country it stands in: for a new one, or to correct one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget


@dataclass(frozen=True)
class WarehouseValues:
    code: str
    name: str
    country: str  # an ISO code or a country's name


class WarehouseDialog(QDialog):
    def __init__(self, values: WarehouseValues | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New warehouse") if values is None else self.tr("Edit warehouse"))
        self.code = QLineEdit(values.code if values else "", self)
        self.code.setPlaceholderText(self.tr("short, without spaces: US, EU, UK-2"))
        self.name = QLineEdit(values.name if values else "", self)
        self.name.setPlaceholderText(self.tr("the partner's or the place's name"))
        self.country = QLineEdit(values.country if values else "", self)
        self.country.setPlaceholderText(self.tr("where it stands: an ISO code such as DE, or a name"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("C&ountry:"), self.country)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> WarehouseValues:
        return WarehouseValues(self.code.text(), self.name.text(), self.country.text())

    @classmethod
    def get_values(
        cls, values: WarehouseValues | None = None, parent: QWidget | None = None
    ) -> tuple[WarehouseValues, bool]:
        dialog = cls(values, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.values(), accepted
