"""The closed vocabularies of the workflow, stored by their value."""

from __future__ import annotations

from enum import StrEnum


class Platform(StrEnum):
    KICKSTARTER = "kickstarter"
    INDIEGOGO = "indiegogo"
    BACKERKIT = "backerkit"
    PLEDGEBOX = "pledgebox"
    GAMEFOUND = "gamefound"
    OTHER = "other"


class PledgeStatus(StrEnum):
    COLLECTED = "collected"
    PENDING = "pending"
    DROPPED = "dropped"
    ERRORED = "errored"
    CANCELED = "canceled"
    REFUNDED = "refunded"

    @property
    def ships(self) -> bool:
        """Only paid pledges get a parcel."""
        return self is PledgeStatus.COLLECTED


class ShipmentStatus(StrEnum):
    PENDING = "pending"
    READY = "ready"
    PACKED = "packed"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    AT_LABEL_TOOL = "at_label_tool"  # sent to a label tool (ShipStation, Pirate Ship, USPS): its label is coming
    WITH_PARTNER = "with_partner"  # sent to a fulfilment partner, who packs and ships it
    ON_HOLD = "on_hold"
    ADDRESS_PROBLEM = "address_problem"
    RETURNED = "returned"
    LOST = "lost"
    DAMAGED = "damaged"


class Severity(StrEnum):
    ERROR = "error"  # blocks shipping
    WARNING = "warning"  # shown, does not block


class MovementKind(StrEnum):
    RECEIVED = "received"
    PICKED = "picked"
    PACKED = "packed"
    RESHIPPED = "reshipped"
    ADJUSTED = "adjusted"
    WRITTEN_OFF = "written_off"


class ReplacementReason(StrEnum):
    LOST_IN_TRANSIT = "lost_in_transit"
    DAMAGED = "damaged"
    MISSING_PART = "missing_part"
    WRONG_ITEM = "wrong_item"
    RETURNED_TO_SENDER = "returned_to_sender"
    ADDRESS_CHANGE = "address_change"


class ReplacementState(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    RESHIPPED = "reshipped"
    CLOSED = "closed"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
