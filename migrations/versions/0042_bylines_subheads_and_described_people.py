"""clear stored terms and claim states: bylines, subheads, sign-offs, described people

Statements split differently: bylines of names ('Sam Jones in Madrid and Jon Henley', 'By
Jane Roe', 'Le Monde with AFP'), subheads of up to three words after the first line ('Key
Points', 'BBC News', "What's next?"), stamps with 'at' and a place in brackets ('Published
on October 27, 2025, at 5:12 pm (Paris)'), topic lines, rules of marks ('___'), a rate of
exchange ('($1 = 0.8573 euros)') and sign-offs ('Barry reported from Milan.', '... writers
... contributed.', a translation's notice) are no statements; 'Rs.' and 'Atty.' end no
sentence, nor does a semicolon in a list after a colon. Attribution reads a relative clause whose object is its pronoun ('media reports,
which Nawrocki denied, that ...') as no report, an agentless 'declared the winner' as none,
a message posted as no source ('In a message posted on ...'), a clause before a source as
no part of its name ('Turnout stood at 50.10%, the president of the CEI, ..., said'), an
irregular past after a name as a verb ('Ishiba Shigeru spoke to reporters. He said ...'),
'feared trapped' as a hedge, a modal in a question no one answered as none, growth
posted, visitors welcomed, a result repeated, a law invoked and one summoned to a place as
no reports, 'the Holy Father' as a person, and more bodies and newsrooms by name. `app.core.compare`
negates letting alike ('Don't let', 'not allow'), reads a lack told in other words or a
noun qualifying another ('a power outage') as no affirmation of 'without power', keeps
what follows 'failure to' unaffirmed, keeps where or in what tongue with a negated verb
('did not speak in English'), and finds no attribution conflict between a person named and
a description that may be them ('Albanese', 'the prime minister'), nor a number conflict
where one member counts the same people in two parts ('two pilots and 10 crew members')
(session 58). Attribution also drops the outlet's own name as a go-between ('told The
Irrawaddy' in The Irrawaddy), reads 'all said to be' as no one's report and backing for
someone ('endorsed him') as none.
`STATE_VERSION` is 28. The terms stored with each statement and claim, the alignment
summaries made from them, and each large claim's state no longer match what alignment
computes, so they are cleared as in 0041 and made again on each story's next upload. The
stored claims stay as they are until `parallax reanalyse` aligns the stories again.

Revision ID: 0042
Revises: 0041
Create Date: 2026-11-25 23:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0042"
down_revision: str | None = "0041"
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
