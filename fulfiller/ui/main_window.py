"""The main window: the welcome page or the campaign's views, the open database, the station."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from fulfiller import APP_NAME, paths, station
from fulfiller.domain.errors import UserError
from fulfiller.services.audit import default_operator
from fulfiller.services.campaigns import CampaignInfo, create_campaign, list_campaigns
from fulfiller.services.database import Database, open_db
from fulfiller.services.importing.run import campaign_name_from_file
from fulfiller.services.planning.warehouses import list_warehouses
from fulfiller.ui.campaign_dialog import CampaignDialog
from fulfiller.ui.columns import restore_columns, save_columns
from fulfiller.ui.help_dialogs import ShortcutsDialog, show_about
from fulfiller.ui.import_wizard import EXPORT_FILTER, ImportWizard
from fulfiller.ui.imports_dialog import ImportsDialog
from fulfiller.ui.language import LANGUAGES
from fulfiller.ui.messages import render_error, show_user_error
from fulfiller.ui.ops import CampaignEvents, CampaignOps
from fulfiller.ui.print_dialog import PrintDialog
from fulfiller.ui.settings import AppSettings
from fulfiller.ui.settings_dialog import SettingsDialog
from fulfiller.ui.tasks import Task
from fulfiller.ui.views.backers import BackersView
from fulfiller.ui.views.dashboard import DashboardView
from fulfiller.ui.views.inventory import InventoryView
from fulfiller.ui.views.kitting import KittingView
from fulfiller.ui.views.pack_station import PackStationView
from fulfiller.ui.views.replacements import ReplacementsView
from fulfiller.ui.views.shipments import ShipmentsView
from fulfiller.ui.welcome import WelcomePage

ASSETS = Path(__file__).parent / "assets"
DB_FILTER = "Fulfiller database (*.sqlite *.db);;All files (*)"
DB_SUFFIXES = {".sqlite", ".db", ".sqlite3"}
DEMO_BACKERS = 2000


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings) -> None:
        super().__init__()
        self.settings = settings
        self.db: Database | None = None
        self.campaign: CampaignInfo | None = None
        self.events = CampaignEvents(self)  # every view hears here what the others changed
        self.ops: CampaignOps | None = None
        self.views: dict[str, QWidget] = {}
        self.setWindowTitle(APP_NAME)
        icon = ASSETS / "fulfiller.svg"
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        self.resize(1200, 760)
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        self.setAcceptDrops(True)  # an export dropped on the window is imported, a database opened

        self.nav = QListWidget(self)
        self.nav.setFixedWidth(170)
        self.nav.setStyleSheet("QListWidget { font-size: 15px; } QListWidget::item { padding: 8px 10px; }")
        self.stack = QStackedWidget(self)
        self.welcome = WelcomePage(self.stack)
        self.stack.addWidget(self.welcome)
        self.nav.currentRowChanged.connect(lambda row: self.stack.setCurrentIndex(row + 1))
        self._connect_welcome()
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(6, 6, 6, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel(self)
        self.operator_button = QPushButton(self)
        self.operator_button.setFlat(True)
        self.operator_button.clicked.connect(self.ask_operator)
        self.reading = QProgressBar(self)  # moves while a view waits for its rows
        self.reading.setRange(0, 0)
        self.reading.setMaximumWidth(120)
        self.reading.setFormat(self.tr("Reading…"))
        self.reading.setToolTip(self.tr("Reading the campaign"))
        self.reading.hide()
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.reading)
        self.statusBar().addPermanentWidget(self.operator_button)
        self._build_menus()
        self._show_welcome()

    # --- menus ---------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New database…"), self.new_database, QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("&Open database…"), self.choose_database, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("&Recent databases"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._action(file_menu, self.tr("New &demo database…"), self.new_demo_database)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Import backers…"), self.choose_export, "Ctrl+I")
        self.imports_action = self._action(file_menu, self.tr("Import &history and undo…"), self.show_imports)
        file_menu.addSeparator()
        self.print_action = self._action(
            file_menu, self.tr("&Print…"), self.print_documents, QKeySequence.StandardKey.Print
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        campaign_menu = self.menuBar().addMenu(self.tr("&Campaign"))
        self.switch_action = self._action(
            campaign_menu, self.tr("&Switch or create campaign…"), self.choose_campaign, "Ctrl+Shift+C"
        )

        station_menu = self.menuBar().addMenu(self.tr("&Station"))
        self._action(station_menu, self.tr("&Settings…"), self.show_settings, QKeySequence.StandardKey.Preferences)
        self._action(station_menu, self.tr("&Operator name…"), self.ask_operator)
        language_menu = station_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in LANGUAGES.items():
            action = QAction(label, self, checkable=True, checked=code == self.settings.language)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        self._action(help_menu, self.tr("&About Fulfiller"), self.about)

    def _action(self, menu: QMenu, text: str, slot, shortcut=None) -> QAction:  # noqa: ANN001 - Qt types
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = station.recent_databases(self.settings.data_dir)
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name} — {path.parent}")
            action.triggered.connect(lambda _checked=False, p=path: self.open_recent(p))
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    # --- database and campaign -----------------------------------------------------------------

    def start(self, db_path: Path | None) -> None:
        """Open the given database, else the one used last; a new station starts on the welcome page."""
        path = db_path or next(iter(station.recent_databases(self.settings.data_dir)), None)
        if path is not None and self.open_database(path, create=db_path is not None):
            self.choose_campaign(initial=True)

    def open_database(self, path: Path, *, create: bool = False) -> bool:
        try:
            db = open_db(path, create=create, backups=station.backup_folder(self.settings.data_dir))
        except UserError as exc:
            QMessageBox.critical(self, self.tr("Cannot open the database"), render_error(exc))
            return False
        self._close_database()
        self.db = db
        station.remember_database(self.settings.data_dir, path)
        self._update_status()
        return True

    def open_recent(self, path: Path) -> None:
        if self.open_database(path):
            self.choose_campaign(initial=True)

    def choose_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), str(self.settings.data_dir), DB_FILTER)
        if name:
            self.open_recent(Path(name))

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(self.settings.data_dir / "campaign.sqlite"), DB_FILTER
        )
        if not name:
            return
        if Path(name).exists():
            QMessageBox.warning(self, self.tr("New database"), self.tr("That file exists already; use Open database."))
            return
        if self.open_database(Path(name), create=True):
            self.choose_campaign(initial=True)

    def new_campaign(self) -> None:
        """A campaign in the open database, or in the station's own database when none is open."""
        if self.db is not None or self.open_database(paths.default_db(self.settings.data_dir), create=True):
            self.choose_campaign()

    def new_demo_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New demo database"), str(paths.demo_db(self.settings.data_dir)), DB_FILTER
        )
        if name:
            self.create_demo(Path(name))

    def open_demo(self) -> Task | None:
        """The demo campaign: opened if this station made it before, else made now."""
        demo = paths.demo_db(self.settings.data_dir)
        if demo.is_file() and self.open_database(demo):
            self.choose_campaign(initial=True)
            return None
        return self.create_demo(demo)

    def create_demo(self, path: Path, backers: int = DEMO_BACKERS) -> Task:
        from fulfiller.demo.database import make_demo_database  # large tables, loaded on demand

        operator = self.operator()
        task = Task(
            self,
            self.tr("Creating the demo campaign"),
            lambda progress, cancel: make_demo_database(
                path, backers=backers, operator=operator, progress=progress, cancel=cancel
            ),
        )
        task.done.connect(lambda outcome: self.open_database(outcome.path) and self.show_campaign(outcome.campaign_id))
        return task.start()

    def choose_campaign(self, *, initial: bool = False) -> None:
        if self.db is None:
            return
        with self.db.reading() as session:
            campaigns = list_campaigns(session)
        remembered = self.settings.last_campaign(self.db.path)
        if initial and len(campaigns) == 1:
            self.show_campaign(campaigns[0].id)
            return
        if initial and remembered in {c.id for c in campaigns}:
            self.show_campaign(remembered)
            return
        chosen, ok = CampaignDialog.choose(self.db, self.operator(), self)
        if ok and chosen is not None:
            self.show_campaign(chosen)

    def show_campaign(self, campaign_id: int) -> bool:
        assert self.db is not None
        with self.db.reading() as session:
            found = [c for c in list_campaigns(session) if c.id == campaign_id]
        if not found:
            return False
        self.campaign = found[0]
        self.settings.set_last_campaign(self.db.path, campaign_id)
        self._build_views()
        self._update_status()
        return True

    def _close_database(self) -> None:
        self._clear_views()
        self.campaign = None
        if self.db is not None:
            self.db.close()
            self.db = None
        self._show_welcome()

    # --- importing and printing ----------------------------------------------------------------

    def choose_export(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import backers"), "", EXPORT_FILTER)
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> ImportWizard | None:
        """Import an export into the campaign on screen; with none, into the station's database, in a
        campaign named after the file when that database holds none yet."""
        if self.campaign is None:
            if self.db is None and not self.open_database(paths.default_db(self.settings.data_dir), create=True):
                return None
            if not self._campaign_for(path):
                return None
        return self.import_backers(path)

    def _campaign_for(self, path: Path) -> bool:
        assert self.db is not None
        with self.db.reading() as session:
            campaigns = list_campaigns(session)
        if campaigns:
            self.choose_campaign(initial=True)
            return self.campaign is not None
        name = campaign_name_from_file(path)
        try:
            with self.db.transaction() as session:
                campaign_id = create_campaign(session, name, operator=self.operator())
        except UserError as exc:
            show_user_error(self, self.tr("New campaign"), exc)
            return False
        return self.show_campaign(campaign_id)

    def import_backers(self, path: Path | None = None) -> ImportWizard | None:
        if self.ops is None or self.campaign is None:
            return None
        wizard = ImportWizard(self.ops, self.campaign, self, path)
        wizard.finished.connect(lambda _result: self._after_import(wizard))
        wizard.open()
        return wizard

    def _after_import(self, wizard: ImportWizard) -> None:
        if wizard.summary is not None:
            self.show_view("backers")  # the views heard of the import and refresh themselves

    def print_documents(self, order_ids: tuple[int, ...] | None = None) -> PrintDialog | None:
        if self.db is None or self.campaign is None:
            return None
        sheet, labels = self.settings.paper, self.settings.label_paper
        papers = {"packing-lists": sheet, "pick-list": sheet, "customs": sheet, "labels": labels}
        dialog = PrintDialog(
            self.db, self.campaign.id, self, order_ids, papers=papers, warehouse=self.settings.warehouse
        )
        dialog.open()
        return dialog

    def show_imports(self) -> None:
        if self.ops is not None:
            ImportsDialog(self.ops, self).exec()

    # --- dropping files ------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if path is None:
            return
        event.acceptProposedAction()
        if path.suffix.lower() in DB_SUFFIXES:
            self.open_recent(path)
        else:
            self.import_file(path)

    # --- views ---------------------------------------------------------------------------------

    def _clear_views(self) -> None:
        for key, view in self.views.items():
            save_columns(self.settings, key, view)
        if self.ops is not None:
            self.ops.deleteLater()  # its views go with it; the events object stays the window's
            self.ops = None
            self.reading.hide()
        self.nav.clear()
        for view in self.views.values():
            self.stack.removeWidget(view)
            view.deleteLater()
        self.views.clear()

    def _build_views(self) -> None:
        assert self.db is not None and self.campaign is not None
        self._clear_views()
        ops = self.ops = CampaignOps(
            self.db, self.campaign, self.operator, self.events, self, home_warehouse=lambda: self.settings.warehouse
        )
        ops.busy.connect(self.reading.setVisible)
        pages = (
            ("dashboard", self.tr("Dashboard"), DashboardView(ops)),
            ("backers", self.tr("Backers"), BackersView(ops)),
            ("kitting", self.tr("Kitting"), KittingView(ops)),
            ("packing", self.tr("Packing"), PackStationView(ops)),
            ("shipments", self.tr("Shipments"), ShipmentsView(ops)),
            ("replacements", self.tr("Replacements"), ReplacementsView(ops)),
            ("inventory", self.tr("Inventory"), InventoryView(ops)),
        )
        for number, (key, label, widget) in enumerate(pages, start=1):
            self.views[key] = widget
            widget.setAccessibleName(label)
            self.stack.addWidget(widget)
            restore_columns(self.settings, key, widget)
            item = QListWidgetItem(label)
            item.setToolTip(self.tr("Ctrl+{n}").format(n=number))
            self.nav.addItem(item)
            self._shortcut_to(number, label)
        self.nav.show()
        self.nav.setCurrentRow(0)
        self.stack.setCurrentIndex(1)

    def _shortcut_to(self, number: int, label: str) -> None:
        action = QAction(label, self)
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda: self.nav.setCurrentRow(number - 1))
        self.views[list(self.views)[number - 1]].addAction(action)
        self.addAction(action)

    def show_view(self, key: str) -> QWidget:
        widget = self.views[key]
        self.nav.setCurrentRow(self.stack.indexOf(widget) - 1)
        return widget

    def _show_welcome(self) -> None:
        self.welcome.show_recent(station.recent_databases(self.settings.data_dir))
        self.nav.hide()
        self.stack.setCurrentWidget(self.welcome)
        self._update_status()

    def _connect_welcome(self) -> None:
        self.welcome.new_campaign.connect(self.new_campaign)
        self.welcome.open_demo.connect(self.open_demo)
        self.welcome.open_file.connect(self.choose_database)
        self.welcome.import_export.connect(self.choose_export)
        self.welcome.open_recent.connect(self.open_recent)

    # --- station -------------------------------------------------------------------------------

    def operator(self) -> str:
        """Who signs this station's changes: the name set here, else the same default as the CLI's."""
        return self.settings.operator or default_operator()

    def ask_operator(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Operator"),
            self.tr("Who is working at this station? (written into the audit log)"),
            text=self.operator(),
        )
        if ok and name.strip():
            self.settings.operator = name
            self._update_status()

    def set_language(self, code: str) -> None:
        self.settings.language = code
        QMessageBox.information(
            self, self.tr("Language"), self.tr("The new language is used from the next start of Fulfiller.")
        )

    def show_settings(self) -> SettingsDialog:
        codes = [w.code for w in self.ops.read(lambda s: list_warehouses(s, self.ops.campaign_id))] if self.ops else []
        language = self.settings.language
        dialog = SettingsDialog(self.settings, codes, self)
        dialog.accepted.connect(lambda: self._settings_changed(language))
        dialog.open()
        return dialog

    def _settings_changed(self, language_before: str) -> None:
        if self.db is not None:
            self.db.backups = station.backup_folder(self.settings.data_dir)
        self._update_status()
        if self.settings.language != language_before:
            self.set_language(self.settings.language)

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self)
        dialog.open()
        return dialog

    def about(self) -> None:
        show_about(self)

    def _update_status(self) -> None:
        where = str(self.db.path) if self.db else self.tr("no database open")
        campaign = f" — {self.campaign.name}" if self.campaign else ""
        self.db_label.setText(where + campaign)
        self.setWindowTitle(f"{self.campaign.name} — {APP_NAME}" if self.campaign else APP_NAME)
        self.operator_button.setText(
            self.tr("Operator: {name}").format(name=self.settings.operator or self.tr("(not set)"))
        )
        self.switch_action.setEnabled(self.db is not None)
        for action in (self.imports_action, self.print_action):
            action.setEnabled(self.campaign is not None)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = self.saveGeometry()
        self._close_database()
        self.settings.sync()
        super().closeEvent(event)


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    local = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return local[0] if local and local[0].is_file() else None
