"""The after-sales path in the window: a parcel of a wave shipped through a label tool arrives without
its add-on; the request for that part is logged by scanning its packing list, approved and reshipped, the
reship packed at the pack station by keystrokes alone. Another parcel is lost: marked so in Shipments,
and a carrier claim opened for it by scanning its packing list."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from fulfiller.db.models import Order, Shipment, StockMovement
from fulfiller.db.models.aftersales import CarrierClaim
from fulfiller.domain.enums import MovementKind, ReplacementState, ShipmentStatus
from fulfiller.ui.app import create_main_window
from fulfiller.ui.claim_dialog import ClaimDialog
from fulfiller.ui.request_dialog import NewRequestDialog
from tests.journeys.campaign import build, tracking_number, wave
from tests.journeys.test_aftersales_path import _ship_through_label_tool
from tests.ui.lists import shown_rows


def _keys(qtbot, *keys: Qt.Key) -> None:  # noqa: ANN001
    for key in keys:
        qtbot.keyClick(QApplication.focusWidget(), key)


def _type(qtbot, text: str) -> None:  # noqa: ANN001
    """Keys into whatever has the focus, then Enter, as a scanner does."""
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def _active(qtbot, widget) -> None:  # noqa: ANN001
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def test_aftersales_path_in_the_window(qtbot, settings, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    journey = build(tmp_path, capsys)
    wave(journey)
    shipped = _ship_through_label_tool(journey, "Wave 1 — US", tmp_path / "wave.csv", 87_000_000)
    window = create_main_window(settings.data_dir, journey.db)
    qtbot.addWidget(window)
    with window.db.reading() as session:
        order_id = session.scalar(select(Order.id).where(Order.platform_order_id == shipped[0]))
    view = window.show_view("replacements")

    def log_part(dialog: NewRequestDialog) -> int:
        _active(qtbot, dialog)
        _type(qtbot, f"FUL-{order_id}")  # the order's lines appear, the whole kit ticked
        parts = dialog.parts
        skus = [part.sku for part in parts.parts]
        assert QApplication.focusWidget() is parts and sorted(skus) == ["BG-BOX", "PEND"]  # a base game, a pendant
        _keys(qtbot, *([Qt.Key.Key_Down] * skus.index("BG-BOX")), Qt.Key.Key_Space)  # the game arrived
        assert [p.sku for p, units in zip(parts.parts, parts.units, strict=True) if units] == ["PEND"]
        _keys(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Tab)  # past Whole kit, to the reason
        qtbot.keyClicks(QApplication.focusWidget(), "m")  # "missing part"
        _keys(qtbot, Qt.Key.Key_Tab)
        _type(qtbot, "pendant missing from the box")  # Enter logs the request
        return dialog.result()

    monkeypatch.setattr(NewRequestDialog, "exec", log_part)
    request_id = view.new_request()
    assert request_id is not None
    view.requests.selectRow(next(i for i, r in enumerate(shown_rows(view.model)) if r.id == request_id))
    assert view.decide_selected(True)
    view.requests.selectRow(next(i for i, r in enumerate(shown_rows(view.model)) if r.id == request_id))
    [reship_id] = view.reship_selected()

    _active(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Packing
    station = window.views["packing"]
    _type(qtbot, f"FUL-{order_id}")
    assert station.pack is not None and station.pack.shipment_id == reship_id, station.banner.text()
    assert [line.item.sku for line in station.pack.state.lines] == ["PEND"]
    _type(qtbot, "PEND")
    assert QApplication.focusWidget() is station.tracking
    _type(qtbot, tracking_number(88_000_001))
    assert station.pack is None, station.banner.text()
    with window.db.reading() as session:
        reship = session.get(Shipment, reship_id)
        assert reship.status is ShipmentStatus.SHIPPED and reship.replaces_shipment_id is not None
        moves = session.scalars(select(StockMovement).where(StockMovement.shipment_id == reship_id)).all()
        assert [(m.kind, m.quantity) for m in moves] == [(MovementKind.RESHIPPED, -1)]

    view = window.show_view("replacements")
    view.state.setCurrentIndex(view.state.findData("reshipped"))
    assert request_id in {r.id for r in shown_rows(view.model) if r.state is ReplacementState.RESHIPPED}

    with window.db.reading() as session:
        lost_order = session.scalar(select(Order.id).where(Order.platform_order_id == shipped[1]))
    shipments = window.show_view("shipments")
    shipments.table.selectRow(next(i for i, r in enumerate(shown_rows(shipments.model)) if r.order_id == lost_order))
    assert shipments.change_selected(ShipmentStatus.LOST, confirm=False) and "1 parcels changed" in (
        shipments.message.text()
    )
    view = window.show_view("replacements")
    view.tabs.setCurrentIndex(1)

    def claim(dialog: ClaimDialog) -> int:
        _active(qtbot, dialog)
        dialog.order.setFocus()
        _type(qtbot, f"FUL-{lost_order}")  # the lost parcel is found
        assert dialog.parcel is not None
        dialog.amount.setText("12.00")
        dialog.deadline.setDate(QDate(2027, 1, 31))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ClaimDialog, "exec", claim)
    claim_id = view.open_claim()
    with window.db.reading() as session:
        opened = session.get(CarrierClaim, claim_id)
        assert (opened.amount, opened.deadline) == (Decimal("12.00"), date(2027, 1, 31))
    window.close()
