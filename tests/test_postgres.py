"""PostgreSQL-only behaviour: the migrations on a real server, and its search index."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlmodel import Session

from app.cli import ROOT, migrate
from app.config import Settings
from app.db import make_engine
from app.services import search_index

pytestmark = pytest.mark.postgres


def _alembic(url: str) -> Config:
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.attributes["database_url"] = url
    config.attributes["configure_logger"] = False
    return config


def test_0003_indexes_articles_stored_before_it(postgres_url: str) -> None:
    command.upgrade(_alembic(postgres_url), "0002")
    engine = make_engine(Settings(database_url=postgres_url))
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO outlet (id, name, name_key, created_at) "
                "VALUES (1, 'Le Monde', 'le monde', now())"
            )
        )
        conn.execute(
            text(
                "INSERT INTO story (id, title, slug, created_at, updated_at) "
                "VALUES (1, 'Strike', 'strike', now(), now())"
            )
        )
        conn.execute(
            text(
                "INSERT INTO article (id, story_id, outlet_id, title, body, content_hash, created_at, version) "
                "VALUES (7, 1, 1, 'Grève à Genève', 'Les employés ont arrêté le travail.', 'h', now(), 1)"
            )
        )
    command.upgrade(_alembic(postgres_url), "head")
    with Session(engine) as session:
        assert search_index.matching_articles(
            session, ["greve", "geneve"], all_words=True, limit=5
        ) == [7]
        assert search_index.matching_articles(session, ["Monde"], all_words=True, limit=5) == [7]
        session.execute(text("DELETE FROM article WHERE id = 7"))
        session.commit()
        assert session.execute(text("SELECT count(*) FROM search_article")).scalar_one() == 0
    command.downgrade(_alembic(postgres_url), "0002")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT to_regclass('search_article')")).scalar() is None
    engine.dispose()


def test_the_search_table_has_a_gin_index(postgres_url: str) -> None:
    settings = Settings(database_url=postgres_url)
    migrate(settings)
    engine = make_engine(settings)
    with engine.connect() as conn:
        indexes = (
            conn.execute(text("SELECT indexdef FROM pg_indexes WHERE tablename = 'search_article'"))
            .scalars()
            .all()
        )
    engine.dispose()
    assert any("USING gin (document)" in d for d in indexes)
