"""The Backers view: search and filter a campaign's backers."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fulfiller.domain.enums import PledgeStatus, Severity
from fulfiller.services.backers import BackerFilter, FilterChoices, filter_choices
from fulfiller.ui import labels
from fulfiller.ui.models.backers_model import BackersTableModel
from fulfiller.ui.ops import CampaignOps, Change
from fulfiller.ui.views.order_panel import OrderPanel

SEARCH_DELAY_MS = 250


class BackersView(QWidget):
    def __init__(self, ops: CampaignOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._choices: FilterChoices | None = None
        self.model = BackersTableModel(ops, self)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, e-mail, backer number, city, postal code…"))
        self.search.setClearButtonEnabled(True)
        self.tier = QComboBox(self)
        self.country = QComboBox(self)
        self.status = QComboBox(self)
        self.problems = QComboBox(self)
        self._show_choices(FilterChoices([], [], [], []))  # the "All …" entries until the campaign's come
        self._keep: int | None = None  # the order to select again once a refreshed list arrives

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((70, 170, 170, 60, 120, 110, 80, 110)):
            self.table.setColumnWidth(column, width)
        self.count = QLabel(self)
        self.panel = OrderPanel(ops, self)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.loaded.connect(self._list_arrived)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.apply_filter)
        for combo in (self.tier, self.country, self.status, self.problems):
            combo.currentIndexChanged.connect(self.apply_filter)
        find = QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        find.setWhatsThis(self.tr("Jump to the search field"))
        self.print_button = QPushButton(self.tr("&Print selected…"), self)
        self.print_button.clicked.connect(self.print_selected)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for label, combo in (
            (self.tr("&Reward:"), self.tier),
            (self.tr("C&ountry:"), self.country),
            (self.tr("&Pledge:"), self.status),
            (self.tr("Pro&blems:"), self.problems),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.print_button)
        left_layout.addLayout(bottom)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self._update_count()
        ops.watch(self, Change.ORDERS | Change.PARCELS | Change.KITS | Change.IMPORTS, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Another view (or an import) changed the campaign: new filter choices and rows, and the
        order being looked at stays selected and shown (once the list has come)."""
        self._fill_filters()
        self._keep = self.panel.detail.id if self.panel.detail else None
        self.model.reload()
        self._update_count()

    def _list_arrived(self) -> None:
        self._update_count()
        current, self._keep = self._keep, None
        if current is not None and not self.select_order(current):
            self.panel.show_order(None)
        elif current is not None:
            self.panel.reload()

    def _fill_filters(self) -> None:
        campaign_id = self._ops.campaign_id
        self._ops.query(self, lambda session: filter_choices(session, campaign_id), self._show_choices, key="choices")

    def _show_choices(self, choices: FilterChoices) -> None:
        if choices == self._choices:
            return
        self._choices = choices
        combos = (self.tier, self.country, self.status, self.problems)
        chosen = [combo.currentData() for combo in combos]
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        self._add_choices(choices)
        for combo, data in zip(combos, chosen, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(data)))
            combo.blockSignals(False)

    def _add_choices(self, choices: FilterChoices) -> None:
        self.tier.addItem(self.tr("All rewards"), None)
        for tier_id, title in choices.tiers:
            self.tier.addItem(title, tier_id)
        self.country.addItem(self.tr("All countries"), None)
        for code in choices.countries:
            self.country.addItem(code, code)
        self.status.addItem(self.tr("All pledges"), None)
        for status in choices.statuses:
            self.status.addItem(labels.pledge_status(status), status)
        self.problems.addItem(self.tr("Any"), None)
        self.problems.addItem(self.tr("With errors"), "severity:error")
        self.problems.addItem(self.tr("With warnings"), "severity:warning")
        self.problems.addItem(self.tr("With address conflicts"), "conflicts")
        self.problems.addItem(self.tr("With possible duplicates"), "duplicates")
        if choices.problem_codes:
            self.problems.insertSeparator(self.problems.count())
        for code, _severity, orders in choices.problem_codes:
            self.problems.addItem(f"{code.replace('_', ' ')} ({orders:,})", f"code:{code}")

    def current_filter(self) -> BackerFilter:
        status = self.status.currentData()
        problems = self.problems.currentData() or ""
        kind, _, value = problems.partition(":")
        return BackerFilter(
            text=self.search.text(),
            tier_id=self.tier.currentData(),
            country=self.country.currentData(),
            status=PledgeStatus(status) if status else None,
            problems=Severity(value) if kind == "severity" else None,
            problem_code=value if kind == "code" else None,
            conflicts=kind == "conflicts",
            duplicates=kind == "duplicates",
        )

    def apply_filter(self) -> None:
        self._debounce.stop()
        self._keep = None
        self.model.set_filter(self.current_filter())
        self.panel.show_order(None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.panel.show_order(self.model.order_id(current.row()) if current.isValid() else None)

    def selected_order_ids(self) -> tuple[int, ...]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return tuple(self.model.order_id(row) for row in rows)

    def print_selected(self) -> None:
        """Packing lists (or labels…) for the backers selected in the table."""
        window = self.window()
        if hasattr(window, "print_documents"):
            window.print_documents(self.selected_order_ids() or None)

    def select_order(self, order_id: int) -> bool:
        row = self.model.row_of(order_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def _update_count(self) -> None:
        if not self.model.has_loaded:
            self.count.setText(self.tr("Loading the backers…"))
            return
        self.count.setText(self.tr("%n backer(s) shown", "", self.model.rowCount()))
