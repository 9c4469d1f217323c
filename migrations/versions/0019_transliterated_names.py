"""clear stored terms and claim states: a name's transliterations are one term

`app.core.similarity` reads a word ending in "-iy" or "-yy" as ending in "-y", so
"Zelenskiy", "Zelenskyy" and "Zelensky" are one name. The terms stored with each
statement and claim, the alignment summaries made from them, and the number groups in
each large claim's state no longer match what alignment and comparison compute, so they
are cleared as in 0018 and made again on each story's next upload. The stored claims stay
as they are until `parallax reanalyse` aligns the stories again.

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-24 14:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
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
