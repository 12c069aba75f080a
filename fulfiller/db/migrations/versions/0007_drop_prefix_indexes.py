"""Drop the campaign indexes of backers and orders that are the first column of another index.

(campaign_id, email) and (campaign_id, status) serve every lookup by campaign alone, and the cascade
from a deleted campaign; the single-column copies only cost time on every import (~0.2 s a 250,000-row
file) and space.

Revision ID: 0007
Revises: 0006
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_backer_campaign_id", table_name="backer")
    op.drop_index("ix_orders_campaign_id", table_name="orders")


def downgrade() -> None:
    op.create_index("ix_orders_campaign_id", "orders", ["campaign_id"], unique=False)
    op.create_index("ix_backer_campaign_id", "backer", ["campaign_id"], unique=False)
