"""The Kitting view: what goes in the box for every reward tier and add-on, and the item catalogue."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fulfiller.services.catalogue.checklist import Reexpansion
from fulfiller.services.catalogue.items import list_items
from fulfiller.services.catalogue.kit_sheet import LoadSummary, export_kit_sheet, load_kit_sheet
from fulfiller.services.catalogue.kits import KitRef, KitView, list_kits, remove_kit_line, set_kit_line, set_packs_like
from fulfiller.ui.items_dialog import ItemsDialog
from fulfiller.ui.messages import render
from fulfiller.ui.ops import CampaignOps, Change
from fulfiller.ui.packs_like_dialog import PacksLikeDialog

SHEET_FILTER = "Kit sheets (*.csv *.xlsx);;All files (*)"
NEEDS_KIT = QColor("#b3261e")


class KittingView(QWidget):
    def __init__(self, ops: CampaignOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.kits: list[KitView] = []
        self.current: KitView | None = None

        load = QPushButton(self.tr("&Load kit sheet…"), self)
        export = QPushButton(self.tr("&Export kit sheet…"), self)
        items = QPushButton(self.tr("&Items…"), self)
        suggestions = QPushButton(self.tr("&Suggestions…"), self)
        suggestions.setToolTip(self.tr("Tiers and add-ons without a kit, with the kit each most likely packs like"))
        load.clicked.connect(self.choose_sheet)
        export.clicked.connect(self.choose_export)
        items.clicked.connect(self.edit_items)
        suggestions.clicked.connect(self.suggest)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        toolbar = QHBoxLayout()
        for button in (load, export, items, suggestions):
            toolbar.addWidget(button)
        toolbar.addWidget(self.message, 1)

        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(self._show_selected)
        self.editor = QGroupBox(self)
        self.packs_like = QComboBox(self.editor)
        self.packs_like.activated.connect(self._packs_like_chosen)
        self.lines = QTableWidget(0, 5, self.editor)
        self.lines.setHorizontalHeaderLabels(
            [self.tr("SKU"), self.tr("Item"), self.tr("Variant"), self.tr("Quantity"), self.tr("Stock item")]
        )
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines.verticalHeader().setVisible(False)
        self.lines.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.lines.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.item_choice = QComboBox(self.editor)
        self.quantity = QSpinBox(self.editor)
        self.quantity.setRange(1, 999)
        self.add_button = QPushButton(self.tr("&Add to kit"), self.editor)
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton(self.tr("&Remove line"), self.editor)
        self.remove_button.clicked.connect(self.remove_selected_line)
        adding = QHBoxLayout()
        adding.addWidget(self.item_choice, 1)
        adding.addWidget(QLabel(self.tr("×"), self.editor))
        adding.addWidget(self.quantity)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        packs = QHBoxLayout()
        packs.addWidget(QLabel(self.tr("Packs like:"), self.editor))
        packs.addWidget(self.packs_like, 1)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.addLayout(packs)
        editor_layout.addWidget(self.lines, 1)
        editor_layout.addLayout(adding)

        counted = QLabel(
            self.tr("Orders counted: collected pledges, the ones that ship (an order merged into another counts: "
                    "its kit ships in that box). The Dashboard shows all pledges beside them."),
            self,
        )  # fmt: skip
        counted.setWordWrap(True)
        chooser = QWidget(self)
        chooser_layout = QVBoxLayout(chooser)
        chooser_layout.setContentsMargins(0, 0, 0, 0)
        chooser_layout.addWidget(counted)
        chooser_layout.addWidget(self.list, 1)
        splitter = QSplitter(self)
        splitter.addWidget(chooser)
        splitter.addWidget(self.editor)
        splitter.setSizes([340, 800])
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)
        # Tiers come with imports; the order counts change with every pledge and merge. Filled when first shown.
        ops.watch(self, Change.KITS | Change.ORDERS | Change.IMPORTS, self.reload, lazy=True)

    # --- showing -------------------------------------------------------------------------------

    def _current_ref(self) -> KitRef | None:
        return KitRef(self.current.kind, self.current.id) if self.current else None

    def reload(self, keep: KitRef | None = None) -> None:
        """Read the kits again; the kit shown (or `keep`) stays selected."""
        keep = keep or self._current_ref()
        campaign_id = self._ops.campaign_id
        self._ops.query(
            self,
            lambda session: (list_kits(session, campaign_id), list_items(session, campaign_id)),
            lambda found: self._show_kits(*found, keep),
        )

    def _show_kits(self, kits: list, items: list, keep: KitRef | None) -> None:
        self.kits = kits
        self.item_choice.clear()
        for item in items:
            self.item_choice.addItem(f"{item.sku} — {item.label}", item.id)
        self.list.blockSignals(True)
        self.list.clear()
        for kit in self.kits:
            prefix = self.tr("Tier") if kit.kind == "tier" else self.tr("Add-on")
            text = self.tr("{kind}: {title} — {orders} collected orders").format(
                kind=prefix, title=kit.title, orders=f"{kit.orders:,}"
            )
            entry = QListWidgetItem(text)
            if kit.needs_kit:
                entry.setForeground(QBrush(NEEDS_KIT))
                entry.setToolTip(self.tr("Backers chose this, but nothing says what goes in the box yet."))
            self.list.addItem(entry)
        self.list.blockSignals(False)
        wanted = next((n for n, k in enumerate(self.kits) if keep and KitRef(k.kind, k.id) == keep), 0)
        if self.kits:
            self.list.setCurrentRow(wanted)
            self._show_selected(wanted)
        else:
            self._show_selected(-1)

    def select(self, ref: KitRef) -> None:
        for row, kit in enumerate(self.kits):
            if KitRef(kit.kind, kit.id) == ref:
                self.list.setCurrentRow(row)

    def _show_selected(self, row: int) -> None:
        self.current = self.kits[row] if 0 <= row < len(self.kits) else None
        kit = self.current
        self.editor.setEnabled(kit is not None)
        if kit is None:
            self.editor.setTitle(self.tr("No reward tiers yet: import backers first."))
            self.lines.setRowCount(0)
            return
        self.editor.setTitle(self.tr("What goes in the box for “{title}”").format(title=kit.title))
        self.packs_like.clear()
        self.packs_like.addItem(self.tr("(its own kit)"), None)
        for other in self.kits:
            if other.kind == kit.kind and other.id != kit.id:
                self.packs_like.addItem(other.title, other.id)
        self.packs_like.setCurrentIndex(max(0, self.packs_like.findData(kit.packs_like_id)))
        own = kit.packs_like_id is None
        for widget in (self.add_button, self.remove_button, self.item_choice, self.quantity):
            widget.setEnabled(own)
        self.lines.setRowCount(len(kit.lines))
        for row, line in enumerate(kit.lines):
            cells = (
                line.sku,
                line.name,
                line.variant,
                str(line.quantity),
                self.tr("yes") if line.is_stock else self.tr("no"),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, line.item_id)
                self.lines.setItem(row, column, cell)

    # --- changing ------------------------------------------------------------------------------

    def _change(self, action: Callable[..., object]) -> bool:
        # A kit edit re-expands the checklists of the parcels not packed yet.
        result = self._ops.write(self, self.tr("Kitting"), lambda s: (action(s),), Change.KITS | Change.PARCELS)
        if result is None:
            return False
        self.message.setText(self._describe(result[0]))
        return True

    def _describe(self, result: object) -> str:
        # A sheet loaded (LoadSummary) or a kit changed (Reexpansion): what happened to the orders.
        return render(result.summary()) if isinstance(result, LoadSummary | Reexpansion) else ""

    def add_line(self) -> bool:
        if self.current is None or self.item_choice.currentData() is None:
            return False
        ref, item_id, quantity = (
            KitRef(self.current.kind, self.current.id),
            self.item_choice.currentData(),
            self.quantity.value(),
        )
        return self._change(lambda s: set_kit_line(s, ref, item_id, quantity, operator=self._ops.operator()))

    def remove_selected_line(self) -> bool:
        row = self.lines.currentRow()
        if self.current is None or row < 0:
            return False
        ref, item_id = (
            KitRef(self.current.kind, self.current.id),
            self.lines.item(row, 0).data(Qt.ItemDataRole.UserRole),
        )
        return self._change(lambda s: remove_kit_line(s, ref, item_id, operator=self._ops.operator()))

    def _packs_like_chosen(self, _index: int) -> None:
        self.set_packs_like(self.packs_like.currentData())

    def set_packs_like(self, target_id: int | None) -> bool:
        if self.current is None or target_id == self.current.packs_like_id:
            return False
        ref = KitRef(self.current.kind, self.current.id)
        return self._change(lambda s: set_packs_like(s, ref, target_id, operator=self._ops.operator()))

    def load_sheet(self, path: Path) -> bool:
        return self._change(lambda s: load_kit_sheet(s, self._ops.campaign_id, path, operator=self._ops.operator()))

    def choose_sheet(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Load kit sheet"), "", SHEET_FILTER)
        if name:
            self.load_sheet(Path(name))

    def choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export kit sheet"), "kits.xlsx", SHEET_FILTER)
        if name:
            lines = self._ops.read(lambda session: export_kit_sheet(session, self._ops.campaign_id, Path(name)))
            self.message.setText(
                self.tr("Wrote {lines} kit lines to {file}.").format(lines=lines, file=Path(name).name)
            )

    def edit_items(self) -> None:
        ItemsDialog(self._ops, self).exec()

    def suggest(self) -> int:
        """Offer the likely "packs like" links of the tiers and add-ons without a kit; returns how many were made."""
        dialog = PacksLikeDialog(self._ops, self)
        if not dialog.exec() or dialog.result_of is None:
            return 0
        self.message.setText(
            self.tr("{n} tiers and add-ons now pack like another. ").format(n=len(dialog.applied))
            + self._describe(dialog.result_of)
        )
        return len(dialog.applied)
