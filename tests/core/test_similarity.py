"""The "same statement" scorer: real-looking news pairs and properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.similarity import (
    SAME_THRESHOLD,
    build_idf,
    default_idf,
    features,
    featurize,
    same_statement,
    score,
    term,
)

SEED_HALT = (
    "the Iranian-backed militias in the country have agreed to halt their attacks on Israel",
    "Iraqi militias aligned with Iran are suspending their military operations in Syria, "
    "as well as their attacks against Israel",
)
SEED_AFAR = (
    "the militias will not interfere in Syrian affairs, and instead will \u201cobserve the "
    "situation from afar\u201d",
    "\u201cThe factions have decided not to interfere in Syrian affairs and to monitor the "
    "situation from a distance",
)
UNRELATED = [
    ("The central bank raised interest rates by half a point.", SEED_HALT[1]),
    ("Heavy rain flooded the stadium before kick-off.", SEED_AFAR[0]),
    ("The minister resigned after the report was published.", SEED_HALT[0]),
]

SAME = [
    SEED_AFAR,
    (
        "The prime minister said the talks would resume next week.",
        "The talks will resume next week, the prime minister said.",
    ),
    (
        "Shares of the company rose 5 percent on Monday.",
        "The company's shares climbed 5 percent Monday.",
    ),
    (
        'Amrozi accused his brother, whom he called "the witness", of deliberately distorting his evidence.',
        'Referring to him as only "the witness", Amrozi accused his brother of deliberately distorting his evidence.',
    ),
]

DIFFERENT = [
    *UNRELATED,
    (
        "Israeli jets struck militia positions near Damascus overnight, the army said.",
        "Iraqi militias aligned with Iran are suspending their attacks against Israel.",
    ),
    (
        "The Nasdaq composite index rose 1.2 percent to 1,520.15 on Friday.",
        "Shares of Xoma fell 16 percent in early trade after the drug failed a trial.",
    ),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_paraphrases_meet(a: str, b: str) -> None:
    assert same_statement(a, b)
    assert same_statement(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_content_does_not_meet(a: str, b: str) -> None:
    assert not same_statement(a, b)


def test_seed_halt_pair_scores_clearly_above_unrelated() -> None:
    halt = score(features(SEED_HALT[0]), features(SEED_HALT[1]))
    unrelated = max(score(features(a), features(b)) for a, b in UNRELATED)
    assert halt > unrelated + 0.3


def test_story_idf_helps_the_seed_halt_pair() -> None:
    story = [*SEED_HALT, *SEED_AFAR, *(a for a, _ in UNRELATED)]
    feats = dict(zip(story, featurize(story), strict=True))
    halt = score(feats[SEED_HALT[0]], feats[SEED_HALT[1]])
    assert halt > max(score(feats[a], feats[b]) for a, b in UNRELATED) + 0.3


@pytest.mark.parametrize(
    ("same", "changed"),
    [
        (
            (
                "Two soldiers were killed in the attack on Tuesday.",
                "Two soldiers died in Tuesday's attack.",
            ),
            (
                "Two soldiers were killed in the attack on Tuesday.",
                "Five soldiers died in Tuesday's attack.",
            ),
        ),
        (
            ("The company will cut 2,000 jobs.", "The company is to cut 2,000 jobs."),
            ("The company will cut 2,000 jobs.", "The company will not cut jobs."),
        ),
    ],
)
def test_number_or_negation_change_lowers_the_score(
    same: tuple[str, str], changed: tuple[str, str]
) -> None:
    # Close wording with a changed number or negation is still one claim (the comparison
    # flags the conflict), but it must score below the agreeing version.
    assert score(features(changed[0]), features(changed[1])) < score(
        features(same[0]), features(same[1])
    )


def test_synonyms_share_a_term() -> None:
    assert term("halted") == term("suspending") == term("stops")
    assert term("observe") == term("monitoring")
    assert term("afar") == term("distance")


def test_idf_fallback_and_prior() -> None:
    idf = build_idf(["militias halt attacks", "militias observe", "talks resume"])
    assert idf[term("militias")] < idf[term("observe")]
    f = features("Militias halt the unprecedented offensive", idf)
    assert f.weights["unprecedent"] == default_idf()["unprecedent"]
    assert f.numbers == frozenset()


def test_numbers_are_read_from_digits_and_words() -> None:
    assert features("It rose 1,520.15 points, or two percent").numbers == {1520.15, 2.0}


sentences = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=120
) | st.sampled_from([s for pair in SAME + DIFFERENT for s in pair])


@settings(max_examples=200, deadline=None)
@given(sentences, sentences)
def test_score_is_in_range_and_symmetric(a: str, b: str) -> None:
    fa, fb = features(a), features(b)
    s = score(fa, fb)
    assert 0.0 <= s <= 1.0
    assert s == pytest.approx(score(fb, fa), abs=1e-12)


@settings(max_examples=200, deadline=None)
@given(sentences, sentences)
def test_a_statement_scores_highest_against_itself(a: str, b: str) -> None:
    fa = features(a)
    assert score(fa, fa) == 1.0
    assert score(fa, features(b)) <= 1.0


def test_threshold_is_a_probability() -> None:
    assert 0.0 < SAME_THRESHOLD < 1.0


def _full_score(a, b) -> float:  # type: ignore[no-untyped-def]
    """The score as fitted: every feature, summed in FEATURE_NAMES order."""
    import math

    from app.core import similarity

    if a.norm == b.norm:
        return 1.0
    z = similarity._INTERCEPT
    for w, x in zip(similarity._WEIGHTS, similarity.pair_vector(a, b), strict=True):
        z += w * x
    return 0.0 if z < -30.0 else 1.0 / (1.0 + math.exp(-z))


def test_a_floor_only_skips_pairs_that_cannot_reach_it() -> None:
    import random

    from app.bench.align import build_inputs
    from app.core import similarity

    texts = sorted({st.content_text for a in build_inputs(12, 40, 3) for st in a.statements})
    feats = similarity.featurize(texts)
    rng = random.Random(5)
    pairs = [(rng.choice(feats), rng.choice(feats)) for _ in range(3000)]
    pairs += list(zip(feats, feats[1:], strict=False))  # neighbours: many near paraphrases
    floor = similarity.SAME_THRESHOLD
    cut = reached = 0
    for a, b in pairs:
        full = _full_score(a, b)
        assert similarity.score(a, b) == full  # no floor: exact, bit for bit
        floored = similarity.score(a, b, floor)
        if full >= floor:
            reached += 1
            assert floored == full  # a pair that reaches the floor is scored in full
        else:
            assert floored < floor
            cut += floored != full
    assert reached and cut  # both paths were taken


@given(st.text(max_size=80), st.text(max_size=80), st.floats(0.05, 0.95))
@settings(max_examples=200, deadline=None)
def test_a_floor_never_hides_a_score_above_it(a: str, b: str, floor: float) -> None:
    from app.core import similarity

    fa, fb = similarity.features(a), similarity.features(b)
    full = similarity.score(fa, fb)
    floored = similarity.score(fa, fb, floor)
    assert (floored >= floor) == (full >= floor)
    if full >= floor:
        assert floored == full
