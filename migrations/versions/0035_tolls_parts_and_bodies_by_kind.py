"""clear stored terms and claim states: death tolls, parts of wholes, bodies by their kind

Attribution reads a body called by its kind alone ('the group', 'the party') as the one
named before, a relative clause with no 'that' ('the seats it said it needed') and one
describing what the sentence says someone is as no report, a concern as no speaker, a
person described and named ('the billionaire Bidzina Ivanishvili') as a person, and a
'could' of ability ('as many people as he could') as no hedge. `app.core.figures` reads a
death toll, a part of a whole, a word before a plural, both ends of a range, cubic
metres, several hundred and a span since a record; `app.core.compare` reads a capital
as its country and ends an attribution frame at its comma (session 51). `STATE_VERSION`
is 21. The terms stored with each statement and claim, the alignment summaries made from
them, and each large claim's state no longer match what alignment computes, so they are
cleared as in 0034 and made again on each story's next upload. The stored claims stay as
they are until `parallax reanalyse` aligns the stories again.

Revision ID: 0035
Revises: 0034
Create Date: 2026-11-25 20:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0035"
down_revision: str | None = "0034"
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
