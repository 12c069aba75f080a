"""A damaged parcel: the request is logged by scanning its packing list, approved, reshipped from
spare stock and packed at the station."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from fulfiller.db.models import Shipment, StockMovement
from fulfiller.domain.carriers import s10_check_digit
from fulfiller.domain.enums import MovementKind, ReplacementReason, ReplacementState, ShipmentStatus
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
