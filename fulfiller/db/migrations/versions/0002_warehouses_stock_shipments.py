"""Warehouses, stock, shipments, replacements and order problems; orders get a warehouse.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "warehouse",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_warehouse_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_warehouse")),
        sa.UniqueConstraint("campaign_id", "code", name=op.f("uq_warehouse_campaign_id_code")),
    )
    with op.batch_alter_table("warehouse", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_warehouse_campaign_id"), ["campaign_id"], unique=False)

    op.create_table(
        "region_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("warehouse_id", sa.Integer(), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_region_rule_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["warehouse_id"],
            ["warehouse.id"],
            name=op.f("fk_region_rule_warehouse_id_warehouse"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_region_rule")),
        sa.UniqueConstraint("campaign_id", "country_code", name=op.f("uq_region_rule_campaign_id_country_code")),
    )
    with op.batch_alter_table("region_rule", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_region_rule_campaign_id"), ["campaign_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_region_rule_warehouse_id"), ["warehouse_id"], unique=False)

    op.create_table(
        "stock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("warehouse_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("bin_location", sa.String(length=64), nullable=False),
        sa.Column("spare_percent", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_stock_item_id_item"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["warehouse_id"],
            ["warehouse.id"],
            name=op.f("fk_stock_warehouse_id_warehouse"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock")),
        sa.UniqueConstraint("warehouse_id", "item_id", name=op.f("uq_stock_warehouse_id_item_id")),
    )
    with op.batch_alter_table("stock", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stock_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stock_warehouse_id"), ["warehouse_id"], unique=False)

    op.create_table(
        "order_problem",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column(
            "severity",
            sa.Enum("error", "warning", name="severity", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_order_problem_order_id_orders"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_problem")),
    )
    with op.batch_alter_table("order_problem", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_order_problem_code"), ["code"], unique=False)
        batch_op.create_index(batch_op.f("ix_order_problem_order_id"), ["order_id"], unique=False)

    op.create_table(
        "shipment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("warehouse_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "ready",
                "packed",
                "shipped",
                "delivered",
                "on_hold",
                "address_problem",
                "returned",
                "lost",
                "damaged",
                name="shipmentstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("carrier", sa.String(length=64), nullable=False),
        sa.Column("service", sa.String(length=100), nullable=False),
        sa.Column("tracking_number", sa.String(length=64), nullable=False),
        sa.Column("weight_g", sa.Integer(), nullable=True),
        sa.Column("shipped_at", sa.DateTime(), nullable=True),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.Column("replaces_shipment_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_shipment_order_id_orders"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["replaces_shipment_id"],
            ["shipment.id"],
            name=op.f("fk_shipment_replaces_shipment_id_shipment"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["warehouse_id"],
            ["warehouse.id"],
            name=op.f("fk_shipment_warehouse_id_warehouse"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shipment")),
        sa.UniqueConstraint("order_id", "sequence", name=op.f("uq_shipment_order_id_sequence")),
    )
    with op.batch_alter_table("shipment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shipment_order_id"), ["order_id"], unique=False)
        batch_op.create_index("ix_shipment_status", ["status"], unique=False)
        batch_op.create_index("ix_shipment_tracking", ["tracking_number"], unique=False)

    op.create_table(
        "replacement_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("shipment_id", sa.Integer(), nullable=True),
        sa.Column(
            "reason",
            sa.Enum(
                "lost_in_transit",
                "damaged",
                "missing_part",
                "wrong_item",
                "returned_to_sender",
                "address_change",
                name="replacementreason",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "state",
            sa.Enum(
                "requested",
                "approved",
                "rejected",
                "reshipped",
                "closed",
                name="replacementstate",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("logged_by", sa.String(length=100), nullable=False),
        sa.Column("logged_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by", sa.String(length=100), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("warehouse_id", sa.Integer(), nullable=True),
        sa.Column("reship_shipment_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.id"],
            name=op.f("fk_replacement_request_order_id_orders"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reship_shipment_id"],
            ["shipment.id"],
            name=op.f("fk_replacement_request_reship_shipment_id_shipment"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["shipment_id"],
            ["shipment.id"],
            name=op.f("fk_replacement_request_shipment_id_shipment"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["warehouse_id"],
            ["warehouse.id"],
            name=op.f("fk_replacement_request_warehouse_id_warehouse"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_replacement_request")),
    )
    with op.batch_alter_table("replacement_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_replacement_request_order_id"), ["order_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_replacement_request_state"), ["state"], unique=False)

    op.create_table(
        "shipment_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shipment_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("packed_quantity", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["item.id"], name=op.f("fk_shipment_line_item_id_item"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["shipment_id"],
            ["shipment.id"],
            name=op.f("fk_shipment_line_shipment_id_shipment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shipment_line")),
    )
    with op.batch_alter_table("shipment_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shipment_line_shipment_id"), ["shipment_id"], unique=False)

    op.create_table(
        "shipment_status_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shipment_id", sa.Integer(), nullable=False),
        sa.Column(
            "old_status",
            sa.Enum(
                "pending",
                "ready",
                "packed",
                "shipped",
                "delivered",
                "on_hold",
                "address_problem",
                "returned",
                "lost",
                "damaged",
                name="shipmentstatus",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "new_status",
            sa.Enum(
                "pending",
                "ready",
                "packed",
                "shipped",
                "delivered",
                "on_hold",
                "address_problem",
                "returned",
                "lost",
                "damaged",
                name="shipmentstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["shipment_id"],
            ["shipment.id"],
            name=op.f("fk_shipment_status_change_shipment_id_shipment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shipment_status_change")),
    )
    with op.batch_alter_table("shipment_status_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shipment_status_change_shipment_id"), ["shipment_id"], unique=False)

    op.create_table(
        "stock_movement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("warehouse_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "received",
                "picked",
                "packed",
                "reshipped",
                "adjusted",
                "written_off",
                name="movementkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("shipment_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["item.id"], name=op.f("fk_stock_movement_item_id_item"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["shipment_id"],
            ["shipment.id"],
            name=op.f("fk_stock_movement_shipment_id_shipment"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["warehouse_id"],
            ["warehouse.id"],
            name=op.f("fk_stock_movement_warehouse_id_warehouse"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_movement")),
    )
    with op.batch_alter_table("stock_movement", schema=None) as batch_op:
        batch_op.create_index("ix_stock_movement_place", ["warehouse_id", "item_id"], unique=False)

    op.create_table(
        "replacement_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["item.id"], name=op.f("fk_replacement_line_item_id_item"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["replacement_request.id"],
            name=op.f("fk_replacement_line_request_id_replacement_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_replacement_line")),
    )
    with op.batch_alter_table("replacement_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_replacement_line_request_id"), ["request_id"], unique=False)

    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("warehouse_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("warehouse_overridden", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.create_foreign_key(
            batch_op.f("fk_orders_warehouse_id_warehouse"),
            "warehouse",
            ["warehouse_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(batch_op.f("ix_orders_warehouse_id"), ["warehouse_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_orders_warehouse_id"))
        batch_op.drop_constraint(batch_op.f("fk_orders_warehouse_id_warehouse"), type_="foreignkey")
        batch_op.drop_column("warehouse_overridden")
        batch_op.drop_column("warehouse_id")
    op.drop_table("replacement_line")
    op.drop_table("stock_movement")
    op.drop_table("shipment_status_change")
    op.drop_table("shipment_line")
    op.drop_table("replacement_request")
    op.drop_table("shipment")
    op.drop_table("order_problem")
    op.drop_table("stock")
    op.drop_table("region_rule")
    op.drop_table("warehouse")
