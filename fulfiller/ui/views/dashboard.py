"""The Dashboard: the campaign at a glance."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from fulfiller.services.stats import campaign_stats
from fulfiller.ui import labels
from fulfiller.ui.ops import CampaignOps, Change
from fulfiller.ui.tables import fill_table


class DashboardView(QWidget):
    def __init__(self, ops: CampaignOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.cards: dict[str, QLabel] = {}
        cards = QHBoxLayout()
        for key, caption in (
            ("backers", self.tr("Backers")),
            ("orders", self.tr("Orders")),
            ("countries", self.tr("Countries")),
            ("tiers", self.tr("Reward tiers")),
            ("problems", self.tr("Orders with errors")),
        ):
            cards.addWidget(self._card(key, caption))
        self.tables = {
            "by_tier": self._table(self.tr("Reward tier")),
            "by_shipment_status": self._table(self.tr("Shipment status")),
            "by_country": self._table(self.tr("Country")),
        }
        grid = QGridLayout()
        for column, (key, caption) in enumerate(
            (
                ("by_tier", self.tr("Orders by reward")),
                ("by_shipment_status", self.tr("Shipments by status")),
                ("by_country", self.tr("Orders by country")),
            )
        ):
            heading = QLabel(caption, self)
            heading.setStyleSheet("font-weight: 600;")
            grid.addWidget(heading, 0, column)
            grid.addWidget(self.tables[key], 1, column)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(cards)
        layout.addLayout(grid, 1)
        self.refresh()
        ops.watch(self, Change.ORDERS | Change.PARCELS | Change.KITS | Change.IMPORTS, self.refresh)

    def _card(self, key: str, caption: str) -> QFrame:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        value = QLabel("0", frame)
        value.setStyleSheet("font-size: 26px; font-weight: 600;")
        value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label = QLabel(caption, frame)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner = QVBoxLayout(frame)
        inner.addWidget(value)
        inner.addWidget(label)
        self.cards[key] = value
        return frame

    def _table(self, caption: str) -> QTableWidget:
        table = QTableWidget(0, 2, self)
        table.setHorizontalHeaderLabels([caption, self.tr("Count")])
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return table

    def refresh(self) -> None:
        stats = self._ops.read(lambda session: campaign_stats(session, self._ops.campaign))
        self.stats = stats
        self.title.setText(stats["campaign"]["name"])
        for key in ("backers", "orders", "countries", "tiers"):
            self.cards[key].setText(f"{stats[key]:,}")
        self.cards["problems"].setText(f"{stats['orders_with_problems'].get('error', 0):,}")
        _fill(self.tables["by_tier"], stats["by_tier"])
        _fill(self.tables["by_shipment_status"], stats["by_shipment_status"], labels.shipment_status)
        _fill(self.tables["by_country"], stats["by_country"])


def _fill(table: QTableWidget, counts: dict[str, Any], label: Callable[[str], str] = str) -> None:
    fill_table(table, [(label(str(name)), n) for name, n in counts.items()])
