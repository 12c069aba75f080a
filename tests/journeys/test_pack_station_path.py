"""The own pack station's path: a wave made on the command line, its packing lists printed, every
parcel packed at the Packing view by scanner keystrokes alone (the scanner types into whatever field
has the focus, then Enter), and the platform's tracking upload."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from fulfiller.db.models import Item, Shipment, ShipmentLine, Wave
from fulfiller.services.database import open_db
from fulfiller.ui.app import create_main_window
from tests.journeys.campaign import build, tracking_number, wave


def _scan(qtbot, code: str) -> None:  # noqa: ANN001
    """What a USB scanner does: the code's keys, then Enter, into the focused field."""
    focused = QApplication.focusWidget()
    assert focused is not None, "no field has the focus: the scanner's code would go nowhere"
    qtbot.keyClicks(focused, code)
    qtbot.keyClick(focused, Qt.Key.Key_Return)


def _wave_parcels(db_path: Path, name: str) -> list[tuple[int, list[tuple[str, int]]]]:
    """(order id, [(sku, units)]) of each parcel of the wave, as its packing list shows them."""
    db = open_db(db_path)
    try:
        with db.reading() as session:
            parcels = session.scalars(
                select(Shipment).join(Wave, Wave.id == Shipment.wave_id).where(Wave.name == name)
            ).all()
            return [
                (p.order_id, [(sku, q) for sku, q in session.execute(
                    select(Item.sku, ShipmentLine.quantity).join(Item, Item.id == ShipmentLine.item_id)
                    .where(ShipmentLine.shipment_id == p.id))])
                for p in parcels
            ]  # fmt: skip
    finally:
        db.close()


def test_pack_station_path(qtbot, settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    journey = build(tmp_path, capsys)
    parcels = wave(journey)
    lists = tmp_path / "packing.pdf"
    journey.run("print", "packing-lists", "--warehouse", "US", "--problem-free", "--out", str(lists))
    assert len(PdfReader(lists).pages) == parcels["US"]
    us_parcels = _wave_parcels(journey.db, "Wave 1 — US")
    assert len(us_parcels) == parcels["US"]

    window = create_main_window(settings.data_dir, journey.db)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Packing
    station = window.views["packing"]
    assert window.stack.currentWidget() is station
    for number, (order_id, lines) in enumerate(us_parcels):
        _scan(qtbot, f"FUL-{order_id}")  # the packing list's barcode
        assert station.pack is not None and station.pack.order_id == order_id, station.banner.text()
        for sku, quantity in lines:
            for _ in range(quantity):
                _scan(qtbot, sku)
        assert station.pack.complete and QApplication.focusWidget() is station.tracking
        _scan(qtbot, tracking_number(84_000_000 + number))
        assert station.pack is None, station.banner.text()
        assert QApplication.focusWidget() is station.scan  # ready for the next order, no click needed
    _scan(qtbot, f"FUL-{us_parcels[0][0]}")  # the same list again: warned, nothing packed twice
    assert "ALREADY PACKED" in station.banner.text()
    window.close()

    assert {w["name"]: w["by_status"] for w in journey.json("wave", "list")}.get("Wave 1 — US", {}).get(
        "shipped"
    ) == len(us_parcels)
    upload = journey.json("export", "tracking", "--format", "backerkit", "--out", str(tmp_path / "bk.csv"))
    assert upload["rows"] == upload["with_tracking"] == len(us_parcels) == parcels["US"]
