"""Record who changed what: every edit a person makes goes through here."""

from __future__ import annotations

import getpass
import os

from sqlalchemy.orm import Session

from fulfiller.db.models import AuditEntry
from fulfiller.domain.enums import AuditAction

OPERATOR_ENV = "FULFILLER_OPERATOR"
UNKNOWN_OPERATOR = "unknown"


def default_operator() -> str:
    """Who signs the changes of a station or a command that was told no name: the FULFILLER_OPERATOR
    environment variable, else the login name, else "unknown". The window and the CLI both use it."""
    return os.environ.get(OPERATOR_ENV, "").strip() or _login_name() or UNKNOWN_OPERATOR


def signed_by(operator: str | None) -> str:
    """The name written into a record: the one given, or "unknown" (never an empty signature)."""
    return (operator or "").strip() or UNKNOWN_OPERATOR


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def record(
    session: Session,
    operator: str,
    action: AuditAction,
    entity: str,
    entity_id: int | None,
    *,
    field: str = "",
    old: object = None,
    new: object = None,
    import_batch_id: int | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        operator=signed_by(operator),
        action=action,
        entity=entity,
        entity_id=entity_id,
        field=field,
        old_value=None if old is None else str(old),
        new_value=None if new is None else str(new),
        import_batch_id=import_batch_id,
    )
    session.add(entry)
    return entry


def record_changes(
    session: Session, operator: str, entity: str, entity_id: int, changes: dict[str, tuple[object, object]]
) -> None:
    """One audit row per changed field; unchanged fields leave no trace."""
    for field, (old, new) in changes.items():
        if old != new:
            record(session, operator, AuditAction.UPDATE, entity, entity_id, field=field, old=old, new=new)
