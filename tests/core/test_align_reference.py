"""`align` gives exactly the claims of the plain algorithm it speeds up.

The reference below is alignment as specified, written for clarity and not speed:
every statement's candidate claims are the MAX_CANDIDATE_CLAIMS with most shared key
weight summed over every posting list (ties in the order found), each scored on its
first MEMBERS_COMPARED members, best-first pairing, then the joining of claims.
`align`'s shortcuts (stopping the candidate search once no unseen claim can make the
cut, scores cached per pair of texts, the collector paused) must change nothing:
the same claims, the same members in the same order, the same scores, bit for bit.
Where the caller says whom statements cite, a pair citing two sources comes last for a
statement that could join a claim citing its own.
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.bench.align import build_inputs
from app.core import align as align_module
from app.core import ingest, similarity
from app.core.align import (
    MAX_CANDIDATE_CLAIMS,
    MAX_KEY_SHARE,
    MEMBERS_COMPARED,
    MIN_COMMON_DF,
    AlignInput,
    Cited,
    Claim,
    _keys,
    align,
)
from app.core.attribution import attribute
from app.core.segment import segment
from tests.conftest import DEMO
from tests.core.test_align import BLOCKING_KEYS, NEWS_WORDS, posting_index, statement_keys


def reference_candidates(
    keys: set[str], index: Mapping[str, set[int]], idf: Mapping[str, float]
) -> list[int]:
    found = [(idf.get(key, 1.0), posting) for key in keys if (posting := index.get(key))]
    found.sort(key=lambda wp: (-wp[0], len(wp[1])))
    weights: dict[int, float] = {}
    for w, posting in found:
        for c in posting:
            weights[c] = weights.get(c, 0.0) + w
    # sorted() is stable, reverse=True included: ties stay in the order found.
    return sorted(weights, key=weights.__getitem__, reverse=True)[:MAX_CANDIDATE_CLAIMS]


def reference_align(statements: Sequence[AlignInput], cited: Cited | None = None) -> list[Claim]:
    texts = {s.text for s in statements}
    split = {t: similarity._words(t) for t in texts}
    content = {t: similarity._content(ws) for t, ws in split.items()}
    idf = similarity._idf(content[s.text] for s in statements)
    by_text = {t: similarity._build(t, split[t], content[t], idf) for t in texts}
    df: Counter[str] = Counter()
    for s in statements:
        df.update(by_text[s.text].weights.keys())
    common = max(MIN_COMMON_DF, MAX_KEY_SHARE * len(statements))
    keys = {id(s): _keys(s.text, set(by_text[s.text].weights), df, common) for s in statements}
    by_article: dict[int, list[AlignInput]] = defaultdict(list)
    for s in statements:
        by_article[s.article].append(s)
    claims: list[Claim] = []
    index: dict[str, set[int]] = defaultdict(set)
    scored: dict[frozenset[str], float] = {}
    evidence = align_module.containment_evidence(len(statements))

    def score(s: AlignInput, m: AlignInput) -> float:
        # One score per pair of texts, taken in the order first asked for.
        pair = frozenset((s.text, m.text))
        if pair not in scored:
            scored[pair] = align_module.pair_score(by_text[s.text], by_text[m.text], evidence)
        if s.lead and m.lead:  # two leads score at least `leads_score`
            return max(scored[pair], align_module.leads_score(by_text[s.text], by_text[m.text]))
        return scored[pair]

    for article, members in by_article.items():
        proposals = []
        for pos, s in enumerate(members):
            for c in reference_candidates(keys[id(s)], index, idf):
                if article in claims[c].articles:
                    continue
                compared = claims[c].members[:MEMBERS_COMPARED]
                best = max(score(s, m) for m in compared)
                # Two leads that reach the threshold pair before anything else.
                leads = s.lead and any(
                    m.lead and score(s, m) >= similarity.SAME_THRESHOLD for m in compared
                )
                if best >= similarity.SAME_THRESHOLD:
                    # the member the statement scores best with, the first of equals
                    closest = next(m for m in compared if score(s, m) == best)
                    one = None if cited is None else cited(s, closest)
                    proposals.append([leads, one, best, pos, c])
        # A pair citing two sources comes after all others where its statement has a
        # pair citing one.
        alike = {pos for _, one, _, pos, _ in proposals if one is True}
        for p in proposals:
            p[1] = not (p[1] is False and p[3] in alike)
        proposals.sort(reverse=True)
        taken_members: dict[int, int] = {}
        taken_claims: set[int] = set()
        for _, _, best, pos, c in proposals:
            if pos in taken_members or c in taken_claims:
                continue
            taken_members[pos] = c
            taken_claims.add(c)
            claims[c].add(members[pos], best)
            for key in keys[id(members[pos])]:
                index[key].add(c)
        for _, _, _, pos, c in proposals:
            home = taken_members.get(pos)
            if home is None or c == home or c in taken_claims or not claims[c].members:
                continue
            if claims[c].articles & claims[home].articles:
                continue
            for claim_set in index.values():
                if c in claim_set:
                    claim_set.discard(c)
                    claim_set.add(home)
            for m, sc in zip(claims[c].members, claims[c].scores, strict=True):
                claims[home].add(m, sc)
            claims[c] = Claim()
            taken_claims.add(c)
        for pos, s in enumerate(members):
            if pos not in taken_members:
                claims.append(Claim([s], [1.0]))
                for key in keys[id(s)]:
                    index[key].add(len(claims) - 1)
    return [c for c in claims if c.members]


def shape(claims: Sequence[Claim]) -> list[tuple[tuple[tuple[int, int], ...], tuple[float, ...]]]:
    return [(tuple((m.article, m.statement) for m in c.members), tuple(c.scores)) for c in claims]


def bench_story(articles: int, seed: int) -> list[AlignInput]:
    return [
        AlignInput(st.article, st.statement, st.content_text, lead=i == 0)
        for a in build_inputs(articles, 40, seed)
        for i, st in enumerate(a.statements)
    ]


@pytest.mark.parametrize(("articles", "seed"), [(10, 0), (10, 1), (30, 2)])
def test_bench_stories_give_the_reference_claims(articles: int, seed: int) -> None:
    stmts = bench_story(articles, seed)
    got = align(stmts)
    assert len(got) < len(stmts)  # the story's outlets do share claims
    assert shape(got) == shape(reference_align(stmts))


def test_the_seed_story_gives_the_reference_claims() -> None:
    stmts = []
    for number, name in enumerate(sorted(DEMO.glob("*.txt")), start=1):
        body = ingest.validate(ingest.parse_text(name.read_text(encoding="utf-8"))).body
        segs = segment(body)
        for i, attr in enumerate(attribute(body, segs)):
            content = body[slice(*attr.content_span)]
            stmts.append(AlignInput(number, number * 1000 + i, content, lead=i == 0))
    assert len({s.article for s in stmts}) == 2
    got = align(stmts)
    assert any(len(c.members) == 2 for c in got)
    assert shape(got) == shape(reference_align(stmts))


def test_a_statement_repeated_word_for_word_gives_the_reference_claims() -> None:
    # `_repeated` pairs a statement whose few words weigh little: kept for scoring
    from tests.core.test_align import TARIFF_STORY

    texts = [
        "We didn't ask for this, but we will not back down in standing up for Canadians",
        *TARIFF_STORY[:3],
        "We will not back down.",
        *TARIFF_STORY[3:],
    ]
    stmts = [AlignInput(1 + i // 4, i, text) for i, text in enumerate(texts)]
    got = align(stmts)
    assert any({0, 4} == {m.statement for m in c.members} for c in got)
    assert shape(got) == shape(reference_align(stmts))


words = st.sampled_from([*NEWS_WORDS, "attacks", "said", "halt"])
articles = st.lists(
    st.lists(st.lists(words, min_size=1, max_size=10).map(" ".join), min_size=1, max_size=8),
    min_size=1,
    max_size=8,
)


@settings(max_examples=80, deadline=None)
@given(articles)
def test_random_stories_give_the_reference_claims(arts: list[list[str]]) -> None:
    """Small vocabularies make many ties in candidate weight and score."""
    stmts = [
        AlignInput(a, a * 100 + i, text, lead=i == 0)
        for a, texts in enumerate(arts)
        for i, text in enumerate(texts)
    ]
    assert shape(align(stmts)) == shape(reference_align(stmts))


sources = st.lists(st.sampled_from([None, 0, 1, 2]), min_size=64, max_size=64)


@settings(max_examples=80, deadline=None)
@given(articles, sources)
def test_random_stories_citing_random_sources_give_the_reference_claims(
    arts: list[list[str]], cites: list[int | None]
) -> None:
    """Each statement cites one of three sources or none it can be told by."""
    stmts = [
        AlignInput(a, a * 8 + i, text, lead=i == 0)
        for a, texts in enumerate(arts)
        for i, text in enumerate(texts)
    ]

    def cited(s: AlignInput, m: AlignInput) -> bool | None:
        one, other = cites[s.statement], cites[m.statement]
        return None if one is None or other is None else one == other

    got = align(stmts, cited=cited)
    assert shape(got) == shape(reference_align(stmts, cited))


def test_many_claims_and_few_keys_take_the_stopping_search(monkeypatch: pytest.MonkeyPatch) -> None:
    """A story big enough that candidate search stops early, checked against the reference."""
    stops = 0
    finish = align_module._finish

    def counting(*args):  # type: ignore[no-untyped-def]
        nonlocal stops
        stops += 1
        return finish(*args)

    monkeypatch.setattr(align_module, "_finish", counting)
    stmts = bench_story(30, 2)
    got = align(stmts)
    assert stops > 0
    assert shape(got) == shape(reference_align(stmts))


def test_the_collector_is_resumed_after_align_and_left_as_found() -> None:
    stmts = [AlignInput(1, 1, "Troops left the city."), AlignInput(2, 2, "Troops left the city.")]
    assert gc.isenabled()
    align(stmts)
    assert gc.isenabled()
    gc.disable()
    try:
        align(stmts)
        assert not gc.isenabled()  # a caller that paused it keeps it paused
    finally:
        gc.enable()


def test_the_collector_is_resumed_when_align_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(a, b, evidence):  # type: ignore[no-untyped-def]
        raise RuntimeError("scorer failed")

    monkeypatch.setattr(align_module, "pair_score", broken)
    stmts = [AlignInput(1, 1, "Troops left the city."), AlignInput(2, 2, "Troops left town.")]
    with pytest.raises(RuntimeError, match="scorer failed"):
        align(stmts)
    assert gc.isenabled()


def test_long_posting_lists_are_summed_in_arrays(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench story is big enough for both ways of summing; together they give the reference."""
    used = Counter[str]()
    for name in ("_candidates_in_arrays", "_finish"):
        real = getattr(align_module, name)

        def counting(*args, _real=real, _name=name):  # type: ignore[no-untyped-def]
            used[_name] += 1
            return _real(*args)

        monkeypatch.setattr(align_module, name, counting)
    stmts = bench_story(30, 2)
    got = align(stmts)
    assert used["_candidates_in_arrays"] > 0
    assert used["_finish"] > 0
    assert shape(got) == shape(reference_align(stmts))


@settings(max_examples=150, deadline=None)
@given(
    posting_index(80, 60),
    st.dictionaries(BLOCKING_KEYS, st.sampled_from([1.0, 2.5, 3.1])),
    statement_keys,
)
def test_every_way_of_summing_gives_the_reference_candidates(
    index: dict[str, set[int]], idf: dict[str, float], keys: set[str]
) -> None:
    """Few distinct weights make many ties: the order found must break them the same way."""
    want = reference_candidates(keys, index, idf)
    assert align_module._candidates(keys, index, idf) == want
    assert align_module._candidates_in_arrays(_found(keys, index, idf), {}) == want


def _found(
    keys: set[str], index: Mapping[str, set[int]], idf: Mapping[str, float]
) -> list[tuple[float, set[int], str]]:
    found = [(idf.get(k, 1.0), index[k], k) for k in keys if index.get(k)]
    found.sort(key=lambda wpk: (-wpk[0], len(wpk[1])))
    return found
