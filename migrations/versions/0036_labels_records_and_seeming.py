"""clear stored terms and claim states: labels, records, 'appeared to' and one-source forms

Attribution reads an event's label or a row of figures before a colon ('Paris Olympics:',
'Revenue:') as no speaker, 'declares natural disaster' as an act, 'appeared to' and
'seemed to', 'has not been able to verify' and 'we have reason to believe' as hedges,
'a suspect who allegedly' as no hedge, where a record was posted ('Videos posted online')
as part of it, a body's name ending its sentence or its acronym in brackets after
'according to' as part of the source, and one town's 'the town's mayor' as no other
town's. `app.core.compare` reads a court and its justices, prosecutors and their office,
someone and their statement or figures, and a company and its trade as one source, names
one outlet gives together as no entity conflict, two figures a third outlet gives as two
things as no number conflict, and a fall beside a growth as no negation (session 52).
`STATE_VERSION` is 22. The terms stored with each statement and claim, the alignment
summaries made from them, and each large claim's state no longer match what alignment
computes, so they are cleared as in 0035 and made again on each story's next upload. The
stored claims stay as they are until `parallax reanalyse` aligns the stories again.

Revision ID: 0036
Revises: 0035
Create Date: 2026-11-25 23:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0036"
down_revision: str | None = "0035"
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
