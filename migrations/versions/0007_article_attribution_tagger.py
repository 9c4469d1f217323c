"""article.attribution_tagger: what read the statements' attribution when they were stored

'crf' (the rules and the CRF tagger) or 'crf+network' (with the optional attribution
network, PARALLAX_ATTRIBUTION_NETWORK=1), as `app.core.attribution_network.name()`
says. Articles stored before this migration hold NULL ("not recorded") until
`parallax reanalyse` analyses them again.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 04:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("article") as batch:
        batch.add_column(sa.Column("attribution_tagger", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("article") as batch:
        batch.drop_column("attribution_tagger")
