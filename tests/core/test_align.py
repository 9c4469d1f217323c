"""Properties of `align`: every statement in exactly one claim, one per article, self-alignment."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import align as align_module
from app.core.align import MAX_CANDIDATE_CLAIMS, MEMBERS_COMPARED, AlignInput, align

SENTENCES = [
    "The militias agreed to halt their attacks on Israel.",
    "Troops left the city of Mosul on Monday after a week of fighting.",
    "Prices of bread rose sharply in the capital.",
    "The prime minister met the delegation in Baghdad.",
    "Two soldiers were wounded in a drone strike near the border.",
    "The central bank raised interest rates by half a point.",
]

words = st.sampled_from(
    [
        "troops",
        "city",
        "militias",
        "attack",
        "bread",
        "prices",
        "rose",
        "minister",
        "met",
        "border",
        "drone",
        "strike",
        "bank",
        "rates",
        "Monday",
        "Baghdad",
        "two",
        "three",
        "the",
        "a",
        "of",
        "in",
        "on",
    ]
)
statement_text = st.lists(words, min_size=1, max_size=12).map(" ".join)
articles = st.lists(st.lists(statement_text, min_size=1, max_size=6), min_size=1, max_size=5)


def inputs(arts: list[list[str]]) -> list[AlignInput]:
    return [
        AlignInput(a, a * 100 + i, text)
        for a, texts in enumerate(arts)
        for i, text in enumerate(texts)
    ]


@settings(max_examples=60, deadline=None)
@given(articles)
def test_every_statement_in_exactly_one_claim_and_one_per_article(arts: list[list[str]]) -> None:
    stmts = inputs(arts)
    claims = align(stmts)
    placed = [(m.article, m.statement) for c in claims for m in c.members]
    assert sorted(placed) == sorted((s.article, s.statement) for s in stmts)
    for c in claims:
        assert len({m.article for m in c.members}) == len(c.members)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6, unique=True))
def test_an_article_aligned_with_itself_pairs_every_statement(texts: list[str]) -> None:
    stmts = [AlignInput(1, i, t) for i, t in enumerate(texts)] + [
        AlignInput(2, 100 + i, t) for i, t in enumerate(texts)
    ]
    claims = align(stmts)
    pairs = {tuple(sorted(m.statement for m in c.members)) for c in claims}
    assert pairs == {(i, 100 + i) for i in range(len(texts))}


def test_fifty_articles_align_quickly(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cost grows with statements x candidate claims, not with all pairs of statements.

    Counted, not timed (a wall-clock limit failed on a loaded shared machine): every
    statement scores at most MAX_CANDIDATE_CLAIMS x MEMBERS_COMPARED members.
    """
    stmts = [
        AlignInput(
            a, a * 100 + i, f"{SENTENCES[i % len(SENTENCES)]} Detail {a} {i} number {i * 7}."
        )
        for a in range(50)
        for i in range(40)
    ]
    calls = 0
    scorer = align_module.pair_score

    def counting(a, b):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return scorer(a, b)

    monkeypatch.setattr(align_module, "pair_score", counting)
    claims = align(stmts)
    assert sum(len(c.members) for c in claims) == len(stmts)
    assert 0 < calls <= len(stmts) * MAX_CANDIDATE_CLAIMS * MEMBERS_COMPARED
    all_pairs = len(stmts) * (len(stmts) - 1) // 2
    assert calls < all_pairs / 10
