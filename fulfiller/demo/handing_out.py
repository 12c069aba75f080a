"""Waves 2 and 3, sent out of the program: East Asia's to a fulfilment house in Shenzhen, the Americas' to
ShipStation for labels. Each export is recorded as `order_exports.export_orders` records it (the file,
which orders, the parcels at the label tool or with the partner, audited).

The partner's first tracking sheet came back with columns of its own, mapped once and kept for its next
sheets (`partner_columns`); it shipped part of the wave, and most of that has arrived. A few parcels came
back from the partner or the label tool with an address problem.
"""

from __future__ import annotations

import random
from datetime import date, datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from fulfiller.db.models import AuditEntry, PartnerExport, PartnerExportOrder, Shipment
from fulfiller.demo.catalogue import Catalogue
from fulfiller.demo.clock import happened_at
from fulfiller.demo.parcels import Ledger, Parcel, audit_row, wave_parcels
from fulfiller.demo.rows import bulk_insert
from fulfiller.demo.timeline import DEMO_NOW, later, work_moment
from fulfiller.demo.tracking import carrier_for
from fulfiller.demo.warehousing import DEMO_OPERATOR
from fulfiller.domain.enums import AuditAction, ShipmentStatus
from fulfiller.services.shipping.partner_columns import save_partner_columns

S = ShipmentStatus
PARTNER = "Longgang Fulfilment"  # a fulfilment house in Shenzhen
PARTNER_FORMAT, PARTNER_FILE = "partner-skus", "wave-2-east-asia-longgang.xlsx"
PARTNER_EXPORTED = datetime(2025, 9, 30, 11, 0)
# The partner's tracking sheet: its own headers (client order number, courier, waybill, date shipped).
PARTNER_COLUMNS = {"order_ref": "客户单号", "carrier": "快递公司", "tracking": "运单号", "ship_date": "发货日期"}
PARTNER_SHEET, PARTNER_SHEET_IMPORTED = "longgang-tracking-2025-10-09.xlsx", datetime(2025, 10, 9, 15, 30)
PARTNER_SHIPPED = 0.6  # share of the wave on the partner's first sheet
LABEL_TOOL, LABEL_TOOL_FORMAT, LABEL_TOOL_FILE = "ShipStation", "shipstation", "wave-3-americas-shipstation.csv"
LABEL_TOOL_EXPORTED = datetime(2025, 10, 16, 9, 30)
BOUNCED = 0.01  # sent back with an address the courier or the label tool would not take


class HandingOut:
    def __init__(self, rng: random.Random, catalogue: Catalogue) -> None:
        self.rng = rng
        self.campaign_id = catalogue.campaign_id
        self._stock_items = catalogue.stock_item_ids()

    def to_partner(self, session: Session, wave_id: int, warehouse_code: str) -> None:
        export_id = self._record_export(session, wave_id, PARTNER, PARTNER_FORMAT, PARTNER_FILE, PARTNER_EXPORTED)
        with happened_at(session, PARTNER_SHEET_IMPORTED):  # the first sheet's columns, mapped by hand
            save_partner_columns(session, self.campaign_id, PARTNER, PARTNER_COLUMNS, operator=DEMO_OPERATOR)
        sheet_row = 1  # the header
        for parcels in wave_parcels(session, wave_id):
            ledger = Ledger(self._stock_items)
            for parcel in parcels:
                ledger.hand_out(parcel, S.WITH_PARTNER, PARTNER, PARTNER_EXPORTED,
                                f"export {export_id} ({PARTNER_FORMAT})")  # fmt: skip
                draw = self.rng.random()
                if draw < BOUNCED:
                    self._bounce(ledger, parcel, date(2025, 10, 2), date(2025, 10, 8),
                                 "the partner's courier refused the address: no building number")  # fmt: skip
                elif draw < BOUNCED + PARTNER_SHIPPED:
                    sheet_row += 1
                    self._ship_from_sheet(ledger, parcel, warehouse_code, sheet_row)
            ledger.write(session, parcels)

    def to_label_tool(self, session: Session, wave_id: int) -> None:
        export_id = self._record_export(session, wave_id, LABEL_TOOL, LABEL_TOOL_FORMAT, LABEL_TOOL_FILE,
                                        LABEL_TOOL_EXPORTED)  # fmt: skip
        for parcels in wave_parcels(session, wave_id):
            ledger = Ledger(self._stock_items)
            for parcel in parcels:
                ledger.hand_out(parcel, S.AT_LABEL_TOOL, LABEL_TOOL, LABEL_TOOL_EXPORTED,
                                f"export {export_id} ({LABEL_TOOL_FORMAT})")  # fmt: skip
                if self.rng.random() < BOUNCED:
                    self._bounce(ledger, parcel, date(2025, 10, 16), date(2025, 10, 17),
                                 "ShipStation could not verify the address")  # fmt: skip
            ledger.write(session, parcels)

    def _record_export(self, session: Session, wave_id: int, partner: str, fmt: str, file: str,
                       at: datetime) -> int:  # fmt: skip
        """The export's record: who got the file, in which format, and which orders were in it."""
        order_ids = list(
            session.scalars(
                select(Shipment.order_id).where(Shipment.wave_id == wave_id).distinct().order_by(Shipment.order_id)
            )
        )
        export_id = session.scalars(
            insert(PartnerExport).returning(PartnerExport.id),
            [{"campaign_id": self.campaign_id, "partner": partner, "format": fmt, "file_name": file,
              "created_at": at, "operator": DEMO_OPERATOR, "order_count": len(order_ids)}],
        ).one()  # fmt: skip
        bulk_insert(session, PartnerExportOrder, [{"export_id": export_id, "order_id": oid} for oid in order_ids])
        entry = audit_row(AuditAction.CREATE, "partner_export", export_id, at, field="file", new=file)
        bulk_insert(session, AuditEntry, [entry])
        return export_id

    def _ship_from_sheet(self, ledger: Ledger, parcel: Parcel, warehouse_code: str, row: int) -> None:
        """As the tracking import ships a parcel from the partner's sheet: shipped (the partner packed it
        from the warehouse's stock), then its waybill and courier; most have arrived since."""
        at = PARTNER_SHEET_IMPORTED
        ledger.take_off_shelf(parcel, at)
        ledger.move(parcel, S.SHIPPED, at, f"tracking import {PARTNER_SHEET}, row {row}")
        carrier, _service, number = carrier_for(warehouse_code, parcel.country, parcel.id)
        ledger.track(parcel, carrier, "", number, at)
        delivered = later(self.rng, at, 2, 14)
        if delivered <= DEMO_NOW:
            ledger.move(parcel, S.DELIVERED, delivered)

    def _bounce(self, ledger: Ledger, parcel: Parcel, first: date, last: date, note: str) -> None:
        """Taken back with an address problem: no label tool or partner has it any more."""
        ledger.move(parcel, S.ADDRESS_PROBLEM, work_moment(self.rng, first, last), note)
        parcel.handed_to = ""
