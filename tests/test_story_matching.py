"""Story matching by blocking: the full-text index finds the candidates, the core scorer decides."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlmodel import Session, select

from app.bench.corpus import article, make_story
from app.models import Story
from app.services import search_index, stories
from app.services.articles import Submission, add_article, read_submission


def _undated(text: str) -> str:
    return text.split("\n", 1)[1]


@pytest.fixture
def archive(session: Session) -> dict[int, int]:
    """Twelve generated stories, three outlets each, uploaded with no story given."""
    story_of: dict[int, int] = {}
    for number in range(12):
        story = make_story(number, seed=11)
        for outlet in range(3):
            gen = article(story, outlet, statements=12, seed=11)
            added = add_article(session, Submission(text=gen.text, outlet=gen.outlet))
            story_of.setdefault(number, added.story.id)  # type: ignore[arg-type]
            assert added.story.id == story_of[number], (
                f"story {number}, outlet {outlet} started a new story"
            )
    return story_of


def test_uploads_without_a_story_find_their_story(
    session: Session, archive: dict[int, int]
) -> None:
    assert len(set(archive.values())) == 12
    assert len(session.exec(select(Story.id)).all()) == 12
    for number in (0, 5, 11):
        gen = article(make_story(number, seed=11), 40, statements=12, seed=11)
        found = stories.find_story_for(session, read_submission(Submission(text=gen.text)))
        assert found is not None and found.id == archive[number]


def test_an_article_about_another_event_starts_a_new_story(
    session: Session, archive: dict[int, int]
) -> None:
    gen = article(make_story(99, seed=11), 0, statements=12, seed=11)
    assert stories.find_story_for(session, read_submission(Submission(text=gen.text))) is None


def test_an_old_story_is_found_however_many_stories_came_since(
    session: Session, archive: dict[int, int]
) -> None:
    # The first story is now the least recently changed; blocking does not care.
    gen = article(make_story(0, seed=11), 41, statements=12, seed=11)
    found = stories.find_story_for(session, read_submission(Submission(text=gen.text)))
    assert found is not None and found.id == archive[0]


def test_a_report_far_outside_the_story_dates_is_not_matched(
    session: Session, archive: dict[int, int]
) -> None:
    story = make_story(3, seed=11)
    gen = article(story, 42, statements=12, seed=11)
    draft = read_submission(Submission(text=_undated(gen.text), published_at="2019-01-01"))
    assert stories.find_story_for(session, draft) is None
    near = read_submission(Submission(text=_undated(gen.text), published_at=story.day.isoformat()))
    found = stories.find_story_for(session, near)
    assert found is not None and found.id == archive[3]


def test_an_undated_report_is_matched_by_content(session: Session, archive: dict[int, int]) -> None:
    gen = article(make_story(7, seed=11), 43, statements=12, seed=11)
    found = stories.find_story_for(session, read_submission(Submission(text=_undated(gen.text))))
    assert found is not None and found.id == archive[7]


@pytest.fixture
def without_index(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As on a database with no full-text index: every index call reports it unavailable."""
    monkeypatch.setattr(search_index, "available", lambda session: False)
    yield


def test_without_the_index_recent_stories_are_scanned(
    session: Session, archive: dict[int, int], without_index: None
) -> None:
    gen = article(make_story(9, seed=11), 44, statements=12, seed=11)
    found = stories.find_story_for(session, read_submission(Submission(text=gen.text)))
    assert found is not None and found.id == archive[9]
    other = article(make_story(98, seed=11), 0, statements=12, seed=11)
    assert stories.find_story_for(session, read_submission(Submission(text=other.text))) is None


def test_nothing_stored_yet_means_no_story(session: Session) -> None:
    gen = article(make_story(1, seed=11), 0, statements=12, seed=11)
    assert stories.find_story_for(session, read_submission(Submission(text=gen.text))) is None


def test_a_similar_event_weeks_later_is_another_story_but_a_late_report_is_not(
    session: Session, archive: dict[int, int]
) -> None:
    # Generated stories 1 and 5 are both warehouse fires, 20 days apart, in different
    # towns: the gap in days is part of why story 5 did not join story 1 (see `archive`).
    one, five = make_story(1, seed=11), make_story(5, seed=11)
    assert 0 < abs((five.day - one.day).days) <= stories.DATE_WINDOW_DAYS
    assert archive[1] != archive[5]
    # A report of story 1 itself, six weeks on, is still found: the same event scores
    # far above what the gap takes off.
    gen = article(one, 45, statements=12, seed=11)
    late = (one.day + timedelta(days=42)).isoformat()
    draft = read_submission(Submission(text=_undated(gen.text), published_at=late))
    found = stories.find_story_for(session, draft)
    assert found is not None and found.id == archive[1]
