"""clear stored terms and claim states: a compound is read closed up, and a figure given
for each span of time is a rate

`app.core.similarity` reads a compound some outlets hyphenate as the closed-up word
others write ("cyber-attack" is "cyberattack", "cease-fire" "ceasefire"), so the terms
stored with each statement and claim, and the alignment summaries made from them, no
longer match what alignment computes; they are cleared as in 0009 and made again on each
story's next upload (app.core.incremental's module docstring).

`app.core.figures.quantities` reads "$100 million a day", "$1 billion annually" and
"400 flights a day" in units of their own ("$/day", "$/year", "flight/day"), where it had
read them as totals, so a rate and a total of one kind showed a number conflict; and "5
per" is no longer a percentage unless "cent" follows. The number groups stored in each
large claim's state (app.core.compare.ClaimState) are keyed by the older units, so they
are cleared as in 0010 and 0011: the first upload that joins such a claim compares it
afresh and stores its state again.

The stored claims, conflicts and attributions stay as they are until `parallax
reanalyse`.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-24 10:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
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
