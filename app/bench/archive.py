"""The ``archive`` section: story matching and the story list over a large archive.

The archive is generated once per (size, seed, generator version) and cached as a
SQLite file built by the migrations. It is filled with bulk inserts of what story
matching and the story list read: outlets, stories, articles (title, standfirst,
body, date, hash) with their full-text index rows, and two stored claims per story
(so the list's conflict counts have rows to count). Statements and claim members
are skipped: neither matching nor the list reads them.

Then, for a seeded sample of stories, a new article about that story (a new outlet's
wording) goes to `app.services.stories.find_story_for`, the function an upload
without a story runs; and `app.services.stories.list_stories`, the service behind
``/``, is timed over the whole archive.
"""

from __future__ import annotations

import hashlib
import os
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime
from datetime import time as dtime
from pathlib import Path
from statistics import median
from typing import Any

from sqlalchemy import insert, text
from sqlmodel import Session

from app.bench.corpus import article, make_story, outlet_name
from app.bench.upload import migrated_engine
from app.core import ingest
from app.models import Article, Claim, Outlet, Story
from app.services.articles import Submission, read_submission
from app.services.stories import find_story_for, list_stories

GENERATOR_VERSION = 1
OUTLETS = 300
STATEMENTS = 10  # sentences per archive article
BATCH = 5000
LIST_RUNS = 3  # the story list is timed this many times (median)


def archive_path(cache_dir: Path, articles: int, seed: int) -> Path:
    return cache_dir / f"archive-v{GENERATOR_VERSION}-{articles}-seed{seed}.db"


def stories_for(articles: int, seed: int) -> list[int]:
    """Article count per story (1..9, about five on average) adding up to ``articles``."""
    rng = random.Random(f"archive-sizes-{seed}")
    sizes: list[int] = []
    left = articles
    while left > 0:
        k = min(left, rng.randint(1, 9))
        sizes.append(k)
        left -= k
    return sizes


def build_archive(
    path: Path, articles: int, seed: int, log: Callable[[str], None] | None = None
) -> None:
    """Generate the archive into ``path`` (built under a temporary name, then renamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for p in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        p.unlink(missing_ok=True)
    engine = migrated_engine(partial)
    sizes = stories_for(articles, seed)
    started = time.perf_counter()
    try:
        with engine.begin() as conn:
            conn.execute(
                insert(Outlet.__table__),  # type: ignore[attr-defined]
                [
                    {
                        "id": i + 1,
                        "name": outlet_name(i),
                        "name_key": ingest.fold_name(outlet_name(i)) + f"-{i}",
                        "created_at": datetime(2023, 1, 1, tzinfo=UTC),
                    }
                    for i in range(OUTLETS)
                ],
            )
            names = {i + 1: outlet_name(i) for i in range(OUTLETS)}
            article_id = 0
            story_rows: list[dict[str, Any]] = []
            article_rows: list[dict[str, Any]] = []
            fts_rows: list[dict[str, Any]] = []
            claim_rows: list[dict[str, Any]] = []

            def flush() -> None:
                for table, rows in (
                    (Story, story_rows),
                    (Article, article_rows),
                    (Claim, claim_rows),
                ):
                    if rows:
                        conn.execute(insert(table.__table__), rows)  # type: ignore[union-attr]
                        rows.clear()
                if fts_rows:
                    conn.execute(
                        text(
                            "INSERT INTO search_article (rowid, title, outlet, body) "
                            "VALUES (:id, :title, :outlet, :body)"
                        ),
                        fts_rows,
                    )
                    fts_rows.clear()

            for number, size in enumerate(sizes):
                story = make_story(number, seed)
                when = datetime.combine(story.day, dtime(12), tzinfo=UTC)
                story_rows.append(
                    {
                        "id": number + 1,
                        "title": f"Warehouse fire in {story.slots['place']}",
                        "slug": f"story-{number + 1}",
                        "created_at": when,
                        "updated_at": when,
                    }
                )
                claim_rows.append(
                    {"story_id": number + 1, "position": 0, "status": "agreement", "conflicts": []}
                )
                claim_rows.append(
                    {
                        "story_id": number + 1,
                        "position": 1,
                        "status": "conflict" if number % 3 == 0 else "single",
                        "conflicts": [],
                    }
                )
                rng = random.Random(f"archive-outlets-{seed}-{number}")
                for outlet_index in rng.sample(range(OUTLETS), size):
                    gen = article(
                        story, outlet_index, STATEMENTS, seed, outlet=names[outlet_index + 1]
                    )
                    article_id += 1
                    article_rows.append(
                        {
                            "id": article_id,
                            "story_id": number + 1,
                            "outlet_id": outlet_index + 1,
                            "title": gen.title,
                            "standfirst": gen.standfirst,
                            "body": gen.body,
                            "published_at": gen.published.isoformat(),
                            "content_hash": hashlib.sha256(gen.body.encode()).hexdigest(),
                            "version": 1,
                            "created_at": when,
                        }
                    )
                    fts_rows.append(
                        {
                            "id": article_id,
                            "title": gen.title,
                            "outlet": gen.outlet,
                            "body": gen.body,
                        }
                    )
                if len(article_rows) >= BATCH:
                    flush()
                    if log:
                        log(
                            f"  archive: {article_id}/{articles} articles ({time.perf_counter() - started:.0f} s)"
                        )
            flush()
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO search_article(search_article) VALUES ('optimize')"))
            conn.execute(text("ANALYZE"))
        with engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    finally:
        engine.dispose()
    os.replace(partial, path)


def run_archive(
    cache_dir: Path,
    articles: int,
    queries: int,
    seed: int,
    log: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    path = archive_path(cache_dir, articles, seed)
    built_seconds = None
    if not path.exists():
        start = time.perf_counter()
        build_archive(path, articles, seed, log)
        built_seconds = round(time.perf_counter() - start, 1)
    sizes = stories_for(articles, seed)
    rng = random.Random(f"archive-queries-{seed}")
    picked = [rng.randrange(len(sizes)) for _ in range(queries)]
    engine = migrated_engine(path)
    match_times: list[float] = []
    correct = 0
    try:
        with Session(engine) as session:
            # One warm-up query so the first timing is not the page cache filling.
            find_story_for(
                session, read_submission(Submission(text=article(make_story(0, seed), 9999).text))
            )
            for q, number in enumerate(picked):
                gen = article(make_story(number, seed), OUTLETS + 1000 + q, STATEMENTS, seed)
                draft = read_submission(Submission(text=gen.text))
                start = time.perf_counter()
                found = find_story_for(session, draft)
                match_times.append(time.perf_counter() - start)
                correct += found is not None and found.id == number + 1
            list_times = []
            for _ in range(LIST_RUNS):
                start = time.perf_counter()
                listed = list_stories(session)
                list_times.append(time.perf_counter() - start)
    finally:
        engine.dispose()
    from app.bench import percentile

    return {
        "articles": articles,
        "stories": len(sizes),
        "match_median_ms": round(median(match_times) * 1000, 2),
        "match_p95_ms": round(percentile(match_times, 95) * 1000, 2),
        "list_median_ms": round(median(list_times) * 1000, 2),
        "queries": queries,
        "match_correct": correct,
        "listed": len(listed),  # the first page, as `/` shows it
        "built_seconds": built_seconds,
        "database": str(path),
    }
