"""clear stored terms and claim states: sources in alignment, time zones, amounts

Segmenting keeps a time zone after a time of day in its sentence ('at 11:10 p.m. EDT on
Thursday'). Attribution reads 'late on Monday' as no part of a record's source, 'which'
after a long clause as the body the clause ends with ('by the International Boxing
Association (IBA), which said'), 'it' after a body whose leader is told ('The IBA, led by
...,') as that body, a newsroom told by what it is and its name ('told local broadcaster
Mayotte la 1ere') as whom the speaker told, and 'raising hopes for', 'reminded him of',
'had been posted by', time spent warning in a relative clause and a longer restrictive
relative clause as no reports. Alignment pairs a statement with a claim citing its own
source before one citing another (`app.core.compare.same_source`). `app.core.compare`
reads what none of them does and what someone vowed anew, keeps what an amount of money
pays for, reads a year dating a figure as dating no word, and holds a US state and its
abbreviation, and a Roman numeral and its number, as one (session 50). `STATE_VERSION` is
20. The terms stored with each statement and claim, the alignment summaries made from
them, and each large claim's state no longer match what alignment computes, so they are
cleared as in 0033 and made again on each story's next upload. The stored claims stay as
they are until `parallax reanalyse` aligns the stories again.

Revision ID: 0034
Revises: 0033
Create Date: 2026-11-25 18:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0034"
down_revision: str | None = "0033"
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
