"""clear stored terms and claim states: the army and the military are one term

`app.core.similarity` now reads "army" and "military" as one term ("the army said" and
"the Israeli military said" were two sources of one claim); `app.core.figures` totals a
count given in parts ("17 counts of espionage and one of computer misuse"; `STATE_VERSION`
7). The terms stored with each statement and claim, the alignment summaries made from
them, and each large claim's state no longer match what alignment computes, so they are
cleared as in 0022 and made again on each story's next upload. The stored claims stay as
they are until `parallax reanalyse` aligns the stories again.

Revision ID: 0023
Revises: 0022
Create Date: 2026-11-24 16:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
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
