"""clear stored terms and claim states: rich and wealthy are one term

`app.core.similarity` now reads "rich", "wealthy" and "affluent" as one term ("rich
nations would give" and "wealthy countries will lead" shared no term); `app.core.figures`
reads a rate "from April" and a range's start at its end's rate (`STATE_VERSION` 6). The
terms stored with each statement and claim, the alignment summaries made from
them, and each large claim's state no longer match what alignment computes, so they are
cleared as in 0021 and made again on each story's next upload. The stored claims stay as
they are until `parallax reanalyse` aligns the stories again.

Revision ID: 0022
Revises: 0021
Create Date: 2026-11-24 14:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
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
