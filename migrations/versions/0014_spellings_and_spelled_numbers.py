"""clear stored terms and claim states: American and British spellings are one term, and a
number spelled in several words is one number

`app.core.similarity.term` makes "defences" and "defenses", "organisation" and
"organization", "centre" and "center" one term, and `similarity` and
`app.core.figures.quantities` read "Twenty-nine" as 29 (where they read 20 and 9); a
count of survivors says so ("people:survived"). The terms stored with each statement and
claim, the alignment summaries made from them, and the number groups in each large
claim's state no longer match what alignment and comparison compute, so they are cleared
as in 0009 and 0013 and made again on each story's next upload. The stored claims stay as
they are until `parallax reanalyse` aligns the stories again.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-24 18:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
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
