"""Partner exports: which orders went to which label tool or fulfilment partner, in which file.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "partner_export",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("partner", sa.String(length=100), nullable=False),
        sa.Column("format", sa.String(length=32), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("order_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], name=op.f("fk_partner_export_campaign_id_campaign"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_export")),
    )
    with op.batch_alter_table("partner_export", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partner_export_campaign_id"), ["campaign_id"], unique=False)

    op.create_table(
        "partner_export_order",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("export_id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["export_id"],
            ["partner_export.id"],
            name=op.f("fk_partner_export_order_export_id_partner_export"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_partner_export_order_order_id_orders"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_export_order")),
        sa.UniqueConstraint("export_id", "order_id", name=op.f("uq_partner_export_order_export_id_order_id")),
    )
    with op.batch_alter_table("partner_export_order", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partner_export_order_export_id"), ["export_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_partner_export_order_order_id"), ["order_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("partner_export_order", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_export_order_order_id"))
        batch_op.drop_index(batch_op.f("ix_partner_export_order_export_id"))

    op.drop_table("partner_export_order")
    with op.batch_alter_table("partner_export", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_export_campaign_id"))

    op.drop_table("partner_export")
