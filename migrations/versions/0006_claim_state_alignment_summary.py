"""claim state and alignment summary: what an upload reads instead of every statement

``alignment_summary`` holds one row per story with a stored comparison: the story's
articles, each term's count and each claim's members and place, and ``claim.terms``
each claim's members' distinct terms (app.core.incremental.Summary), so an upload
reads these instead of every statement's keys. A story without them (every story
stored before this migration) gets them from its statements' rows on the next upload.

An upload that joins a claim of at least ANCHOR_SAMPLE members brings its conflicts
and status up to date from the claim's state (number groups, negated terms, whether
every member agrees with the anchor) and the new member alone, instead of analysing
every member's text again (app.core.compare.ClaimState). Claims stored before this
migration hold NULL: the first upload that joins one compares it afresh and stores
its state.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 08:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("claim") as batch:
        batch.add_column(sa.Column("terms", sa.Text(), nullable=True))
        batch.add_column(sa.Column("state", sa.JSON(), nullable=True))
    op.create_table(
        "alignment_summary",
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["story_id"],
            ["story.id"],
            name=op.f("fk_alignment_summary_story_id_story"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("story_id", name=op.f("pk_alignment_summary")),
    )


def downgrade() -> None:
    op.drop_table("alignment_summary")
    with op.batch_alter_table("claim") as batch:
        batch.drop_column("state")
        batch.drop_column("terms")
