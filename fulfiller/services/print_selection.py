"""Printing as the command line asks for it: a selection named by titles, codes and backer numbers."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from fulfiller.db.models import Order, RewardTier, Warehouse
from fulfiller.domain.countries import resolve_country
from fulfiller.domain.enums import PledgeStatus
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import message
from fulfiller.services.documents import print_document
from fulfiller.services.printing import PrintSelection


def selection_from_names(
    session: Session,
    campaign_id: int,
    *,
    tier: str | None = None,
    warehouse: str | None = None,
    country: str | None = None,
    status: str = "collected",
    problem_free: bool = False,
    backer_numbers: str | None = None,
) -> PrintSelection:
    tier_id = _tier_id(session, campaign_id, tier) if tier else None
    warehouse_id = _warehouse_id(session, campaign_id, warehouse) if warehouse else None
    code = None
    if country:
        code = resolve_country(country)
        if code is None:
            raise UserError(
                message("print.unknown_country", "{country!r} is not a country Fulfiller knows.", country=country)
            )
    order_ids = _order_ids(session, campaign_id, backer_numbers) if backer_numbers else None
    return PrintSelection(
        tier_id=tier_id,
        warehouse_id=warehouse_id,
        country=code,
        status=_status(status),
        problem_free_only=problem_free,
        order_ids=order_ids,
    )


def _tier_id(session: Session, campaign_id: int, text: str) -> int:
    found = session.scalar(
        select(RewardTier.id).where(
            RewardTier.campaign_id == campaign_id,
            or_(RewardTier.title == text, RewardTier.platform_id == text, RewardTier.id == _int(text)),
        )
    )
    if found is None:
        raise UserError(message("print.no_such_tier", "No reward tier {tier!r} in this campaign.", tier=text))
    return found


def _warehouse_id(session: Session, campaign_id: int, code: str) -> int:
    found = session.scalar(
        select(Warehouse.id).where(Warehouse.campaign_id == campaign_id, Warehouse.code == code.strip().upper())
    )
    if found is None:
        raise UserError(message("warehouse.no_such", "No warehouse {code!r} in this campaign.", code=code))
    return found


def _order_ids(session: Session, campaign_id: int, numbers: str) -> tuple[int, ...]:
    wanted = [n.strip() for n in numbers.split(",") if n.strip()]
    found = dict(
        session.execute(
            select(Order.backer_number, Order.id).where(
                Order.campaign_id == campaign_id, Order.backer_number.in_(wanted)
            )
        ).all()
    )
    missing = [n for n in wanted if n not in found]
    if missing:
        raise UserError(
            message("print.no_such_orders", "No order with backer number {numbers}.", numbers=", ".join(missing))
        )
    return tuple(found[n] for n in wanted)


def _status(text: str) -> PledgeStatus | None:
    if text == "any":
        return None
    try:
        return PledgeStatus(text)
    except ValueError:
        options = ", ".join(s.value for s in PledgeStatus)
        raise UserError(
            message(
                "print.unknown_status",
                "Unknown pledge status {status!r}; use one of {options}, or any.",
                status=text,
                options=options,
            )
        ) from None


def _int(text: str) -> int:
    return int(text) if text.isdigit() else -1


def run_print(
    session: Session,
    campaign_id: int,
    document: str,
    out: Path,
    *,
    paper: str | None,
    native: bool = True,
    **names: object,
) -> int:
    if out.suffix.lower() != ".pdf":
        raise UserError(message("print.not_pdf", "{path}: the output is a PDF; name it ….pdf", path=out))
    selection = selection_from_names(session, campaign_id, **names)  # type: ignore[arg-type]
    return print_document(session, campaign_id, document, selection, out, paper=paper, native=native)
