"""Story matching: term groups, and choosing among candidate stories."""

from __future__ import annotations

from app.core.stories import (
    FEATURE_NAMES,
    MATCH_THRESHOLD,
    MIN_WORD_COSINE,
    NAME_PREFIX,
    NUMBER_PREFIX,
    StoryProfile,
    best_story,
    date_penalty,
    idf_from_counts,
    pair_score,
    pair_vector,
    prepare,
    similarity,
    story_score,
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


KLITSCHKO_RAHMAN = (
    "Wladimir Klitschko stops Hasim Rahman in the seventh round.\n"
    "Klitschko retained his titles in Mannheim on Saturday in 2008. Rahman was floored by "
    "Klitschko, and Rahman could not recover."
)
KLITSCHKO_RAHMAN_2 = (
    "Klitschko beats Rahman to keep heavyweight belts.\n"
    "Wladimir Klitschko stopped Hasim Rahman in the seventh round in Mannheim in 2008, "
    "leaving Rahman on the canvas before the referee stepped in for Klitschko."
)
KLITSCHKO_THOMPSON = (
    "Wladimir Klitschko stops Tony Thompson in the sixth round.\n"
    "Klitschko retained his titles in Bern on Saturday in 2012. Thompson was floored by "
    "Klitschko, and Thompson could not recover."
)


def _idf(*texts: str) -> dict[str, float]:
    df: dict[str, int] = {}
    for t in texts:
        for term in term_counts(t):
            df[term] = df.get(term, 0) + 1
    return idf_from_counts(df, len(texts))


def test_lead_and_word_pairs_are_their_own_terms() -> None:
    counts = term_counts(KLITSCHKO_THOMPSON)
    assert counts["B:seventh round"] == 0 and counts["B:sixth round"] == 1
    assert counts["LN:thompson"] >= 1  # the lead names the opponent
    assert counts["#:2012"] == 1


def test_mismatch_features_fire_on_different_events_of_one_kind() -> None:
    idf = _idf(KLITSCHKO_RAHMAN, KLITSCHKO_RAHMAN_2, KLITSCHKO_THOMPSON, FLOOD, ANGELS)
    same = pair_vector(
        prepare(term_counts(KLITSCHKO_RAHMAN), idf), prepare(term_counts(KLITSCHKO_RAHMAN_2), idf)
    )
    other = pair_vector(
        prepare(term_counts(KLITSCHKO_RAHMAN), idf), prepare(term_counts(KLITSCHKO_THOMPSON), idf)
    )
    missing = FEATURE_NAMES.index("salient_names_missing")
    years = FEATURE_NAMES.index("years_disjoint")
    assert other[missing] > same[missing]
    assert other[years] == 1.0 and same[years] == 0.0


def test_story_with_articles_matches_by_its_best_article() -> None:
    idf = _idf(KLITSCHKO_RAHMAN, KLITSCHKO_RAHMAN_2, KLITSCHKO_THOMPSON, FLOOD, ANGELS, RED_SOX)
    rahman = StoryProfile(
        7, term_counts(KLITSCHKO_RAHMAN), articles=(term_counts(KLITSCHKO_RAHMAN),)
    )
    flood = StoryProfile(3, term_counts(FLOOD), articles=(term_counts(FLOOD),))
    found = best_story(term_counts(KLITSCHKO_RAHMAN_2), [flood, rahman], idf)
    assert found is not None and found[0] == 7
    # the other fight of the same boxer does not score higher than the same fight
    doc = prepare(term_counts(KLITSCHKO_RAHMAN_2), idf)
    same = story_score(doc, [prepare(term_counts(KLITSCHKO_RAHMAN), idf)])
    other = story_score(doc, [prepare(term_counts(KLITSCHKO_THOMPSON), idf)])
    assert same > other


DUI_JACKSON = (
    "Chargers receiver arrested on suspicion of drunken driving.\n"
    "San Diego Chargers receiver Vincent Jackson was arrested early Tuesday by the "
    "California Highway Patrol, officer Brad Baehr said."
)
DUI_JACKSON_2 = (
    "Jackson held after traffic stop.\n"
    "Vincent Jackson of the San Diego Chargers was arrested on Tuesday on suspicion of "
    "driving under the influence, California Highway Patrol officer Brad Baehr said."
)
DUI_WILLIAMS = (
    "San Diego lineman arrested on suspicion of drunken driving.\n"
    "San Diego Chargers defensive tackle Jamal Williams was arrested early Sunday by the "
    "California Highway Patrol after he was pulled over for speeding."
)


def test_leads_naming_different_days_and_people_count_against_a_match() -> None:
    idf = _idf(DUI_JACKSON, DUI_JACKSON_2, DUI_WILLIAMS, FLOOD, ANGELS)
    jackson = prepare(term_counts(DUI_JACKSON), idf)
    same = pair_vector(jackson, prepare(term_counts(DUI_JACKSON_2), idf))
    other = pair_vector(jackson, prepare(term_counts(DUI_WILLIAMS), idf))
    weekdays = FEATURE_NAMES.index("lead_weekdays_disjoint")
    lead_names = FEATURE_NAMES.index("lead_names_missing")
    assert other[weekdays] == 1.0 and same[weekdays] == 0.0  # Sunday against Tuesday
    assert other[lead_names] > same[lead_names]  # Williams is never named in the other
    assert jackson.lead_names and "williams" not in jackson.lead_names
    assert similarity(term_counts(DUI_JACKSON), term_counts(DUI_JACKSON_2), idf) > similarity(
        term_counts(DUI_JACKSON), term_counts(DUI_WILLIAMS), idf
    )


def test_a_story_far_in_time_loses_score() -> None:
    idf = _idf(KLITSCHKO_RAHMAN, KLITSCHKO_RAHMAN_2, KLITSCHKO_THOMPSON, FLOOD, ANGELS)
    doc = term_counts(KLITSCHKO_RAHMAN_2)
    arts = (term_counts(KLITSCHKO_RAHMAN),)
    near = best_story(doc, [StoryProfile(7, arts[0], arts, days_apart=0)], idf)
    undated = best_story(doc, [StoryProfile(7, arts[0], arts)], idf)
    later = best_story(doc, [StoryProfile(7, arts[0], arts, days_apart=45)], idf)
    assert near is not None and undated is not None and later is not None
    assert near[1] == undated[1]  # no dates, no penalty
    assert abs((near[1] - later[1]) - date_penalty(45)) < 1e-9
    assert date_penalty(45) == 0.15 and date_penalty(-45) == 0.15 and date_penalty(None) == 0.0
    # with the threshold just under the fresh score, the late story no longer matches
    assert best_story(doc, [StoryProfile(7, arts[0], arts, days_apart=45)], idf, near[1]) is None


OBAMA_SPECIES = (
    "Obama restores scientific reviews for endangered species.\n"
    "President Barack Obama on Tuesday ordered federal agencies to consult wildlife "
    "scientists before approving dams, mines and highways that might harm endangered "
    "plants and animals, reversing a rule from the Bush administration."
)
OBAMA_GUPTA = (
    "Gupta offered the surgeon general post.\n"
    "President-elect Barack Obama has offered the job of surgeon general to Sanjay Gupta, "
    "the CNN medical correspondent and neurosurgeon, according to two Democratic officials."
)


def test_a_shared_name_alone_does_not_make_one_story() -> None:
    """Below MIN_WORD_COSINE (fitted) two articles never link, whatever names they share."""
    idf = _idf(OBAMA_SPECIES, OBAMA_GUPTA, KLITSCHKO_RAHMAN, FLOOD, ANGELS, DUI_JACKSON)
    species, gupta = (
        prepare(term_counts(OBAMA_SPECIES), idf),
        prepare(term_counts(OBAMA_GUPTA), idf),
    )
    features = pair_vector(species, gupta)
    assert features[FEATURE_NAMES.index("names")] > 0.2  # "Barack Obama" in both
    assert features[FEATURE_NAMES.index("words")] < MIN_WORD_COSINE
    assert pair_score(species, gupta) == 0.0
    story = StoryProfile(4, term_counts(OBAMA_GUPTA), (term_counts(OBAMA_GUPTA),))
    assert best_story(term_counts(OBAMA_SPECIES), [story], idf) is None
    # the floor does not stop real matches: the same fight still links
    rahman = prepare(term_counts(KLITSCHKO_RAHMAN), idf)
    rahman_2 = prepare(term_counts(KLITSCHKO_RAHMAN_2), idf)
    assert pair_vector(rahman, rahman_2)[0] >= MIN_WORD_COSINE
    assert pair_score(rahman, rahman_2) >= MATCH_THRESHOLD
