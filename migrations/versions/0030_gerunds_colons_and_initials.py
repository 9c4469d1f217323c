"""clear stored terms and claim states: gerunds, colon quotes, audiences, initials

Attribution reads an -ing word after a possessive or a determiner as a noun ('a person
familiar with the government's thinking', 'its observing spot', 'a "major tsunami"
warning'); it finds no report in 'led calls for', a sum promised or announced, 'without
saying', 'defending champion' or 'claimed a life'; a quotation a colon introduces is its
subject's ('Mr Bazoum struck a defiant tone: "..."'); a document quoted in a paragraph of
its own is not the last speaker's; an audience told (a plenary, members, investors)
relays nothing, and 'a letter seen by Reuters' is the relay, not Reuters; a tagger span
that cuts a name or a list, or takes in the end of an opening phrase, gives way; a
state of emergency declared is no inverted source; 'Electric Power', 'Air Lines', a
command and 'According to Tedros, the WHO's committee' read as they should; an age
description stands for the one speaker named just before; a verb done in order to say
('joined the presentation via video to say') is no part of a source; 'could be seen' is
no hedge; two full names before 'have' are no body. `app.core.compare` joins a
name with its middle initial, a title before a surname and 'Col-Maj' to the person named
in full, reads the Tories as the Conservatives, denies only the noun after 'not received
any', reads 'no reports of injuries' as denying injuries, 'might not' as denying nothing,
a reported 'could' for a quoted 'can' as no hedge, 'not to him but to the paper' as no
denial, the name after 'Speaker of Parliament' as that person's, and 'Hawaii' against
'the Hawaiian island of Kauai' as no entity conflict (session 46). `STATE_VERSION` is 16.
The terms stored with each statement and claim, the alignment summaries made from them,
and each large claim's state no longer match what alignment computes, so they are cleared
as in 0029 and made again on each story's next upload. The stored claims stay as they are
until `parallax reanalyse` aligns the stories again.

Revision ID: 0030
Revises: 0029
Create Date: 2026-11-25 18:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0030"
down_revision: str | None = "0029"
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
