"""A claim compared afresh and a claim extended by one member (an upload) agree exactly.

`compare_claim` picks the anchor among the first `ANCHOR_SAMPLE` members, so once a
claim is that large a new member cannot move it; `extend_claim` relies on this to keep
the stored diffs and diff only the new member. `incremental._vocabulary` counts a
story's words from each statement's stored terms and must give the IDF that
`similarity` gives text by text.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

import numpy as np
import pytest
from rapidfuzz import fuzz

from app.bench.corpus import article, make_story
from app.core import compare, similarity
from app.core.align import AlignInput, _keys, align
from app.core.compare import (
    ANCHOR_SAMPLE,
    SYNDICATION_RATIO,
    SYNDICATION_SHARE,
    ArticleInput,
    ClaimResult,
    ClaimState,
    ClaimStatement,
    compare_claim,
    extend_claim,
    find_syndicated,
)
from app.core.incremental import (
    StoryArticle,
    Summary,
    _digest,
    _vocabulary,
    statement_keys,
    summarize,
)
from app.core.ingest import parse_text
from app.core.text import fold
from tests.core.test_properties import statements_of


@cache
def _claims() -> tuple[tuple[ClaimStatement, ...], ...]:
    """The claims of a generated 32-outlet story, members in align's order."""
    story = make_story(11, seed=3)
    statements = [
        statements_of(i, parse_text(article(story, i, 14, seed=3).text).body, first_id=1000 * i)
        for i in range(ANCHOR_SAMPLE + 8)
    ]
    lookup = {(s.article, s.statement): s for sts in statements for s in sts}
    inputs = [AlignInput(s.article, s.statement, s.content_text) for sts in statements for s in sts]
    return tuple(
        tuple(lookup[(m.article, m.statement)] for m in claim.members) for claim in align(inputs)
    )


def test_the_story_has_claims_larger_than_the_anchor_sample() -> None:
    assert max(len(c) for c in _claims()) > ANCHOR_SAMPLE + 2


def test_extending_a_claim_equals_comparing_all_its_members_afresh() -> None:
    cases = 0
    for members in _claims():
        n = len(members)
        for k in sorted({1, 2, ANCHOR_SAMPLE - 1, ANCHOR_SAMPLE, ANCHOR_SAMPLE + 1, n - 1}):
            if not 1 <= k < n:
                continue
            before = compare_claim(members[:k], 0.25)
            assert extend_claim(before, members[k], 0.5) == compare_claim(members[: k + 1], 0.5)
            cases += k >= ANCHOR_SAMPLE
    assert cases > 3  # the reusing path, not only the fall-back, was checked


def test_a_claim_built_one_member_at_a_time_equals_the_claim_compared_at_once() -> None:
    members = max(_claims(), key=len)
    result = compare_claim(members[:1])
    for m in members[1:]:
        result = extend_claim(result, m)
    assert result == compare_claim(members)


def test_the_anchor_is_the_most_typical_of_the_first_members() -> None:
    for members in _claims():
        if len(members) < 2:
            continue
        sample = [fold(m.content_text) for m in members[:ANCHOR_SAMPLE]]
        totals = [sum(fuzz.token_set_ratio(a, b) for b in sample) for a in sample]
        expected = int(np.argmax(np.array(totals, dtype=np.float32)))
        assert compare_claim(members).anchor == expected


def test_story_vocabulary_from_stored_terms_equals_similarity_text_by_text() -> None:
    texts = [s.content_text for c in _claims() for s in c]
    texts += [
        "Shia\u2019 Al-Sudani said \u201cno\u201d",
        "Caf\u00e9 1,520.15 \u2014 ok",
        "",
        "the of",
        *texts[:5],  # repeated texts count once per statement
    ]
    stored = [statement_keys(t)[0] for t in texts]
    df, idf = _vocabulary(stored)
    terms = [set(similarity._content(similarity._words(t))) for t in texts]
    assert [set(ts.split()) for ts in stored] == terms
    assert all(len(ts.split()) == len(set(ts.split())) for ts in stored)  # distinct terms
    assert idf == similarity.build_idf(texts)
    assert all(df[t] == sum(t in ts for ts in terms) for t in idf)


