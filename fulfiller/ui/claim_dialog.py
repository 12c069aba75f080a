"""A carrier claim: opened for a lost or damaged parcel found by scanning its packing list (or typing
the backer number), or changed later (status, claim number, amount, deadline, note)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from fulfiller.domain.aftersales import CLAIM_TRANSITIONS, ClaimStatus
from fulfiller.domain.clock import utcnow
from fulfiller.domain.errors import UserError
from fulfiller.services.aftersales.claims import ClaimableParcel, ClaimRow, claimable_parcel, open_claim, update_claim
from fulfiller.ui import labels
from fulfiller.ui.messages import render_error
from fulfiller.ui.ops import CampaignOps, Change

DEFAULT_DAYS = 30  # a first deadline to change: many carriers take claims for a month or two


class ClaimDialog(QDialog):
    """With `claim` None, opens a new claim; else changes that one. Saves on OK; a refusal keeps it open."""

    def __init__(self, ops: CampaignOps, claim: ClaimRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops, self.claim = ops, claim
        self.parcel: ClaimableParcel | None = None
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Open a carrier claim") if claim is None else self.tr("Change the claim"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.order = QLineEdit(self)
        self.found = QLabel(self)
        self.found.setWordWrap(True)
        self.status = QComboBox(self)
        self.carrier = QLineEdit(self)
        if claim is None:
            self.order.setPlaceholderText(self.tr("scan the packing list or type a backer number"))
            self.order.editingFinished.connect(self.look_up)
            self.carrier.setPlaceholderText(self.tr("the parcel's carrier"))
            form.addRow(self.tr("&Parcel:"), self.order)
            form.addRow("", self.found)
            form.addRow(self.tr("Ca&rrier:"), self.carrier)
            self.status.hide()  # a new claim is open
        else:
            self.order.hide()  # the parcel and its carrier are the claim's
            self.carrier.hide()
            self.found.setText(_parcel_text(claim.order_code, claim.sequence, claim.backer_name, claim.carrier))
            form.addRow(self.tr("Parcel:"), self.found)
            for status in (claim.status, *sorted(CLAIM_TRANSITIONS[claim.status], key=list(ClaimStatus).index)):
                self.status.addItem(labels.claim_status(status.value), status.value)
            form.addRow(self.tr("&Status:"), self.status)
        self.number = QLineEdit(claim.claim_number if claim else "", self)
        self.number.setPlaceholderText(self.tr("the carrier's claim or case number, once it has one"))
        self.amount = QLineEdit(str(claim.amount) if claim else "", self)
        self.amount.setPlaceholderText(self.tr("what is claimed, e.g. 49.90"))
        self.currency = QLineEdit(claim.currency if claim else ops.campaign.currency, self)
        self.currency.setMaximumWidth(70)
        money = QHBoxLayout()
        money.addWidget(self.amount, 1)
        money.addWidget(self.currency)
        self.has_deadline = QCheckBox(self.tr("&Deadline:"), self)
        self.deadline = QDateEdit(self)
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        due = claim.deadline if claim and claim.deadline else utcnow().date() + timedelta(days=DEFAULT_DAYS)
        self.deadline.setDate(QDate(due.year, due.month, due.day))
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.has_deadline.setChecked(claim is None or claim.deadline is not None)
        self.deadline.setEnabled(self.has_deadline.isChecked())
        self.note = QLineEdit(claim.note if claim else "", self)
        form.addRow(self.tr("Claim &number:"), self.number)
        amount_label = QLabel(self.tr("&Amount:"), self)
        amount_label.setBuddy(self.amount)
        form.addRow(amount_label, money)
        form.addRow(self.has_deadline, self.deadline)
        form.addRow(self.tr("No&te:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Open claim") if claim is None else self.tr("&Save")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def edit(cls, ops: CampaignOps, claim: ClaimRow | None = None, parent: QWidget | None = None) -> int | None:
        """Show the dialog; the claim's id once saved, None when cancelled."""
        dialog = cls(ops, claim, parent)
        dialog.exec()
        return dialog.saved_id

    def look_up(self) -> bool:
        """Find the parcel the scanned or typed code names, and say which it is (or why there is none)."""
        code, campaign_id = self.order.text().strip(), self._ops.campaign_id
        self.parcel = None
        if not code:
            self.found.clear()
            return False
        try:
            self.parcel = self._ops.read(lambda session: claimable_parcel(session, campaign_id, code))
        except UserError as exc:
            self.found.setText(render_error(exc))
            self.found.setStyleSheet("color: #b3261e;")
            return False
        p = self.parcel
        self.found.setText(_parcel_text(p.order_code, p.sequence, p.backer_name, p.carrier, p.status.value))
        self.found.setStyleSheet("")
        return True

    def accept(self) -> None:
        if self.claim is None and self.focusWidget() is self.order:  # a scanner's Enter: on to the amount
            if self.look_up():
                self.amount.setFocus()
            return
        deadline = self.deadline.date().toPython() if self.has_deadline.isChecked() else None
        number, amount, currency, note = self.number.text(), self.amount.text(), self.currency.text(), self.note.text()
        operator, campaign_id, code, carrier = (
            self._ops.operator(),
            self._ops.campaign_id,
            self.order.text(),
            self.carrier.text(),
        )
        if self.claim is None:

            def action(session):  # noqa: ANN001, ANN202 - a session in, the new claim's id out
                parcel = claimable_parcel(session, campaign_id, code)
                return open_claim(
                    session, parcel.shipment_id, carrier, number, amount, currency, deadline, operator=operator,
                    note=note,
                )  # fmt: skip

        else:
            claim_id, status = self.claim.id, self.status.currentData()

            def action(session):  # noqa: ANN001, ANN202 - a session in, the claim's id out
                update_claim(
                    session, claim_id, operator=operator, status=status, claim_id=number, amount=amount,
                    currency=currency, deadline=deadline, note=note,
                )  # fmt: skip
                return claim_id

        saved = self._ops.write(self, self.windowTitle(), action, Change.REPLACEMENTS)
        if saved is not None:
            self.saved_id = saved
            super().accept()


def _parcel_text(code: str, sequence: int, backer: str, carrier: str, status: str = "") -> str:
    parts = [f"{code} #{sequence}", backer, carrier or "—"]
    if status:
        parts.append(labels.shipment_status(status))
    return " · ".join(parts)
