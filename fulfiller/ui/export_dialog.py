"""Send parcels out: to a label tool (ShipStation, Pirate Ship, USPS) or a fulfilment partner, every
ready parcel or one wave's, and, only when asked, parcels sent once already."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from fulfiller.services.shipping.order_exports import ORDER_FORMATS
from fulfiller.services.shipping.waves import list_waves
from fulfiller.ui import labels
from fulfiller.ui.ops import CampaignOps


class ExportDialog(QDialog):
    def __init__(self, ops: CampaignOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export parcels"))
        waves = ops.read(lambda s: list_waves(s, ops.campaign_id))
        self.format = QComboBox(self)
        for fmt in ORDER_FORMATS.values():
            self.format.addItem(labels.order_export(fmt.name), fmt.name)
        self.partner = QLineEdit(self)
        self.partner.setPlaceholderText(self.tr("the partner's name, e.g. Shenzhen Fulfil"))
        self.wave = QComboBox(self)
        self.wave.addItem(self.tr("Every ready parcel (and orders still without one)"), None)
        for w in reversed(waves):
            ready = w.by_status.get("ready", 0)
            self.wave.addItem(self.tr("{name} — {n} ready").format(name=w.name, n=f"{ready:,}"), w.id)
        self.again = QCheckBox(self.tr("Also send again parcels already at a label tool or with a partner"), self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Choose the file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&Partner:"), self.partner)
        form.addRow(self.tr("Pa&rcels:"), self.wave)
        form.addRow(self.again)
        form.addRow(self.note)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._format_chosen)
        self._format_chosen()

    def _format_chosen(self) -> None:
        partner = ORDER_FORMATS[self.format.currentData()].partner
        self.partner.setEnabled(partner)
        self.note.setText(
            self.tr("The parcels will be “with partner”: the partner's tracking sheet ships them.")
            if partner
            else self.tr("The parcels will be “at label tool”: the tool's shipments export ships them.")
        )

    def chosen(self) -> tuple[str, str | None, int | None, bool]:
        """(format, partner, wave id, send again)."""
        fmt = self.format.currentData()
        partner = self.partner.text().strip() if ORDER_FORMATS[fmt].partner else ""
        return fmt, partner or None, self.wave.currentData(), self.again.isChecked()
