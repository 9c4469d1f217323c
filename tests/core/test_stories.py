"""Story matching: term groups, and choosing among candidate stories."""

from __future__ import annotations

from app.core.stories import (
    NAME_PREFIX,
    NUMBER_PREFIX,
    StoryProfile,
    best_story,
    idf_from_counts,
    similarity,
    term_counts,
)

ANGELS = (
    "The Angels made an eight-year offer to Mark Teixeira worth $160 million, Tony Reagins said."
)
RED_SOX = "The Boston Red Sox made Mark Teixeira an eight-year offer worth $200 million, Dan Patrick said."
NEW_ANGELS = "Angels general manager Tony Reagins confirmed the $160 million offer to Teixeira."
FLOOD = "Heavy rain flooded the stadium in Manchester before kick-off on Sunday."


def test_term_counts_keeps_names_and_numbers_apart() -> None:
    counts = term_counts(ANGELS)
    assert counts[NAME_PREFIX + "teixeira"] == 1
    assert counts[NUMBER_PREFIX + "160"] == 1
    assert counts["offer"] == 1
    assert NAME_PREFIX + "the" not in counts  # sentence-initial and a stopword


def test_title_case_headline_words_are_not_names() -> None:
    counts = term_counts("Microsoft Releases Emergency Patch For Browser")
    assert not any(t.startswith(NAME_PREFIX) for t in counts)


def test_best_story_prefers_the_story_with_the_same_names_and_figures() -> None:
    profiles = [term_counts(t) for t in (ANGELS, RED_SOX, FLOOD)]
    doc = term_counts(NEW_ANGELS)
    df: dict[str, int] = {}
    for p in [*profiles, doc]:
        for t in p:
            df[t] = df.get(t, 0) + 1
    idf = idf_from_counts(df, 4)
    candidates = [StoryProfile(i, p) for i, p in enumerate(profiles, start=1)]
    found = best_story(doc, candidates, idf)
    assert found is not None and found[0] == 1
    assert similarity(doc, profiles[0], idf) > similarity(doc, profiles[1], idf)


def test_no_candidates_or_nothing_alike_starts_a_new_story() -> None:
    assert best_story(term_counts(ANGELS), []) is None
    assert best_story(term_counts(ANGELS), [StoryProfile(1, term_counts(FLOOD))]) is None


def test_scores_stay_in_range() -> None:
    a, b = term_counts(ANGELS), term_counts(RED_SOX)
    assert 0.0 <= similarity(a, b, idf_from_counts({}, 1)) <= 1.0
    assert abs(similarity(a, a, {}) - 1.0) < 1e-9
