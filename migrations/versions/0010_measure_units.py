"""clear stored claim states and terms: measures are now read in their base unit, a
storm and its kinds are one term, and a silent final "e" no longer splits a word's forms

`app.core.figures.quantities` reads "120 mph" and "195 km/h" as one unit, a speed in
km/h ("measure:speed"), where it had read "mph" and "kph" as two counted words, and it
splits a figure glued to its scale or unit ("£2bn", "195km"). The number groups stored in
each large claim's state (app.core.compare.ClaimState) are keyed by the older units, so
they are cleared here: the first upload that joins such a claim compares it afresh and
stores its state again.

`app.core.similarity.term` maps "hurricane", "typhoon" and "cyclone" to "storm" and
"ashore" to "landfall", and drops a stem's silent final "e" ("concede" and "conceded" are
both "conced"), so the stored terms are cleared as in 0009 and made again on each
story's next upload. The stored claims and conflicts stay as they are until `parallax
reanalyse`.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-24 12:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    _clear()


def downgrade() -> None:
    # The states and terms the older code stored are made again by it on the next upload.
    _clear()


def _clear() -> None:
    op.execute("UPDATE claim SET state = NULL, terms = NULL")
    op.execute("UPDATE statement SET terms = NULL, whole = NULL")
    op.execute("DELETE FROM alignment_summary")
