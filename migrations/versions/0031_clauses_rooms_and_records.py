"""clear stored terms and claim states: clause verbs, rooms, records, kinds, countries

Attribution reads no cue in a verb of someone else's clause ('the results would also
help scientists maintain', 'Saudi Arabia had kept the United States informed'); a long
'who' clause after an inverted cue ends the source ('said a space industry consultant
who asked not to be named because ...'), as does a spaced hyphen; when and where a thing
was announced ('announced Monday in Lausanne') is no source, and 'announced Monday by
Smith' cites Smith; a judge's long title and name after 'by' is the agent; 'According to
the transcripts, the controller told' cites the controller through the transcripts;
whom a speaker told in the room (jurors, a chamber, a caucus, a committee, a flight, a
separate press conference) relays nothing, and 'told France 24' names the channel; a
noise ('horns sounded', 'sounded like a toy') and 'warning sirens' are no reports;
records in the plural that show a clause are its source ('The transcripts show'); a
record named by where it came from, a sport's national body, a body 'based' somewhere, a
panel, and newsrooms such as NHK, CNBC, Lloyd's List and The Athletic have their kinds;
a person whose apposition names her newsroom stays a person; 'Journalists Maria Ressa of
the Philippines' gives 'Ressa' her full name; and a quote before 'told supporters from
atop a bus ..., where ...' is the speaker's. `app.core.compare` reads "not the only" as
affirming, "barred from" and "banned" as not, Congo, the DRC and Turkiye by their other
names, and two unnamed sources described alike, neither of rank, as one (session 47).
`STATE_VERSION` is 17. The terms stored with each statement and claim, the alignment
summaries made from them, and each large claim's state no longer match what alignment
computes, so they are cleared as in 0030 and made again on each story's next upload. The
stored claims stay as they are until `parallax reanalyse` aligns the stories again.

Revision ID: 0031
Revises: 0030
Create Date: 2026-11-25 18:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0031"
down_revision: str | None = "0030"
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
