"""The services' messages in the interface's language.

Their English templates are collected from the code by `scripts/extract_messages.py` into
`i18n/service_messages.py`, where lupdate finds them; here each message is looked up by its template
in the "ServiceMessages" context and filled with its values. Without a translation it stays English.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from fulfiller.domain.enums import PledgeStatus, ShipmentStatus
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import Message, fill
from fulfiller.ui import labels

CONTEXT = "ServiceMessages"


def render(value: Message | enum.Enum | str) -> str:
    """A message (or a status within one) as the person reads it in the window."""
    if isinstance(value, ShipmentStatus):
        return labels.shipment_status(value.value)
    if isinstance(value, PledgeStatus):
        return labels.pledge_status(value.value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, str):
        return value
    return fill(QCoreApplication.translate(CONTEXT, value.template), value.params, render)


def render_error(exc: UserError) -> str:
    return render(exc.message)


def show_user_error(widget: QWidget, title: str, exc: UserError) -> None:
    """The one place a refused action is shown, in the interface's language."""
    QMessageBox.warning(widget, title, render_error(exc))
