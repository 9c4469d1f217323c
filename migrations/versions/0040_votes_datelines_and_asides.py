"""clear stored terms and claim states: tallies, datelines, names before asides

Statements split differently: a '!' inside a quoted title in a Title Case headline, TASS's
dateline ('BLAGOVESHCHENSK, July 24. /TASS/.') and an 'and' joining the subject of a clause
of time ('since opposition parties on the left and the far right said') end no statement.
Attribution reads a headline's source after its closing dash ('... no survivors —
Emergencies Ministry'), the subject of a clause of time whose second verb is the cue
('after Trump imposed tariffs ... and repeatedly said'), a name before the apposition 'who'
follows ('Rep. Clay Higgins, R-La., who said'), a name and its role before an inverted
cue, and the first of two reports set against each other (', while ...', ', although ...')
as the statement's source; removals from office, a storm's blows, 'found dead' and
participles' asides report nothing; and networks, assemblies, names holding a country's
and bodies with an acronym in brackets get the kind of a body. `app.core.figures` reads
vote tallies ('by 364 votes to 194'), British times of day ('2.40am', '3pm') and a
threshold's count apart from others, and a label's number ('the No. 10 signal') as no
count; `app.core.compare` negates what a name in the possessive owns ('rejected the
Department of Justice's request'), not what 'not ... until' says happened later (session
56). `STATE_VERSION` is 26. The terms stored with each statement and claim, the alignment
summaries made from them, and each large claim's state no longer match what alignment
computes, so they are cleared as in 0039 and made again on each story's next upload. The
stored claims stay as they are until `parallax reanalyse` aligns the stories again.

Revision ID: 0040
Revises: 0039
Create Date: 2026-11-25 21:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0040"
down_revision: str | None = "0039"
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
