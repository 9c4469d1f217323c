"""statement terms: what an upload reads of each stored statement instead of its text

An upload aligns the new article into its story's stored claims; the story's word
weights (IDF) and blocking keys need every statement's content terms and whole-text
key. Stored here with the statement (``terms``: sorted, space-separated; ``whole``: a
digest of the key), an upload reads them instead of tokenising the whole story again
(app.core.incremental.statement_keys). Rows stored before this migration hold NULL and
are filled the first time an upload into their story needs them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 05:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("statement") as batch:
        batch.add_column(sa.Column("terms", sa.Text(), nullable=True))
        batch.add_column(sa.Column("whole", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("statement") as batch:
        batch.drop_column("whole")
        batch.drop_column("terms")
