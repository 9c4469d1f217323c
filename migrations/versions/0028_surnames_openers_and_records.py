"""clear stored terms and claim states: surnames, opening phrases, records' makers

Attribution no longer reads a surname that ends as a people's word does ('Altman',
'Erdogan', 'Pelosi') as a nationality and so as no one named; it leaves an opening time
or participle's clause out of a source ('Just last week, Altman ..., saying', 'Reacting
to the news, Mr Trump'), reads a record by its maker ('a Reuters/Ipsos poll conducted
days after the debate found') and a body by what the article calls it ('Aemet, the state
meteorological agency'), a regulator's order by who issued it, 'Theresa May' and 'IS' as
names rather than auxiliaries, and finds no report in 'more to say', 'found out',
'responded quickly', 'slammed open', 'pointing their phones at' or 'faced calls'.
`app.core.compare` reads a body's name beside two descriptions, a body's office and its
named holder, and researchers at one place as one source each, 'reportedly' as unnamed as
'media reports', a city's airport as no other place, and what comes 'until' as not
affirmed (session 44). `STATE_VERSION` is 14. The terms stored with each statement and
claim, the alignment summaries made from them, and each large claim's state no longer
match what alignment computes, so they are cleared as in 0027 and made again on each
story's next upload. The stored claims stay as they are until `parallax reanalyse` aligns
the stories again.

Revision ID: 0028
Revises: 0027
Create Date: 2026-11-25 18:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0028"
down_revision: str | None = "0027"
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
