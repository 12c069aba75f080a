from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from fulfiller.domain.enums import ShipmentStatus
from fulfiller.services.shipping.order_exports import ORDER_FORMATS
from fulfiller.services.shipping.tracking_export import TRACKING_FORMATS
from fulfiller.ui import labels
from tests.ui.lists import shown_rows


def test_filters_and_bulk_status_change_with_refusals(qtbot, window) -> None:
    view = window.show_view("shipments")
    everything = len(shown_rows(view.model))
    assert everything > 0
    view.status.setCurrentIndex(view.status.findData("packed"))
    packed = len(shown_rows(view.model))
    assert 0 < packed < everything
    assert {r.status for r in shown_rows(view.model)} == {ShipmentStatus.PACKED}
    view.table.selectAll()
    assert view.change_selected(ShipmentStatus.SHIPPED, confirm=False)
    assert f"{packed} parcels changed" in view.message.text()
    view.status.setCurrentIndex(view.status.findData("pending"))
    pending = len(shown_rows(view.model))
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


class _Offered:
    """Stands in for QInputDialog.getItem: keeps the items offered and picks the one at `pick`."""

    def __init__(self, pick: int) -> None:
        self.pick, self.items = pick, []

    def __call__(self, parent, title, label, items, current=0, editable=True):  # noqa: ANN001, ANN204
        self.items = list(items)
        return self.items[self.pick], True


def _save_dialog(monkeypatch, names: list[str]) -> None:  # noqa: ANN001
    def ask(parent, caption, suggested, filters):  # noqa: ANN001, ANN202
        names.append(suggested)
        return "", ""  # the person cancels: nothing is written

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)


@pytest.mark.parametrize("name", ORDER_FORMATS.names())
def test_the_order_export_offers_the_registered_formats(qtbot, window, monkeypatch, name: str) -> None:
    from fulfiller.ui.export_dialog import ExportDialog

    view = window.show_view("shipments")
    seen, suggested = {}, []

    def pick(dialog: ExportDialog) -> int:
        seen["items"] = [dialog.format.itemText(i) for i in range(dialog.format.count())]
        dialog.format.setCurrentIndex(dialog.format.findData(name))
        seen["partner"] = dialog.partner.isEnabled()
        return 1

    monkeypatch.setattr(ExportDialog, "exec", pick)
    _save_dialog(monkeypatch, suggested)
    view.choose_order_export()
    assert seen["items"] == [labels.order_export(n) for n in ORDER_FORMATS]
    assert all(item != n for item, n in zip(seen["items"], ORDER_FORMATS, strict=True))  # each has its words
    assert seen["partner"] is ORDER_FORMATS[name].partner  # a partner is named, a label tool is not
    assert suggested == [f"{name}.csv"]


@pytest.mark.parametrize("name", TRACKING_FORMATS.names())
def test_the_tracking_export_offers_the_registered_platforms(qtbot, window, monkeypatch, name: str) -> None:
    view = window.show_view("shipments")
    offered, suggested, templates = _Offered(pick=TRACKING_FORMATS.names().index(name)), [], []
    monkeypatch.setattr(QInputDialog, "getItem", offered)
    _save_dialog(monkeypatch, suggested)

    def ask_for_template(parent, caption, folder, filters):  # noqa: ANN001, ANN202
        templates.append(caption)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", ask_for_template)
    view.choose_tracking_export()
    assert offered.items == [labels.tracking_export(n) for n in TRACKING_FORMATS]
    assert all(item != n for item, n in zip(offered.items, TRACKING_FORMATS, strict=True))
    if TRACKING_FORMATS[name].needs_template:
        assert len(templates) == 1 and suggested == []  # asked for the platform's file, then cancelled
    else:
        assert templates == [] and suggested == [f"{name}-tracking.csv"]


def test_the_shipments_model_passes_qt_model_checks(qtmodeltester, window) -> None:
    qtmodeltester.check(window.show_view("shipments").model)
