"""clear stored terms and claim states: times around sources, chants, clauses of time

`app.core.segment` no longer ends a sentence inside a chant ('"USA! USA!"') nor cuts an
'and' inside 'both ... and' or a report's 'that' clause; attribution leaves a time out of a
source ('On 7 March its embassy', 'Putin on March 19'), reads a report inside a clause of
time or a relative clause as that clause's, and reads several sources' kinds anew; and
`app.core.compare` leaves out of a certainty conflict a hedge on a clause the others do not
tell (session 43). `STATE_VERSION` is 13. The terms stored with each statement and claim,
the alignment summaries made from them, and each large claim's state no longer match what
alignment computes, so they are cleared as in 0026 and made again on each story's next
upload. The stored claims stay as they are until `parallax reanalyse` aligns the stories
again.

Revision ID: 0027
Revises: 0026
Create Date: 2026-11-25 14:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0027"
down_revision: str | None = "0026"
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
