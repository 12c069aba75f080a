"""The big lists (Backers, Shipments) as the person meets them: their ids come from a reading thread
while the window stays free, only the newest answer is shown, a sort keeps the selection, and Qt's own
model checker finds nothing wrong while all of this happens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fulfiller.domain.enums import ShipmentStatus
from fulfiller.services.shipping.parcel_list import ParcelColumn
from tests.ui.lists import shown_rows

pytestmark = pytest.mark.background_reads


def _settled(qtbot, window) -> None:  # noqa: ANN001 - the main window
    qtbot.waitUntil(lambda: not window.ops.reading, timeout=10_000)


def test_the_shipments_list_waits_for_its_first_show_and_says_so(qtbot, window) -> None:
    view = window.views["shipments"]
    _settled(qtbot, window)
    assert not view.model.has_loaded and view.model.rowCount() == 0  # not read while nobody looks
    busy: list[bool] = []
    window.ops.busy.connect(busy.append)
    window.show_view("shipments")
    assert view.message.text() == "Loading the parcels…" and window.reading.isVisible()
    _settled(qtbot, window)
    assert busy == [True, False] and not window.reading.isVisible()
    assert view.model.has_loaded and view.message.text() == f"{view.model.rowCount():,} parcels shown."


def test_only_the_newest_question_is_answered(qtbot, window) -> None:
    view = window.show_view("shipments")
    _settled(qtbot, window)
    answers: list[int] = []
    view.model.loaded.connect(lambda: answers.append(view.model.rowCount()))
    view.status.setCurrentIndex(view.status.findData("delivered"))
    view.status.setCurrentIndex(view.status.findData("at_label_tool"))  # before the first could answer
    _settled(qtbot, window)
    rows = shown_rows(view.model)
    assert rows and {r.status for r in rows} == {ShipmentStatus.AT_LABEL_TOOL}
    assert answers == [len(rows)]


def test_a_sort_keeps_the_selected_parcel_selected(qtbot, window, qtmodeltester) -> None:
    view = window.show_view("shipments")
    _settled(qtbot, window)
    qtmodeltester.check(view.model)  # stays attached: every reset, sort and reload below is checked too
    chosen = view.model.id_at(7)
    view.table.selectRow(7)
    name = list(ParcelColumn).index(ParcelColumn.NAME)
    view.table.sortByColumn(name, Qt.SortOrder.DescendingOrder)
    _settled(qtbot, window)
    names = [r.backer_name for r in shown_rows(view.model)]
    assert names != sorted(names) and view.model.sort_column == name and view.model.descending
    assert view.selected_ids() == [chosen]
    view.model.reload()  # the same list again: the selection stays
    _settled(qtbot, window)
    assert view.selected_ids() == [chosen]


def test_the_backers_list_comes_from_its_thread_and_passes_qt_model_checks(qtbot, window, qtmodeltester) -> None:
    view = window.show_view("backers")
    _settled(qtbot, window)
    qtmodeltester.check(view.model)
    total = view.model.rowCount()
    assert total > 0 and view.count.text() == f"{total} backer(s) shown"
    view.search.setText("zzzz-no-such-backer")
    view.apply_filter()
    assert view.model.rowCount() == total  # the old list stays until the new one comes
    _settled(qtbot, window)
    assert view.model.rowCount() == 0 and view.count.text() == "0 backer(s) shown"
    view.search.clear()
    view.apply_filter()
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    _settled(qtbot, window)
    assert view.model.rowCount() == total


def test_a_second_click_on_a_header_turns_the_list_round_without_a_query(qtbot, window, qtmodeltester) -> None:
    view = window.show_view("backers")
    _settled(qtbot, window)
    qtmodeltester.check(view.model)
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    _settled(qtbot, window)
    up = [view.model.id_at(row) for row in range(view.model.rowCount())]
    view.table.selectRow(3)
    chosen = view.model.id_at(3)
    asked: list[bool] = []
    window.ops.busy.connect(asked.append)
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert asked == [] and not window.ops.reading  # turned round at once
    assert [view.model.id_at(row) for row in range(view.model.rowCount())] == up[::-1]
    assert view.model.descending and view.selected_order_ids() == (chosen,)
    view.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # another column is a question again
    assert asked == [True]
    _settled(qtbot, window)
