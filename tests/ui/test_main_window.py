from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from fulfiller.services.backers import BackerColumn
from fulfiller.services.campaigns import resolve_campaign
from fulfiller.services.database import open_db
from fulfiller.services.stats import campaign_stats
from fulfiller.ui.models.lazy_table import ID_ROLE as ORDER_ID_ROLE

DEMO_BACKERS = 120


def test_window_opens_the_demo_and_lists_its_backers(qtbot, window, demo_db_path: Path) -> None:
    assert window.campaign is not None and window.campaign.name.startswith("Demo")
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Dashboard",
        "Backers",
        "Kitting",
        "Packing",
        "Shipments",
        "Replacements",
        "Inventory",
    ]
    backers = window.show_view("backers")
    model = backers.model
    assert model.rowCount() == DEMO_BACKERS
    assert backers.count.text() == f"{DEMO_BACKERS} backer(s) shown"
    names = {model.index(r, 1).data() for r in range(model.rowCount())}
    db = open_db(demo_db_path)
    with db.reading() as session:
        from fulfiller.db.models import Backer

        assert names == {b.name for b in session.query(Backer)}
    db.close()


def test_backers_model_passes_qt_model_checks(qtmodeltester, window) -> None:
    qtmodeltester.check(window.show_view("backers").model)


def test_search_narrows_the_list_after_typing(qtbot, window) -> None:
    view = window.show_view("backers")
    model = view.model
    first_name = model.index(0, 1).data()
    qtbot.keyClicks(view.search, "zzzz-no-such-backer")
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=3000)
    assert view.count.text() == "0 backer(s) shown"
    view.search.setText(first_name)  # names may be non-Latin: typed by setText, not key clicks
    view.apply_filter()
    assert 1 <= model.rowCount() < DEMO_BACKERS
    assert first_name in {model.index(r, 1).data() for r in range(model.rowCount())}


def test_filters_by_tier_country_and_problems(qtbot, window) -> None:
    view = window.show_view("backers")
    model = view.model
    col = {c: n for n, c in enumerate(model.COLUMNS)}
    view.tier.setCurrentIndex(1)
    tier_title = view.tier.currentText()
    assert 0 < model.rowCount() < DEMO_BACKERS
    assert {model.index(r, col[BackerColumn.TIER]).data() for r in range(model.rowCount())} == {tier_title}
    view.tier.setCurrentIndex(0)
    view.country.setCurrentIndex(view.country.findData("DE"))
    assert model.rowCount() > 0
    assert {model.index(r, col[BackerColumn.COUNTRY]).data() for r in range(model.rowCount())} == {"DE"}
    view.country.setCurrentIndex(0)
    view.problems.setCurrentIndex(view.problems.findData("severity:error"))
    assert 0 < model.rowCount() < DEMO_BACKERS
    assert all(model.index(r, col[BackerColumn.PROBLEMS]).data() for r in range(model.rowCount()))


def test_sorting_by_name_orders_rows(qtbot, window) -> None:
    view = window.show_view("backers")
    column = list(BackerColumn).index(BackerColumn.NAME)
    view.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    names = [view.model.index(r, column).data() for r in range(view.model.rowCount())]
    assert names == sorted(names, key=str.lower)
    view.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert view.model.index(0, column).data() == names[-1]
    assert isinstance(view.model.index(0, 0).data(ORDER_ID_ROLE), int)


def test_dashboard_shows_the_same_counts_as_stats(window, demo_db_path: Path) -> None:
    dashboard = window.show_view("dashboard")
    db = open_db(demo_db_path)
    with db.reading() as session:
        stats = campaign_stats(session, resolve_campaign(session, None))
    db.close()
    assert dashboard.cards["backers"].text() == f"{stats['backers']:,}"
    assert dashboard.tables["by_tier"].rowCount() == len(stats["by_tier"])


def test_keyboard_switches_views(qtbot, window) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.views["backers"]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.views["dashboard"]


def test_opening_a_bad_file_keeps_the_current_database(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    bad = tmp_path / "export.sqlite"
    bad.write_text("Backer Number,Name\n")
    current = window.db.path
    assert window.open_database(bad) is False
    assert shown and "not a database file" in shown[0]
    assert window.db.path == current
    assert bad.read_text() == "Backer Number,Name\n"


def test_operator_name_is_shown_and_can_change(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    assert window.operator_button.text() == "Operator: Mei"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Jonas", True))
    window.ask_operator()
    assert window.operator_button.text() == "Operator: Jonas"
    assert window.settings.operator == "Jonas"
