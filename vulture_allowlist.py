"""Names vulture cannot see being used, because a framework reaches them: read by the dead-code check
in scripts/test.sh (`vulture fulfiller vulture_allowlist.py`). Everything else vulture reports is code
no window, command or report reaches: wire it in or delete it, do not list it here."""

from fulfiller.db import planner
from fulfiller.db.models import AddressConflict, AuditEntry, ImportBatch, MappingPreset, Order, Warehouse, Wave
from fulfiller.db.models.aftersales import CarrierClaim, ReplacementRequest
from fulfiller.db.models.backers import Address, OrderExtraLine
from fulfiller.db.types import DecimalText
from fulfiller.domain.kits import KitSheetLine
from fulfiller.ui.import_wizard import ChooseFilePage, ImportPage, LayoutPage, PreviewPage, SummaryPage
from fulfiller.ui.main_window import MainWindow
from fulfiller.ui.models.backers_model import BackersTableModel
from fulfiller.ui.ops import _Watcher
from fulfiller.ui.request_dialog import _UnitsDelegate

# Columns kept for the record: SQLAlchemy writes them (defaults, onupdate, or set by a service); the
# audit trail and a person opening the database read them, no code path does.
_recorded = (
    ReplacementRequest.closed_by,
    ReplacementRequest.closed_at,
    CarrierClaim.updated_at,
    Address.updated_at,
    MappingPreset.updated_at,
    Order.last_import_batch_id,
    OrderExtraLine.created_by,
    AddressConflict.resolved_by,
    AddressConflict.resolved_at,
    ImportBatch.finished_at,
    AuditEntry.new_value,
    Wave.criteria,  # how the wave's orders were chosen, as the person put it
    Warehouse.region_rules,  # the relationship whose cascade deletes a warehouse's rules with it
)

# SQLAlchemy's TypeDecorator hooks, called when a value is stored or read.
_type_hooks = (DecimalText.impl, DecimalText.cache_ok, DecimalText.process_bind_param, DecimalText.process_result_value)

# Qt's virtual methods, called by Qt: a wizard page's completeness and set-up, a model's header, an
# event filter, a file dragged onto the window and dropped, a delegate's editor.
_qt_overrides = (
    ChooseFilePage.isComplete,
    LayoutPage.isComplete,
    ImportPage.isComplete,
    LayoutPage.initializePage,
    PreviewPage.initializePage,
    ImportPage.initializePage,
    SummaryPage.initializePage,
    BackersTableModel.headerData,
    _Watcher.eventFilter,
    MainWindow.dragEnterEvent,
    MainWindow.dropEvent,
    _UnitsDelegate.createEditor,
    _UnitsDelegate.setEditorData,
    _UnitsDelegate.setModelData,
)

# A field read by its name: a kit sheet's cells are taken with getattr over KIT_SHEET_COLUMNS.
_read_by_name = (KitSheetLine.origin,)

# SQLAlchemy reads these: a construct's cache flag, and the compilers @compiles registers.
_sqlalchemy_hooks = (planner.IndexedTable.inherit_cache, planner._any_engine, planner._sqlite)
