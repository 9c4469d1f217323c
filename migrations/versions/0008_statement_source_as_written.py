"""statement.source_as_written: the pronoun a statement names as its source

Where a sentence's source is 'he', 'she' or 'they' and an earlier statement says who
that is, ``source`` holds who ('Prosecutors') and this column the pronoun as written
('They'). Statements stored before this migration hold NULL until `parallax reanalyse`
analyses them again.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("statement") as batch:
        batch.add_column(sa.Column("source_as_written", sa.String(length=500), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("statement") as batch:
        batch.drop_column("source_as_written")
