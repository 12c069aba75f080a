"""Waves of parcels with a planned ship date; a parcel's wave and the label tool or partner it was sent
to; each partner's tracking-sheet columns, mapped once.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "wave",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("planned_ship_date", sa.Date(), nullable=True),
        sa.Column("warehouse_id", sa.Integer(), nullable=True),
        sa.Column("criteria", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], name=op.f("fk_wave_campaign_id_campaign"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["warehouse_id"], ["warehouse.id"], name=op.f("fk_wave_warehouse_id_warehouse"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wave")),
    )
    with op.batch_alter_table("wave", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_wave_campaign_id"), ["campaign_id"], unique=False)

    op.create_table(
        "partner_tracking_columns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("partner", sa.String(length=100), nullable=False),
        sa.Column("columns_json", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_partner_tracking_columns_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_tracking_columns")),
        sa.UniqueConstraint("campaign_id", "partner", name=op.f("uq_partner_tracking_columns_campaign_id_partner")),
    )
    with op.batch_alter_table("partner_tracking_columns", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partner_tracking_columns_campaign_id"), ["campaign_id"], unique=False)

    with op.batch_alter_table("shipment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("wave_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("handed_to", sa.String(length=100), server_default="", nullable=False))
        batch_op.create_index(batch_op.f("ix_shipment_wave_id"), ["wave_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_shipment_wave_id_wave"), "wave", ["wave_id"], ["id"], ondelete="SET NULL"
        )


def downgrade() -> None:
    with op.batch_alter_table("shipment", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_shipment_wave_id_wave"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_shipment_wave_id"))
        batch_op.drop_column("handed_to")
        batch_op.drop_column("wave_id")

    with op.batch_alter_table("partner_tracking_columns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_tracking_columns_campaign_id"))
    op.drop_table("partner_tracking_columns")

    with op.batch_alter_table("wave", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_wave_campaign_id"))
    op.drop_table("wave")
