"""clear stored terms and claim states: alignment leaves a subject's long aside out

`app.core.compare.align_text` now leaves out a long aside set off by commas after a
statement's subject ("Charles, who became king in September 2022 on the death of his
mother Queen Elizabeth, remains ..."), and attribution reads several statements'
contents anew (session 40); `STATE_VERSION` is 9 (a bare pronoun source differs from
none, a name's title is no part of it). The terms stored with each statement and claim,
the alignment summaries made from them, and each large claim's state no longer match what
alignment computes, so they are cleared as in 0023 and made again on each story's next
upload. The stored claims stay as they are until `parallax reanalyse` aligns the stories
again.

Revision ID: 0024
Revises: 0023
Create Date: 2026-11-24 21:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
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
