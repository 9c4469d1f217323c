"""clear stored terms and claim states: bynames in brackets, windows, what only seemed

Attribution reads a report a body wrote ('a UN report') as that body's, a byname explained
in brackets ('Itamaraty (Brazil's Ministry of Foreign Affairs)') as the body, a source's
apposition citing another ('IRNA, citing a provincial official, acknowledged') as relayed,
a clause joined by 'and' as no part of what was said before it, participles with their
agents ('proposed by Moraes and endorsed by the majority'), 'alleged' before a noun and a
preposition left after its cue ('a provision Kaine insisted on') as no report, and 'he'
after 'For Fiala, who ...' as Fiala. `app.core.compare` leaves what a verb of seeming
governs unaffirmed ('appeared to be an explosive device'), carries a negation over 'or',
reads 'refusing' as 'refused', takes a byname and its explanation, an agency and an
organization of one work, and a name with a middle name one outlet writes as one source,
and sets no day against a person's name; `app.core.figures` reads 'four of the last six'
as no count of the last (session 55). `STATE_VERSION` is 25. The terms stored with each
statement and claim, the alignment summaries made from them, and each large claim's state
no longer match what alignment computes, so they are cleared as in 0038 and made again on
each story's next upload. The stored claims stay as they are until `parallax reanalyse`
aligns the stories again.

Revision ID: 0039
Revises: 0038
Create Date: 2026-11-25 21:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0039"
down_revision: str | None = "0038"
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
