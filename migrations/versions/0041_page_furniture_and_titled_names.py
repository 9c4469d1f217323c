"""clear stored terms and claim states: page furniture, titled names, what 'deny' withholds

Statements split differently: a line that is only a date and time stamp ('Aug. 3, 2025',
'Updated 10:42 PM EDT, Thu August 28, 2025'), a byline in capitals ('FEDERICO RIVAS
MOLINA', 'KYODO'), a bureau's byline near the top ('Jeremy Wallace, Austin Bureau') and
credits, contacts and notices near the end ('... contributed to this report.',
'jeremy.wallace@chron.com', 'bur/jj', '© 2025 AFP', 'This article has been updated.') are
no statements, and a time zone after 'p.m.' ('3 p.m. Central time'), 'Reps.', 'Sens.' and
a street's compass point ('509 W. 54th St.') end no sentence. Attribution reads a noun after a verb and its modal ('will likely intensify
calls') as no cue, a subject and an aside describing it ('The report, published today,
says') as no inverted frame, a name and where the person is from after an inverted cue
('said state Rep. Gene Wu of Houston'), a title and a name closing a source as a person
('Democratic Party for the People leader Tamaki Yuichiro'), a place's name of two words
made an adjective ('one Buenos Aires-based trader') as naming no one, a threat in a
relative clause about a noun ('goods that Trump has threatened to impose') as no report,
and a hedge in an aside after
an irregular past ('lost its majority, a result that will likely ...') as no hedge of the
statement. `app.core.compare` finds no entity conflict between names lined up only as two
sentences' ends, nor a day in the possessive; 'deny Republicans the quorum' denies the
quorum, what follows 'failed to' or 'fell short of' is not affirmed, and a body named in
part ('the internal affairs ministry', 'the Internal Affairs and Communications Ministry')
is one source (session 57).
`STATE_VERSION` is 27. The terms stored with each statement and claim, the alignment
summaries made from them, and each large claim's state no longer match what alignment
computes, so they are cleared as in 0040 and made again on each story's next upload. The
stored claims stay as they are until `parallax reanalyse` aligns the stories again.

Revision ID: 0041
Revises: 0040
Create Date: 2026-11-25 23:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0041"
down_revision: str | None = "0040"
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
