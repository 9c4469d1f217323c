"""clear stored terms and claim states: two cities' dateline, a claim told after its subject

`app.core.segment.dateline_end` now reads a dateline of two cities ("JERUSALEM/DUBAI, Oct 1
(Reuters) - "), so a lead's alignment text no longer holds it; `app.core.compare.align_text`
reads the whole statement where the claim opens with its verb after a comma ("The quake,
with a magnitude of 7.2 according to ..., struck ..."); and attribution reads several
statements' sources anew (session 42); `STATE_VERSION` is 12. The terms stored with each
statement and claim, the alignment summaries made from them, and each large claim's state
no longer match what alignment computes, so they are cleared as in 0025 and made again on
each story's next upload. The stored claims stay as they are until `parallax reanalyse`
aligns the stories again.

Revision ID: 0026
Revises: 0025
Create Date: 2026-11-24 14:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0026"
down_revision: str | None = "0025"
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
