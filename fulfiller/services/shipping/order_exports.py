"""Export order batches for label tools and fulfilment partners, and remember which orders went where.

What is exported are parcels: the ready ones (made by a wave, a reship, a split), and for every order
still to ship that has none, its parcel #1, made now; optionally of one warehouse, one wave or some
orders. A parcel already at a label tool or with a partner is left out unless the caller asks for it
(`include_already_sent`), so nothing is shipped twice by accident.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, selectinload

from fulfiller.db.models import Item, Order, OrderProblem, PartnerExport, PartnerExportOrder, Shipment, Warehouse
from fulfiller.domain.clock import utcnow
from fulfiller.domain.enums import AuditAction, Severity, ShipmentStatus
from fulfiller.domain.errors import UserError
from fulfiller.domain.messages import Message, joined, message
from fulfiller.domain.shipment_status import HANDED_OUT
from fulfiller.exporters.formats import ORDER_FORMATS as ORDER_FORMATS  # the formats it offers
from fulfiller.exporters.formats import write_orders
from fulfiller.exporters.orders import ExportAddress, ExportLine, ExportOrder
from fulfiller.exporters.spreadsheet import check_target
from fulfiller.logs import log_event
from fulfiller.services.audit import record
from fulfiller.services.catalogue.checklist import still_to_ship
from fulfiller.services.shipping.parcels import ensure_shipment, hand_out

S = ShipmentStatus


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
    skipped_address_error: int = 0  # orders still without a parcel whose address a carrier would refuse

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
            self.skipped_address_error
            and message(
                "export.orders.address_error",
                "{n:,} with an address error left out (fix it first)",
                n=self.skipped_address_error,
            ),
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


@dataclass(frozen=True)
class ExportChoice:
    """Which parcels: every ready one (and every order still to ship without a parcel, which gets its
    parcel #1), or those of one warehouse, one wave, or some orders."""

    warehouse: str | None = None  # a warehouse's code
    wave_id: int | None = None
    order_ids: Collection[int] | None = None
    include_already_sent: bool = False  # parcels at a label tool or with a partner go again


def _warehouse_id(session: Session, campaign_id: int, code: str) -> int:
    found = session.scalar(select(Warehouse.id).where(Warehouse.campaign_id == campaign_id, Warehouse.code == code))
    if found is None:
        raise UserError(message("warehouse.no_such", "No warehouse {code!r} in this campaign.", code=code))
    return found


def _new_parcels(session: Session, campaign_id: int, choice: ExportChoice, warehouse_id: int | None, operator: str,
                 skipped: dict[str, int]) -> None:  # fmt: skip
    """Parcel #1 for the orders still to ship that have none (not when a wave is chosen: its parcels exist)."""
    if choice.wave_id is not None:
        return
    query = select(Order.id).where(still_to_ship(campaign_id), ~exists().where(Shipment.order_id == Order.id))
    if warehouse_id is not None:
        query = query.where(Order.warehouse_id == warehouse_id)
    if choice.order_ids is not None:
        query = query.where(Order.id.in_(list(choice.order_ids)))
    order_ids = list(session.scalars(query.order_by(Order.id)))
    if not choice.include_already_sent:
        sent = sent_order_ids(session, campaign_id)  # sent before parcels were made at export time
        skipped["already_sent"] += sum(1 for oid in order_ids if oid in sent)
        order_ids = [oid for oid in order_ids if oid not in sent]
    # An address a carrier would refuse gets no parcel here, as in a wave: it is fixed first.
    errors = set(
        session.scalars(
            select(OrderProblem.order_id).where(
                OrderProblem.order_id.in_(order_ids), OrderProblem.severity == Severity.ERROR
            )
        )
    )
    skipped["address_error"] += len(errors)
    for order_id in (oid for oid in order_ids if oid not in errors):
        try:
            ensure_shipment(session, order_id, operator=operator)
        except UserError:
            skipped["nothing_to_ship"] += 1  # no kit yet: nothing to put in a box


def _parcels(session: Session, campaign_id: int, choice: ExportChoice, skipped: dict[str, int],
             operator: str) -> list[Shipment]:  # fmt: skip
    warehouse_id = _warehouse_id(session, campaign_id, choice.warehouse) if choice.warehouse else None
    _new_parcels(session, campaign_id, choice, warehouse_id, operator, skipped)
    statuses = [S.READY, *HANDED_OUT]
    query = (
        select(Shipment)
        .join(Order, Order.id == Shipment.order_id)
        .where(Order.campaign_id == campaign_id, Shipment.status.in_(statuses))
        .options(selectinload(Shipment.lines))
        .order_by(Shipment.order_id, Shipment.sequence)
    )
    if warehouse_id is not None:
        query = query.where(func.coalesce(Shipment.warehouse_id, Order.warehouse_id) == warehouse_id)
    if choice.wave_id is not None:
        query = query.where(Shipment.wave_id == choice.wave_id)
    if choice.order_ids is not None:
        query = query.where(Shipment.order_id.in_(list(choice.order_ids)))
    parcels = list(session.scalars(query))
    if not choice.include_already_sent:
        skipped["already_sent"] += sum(1 for p in parcels if p.status in HANDED_OUT)
        parcels = [p for p in parcels if p.status not in HANDED_OUT]
    return parcels


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


def gather_parcels(
    session: Session, campaign_id: int, choice: ExportChoice, *, operator: str = ""
) -> tuple[list[tuple[Shipment, ExportOrder]], dict[str, int]]:
    """The parcels to export (parcel, export row: its stock lines and its order's address) and how
    many were left out, by reason. Orders still to ship get their parcel #1 here."""
    skipped = {"already_sent": 0, "no_address": 0, "nothing_to_ship": 0, "address_error": 0}
    parcels = _parcels(session, campaign_id, choice, skipped, operator)
    orders = {
        o.id: o
        for o in session.scalars(
            select(Order)
            .where(Order.id.in_({p.order_id for p in parcels}))
            .options(selectinload(Order.address), selectinload(Order.backer), selectinload(Order.tier))
        )
    }
    items = {i.id: i for i in session.scalars(select(Item).where(Item.campaign_id == campaign_id))}
    codes = dict(
        session.execute(select(Warehouse.id, Warehouse.code).where(Warehouse.campaign_id == campaign_id)).all()
    )
    result: list[tuple[Shipment, ExportOrder]] = []
    for parcel in parcels:
        order = orders[parcel.order_id]
        address = _address(order)
        if address is None:
            skipped["no_address"] += 1
            continue
        stock = [(items[line.item_id], line.quantity) for line in parcel.lines if items[line.item_id].is_stock]
        lines = tuple(ExportLine(item.sku, item.name, qty, item.weight_g) for item, qty in stock if qty > 0)
        if not lines:
            skipped["nothing_to_ship"] += 1
            continue
        only = stock[0][0] if len(lines) == 1 and lines[0].quantity == 1 else None
        dims = (only.length_mm, only.width_mm, only.height_mm) if only and only.length_mm and only.width_mm and \
            only.height_mm else None  # fmt: skip
        warehouse_id = parcel.warehouse_id or order.warehouse_id
        result.append(
            (
                parcel,
                ExportOrder(
                    order_ref=order.platform_order_id,
                    backer_number=order.backer_number,
                    email=order.backer.email,
                    address=address,
                    lines=lines,
                    ordered_at=order.pledged_at,
                    weight_g=parcel.weight_g,
                    dims_mm=dims,
                    reward=order.tier.title if order.tier else order.reward_title,
                    notes=order.address.delivery_notes if order.address else "",
                    warehouse=codes.get(warehouse_id, "") if warehouse_id else "",
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
    wave_id: int | None = None,
) -> OrderExportSummary:
    """Write the batch and record it (the caller commits the session); nothing is recorded if writing
    fails. The parcels written are then "at label tool" (ShipStation, Pirate Ship, USPS) or "with
    partner" (the partner formats), so the tracking that comes back finds them and none goes twice."""
    fmt = ORDER_FORMATS.named(format_name)
    check_target(out)
    choice = ExportChoice(warehouse, wave_id, order_ids, include_already_sent)
    chosen, skipped = gather_parcels(session, campaign_id, choice, operator=operator)
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
    rows = write_orders(out, format_name, [row for _, row in chosen])
    export = PartnerExport(
        campaign_id=campaign_id,
        partner=name,
        format=format_name,
        file_name=Path(out).name,
        created_at=utcnow(),
        operator=operator,
        order_count=len({parcel.order_id for parcel, _ in chosen}),
    )
    export.orders = [PartnerExportOrder(order_id=oid) for oid in sorted({parcel.order_id for parcel, _ in chosen})]
    session.add(export)
    session.flush()
    handed = S.WITH_PARTNER if fmt.partner else S.AT_LABEL_TOOL
    for parcel, _ in chosen:
        hand_out(session, parcel, handed, name, operator=operator, note=f"export {export.id} ({format_name})")
    record(session, operator, AuditAction.CREATE, "partner_export", export.id, field="file", new=str(out))
    log_event(
        "export-orders", export=export.id, campaign=campaign_id, format=format_name, parcels=len(chosen), rows=rows
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
        skipped_address_error=skipped["address_error"],
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
