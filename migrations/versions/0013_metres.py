"""clear stored claim states: a figure glued to "m" before a dimension is metres

`app.core.figures.quantities` reads "the 70m-tall booster" as 70 metres, a length, where
it had read 70 million of something "tall"; a bare "m" after a figure ("the 71 m
booster") is metres too. The number groups stored in each large claim's state
(app.core.compare.ClaimState) are keyed by the older units, so they are cleared as in
0010 to 0012: the first upload that joins such a claim compares it afresh and stores its
state again.

The stored claims, conflicts and attributions stay as they are until `parallax
reanalyse`.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-24 12:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _clear() -> None:
    op.execute("UPDATE claim SET state = NULL")


def upgrade() -> None:
    _clear()


def downgrade() -> None:
    # The states the older code stored are made again by it on the next upload.
    _clear()
