"""The main window: navigation between the views, the open database and the station's operator."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fulfiller import APP_NAME, __version__, paths
from fulfiller.domain.errors import UserError
from fulfiller.services.audit import default_operator
from fulfiller.services.campaigns import CampaignInfo, list_campaigns
from fulfiller.services.database import Database, open_db
from fulfiller.ui.campaign_dialog import CampaignDialog
from fulfiller.ui.import_wizard import ImportWizard
from fulfiller.ui.imports_dialog import ImportsDialog
from fulfiller.ui.language import LANGUAGES
from fulfiller.ui.messages import render_error
from fulfiller.ui.ops import CampaignEvents, CampaignOps
from fulfiller.ui.print_dialog import PrintDialog
from fulfiller.ui.settings import AppSettings
from fulfiller.ui.tasks import Task
from fulfiller.ui.views.backers import BackersView
from fulfiller.ui.views.dashboard import DashboardView
from fulfiller.ui.views.inventory import InventoryView
from fulfiller.ui.views.kitting import KittingView
from fulfiller.ui.views.pack_station import PackStationView
from fulfiller.ui.views.replacements import ReplacementsView
from fulfiller.ui.views.shipments import ShipmentsView

ASSETS = Path(__file__).parent / "assets"
DB_FILTER = "Fulfiller database (*.sqlite *.db);;All files (*)"
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

        self.nav = QListWidget(self)
        self.nav.setFixedWidth(170)
        self.nav.setStyleSheet("QListWidget { font-size: 15px; } QListWidget::item { padding: 8px 10px; }")
        self.stack = QStackedWidget(self)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
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
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.operator_button)
        self._build_menus()
        self._show_welcome()
        self._update_status()

    # --- menus ---------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New database…"), self.new_database, QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("&Open database…"), self.choose_database, QKeySequence.StandardKey.Open)
        self._action(file_menu, self.tr("New &demo database…"), self.new_demo_database)
        file_menu.addSeparator()
        self.import_action = self._action(file_menu, self.tr("&Import backers…"), self.import_backers, "Ctrl+I")
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

        station = self.menuBar().addMenu(self.tr("&Station"))
        self._action(station, self.tr("&Operator name…"), self.ask_operator)
        language_menu = station.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in LANGUAGES.items():
            action = QAction(label, self, checkable=True, checked=code == self.settings.language)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Fulfiller"), self.about)

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:  # noqa: ANN001 - Qt types
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # --- database and campaign -----------------------------------------------------------------

    def start(self, db_path: Path | None) -> None:
        """Open the given database, else the last one used, else a new one in the data folder."""
        path = db_path or self.settings.last_db
        if path is None or not path.exists():
            path = db_path or paths.default_db(self.settings.data_dir)
        if self.open_database(path, create=True):
            self.choose_campaign(initial=True)

    def open_database(self, path: Path, *, create: bool = False) -> bool:
        try:
            db = open_db(path, create=create)
        except UserError as exc:
            QMessageBox.critical(self, self.tr("Cannot open the database"), render_error(exc))
            return False
        self._close_database()
        self.db = db
        self.settings.last_db = path
        self._update_status()
        return True

    def choose_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), str(self.settings.data_dir), DB_FILTER)
        if name and self.open_database(Path(name)):
            self.choose_campaign(initial=True)

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

    def new_demo_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New demo database"), str(paths.demo_db(self.settings.data_dir)), DB_FILTER
        )
        if name:
            self.create_demo(Path(name))

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
        dialog = PrintDialog(self.db, self.campaign.id, self, order_ids)
        dialog.open()
        return dialog

    def show_imports(self) -> None:
        if self.ops is not None:
            ImportsDialog(self.ops, self).exec()

    # --- views ---------------------------------------------------------------------------------

    def _clear_views(self) -> None:
        if self.ops is not None:
            self.ops.deleteLater()  # its views go with it; the events object stays the window's
            self.ops = None
        self.nav.clear()
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.views.clear()

    def _build_views(self) -> None:
        assert self.db is not None and self.campaign is not None
        self._clear_views()
        ops = self.ops = CampaignOps(self.db, self.campaign, self.operator, self.events, self)
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
            self.stack.addWidget(widget)
            item = QListWidgetItem(label)
            item.setToolTip(self.tr("Ctrl+{n}").format(n=number))
            self.nav.addItem(item)
            self._shortcut_to(number)
        self.nav.setCurrentRow(0)

    def _shortcut_to(self, number: int) -> None:
        action = QAction(self)
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda: self.nav.setCurrentRow(number - 1))
        self.stack.widget(number - 1).addAction(action)
        self.addAction(action)

    def show_view(self, key: str) -> QWidget:
        widget = self.views[key]
        self.nav.setCurrentRow(self.stack.indexOf(widget))
        return widget

    def _show_welcome(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        text = QLabel(self.tr("Open a campaign database, start a new one, or try the demo campaign."), page)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        for label, slot in (
            (self.tr("Open database…"), self.choose_database),
            (self.tr("New database…"), self.new_database),
            (
                self.tr("Try the demo campaign"),
                lambda: self.create_demo(paths.demo_db(self.settings.data_dir)),
            ),
        ):
            button = QPushButton(label, page)
            button.clicked.connect(slot)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.stack.addWidget(page)

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

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Fulfiller"),
            self.tr("Fulfiller {version}\nDeliver the rewards of a crowdfunding campaign, offline.").format(
                version=__version__
            ),
        )

    def _update_status(self) -> None:
        where = str(self.db.path) if self.db else self.tr("no database open")
        campaign = f" — {self.campaign.name}" if self.campaign else ""
        self.db_label.setText(where + campaign)
        self.setWindowTitle(f"{self.campaign.name} — {APP_NAME}" if self.campaign else APP_NAME)
        self.operator_button.setText(
            self.tr("Operator: {name}").format(name=self.settings.operator or self.tr("(not set)"))
        )
        self.switch_action.setEnabled(self.db is not None)
        for action in (self.import_action, self.imports_action, self.print_action):
            action.setEnabled(self.campaign is not None)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        self._close_database()
        super().closeEvent(event)