def test_a_stored_whole_text_digest_is_that_of_align_s_whole_text_key() -> None:
    texts = ["Yes.", "yes", "0", "The bridge reopened on Monday.", "The bridge reopened Monday."]
    digests = [statement_keys(t)[1] for t in texts]
    for t, d in zip(texts, digests, strict=True):
        (whole,) = [k for k in _keys(t, set(), {}, 0) if k.startswith("\x00")]
        assert d == _digest(whole)
    assert digests[0] == digests[1]  # the same words meet
    assert len(set(digests)) == 4


def _member(i: int, text: str, hedged: bool = False, kind: str = "none") -> ClaimStatement:
    return ClaimStatement(i, 100 + i, f"Outlet {i}", text, (0, len(text)), kind=kind, hedged=hedged)


def test_members_joining_a_large_claim_bring_their_own_conflicts() -> None:
    base = "Ministers met in Baghdad on Monday to discuss the withdrawal of 2,500 troops"
    wordings = [
        base,
        base + ".",
        "On Monday ministers met in Baghdad to discuss withdrawing 2,500 troops",
    ]
    members = [_member(i, wordings[i % 3]) for i in range(ANCHOR_SAMPLE + 1)]
    late = [
        _member(90, "Ministers met in Basra on Monday to discuss the withdrawal of 2,500 troops"),
        _member(91, "Ministers met in Basra on Monday to discuss the withdrawal of 2,500 troops"),
        _member(
            92, "Ministers reportedly met in Baghdad on Monday about 3,000 troops", hedged=True
        ),
        _member(
            93, "Ministers in Baghdad did not discuss the withdrawal on Monday", kind="official"
        ),
    ]
    result = compare_claim(members)
    assert not result.conflicts
    for k, m in enumerate(late):
        result = extend_claim(result, m)
        assert result == compare_claim([*members, *late[: k + 1]])
    assert {c.type for c in result.conflicts} >= {"entity", "number", "certainty", "negation"}
    assert sum(c.type == "entity" for c in result.conflicts) == 1  # Basra is reported once


def _syndicated_plainly(articles: list[ArticleInput], claims: list[ClaimResult]) -> dict[int, int]:
    """find_syndicated written out pair by pair: most shared, then earliest original."""
    order = {a.article: (a.order, a.article) for a in articles}
    sizes = {a.article: len(a.statements) for a in articles}
    shared: dict[tuple[int, int], int] = {}
    for claim in claims:
        for i, a in enumerate(claim.members):
            for j, b in enumerate(claim.members):
                if i != j and fuzz.ratio(fold(a.text), fold(b.text)) >= SYNDICATION_RATIO:
                    shared[(a.article, b.article)] = shared.get((a.article, b.article), 0) + 1
    copies: dict[int, int] = {}
    ranked = sorted(shared.items(), key=lambda kv: (-kv[1], order[kv[0][1]]))
    for (copy, original), n in ranked:
        late = order[original] < order[copy]
        if copy not in copies and late and n >= SYNDICATION_SHARE * max(sizes[copy], 1):
            copies[copy] = original
    return copies


def test_syndicated_copies_counted_in_bulk_match_counting_pair_by_pair() -> None:
    rng = random.Random(7)
    pool = ["The bridge reopened on Monday after repairs.", "The bridge re-opened on Monday after repairs.",
            "Officials said the bridge reopened Monday.", "Traffic resumed across the river."]  # fmt: skip
    found_some = False
    for _ in range(60):
        n_articles, n_claims = rng.randint(2, 7), rng.randint(1, 6)
        members: dict[int, list[ClaimStatement]] = {a: [] for a in range(n_articles)}
        claims = []
        for c in range(n_claims):
            chosen = rng.sample(range(n_articles), rng.randint(1, n_articles))
            claim = [_member(a, rng.choice(pool)) for a in chosen]
            claim = [replace(m, statement=100 * c + m.article) for m in claim]
            for m in claim:
                members[m.article].append(m)
            claims.append(ClaimResult(tuple(claim), "single", (), 0, (), 0.0))
        order = list(range(n_articles))
        rng.shuffle(order)
        articles = [ArticleInput(a, "", order[a], tuple(members[a])) for a in range(n_articles)]
        expected = _syndicated_plainly(articles, claims)
        assert find_syndicated(articles, claims) == expected
        found_some = found_some or bool(expected)
    assert found_some


