"""After-sales: carrier claims, and the whole-kit flag, decision note and closing of replacement requests.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "carrier_claim",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shipment_id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("carrier", sa.String(length=64), nullable=False),
        sa.Column("claim_number", sa.String(length=100), nullable=False),
        sa.Column("amount", sa.String(length=40), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "status",
            sa.Enum("open", "submitted", "paid", "refused", "closed", name="claimstatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("opened_by", sa.String(length=100), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["replacement_request.id"],
            name=op.f("fk_carrier_claim_request_id_replacement_request"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["shipment_id"], ["shipment.id"], name=op.f("fk_carrier_claim_shipment_id_shipment"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_carrier_claim")),
    )
    with op.batch_alter_table("carrier_claim", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_carrier_claim_shipment_id"), ["shipment_id"], unique=False)
        batch_op.create_index("ix_carrier_claim_status_deadline", ["status", "deadline"], unique=False)

    with op.batch_alter_table("replacement_request", schema=None) as batch_op:
        batch_op.add_column(sa.Column("whole_kit", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column("decision_note", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("closed_by", sa.String(length=100), server_default="", nullable=False))
        batch_op.add_column(sa.Column("closed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("replacement_request", schema=None) as batch_op:
        batch_op.drop_column("closed_at")
        batch_op.drop_column("closed_by")
        batch_op.drop_column("decision_note")
        batch_op.drop_column("whole_kit")

    with op.batch_alter_table("carrier_claim", schema=None) as batch_op:
        batch_op.drop_index("ix_carrier_claim_status_deadline")
        batch_op.drop_index(batch_op.f("ix_carrier_claim_shipment_id"))

    op.drop_table("carrier_claim")
