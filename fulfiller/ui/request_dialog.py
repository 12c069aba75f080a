"""A new replacement request: scan the order's packing list (or type the backer number), then choose what
is sent again — the whole kit, ticked by default, or some of its parts with the units of each.

All by keyboard: Enter after the code shows the order's lines and moves to them; ↑/↓ go from line to
line, Space ticks or unticks one, ←/→ (or −/+, or a digit) change its units, F2 edits them; Tab goes
on to the reason and the evidence; Enter logs the request. A refusal keeps the dialog open.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from fulfiller.domain.aftersales import REASON_LABELS
from fulfiller.domain.enums import ReplacementReason
from fulfiller.domain.errors import UserError
from fulfiller.services.aftersales.parts import WHOLE_KIT, Lines, OrderParts, Part, parts_of_order
from fulfiller.services.aftersales.requests import log_request
from fulfiller.ui.messages import render_error
from fulfiller.ui.ops import CampaignOps, Change

SEND, ITEM, UNITS, HELD = range(4)
ALERT = "color: #b3261e;"


class _UnitsDelegate(QStyledItemDelegate):
    """F2 or a double click on the units: a spin box from 0 to what the order holds."""

    def __init__(self, table: PartsTable) -> None:
        super().__init__(table)
        self._table = table

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, self._table.parts[index.row()].quantity)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QSpinBox)
        editor.setValue(self._table.units[index.row()])

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        self._table.set_units(index.row(), editor.value())


class PartsTable(QTableWidget):
    """The order's lines with the units of each to send again; a line with 0 units is unticked."""

    choice_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.parts: list[Part] = []
        self.units: list[int] = []
        self.setHorizontalHeaderLabels([self.tr("Send"), self.tr("Item"), self.tr("Units"), self.tr("Ordered")])
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the reason; the arrows move within it
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setItemDelegateForColumn(UNITS, _UnitsDelegate(self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        self.itemChanged.connect(self._clicked)

    def show_parts(self, parts: list[Part]) -> None:
        """Every line of the order, ticked with all its units: the whole kit."""
        self.parts = list(parts)
        self.units = [part.quantity for part in parts]
        self.setRowCount(len(parts))
        self.blockSignals(True)
        for row, part in enumerate(parts):
            send = QTableWidgetItem(part.sku)
            send.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            self.setItem(row, SEND, send)
            for column, text in ((ITEM, part.name), (UNITS, ""), (HELD, f"{part.quantity:,}")):
                cell = QTableWidgetItem(text)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                cell.setFlags(flags | Qt.ItemFlag.ItemIsEditable if column == UNITS else flags)
                if column in (UNITS, HELD):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, cell)
        self.blockSignals(False)
        self._show_units()
        if parts:
            self.setCurrentCell(0, SEND)

    def set_units(self, row: int, units: int) -> None:
        if 0 <= row < len(self.parts):
            self.units[row] = max(0, min(units, self.parts[row].quantity))
            self._show_units()

    def toggle(self, row: int) -> None:
        """Untick a line, or tick it again with every unit the order holds."""
        if 0 <= row < len(self.parts):
            self.set_units(row, 0 if self.units[row] else self.parts[row].quantity)

    def whole_kit(self) -> None:
        for row, part in enumerate(self.parts):
            self.units[row] = part.quantity
        self._show_units()

    def chosen(self) -> Lines:
        """The whole kit when every unit is ticked, else item id -> units of the lines ticked."""
        if all(units == part.quantity for units, part in zip(self.units, self.parts, strict=True)):
            return WHOLE_KIT
        return {part.item_id: units for part, units in zip(self.parts, self.units, strict=True) if units}

    def _show_units(self) -> None:
        self.blockSignals(True)
        for row, units in enumerate(self.units):
            self.item(row, SEND).setCheckState(Qt.CheckState.Checked if units else Qt.CheckState.Unchecked)
            self.item(row, UNITS).setText(f"{units:,}")
        self.blockSignals(False)
        self.viewport().update()
        self.choice_changed.emit()

    def _clicked(self, item: QTableWidgetItem) -> None:  # the mouse ticked or unticked a box
        if item.column() == SEND:
            ticked = item.checkState() == Qt.CheckState.Checked
            self.set_units(item.row(), self.parts[item.row()].quantity if ticked else 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row, key, text = self.currentRow(), event.key(), event.text()
        if self.state() != QAbstractItemView.State.EditingState and 0 <= row < len(self.parts):
            if key in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                self.toggle(row)
                return
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Minus):
                self.set_units(row, self.units[row] - 1)
                return
            if key in (Qt.Key.Key_Right, Qt.Key.Key_Plus):
                self.set_units(row, self.units[row] + 1)
                return
            if text.isascii() and text.isdigit():
                self.set_units(row, int(text))
                return
            if key == Qt.Key.Key_F2:  # more units than one digit says: a spin box
                self.edit(self.model().index(row, UNITS))
                return
        super().keyPressEvent(event)


class NewRequestDialog(QDialog):
    """Log a request by scanning the packing list (or typing a backer number), for the whole kit or chosen parts."""

    def __init__(self, ops: CampaignOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.found_order: OrderParts | None = None
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New replacement request"))
        self.setMinimumWidth(620)
        self.order = QLineEdit(self)
        self.order.setPlaceholderText(self.tr("scan the packing list or type a backer number"))
        self.order.editingFinished.connect(self.look_up)
        self.found = QLabel(self)
        self.found.setWordWrap(True)
        self.parts = PartsTable(self)
        self.parts.choice_changed.connect(self._say_what_is_sent)
        self.parts.setMinimumHeight(160)
        self.whole = QPushButton(self.tr("&Whole kit"), self)
        self.whole.setAutoDefault(False)
        self.whole.clicked.connect(self.parts.whole_kit)
        self.sent = QLabel(self)
        self.sent.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "↑/↓ choose a line · Space ticks or unticks it · ←/→ or a digit change its units, F2 types them · "
                "Tab goes on"
            ),
            self,
        )
        hint.setStyleSheet("color: #5f6368;")
        hint.setWordWrap(True)
        self.reason = QComboBox(self)
        for reason in ReplacementReason:
            self.reason.addItem(REASON_LABELS.get(reason, reason.value), reason.value)
        self.evidence = QLineEdit(self)
        self.evidence.setPlaceholderText(self.tr("photos received, carrier's note, what is missing…"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Order:"), self.order)
        form.addRow("", self.found)
        parts_label = QLabel(self.tr("&Send again:"), self)
        parts_label.setBuddy(self.parts)
        form.addRow(parts_label, self.parts)
        form.addRow("", hint)
        form.addRow(self.whole, self.sent)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Evidence:"), self.evidence)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Log request"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setTabOrder(self.order, self.parts)
        self.setTabOrder(self.parts, self.whole)
        self.setTabOrder(self.whole, self.reason)
        self.setTabOrder(self.reason, self.evidence)
        self._say_what_is_sent()

    @classmethod
    def log(cls, ops: CampaignOps, parent: QWidget | None = None) -> int | None:
        """Show the dialog; the request's id once logged, None when cancelled."""
        dialog = cls(ops, parent)
        dialog.exec()
        return dialog.saved_id

    def look_up(self) -> bool:
        """Find the order the scanned or typed code names and show its lines, all ticked."""
        code, campaign_id = self.order.text().strip(), self._ops.campaign_id
        if self.found_order is not None and code and code.casefold() in self._names_of(self.found_order):
            return True  # the same order again (Enter after Tab): the choice made stays
        self.found_order = None
        self.parts.show_parts([])
        if not code:
            self.found.clear()
            return False
        try:
            found = self._ops.read(lambda session: parts_of_order(session, campaign_id, code))
        except UserError as exc:
            self.found.setText(render_error(exc))
            self.found.setStyleSheet(ALERT)
            return False
        self.found_order = found
        named = (found.order_code, f"#{found.backer_number}", found.backer_name, found.reward)
        self.found.setText(" · ".join(part for part in named if part))
        self.found.setStyleSheet("")
        self.parts.show_parts(found.parts)
        return True

    @staticmethod
    def _names_of(found: OrderParts) -> set[str]:
        return {found.order_code.casefold(), found.backer_number.casefold()}

    def _say_what_is_sent(self) -> None:
        if self.found_order is None or not self.parts.parts:
            self.sent.setText(self.tr("Scan the order first: its lines show here, the whole kit ticked."))
            self.sent.setStyleSheet("")
            return
        chosen = self.parts.chosen()
        if chosen == WHOLE_KIT:
            self.sent.setText(self.tr("The whole kit is sent again."))
            self.sent.setStyleSheet("")
        elif not chosen:
            self.sent.setText(self.tr("Nothing is ticked: tick at least one line, or the whole kit."))
            self.sent.setStyleSheet(ALERT)
        else:
            units = sum(chosen.values())  # type: ignore[union-attr]
            total = sum(part.quantity for part in self.parts.parts)
            said = self.tr("{units} of the kit's {total} units are sent again.")
            self.sent.setText(said.format(units=units, total=total))
            self.sent.setStyleSheet("")

    def accept(self) -> None:
        if self.focusWidget() is self.order or self.found_order is None:  # a scanner's Enter: on to the lines
            if self.look_up():
                self.parts.setFocus()
            else:
                self.order.setFocus()
                self.order.selectAll()
            return
        order_id, lines = self.found_order.order_id, self.parts.chosen()
        reason, evidence = ReplacementReason(self.reason.currentData()), self.evidence.text()
        operator = self._ops.operator()
        saved = self._ops.write(
            self,
            self.windowTitle(),
            lambda session: log_request(session, order_id, reason, lines, evidence, operator=operator),
            Change.REPLACEMENTS,
        )
        if saved is not None:
            self.saved_id = saved
            super().accept()