def _extend_through_stored_states(
    monkeypatch: pytest.MonkeyPatch,
    start: ClaimResult,
    members: Sequence[ClaimStatement],
    late: Sequence[ClaimStatement],
) -> tuple[list[ClaimResult], list[int]]:
    """Extend ``start`` by each of ``late`` in turn, from its state stored as JSON and read
    back; every step must equal comparing all members afresh. The results of each step,
    and which new members were compared afresh rather than from the state."""
    afresh: list[int] = []
    whole = compare.compare_claim

    def counted(ms: Sequence[ClaimStatement], position: float = 0.0) -> ClaimResult:
        afresh.append(ms[-1].article)
        return whole(ms, position)

    result, results = start, []
    for k, m in enumerate(late):
        text = json.dumps(result.state.to_json(), allow_nan=False)  # type: ignore[union-attr]
        stored = replace(result, state=ClaimState.from_json(json.loads(text)))
        with monkeypatch.context() as patch:
            patch.setattr(compare, "compare_claim", counted)
            result = extend_claim(stored, m, 0.5)
        assert result == compare_claim([*members, *late[: k + 1]], 0.5)
        results.append(result)
    return results, afresh


def test_a_claim_state_carries_numbers_negations_and_agreement_through_extension(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Members with figures, negations and attribution join a large claim one at a time:
    each step from the state alone equals comparing every member afresh."""
    base = "Militias halted attacks on 12 bases near Erbil"
    members = [_member(i, base if i % 2 else base + ".") for i in range(ANCHOR_SAMPLE)]
    start = compare_claim(members)
    assert start.state is not None and start.state.agree and start.status == "agreement"
    late = [
        _member(50, "Militias halted attacks on 14 bases near Erbil"),  # a new figure
        _member(51, "Militias halted attacks on 12 bases near Erbil", kind="anonymous"),
        _member(52, "Militias did not halt attacks on 12 bases near Erbil"),  # new negated term
        _member(53, "Militias halted attacks on 12 bases near Erbil, sources said"),  # affirms
        _member(54, "Militias did not halt attacks on the bases", hedged=True),  # negates again
        _member(55, "Militias halted attacks on 1e999 bases near Erbil"),  # a figure JSON lacks
        _member(56, "Militias halted attacks on at least 12 bases near Erbil"),  # a range to inf
        _member(57, "Militias halted attacks on about 13 bases near Erbil"),  # an estimate
    ]
    results, afresh = _extend_through_stored_states(monkeypatch, start, members, late)
    result = results[-1]
    # Only the member negating a word no member negated before was compared afresh.
    assert afresh == [52]
    kinds = {c.type for c in result.conflicts}
    assert kinds >= {"number", "negation", "attribution", "certainty"}
    assert result.state is not None and not result.state.agree


def test_a_claim_state_carries_denials_through_extension(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Members denying, stating and hedging one content join a large claim one at a
    time: each step from the stored state equals comparing every member afresh, and
    only a member that denies something is compared afresh."""
    base = "Iranian forces attacked the tanker in the Gulf of Oman"
    members = [_member(i, base if i % 2 else base + ".") for i in range(ANCHOR_SAMPLE)]
    start = compare_claim(members)
    assert start.state is not None and start.state.denied == ()
    late = [
        _member(60, "Iran denied that its forces attacked the tanker in the Gulf of Oman."),
        _member(61, "Iranian forces attacked the tanker in the Gulf of Oman, officials said"),
        _member(62, "Iranian forces may have attacked the tanker", hedged=True),  # hedged: no
        _member(63, "Reports that Iranian forces attacked the tanker are false."),  # denies too
        _member(64, "Iranian forces did not attack the tanker in the Gulf of Oman"),  # negates
        _member(65, "Iranian forces attacked the tanker in the Gulf of Oman on Thursday"),
    ]
    results, afresh = _extend_through_stored_states(monkeypatch, start, members, late)
    negations = [[c.detail for c in r.conflicts if c.type == "negation"] for r in results]
    result = results[-1]
    assert afresh == [60, 63, 64]  # two denials and a newly negated word
    assert negations[0][0].startswith(
        'denied in Outlet 60 ("denied that its forces attacked"), affirmed in Outlet 0,'
    )
    assert negations[3][0].startswith(
        'denied in Outlet 60, Outlet 63 ("denied that its forces attacked")'
    )
    # A word negated outright comes before a denial: one negation conflict at most.
    assert negations[4] == [
        'negated in Outlet 64 ("not attack"), affirmed in Outlet 0, Outlet 1, Outlet 2 and 23 more'
    ]
    assert result.status == "conflict" and result.state is not None
    assert [d[0] for d in result.state.denied] == [60, 63]
    affirming = {a for d in result.state.denied for a, _ in d[5]}
    assert 62 not in affirming and 64 not in affirming and {0, 1, 61, 65} <= affirming


def test_a_claim_state_carries_words_of_opposite_meaning_through_extension(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = "Oil prices rose sharply in Asian trading on Monday"
    members = [_member(i, base if i % 2 else base + ".") for i in range(ANCHOR_SAMPLE)]
    late = [
        _member(80, "Oil prices fell sharply in Asian trading on Monday"),  # the opposite
        _member(81, "Oil prices rose sharply in Asian trading on Monday, traders said"),
        _member(82, "Oil prices did not fall in Asian trading on Monday"),  # negates "fall"
        _member(83, "Oil prices fell in Asian trading on Monday"),
    ]
    results, afresh = _extend_through_stored_states(
        monkeypatch, compare_claim(members), members, late
    )
    result = results[-1]
    assert afresh == [80, 82]
    (negation,) = [c.detail for c in result.conflicts if c.type == "negation"]
    assert negation.startswith('"fell" in Outlet 80, Outlet 83, the opposite in Outlet 0,')


def test_a_claim_state_stored_by_an_older_version_is_not_read() -> None:
    """States stored before denials were kept have no version: the claim is compared
    afresh on its next upload instead of being extended from a state that lacks them."""
    members = [_member(i, "Iranian forces attacked the tanker.") for i in range(ANCHOR_SAMPLE)]
    result = compare_claim(members)
    assert result.state is not None
    data = result.state.to_json()
    assert ClaimState.from_json(data) == result.state
    old = {k: v for k, v in data.items() if k not in ("version", "denied")}
    assert ClaimState.from_json(old) is None
    stale = replace(result, state=ClaimState.from_json(old))
    late = _member(70, "Iran denied that its forces attacked the tanker.")
    assert extend_claim(stale, late) == compare_claim([*members, late])


def test_a_small_claim_keeps_no_state() -> None:
    members = [_member(i, "Troops left the city on Monday") for i in range(ANCHOR_SAMPLE - 1)]
    assert compare_claim(members).state is None
    assert compare_claim([*members, _member(99, "Troops left the city")]).state is not None


def test_a_story_summary_survives_json_and_refuses_what_does_not_fit() -> None:
    articles = [
        StoryArticle(1, ((10, "attack militia", "d1"), (11, "bridge", "d2"))),
        StoryArticle(2, ((20, "attack halt militia", "d3"),)),
    ]
    summary = summarize(articles, [(7, [(1, 10), (2, 20)]), (8, [(1, 11)])])
    assert [c.claim for c in summary.claims] == [7, 8]  # in the order align made them
    assert summary.claims[0].terms == "attack halt militia"
    assert summary.claims[0].position == 0.0 and summary.claims[1].position == 0.5
    assert summary.df == {"attack": 2, "militia": 2, "halt": 1, "bridge": 1}
    data = json.loads(json.dumps(summary.to_json()))
    terms = {c.claim: c.terms for c in summary.claims}
    back = Summary.from_json(data, terms)
    assert back is not None
    assert back.to_json() == summary.to_json()
    assert [c.terms for c in back.claims] == [c.terms for c in summary.claims]
    assert Summary.from_json({**data, "version": 0}, terms) is None
    assert Summary.from_json(data, {7: terms[7]}) is None  # a claim it holds is gone
    assert Summary.from_json(data, {**terms, 9: "x"}) is None  # a claim it lacks
    assert Summary.from_json(data, {7: terms[7], 8: None}) is None  # stored before 0006
