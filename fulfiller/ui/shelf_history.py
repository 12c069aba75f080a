"""One shelf's ledger: every movement of an item at a warehouse, with the balance after each."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from fulfiller.domain.order_codes import order_code
from fulfiller.services.planning.stock import MovementView, movements
from fulfiller.ui import labels
from fulfiller.ui.ops import CampaignOps
from fulfiller.ui.table_dialog import TableDialog

SHOWN = 500  # the newest movements; their balances still count everything before
CONTEXT = "ShelfHistory"
HEADERS = (
    QT_TRANSLATE_NOOP("ShelfHistory", "When"),
    QT_TRANSLATE_NOOP("ShelfHistory", "Movement"),
    QT_TRANSLATE_NOOP("ShelfHistory", "Units"),
    QT_TRANSLATE_NOOP("ShelfHistory", "On hand after"),
    QT_TRANSLATE_NOOP("ShelfHistory", "By"),
    QT_TRANSLATE_NOOP("ShelfHistory", "From / for"),
    QT_TRANSLATE_NOOP("ShelfHistory", "Note"),
)


def _source(move: MovementView) -> str:
    if move.inbound_id is not None:
        return QCoreApplication.translate("ShelfHistory", "delivery {reference}").format(
            reference=move.inbound_reference or f"#{move.inbound_id}"
        )
    if move.order_id is not None:
        return QCoreApplication.translate("ShelfHistory", "parcel of {order}").format(order=order_code(move.order_id))
    return ""


def show_shelf_history(
    ops: CampaignOps, warehouse_id: int, item_id: int, shelf: str, parent: QWidget | None = None
) -> TableDialog:
    """The dialog of the shelf's movements, newest first, shown until closed; returned for a look after."""
    moves = ops.read(lambda session: movements(session, warehouse_id, item_id, limit=SHOWN))
    rows = [
        (f"{m.at:%Y-%m-%d %H:%M}", labels.movement_kind(m.kind.value), m.quantity, m.balance, m.operator,
         _source(m), m.note)
        for m in reversed(moves)
    ]  # fmt: skip
    note = ""
    if len(moves) == SHOWN:
        note = QCoreApplication.translate("ShelfHistory", "The newest {n} movements.").format(n=SHOWN)
    title = QCoreApplication.translate("ShelfHistory", "History of {shelf}").format(shelf=shelf)
    headers = [QCoreApplication.translate(CONTEXT, header) for header in HEADERS]
    dialog = TableDialog(title, headers, rows, note=note, stretch=6, parent=parent)
    dialog.exec()
    return dialog
