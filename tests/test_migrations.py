"""The migrations build exactly the schema the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

import app.models  # noqa: F401
from app.cli import migrate
from app.config import Settings
from app.db import include_object, make_engine


def test_migrations_on_empty_database_match_models(settings: Settings) -> None:
    migrate(settings)
    engine = make_engine(settings)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        diff = compare_metadata(context, SQLModel.metadata)
        tables = set(inspect(conn).get_table_names())
    engine.dispose()
    assert diff == []
    assert {"outlet", "story", "article", "statement", "claim", "claim_member"} <= tables


def test_migrating_twice_is_harmless(settings: Settings) -> None:
    migrate(settings)
    migrate(settings)
    engine = make_engine(settings)
    with engine.connect() as conn:
        version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    engine.dispose()
    assert version
