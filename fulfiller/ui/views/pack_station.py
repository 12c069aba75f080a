"""The pack station: scanner first, big type, no mouse needed.

Scan the packing list's barcode (or type a backer number) and Enter → the checklist appears; scan
each item (F2 ticks a line by hand, such as the thank-you card; Shift+F2 takes one out again after a
wrong tick) → when the box is complete the
focus jumps to the tracking field; scan the tracking number → the parcel is packed and shipped, and
the station is ready for the next order. Wrong or surplus items, and orders that must not be
packed, show in red with a sound. Esc puts the open order aside.

A parcel packed earlier but not shipped (packed with "Mark as shipped" unticked, or elsewhere): scan its
packing list → the station says it is packed → scan the tracking number → it ships. The scan field has
the focus whenever the view is shown and the next code is expected there (the tracking field once a box
is complete), so a scanner's first code never goes nowhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fulfiller.domain.errors import UserError
from fulfiller.domain.order_codes import parse_order_code
from fulfiller.domain.packing import ScanKind, ScanResult
from fulfiller.services.shipping.pack_station import (
    PackResult,
    PackSession,
    finish,
    open_order,
    record_scan,
    tick,
    untick,
)
from fulfiller.ui import labels
from fulfiller.ui.messages import render, render_error
from fulfiller.ui.ops import CampaignOps, Change

DONE = QBrush(QColor("#d7f5dd"))
BIG = "font-size: 20px;"
ALERT = "font-size: 20px; font-weight: 600; color: white; background: #b3261e; padding: 8px;"
GOOD = "font-size: 20px; font-weight: 600; color: white; background: #1e7b34; padding: 8px;"
INFO = "font-size: 18px; padding: 8px;"


class PackStationView(QWidget):
    def __init__(self, ops: CampaignOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.pack: PackSession | None = None
        self.packed_today = 0
        self.scan = QLineEdit(self)
        self.scan.setStyleSheet("font-size: 26px; padding: 6px;")
        self.scan.setPlaceholderText(self.tr("Scan the packing list, then each item"))
        self.scan.returnPressed.connect(self._scanned)
        self.tracking = QLineEdit(self)
        self.tracking.setStyleSheet("font-size: 26px; padding: 6px;")
        self.tracking.setPlaceholderText(self.tr("Scan the tracking number"))
        self.tracking.returnPressed.connect(self._tracking_scanned)
        self.ship = QCheckBox(self.tr("&Mark as shipped (not only packed)"), self)
        self.ship.setChecked(True)
        self.ship.toggled.connect(lambda _on: self._focus())  # back to the scanner's field
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 24px; font-weight: 600;")
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.lines = QTableWidget(0, 4, self)
        self.lines.setHorizontalHeaderLabels([self.tr("In box"), self.tr("SKU"), self.tr("Item"), self.tr("Stock")])
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # SKUs of 20 characters and more
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.lines.verticalHeader().setDefaultSectionSize(40)
        self.lines.setStyleSheet(BIG)
        self.lines.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scanner field keeps the focus
        self.counter = QLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Sca&n:"), self.scan)
        form.addRow(self.tr("&Tracking:"), self.tracking)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.ship)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.counter)
        tick = QShortcut(QKeySequence("F2"), self, activated=self.tick_next)
        tick.setWhatsThis(self.tr("Tick the selected line by hand (the card)"))
        untick = QShortcut(QKeySequence("Shift+F2"), self, activated=self.take_one_out)
        untick.setWhatsThis(self.tr("Take one unit of the selected line out again"))
        aside = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.put_aside)
        aside.setWhatsThis(self.tr("Put the open order aside"))
        self.reset()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus()

    def _focus(self) -> None:
        """Where the scanner types next: the tracking field once the box is complete, else the scan field."""
        (self.tracking if self.tracking.isEnabled() else self.scan).setFocus()

    # --- flow ----------------------------------------------------------------------------------

    def reset(self, message: str = "", style: str = INFO) -> None:
        self.pack = None
        self.heading.setText(self.tr("Ready for the next order"))
        self._say(message or self.tr("Scan the barcode of a packing list, or type a backer number and Enter."), style)
        self.lines.setRowCount(0)
        self.tracking.clear()
        self.tracking.setEnabled(False)
        self.counter.setText(self.tr("Packed at this station since it opened: {n}").format(n=self.packed_today))
        self.scan.setFocus()

    def _say(self, text: str, style: str = INFO) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(style)

    def _alarm(self, text: str) -> None:
        self._say(text, ALERT)
        QApplication.beep()
        self._focus()

    def _scanned(self) -> None:
        code = self.scan.text().strip()
        self.scan.clear()
        if code:
            self.handle(code)

    def handle(self, code: str) -> None:
        if self.pack is None:
            self._open(code)
            return
        result = record_scan(self.pack, code)
        if result.kind is ScanKind.TRACKING and not result.is_problem and self.pack.complete:
            self._finish(result.code)
            return
        self._show_scan(result)

    def _open(self, code: str) -> None:
        try:
            pack = self._ops.read(lambda session: open_order(session, code, campaign_id=self._ops.campaign_id))
        except UserError as exc:
            self._alarm(render_error(exc))
            return
        self.pack = pack
        self.heading.setText(f"{pack.code} · #{pack.backer_number} · {pack.backer_name} · {pack.reward}")
        self._fill_lines()
        if pack.warnings:
            text = "\n".join(render(w.note) for w in pack.warnings)
            if pack.blocked:
                if pack.awaiting_tracking:
                    self._alarm(self.tr("Do not ship this parcel:") + "\n" + text)
                else:
                    self._alarm(self.tr("Do not pack this order:") + "\n" + text)
                return
            self._say(text, INFO)
            if pack.awaiting_tracking:  # packed earlier: nothing to scan but the tracking number
                self.tracking.setEnabled(True)
                self.tracking.setFocus()
        else:
            self._say(
                self.tr(
                    "Scan each item. F2 ticks a line by hand (the card), Shift+F2 takes one out again. "
                    "Esc puts the order aside."
                )
            )

    def _show_scan(self, result: ScanResult) -> None:
        self._fill_lines()
        if result.is_problem:
            self._alarm(render(result.note))
        elif result.kind is ScanKind.COMPLETE or (self.pack is not None and self.pack.complete):
            if self.ship.isChecked() or (self.pack is not None and self.pack.awaiting_tracking):
                self._say(self.tr("Complete. Scan the tracking number."), GOOD)
            else:
                self._say(
                    self.tr("Complete. Scan the tracking number, or press Enter to leave it packed, not shipped."), GOOD
                )
            self.tracking.setEnabled(True)
            self.tracking.setFocus()
        else:
            self._say(render(result.note))

    def _fill_lines(self) -> None:
        lines = self.pack.state.lines if self.pack else []
        self.lines.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = (
                f"{line.packed} / {line.item.quantity}",
                line.item.sku,
                line.item.name,
                self.tr("yes") if line.item.is_stock else self.tr("tick by hand (F2)"),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if line.done:
                    cell.setBackground(DONE)
                self.lines.setItem(row, column, cell)

    def tick_next(self) -> None:
        """Tick the selected line, or else the first line still missing something."""
        if self.pack is None or self.pack.blocked or self.pack.awaiting_tracking:
            return
        row = self.lines.currentRow()
        lines = self.pack.state.lines
        if row < 0 or lines[row].done:
            row = next((i for i, line in enumerate(lines) if not line.done), -1)
        if row >= 0:
            self._show_scan(tick(self.pack, row))

    def take_one_out(self) -> None:
        """A wrong tick: one unit of the selected line (else of the last line with any) comes out of the box."""
        if self.pack is None or self.pack.blocked or self.pack.awaiting_tracking:
            return
        lines = self.pack.state.lines
        row = self.lines.currentRow()
        if row < 0 or lines[row].packed == 0:
            row = next((i for i in reversed(range(len(lines))) if lines[i].packed), -1)
        if row < 0:
            return
        untick(self.pack, row)
        self._fill_lines()
        self.tracking.clear()
        self.tracking.setEnabled(False)  # the box is not complete any more
        self.scan.setFocus()
        line = lines[row]
        self._say(
            self.tr("One {item} taken out: {packed} of {quantity} in the box.").format(
                item=line.item.name, packed=line.packed, quantity=line.item.quantity
            )
        )

    def _tracking_scanned(self) -> None:
        number = self.tracking.text().strip()
        if self.pack is None or not self.pack.complete:
            return
        if not number:  # Enter alone: packed only, when the box says so; the tracking number comes later
            if not self.ship.isChecked() and not self.pack.awaiting_tracking:
                self._finish("")
            return
        if self.pack.state.is_item_code(number) or parse_order_code(number) is not None:
            self.tracking.clear()  # an item or a packing list scanned once more: never a tracking number
            self.handle(number)
            return
        self._finish(number)

    def _finish(self, tracking: str) -> None:
        pack, ship = self.pack, self.ship.isChecked()
        assert pack is not None
        result = self._ops.write(
            self,
            self.tr("Pack station"),
            lambda session: finish(session, pack, tracking, operator=self._ops.operator(), ship=ship),
            Change.PARCELS | Change.STOCK,  # the packed items left the shelf
            refused=self._refused,
        )
        if result is None:
            return
        if not pack.awaiting_tracking:  # a parcel packed earlier was counted when it was packed
            self.packed_today += 1
        self.reset(self._done_text(pack, result), GOOD)

    def _refused(self, exc: UserError) -> None:
        self._alarm(render_error(exc))
        self.tracking.selectAll()

    def _done_text(self, pack: PackSession, result: PackResult) -> str:
        if not result.tracking_number:
            return self.tr(
                "{code} packed, not shipped: scan its packing list and tracking number when it ships."
            ).format(code=pack.code)
        status = labels.shipment_status(result.status.value)
        if not result.carrier:  # a number no carrier's pattern matched
            return self.tr("{code} {status}: {number}").format(
                code=pack.code, status=status, number=result.tracking_number
            )
        return self.tr("{code} {status}: {carrier} {number}").format(
            code=pack.code, status=status, carrier=result.carrier, number=result.tracking_number
        )

    def put_aside(self) -> None:
        if self.pack is not None:
            code = self.pack.code
            self.reset(self.tr("{code} put aside; nothing was recorded.").format(code=code))
