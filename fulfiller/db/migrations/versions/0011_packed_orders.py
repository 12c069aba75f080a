"""Each order says whether it is packed (a parcel of its own, not a reship, packed or further), kept by
triggers on the parcels, so "still to ship" is read from the orders' index alone instead of checking
every order against the list of packed parcels (about 50 ms each time at 250,000 orders, several
times per refresh of the Inventory or the Dashboard).

The index "still to ship" reads gains the flag: (campaign, status, merged into, packed, warehouse,
tier) replaces (campaign, status, merged into, warehouse, tier). The parcels' tracking and carrier
indexes gain the order and parcel number, so the Shipments list sorted by either reads its index alone,
in order; the parcels' (order) index goes, the unique (order, parcel number) one serves instead and
holds the parcel number too; the few orders merged into another get an index of their own (partial:
no entry for the others, so nothing to write at import).

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# fulfiller.domain.shipment_status.PACKED_OR_FURTHER when this was written (a test keeps them equal).
PACKED_OR_FURTHER = ("damaged", "delivered", "lost", "packed", "returned", "shipped")

_PACKED = (
    "EXISTS (SELECT 1 FROM shipment s WHERE s.order_id = orders.id AND s.replaces_shipment_id IS NULL "
    f"AND s.status IN ({', '.join(repr(s) for s in PACKED_OR_FURTHER)}))"
)
_SET = "UPDATE orders SET packed = " + _PACKED + " WHERE id IN ({which});"

TRIGGERS = {
    "orders_packed_parcel_added": ("AFTER INSERT ON shipment", _SET.format(which="NEW.order_id")),
    "orders_packed_parcel_changed": (
        "AFTER UPDATE OF status, replaces_shipment_id, order_id ON shipment",
        _SET.format(which="NEW.order_id, OLD.order_id"),
    ),
    "orders_packed_parcel_removed": ("AFTER DELETE ON shipment", _SET.format(which="OLD.order_id")),
}
# (table, index, its columns before, after)
INDEXES = [
    (
        "orders",
        "ix_orders_to_ship",
        ["campaign_id", "status", "merged_into_id", "warehouse_id", "tier_id"],
        ["campaign_id", "status", "merged_into_id", "packed", "warehouse_id", "tier_id"],
    ),
    ("shipment", "ix_shipment_tracking", ["tracking_number"], ["tracking_number", "order_id", "sequence"]),
    ("shipment", "ix_shipment_carrier", ["carrier", "order_id"], ["carrier", "order_id", "sequence"]),
]


def upgrade() -> None:
    op.add_column("orders", sa.Column("packed", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute("UPDATE orders SET packed = " + _PACKED)
    for table, name, _, after in INDEXES:
        op.drop_index(name, table_name=table, if_exists=True)
        op.create_index(name, table, after)
    op.drop_index("ix_shipment_order_id", table_name="shipment", if_exists=True)
    op.create_index(
        "ix_orders_merged",
        "orders",
        ["merged_into_id", "campaign_id", "status"],
        sqlite_where=sa.text("merged_into_id IS NOT NULL"),
    )
    for name, (when, body) in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {when} FOR EACH ROW BEGIN {body} END")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.create_index("ix_shipment_order_id", "shipment", ["order_id"], if_not_exists=True)
    op.drop_index("ix_orders_merged", table_name="orders", if_exists=True)
    for table, name, before, _ in INDEXES:
        op.drop_index(name, table_name=table, if_exists=True)
        op.create_index(name, table, before)
    # SQLite's own DROP COLUMN (3.35 and newer), not a copy of the table that would lose its triggers.
    op.execute("ALTER TABLE orders DROP COLUMN packed")
