"""clear stored terms and claim states: places counted in, texts read out, headline labels

Attribution reads a person named before a colon and then told of by a role ('Sheikh
Hasina: Bangladesh's ousted PM sentenced ...') as no speaker, '"...," read a statement
from X' as X's text, a source the tagger drew as a preposition before a gerund ('passage
by telling') as the clause's subject, a quote after the speaker's act in the same sentence
and a translation in brackets over two sentences as the speaker's, a relative clause in a
source as ending with it, a clause after a semicolon as the reporter's, and 'testified
for', 'during questioning' and 'slammed ashore' as no report. `app.core.compare` keeps a
figure counted in one country, province or region apart from one counted in another
('35 in Cebu province' beside '52 in the Philippines'), reads 'without federal help'
as denying the help and 'denied ordering' as denying the order, and takes 'a UN report'
and 'a United Nations fact-finding report' as one source; `app.core.figures` counts the
jets of 'about 12 Israel Air Force jets' and '15 fighter jets' (session 54). `STATE_VERSION` is 24. The terms stored with each
statement and claim, the alignment summaries made from them, and each large claim's state
no longer match what alignment computes, so they are cleared as in 0037 and made again on
each story's next upload. The stored claims stay as they are until `parallax reanalyse`
aligns the stories again.

Revision ID: 0038
Revises: 0037
Create Date: 2026-11-25 18:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0038"
down_revision: str | None = "0037"
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
