"""A new wave: choose the orders to ship now (all that can, or by tier, warehouse and country), see
how many get a parcel and what is left out and why, name it and give it a planned ship date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from fulfiller.services.backers import filter_choices
from fulfiller.services.planning.warehouses import list_warehouses
from fulfiller.services.shipping.waves import WaveChoice, WaveSummary, create_wave, left_out_text, plan_wave
from fulfiller.ui.messages import render
from fulfiller.ui.ops import CampaignOps, Change


class WaveDialog(QDialog):
    def __init__(self, ops: CampaignOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.summary: WaveSummary | None = None
        self.setWindowTitle(self.tr("New wave"))
        self.setMinimumWidth(560)
        choices, warehouses = ops.read(
            lambda s: (filter_choices(s, ops.campaign_id), list_warehouses(s, ops.campaign_id))
        )
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Europe, first wave"))
        self.ship_date = QDateEdit(QDate.currentDate().addDays(7), self)
        self.ship_date.setCalendarPopup(True)
        self.ship_date.setDisplayFormat("yyyy-MM-dd")
        self.tier = self._combo(self.tr("All rewards"), choices.tiers)
        self.warehouse = self._combo(self.tr("All warehouses"), [(w.id, f"{w.code} — {w.name}") for w in warehouses])
        self.country = self._combo(self.tr("All countries"), [(code, code) for code in choices.countries])
        self.problem_free = QCheckBox(self.tr("Leave out orders with warnings too"), self)
        everything = QPushButton(self.tr("&Everything ready"), self)
        everything.setToolTip(self.tr("Every order that can ship now, whatever its reward, warehouse or country"))
        everything.clicked.connect(self.everything_ready)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Make the parcels"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Planned &ship date:"), self.ship_date)
        form.addRow(self.tr("&Reward:"), self.tier)
        form.addRow(self.tr("&Warehouse:"), self.warehouse)
        form.addRow(self.tr("C&ountry:"), self.country)
        form.addRow(self.problem_free)
        form.addRow(everything)
        form.addRow(self.preview)
        form.addRow(self.buttons)
        for combo in (self.tier, self.warehouse, self.country):
            combo.currentIndexChanged.connect(self.update_preview)
        self.problem_free.toggled.connect(self.update_preview)
        self.update_preview()

    def _combo(self, everything: str, entries: list[tuple[object, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(everything, None)
        for data, text in entries:
            combo.addItem(text, data)
        return combo

    def choice(self) -> WaveChoice:
        return WaveChoice(
            tier_id=self.tier.currentData(),
            warehouse_id=self.warehouse.currentData(),
            country=self.country.currentData(),
            problem_free=self.problem_free.isChecked(),
        )

    def everything_ready(self) -> None:
        for combo in (self.tier, self.warehouse, self.country):
            combo.setCurrentIndex(0)
        self.problem_free.setChecked(False)

    def update_preview(self) -> None:
        choice = self.choice()
        plan = self._ops.read(lambda s: plan_wave(s, self._ops.campaign_id, choice))
        text = self.tr("{n} order(s) get a parcel.").format(n=f"{plan.orders:,}")
        left = left_out_text(plan.left_out_counts())
        self.preview.setText(text + (" " + render(left) if left else ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(plan.orders > 0)

    def planned_date(self) -> date:
        return self.ship_date.date().toPython()

    def accept(self) -> None:
        name, choice, planned = self.name.text(), self.choice(), self.planned_date()
        summary = self._ops.write(
            self,
            self.windowTitle(),
            lambda s: create_wave(
                s, self._ops.campaign_id, name, choice, planned_ship_date=planned, operator=self._ops.operator()
            ),
            Change.PARCELS,
        )
        if summary is not None:
            self.summary = summary
            super().accept()
