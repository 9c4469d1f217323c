"""Analyse stored articles again: their statements' attribution, then their stories.

Articles are analysed once, when they arrive, and what was found is stored. After the
analysis changes (``PARALLAX_ATTRIBUTION_NETWORK`` switched on or off, a new release),
``reanalyse`` brings stored articles up to date: every article of a story, earlier
versions included, is segmented and attributed again, and the story's comparison is
recomputed in full. One story is one transaction, so a failure leaves every story either
as it was or wholly redone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session, col, delete, select

from app.core import attribution_network
from app.models import Article, Outlet, Statement, Story
from app.services import comparison
from app.services.articles import store_statements
from app.services.errors import NotFound

_ATTRIBUTION = (
    "source",
    "source_as_written",
    "cue",
    "via",
    "kind",
    "hedged",
    "quote",
    "start",
    "end",
)


@dataclass(frozen=True, slots=True)
class Reanalysis:
    stories: int
    articles: int
    statements: int
    changed: int  # statements whose text span or attribution is not what was stored
    tagger: str


def reanalyse(
    session: Session,
    story_id: int | None = None,
    on_story: Callable[[int], None] | None = None,
) -> Reanalysis:
    """Analyse every article of one story (or of all stories) again and recompute."""
    if story_id is not None and session.get(Story, story_id) is None:
        raise NotFound(f"There is no story {story_id}.")
    ids = (
        [story_id]
        if story_id is not None
        else list(session.exec(select(Story.id).order_by(col(Story.id))).all())
    )
    articles = statements = changed = 0
    for sid in ids:
        assert sid is not None
        try:
            comparison.clear_story(session, sid)
            for article in session.exec(
                select(Article).where(Article.story_id == sid).order_by(col(Article.id))
            ).all():
                before = _attribution_rows(session, article.id)
                session.exec(delete(Statement).where(col(Statement.article_id) == article.id))  # type: ignore[call-overload]
                outlet = session.get(Outlet, article.outlet_id)
                assert outlet is not None
                statements += store_statements(session, article, outlet)
                after = _attribution_rows(session, article.id)
                changed += sum(1 for row in after if row not in before)
                articles += 1
            comparison.recompute_story(session, sid, full=True)
            session.commit()
        except BaseException:
            session.rollback()
            raise
        if on_story is not None:
            on_story(sid)
    return Reanalysis(len(ids), articles, statements, changed, attribution_network.name())


def _attribution_rows(session: Session, article_id: int | None) -> set[tuple[object, ...]]:
    rows = session.exec(select(Statement).where(Statement.article_id == article_id)).all()
    return {tuple(getattr(st, name) for name in _ATTRIBUTION) for st in rows}
