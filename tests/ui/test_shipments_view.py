from __future__ import annotations

import csv
from pathlib import Path

from fulfiller.domain.enums import ShipmentStatus


def test_filters_and_bulk_status_change_with_refusals(qtbot, window) -> None:
    view = window.show_view("shipments")
    everything = len(view.rows)
    assert everything > 0
    view.status.setCurrentIndex(view.status.findData("packed"))
    packed = len(view.rows)
    assert 0 < packed < everything
    assert {r.status for r in view.rows} == {ShipmentStatus.PACKED}
    view.table.selectAll()
    assert view.change_selected(ShipmentStatus.SHIPPED, confirm=False)
    assert f"{packed} parcels changed" in view.message.text()
    view.status.setCurrentIndex(view.status.findData("pending"))
    pending = len(view.rows)
    view.table.selectAll()
    assert view.change_selected(ShipmentStatus.DELIVERED, confirm=False)  # pending cannot be delivered
    assert "0 parcels changed" in view.message.text() and f"{pending} refused" in view.message.text()


def test_export_for_a_label_tool_and_tracking_back(qtbot, window, tmp_path: Path) -> None:
    view = window.show_view("shipments")
    out = tmp_path / "shipstation.csv"
    task = view.export_orders("shipstation", out)
    qtbot.waitUntil(lambda: not task.running, timeout=30_000)
    with out.open(encoding="utf-8-sig") as handle:
        header = next(csv.reader(handle))
    assert header[:4] == ["Order #", "Order Date", "Date Paid", "Order Total"]
    assert "order(s)" in view.message.text()
