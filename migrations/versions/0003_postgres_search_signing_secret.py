"""full-text search index on PostgreSQL; a signing secret shared by all workers

Signing secret (both databases): the table ``app_secret`` (name, value) gets one
random value, ``signing``, made here once. Session and CSRF cookies are signed
with it unless PARALLAX_SECRET_KEY is set, so every worker process, on any
machine using this database, signs and checks cookies with the same key.
Autogenerate leaves the table alone (app/db.py include_object).

Search (PostgreSQL only): SQLite has had its FTS5 ``search_article`` table since 0002; this revision gives
PostgreSQL the equivalent and does nothing on SQLite. One row per article
(article_id, removed with the article), holding its title, outlet name and body,
and ``document``: a tsvector of the three ('simple' configuration: lower-cased
words, no stemming or stop words, like FTS5's unicode61), weighted title A,
outlet B, body C, with a GIN index. The text in ``document`` is folded the way
FTS5's remove_diacritics folds it (app.services.search_index.fold), which SQL
cannot do, so the rows are written from Python here and by search_index later.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 01:30:00
"""

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "app_secret",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_app_secret")),
    )
    bind.execute(
        sa.text("INSERT INTO app_secret (name, value) VALUES ('signing', :value)"),
        {"value": secrets.token_urlsafe(48)},
    )
    if bind.dialect.name != "postgresql":
        return
    from app.services import search_index

    op.execute(
        "CREATE TABLE search_article ("
        " article_id integer PRIMARY KEY"
        "  CONSTRAINT fk_search_article_article_id_article REFERENCES article (id) ON DELETE CASCADE,"
        " title text NOT NULL DEFAULT '',"
        " outlet text NOT NULL DEFAULT '',"
        " body text NOT NULL,"
        " document tsvector NOT NULL)"
    )
    op.execute("CREATE INDEX ix_search_article_document ON search_article USING gin (document)")
    rows = bind.execute(
        sa.text(
            "SELECT a.id, a.title, o.name, a.body FROM article AS a "
            "JOIN outlet AS o ON o.id = a.outlet_id ORDER BY a.id"
        )
    ).all()
    for article_id, title, outlet, body in rows:
        bind.execute(search_index.PG_INSERT, search_index.pg_row(article_id, title, outlet, body))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE IF EXISTS search_article")
    op.drop_table("app_secret")
