"""A damaged parcel: the request is logged by scanning its packing list, approved, reshipped from
spare stock and packed at the station."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QSpinBox
from sqlalchemy import func, select

from fulfiller.db.models import Shipment, StockMovement
from fulfiller.db.models.aftersales import CarrierClaim, ReplacementLine, ReplacementRequest
from fulfiller.domain.aftersales import ClaimStatus
from fulfiller.domain.carriers import s10_check_digit
from fulfiller.domain.enums import MovementKind, ReplacementReason, ReplacementState, ShipmentStatus
from fulfiller.services.aftersales.parts import WHOLE_KIT, order_parts
from fulfiller.ui.claim_dialog import ClaimDialog
from fulfiller.ui.request_dialog import NewRequestDialog
from tests.ui.lists import cell, shown_rows


def _on_screen(qtbot, dialog) -> None:  # noqa: ANN001 - a dialog shown, with the keyboard focus in it
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def _key(qtbot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key)


def _type(qtbot, text: str) -> None:
    """Keys into whatever has the focus, then Enter (as a scanner does)."""
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_damaged_parcel_logged_approved_and_reshipped(qtbot, window, monkeypatch) -> None:
    with window.db.reading() as session:
        shipped = session.scalars(
            select(Shipment).where(Shipment.status == ShipmentStatus.DELIVERED).order_by(Shipment.id)
        ).first()
    assert shipped is not None
    view = window.show_view("replacements")

    def fill(dialog: NewRequestDialog) -> int:
        _on_screen(qtbot, dialog)
        _type(qtbot, f"FUL-{shipped.order_id}")  # the order's lines, the whole kit ticked
        assert QApplication.focusWidget() is dialog.parts and dialog.parts.chosen() == WHOLE_KIT
        _key(qtbot, Qt.Key.Key_Tab, 2)  # past the Whole kit button, to the reason
        qtbot.keyClicks(QApplication.focusWidget(), "d")  # "damaged"
        _key(qtbot, Qt.Key.Key_Tab)
        _type(qtbot, "photo of the crushed box")  # Enter logs the request
        return dialog.result()

    monkeypatch.setattr(NewRequestDialog, "exec", fill)
    request_id = view.new_request()
    assert request_id is not None
    row = next(i for i, r in enumerate(shown_rows(view.model)) if r.id == request_id)
    assert shown_rows(view.model)[row].state is ReplacementState.REQUESTED
    assert shown_rows(view.model)[row].logged_by == "Mei" and shown_rows(view.model)[row].whole_kit
    assert (
        shown_rows(view.model)[row].reason is ReplacementReason.DAMAGED
        and shown_rows(view.model)[row].evidence == "photo of the crushed box"
    )

    view.requests.selectRow(row)
    assert view.decide_selected(True)
    row = next(i for i, r in enumerate(shown_rows(view.model)) if r.id == request_id)
    assert shown_rows(view.model)[row].state is ReplacementState.APPROVED

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
    assert request_id in {r.id for r in shown_rows(view.model)}
    view.requests.selectRow(next(i for i, r in enumerate(shown_rows(view.model)) if r.id == request_id))
    assert view.close_selected() == [request_id]
    assert request_id not in {r.id for r in shown_rows(view.model)}
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
    view.requests.selectRow(next(i for i, r in enumerate(shown_rows(view.model)) if r.id == request_id))
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


def _shipped_with_parts(window, least: int = 2) -> Shipment:  # noqa: ANN001 - the main window
    """A delivered parcel whose order has at least `least` lines, one after the first of 2 or more units."""
    with window.db.reading() as session:
        for parcel in session.scalars(
            select(Shipment).where(Shipment.status == ShipmentStatus.DELIVERED).order_by(Shipment.id)
        ):
            parts = order_parts(session, parcel.order_id)
            if len(parts) >= least and any(part.quantity >= 2 for part in parts[1:]):
                session.expunge(parcel)
                return parcel
    raise AssertionError("the demo has no delivered order with several lines")


def test_the_new_request_dialog_chooses_parts_by_keyboard(qtbot, window, monkeypatch) -> None:
    parcel = _shipped_with_parts(window)
    with window.db.reading() as session:
        parts = order_parts(session, parcel.order_id)
    several = next(row for row, part in enumerate(parts) if row and part.quantity >= 2)
    view = window.show_view("replacements")

    def choose(dialog: NewRequestDialog) -> int:
        _on_screen(qtbot, dialog)
        assert QApplication.focusWidget() is dialog.order
        _type(qtbot, f"ful-{parcel.order_id}")
        table = dialog.parts
        assert QApplication.focusWidget() is table and dialog.isVisible()  # Enter found the order, saved nothing
        assert f"FUL-{parcel.order_id}" in dialog.found.text()
        assert table.rowCount() == len(parts) and table.units == [p.quantity for p in parts]
        assert dialog.sent.text() == "The whole kit is sent again."
        assert table.item(0, 0).text() == parts[0].sku and table.item(0, 0).checkState() == Qt.CheckState.Checked

        _key(qtbot, Qt.Key.Key_Space)  # the first line: not sent
        assert table.units[0] == 0 and table.item(0, 0).checkState() == Qt.CheckState.Unchecked
        _key(qtbot, Qt.Key.Key_Space)  # ticked again: all its units
        _key(qtbot, Qt.Key.Key_Space)
        _key(qtbot, Qt.Key.Key_Down, several)  # to the line of several units: one fewer
        _key(qtbot, Qt.Key.Key_Left)
        assert table.units[several] == parts[several].quantity - 1
        _key(qtbot, Qt.Key.Key_Right, 3)  # never more than the order holds
        assert table.units[several] == parts[several].quantity
        _key(qtbot, Qt.Key.Key_F2)  # the units in a spin box: typed, Enter keeps them (the dialog stays)
        spin = QApplication.focusWidget()
        assert isinstance(spin, QSpinBox) and spin.maximum() == parts[several].quantity
        qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        _type(qtbot, "0")
        qtbot.waitUntil(lambda: QApplication.focusWidget() is table)  # the editor closes once Qt gets to it
        assert table.units[several] == 0 and dialog.isVisible()
        qtbot.keyClicks(table, "1")  # a digit: that many units
        assert table.units[several] == 1 and table.item(several, 2).text() == "1"
        assert "units are sent again" in dialog.sent.text()
        _key(qtbot, Qt.Key.Key_Tab, 2)
        assert QApplication.focusWidget() is dialog.reason
        qtbot.keyClicks(dialog.reason, "m")  # "missing part"
        _key(qtbot, Qt.Key.Key_Tab)
        _type(qtbot, "the cable was not in the box")
        return dialog.result()

    monkeypatch.setattr(NewRequestDialog, "exec", choose)
    request_id = view.new_request()
    assert request_id is not None and f"Request {request_id} logged." == view.message.text()
    chosen = {part.item_id: part.quantity for part in parts}
    del chosen[parts[0].item_id]
    chosen[parts[several].item_id] = 1
    with window.db.reading() as session:
        request = session.get(ReplacementRequest, request_id)
        assert (request.reason, request.whole_kit) == (ReplacementReason.MISSING_PART, False)
        lines = session.scalars(select(ReplacementLine).where(ReplacementLine.request_id == request_id)).all()
        assert {line.item_id: line.quantity for line in lines} == chosen
    row = next(i for i, r in enumerate(shown_rows(view.model)) if r.id == request_id)
    assert (
        cell(view.model, row, 4) == shown_rows(view.model)[row].items_text
        and "whole kit" not in shown_rows(view.model)[row].items_text
    )

    # Approved and reshipped: the reship parcel holds the chosen parts only.
    view.requests.selectRow(row)
    assert view.decide_selected(True)
    view.requests.selectRow(next(i for i, r in enumerate(shown_rows(view.model)) if r.id == request_id))
    [reship_id] = view.reship_selected()
    with window.db.reading() as session:
        reship = session.get(Shipment, reship_id)
        assert {line.item_id: line.quantity for line in reship.lines} == chosen


def test_a_dialog_with_nothing_ticked_is_refused_and_stays_open(qtbot, window, monkeypatch) -> None:
    parcel = _shipped_with_parts(window, least=1)
    with window.db.reading() as session:
        demo = session.scalar(select(func.count()).select_from(ReplacementRequest))  # the demo's own requests
    view = window.show_view("replacements")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))

    def untick_all(dialog: NewRequestDialog) -> int:
        _on_screen(qtbot, dialog)
        _type(qtbot, "FUL-999999")  # no such order: said in red, the focus stays on the code
        assert "no order FUL-999999" in dialog.found.text() and QApplication.focusWidget() is dialog.order
        qtbot.keyClick(dialog.order, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        _type(qtbot, f"FUL-{parcel.order_id}")
        for _ in range(dialog.parts.rowCount()):
            _key(qtbot, Qt.Key.Key_Space)
            _key(qtbot, Qt.Key.Key_Down)
        assert dialog.parts.chosen() == {} and "Nothing is ticked" in dialog.sent.text()
        _key(qtbot, Qt.Key.Key_Return)
        assert warnings and "at least one item" in warnings[0] and dialog.isVisible()
        _key(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.whole
        _key(qtbot, Qt.Key.Key_Space)
        assert dialog.parts.chosen() == WHOLE_KIT and dialog.sent.text() == "The whole kit is sent again."
        _key(qtbot, Qt.Key.Key_Escape)
        return dialog.result()

    monkeypatch.setattr(NewRequestDialog, "exec", untick_all)
    assert view.new_request() is None
    with window.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(ReplacementRequest)) == demo


def test_the_requests_model_passes_qt_model_checks(qtmodeltester, window) -> None:
    view = window.show_view("replacements")
    qtmodeltester.check(view.model)
    view.state.setCurrentIndex(view.state.findData("closed"))  # another list, still checked
    assert {r.state for r in shown_rows(view.model)} == {ReplacementState.CLOSED}
