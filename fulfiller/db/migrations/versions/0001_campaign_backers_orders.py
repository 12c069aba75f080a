"""Campaign, catalogue, backers, orders, addresses, import batches and the audit log.

Revision ID: 0001
Revises: None
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campaign",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "platform",
            sa.Enum(
                "kickstarter",
                "indiegogo",
                "backerkit",
                "pledgebox",
                "gamefound",
                "other",
                name="platform",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("thank_you_note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign")),
    )
    op.create_table(
        "add_on",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("platform_id", sa.String(length=64), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("price", sa.String(length=40), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], name=op.f("fk_add_on_campaign_id_campaign"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_add_on")),
        sa.UniqueConstraint("campaign_id", "title", name=op.f("uq_add_on_campaign_id_title")),
    )
    with op.batch_alter_table("add_on", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_add_on_campaign_id"), ["campaign_id"], unique=False)

    op.create_table(
        "backer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("platform_backer_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], name=op.f("fk_backer_campaign_id_campaign"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_backer")),
    )
    with op.batch_alter_table("backer", schema=None) as batch_op:
        batch_op.create_index("ix_backer_campaign_email", ["campaign_id", "email"], unique=False)
        batch_op.create_index(batch_op.f("ix_backer_campaign_id"), ["campaign_id"], unique=False)

    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("checksum", sa.String(length=64), nullable=False),
        sa.Column("format", sa.String(length=64), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_import_batch_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
    )
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_batch_campaign_id"), ["campaign_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_import_batch_checksum"), ["checksum"], unique=False)

    op.create_table(
        "item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("variant", sa.String(length=100), nullable=False),
        sa.Column("weight_g", sa.Integer(), nullable=True),
        sa.Column("length_mm", sa.Integer(), nullable=True),
        sa.Column("width_mm", sa.Integer(), nullable=True),
        sa.Column("height_mm", sa.Integer(), nullable=True),
        sa.Column("hs_code", sa.String(length=16), nullable=False),
        sa.Column("origin_country", sa.String(length=2), nullable=False),
        sa.Column("customs_value", sa.String(length=40), nullable=True),
        sa.Column("customs_currency", sa.String(length=3), nullable=False),
        sa.Column("is_stock", sa.Boolean(), nullable=False),
        sa.Column("spare_percent", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], name=op.f("fk_item_campaign_id_campaign"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item")),
        sa.UniqueConstraint("campaign_id", "sku", name=op.f("uq_item_campaign_id_sku")),
    )
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_item_campaign_id"), ["campaign_id"], unique=False)

    op.create_table(
        "reward_tier",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("platform_id", sa.String(length=64), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("minimum", sa.String(length=40), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_reward_tier_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reward_tier")),
        sa.UniqueConstraint("campaign_id", "title", name=op.f("uq_reward_tier_campaign_id_title")),
    )
    with op.batch_alter_table("reward_tier", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reward_tier_campaign_id"), ["campaign_id"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column(
            "action",
            sa.Enum("create", "update", "delete", name="auditaction", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batch.id"],
            name=op.f("fk_audit_log_import_batch_id_import_batch"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index("ix_audit_log_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "kit_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tier_id", sa.Integer(), nullable=True),
        sa.Column("add_on_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.CheckConstraint("(tier_id IS NULL) != (add_on_id IS NULL)", name=op.f("ck_kit_line_one_owner")),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_kit_line_positive_quantity")),
        sa.ForeignKeyConstraint(
            ["add_on_id"], ["add_on.id"], name=op.f("fk_kit_line_add_on_id_add_on"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_kit_line_item_id_item"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(
            ["tier_id"], ["reward_tier.id"], name=op.f("fk_kit_line_tier_id_reward_tier"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kit_line")),
    )
    with op.batch_alter_table("kit_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kit_line_add_on_id"), ["add_on_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_kit_line_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_kit_line_tier_id"), ["tier_id"], unique=False)

    op.create_table(
        "orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("backer_id", sa.Integer(), nullable=False),
        sa.Column("platform_order_id", sa.String(length=64), nullable=False),
        sa.Column("backer_number", sa.String(length=64), nullable=False),
        sa.Column("tier_id", sa.Integer(), nullable=True),
        sa.Column("reward_title", sa.String(length=300), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "collected",
                "pending",
                "dropped",
                "errored",
                "canceled",
                "refunded",
                name="pledgestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("pledge_amount", sa.String(length=40), nullable=True),
        sa.Column("shipping_amount", sa.String(length=40), nullable=True),
        sa.Column("bonus_support", sa.String(length=40), nullable=True),
        sa.Column("pledged_at", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("survey_json", sa.Text(), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["backer_id"], ["backer.id"], name=op.f("fk_orders_backer_id_backer"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], name=op.f("fk_orders_campaign_id_campaign"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batch.id"],
            name=op.f("fk_orders_import_batch_id_import_batch"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["tier_id"], ["reward_tier.id"], name=op.f("fk_orders_tier_id_reward_tier"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_orders")),
        sa.UniqueConstraint("campaign_id", "platform_order_id", name=op.f("uq_orders_campaign_id_platform_order_id")),
    )
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_orders_backer_id"), ["backer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_orders_campaign_id"), ["campaign_id"], unique=False)
        batch_op.create_index("ix_orders_campaign_status", ["campaign_id", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_orders_tier_id"), ["tier_id"], unique=False)

    op.create_table(
        "address",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("company", sa.String(length=300), nullable=False),
        sa.Column("line1", sa.String(length=300), nullable=False),
        sa.Column("line2", sa.String(length=300), nullable=False),
        sa.Column("line3", sa.String(length=300), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=200), nullable=False),
        sa.Column("postal_code", sa.String(length=32), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("country_as_given", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=64), nullable=False),
        sa.Column("delivery_notes", sa.Text(), nullable=False),
        sa.Column("latin_name", sa.String(length=300), nullable=False),
        sa.Column("latin_line1", sa.String(length=300), nullable=False),
        sa.Column("latin_line2", sa.String(length=300), nullable=False),
        sa.Column("latin_city", sa.String(length=200), nullable=False),
        sa.Column("latin_state", sa.String(length=200), nullable=False),
        sa.Column("latin_confirmed", sa.Boolean(), nullable=False),
        sa.Column("edited_locally", sa.Boolean(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_address_order_id_orders"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_address")),
        sa.UniqueConstraint("order_id", name=op.f("uq_address_order_id")),
    )
    with op.batch_alter_table("address", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_address_country_code"), ["country_code"], unique=False)

    op.create_table(
        "order_add_on",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("add_on_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["add_on_id"], ["add_on.id"], name=op.f("fk_order_add_on_add_on_id_add_on"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_order_add_on_order_id_orders"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_add_on")),
        sa.UniqueConstraint("order_id", "add_on_id", name=op.f("uq_order_add_on_order_id_add_on_id")),
    )
    with op.batch_alter_table("order_add_on", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_order_add_on_add_on_id"), ["add_on_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_order_add_on_order_id"), ["order_id"], unique=False)


def downgrade() -> None:
    op.drop_table("order_add_on")
    op.drop_table("address")
    op.drop_table("orders")
    op.drop_table("kit_line")
    op.drop_table("audit_log")
    op.drop_table("reward_tier")
    op.drop_table("item")
    op.drop_table("import_batch")
    op.drop_table("backer")
    op.drop_table("add_on")
    op.drop_table("campaign")
