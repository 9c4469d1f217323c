"""clear stored terms and claim states: a country's count is read with its name

`app.core.compare.align_text` now reads the whole statement where a country's name frames
a claim that opens with a count ("Jordan said 99 of its citizens had died"), similarity
knows more countries and their peoples ("Jordan", "Jordanian"), and attribution reads
several statements' sources anew (session 41); `STATE_VERSION` is 11 ("unable to use" is
a negation, "could not use" no hedge). The terms stored with each statement and claim,
the alignment summaries made from them, and each large claim's state no longer match what
alignment computes, so they are cleared as in 0024 and made again on each story's next
upload. The stored claims stay as they are until `parallax reanalyse` aligns the stories
again.

Revision ID: 0025
Revises: 0024
Create Date: 2026-11-24 10:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _clear() -> None:
    op.execute("UPDATE statement SET terms = NULL, whole = NULL")
    op.execute("UPDATE claim SET terms = NULL, state = NULL")
    op.execute("DELETE FROM alignment_summary")


def upgrade() -> None:
    _clear()


def downgrade() -> None:
    # The terms and states the older code stored are made again by it on the next upload.
    _clear()
