"""Suggested "packs like" links: each tier or add-on backers chose that packs nothing yet, with the one
whose kit it most likely uses (a renamed reward, a late-pledge variant); the ones ticked are applied."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fulfiller.services.catalogue.checklist import Reexpansion
from fulfiller.services.catalogue.kits import (
    KitRef,
    KitView,
    kits_to_map,
    list_kits,
    set_packs_like,
    suggest_packs_like,
)
from fulfiller.ui.ops import CampaignOps, Change
from fulfiller.ui.tables import read_only_table

CHECKABLE = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class PacksLikeDialog(QDialog):
    def __init__(self, ops: CampaignOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.result_of: Reexpansion | None = None
        self.applied: list[tuple[KitRef, KitRef]] = []
        self.setWindowTitle(self.tr("Suggested kits"))
        self.resize(720, 420)
        campaign_id = ops.campaign_id
        self.to_map, suggestions, kits = ops.read(
            lambda session: (
                kits_to_map(session, campaign_id),
                suggest_packs_like(session, campaign_id),
                list_kits(session, campaign_id),
            )
        )
        titles = {KitRef(k.kind, k.id): k.title for k in kits}
        self.suggested: list[KitRef | None] = [suggestions.get(KitRef(k.kind, k.id)) for k in self.to_map]
        self.table = read_only_table(
            self, [self.tr("Apply"), self.tr("Backers chose"), self.tr("Orders"), self.tr("Packs like")], stretch=3
        )
        self.table.setRowCount(len(self.to_map))
        for row, (kit, target) in enumerate(zip(self.to_map, self.suggested, strict=True)):
            tick = QTableWidgetItem()
            if target is not None:
                tick.setFlags(CHECKABLE)
                tick.setCheckState(Qt.CheckState.Checked)
            else:
                tick.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, tick)
            self.table.setItem(row, 1, QTableWidgetItem(self._kind(kit) + kit.title))
            self.table.setItem(row, 2, QTableWidgetItem(f"{kit.orders:,}"))
            self.table.setItem(
                row,
                3,
                QTableWidgetItem(
                    titles.get(target, "") if target else self.tr("no suggestion: choose it in the kit editor")
                ),
            )
        if self.to_map:
            text = self.tr(
                "Tick the links to make (Space ticks the row chosen; Enter applies). A link can be changed later in "
                "the kit editor (Packs like)."
            )
        else:
            text = self.tr("Every tier and add-on that backers chose has a kit.")
        self.note = QLabel(text, self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("&Apply ticked"))
        self.apply_button.setEnabled(any(self.suggested))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _kind(self, kit: KitView) -> str:
        return (self.tr("Tier") if kit.kind == "tier" else self.tr("Add-on")) + ": "

    def ticked(self) -> list[tuple[KitRef, KitRef]]:
        return [
            (KitRef(kit.kind, kit.id), target)
            for row, (kit, target) in enumerate(zip(self.to_map, self.suggested, strict=True))
            if target is not None and self.table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def accept(self) -> None:
        links, operator = self.ticked(), self._ops.operator()
        if not links:
            super().reject()
            return

        def apply(session):  # noqa: ANN001, ANN202 - a session in, what the links did to the orders out
            total = Reexpansion()
            for kit, target in links:
                total += set_packs_like(session, kit, target.id, operator=operator)
            return total

        # Orders of these tiers now expand to the linked kit: their unpacked parcels are rewritten.
        result = self._ops.write(self, self.windowTitle(), apply, Change.KITS | Change.PARCELS)
        if result is not None:
            self.result_of, self.applied = result, links
            super().accept()
