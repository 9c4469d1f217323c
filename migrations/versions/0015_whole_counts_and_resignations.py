"""clear stored terms and claim states: a count after a possessive is a whole's size, a
figure with decimals is rounded, and resigning and impeaching read alike in any form

`app.core.figures.quantities` reads "the assembly's 300 members" as how many it has in all
("member:all"), no longer the same thing as "18 members of the party", and a figure
written with decimals as rounded to its last digit ("€1.8bn" runs from 1.75 to 1.85
billion), and `app.core.similarity.term` makes "quit" and "resign", "impeachment" and "impeach" one term.
The terms stored with each statement and claim, the alignment summaries made from them,
and the number groups in each large claim's state no longer match what alignment and
comparison compute, so they are cleared as in 0014 and made again on each story's next
upload. The stored claims stay as they are until `parallax reanalyse` aligns the stories
again.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-24 12:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
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
