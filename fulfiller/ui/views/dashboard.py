"""The Dashboard: the campaign at a glance, every figure named for what it counts (all pledges, collected
pledges, or orders still to ship) in the words `fulfiller stats` uses."""

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

from fulfiller.services.stats import WORDS, campaign_stats
from fulfiller.ui import labels
from fulfiller.ui.messages import render
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
        for key in ("backers", "orders", "collected_orders", "to_ship", "countries", "tiers", "orders_with_errors"):
            cards.addWidget(self._card(key, render(WORDS[key])))
        both = [render(WORDS["all_pledges"]), render(WORDS["collected"])]
        self.tables = {
            "by_tier": self._table([self.tr("Reward tier"), *both]),
            "by_shipment_status": self._table([self.tr("Shipment status"), self.tr("Parcels")]),
            "by_country": self._table([self.tr("Country"), *both]),
        }
        grid = QGridLayout()
        for column, key in enumerate(("by_tier", "by_shipment_status", "by_country")):
            heading = QLabel(render(WORDS[key]), self)
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
        label.setWordWrap(True)
        inner = QVBoxLayout(frame)
        inner.addWidget(value)
        inner.addWidget(label)
        self.cards[key] = value
        return frame

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return table

    def refresh(self) -> None:
        campaign = self._ops.campaign
        self._ops.query(self, lambda session: campaign_stats(session, campaign), self._show)

    def _show(self, stats: dict[str, Any]) -> None:
        self.stats = stats
        self.title.setText(stats["campaign"]["name"])
        for key in ("backers", "orders", "collected_orders", "to_ship", "countries", "tiers"):
            self.cards[key].setText(f"{stats[key]:,}")
        self.cards["orders_with_errors"].setText(f"{stats['orders_with_problems'].get('error', 0):,}")
        _fill(self.tables["by_tier"], stats["by_tier"], stats["by_tier_collected"])
        _fill(self.tables["by_shipment_status"], stats["by_shipment_status"], label=labels.shipment_status)
        _fill(self.tables["by_country"], stats["by_country"], stats["by_country_collected"])


def _fill(
    table: QTableWidget,
    counts: dict[str, Any],
    collected: dict[str, Any] | None = None,
    label: Callable[[str], str] = str,
) -> None:
    """One row per name: its count, and its collected count beside it when given."""
    fill_table(
        table,
        [(label(str(name)), n) if collected is None else (label(str(name)), n, collected.get(name, 0))
         for name, n in counts.items()],
    )  # fmt: skip
