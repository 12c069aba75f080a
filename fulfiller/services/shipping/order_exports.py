"""Export order batches for label tools and fulfilment partners, and remember which orders went where.

The orders exported are those still to ship (collected, not merged away, not packed yet), optionally
of one warehouse or a given list. An order already sent to a partner in an earlier export is left out
unless the caller asks for it (`include_already_sent`), so nothing is shipped twice by accident.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from fulfiller.db.models import Item, Order, PartnerExport, PartnerExportOrder, Shipment, Warehouse
from fulfiller.domain.clock import utcnow
from fulfiller.domain.enums import AuditAction
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import Message, joined, message
from fulfiller.exporters.formats import ORDER_FORMATS as ORDER_FORMATS  # the formats it offers
from fulfiller.exporters.formats import write_orders
from fulfiller.exporters.orders import ExportAddress, ExportLine, ExportOrder
from fulfiller.exporters.spreadsheet import check_target
from fulfiller.logs import log_event
from fulfiller.services.audit import record
from fulfiller.services.catalogue.checklist import checklists_for, still_to_ship


@dataclass(frozen=True)
class OrderExportSummary:
    format: str
    partner: str
    file: str
    export_id: int | None  # None when nothing was written
    orders: int
    rows: int
    skipped_already_sent: int
    skipped_no_address: int
    skipped_nothing_to_ship: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def describe(self) -> str:
        return str(self.summary())

    def summary(self) -> Message:
        return joined(
            message(
                "export.orders.wrote",
                "Wrote {orders:,} order(s) ({rows:,} row(s)) for {partner} to {file}",
                orders=self.orders,
                rows=self.rows,
                partner=self.partner,
                file=self.file,
            ),
            self.skipped_already_sent
            and message(
                "export.orders.already_sent",
                "{n:,} already sent to a partner left out (--include-already-sent)",
                n=self.skipped_already_sent,
            ),
            self.skipped_no_address
            and message("export.orders.no_address", "{n:,} without an address left out", n=self.skipped_no_address),
            self.skipped_nothing_to_ship
            and message(
                "export.orders.nothing_to_ship", "{n:,} with nothing to ship left out", n=self.skipped_nothing_to_ship
            ),
            separator="; ",
            end=".",
        )


@dataclass(frozen=True)
class PartnerExportInfo:
    id: int
    partner: str
    format: str
    file_name: str
    created_at: str
    operator: str
    order_count: int


def sent_order_ids(session: Session, campaign_id: int) -> set[int]:
    """Orders already in an export to any partner."""
    return set(
        session.scalars(
            select(PartnerExportOrder.order_id)
            .join(PartnerExport, PartnerExport.id == PartnerExportOrder.export_id)
            .where(PartnerExport.campaign_id == campaign_id)
        )
    )


def _candidates(
    session: Session, campaign_id: int, warehouse: str | None, order_ids: Collection[int] | None
) -> list[Order]:
    query = (
        select(Order)
        .where(still_to_ship(campaign_id))
        .options(selectinload(Order.address), selectinload(Order.backer), selectinload(Order.tier))
        .order_by(Order.id)
    )
    if warehouse:
        found = session.scalar(
            select(Warehouse.id).where(Warehouse.campaign_id == campaign_id, Warehouse.code == warehouse)
        )
        if found is None:
            raise UserError(message("warehouse.no_such", "No warehouse {code!r} in this campaign.", code=warehouse))
        query = query.where(Order.warehouse_id == found)
    if order_ids is not None:
        query = query.where(Order.id.in_(list(order_ids)))
    return list(session.scalars(query))


def _address(order: Order) -> ExportAddress | None:
    a = order.address
    if a is None or not (a.line1 or a.latin_line1):
        return None
    return ExportAddress(
        name=a.name,
        company=a.company,
        line1=a.line1,
        line2=a.line2,
        line3=a.line3,
        city=a.city,
        state=a.state,
        postal_code=a.postal_code,
        country_code=a.country_code,
        phone=a.phone,
        latin_name=a.latin_name,
        latin_line1=a.latin_line1,
        latin_line2=a.latin_line2,
        latin_city=a.latin_city,
        latin_state=a.latin_state,
    )


def _parcel_weights(session: Session, order_ids: list[int]) -> dict[int, int]:
    weights: dict[int, int] = {}
    for oid, weight in session.execute(
        select(Shipment.order_id, Shipment.weight_g).where(
            Shipment.order_id.in_(order_ids), Shipment.replaces_shipment_id.is_(None), Shipment.weight_g.is_not(None)
        )
    ):
        weights[oid] = weights.get(oid, 0) + weight
    return weights


def gather_orders(
    session: Session,
    campaign_id: int,
    *,
    warehouse: str | None = None,
    order_ids: Collection[int] | None = None,
    include_already_sent: bool = False,
) -> tuple[list[tuple[int, ExportOrder]], dict[str, int]]:
    """The orders to export (order id, export row) and how many were left out, by reason."""
    orders = _candidates(session, campaign_id, warehouse, order_ids)
    skipped = {"already_sent": 0, "no_address": 0, "nothing_to_ship": 0}
    if not include_already_sent:
        sent = sent_order_ids(session, campaign_id)
        skipped["already_sent"] = sum(1 for o in orders if o.id in sent)
        orders = [o for o in orders if o.id not in sent]
    ids = [o.id for o in orders]
    checklists = checklists_for(session, campaign_id, ids)
    weights = _parcel_weights(session, ids)
    items = {i.id: i for i in session.scalars(select(Item).where(Item.campaign_id == campaign_id))}
    codes = {
        wid: code
        for wid, code in session.execute(
            select(Warehouse.id, Warehouse.code).where(Warehouse.campaign_id == campaign_id)
        )
    }
    result: list[tuple[int, ExportOrder]] = []
    for order in orders:
        address = _address(order)
        if address is None:
            skipped["no_address"] += 1
            continue
        lines = tuple(
            ExportLine(line.sku, line.item.name, line.quantity, line.item.weight_g)
            for line in checklists.get(order.id, [])
            if line.is_stock and line.quantity > 0
        )
        if not lines:
            skipped["nothing_to_ship"] += 1
            continue
        dims = None
        if len(lines) == 1 and lines[0].quantity == 1:
            item = items.get(checklists[order.id][0].item.item_id)
            if item and item.length_mm and item.width_mm and item.height_mm:
                dims = (item.length_mm, item.width_mm, item.height_mm)
        result.append(
            (
                order.id,
                ExportOrder(
                    order_ref=order.platform_order_id,
                    backer_number=order.backer_number,
                    email=order.backer.email,
                    address=address,
                    lines=lines,
                    ordered_at=order.pledged_at,
                    weight_g=weights.get(order.id),
                    dims_mm=dims,
                    reward=order.tier.title if order.tier else order.reward_title,
                    notes=order.address.delivery_notes if order.address else "",
                    warehouse=codes.get(order.warehouse_id, "") if order.warehouse_id else "",
                ),
            )
        )
    return result, skipped


def export_orders(
    session: Session,
    campaign_id: int,
    format_name: str,
    out: Path,
    *,
    partner: str | None = None,
    operator: str = "",
    warehouse: str | None = None,
    order_ids: Collection[int] | None = None,
    include_already_sent: bool = False,
) -> OrderExportSummary:
    """Write the batch and record it (the caller commits the session); nothing is recorded if writing fails."""
    ORDER_FORMATS.named(format_name)
    check_target(out)
    chosen, skipped = gather_orders(
        session, campaign_id, warehouse=warehouse, order_ids=order_ids, include_already_sent=include_already_sent
    )
    name = (partner or format_name).strip() or format_name
    if not chosen:
        raise UserError(
            message(
                "export.orders.none",
                "No orders to export for {partner}: {already_sent} already sent, "
                "{no_address} without an address, {nothing_to_ship} with nothing to ship.",
                partner=name,
                already_sent=skipped["already_sent"],
                no_address=skipped["no_address"],
                nothing_to_ship=skipped["nothing_to_ship"],
            )
        )
    rows = write_orders(out, format_name, [o for _, o in chosen])
    export = PartnerExport(
        campaign_id=campaign_id,
        partner=name,
        format=format_name,
        file_name=Path(out).name,
        created_at=utcnow(),
        operator=operator,
        order_count=len(chosen),
    )
    export.orders = [PartnerExportOrder(order_id=oid) for oid, _ in chosen]
    session.add(export)
    session.flush()
    record(session, operator, AuditAction.CREATE, "partner_export", export.id, field="file", new=str(out))
    log_event(
        "export-orders", export=export.id, campaign=campaign_id, format=format_name, orders=len(chosen), rows=rows
    )
    return OrderExportSummary(
        format=format_name,
        partner=name,
        file=str(out),
        export_id=export.id,
        orders=len(chosen),
        rows=rows,
        skipped_already_sent=skipped["already_sent"],
        skipped_no_address=skipped["no_address"],
        skipped_nothing_to_ship=skipped["nothing_to_ship"],
    )


def list_partner_exports(session: Session, campaign_id: int) -> list[PartnerExportInfo]:
    exports = session.scalars(
        select(PartnerExport).where(PartnerExport.campaign_id == campaign_id).order_by(PartnerExport.id)
    )
    return [
        PartnerExportInfo(
            e.id,
            e.partner,
            e.format,
            e.file_name,
            e.created_at.isoformat(sep=" ", timespec="seconds"),
            e.operator,
            e.order_count,
        )  # fmt: skip
        for e in exports
    ]
