"""clear stored terms and claim states: appositions, datelines, warnings, names abroad

Attribution reads a passive's agent after where it was done ('announced in a Wilmington
courtroom by Judge Eric Davis'); 'Figures show' and 'Data show' a clause in the past as
their source; a danger ('threatens the cooling system'), what was not given ('did not
cite any threat') and a question of who said what as no reports; an apposition ending in
a time as part of its source ('Choi Sang-mok, interim leader since Friday,'); a meeting
told as no relay, and whom a speaker warned as none either; an 'according to' before a
closing report as the source that report relays; a pronoun after the same pronoun, or
after the person its sentence opens with, as theirs; a capitalised place and colon
opening a story as its dateline ('NEW DELHI:'); 'twice' and 'for her part' as no part of
a source; and the kinds of a place made an adjective ('a Mumbai-based fund manager'), a
name with its short form after a description, television footage, figures released by a
body, a diocese, Islamic Jihad, 'Air India' and 'Red Eléctrica'. Alignment pairs two
statements giving one telling figure with what it counts ('144 people were killed') as
strongly as two telling figures. `app.core.compare` reads "no police will engage" as
denying the engaging, "voted down" and "the loss of" as denying what follows, a name the
other gives as a possessive as no other name, the figures two members both give as set
aside before their one other, and one name transliterated two ways ('Waker-Uz-Zaman',
'Waqar-Uz-Zaman') as one source (session 48). `STATE_VERSION` is 18. The terms stored
with each statement and claim, the alignment summaries made from them, and each large
claim's state no longer match what alignment computes, so they are cleared as in 0031
and made again on each story's next upload. The stored claims stay as they are until
`parallax reanalyse` aligns the stories again.

Revision ID: 0032
Revises: 0031
Create Date: 2026-11-25 12:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0032"
down_revision: str | None = "0031"
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
