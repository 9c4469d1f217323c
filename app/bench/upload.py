"""The ``upload`` section: `add_article` into a stored story of N articles.

The N articles are stored first with the services' own ingest and storage steps
and one recompute (not timed), on a real SQLite file built by the migrations.
Then several new articles (new outlets) are added one at a time through
`app.services.articles.add_article` with the story given, which is the whole
upload path: parse, store, segment, attribute, index, align, compare, commit.
"""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path
from statistics import median
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from app.bench.corpus import GeneratedArticle, article, make_story
from app.config import Settings
from app.db import make_engine
from app.services import comparison
from app.services.articles import (
    Submission,
    add_article,
    read_submission,
    resolve_outlet,
    store_draft,
)
from app.services.stories import create_story


def migrated_engine(path: Path):  # type: ignore[no-untyped-def]
    from app.cli import migrate

    settings = Settings(database_url=f"sqlite:///{path}")
    migrate(settings)
    return make_engine(settings)


def store_story(session: Session, generated: list[GeneratedArticle], title: str) -> int:
    """Store a story's articles with one recompute at the end; returns the story id."""
    story = create_story(session, title)
    for gen in generated:
        draft = read_submission(Submission(text=gen.text, outlet=gen.outlet))
        outlet = resolve_outlet(session, gen.outlet, draft)
        store_draft(session, draft, story, outlet)
    comparison.recompute_story(session, story.id)  # type: ignore[arg-type]
    session.commit()
    return story.id  # type: ignore[return-value]


def upload_size(
    path: Path, articles: int, uploads: int, statements: int, seed: int
) -> dict[str, Any]:
    engine = migrated_engine(path)
    story = make_story(0, seed)
    try:
        with Session(engine) as session:
            story_id = store_story(
                session,
                [article(story, i, statements, seed) for i in range(articles)],
                "Bench story",
            )
        # The build's writes are set-up: checkpoint them now, so the first timed upload
        # does not pay for copying the whole story from the write-ahead log.
        with engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        timings, cpu = [], []
        for k in range(uploads):
            gen = article(story, articles + k, statements, seed)
            # A new report comes out after the stored ones (dated a few days on), the usual
            # case; an article dated before the latest stored one is a full recompute.
            later = (story.day + timedelta(days=3 + k)).isoformat()
            sub = Submission(
                text=gen.text, outlet=gen.outlet, story_id=story_id, published_at=later
            )
            with Session(engine) as session:
                start, start_cpu = time.perf_counter(), time.process_time()
                add_article(session, sub)
                timings.append(time.perf_counter() - start)
                cpu.append(time.process_time() - start_cpu)
    finally:
        engine.dispose()
    return {
        "articles": articles,
        "median_ms": round(median(timings) * 1000, 1),
        "max_ms": round(max(timings) * 1000, 1),
        # CPU time of this process: less moved by other work on a busy machine.
        "median_cpu_ms": round(median(cpu) * 1000, 1),
        "uploads": uploads,
    }
