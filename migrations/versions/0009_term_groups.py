"""clear stored terms: a country and its people's word are now one term, and so are a few
more synonyms

`app.core.similarity.term` maps "Iraqi" to "iraq" and "Iranians" to "iran", and
"requested" to "ask", "positions" to "job", "staff" to "employee", "plane" to
"aircraft" and "troops" to "soldier", so the terms
stored with each statement and claim, and the alignment summaries made from them, no
longer match what alignment computes. They are cleared here and made again
on each story's next upload (app.core.incremental's module docstring). The stored
claims stay as they are until `parallax reanalyse` aligns the stories again.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 12:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE statement SET terms = NULL, whole = NULL")
    op.execute("UPDATE claim SET terms = NULL")
    op.execute("DELETE FROM alignment_summary")


def downgrade() -> None:
    # The terms the older code stored are made again by it on the next upload.
    op.execute("UPDATE statement SET terms = NULL, whole = NULL")
    op.execute("UPDATE claim SET terms = NULL")
    op.execute("DELETE FROM alignment_summary")
