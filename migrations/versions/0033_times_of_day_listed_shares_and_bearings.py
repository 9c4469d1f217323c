"""clear stored terms and claim states: times of day, listed shares, bearings

Segmenting keeps 'a.m.' or 'p.m.' and the day after it in one sentence ('at 1:14 a.m.
Friday and a flash flood emergency') and a place's initials before its name ('in L.A.
County'). Attribution reads whom a speaker told as no part of the next clause's subject
('Kirby told reporters the US welcomed'); a fire first reported at a time of day, a
hazard's warning ('a flash flood warning'), a state of emergency declared before its
declarer and a bearing shown ('showed no emotion') as no reports; a source the tagger runs
on into the next sentence as ending with its own; a 'she' or 'he' as no one the text tells
is of the other sex; and the kinds of a pope or king with a numeral ('Pope Leo XIV'), a
named body's leader or spokesperson ('the CDU leader'), an office's holder named after it,
a director, forecasts and more capitals ('New Delhi', 'Phnom Penh'). Alignment no longer
leaves out two bare years as two figures for one thing. `app.core.compare` compares shares
listed by name ('Japan 24%', '24% for Japan') name by name (session 49). `STATE_VERSION`
is 19. The terms stored with each statement and claim, the alignment summaries made from
them, and each large claim's state no longer match what alignment computes, so they are
cleared as in 0032 and made again on each story's next upload. The stored claims stay as
they are until `parallax reanalyse` aligns the stories again.

Revision ID: 0033
Revises: 0032
Create Date: 2026-11-25 15:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0033"
down_revision: str | None = "0032"
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
