"""The Shipments list: the parcels matching the view's filters, in the chosen order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from fulfiller.services.shipping.parcel_list import (
    ParcelColumn,
    ParcelFilter,
    ShipmentRow,
    fetch_parcel_rows,
    find_parcel_ids,
)
from fulfiller.ui import labels
from fulfiller.ui.models.lazy_table import LazyTableModel
from fulfiller.ui.ops import CampaignOps


class ParcelsTableModel(LazyTableModel[ShipmentRow]):
    REVERSIBLE_SORT = True
    COLUMNS: tuple[ParcelColumn, ...] = tuple(ParcelColumn)

    def __init__(self, ops: CampaignOps, parent: Any = None) -> None:
        headers = {
            ParcelColumn.ORDER: self.tr("Order"),
            ParcelColumn.BACKER_NUMBER: self.tr("Backer #"),
            ParcelColumn.NAME: self.tr("Name"),
            ParcelColumn.COUNTRY: self.tr("Country"),
            ParcelColumn.PARCEL: self.tr("Parcel"),
            ParcelColumn.STATUS: self.tr("Status"),
            ParcelColumn.SENT_TO: self.tr("Sent to"),
            ParcelColumn.CARRIER: self.tr("Carrier"),
            ParcelColumn.TRACKING: self.tr("Tracking number"),
        }
        super().__init__(ops, [headers[column] for column in self.COLUMNS], parent)
        self._filter = ParcelFilter()

    def set_filter(self, flt: ParcelFilter) -> None:
        """Another filter: a new list. The same filter after a change elsewhere: the rows read again."""
        same, self._filter = flt == self._filter, flt
        self.reload() if same else self.refresh()

    def find_ids(self, session: Session) -> list[int]:
        flt, sort, descending = self._filter, self.COLUMNS[self.sort_column], self.descending
        return find_parcel_ids(session, self._ops.campaign_id, flt, sort=sort, descending=descending)

    def fetch_rows(self, session: Session, ids: Sequence[int]) -> dict[int, ShipmentRow]:
        return fetch_parcel_rows(session, ids)

    def display(self, row: ShipmentRow, column: int) -> str:
        key = self.COLUMNS[column]
        if key is ParcelColumn.PARCEL:
            return self.tr("#{n} (reship)").format(n=row.sequence) if row.is_reship else f"#{row.sequence}"
        if key is ParcelColumn.STATUS:
            return labels.shipment_status(row.status.value)
        return {
            ParcelColumn.ORDER: row.order_code,
            ParcelColumn.BACKER_NUMBER: row.backer_number,
            ParcelColumn.NAME: row.backer_name,
            ParcelColumn.COUNTRY: row.country_code,
            ParcelColumn.SENT_TO: row.handed_to,
            ParcelColumn.CARRIER: row.carrier,
            ParcelColumn.TRACKING: row.tracking_number,
        }[key]
