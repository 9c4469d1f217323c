"""clear stored claim states: a change in a rate is now read in percentage points, and
an irregular verb is negated at its base form

`app.core.figures.quantities` reads "25 basis points", "a quarter of a percentage point"
and "50bp" as one unit, a change in percentage points ("measure:percentage points"),
where it had read "basis" and "percentage" as counted words, "a quarter of a percentage
point" as a share of 25%, and "50bp" not at all. The number groups stored in each large
claim's state (app.core.compare.ClaimState) are keyed by the older units, so they are
cleared here as in 0010: the first upload that joins such a claim compares it afresh and
stores its state again. The negated terms stored there are cleared with them:
`app.core.compare` now reads an irregular verb at its base form ("did not leave" is
negated by "left"; "withdrawn" is "withdraw"). The stored claims, conflicts and attributions stay as they are
until `parallax reanalyse`.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-24 15:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE claim SET state = NULL")


def downgrade() -> None:
    # The states the older code stored are made again by it on the next upload.
    op.execute("UPDATE claim SET state = NULL")
