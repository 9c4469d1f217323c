"""clear stored terms and claim states: held-back reports, times of day and model numbers

Attribution reads 'stopped short of saying' as one cue, 'struck what it called' as the
outlet's claim with its source's label inside it, a relative clause after 'according to
X,' as X's account going on, 'The highest wave observed was' and 'calling themselves' as
no report, 'declared a state of calamity' as an act, a quote's translation in brackets as
its speaker's, a headline's second verb ('OpenAI ousts CEO Sam Altman, says he ...') as
its subject's, and a place the story tells of before a colon as no speaker.
`app.core.compare` reads a report one outlet says was held back ('did not say', 'stopped
short of calling') against another's report of it as a negation, a figure broken down
into parts the other outlet gives as no number conflict, a name in either order or with
a short given name and a document by its issuer's acronym as one source, and a
condemnation as no affirming; `app.core.figures` reads a time of day as one figure
with its zone and act, 'about a dozen' as an estimate, a figure a verb of getting takes
('received 147') as the count before it, and a model's number ('Boeing 737') as no count
(session 53). `STATE_VERSION` is 23. The terms stored with each statement and claim, the
alignment summaries made from them, and each large claim's state no longer match what
alignment computes, so they are cleared as in 0036 and made again on each story's next
upload. The stored claims stay as they are until `parallax reanalyse` aligns the stories
again.

Revision ID: 0037
Revises: 0036
Create Date: 2026-11-26 01:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0037"
down_revision: str | None = "0036"
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
