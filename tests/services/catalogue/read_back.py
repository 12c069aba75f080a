"""What the catalogue tests read back: a kit's contents by title, and the audit entries of one row."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from fulfiller.db.models import AuditEntry
from fulfiller.services.catalogue.kits import list_kits
from tests.services.kit_campaign import Small

LAMP_WHITE = {"LAMP-WH": 1, "CABLE": 1, "CARD": 1}
LAMP_BLACK = {"LAMP-BK": 1, "CABLE": 1, "CARD": 1}


def kit_contents(session: Session, small: Small, title: str) -> dict[str, int]:
    view = next(k for k in list_kits(session, small.campaign_id) if k.title == title)
    return {line.sku: line.quantity for line in view.lines}


def audit_entries(session: Session, entity: str, entity_id: int) -> list[AuditEntry]:
    return list(
        session.scalars(select(AuditEntry).where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id))
    )
