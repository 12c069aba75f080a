"""Kitting and planning: tiers that pack like another, extra order lines, receiving, shipping rates, planning defaults.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inbound_shipment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("warehouse_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("arrived_at", sa.DateTime(), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["warehouse_id"],
            ["warehouse.id"],
            name=op.f("fk_inbound_shipment_warehouse_id_warehouse"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inbound_shipment")),
    )
    with op.batch_alter_table("inbound_shipment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inbound_shipment_warehouse_id"), ["warehouse_id"], unique=False)

    op.create_table(
        "rate_zone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("warehouse_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("countries", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["warehouse_id"], ["warehouse.id"], name=op.f("fk_rate_zone_warehouse_id_warehouse"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rate_zone")),
        sa.UniqueConstraint("warehouse_id", "name", name=op.f("uq_rate_zone_warehouse_id_name")),
    )
    with op.batch_alter_table("rate_zone", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rate_zone_warehouse_id"), ["warehouse_id"], unique=False)

    op.create_table(
        "inbound_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inbound_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("expected", sa.Integer(), nullable=False),
        sa.Column("counted", sa.Integer(), nullable=False),
        sa.Column("damaged", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inbound_id"],
            ["inbound_shipment.id"],
            name=op.f("fk_inbound_line_inbound_id_inbound_shipment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["item.id"], name=op.f("fk_inbound_line_item_id_item"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inbound_line")),
    )
    with op.batch_alter_table("inbound_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inbound_line_inbound_id"), ["inbound_id"], unique=False)

    op.create_table(
        "order_extra_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_order_extra_line_positive_quantity")),
        sa.ForeignKeyConstraint(
            ["item_id"], ["item.id"], name=op.f("fk_order_extra_line_item_id_item"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_order_extra_line_order_id_orders"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_extra_line")),
    )
    with op.batch_alter_table("order_extra_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_order_extra_line_order_id"), ["order_id"], unique=False)

    op.create_table(
        "rate_band",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("zone_id", sa.Integer(), nullable=False),
        sa.Column("max_weight_g", sa.Integer(), nullable=False),
        sa.Column("cost", sa.String(length=40), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.ForeignKeyConstraint(
            ["zone_id"], ["rate_zone.id"], name=op.f("fk_rate_band_zone_id_rate_zone"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rate_band")),
    )
    with op.batch_alter_table("rate_band", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rate_band_zone_id"), ["zone_id"], unique=False)

    with op.batch_alter_table("add_on", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kit_add_on_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_add_on_kit_add_on_id_add_on"), "add_on", ["kit_add_on_id"], ["id"], ondelete="SET NULL"
        )

    with op.batch_alter_table("campaign", schema=None) as batch_op:
        batch_op.add_column(sa.Column("spare_percent", sa.String(length=40), server_default="12", nullable=False))
        batch_op.add_column(sa.Column("cost_buffer_percent", sa.String(length=40), server_default="25", nullable=False))

    with op.batch_alter_table("reward_tier", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kit_tier_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_reward_tier_kit_tier_id_reward_tier"),
            "reward_tier",
            ["kit_tier_id"],
            ["id"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("stock_movement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("inbound_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_stock_movement_inbound_id_inbound_shipment"),
            "inbound_shipment",
            ["inbound_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("stock_movement", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_stock_movement_inbound_id_inbound_shipment"), type_="foreignkey")
        batch_op.drop_column("inbound_id")

    with op.batch_alter_table("reward_tier", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_reward_tier_kit_tier_id_reward_tier"), type_="foreignkey")
        batch_op.drop_column("kit_tier_id")

    with op.batch_alter_table("campaign", schema=None) as batch_op:
        batch_op.drop_column("cost_buffer_percent")
        batch_op.drop_column("spare_percent")

    with op.batch_alter_table("add_on", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_add_on_kit_add_on_id_add_on"), type_="foreignkey")
        batch_op.drop_column("kit_add_on_id")

    with op.batch_alter_table("rate_band", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rate_band_zone_id"))

    op.drop_table("rate_band")
    with op.batch_alter_table("order_extra_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_order_extra_line_order_id"))

    op.drop_table("order_extra_line")
    with op.batch_alter_table("inbound_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inbound_line_inbound_id"))

    op.drop_table("inbound_line")
    with op.batch_alter_table("rate_zone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rate_zone_warehouse_id"))

    op.drop_table("rate_zone")
    with op.batch_alter_table("inbound_shipment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inbound_shipment_warehouse_id"))

    op.drop_table("inbound_shipment")
