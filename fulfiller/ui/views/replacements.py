"""The Replacements view: the queue of lost, damaged and incomplete parcels, decisions in bulk,
reships drawn from spare stock, closing, carrier claims (opened, followed, closed; the nearest
deadline first), and the spare budget."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fulfiller.domain.aftersales import ACTIVE_CLAIMS, ClaimStatus, DeadlineState
from fulfiller.domain.enums import ReplacementReason, ReplacementState
from fulfiller.services.aftersales.claims import ClaimRow, list_claims, update_claim
from fulfiller.services.aftersales.parts import WHOLE_KIT
from fulfiller.services.aftersales.requests import (
    close_request,
    create_reship,
    decide,
    log_request,
    queue_counts,
)
from fulfiller.services.aftersales.spare_budget import spare_budget
from fulfiller.services.shipping.pack_station import find_order
from fulfiller.ui import labels
from fulfiller.ui.claim_dialog import ClaimDialog
from fulfiller.ui.messages import render
from fulfiller.ui.models.requests_model import RequestsTableModel
from fulfiller.ui.ops import CampaignOps, Change
from fulfiller.ui.request_dialog import NewRequestDialog
from fulfiller.ui.tables import fill_table, read_only_table

WARN = QBrush(QColor("#fde2e1"))
SOON = QBrush(QColor("#fff4d6"))


class ReplacementsView(QWidget):
    def __init__(self, ops: CampaignOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.claim_rows: list[ClaimRow] = []
        self.state = QComboBox(self)
        self.state.addItem(self.tr("Open requests"), "open")
        for state in ReplacementState:
            self.state.addItem(state.value, state.value)
        self.counts = QLabel(self)
        self.model = RequestsTableModel(ops, self)
        self.requests = QTableView(self)
        self.requests.setModel(self.model)
        self.requests.verticalHeader().setVisible(False)
        self.requests.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requests.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.requests.setAlternatingRowColors(True)
        self.requests.horizontalHeader().setStretchLastSection(False)
        self.requests.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 70), (1, 90), (2, 200), (3, 120), (5, 90), (6, 80), (7, 90)):
            self.requests.setColumnWidth(column, width)
        self.claims = read_only_table(self,
            [self.tr("Parcel"), self.tr("Backer"), self.tr("Carrier"), self.tr("Claim number"), self.tr("Amount"),
             self.tr("Status"), self.tr("Deadline"), self.tr("Note")], stretch=7,
        )  # fmt: skip
        self.claims.doubleClicked.connect(lambda _index: self.update_selected_claim())
        self.spares = read_only_table(self,
            [self.tr("Warehouse"), self.tr("SKU"), self.tr("Planned"), self.tr("Used"), self.tr("Left"),
             self.tr("Loss rate"), self.tr("Plan rate"), self.tr("Needed at this rate")], stretch=1,
        )  # fmt: skip
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("&New request…"), self.new_request),
            (self.tr("&Approve selected"), lambda: self.decide_selected(True)),
            (self.tr("Re&ject selected"), lambda: self.decide_selected(False)),
            (self.tr("&Reship"), self.reship_selected),
            (self.tr("C&lose selected"), self.close_selected),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, s=slot: s())
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Show:"), self))
        buttons.addWidget(self.state)
        queue = QWidget(self)
        queue_layout = QVBoxLayout(queue)
        queue_layout.addLayout(buttons)
        queue_layout.addWidget(self.requests, 1)
        queue_layout.addWidget(self.counts)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(queue, self.tr("&Queue"))
        self.tabs.addTab(self._claims_tab(), self.tr("&Claims"))
        self.tabs.addTab(self.spares, self.tr("&Spare budget"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.state.currentIndexChanged.connect(lambda _index: self.model.show_state(self.state.currentData()))
        self._select_later: int | None = None
        self.model.loaded.connect(self._list_arrived)
        # The spare budget runs over every order: filled when someone opens the view, not at start.
        kinds = Change.REPLACEMENTS | Change.PARCELS | Change.STOCK | Change.ORDERS | Change.KITS | Change.PLANNING
        ops.watch(self, kinds, self.refresh, lazy=True)

    def _claims_tab(self) -> QWidget:
        page = QWidget(self)
        self.closed_claims = QCheckBox(self.tr("Sho&w closed claims"), page)
        self.closed_claims.toggled.connect(self.refresh)
        self.claims_summary = QLabel(page)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("&Open claim…"), self.open_claim),
            (self.tr("&Update…"), self.update_selected_claim),
            (self.tr("Clos&e claim"), self.close_selected_claim),
        ):
            button = QPushButton(text, page)
            button.clicked.connect(lambda _c=False, s=slot: s())
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.closed_claims)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.claims, 1)
        layout.addWidget(self.claims_summary)
        return page

    def refresh(self) -> None:
        campaign_id = self._ops.campaign_id
        self.model.show_state(self.state.currentData())
        self._ops.query(
            self,
            lambda session: (
                queue_counts(session, campaign_id),
                list_claims(session, campaign_id),
                spare_budget(session, campaign_id),
            ),
            self._show,
        )

    def _show(self, figures: tuple) -> None:
        counts, claims, spares = figures
        self.counts.setText(" · ".join(f"{state.value}: {n}" for state, n in counts.items()))
        self._fill_claims(claims)
        fill_table(
            self.spares,
            [(s.warehouse_code, s.sku, s.budget.planned, s.budget.used, s.budget.left, _rate(s.budget.loss_rate),
              _rate(s.budget.planned_rate), s.budget.projected_need) for s in spares],
        )  # fmt: skip
        warnings = [render(s.note) for s in spares if s.note]
        for row, s in enumerate(spares):
            if s.warning:
                for column in range(self.spares.columnCount()):
                    self.spares.item(row, column).setBackground(WARN)
        self.message.setText("\n".join(warnings) or self.tr("Spare stock lasts at the current loss rate."))

    def _fill_claims(self, claims: list[ClaimRow]) -> None:
        shown = self.closed_claims.isChecked()
        self.claim_rows = [c for c in claims if shown or c.status is not ClaimStatus.CLOSED]
        fill_table(
            self.claims,
            [(f"{c.order_code} #{c.sequence}", c.backer_name, c.carrier, c.claim_number,
              f"{c.amount:,.2f} {c.currency}", labels.claim_status(c.status.value), self._deadline(c), c.note)
             for c in self.claim_rows],
            [c.id for c in self.claim_rows],
        )  # fmt: skip
        for row, claim in enumerate(self.claim_rows):
            brush = {DeadlineState.OVERDUE: WARN, DeadlineState.DUE_SOON: SOON}.get(claim.deadline_state)  # type: ignore[arg-type]
            for column in range(self.claims.columnCount()) if brush else ():
                self.claims.item(row, column).setBackground(brush)
        overdue = sum(1 for c in claims if c.deadline_state is DeadlineState.OVERDUE)
        soon = sum(1 for c in claims if c.deadline_state is DeadlineState.DUE_SOON)
        active = sum(1 for c in claims if c.status in ACTIVE_CLAIMS)
        self.claims_summary.setText(
            self.tr("{active} claims still being made: {overdue} overdue, {soon} due within 7 days.").format(
                active=active, overdue=overdue, soon=soon
            )
        )

    def _deadline(self, claim: ClaimRow) -> str:
        if claim.deadline is None:
            return "—"
        day, left = claim.deadline.isoformat(), claim.days_left
        if claim.deadline_state is None or left is None:  # no longer being made: the date alone
            return day
        if left < 0:
            return self.tr("{date} (overdue by {n} days)").format(date=day, n=-left)
        if left == 0:
            return self.tr("{date} (due today)").format(date=day)
        return self.tr("{date} ({n} days left)").format(date=day, n=left)

    def selected_claim(self) -> ClaimRow | None:
        row = self.claims.currentRow()
        return self.claim_rows[row] if 0 <= row < len(self.claim_rows) else None

    def open_claim(self) -> int | None:
        claim_id = ClaimDialog.edit(self._ops, None, self)
        if claim_id is not None:
            self._select_claim(claim_id)
            self.message.setText(self.tr("Claim {id} opened.").format(id=claim_id))
        return claim_id

    def update_selected_claim(self) -> int | None:
        claim = self.selected_claim()
        if claim is None:
            self.message.setText(self.tr("Select a claim first."))
            return None
        claim_id = ClaimDialog.edit(self._ops, claim, self)
        if claim_id is not None:
            self._select_claim(claim_id)
            self.message.setText(self.tr("Claim {id} saved.").format(id=claim_id))
        return claim_id

    def close_selected_claim(self) -> bool:
        claim = self.selected_claim()
        if claim is None:
            self.message.setText(self.tr("Select a claim first."))
            return False
        question = self.tr("Close the claim for {parcel} ({carrier} {number})? It leaves the list of claims.").format(
            parcel=f"{claim.order_code} #{claim.sequence}", carrier=claim.carrier, number=claim.claim_number
        )
        if QMessageBox.question(self, self.tr("Close claim"), question) != QMessageBox.StandardButton.Yes:
            return False
        claim_id = claim.id
        done = self._act(
            lambda s: (update_claim(s, claim_id, operator=self._ops.operator(), status=ClaimStatus.CLOSED), True)[1]
        )
        if done:
            self.message.setText(self.tr("Claim {id} closed.").format(id=claim_id))
        return bool(done)

    def _select_claim(self, claim_id: int) -> None:
        row = next((r for r, c in enumerate(self.claim_rows) if c.id == claim_id), -1)
        if row >= 0:
            self.claims.selectRow(row)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.requests.selectionModel().selectedRows()})
        return [self.model.id_at(row) for row in rows]

    def _act(self, action: Callable[..., object]) -> object | None:
        # A reship is a new parcel drawn from spare stock.
        changes = Change.REPLACEMENTS | Change.PARCELS | Change.STOCK
        return self._ops.write(self, self.tr("Replacements"), action, changes)

    def new_request(self) -> int | None:
        """The dialog: scan the order, choose the whole kit or some of its parts, log the request."""
        request_id = NewRequestDialog.log(self._ops, self)
        if request_id is not None:
            self._logged(request_id)
        return request_id

    def log(self, code: str, reason: ReplacementReason, evidence: str = "") -> int | None:
        """A whole-kit request on the order the code names, without the dialog."""

        def action(session):  # noqa: ANN001, ANN202 - a session in, the request id out
            order = find_order(session, code.strip(), self._ops.campaign_id)
            return log_request(session, order.id, reason, WHOLE_KIT, evidence, operator=self._ops.operator())

        request_id = self._act(action)
        if request_id is not None:
            self._logged(request_id)  # type: ignore[arg-type]
        return request_id  # type: ignore[return-value]

    def _logged(self, request_id: int) -> None:
        self.message.setText(self.tr("Request {id} logged.").format(id=request_id))
        self._select_request(request_id)

    def _select_request(self, request_id: int) -> None:
        """Select it now if the list holds it, else once the list read after the write has come."""
        row = self.model.row_of(request_id)
        self._select_later = request_id if row is None else None
        if row is not None:
            self.requests.selectRow(row)

    def _list_arrived(self) -> None:
        if self._select_later is not None:
            self._select_request(self._select_later)

    def decide_selected(self, approve: bool) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        result = self._act(lambda s: decide(s, ids, approve, operator=self._ops.operator()))
        if result is not None:
            self.message.setText(render(result.summary()))
        return result is not None

    def reship_selected(self) -> list[int]:
        made = []
        for request_id in self.selected_ids():
            shipment_id = self._act(lambda s, r=request_id: create_reship(s, r, operator=self._ops.operator()))
            if shipment_id is not None:
                made.append(shipment_id)
        if made:
            self.message.setText(
                self.tr("{n} reship parcels are ready: pack them at the pack station.").format(n=len(made))
            )
        return made

    def close_selected(self) -> list[int]:
        """Close the selected requests: reshipped (their reship packed) or rejected ones."""
        closed = []
        for request_id in self.selected_ids():
            done = self._act(lambda s, r=request_id: (close_request(s, r, operator=self._ops.operator()), True)[1])
            if done:
                closed.append(request_id)
        if closed:
            self.message.setText(self.tr("{n} requests closed.").format(n=len(closed)))
        return closed


def _rate(value: object) -> str:
    return "—" if value is None else f"{float(value):.1%}"  # type: ignore[arg-type]
