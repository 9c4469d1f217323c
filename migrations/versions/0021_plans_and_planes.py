"""clear stored terms and claim states: a plan is no plane; what alignment reads

`app.core.similarity` had merged "plan" with "plane" (its silent 'e' dropped), so every
"plans", "planned" and "intends" counted as "aircraft"; "plane" now keeps its 'e', and
"airplane" joins "aircraft". A statement's terms are now those of `compare.align_text`
(the whole statement where its claim has one content word or opens with a pronoun:
"Google said it would appeal"), not always its claim's. `app.core.compare` reads a term negated in the past apart
(`compare.PAST`) and a count's fate over "still" (`STATE_VERSION` 5). The terms stored with
each statement and claim, the alignment summaries made from them, and each large claim's
state no longer match what alignment and comparison compute, so they are cleared as in
0020 and made again on each story's next upload. The stored claims stay as they are until
`parallax reanalyse` aligns the stories again.

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-24 12:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
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
