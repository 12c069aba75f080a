"""The order detail panel beside the Backers table: edit and lock the address, resolve conflicts,
decide on duplicate suggestions, choose the warehouse it ships from. Every change is audit-logged
under the station's operator."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fulfiller.services.orders import (
    OrderDetail,
    confirm_latin,
    decide_merge,
    edit_address,
    order_detail,
    resolve_conflict,
    set_locked,
)
from fulfiller.services.planning.warehouses import list_warehouses, override_warehouse
from fulfiller.ui import labels
from fulfiller.ui.ops import CampaignOps, Change

ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#8a5a00"


class OrderPanel(QScrollArea):
    def __init__(self, ops: CampaignOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.detail: OrderDetail | None = None
        self.setWidgetResizable(True)
        self.setMinimumWidth(360)
        body = QWidget(self)
        self.setWidget(body)
        self.heading = QLabel(body)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.facts = QLabel(body)
        self.facts.setWordWrap(True)
        self.problems = QListWidget(body)
        self.problems.setWordWrap(True)
        self.problems.setMaximumHeight(140)
        self.conflict_box = QGroupBox(self.tr("A newer export has a different address"), body)
        self.conflict_text = QLabel(self.conflict_box)
        self.conflict_text.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("&Keep ours"), self.conflict_box)
        self.take_button = QPushButton(self.tr("&Take the export's"), self.conflict_box)
        conflict_layout = QVBoxLayout(self.conflict_box)
        conflict_layout.addWidget(self.conflict_text)
        row = QHBoxLayout()
        row.addWidget(self.keep_button)
        row.addWidget(self.take_button)
        conflict_layout.addLayout(row)
        self.keep_button.clicked.connect(lambda: self._resolve(take_import=False))
        self.take_button.clicked.connect(lambda: self._resolve(take_import=True))
        self.duplicates_box = QGroupBox(self.tr("Possible duplicates"), body)
        self.duplicates_layout = QVBoxLayout(self.duplicates_box)

        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, label in self._field_labels():
            edit = QLineEdit(body)
            self.fields[name] = edit
            form.addRow(label, edit)
        self.locked = QCheckBox(self.tr("&Locked: re-imports never change this address"), body)
        self.locked.toggled.connect(self._lock_toggled)
        self.save_button = QPushButton(self.tr("&Save address"), body)
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.revert_button = QPushButton(self.tr("&Revert"), body)
        self.confirm_button = QPushButton(self.tr("&Confirm Latin version"), body)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        self.confirm_button.clicked.connect(self._confirm_latin)
        self.warehouse_button = QPushButton(self.tr("Ship from &warehouse…"), body)
        self.warehouse_button.setToolTip(self.tr("Choose the warehouse by hand, or hand the order back to the rules"))
        self.warehouse_button.clicked.connect(self.choose_warehouse)
        save = QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        save.setWhatsThis(self.tr("Save the address"))
        buttons = QHBoxLayout()
        for button in (self.save_button, self.revert_button, self.confirm_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.problems)
        layout.addWidget(self.conflict_box)
        layout.addWidget(self.duplicates_box)
        layout.addLayout(form)
        layout.addWidget(self.locked)
        layout.addLayout(buttons)
        layout.addWidget(self.warehouse_button)
        layout.addStretch(1)
        self.show_order(None)

    def _field_labels(self) -> list[tuple[str, str]]:
        return [
            ("name", self.tr("Name")),
            ("company", self.tr("Company")),
            ("line1", self.tr("Address 1")),
            ("line2", self.tr("Address 2")),
            ("line3", self.tr("Address 3")),
            ("city", self.tr("City")),
            ("state", self.tr("State/Province")),
            ("postal_code", self.tr("Postal code")),
            ("country_code", self.tr("Country (ISO code)")),
            ("phone", self.tr("Phone")),
            ("delivery_notes", self.tr("Delivery notes")),
            ("latin_name", self.tr("Name (Latin)")),
            ("latin_line1", self.tr("Address 1 (Latin)")),
            ("latin_line2", self.tr("Address 2 (Latin)")),
            ("latin_city", self.tr("City (Latin)")),
            ("latin_state", self.tr("State (Latin)")),
        ]

    # --- showing -------------------------------------------------------------------------------

    def show_order(self, order_id: int | None) -> None:
        if order_id is None:
            self.detail = None
            self.heading.setText(self.tr("Select a backer to see the order."))
            self.facts.clear()
            self.problems.clear()
            self.conflict_box.hide()
            self.duplicates_box.hide()
            self.widget().setEnabled(True)
            for edit in self.fields.values():
                edit.clear()
                edit.setEnabled(False)
            for widget in (self.locked, self.save_button, self.revert_button, self.confirm_button,
                           self.warehouse_button):  # fmt: skip
                widget.setEnabled(False)
            return
        self.detail = self._ops.read(lambda session: order_detail(session, order_id))
        self._fill(self.detail)

    def reload(self) -> None:
        self.show_order(self.detail.id if self.detail else None)

    def _fill(self, detail: OrderDetail) -> None:
        self.heading.setText(f"#{detail.backer_number} — {detail.backer_name}")
        facts = [detail.reward, labels.pledge_status(detail.status), detail.pledge, detail.email, *detail.add_ons]
        if detail.merged_into:
            facts.append(self.tr("merged into #{number}").format(number=detail.merged_into))
        if not detail.warehouse:
            facts.append(self.tr("no warehouse yet"))
        elif detail.warehouse_overridden:
            facts.append(self.tr("ships from {code} (chosen by hand)").format(code=detail.warehouse))
        else:
            facts.append(self.tr("ships from {code}").format(code=detail.warehouse))
        self.facts.setText(" · ".join(f for f in facts if f))
        self.problems.clear()
        for severity, _field, message in detail.problems:
            item = QListWidgetItem(message)
            item.setForeground(_colour(ERROR_COLOUR if severity == "error" else WARNING_COLOUR))
            item.setToolTip(message)
            self.problems.addItem(item)
        if not detail.problems:
            self.problems.addItem(self.tr("No problems found."))
        for name, edit in self.fields.items():
            edit.setEnabled(True)
            edit.setText(detail.address.get(name, ""))
        self.locked.blockSignals(True)
        self.locked.setChecked(detail.locked)
        self.locked.blockSignals(False)
        for widget in (self.locked, self.save_button, self.revert_button, self.warehouse_button):
            widget.setEnabled(True)
        self.confirm_button.setEnabled(bool(detail.address.get("latin_name")) and not detail.latin_confirmed)
        self._fill_conflict(detail)
        self._fill_duplicates(detail)

    def _fill_conflict(self, detail: OrderDetail) -> None:
        conflict = detail.conflict
        self.conflict_box.setVisible(conflict is not None)
        if conflict is not None:
            lines = [
                self.tr("{field}: ours “{ours}”, the export's “{theirs}”").format(field=name, ours=ours, theirs=theirs)
                for name, (ours, theirs) in conflict.differences.items()
            ]
            self.conflict_text.setText("\n".join(lines))

    def _fill_duplicates(self, detail: OrderDetail) -> None:
        while self.duplicates_layout.count():
            item = self.duplicates_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.duplicates_box.setVisible(bool(detail.suggestions))
        for suggestion in detail.suggestions:
            reason = self.tr("same e-mail") if suggestion.reason == "same_email" else self.tr("same name and address")
            row = QWidget(self.duplicates_box)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(QLabel(f"#{suggestion.other_backer_number} {suggestion.other_name} ({reason})", row), 1)
            merge = QPushButton(self.tr("Merge"), row)
            dismiss = QPushButton(self.tr("Not the same"), row)
            merge.clicked.connect(lambda _c=False, s=suggestion.id: self._decide(s, merge=True))
            dismiss.clicked.connect(lambda _c=False, s=suggestion.id: self._decide(s, merge=False))
            line.addWidget(merge)
            line.addWidget(dismiss)
            self.duplicates_layout.addWidget(row)

    # --- changing ------------------------------------------------------------------------------

    def _act(self, action: Callable[..., object], changes: Change = Change.ORDERS) -> bool:
        if self.detail is None:
            return False
        order_id = self.detail.id
        done = self._ops.write(self, self.tr("Order"), lambda s: (action(s), True)[1], changes)
        if self.detail is not None and self.detail.id == order_id:
            self.show_order(order_id)
        return bool(done)

    def save(self) -> bool:
        if self.detail is None:
            return False
        values = {name: edit.text() for name, edit in self.fields.items()}
        order_id = self.detail.id
        return self._act(lambda s: edit_address(s, order_id, values, operator=self._ops.operator()))

    def _lock_toggled(self, locked: bool) -> None:
        if self.detail is not None:
            order_id = self.detail.id
            self._act(lambda s: set_locked(s, order_id, locked, operator=self._ops.operator()))

    def _confirm_latin(self) -> None:
        if self.detail is not None:
            order_id = self.detail.id
            self._act(lambda s: confirm_latin(s, order_id, operator=self._ops.operator()))

    def choose_warehouse(self) -> bool:
        if self.detail is None:
            return False
        warehouses = self._ops.read(lambda session: list_warehouses(session, self._ops.campaign_id))
        by_rules = self.tr("By the rules (the warehouse serving its country)")
        choices = [by_rules, *(f"{w.code} — {w.name}" for w in warehouses)]
        current = next((n + 1 for n, w in enumerate(warehouses) if w.code == self.detail.warehouse), 0)
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Ship from"), self.tr("Warehouse for this order:"), choices,
            current if self.detail.warehouse_overridden else 0, False,
        )  # fmt: skip
        if not ok:
            return False
        warehouse_id = None if chosen == by_rules else warehouses[choices.index(chosen) - 1].id
        order_id = self.detail.id
        # Its unpacked parcels move with it, and the plan per warehouse changes.
        return self._act(
            lambda s: override_warehouse(s, order_id, warehouse_id, operator=self._ops.operator()),
            Change.ORDERS | Change.PARCELS | Change.PLANNING,
        )

    def _resolve(self, *, take_import: bool) -> None:
        if self.detail is not None and self.detail.conflict is not None:
            conflict_id = self.detail.conflict.id
            self._act(
                lambda s: resolve_conflict(s, conflict_id, take_import=take_import, operator=self._ops.operator())
            )

    def _decide(self, suggestion_id: int, *, merge: bool) -> None:
        # A merge moves the merged order's items into the kept order's parcel.
        self._act(
            lambda s: decide_merge(s, suggestion_id, merge=merge, operator=self._ops.operator()),
            Change.ORDERS | Change.PARCELS,
        )


def _colour(name: str) -> QBrush:
    return QBrush(QColor(name))
