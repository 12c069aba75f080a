"""Which columns of a partner's tracking sheet hold what: mapped once, kept in the database per
partner, and used for every later sheet from that partner."""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from fulfiller.db.models import PartnerTrackingColumns
from fulfiller.domain.enums import AuditAction
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import message
from fulfiller.importers.tracking import FIELDS
from fulfiller.services.audit import record


def partner_columns(session: Session, campaign_id: int, partner: str) -> dict[str, str] | None:
    """The partner's saved mapping (field -> header), or None when its sheets were never mapped."""
    saved = session.scalar(
        select(PartnerTrackingColumns).where(
            PartnerTrackingColumns.campaign_id == campaign_id, PartnerTrackingColumns.partner == partner.strip()
        )
    )
    return dict(json.loads(saved.columns_json)) if saved is not None else None


def save_partner_columns(
    session: Session, campaign_id: int, partner: str, columns: Mapping[str, str], *, operator: str
) -> None:
    unknown = sorted(set(columns) - set(FIELDS))
    if unknown:
        raise UserError(
            message(
                "tracking.unknown_fields",
                "Unknown field(s) {fields} in the columns; use {known}.",
                fields=", ".join(unknown),
                known=", ".join(FIELDS),
            )
        )
    name = partner.strip()
    text = json.dumps(dict(columns), ensure_ascii=False, sort_keys=True)
    saved = session.scalar(
        select(PartnerTrackingColumns).where(
            PartnerTrackingColumns.campaign_id == campaign_id, PartnerTrackingColumns.partner == name
        )
    )
    if saved is not None and saved.columns_json == text:
        return
    if saved is None:
        saved = PartnerTrackingColumns(campaign_id=campaign_id, partner=name, columns_json=text)
        session.add(saved)
    else:
        saved.columns_json = text
    session.flush()
    record(session, operator, AuditAction.UPDATE, "partner_tracking_columns", saved.id, field=name, new=text)


def partners(session: Session, campaign_id: int) -> list[str]:
    """Partners whose tracking sheets were mapped, by name."""
    return sorted(
        session.scalars(select(PartnerTrackingColumns.partner).where(PartnerTrackingColumns.campaign_id == campaign_id))
    )
