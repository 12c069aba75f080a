"""A damaged parcel: the request is logged by scanning its packing list, approved, reshipped from
spare stock and packed at the station."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import func, select

from fulfiller.db.models import Shipment, StockMovement
from fulfiller.db.models.aftersales import CarrierClaim, ReplacementRequest
from fulfiller.domain.aftersales import ClaimStatus
from fulfiller.domain.carriers import s10_check_digit
from fulfiller.domain.enums import MovementKind, ReplacementReason, ReplacementState, ShipmentStatus
from fulfiller.ui.claim_dialog import ClaimDialog
from fulfiller.ui.views.replacements import NewRequestDialog


def test_damaged_parcel_logged_approved_and_reshipped(qtbot, window, monkeypatch) -> None:
    with window.db.reading() as session:
        shipped = session.scalars(
            select(Shipment).where(Shipment.status == ShipmentStatus.DELIVERED).order_by(Shipment.id)
        ).first()
    assert shipped is not None
    view = window.show_view("replacements")

    def fill(dialog: NewRequestDialog) -> int:
        dialog.order.setText(f"FUL-{shipped.order_id}")
        dialog.reason.setCurrentIndex(dialog.reason.findData(ReplacementReason.DAMAGED.value))
        dialog.evidence.setText("photo of the crushed box")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewRequestDialog, "exec", fill)
    request_id = view.new_request()
    assert request_id is not None
    row = next(i for i, r in enumerate(view.rows) if r.id == request_id)
    assert view.rows[row].state is ReplacementState.REQUESTED
    assert view.rows[row].logged_by == "Mei"

    view.requests.selectRow(row)
    assert view.decide_selected(True)
    row = next(i for i, r in enumerate(view.rows) if r.id == request_id)
    assert view.rows[row].state is ReplacementState.APPROVED

    view.requests.selectRow(row)
    [reship_id] = view.reship_selected()
    with window.db.reading() as session:
        reship = session.get(Shipment, reship_id)
        assert reship.replaces_shipment_id == shipped.id
        assert reship.status is ShipmentStatus.READY
        assert reship.lines

    station = window.show_view("packing")
    station.handle(f"FUL-{shipped.order_id}")
    assert station.pack is not None and station.pack.shipment_id == reship_id, station.banner.text()
    for index, line in enumerate(station.pack.state.lines):
        for _ in range(line.item.quantity):
            if line.item.is_stock:
                station.handle(line.item.sku)
            else:
                station.lines.selectRow(index)
                station.tick_next()
    digits = "51234567"
    station.handle(f"RR{digits}{s10_check_digit(digits)}GB")
    assert station.pack is None, station.banner.text()
    with window.db.reading() as session:
        moves = session.scalars(select(StockMovement).where(StockMovement.shipment_id == reship_id)).all()
        assert moves and {m.kind for m in moves} == {MovementKind.RESHIPPED}
    view = window.show_view("replacements")
    view.state.setCurrentIndex(view.state.findData("reshipped"))
    assert request_id in {r.id for r in view.rows}
    view.requests.selectRow(next(i for i, r in enumerate(view.rows) if r.id == request_id))
    assert view.close_selected() == [request_id]
    assert request_id not in {r.id for r in view.rows}
    assert "1 requests closed" in view.message.text()
    with window.db.reading() as session:
        request = session.get(ReplacementRequest, request_id)
        assert request.state is ReplacementState.CLOSED and request.closed_by == "Mei"


def test_a_request_still_waiting_is_not_closed(qtbot, window, monkeypatch) -> None:
    with window.db.reading() as session:
        damaged = session.scalars(select(Shipment).where(Shipment.status == ShipmentStatus.DAMAGED)).first()
    view = window.show_view("replacements")
    request_id = view.log(f"FUL-{damaged.order_id}", ReplacementReason.DAMAGED)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    view.requests.selectRow(next(i for i, r in enumerate(view.rows) if r.id == request_id))
    assert view.close_selected() == []
    assert warnings and "approve or reject it first" in warnings[0]
    with window.db.reading() as session:
        assert session.get(ReplacementRequest, request_id).state is ReplacementState.REQUESTED


def _damaged_parcel(window) -> Shipment:  # noqa: ANN001 - the main window
    with window.db.reading() as session:
        parcel = session.scalars(
            select(Shipment).where(Shipment.status == ShipmentStatus.DAMAGED).order_by(Shipment.id)
        ).first()
        session.expunge(parcel)
    return parcel


def test_a_claim_is_opened_by_scanning_updated_and_closed(qtbot, window, monkeypatch) -> None:
    parcel = _damaged_parcel(window)
    view = window.show_view("replacements")
    view.tabs.setCurrentIndex(1)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))

    def scan_and_fill(dialog: ClaimDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.status.isHidden()  # a new claim is open; no stray widget over the form
        dialog.order.setFocus()
        qtbot.keyClicks(dialog.order, f"fUL-{parcel.order_id}")
        qtbot.keyClick(dialog.order, Qt.Key.Key_Return)  # the scanner's Enter finds the parcel, does not save
        assert dialog.isVisible() and dialog.parcel is not None and dialog.parcel.shipment_id == parcel.id
        assert f"FUL-{parcel.order_id} #{parcel.sequence}" in dialog.found.text()
        assert dialog.focusWidget() is dialog.amount
        dialog.amount.setText("49.90")
        dialog.number.setText("DMG-1")
        dialog.deadline.setDate(QDate(2031, 1, 31))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ClaimDialog, "exec", scan_and_fill)
    claim_id = view.open_claim()
    assert claim_id is not None and "opened" in view.message.text()
    with window.db.reading() as session:
        claim = session.get(CarrierClaim, claim_id)
        assert (claim.shipment_id, claim.amount, claim.claim_number, claim.opened_by) == (
            parcel.id,
            Decimal("49.90"),
            "DMG-1",
            "Mei",
        )
        assert claim.currency == window.ops.campaign.currency and claim.deadline == date(2031, 1, 31)
    row = view.claims.currentRow()
    assert view.claim_rows[row].id == claim_id
    assert view.claims.item(row, 3).text() == "DMG-1" and "2031-01-31" in view.claims.item(row, 6).text()

    def submit(dialog: ClaimDialog) -> int:
        assert dialog.amount.text() == "49.90" and dialog.has_deadline.isChecked()
        assert dialog.order.isHidden() and dialog.carrier.isHidden()  # the claim's parcel stays its own
        dialog.status.setCurrentIndex(dialog.status.findData("submitted"))
        dialog.has_deadline.setChecked(False)
        dialog.note.setText("filed online")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ClaimDialog, "exec", submit)
    assert view.update_selected_claim() == claim_id
    row = view.claims.currentRow()
    assert view.claims.item(row, 5).text() == "submitted" and view.claims.item(row, 6).text() == "—"

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    assert view.close_selected_claim()
    assert claim_id not in {c.id for c in view.claim_rows}
    view.closed_claims.setChecked(True)
    assert claim_id in {c.id for c in view.claim_rows}
    with window.db.reading() as session:
        claim = session.get(CarrierClaim, claim_id)
        assert (claim.status, claim.deadline, claim.note) == (ClaimStatus.CLOSED, None, "filed online")
    assert warnings == []


def test_a_claim_for_a_parcel_that_arrived_is_refused_in_the_dialog(qtbot, window, monkeypatch) -> None:
    with window.db.reading() as session:
        delivered = session.scalars(select(Shipment).where(Shipment.status == ShipmentStatus.DELIVERED)).first()
        demo = session.scalar(select(func.count()).select_from(CarrierClaim))  # the demo's own claims
    view = window.show_view("replacements")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))

    def try_it(dialog: ClaimDialog) -> int:
        dialog.order.setText(f"FUL-{delivered.order_id}")
        assert not dialog.look_up() and "is lost or damaged" in dialog.found.text()
        dialog.amount.setText("10")
        dialog.accept()  # refused: the dialog stays open with what was typed
        assert warnings and dialog.result() == 0
        return dialog.result()

    monkeypatch.setattr(ClaimDialog, "exec", try_it)
    assert view.open_claim() is None
    with window.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(CarrierClaim)) == demo
