"""write generation: one counter that every committed write moves on

The table ``write_generation`` holds one row: ``epoch``, a random value made here
once (so a database made afresh at the same path never repeats an old database's
generations), and ``value``, a counter. Every transaction that writes anything
raises ``value`` by one inside the same transaction (app/db.py counts writes on
every connection), so the change and the new value commit together. A reader that
reads the generation first and then the data never sees older data than that
generation; the story page cache (app/services/page_cache.py) keys rendered pages
by it, in every worker process alike. Autogenerate leaves the table alone
(app/db.py include_object).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 03:40:00
"""

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "write_generation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("epoch", sa.String(length=40), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_write_generation")),
    )
    op.get_bind().execute(
        sa.text("INSERT INTO write_generation (id, epoch, value) VALUES (1, :epoch, 0)"),
        {"epoch": secrets.token_hex(8)},
    )


def downgrade() -> None:
    op.drop_table("write_generation")
