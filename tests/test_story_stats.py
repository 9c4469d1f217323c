"""The archive statistics story matching weighs terms with follow the archive as it grows."""

from __future__ import annotations

import hashlib
import itertools

from sqlmodel import Session

from app.core.stories import NAME_PREFIX
from app.models import Article, Outlet
from app.services import stories
from app.services.stories import EXACT_STATS_ARTICLES, _archive_stats

_SERIAL = itertools.count()


def _store(session: Session, story_id: int, outlet_id: int, body: str) -> None:
    digest = hashlib.sha256(f"{next(_SERIAL)}:{body}".encode()).hexdigest()
    session.add(Article(story_id=story_id, outlet_id=outlet_id, body=body, content_hash=digest))
    session.flush()


def _archive(session: Session, articles: int) -> tuple[int, int]:
    outlet = Outlet(name="Wire", name_key="wire")
    session.add(outlet)
    session.flush()
    story = stories.create_story(session, "Weather")
    for i in range(articles):
        _store(session, story.id, outlet.id, f"Rain number {i} fell on the town of Exeter.")  # type: ignore[arg-type]
    return story.id, outlet.id  # type: ignore[return-value]


ZEPPELIN = "A zeppelin landed at the airfield in Friedrichshafen, the airship's crew said."


def test_articles_stored_since_are_counted_at_once_in_a_small_archive(session: Session) -> None:
    story, outlet = _archive(session, 5)
    stats = _archive_stats(session)
    assert (stats.articles, stats.sampled) == (5, 5) and stats.df["exet"] == 0
    assert stats.df[NAME_PREFIX + "exeter"] == 5
    assert stats.estimate("zeppelin") == 0.0  # in no article: the sample is the archive
    _store(session, story, outlet, ZEPPELIN)
    _store(session, story, outlet, ZEPPELIN + " It left again.")
    again = _archive_stats(session)
    assert again is stats  # brought up to date, not drawn afresh
    assert (again.articles, again.sampled) == (7, 7)
    assert again.estimate("zeppelin") == 2.0 and again.estimate(NAME_PREFIX + "exeter") == 5.0


def test_a_large_archive_counts_new_articles_until_it_grows_by_a_tenth(session: Session) -> None:
    size = EXACT_STATS_ARTICLES + 10
    story, outlet = _archive(session, size)
    stats = _archive_stats(session)
    for _ in range(3):
        _store(session, story, outlet, ZEPPELIN)
    assert _archive_stats(session) is stats
    assert stats.estimate("zeppelin") == 3.0  # every article sampled (the archive is small)
    for _ in range(size // 10):
        _store(session, story, outlet, "Snow closed the road to Dartmoor.")
    fresh = _archive_stats(session)
    assert fresh is not stats  # grown by more than a tenth since: a new sample
    assert fresh.articles == fresh.sampled == size + 3 + size // 10
    assert fresh.estimate("zeppelin") == 3.0 and fresh.estimate("snow") == size // 10
