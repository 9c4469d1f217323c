"""clear stored terms and claim states: asides, questions, relative clauses, hours

Attribution leaves an aside of how or when out of a source ('Powell, asked about the
timing, said'), what a person spoke of out of theirs ('a move Fed Chair Jerome Powell said
was meant to'), and a clause of its own out of a cited record; it keeps 'former' before
a full name, a few words quoted inside a source, and 'That official' as the unnamed
source named before; it finds no report in a question asked ('Asked whether the move
signaled'), a verdict declared, or a relative clause on whom a claim is about ('a payment
to a porn actor who said'); it reads a tool, a branch, a jury and a camel-case brand as
bodies and 'Many on Wall Street' as unnamed; a list's bullet is no part of a source, and
what one seemed to be, 'more pointed' and why a source went unnamed report nothing; an
investor named as a bank, regulators, a railroad and a county are bodies; how long
('for more than a decade') is no part of a source, nor is an address given; weather
forecast and applications rejected report nothing; 'most likely accidental' is hedged;
'the body said' is a body's. The segmenter no longer cuts 'according to court
documents and interviews'. `app.core.compare` reads one owner's campaign as one source, a
time in hours and minutes and a count of dozens as one figure each, 'topping 80 mph' as a bound, 'bypass a vote' as
no vote, 'OceanGate, the firm ...' and 'OceanGate Expeditions' as one source, and 'Mr
Modi' and 'Narendra Modi' as one person (session 45). `STATE_VERSION` is 15.
The terms stored with each statement and claim, the alignment summaries made from them,
and each large claim's state no longer match what alignment computes, so they are cleared
as in 0028 and made again on each story's next upload. The stored claims stay as they are
until `parallax reanalyse` aligns the stories again.

Revision ID: 0029
Revises: 0028
Create Date: 2026-11-25 18:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0029"
down_revision: str | None = "0028"
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
