"""The label-tool path in the window: a campaign built on the command line, then New wave, the export
for ShipStation, the tool's shipments file back, and the platform's upload, from the Shipments view."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from fulfiller.domain.enums import ShipmentStatus
from fulfiller.importers.text_files import read_tables
from fulfiller.ui.app import create_main_window
from fulfiller.ui.export_dialog import ExportDialog
from fulfiller.ui.wave_dialog import WaveDialog
from tests.journeys.campaign import ADDRESS_ERRORS, COLLECTED, build, order_refs
from tests.journeys.test_label_tool_path import _shipments_export
from tests.ui.lists import shown_rows


def test_label_tool_path_in_the_window(qtbot, settings, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    journey = build(tmp_path, capsys)
    window = create_main_window(settings.data_dir, journey.db)
    qtbot.addWidget(window)
    view = window.show_view("shipments")

    def make_wave(dialog: WaveDialog) -> int:
        assert f"{COLLECTED - ADDRESS_ERRORS} order(s) get a parcel" in dialog.preview.text()
        dialog.name.setText("Holiday wave")
        dialog.warehouse.setCurrentIndex(dialog.warehouse.findText("US — US warehouse"))
        assert "3 order(s) get a parcel" in dialog.preview.text()  # the US share, without its address error
        dialog.accept()
        return 1

    monkeypatch.setattr(WaveDialog, "exec", make_wave)
    view.new_wave()
    assert "Wave Holiday wave: 3 parcel(s) from US." in view.message.text()
    view.wave.setCurrentIndex(view.wave.findData(view.wave.itemData(1)))
    assert len(shown_rows(view.model)) == 3 and {r.status for r in shown_rows(view.model)} == {ShipmentStatus.READY}

    out = tmp_path / "holiday.csv"

    def choose(dialog: ExportDialog) -> int:
        dialog.format.setCurrentIndex(dialog.format.findData("shipstation"))
        dialog.wave.setCurrentIndex(1)
        return 1

    monkeypatch.setattr(ExportDialog, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(out), ""))
    view.choose_order_export()
    qtbot.waitUntil(lambda: out.exists() and "Wrote 3 order(s)" in view.message.text(), timeout=20_000)
    sent = shown_rows(view.model)
    assert {r.status for r in sent} == {ShipmentStatus.AT_LABEL_TOOL} and {r.handed_to for r in sent} == {"shipstation"}

    table = read_tables(out)[0]
    back = _shipments_export(tmp_path / "shipments.csv", order_refs(table.rows, table.headers, "Order #"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(back), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, _c, _e: (items[0], True))
    view.choose_tracking_import()
    qtbot.waitUntil(lambda: "3 matched and applied" in view.message.text(), timeout=20_000)
    assert {r.status for r in shown_rows(view.model)} == {ShipmentStatus.SHIPPED}
    assert all(r.tracking_number.startswith("LX") for r in shown_rows(view.model))

    upload = tmp_path / "backerkit.csv"
    task = view.export_tracking("backerkit", upload)
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    assert len(read_tables(upload)[0].rows) == 3
    window.close()
