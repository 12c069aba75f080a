"""What people expect of a desktop program: a welcome page on a new station, the databases opened
lately, a file dropped on the window, the columns as they were left, the settings and the shortcuts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QTableView

from fulfiller import station
from fulfiller.ui.app import create_main_window
from fulfiller.ui.help_dialogs import shortcuts_of, versions
from fulfiller.ui.import_wizard import ImportWizard
from tests.services.export_files import backer, write_export


def _drop(window, path: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(event)


def _wizards() -> list[ImportWizard]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard) and w.isVisible()]


def test_a_new_station_starts_on_the_welcome_page_and_creates_nothing(qtbot, settings) -> None:
    window = create_main_window(settings.data_dir)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.welcome and not window.nav.isVisible()
    assert set(window.welcome.buttons) == {"new", "import", "demo", "open"}
    assert not window.welcome.recent.isVisible()  # nothing opened yet, nothing listed
    assert window.db is None and not (settings.data_dir / "fulfiller.sqlite").exists()
    window.close()


def test_the_welcome_page_lists_recent_databases_and_opens_one(qtbot, settings, demo_db_path: Path) -> None:
    station.remember_database(settings.data_dir, demo_db_path)
    gone = demo_db_path.with_name("moved-away.sqlite")
    station.remember_database(settings.data_dir, gone)  # listed once, then its file went away
    window = create_main_window(settings.data_dir)
    qtbot.addWidget(window)
    assert window.campaign is not None  # the newest database that still exists opened by itself
    window._close_database()
    listed = [
        window.welcome.recent.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.welcome.recent.count())
    ]
    assert listed == [demo_db_path.resolve()]
    window.welcome.recent.setCurrentRow(0)
    qtbot.keyClick(window.welcome.recent, Qt.Key.Key_Return)
    assert window.campaign is not None and window.stack.currentWidget() is window.views["dashboard"]
    window._fill_recent_menu()
    assert [a.text() for a in window.recent_menu.actions()][0].startswith("&1 demo-copy.sqlite")
    window.close()


def test_an_export_dropped_on_the_window_starts_the_import_wizard(qtbot, window, tmp_path: Path) -> None:
    export = write_export(tmp_path / "late-pledges.csv", [backer(9001), backer(9002)])
    _drop(window, export)
    wizards = _wizards()
    assert len(wizards) == 1 and wizards[0].path == export
    wizards[0].reject()


def test_an_export_dropped_on_a_new_station_makes_its_campaign(qtbot, settings, tmp_path: Path) -> None:
    window = create_main_window(settings.data_dir)
    qtbot.addWidget(window)
    export = write_export(tmp_path / "Aurora backer report.csv", [backer(1), backer(2)])
    _drop(window, export)
    assert window.campaign is not None and window.campaign.name == "Aurora backer report"
    wizard = _wizards()[0]
    assert wizard.path == export
    wizard.reject()
    window.close()


def test_a_database_dropped_on_the_window_opens_it(qtbot, settings, demo_db_path: Path) -> None:
    window = create_main_window(settings.data_dir)
    qtbot.addWidget(window)
    _drop(window, demo_db_path)
    assert window.db is not None and window.db.path == demo_db_path and window.campaign is not None
    assert station.recent_databases(settings.data_dir) == [demo_db_path.resolve()]
    window.close()


def test_column_widths_order_and_sort_are_remembered_per_view(qtbot, settings, demo_db_path: Path) -> None:
    window = create_main_window(settings.data_dir, demo_db_path)
    qtbot.addWidget(window)
    table: QTableView = window.views["backers"].table
    header = table.horizontalHeader()
    header.resizeSection(1, 333)
    header.moveSection(2, 0)  # e-mail first
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    first_name = window.views["backers"].model.index(0, 1).data()
    window.close()

    again = create_main_window(settings.data_dir, demo_db_path)
    qtbot.addWidget(again)
    table = again.views["backers"].table
    header = table.horizontalHeader()
    assert header.sectionSize(1) == 333 and header.logicalIndex(0) == 2
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.DescendingOrder)
    assert again.views["backers"].model.index(0, 1).data() == first_name  # sorted again, not only marked
    again.close()


def test_settings_are_kept_and_used_when_printing(qtbot, window, tmp_path: Path) -> None:
    dialog = window.show_settings()
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.label_paper.setCurrentIndex(dialog.label_paper.findData("A4"))
    dialog.warehouse.setCurrentIndex(1)
    code = dialog.warehouse.currentData()
    dialog.backups.setText(str(tmp_path / "backups"))
    dialog.accept()
    assert (window.settings.paper, window.settings.label_paper, window.settings.warehouse) == ("Letter", "A4", code)
    assert station.backup_folder(window.settings.data_dir) == (tmp_path / "backups").resolve()
    assert window.db.backups == (tmp_path / "backups").resolve()
    printing = window.print_documents()
    assert printing.paper.currentData() == "Letter"
    printing.document.setCurrentIndex(printing.document.findData("labels"))
    assert printing.paper.currentData() == "A4"
    assert printing.warehouse.currentText().startswith(code)
    printing.reject()


def test_every_shortcut_is_listed_and_about_names_the_versions(qtbot, window) -> None:
    rows = shortcuts_of(window)
    keys = {keys for _where, _what, keys in rows}
    assert {"Ctrl+I", "Ctrl+P", "Ctrl+1", "Ctrl+7", "F1", "F2", "Esc", "Ctrl+F", "Ctrl+S"} <= keys
    assert ("Packing", "Put the open order aside", "Esc") in rows
    dialog = window.show_shortcuts()
    assert dialog.table.rowCount() == len(rows)
    dialog.reject()
    found = dict(versions())
    assert found["Qt"].startswith("6.") and found["phonenumbers"] != "?" and found["pycountry"] != "?"
