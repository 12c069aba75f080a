"""One parcel in full: what is in it, its tracking (with the carrier's page), every status change, and
a split of some of its items into a new parcel of the same order while it is still unpacked (a second
wave: add-ons that arrive later)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fulfiller.domain.shipment_status import UNPACKED
from fulfiller.services.shipping.parcels import ShipmentDetail, shipment_detail, split_shipment
from fulfiller.ui import labels
from fulfiller.ui.ops import CampaignOps, Change
from fulfiller.ui.tables import fill_table, read_only_table


class ParcelDialog(QDialog):
    def __init__(self, ops: CampaignOps, shipment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops, self.shipment_id = ops, shipment_id
        self.detail: ShipmentDetail | None = None
        self.resize(760, 560)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setOpenExternalLinks(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.lines = read_only_table(
            self, [self.tr("SKU"), self.tr("Item"), self.tr("Units"), self.tr("Packed"), self.tr("Move")], stretch=1
        )
        self.lines.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Fixed)
        self.lines.setColumnWidth(4, 90)  # room for the spin box
        self.history = read_only_table(
            self, [self.tr("When"), self.tr("From"), self.tr("To"), self.tr("By"), self.tr("Note")], stretch=4
        )
        self.split_button = QPushButton(self.tr("S&plit into a new parcel"), self)
        self.split_button.setToolTip(self.tr("Moves the units in the Move column to a new parcel of this order"))
        self.split_button.clicked.connect(self.split)
        self.split_button.setAutoDefault(False)  # Enter closes the dialog; a split is chosen on purpose
        split_row = QHBoxLayout()
        self.split_note = QLabel(self)
        self.split_note.setWordWrap(True)
        split_row.addWidget(self.split_note, 1)
        split_row.addWidget(self.split_button)
        contents = QGroupBox(self.tr("In the box"), self)
        contents_layout = QVBoxLayout(contents)
        contents_layout.addWidget(self.lines, 1)
        contents_layout.addLayout(split_row)
        changes = QGroupBox(self.tr("Status changes"), self)
        QVBoxLayout(changes).addWidget(self.history)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.facts)
        layout.addWidget(contents, 3)
        layout.addWidget(changes, 2)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        d = self.detail = self._ops.read(lambda session: shipment_detail(session, self.shipment_id))
        self.setWindowTitle(self.tr("Parcel #{sequence} of {order}").format(sequence=d.sequence, order=d.order_code))
        facts = [f"{d.order_code} #{d.sequence}", labels.shipment_status(d.status.value)]
        if d.tracking_number:
            link = f'<a href="{d.tracking_url}">{d.tracking_number}</a>' if d.tracking_url else d.tracking_number
            facts.append(f"{d.carrier} {d.service} {link}".replace("  ", " "))
        if d.weight_g:
            facts.append(f"{d.weight_g:,} g")
        if d.replaces_shipment_id is not None:
            facts.append(self.tr("a replacement"))
        if d.note:
            facts.append(d.note)
        self.facts.setText(" · ".join(facts))
        fill_table(self.lines, [(line.sku, line.name, line.quantity, line.packed_quantity, "") for line in d.lines])
        can_split = d.status in UNPACKED and sum(line.quantity for line in d.lines) > 1
        for row, line in enumerate(d.lines):
            spin = QSpinBox(self.lines)
            spin.setRange(0, line.quantity)
            spin.setEnabled(can_split)
            self.lines.setCellWidget(row, 4, spin)
        fill_table(
            self.history,
            [(f"{h.at:%Y-%m-%d %H:%M}", labels.shipment_status(h.old_status.value) if h.old_status else "—",
              labels.shipment_status(h.new_status.value), h.operator, h.note) for h in reversed(d.history)],
        )  # fmt: skip
        self.split_button.setEnabled(can_split)
        self.split_note.setText(
            self.tr("Choose in the Move column how many units go to the new parcel.")
            if can_split
            else self.tr("Only a parcel not packed yet, with more than one unit, can be split.")
        )

    def moves(self) -> dict[int, int]:
        """Item id -> units to move, as chosen in the Move column."""
        assert self.detail is not None
        return {
            line.item_id: self.lines.cellWidget(row, 4).value()
            for row, line in enumerate(self.detail.lines)
            if self.lines.cellWidget(row, 4).value()
        }

    def split(self) -> int | None:
        moves, shipment_id = self.moves(), self.shipment_id
        new_id = self._ops.write(
            self,
            self.windowTitle(),
            lambda s: split_shipment(s, shipment_id, moves, operator=self._ops.operator()),
            Change.PARCELS,
        )
        if new_id is not None:
            self.reload()
            wave = self._ops.read(lambda session: shipment_detail(session, new_id))
            self.split_note.setText(
                self.tr("The units moved to parcel #{sequence} of this order, pending.").format(sequence=wave.sequence)
            )
        return new_id
