"""Stories: creating, matching an article to one, and the views pages and the API show."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import case, func
from sqlmodel import Session, col, select

from app.core import ingest
from app.core import stories as matching
from app.core.text import STOPWORDS, fold, stem, words
from app.models import Article, Claim, Outlet, Story
from app.services import search_index
from app.services.comparison import story_comparison
from app.services.errors import InvalidInput, NotFound

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
    """The stored story this draft reports on, if one is alike enough.

    Blocking instead of a scan: the draft's rarest words (names, numbers, rare
    content words) are looked up in the full-text index; the stories of the
    best-ranked articles found, less those whose dated articles all lie outside a
    date window around the draft's date, are the only ones scored (by
    `app.core.stories.best_story`, with IDF from the archive's document frequencies),
    article by article: the articles found first, then the latest, at most
    PROFILE_ARTICLES per story. A story's score drops with the days between the draft
    and its nearest dated article (`app.core.stories.date_penalty`).
    Without the index (not SQLite) the most recently changed stories are scored.
    """
    text = " ".join(filter(None, (draft.title, draft.standfirst, draft.body)))
    doc = matching.term_counts(text)
    stats = _archive_stats(session)
    hits: list[int] = []
    if search_index.available(session):
        candidates, hits = _blocked_stories(session, text, doc, stats, draft.published_at)
    else:
        recent = session.exec(
            select(Story.id).order_by(col(Story.updated_at).desc()).limit(FALLBACK_STORIES)
        ).all()
        candidates = _near_in_time(session, list(recent), draft.published_at)  # type: ignore[arg-type]
    if not candidates:
        return None
    gaps = _days_apart(session, candidates, draft.published_at)  # type: ignore[arg-type]
    profiles = [
        replace(p, days_apart=gaps.get(p.story))
        for p in _story_profiles(session, candidates, hits)  # type: ignore[arg-type]
    ]
    idf = stats.idf(doc.keys() | {t for p in profiles for t in p.terms})
    found = matching.best_story(doc, profiles, idf)
    return session.get(Story, found[0]) if found else None


# Blocking: how many rare words to look up, how many articles they may return, how far
# apart in time a story and an article may be, how much of a story to read.
QUERY_WORDS = 16
RARE_DF, RARE_SHARE = 50, 0.02  # a term in more articles than this is too common to query
CANDIDATE_ARTICLES = 40
CANDIDATE_STORIES = 10
DATE_WINDOW_DAYS = 60
PROFILE_ARTICLES = 8
FALLBACK_STORIES = 200
SAMPLE_ARTICLES = 400  # articles read to estimate document frequencies
EXACT_STATS_ARTICLES = 100  # below this many articles, statistics follow every change


@dataclass(slots=True)
class _ArchiveStats:
    """Document frequencies of matching terms, estimated from an even sample of articles
    (those whose id is a multiple of `step`; step 1: every article, exact)."""

    articles: int
    sampled: int
    df: Counter[str]
    step: int = 1
    last_id: int = 0  # the highest article id the statistics have looked at
    drawn: int = 0  # articles in the archive when the sample was drawn

    def estimate(self, term: str) -> float:
        seen = self.df.get(term)
        if seen is None:  # rarer than the sample can see
            return (
                max(0.5, self.articles / max(self.sampled, 1) / 2)
                if self.sampled < self.articles
                else 0.0
            )
        return seen * self.articles / max(self.sampled, 1)

    def idf(self, terms: Any) -> dict[str, float]:
        n = max(self.articles, 1)
        return {t: math.log((n + 1) / (self.estimate(t) + 0.5)) + 1.0 for t in terms}


_STATS: dict[str, _ArchiveStats] = {}


def _article_text(title: str | None, standfirst: str | None, body: str | None) -> str:
    return " ".join(filter(None, (title, standfirst, body)))


def _archive_stats(session: Session) -> _ArchiveStats:
    """The archive's term statistics.

    Articles stored since the statistics were made are added to them as they come (those
    the sample's step picks: all of them in an archive of at most SAMPLE_ARTICLES), so a
    new story's words are counted from its first articles on; without that, every word of
    a new kind of event looks as rare as its names until the next full estimate, and two
    events of one kind meet on their shared vocabulary. The sample is drawn afresh when
    the archive has grown or shrunk by a tenth since (below EXACT_STATS_ARTICLES
    articles, whenever it shrinks).

    A per-process cache of an estimate: a worker with an older one scores with slightly
    older statistics, never with wrong data.
    """
    articles = session.exec(select(func.count()).select_from(Article)).one()  # an index count
    key = str(session.get_bind().engine.url)
    cached = _STATS.get(key)
    if cached is not None and cached.articles == articles:
        return cached
    if cached is not None and cached.articles < articles:
        if (
            articles < EXACT_STATS_ARTICLES or articles - cached.drawn <= cached.drawn / 10
        ) and _add_new_articles(session, cached, articles):
            return cached
    elif (
        cached is not None
        and cached.articles >= EXACT_STATS_ARTICLES
        and cached.articles - articles <= cached.articles / 10
    ):
        return cached  # a few deletions: the estimate still holds
    step = max(1, -(-articles // SAMPLE_ARTICLES))  # ceiling: the sample spans the archive
    df: Counter[str] = Counter()
    sampled = 0
    last_id = session.exec(select(func.max(Article.id))).one() or 0
    query = select(Article.title, Article.standfirst, Article.body).where(
        col(Article.superseded_by_id).is_(None), col(Article.id) <= last_id
    )
    if step > 1:
        query = query.where(col(Article.id) % step == 0)
    for title, standfirst, body in session.exec(query.limit(SAMPLE_ARTICLES)):
        df.update(matching.term_counts(_article_text(title, standfirst, body)).keys())
        sampled += 1
    stats = _ArchiveStats(articles, sampled, df, step, last_id, drawn=articles)
    _STATS[key] = stats
    return stats


def _add_new_articles(session: Session, stats: _ArchiveStats, articles: int) -> bool:
    """Count the articles stored since `stats.last_id` (those the sample's step picks);
    False, changing nothing, if the ids went backwards (another database at the same URL)."""
    newest = session.exec(select(func.max(Article.id))).one() or 0
    if newest <= stats.last_id:
        return False
    query = select(Article.title, Article.standfirst, Article.body).where(
        col(Article.id) > stats.last_id,
        col(Article.id) <= newest,
        col(Article.superseded_by_id).is_(None),
    )
    if stats.step > 1:
        query = query.where(col(Article.id) % stats.step == 0)
    for title, standfirst, body in session.exec(query):
        stats.df.update(matching.term_counts(_article_text(title, standfirst, body)).keys())
        stats.sampled += 1
    stats.last_id = newest
    stats.articles = articles
    return True


def _blocked_stories(
    session: Session, text: str, doc: Counter[str], stats: _ArchiveStats, published: Any
) -> tuple[list[int], list[int]]:
    """Stories of the articles the draft's rarest words find in the full-text index, and
    those articles (best first)."""
    by_key: dict[str, set[str]] = {}
    for w in set(words(text)):
        if w in STOPWORDS or (len(w) < 3 and not w.isdigit()):
            continue
        by_key.setdefault(stem(w), set()).add(w)
        by_key.setdefault(matching.NAME_PREFIX + w, set()).add(w)
        by_key.setdefault(matching.NUMBER_PREFIX + w, set()).add(w)
    doc_keys = doc.keys()
    # Rarest first; among equally rare terms names, then numbers, then words. Terms the
    # sample never saw may not be stored at all, so the rarest seen ones go in too.
    group = {matching.NAME_PREFIX: 0, matching.NUMBER_PREFIX: 1}
    rarity = sorted((stats.estimate(k), group.get(k[:2], 2), k) for k in doc_keys if k in by_key)
    unseen = [k for _, _, k in rarity if k not in stats.df]
    seen = [
        k
        for est, _, k in rarity
        if k in stats.df and est <= max(RARE_DF, stats.articles * RARE_SHARE)
    ]
    if stats.sampled >= stats.articles:
        unseen = []  # the sample is the whole archive: these words are in no article
    half = QUERY_WORDS // 2
    picked = (
        unseen[: max(half, QUERY_WORDS - len(seen))] + seen[: max(half, QUERY_WORDS - len(unseen))]
    )
    chosen: list[str] = []
    for key in picked:
        for w in sorted(by_key[key]):
            if w not in chosen:
                chosen.append(w)
    hits = search_index.matching_articles(
        session, chosen[: QUERY_WORDS * 2], all_words=False, limit=CANDIDATE_ARTICLES
    )
    if not hits:
        return [], []
    rows = session.exec(
        select(Article.id, Article.story_id).where(
            col(Article.id).in_(hits), col(Article.superseded_by_id).is_(None)
        )
    ).all()
    rank = {article_id: i for i, article_id in enumerate(hits)}
    best: dict[int, int] = {}
    for article_id, story_id in rows:
        best[story_id] = min(best.get(story_id, len(hits)), rank[article_id])  # type: ignore[index]  # ids read back are never None
    ordered = sorted(best, key=lambda sid: best[sid])
    return _near_in_time(session, ordered, published)[:CANDIDATE_STORIES], hits


def _near_in_time(session: Session, story_ids: list[int], published: Any) -> list[int]:
    """The stories (order kept) with a dated article within the window, or none dated."""
    gaps = _days_apart(session, story_ids, published)
    return [sid for sid in story_ids if gaps.get(sid, 0) <= DATE_WINDOW_DAYS]


def _days_apart(session: Session, story_ids: list[int], published: Any) -> dict[int, int]:
    """Days between `published` and each story's nearest dated article (stories with no
    dated article, or an undated draft, are left out)."""
    day = published.date() if isinstance(published, datetime) else published
    if day is None or not story_ids:
        return {}
    gaps: dict[int, int] = {}
    for story_id, published_at in session.exec(
        select(Article.story_id, Article.published_at).where(
            col(Article.story_id).in_(story_ids), col(Article.superseded_by_id).is_(None)
        )
    ):
        when = ingest.parse_date(published_at) if published_at else None
        if when is None:
            continue
        when = when.date() if isinstance(when, datetime) else when
        gap = abs((when - day).days)
        gaps[story_id] = min(gaps.get(story_id, gap), gap)
    return gaps


def _story_profiles(
    session: Session, story_ids: list[int], found: list[int] | tuple[int, ...] = ()
) -> list[matching.StoryProfile]:
    """Each story's articles (at most PROFILE_ARTICLES), each as its own term counts, so
    the scorer matches article by article (max-link) as `parallax eval ecbplus` does.
    The articles the full-text search `found` come first (they are the likeliest best
    match), then the latest."""
    first = set(found)
    by_story: dict[int, list[tuple[bool, int]]] = {}
    for article_id, story_id in session.exec(
        select(Article.id, Article.story_id).where(
            col(Article.story_id).in_(story_ids), col(Article.superseded_by_id).is_(None)
        )
    ):
        by_story.setdefault(story_id, []).append((article_id not in first, -article_id))  # type: ignore[arg-type,operator]
    chosen = [-neg for ids in by_story.values() for _, neg in sorted(ids)[:PROFILE_ARTICLES]]
    rows: dict[int, list[tuple[bool, int, str]]] = {}
    for article_id, story_id, title, standfirst, body in session.exec(
        select(Article.id, Article.story_id, Article.title, Article.standfirst, Article.body).where(  # type: ignore[call-overload]
            col(Article.id).in_(chosen)
        )
    ):
        text = " ".join(filter(None, (title, standfirst, body)))
        rows.setdefault(story_id, []).append((article_id not in first, -article_id, text))  # type: ignore[operator]
    profiles = []
    for sid, articles in rows.items():
        counts = [matching.term_counts(text) for _, _, text in sorted(articles)]
        total: Counter[str] = Counter()
        for c in counts:
            total.update(c)
        profiles.append(matching.StoryProfile(sid, total, tuple(counts)))
    return profiles


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
        "claim_counts": {
            s: statuses.get(s, 0) for s in ("agreement", "variation", "conflict", "single")
        },
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
