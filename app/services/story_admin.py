"""Editing stories: renaming, moving an article to another story, merging two stories.

Each change is one transaction: the articles move, every affected story's stored
comparison is recomputed, and a story left without articles is removed. A moved
article takes all its versions with it, so versions always share a story. A
story keeps its slug when renamed, so links to it keep working.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.models import Article, Outlet, Story, utcnow
from app.services import comparison, stories, versions
from app.services.errors import InvalidInput, NotFound

OTHER_STORIES = 200


@dataclass(frozen=True, slots=True)
class Moved:
    article_id: int
    from_story: int
    story_id: int
    articles: tuple[int, ...]  # every version that moved
    removed_story: int | None  # the story left empty and removed, if any


@dataclass(frozen=True, slots=True)
class Merged:
    story_id: int
    merged: int
    articles_moved: int


def rename_story(session: Session, story_id: int, title: str) -> stories.StorySummary:
    """Give a story a new title (its slug stays, so links keep working)."""
    story = _story(session, story_id)
    title = " ".join(title.split())
    if not title:
        raise InvalidInput("A story needs a title.", "title")
    if len(title) > 300:
        raise InvalidInput("The title is too long (at most 300 characters).", "title")
    try:
        story.title = title
        story.updated_at = utcnow()
        session.add(story)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return summary(session, story_id)


def move_article(session: Session, article_id: int, story_id: int) -> Moved:
    """Move an article (with all its versions) into another story; recompute both."""
    article = session.get(Article, article_id) if 0 < article_id <= stories.MAX_ID else None
    if article is None:
        raise NotFound(f"There is no article {article_id}.")
    target = _story(session, story_id, field="story_id")
    source_id = article.story_id
    if source_id == target.id:
        raise InvalidInput(f"Article {article_id} is already in story {story_id}.", "story_id")
    try:
        chain = versions.chain(session, article)
        for version in chain:
            version.story_id = story_id
            session.add(version)
        session.flush()
        removed = _recompute_or_remove(session, source_id)
        target.updated_at = utcnow()
        comparison.recompute_story(session, story_id)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return Moved(
        article_id,
        source_id,
        story_id,
        tuple(v.id for v in chain),  # type: ignore[misc]
        source_id if removed else None,
    )


def merge_story(session: Session, story_id: int, into: int) -> Merged:
    """Move every article of one story into another, recompute it, remove the first."""
    source = _story(session, story_id)
    target = _story(session, into, field="into")
    if source.id == target.id:
        raise InvalidInput("A story cannot be merged into itself: choose another story.", "into")
    try:
        moving = session.exec(select(Article).where(Article.story_id == story_id)).all()
        for article in moving:
            article.story_id = into
            session.add(article)
        session.flush()
        comparison.clear_story(session, story_id)
        session.delete(source)
        target.updated_at = utcnow()
        comparison.recompute_story(session, into)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return Merged(into, story_id, len(moving))


def summary(session: Session, story_id: int) -> stories.StorySummary:
    """One story's list entry (counts over latest versions)."""
    story = _story(session, story_id)
    n_articles, n_outlets = session.exec(
        select(func.count(col(Article.id)), func.count(func.distinct(Article.outlet_id))).where(
            Article.story_id == story_id, col(Article.superseded_by_id).is_(None)
        )
    ).one()
    return stories.StorySummary(
        story_id, story.title, story.slug, n_articles, n_outlets, story.updated_at
    )


def edit_page(session: Session, key: int | str) -> dict[str, Any]:
    """What the edit page shows: the story, its articles, and stories to move or merge into."""
    story = stories.resolve(session, key)
    articles = [
        {"id": a.id, "title": a.title, "outlet": o.name, "version": a.version}
        for a, o in session.exec(
            select(Article, Outlet)
            .join(Outlet, col(Article.outlet_id) == Outlet.id)
            .where(Article.story_id == story.id, col(Article.superseded_by_id).is_(None))
            .order_by(col(Article.id))
        )
    ]
    others = [
        (s.id, s.title)
        for s in session.exec(
            select(Story)
            .where(Story.id != story.id)
            .order_by(col(Story.updated_at).desc(), col(Story.id).desc())
            .limit(OTHER_STORIES)
        )
    ]
    return {"story": story, "articles": articles, "others": others}


def _story(session: Session, story_id: int, field: str | None = None) -> Story:
    story = session.get(Story, story_id) if 0 < story_id <= stories.MAX_ID else None
    if story is None and field is not None:
        raise InvalidInput(f"There is no story {story_id}. Choose an existing story.", field)
    if story is None:
        raise NotFound(f"There is no story {story_id}.")
    return story


def _recompute_or_remove(session: Session, story_id: int) -> bool:
    """Recompute a story that lost articles, or remove it if none are left; True if removed."""
    story = session.get(Story, story_id)
    if story is None:
        return False
    if session.exec(select(Article.id).where(Article.story_id == story_id)).first() is None:
        comparison.clear_story(session, story_id)
        session.delete(story)
        return True
    story.updated_at = utcnow()
    comparison.recompute_story(session, story_id)
    return False
