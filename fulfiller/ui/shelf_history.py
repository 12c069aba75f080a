"""One shelf's ledger: every movement of an item at a warehouse, with the balance after each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from fulfiller.domain.order_codes import order_code
from fulfiller.services.planning.stock import MovementView, movements
from fulfiller.ui import labels
from fulfiller.ui.ops import CampaignOps
from fulfiller.ui.table_dialog import TableDialog

SHOWN = 500  # the newest movements; their balances still count everything before


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShelfHistory", text)


def _source(move: MovementView) -> str:
    if move.inbound_id is not None:
        return _tr("delivery {reference}").format(reference=move.inbound_reference or f"#{move.inbound_id}")
    if move.order_id is not None:
        return _tr("parcel of {order}").format(order=order_code(move.order_id))
    return ""


def show_shelf_history(
    ops: CampaignOps, warehouse_id: int, item_id: int, shelf: str, parent: QWidget | None = None
) -> TableDialog:
    """The dialog of the shelf's newest movements, shown until closed; returned for a look after."""
    moves = ops.read(lambda session: movements(session, warehouse_id, item_id, limit=SHOWN))
    rows = [
        (f"{m.at:%Y-%m-%d %H:%M}", labels.movement_kind(m.kind.value), m.quantity, m.balance, m.operator,
         _source(m), m.note)
        for m in reversed(moves)
    ]  # fmt: skip
    headers = [_tr("When"), _tr("Movement"), _tr("Units"), _tr("On hand after"), _tr("By"), _tr("From / for"),
               _tr("Note")]  # fmt: skip
    note = _tr("The newest {n} movements, newest first.").format(n=SHOWN) if len(moves) == SHOWN else ""
    dialog = TableDialog(_tr("History of {shelf}").format(shelf=shelf), headers, rows, note=note, stretch=6,
                         parent=parent)  # fmt: skip
    dialog.exec()
    return dialog
