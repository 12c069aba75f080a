"""Import decisions: rejected rows, address conflicts, merge suggestions, mapping presets; row digests.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mapping_preset",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("mapping_json", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mapping_preset")),
        sa.UniqueConstraint("name", name=op.f("uq_mapping_preset_name")),
    )
    op.create_table(
        "rejected_row",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("column", sa.String(length=200), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batch.id"],
            name=op.f("fk_rejected_row_import_batch_id_import_batch"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rejected_row")),
    )
    with op.batch_alter_table("rejected_row", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rejected_row_import_batch_id"), ["import_batch_id"], unique=False)

    op.create_table(
        "address_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.Column("proposed_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolution", sa.String(length=32), nullable=False),
        sa.Column("resolved_by", sa.String(length=100), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batch.id"],
            name=op.f("fk_address_conflict_import_batch_id_import_batch"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_address_conflict_order_id_orders"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_address_conflict")),
    )
    with op.batch_alter_table("address_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_address_conflict_import_batch_id"), ["import_batch_id"], unique=False)
        batch_op.create_index("ix_address_conflict_open", ["order_id", "resolution"], unique=False)
        batch_op.create_index(batch_op.f("ix_address_conflict_order_id"), ["order_id"], unique=False)

    op.create_table(
        "merge_suggestion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("other_order_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("decided_by", sa.String(length=100), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_merge_suggestion_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batch.id"],
            name=op.f("fk_merge_suggestion_import_batch_id_import_batch"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_merge_suggestion_order_id_orders"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["other_order_id"],
            ["orders.id"],
            name=op.f("fk_merge_suggestion_other_order_id_orders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_suggestion")),
        sa.UniqueConstraint("order_id", "other_order_id", name=op.f("uq_merge_suggestion_order_id_other_order_id")),
    )
    with op.batch_alter_table("merge_suggestion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_merge_suggestion_campaign_id"), ["campaign_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_merge_suggestion_order_id"), ["order_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_merge_suggestion_other_order_id"), ["other_order_id"], unique=False)

    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rows", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("undone_by", sa.String(length=100), server_default="", nullable=False))

    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source_hash", sa.String(length=32), server_default="", nullable=False))
        batch_op.add_column(sa.Column("last_import_batch_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("merged_into_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_orders_merged_into_id_orders"),
            "orders",
            ["merged_into_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_orders_last_import_batch_id_import_batch"),
            "import_batch",
            ["last_import_batch_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_orders_last_import_batch_id_import_batch"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_orders_merged_into_id_orders"), type_="foreignkey")
        batch_op.drop_column("merged_into_id")
        batch_op.drop_column("last_import_batch_id")
        batch_op.drop_column("source_hash")

    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.drop_column("undone_by")
        batch_op.drop_column("rows")

    with op.batch_alter_table("merge_suggestion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_merge_suggestion_other_order_id"))
        batch_op.drop_index(batch_op.f("ix_merge_suggestion_order_id"))
        batch_op.drop_index(batch_op.f("ix_merge_suggestion_campaign_id"))

    op.drop_table("merge_suggestion")
    with op.batch_alter_table("address_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_address_conflict_order_id"))
        batch_op.drop_index("ix_address_conflict_open")
        batch_op.drop_index(batch_op.f("ix_address_conflict_import_batch_id"))

    op.drop_table("address_conflict")
    with op.batch_alter_table("rejected_row", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rejected_row_import_batch_id"))

    op.drop_table("rejected_row")
    op.drop_table("mapping_preset")
