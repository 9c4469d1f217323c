"""clear stored terms and claim states: an irregular verb form is read as its base, a
compound written as two words as closed up, and "days" or "weeks" as a span of time

`app.core.similarity.term` reads "fell" as "fall" and "won" as "win", so "Shares fell
11%" and "shares dropped 11%" share their verb, and "freed" as "released";
`app.core.similarity` reads "cyber attack" as "cyberattack" and "air strikes" as
"airstrikes"; `app.core.figures` reads "could take days" as a span of time, which "could
take weeks" conflicts with. The terms stored with each statement and claim, the
alignment summaries made from them, and the number groups in each large claim's state no
longer match what alignment and comparison compute, so they are cleared as in 0015 and
made again on each story's next upload. The stored claims stay as they are until
`parallax reanalyse` aligns the stories again.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-24 14:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
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
