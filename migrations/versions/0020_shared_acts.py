"""clear stored terms and claim states: shares in acts, and degrees Celsius

`app.core.similarity` reads "co-" before an act as the act: "co-founded" is "founded",
"cofounder" is "founder", "co-authored" is "authored"; and `app.core.figures` reads
"1.53C" and "1.6 degrees Celsius" as temperatures. The terms stored with each
statement and claim, the alignment summaries made from them, and the number groups in
each large claim's state no longer match what alignment and comparison compute, so they
are cleared as in 0019 and made again on each story's next upload. The stored claims stay
as they are until `parallax reanalyse` aligns the stories again.

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-24 16:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
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
