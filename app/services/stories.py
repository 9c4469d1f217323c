"""Stories: creating, matching an article to one, and the views pages and the API show."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, func
from sqlmodel import Session, col, select

from app.core import ingest
from app.core import stories as matching
from app.core.text import fold
from app.models import Article, Claim, Outlet, Story
from app.services.comparison import story_comparison
from app.services.errors import InvalidInput, NotFound

CANDIDATE_STORIES = 500
MAX_ID = 2**63 - 1  # the largest id SQLite and PostgreSQL can store
TITLE_WORDS = 14


@dataclass(frozen=True, slots=True)
class StorySummary:
    id: int
    title: str
    slug: str
    article_count: int
    outlet_count: int
    updated_at: datetime
    outlets: tuple[str, ...] = ()
    conflicts: int = 0


def create_story(session: Session, title: str) -> Story:
    """A new, empty story with a unique slug (no commit)."""
    title = " ".join(title.split())
    if not title:
        raise InvalidInput("A story needs a title.", "title")
    if len(title) > 300:
        raise InvalidInput("The title is too long (at most 300 characters).", "title")
    base = slugify(title)
    slug, n = base, 2
    while session.exec(select(Story.id).where(Story.slug == slug)).first() is not None:
        slug, n = f"{base}-{n}", n + 1
    story = Story(title=title, slug=slug)
    session.add(story)
    session.flush()
    return story


def add_story(session: Session, title: str) -> StorySummary:
    """Create and commit a new, empty story."""
    story = create_story(session, title)
    session.commit()
    session.refresh(story)
    return StorySummary(story.id, story.title, story.slug, 0, 0, story.updated_at)  # type: ignore[arg-type]


def slugify(title: str) -> str:
    """A URL slug: 'Iraqi militias halt attacks!' -> 'iraqi-militias-halt-attacks'."""
    slug = re.sub(r"[^\w]+", "-", fold(title)).strip("-")[:80].strip("-")
    return slug or "story"


def title_for(draft: ingest.ArticleDraft) -> str:
    """A story title from its first article: its headline, else its first sentence, shortened."""
    return draft.title or ingest.headline_from(draft.body, TITLE_WORDS)


def find_story_for(session: Session, draft: ingest.ArticleDraft) -> Story | None:
    """The stored story this draft reports on, if one is alike enough."""
    recent = session.exec(
        select(Story.id).order_by(col(Story.updated_at).desc()).limit(CANDIDATE_STORIES)
    ).all()
    if not recent:
        return None
    profiles: dict[int, Counter[str]] = {}
    for story_id, title, standfirst, body in session.exec(
        select(Article.story_id, Article.title, Article.standfirst, Article.body).where(
            col(Article.story_id).in_(recent)
        )
    ):
        profile = profiles.setdefault(story_id, Counter())
        profile.update(matching.term_counts(" ".join(filter(None, (title, standfirst, body)))))
    doc = matching.term_counts(" ".join(filter(None, (draft.title, draft.standfirst, draft.body))))
    found = matching.best_story(
        doc, [matching.StoryProfile(sid, terms) for sid, terms in profiles.items()]
    )
    return session.get(Story, found[0]) if found else None


def resolve(session: Session, key: int | str) -> Story:
    """A story by id or slug."""
    story = session.get(Story, key) if isinstance(key, int) and 0 < key <= MAX_ID else None
    if story is None and isinstance(key, str):
        story = session.exec(select(Story).where(Story.slug == key)).first()
        if story is None and key.isdigit() and int(key) <= MAX_ID:
            story = session.get(Story, int(key))
    if story is None:
        raise NotFound(f"There is no story {key}.")
    return story


SORTS = {
    "latest": "most recently changed first",
    "outlets": "most outlets first",
    "conflicts": "most conflicts first",
}
PAGE_SIZE = 50
MAX_PAGE = 10**9


@dataclass(frozen=True, slots=True)
class StoryList:
    """One page of the story list, with what the page needs to link to its neighbours."""

    stories: tuple[StorySummary, ...]
    total: int
    page: int
    pages: int
    sort: str
    page_size: int = PAGE_SIZE

    @property
    def previous_page(self) -> int | None:
        return self.page - 1 if self.page > 1 else None

    @property
    def next_page(self) -> int | None:
        return self.page + 1 if self.page < self.pages else None


def list_stories(
    session: Session, sort: str = "latest", page: int = 1, page_size: int = PAGE_SIZE
) -> list[StorySummary]:
    """One page of stories with their counts (latest versions only), in the chosen order.

    A fixed number of queries however many stories there are: the page's ids (ordered
    on the story index for ``latest``, on one grouped count otherwise), then the
    counts and outlet names of those stories only.
    """
    if sort not in SORTS:
        raise InvalidInput(f"Sort by one of: {', '.join(SORTS)}.", "sort")
    if not 1 <= page <= MAX_PAGE:
        raise InvalidInput("The page number starts at 1.", "page")
    recent = (col(Story.updated_at).desc(), col(Story.id).desc())
    ids_query = select(Story.id)
    if sort == "outlets":
        c = _article_counts().subquery()
        ids_query = ids_query.outerjoin(c, c.c.story_id == Story.id).order_by(
            func.coalesce(c.c.outlets, 0).desc(), func.coalesce(c.c.articles, 0).desc(), *recent
        )
    elif sort == "conflicts":
        k = _conflict_counts().subquery()
        ids_query = ids_query.outerjoin(k, k.c.story_id == Story.id).order_by(
            func.coalesce(k.c.conflicts, 0).desc(), *recent
        )
    else:
        ids_query = ids_query.order_by(*recent)
    ids = list(session.exec(ids_query.offset((page - 1) * page_size).limit(page_size)))
    if not ids:
        return []
    c = _article_counts().where(col(Article.story_id).in_(ids)).subquery()
    k = _conflict_counts().where(col(Claim.story_id).in_(ids)).subquery()
    rows = {
        s.id: (s, n_articles, n_outlets, n_conflicts)
        for s, n_articles, n_outlets, n_conflicts in session.exec(
            select(
                Story,
                func.coalesce(c.c.articles, 0),
                func.coalesce(c.c.outlets, 0),
                func.coalesce(k.c.conflicts, 0),
            )
            .outerjoin(c, c.c.story_id == Story.id)
            .outerjoin(k, k.c.story_id == Story.id)
            .where(col(Story.id).in_(ids))
        )
    }
    outlets: dict[int, list[str]] = {}
    for sid, name in session.exec(
        select(Article.story_id, Outlet.name)
        .join(Outlet, col(Article.outlet_id) == Outlet.id)
        .where(col(Article.story_id).in_(ids), func.coalesce(Article.superseded_by_id, 0) == 0)
        .distinct()
        .order_by(col(Outlet.name))
    ):
        outlets.setdefault(sid, []).append(name)
    return [
        StorySummary(
            id=s.id,  # type: ignore[arg-type]
            title=s.title,
            slug=s.slug,
            article_count=n_articles,
            outlet_count=n_outlets,
            updated_at=s.updated_at,
            outlets=tuple(outlets.get(s.id, ())),  # type: ignore[arg-type]
            conflicts=n_conflicts,
        )
        for s, n_articles, n_outlets, n_conflicts in (rows[i] for i in ids if i in rows)
    ]


def _article_counts() -> Any:
    # Latest versions only, tested inside the aggregate: as a WHERE clause, SQLite's planner
    # walks the (nearly all NULL) superseded_by_id index instead of story_id.
    is_latest = col(Article.superseded_by_id).is_(None)
    return select(
        col(Article.story_id).label("story_id"),
        func.count(case((is_latest, Article.id))).label("articles"),
        func.count(func.distinct(case((is_latest, Article.outlet_id)))).label("outlets"),
    ).group_by(col(Article.story_id))


def _conflict_counts() -> Any:
    return (
        select(col(Claim.story_id).label("story_id"), func.count(col(Claim.id)).label("conflicts"))
        .where(Claim.status == "conflict")
        .group_by(col(Claim.story_id))
    )


def story_list(session: Session, sort: str = "latest", page: int = 1) -> StoryList:
    """A page of the story list with the total and the number of pages."""
    items = list_stories(session, sort, page)
    total = count_stories(session)
    pages = max(1, -(-total // PAGE_SIZE))
    return StoryList(tuple(items), total, page, pages, sort)


def count_stories(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Story)).one()


def story_detail(session: Session, key: int | str) -> dict[str, Any]:
    """A story with its articles, in the API's shape."""
    story = resolve(session, key)
    comp = story_comparison(session, story.id)  # type: ignore[arg-type]
    statuses = Counter(c["status"] for c in comp["claims"])
    return {
        "id": story.id,
        "title": story.title,
        "slug": story.slug,
        "created_at": story.created_at,
        "updated_at": story.updated_at,
        "articles": comp["articles"],
        "claim_counts": {s: statuses.get(s, 0) for s in ("agreement", "variation", "conflict", "single")},
    }


def story_choices(session: Session) -> list[tuple[int, str]]:
    """(id, title) of every story, for the upload form's story picker."""
    return [
        (s.id, s.title)  # type: ignore[misc]
        for s in session.exec(select(Story).order_by(col(Story.updated_at).desc()))
    ]


def ensure_story_exists(session: Session, story_id: int) -> None:
    if session.get(Story, story_id) is None:
        raise NotFound(f"There is no story {story_id}.")
