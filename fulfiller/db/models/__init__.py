"""All tables, importable from one place."""

from fulfiller.db.models.aftersales import ReplacementLine, ReplacementRequest
from fulfiller.db.models.backers import Address, Backer, Order, OrderAddOn, OrderExtraLine, OrderProblem, OrderSearch
from fulfiller.db.models.base import Base
from fulfiller.db.models.catalogue import AddOn, Campaign, Item, KitLine, RewardTier
from fulfiller.db.models.imports import AddressConflict, MappingPreset, MergeSuggestion, RejectedRow
from fulfiller.db.models.logistics import (
    InboundLine,
    InboundShipment,
    RateBand,
    RateZone,
    RegionRule,
    Shipment,
    ShipmentLine,
    ShipmentStatusChange,
    Stock,
    StockMovement,
    Warehouse,
    Wave,
)
from fulfiller.db.models.partners import PartnerExport, PartnerExportOrder, PartnerTrackingColumns
from fulfiller.db.models.records import AuditEntry, ImportBatch

__all__ = [
    "AddOn",
    "Address",
    "AddressConflict",
    "AuditEntry",
    "Backer",
    "Base",
    "Campaign",
    "ImportBatch",
    "InboundLine",
    "InboundShipment",
    "Item",
    "KitLine",
    "MappingPreset",
    "MergeSuggestion",
    "Order",
    "OrderAddOn",
    "OrderExtraLine",
    "OrderProblem",
    "OrderSearch",
    "PartnerExport",
    "PartnerExportOrder",
    "PartnerTrackingColumns",
    "RateBand",
    "RateZone",
    "RegionRule",
    "RejectedRow",
    "ReplacementLine",
    "ReplacementRequest",
    "RewardTier",
    "Shipment",
    "ShipmentLine",
    "ShipmentStatusChange",
    "Stock",
    "StockMovement",
    "Warehouse",
    "Wave",
]
