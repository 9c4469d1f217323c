"""Group statements from the articles of one story into claims.

Articles are taken one at a time. Each statement looks for the existing claims
it might belong to through an inverted index of the claims' informative words
(blocking), is scored against a few members of each candidate claim, and then the
article's statements and candidate claims are paired best-first, at most one
statement of an article per claim; an article's lead (its first statement) pairs
first with a claim whose lead it reaches the threshold with: two outlets' leads tell
the story's core news, where a later, longer sentence of one may contain the other's
lead as well. Cost grows with statements × candidate claims, not with all pairs of
statements, so large stories stay near-linear.

Where the time goes (the bench's 50-article story, about 36,000 distinct pairs asked
about, 3% of them reaching the threshold): every pair an article asks about is bounded
at once in numpy (`PairScores.prepare`, `similarity.FeatureTable.may_reach`: the score
itself up to rounding), and only those that reach the threshold are scored again, one
at a time, by `pair_score`; the rest of
the time is finding candidates and, in `compare_story`, comparing claims. Finding
candidates stops once no claim not yet seen can make the cut, sums long posting lists
in numpy, and gives the same candidates as summing every list in Python
(tests/core/test_align_reference.py holds `align` to a plain reference, bit for bit).
"""

from __future__ import annotations

import gc
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from app.core import similarity, wordnet
from app.core.figures import FATES, FIGURE_BOUNDS, quantities
from app.core.text import NUMBER_WORDS, parse_number, words

MAX_CANDIDATE_CLAIMS = 12
MEMBERS_COMPARED = 4
# How much two statements must share for a containment to count in full: the weight of
# this many words each found in one statement of the story. In IDF, 20.0 at the median
# ECB+ story (181 statements), where that figure was set; a story of three articles
# weighs every word less, and asked for 20.0 it needed six rare words in common.
CONTAINMENT_RARE_WORDS = 3.6
# The fewest informative words two statements must share for the paraphrase score to pair
# them (fewer where one has fewer): "The man was pronounced dead at the scene" and "A knife
# was recovered at the scene" share only "scene", and their like wording scored 0.85.
MIN_SHARED_TERMS = 2
# Two statements repeating this many telling figures (`similarity.telling`: "voted 330 to
# 275", "was backed by 330 votes to 275") report one claim, however else they are worded:
# their score is at least FIGURES_AGREE.
TELLING_FIGURES_SHARED = 2
FIGURES_AGREE = 0.95
# Two leads repeating one telling figure and LEAD_WORDS_SHARED informative words, or
# LEAD_WORDS_ALONE words and no figure, pair at least at the threshold (`leads_score`).
LEAD_WORDS_SHARED = 2
LEAD_WORDS_ALONE = 3
# Two statements that open with a count of one fate of people ("Twenty-nine people
# survived the crash", "Thirty-two survived, many of them injured") are about that count,
# one figure of the story, whatever each gives for it: they pair at least at the
# threshold (`opening_count`), so where they differ the claim shows it.
# Two statements giving one telling count that did one thing ("All 190 lawmakers present
# voted to reject the declaration", "190 of them voted to block the order") report that
# act: they pair at least at the threshold (`counted_acts`). The act is the first verb in
# the past within ACT_WORDS words after the count.
ACT_WORDS = 6
# Two statements quoting one rare word in a short quotation ("called the decision
# 'incomprehensible'", "said it was 'incomprehensible' that the deal had been blocked")
# report one remark: they pair at least at the threshold (`short_quotes`). A quotation
# this short is a remark's key word; a rare word is one at most two statements use.
SHORT_QUOTE_WORDS = 3
MAX_KEY_SHARE = 0.5  # a term in more than half the statements finds too much to block on
MIN_COMMON_DF = 8  # ...but in a small story every shared term is a useful key
_MARGIN = 1e-9  # relative: far above the rounding of a sum of a few dozen weights
_ARRAY_MIN = 256  # claims in a statement's posting lists from which numpy sums them


@dataclass(frozen=True, slots=True)
class AlignInput:
    """A statement to align: its article, its id, and its content (frame stripped)."""

    article: int
    statement: int
    text: str
    lead: bool = False  # the article's first statement: its lead


@dataclass(slots=True)
class Claim:
    """Statements that report the same thing, at most one per article.

    ``articles`` is kept in step with ``members`` by `add` (and filled from the members
    given at construction); append through `add`, not to ``members`` directly.
    """

    members: list[AlignInput] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)
    articles: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.articles.update(m.article for m in self.members)

    def add(self, member: AlignInput, score: float) -> None:
        self.members.append(member)
        self.scores.append(score)
        self.articles.add(member.article)


# Whether two statements cite one source (True), two sources known to be different ones
# (False: "Merseyside Police said 53 officers were injured", "South Yorkshire Police said 12
# officers were injured"), or cannot tell (None): given by the caller, who knows what each
# statement cites (`app.core.compare.same_source`).
Cited = Callable[[AlignInput, AlignInput], bool | None]


def align(
    statements: Sequence[AlignInput],
    idf: Mapping[str, float] | None = None,
    cited: Cited | None = None,
) -> list[Claim]:
    """Group statements into claims; every statement lands in exactly one claim.

    With ``cited``, a statement that may join a claim citing its source and another
    citing a different one joins the first (`join_article`).

    >>> claims = align([AlignInput(1, 1, "Troops left the city on Monday."),
    ...                 AlignInput(2, 5, "On Monday the troops left the city."),
    ...                 AlignInput(2, 6, "Prices of bread rose sharply.")])
    >>> sorted(sorted(m.statement for m in c.members) for c in claims)
    [[1, 5], [6]]
    """
    with gc_paused():
        return _align(statements, idf, cited)


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while alignment (or an upload's step) runs.

    Alignment makes hundreds of thousands of short-lived, acyclic containers (feature
    sets, score keys, candidate tables); each collection pass would walk them and every
    older object of the process (a large story's articles among them) for no garbage.
    Reference counting still frees everything as usual. Only the caller that paused
    the collector resumes it, so concurrent calls never leave it off.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _align(
    statements: Sequence[AlignInput], idf: Mapping[str, float] | None, cited: Cited | None
) -> list[Claim]:
    # Statements with the same text (a shared quote, a syndicated copy) share their
    # features, keys and pair scores: each is computed once per distinct text.
    counts = Counter(s.text for s in statements)
    texts = list(counts)
    split = [similarity._words(t) for t in texts]
    # Every text's features as arrays, IDF over the statements (each text as often as it
    # is told): `PairScores` bounds a whole article's pairs at once from them.
    table = similarity.FeatureTable(split, idf, [counts[t] for t in texts])
    idf = table.idf
    terms = table.term_sets()
    df: Counter[str] = Counter()
    for t, n in zip(texts, terms, strict=True):
        for term in n:  # the text's distinct content terms, once per statement
            df[term] += counts[t]
    common = max(MIN_COMMON_DF, MAX_KEY_SHARE * len(statements))
    text_keys = {t: _keys(t, n, df, common) for t, n in zip(texts, terms, strict=True)}
    keys = {id(s): text_keys[s.text] for s in statements}

    by_article: dict[int, list[AlignInput]] = defaultdict(list)
    for s in statements:
        by_article[s.article].append(s)

    claims: list[Claim] = []
    index: dict[str, set[int]] = defaultdict(set)  # key -> claim numbers
    score = PairScores(texts, split, table, statements, containment_evidence(len(statements)))
    for article, members in by_article.items():
        join_article(
            article, members, claims, index, keys, idf, score, prepare=score.prepare, cited=cited
        )
    return [c for c in claims if c.members]


class PairScores:
    """`pair_score` for the pairs `align` asks about, by the two texts' numbers.

    Before an article is joined, `prepare` takes every pair it will ask about, bounds
    them all at once (`FeatureTable`: the logit `similarity.score` sums, up to rounding,
    and the containment) and settles those that cannot reach the threshold as 0.0
    without scoring them one by one: about 97% of them at 50 articles. The others are
    scored by `pair_score` when asked for, so every score at or above the threshold is
    exactly `pair_score`'s and every decision is the same.
    """

    def __init__(
        self,
        texts: list[str],
        split: list[list[str]],
        table: similarity.FeatureTable,
        statements: Sequence[AlignInput],
        evidence: float,
    ) -> None:
        self.texts = texts
        self.evidence = evidence
        self.split = split
        self.table = table
        number = {t: n for n, t in enumerate(texts)}
        self.size = len(texts)
        self.text_of = {id(s): number[s.text] for s in statements}
        self.features: dict[int, similarity.StatementFeatures] = {}
        # Pair scores by the two texts' numbers (an int key: cheap to hash, not tracked by gc).
        self.scored: dict[int, float] = {}
        # What each text opens by counting (`opening_count`), numbered; -1 for none.
        counts: dict[str, int] = {}
        self.counted = np.fromiter(
            (
                counts.setdefault(c, len(counts)) if (c := _opening_count_of(t, ws)) else -1
                for t, ws in zip(texts, split, strict=True)
            ),
            np.int64,
            len(texts),
        )
        # Whether each text tells what a telling count did (`counted_acts`), or quotes a
        # word or two (`short_quotes`).
        self.acting = np.fromiter(
            (
                any(w[:1].isdigit() for w in ws) and bool(_acts_in(t, ws))
                for t, ws in zip(texts, split, strict=True)
            ),
            bool,
            len(texts),
        )
        self.quoting = np.fromiter(
            (('"' in t or "\u201c" in t) and bool(short_quotes(t)) for t in texts),
            bool,
            len(texts),
        )

    def feature(self, i: int) -> similarity.StatementFeatures:
        f = self.features.get(i)
        if f is None:
            ws = self.split[i]
            content = similarity._content(ws)
            f = self.features[i] = similarity._build(self.texts[i], ws, content, self.table.idf)
        return f

    def __call__(self, s: AlignInput, m: AlignInput) -> float:
        i, j = self.text_of[id(s)], self.text_of[id(m)]
        pair = i * self.size + j if i < j else j * self.size + i
        value = self.scored.get(pair)
        if value is None:
            value = self.scored[pair] = pair_score(self.feature(i), self.feature(j), self.evidence)
        if s.lead and m.lead and value < similarity.SAME_THRESHOLD:
            return max(value, leads_score(self.feature(i), self.feature(j)))
        return value

    def prepare(self, pairs: Sequence[tuple[AlignInput, AlignInput]]) -> list[float | None]:
        """Each pair's score if it is known without scoring it in full, else None."""
        size, text_of, scored = self.size, self.text_of, self.scored
        i = np.fromiter((text_of[id(s)] for s, _ in pairs), np.int64, len(pairs))
        j = np.fromiter((text_of[id(m)] for _, m in pairs), np.int64, len(pairs))
        keys = np.minimum(i, j) * size + np.maximum(i, j)
        listed = keys.tolist()
        unknown = np.fromiter((v is None for v in map(scored.get, listed)), bool, len(listed))
        if unknown.any():
            # Each new pair once, the article's statement first (few distinct texts).
            first = similarity._distinct_first(keys[unknown])[1]
            at = np.flatnonzero(unknown)[first]
            a, b = i[at], j[at]
            table, threshold = self.table, similarity.SAME_THRESHOLD
            # Bounded without the figures term: `pair_score` may leave it out.
            keep, shared = table.may_reach(a, b, threshold, figures=False)
            # containment() of each pair, up to rounding: the shared weight over the smaller mass.
            small = np.minimum(table.mass[a], table.mass[b])
            held = np.where(small > 0.0, shared / np.where(small > 0.0, small, 1.0), 0.0)
            keep |= held * np.minimum(1.0, shared / self.evidence) >= threshold - 1e-9
            telling = table.telling_numbers.common(a, b)
            keep |= telling >= TELLING_FIGURES_SHARED
            counted, acting = self.counted, self.acting
            keep |= (counted[a] >= 0) & (counted[a] == counted[b])
            keep |= (telling > 0) & acting[a] & acting[b]
            keep |= self.quoting[a] & self.quoting[b]
            keep |= table.counting_numbers.common(a, b) >= COUNTS_SHARED
            keep |= held >= 1.0 - 1e-9  # every informative word of one in the other: `_repeated`
            scored.update(dict.fromkeys(keys[at[~keep]].tolist(), 0.0))
        known = list(map(scored.get, listed))
        # two leads may pair below the threshold (`leads_score`): asked of __call__
        return [None if s.lead and m.lead else v for (s, m), v in zip(pairs, known, strict=True)]


def join_article(
    article: int,
    members: Sequence[AlignInput],
    claims: list[Claim],
    index: dict[str, set[int]],
    keys: Mapping[int, set[str]],
    idf: Mapping[str, float],
    score: Callable[[AlignInput, AlignInput], float],
    candidates: Sequence[Sequence[int]] | None = None,
    prepare: Callable[[Sequence[tuple[AlignInput, AlignInput]]], list[float | None]] | None = None,
    cited: Cited | None = None,
) -> set[int]:
    """One step of `align`: the statements of one article join (or start) claims.

    ``index`` maps blocking keys to claim numbers and ``keys`` holds the keys of these
    members (by ``id``); both are updated. Used by `align` for every article and by
    `app.core.incremental` for a newly uploaded one, which passes each member's
    ``candidates`` (`_candidates` on this index) when it has already found them.
    ``prepare``, when given, is shown every (member, claim member) pair to be scored
    before the first is, and gives the scores it knows (None for the others, which
    ``score`` gives): `align` bounds them all at once. Pairs are taken best-first, those
    of two leads (`AlignInput.lead`) that reach the threshold before all others. With
    ``cited``, a pair whose statement and claim (its member closest to the statement)
    cite two different sources comes after all others where the statement could pair
    with a claim citing its source: an outlet's "Merseyside Police said 53
    officers were injured" and "South Yorkshire Police said at least 10" pair with
    another's "Merseyside Police said 39" and "South Yorkshire Police said 12", though "53
    officers were injured" and "12 officers were injured" read closer. Two sources for one
    claim are otherwise no bar: outlets often cite different ones.
    Returns the numbers of the claims it changed: joined, emptied by a merge, or new.
    """
    # (leads, not put last, score, member position, claim)
    proposals: list[tuple[bool, bool, float, int, int]] = []
    threshold = similarity.SAME_THRESHOLD
    arrays: dict[str, np.ndarray] = {}  # posting arrays, valid while index is unchanged
    # Claims and index stay as they are until every member has been scored.
    asked: list[tuple[int, int, list[AlignInput]]] = []  # (member position, claim, compared)
    for pos, s in enumerate(members):
        found = (
            candidates[pos]
            if candidates is not None
            else _candidates(keys[id(s)], index, idf, arrays)
        )
        for c in found:
            claim = claims[c]
            if article not in claim.articles:
                asked.append((pos, c, claim.members[:MEMBERS_COMPARED]))
    pairs = [(members[pos], m) for pos, _, compared in asked for m in compared]
    known = prepare(pairs) if prepare is not None else [None] * len(pairs)
    k = 0
    sources: list[bool | None] = []  # each proposal's `cited`, in step
    for pos, c, compared in asked:
        best = -1.0
        closest = compared[0]
        leads = False  # this article's lead reaches the claim's lead
        for m in compared:
            value = known[k]
            if value is None:
                value = score(pairs[k][0], m)
            k += 1
            if value > best:
                best, closest = value, m
            if m.lead and value >= threshold and members[pos].lead:
                leads = True
        if best >= threshold:
            proposals.append((leads, True, best, pos, c))
            sources.append(None if cited is None else cited(members[pos], closest))
    if False in sources and True in sources:
        alike = {p[3] for p, one in zip(proposals, sources, strict=True) if one}
        proposals = [
            (leads, one is not False or pos not in alike, best, pos, c)
            for (leads, _, best, pos, c), one in zip(proposals, sources, strict=True)
        ]
    proposals.sort(reverse=True)
    changed: set[int] = set()
    taken_members: dict[int, int] = {}  # member position -> the claim it joined
    taken_claims: set[int] = set()
    for _, _, best, pos, c in proposals:
        if pos in taken_members or c in taken_claims:
            continue
        taken_members[pos] = c
        taken_claims.add(c)
        claims[c].add(members[pos], best)
        changed.add(c)
        for key in keys[id(members[pos])]:
            index[key].add(c)
    # A statement that matches two claims with no article in common joins them:
    # the order articles arrive in must not split one claim in two.
    for *_, pos, c in proposals:
        home = taken_members.get(pos)
        if home is None or c == home or c in taken_claims or not claims[c].members:
            continue
        if claims[c].articles & claims[home].articles:
            continue
        _merge(claims, index, keys, into=home, other=c)
        changed.add(c)
        taken_claims.add(c)
    for pos, s in enumerate(members):
        if pos in taken_members:
            continue
        claims.append(Claim([s], [1.0]))
        changed.add(len(claims) - 1)
        for key in keys[id(s)]:
            index[key].add(len(claims) - 1)
    return changed


def _candidates(
    keys: set[str],
    index: Mapping[str, set[int]],
    idf: Mapping[str, float],
    arrays: dict[str, np.ndarray] | None = None,
) -> list[int]:
    """The claims a statement is scored against: the MAX_CANDIDATE_CLAIMS with most shared key weight.

    Keys are taken rarest first. Once MAX_CANDIDATE_CLAIMS claims found so far each weigh
    more than all the keys still to come could give a claim not yet found, no such claim
    can make the cut: the remaining keys (the common ones, with the longest posting lists)
    only add to the claims already found. The result is the same as summing every
    posting list; the work no longer grows with the common words' posting lists.

    Long posting lists are summed in numpy instead (`_candidates_in_arrays`), with the
    same answer; ``arrays`` caches their arrays while ``index`` stays unchanged.
    """
    found = [(idf.get(key, 1.0), posting, key) for key in keys if (posting := index.get(key))]
    found.sort(key=lambda wpk: (-wpk[0], len(wpk[1])))
    if arrays is not None and sum(len(p) for _, p, _ in found) >= _ARRAY_MIN:
        return _candidates_in_arrays(found, arrays)
    remaining = sum(w for w, _, _ in found)
    consumed = 0.0  # no claim weighs more than the keys taken so far
    weights: dict[int, float] = {}
    get = weights.get
    unchecked = 0  # postings added since the last look at the cut
    for n, (w, posting, _) in enumerate(found):
        # Looking costs a pass over the claims found, so it waits until as many postings
        # were added (stopping later never changes the answer, only saves less); and
        # consumed > remaining is implied by the cut exceeding remaining.
        if consumed > remaining and unchecked >= len(weights) >= MAX_CANDIDATE_CLAIMS:
            unchecked = 0
            cut = heapq.nlargest(MAX_CANDIDATE_CLAIMS, weights.values())[-1]
            if cut > remaining:
                return _finish(weights, found[n:], remaining, cut)
        for c in posting:
            weights[c] = get(c, 0.0) + w
        unchecked += len(posting)
        remaining -= w
        consumed += w
    return _top(weights)


def _candidates_in_arrays(
    found: list[tuple[float, set[int], str]], arrays: dict[str, np.ndarray]
) -> list[int]:
    """`_candidates` by summing every posting list in numpy, for long ones.

    The postings are laid end to end in the order `_candidates` takes them, so
    ``bincount`` adds each claim's weights in the same order (the same float sums), and
    a claim's first place in that row is the order it is found in (which breaks ties).
    """
    if not found:
        return []
    rows = []
    for _, posting, key in found:
        row = arrays.get(key)
        if row is None:
            row = arrays[key] = np.fromiter(posting, np.intp, len(posting))
        rows.append(row)
    ids = np.concatenate(rows)
    weights = np.repeat(np.array([w for w, _, _ in found]), [len(r) for r in rows])
    totals = np.bincount(ids, weights=weights)
    held = np.flatnonzero(np.bincount(ids))
    if len(held) > MAX_CANDIDATE_CLAIMS:
        values = totals[held]
        cut = np.partition(values, len(values) - MAX_CANDIDATE_CLAIMS)[-MAX_CANDIDATE_CLAIMS]
        held = held[values >= cut]
    wanted = np.zeros(len(totals), dtype=bool)
    wanted[held] = True
    places = np.flatnonzero(wanted[ids])
    claims, first = np.unique(ids[places], return_index=True)  # claims == held, sorted
    order = np.lexsort((places[first], -totals[claims]))[:MAX_CANDIDATE_CLAIMS]
    return claims[order].tolist()


def _finish(
    weights: dict[int, float],
    rest: list[tuple[float, set[int], str]],
    remaining: float,
    cut: float,
) -> list[int]:
    """`_candidates` once no claim not yet found can make the cut: the rest keys' weight
    goes to the claims found so far that can still reach it.

    The cut (the MAX_CANDIDATE_CLAIMS-th largest weight) only rises, so a claim that
    stays below it with every remaining key added cannot make it; a relative margin far
    above rounding keeps the sums in float from deciding that.
    """
    floor = cut - remaining - _MARGIN * cut
    alive = {c: v for c, v in weights.items() if v >= floor}  # in the order found
    held = set(alive)
    for w, posting, _ in rest:
        for c in posting & held if len(posting) > len(held) else held & posting:
            alive[c] += w
    return _top(alive)


def _top(weights: dict[int, float]) -> list[int]:
    """The MAX_CANDIDATE_CLAIMS heaviest, heaviest first; ties in the order found."""
    if len(weights) <= MAX_CANDIDATE_CLAIMS:
        return sorted(weights, key=weights.__getitem__, reverse=True)
    cut = heapq.nlargest(MAX_CANDIDATE_CLAIMS, weights.values())[-1]
    heavy = [c for c, v in weights.items() if v >= cut]
    return sorted(heavy, key=weights.__getitem__, reverse=True)[:MAX_CANDIDATE_CLAIMS]


def _merge(
    claims: list[Claim],
    index: dict[str, set[int]],
    keys: Mapping[int, set[str]],
    into: int,
    other: int,
) -> None:
    """Move every member of claim ``other`` into claim ``into`` and repoint the index.

    The postings that hold ``other`` are those of its members' keys; when a member's
    keys are not at hand (an earlier article in an incremental step), every posting
    is looked at.
    """
    moving = claims[other]
    if all(id(m) in keys for m in moving.members):
        postings = [index[k] for m in moving.members for k in keys[id(m)] if k in index]
    else:
        postings = list(index.values())
    for claim_set in postings:
        if other in claim_set:
            claim_set.discard(other)
            claim_set.add(into)
    for m, sc in zip(moving.members, moving.scores, strict=True):
        claims[into].add(m, sc)
    claims[other] = Claim()


def pair_score(
    a: similarity.StatementFeatures, b: similarity.StatementFeatures, evidence: float
) -> float:
    """How likely two outlets' statements report the same claim, 0..1.

    The paraphrase score (left without its figures term when the two give different
    figures for the same thing counted: `figures_differ`), or, when one statement is a
    short version of the other
    ("follows talks with Prime Minister X" / "reached a deal with Prime Minister X
    to end attacks and ..."), the share of the shorter one's informative words that
    the longer one repeats, damped when they share less IDF mass than ``evidence``
    (`containment_evidence` of the story's size). A
    paraphrase score is left out where the two share fewer than two informative words
    (`_few_shared`). Two statements repeating TELLING_FIGURES_SHARED telling figures score
    at least FIGURES_AGREE; two opening with a count of one thing (`opening_count`),
    telling what one count did (`counted_acts`), quoting one rare word in a short
    quotation (`short_quotes`), giving COUNTS_SHARED counts alike (and
    COUNTS_WORDS_SHARED words) or one repeating the other word for word (`_repeated`),
    at least the threshold.
    """
    # Below the threshold a score only has to stay below it: most pairs are not scored in full.
    threshold = similarity.SAME_THRESHOLD
    value = similarity.score(a, b, threshold)
    if value < threshold and a.numbers and b.numbers and figures_differ(a.text, b.text):
        value = similarity.score(a, b, threshold, figures=False)
    # A word both quote in a short quotation is a remark, not a word they happen to share
    # ('called the events "treasonous"', 'described the storming as "treasonous"').
    if value >= threshold and _few_shared(a, b) and not short_quotes(a.text) & short_quotes(b.text):
        value = 0.0
    if _figures_shared(a, b) >= TELLING_FIGURES_SHARED or (
        _figures_shared(a, b) and counted_acts(a.text) & counted_acts(b.text)
    ):
        # two telling figures, or one with what it counts ('144 people had been killed',
        # 'at least 144 people were killed'): before any other outlet's other count of it
        value = max(value, FIGURES_AGREE)
    if value < threshold and a.numbers and b.numbers and _count_opened_alike(a.text, b.text):
        value = threshold
    if value < threshold and _quote_shared(a, b, evidence):
        value = threshold
    if value < threshold and _repeated(a, b):
        value = threshold
    if (
        value < threshold
        and _counts_shared(a, b) >= COUNTS_SHARED
        and _words_shared(a, b) >= COUNTS_WORDS_SHARED
    ):
        value = threshold
    return max(value, containment(a, b, evidence))


def leads_score(a: similarity.StatementFeatures, b: similarity.StatementFeatures) -> float:
    """The score two articles' leads have at least: the threshold where they repeat a
    telling figure and LEAD_WORDS_SHARED informative words besides ("Employers added
    only 12,000 jobs in October" and "U.S. job growth slowed sharply in October, with
    nonfarm payrolls increasing by only 12,000 jobs"), or LEAD_WORDS_ALONE words ("Aviation
    experts say the damage ... suggests it may have been struck by Russian air defenses"
    and "Russian air defences shot down an Azerbaijan Airlines passenger jet"): two leads
    of one story that do so tell its news, however else they word it. Else 0.0."""
    shared = _words_shared(a, b)
    if shared >= LEAD_WORDS_ALONE or (shared >= LEAD_WORDS_SHARED and _figures_shared(a, b)):
        return similarity.SAME_THRESHOLD
    return 0.0


def _words_shared(a: similarity.StatementFeatures, b: similarity.StatementFeatures) -> int:
    """How many informative words, figures aside, two statements share."""
    return sum(t in b.weights for t in a.weights if not t[:1].isdigit())


def _figures_shared(a: similarity.StatementFeatures, b: similarity.StatementFeatures) -> int:
    """How many telling figures (`similarity.telling`) two statements both give."""
    return sum(similarity.telling(v) for v in a.numbers & b.numbers)


# Two statements giving this many counts alike ("16 people ... eight Russians") and so
# many informative words besides score at least the threshold (with two words, ECB+
# alignment F1 fell from 0.2522 to 0.2483; with three, 0.2505, its annotated-pair
# precision rising from 0.8203 to 0.8231).
COUNTS_SHARED = 2
COUNTS_WORDS_SHARED = 3


# A statement of at least this many words that another repeats word for word ("We will
# not back down" and "We didn't ask for this, but we will not back down in standing up
# for Canadians") reports what the other does: they pair at least at the threshold.
REPEATED_WORDS = 5


def _repeated(a: similarity.StatementFeatures, b: similarity.StatementFeatures) -> bool:
    """Whether the shorter of two statements, of REPEATED_WORDS words or more and one
    informative word at least, is a run of the longer's words."""
    short, long = (a, b) if len(a.norm) <= len(b.norm) else (b, a)
    return (
        bool(short.weights)
        and short.norm.count(" ") + 1 >= REPEATED_WORDS
        and f" {short.norm} " in f" {long.norm} "
    )


def _counts_shared(a: similarity.StatementFeatures, b: similarity.StatementFeatures) -> int:
    """How many counts (`similarity.counting`) two statements both give."""
    return sum(similarity.counting(v) for v in a.numbers & b.numbers)


def _few_shared(a: similarity.StatementFeatures, b: similarity.StatementFeatures) -> bool:
    """Whether two statements share fewer than MIN_SHARED_TERMS informative words (or
    than the shorter one has): like wording alone is then no shared claim. A statement of
    one informative word shares too little with one of more than MIN_SHARED_TERMS."""
    small, large = (
        (a.weights, b.weights) if len(a.weights) <= len(b.weights) else (b.weights, a.weights)
    )
    if len(small) == 1 and len(large) > MIN_SHARED_TERMS:
        return True  # 'Have you said thank you once?' against 'Thank you America, ...'
    need = min(MIN_SHARED_TERMS, len(small))
    shared = sum(t in large for t in small)
    if shared < need:
        return True
    # two places apart need one word more (checked only where it decides)
    return shared == MIN_SHARED_TERMS < len(small) and _places_apart(a, b)


def _places_apart(a: similarity.StatementFeatures, b: similarity.StatementFeatures) -> bool:
    """Whether two statements each name a country, and none alike: "A small number struck
    central and southern Israel" and "a limited ground operation in southern Lebanon" share
    "southern" and a strike, and are about two places. Such statements must share one
    informative word more (`_few_shared`)."""
    here = {t for t in a.weights if similarity.a_country(t)}
    there = {t for t in b.weights if similarity.a_country(t)}
    return bool(here) and bool(there) and not here & there


_FATE_SUFFIXES = tuple(sorted({":" + fate for fate in FATES.values()}))
# The first words a statement that opens with a count may have: a number, a bound.
_COUNT_OPENERS = frozenset(NUMBER_WORDS) | {bound.split()[0] for bound in FIGURE_BOUNDS}


@lru_cache(maxsize=4096)
def opening_count(text: str) -> str:
    """What a statement counts when it opens with a count of what befell people or
    things (`figures.FATES`): "Twenty-nine people survived the crash" -> people:survived,
    "Three soldiers were killed" -> soldier:dead; else "".

    >>> opening_count("Thirty-two survived, many of them injured"), opening_count("It killed 3")
    ('people:survived', '')
    """
    found = quantities(text)
    if not found or not found[0].unit.endswith(_FATE_SUFFIXES):
        return ""
    head = text.lstrip(' "\u201c').casefold()
    return found[0].unit if head.startswith(found[0].surface.casefold()) else ""


def _count_opened_alike(a: str, b: str) -> bool:
    """Whether two statements open with a count of one thing (`opening_count`)."""
    counted = opening_count(a)
    return bool(counted) and counted == opening_count(b)


def _opening_count_of(text: str, ws: Sequence[str]) -> str:
    """`opening_count` of a text split into its words, looked for only where its first
    word may open a count."""
    if not ws or not (ws[0][:1].isdigit() or ws[0] in _COUNT_OPENERS):
        return ""
    return opening_count(text)


# What a count does that is no act of its own: 'is', 'has', 'did'.
_AUXILIARY_BASES = frozenset(["be", "have", "do"])


def _past_act(word: str) -> bool:
    """Whether a folded word reads as a verb in the past: '-ed' ('voted') or an irregular
    form WordNet lists ('won', 'fled'), not an auxiliary."""
    if word.endswith("ed"):
        return len(word) > 3
    base = wordnet.irregular_verb(word)
    return base is not None and base not in _AUXILIARY_BASES


@lru_cache(maxsize=4096)
def counted_acts(text: str) -> frozenset[str]:
    """What telling counts (`similarity.telling`) a statement gives and what each did:
    the count and the first verb in the past within ACT_WORDS words after it.

    >>> sorted(counted_acts("In all, 190 of the assembly's 300 members voted to lift it."))
    ['190 voted', '300 voted']
    >>> counted_acts("Two doctors were hurt in 2024."), counted_acts("The 300-seat house")
    (frozenset(), frozenset())
    """
    return _acts_in(text, similarity._words(text))


def _acts_in(text: str, ws: Sequence[str]) -> frozenset[str]:
    """`counted_acts` of a text already split into its words."""
    found = set()
    for i, w in enumerate(ws):
        value = parse_number(w) if w[:1].isdigit() else None
        if value is None or not similarity.telling(value) or f"{w}-" in text:
            continue  # 'the 300-seat parliament': a compound's count, of no one acting
        act = next((v for v in ws[i + 1 : i + 1 + ACT_WORDS] if _past_act(v)), None)
        if act is not None:
            found.add(f"{w} {act}")
    return frozenset(found)


_QUOTATION_RE = re.compile(r"[\"\u201c\u201d]([^\"\u201c\u201d]{1,60})[\"\u201c\u201d]")


@lru_cache(maxsize=4096)
def short_quotes(text: str) -> frozenset[str]:
    """The terms of a statement's quotations of at most SHORT_QUOTE_WORDS words.

    >>> sorted(short_quotes('Ishiba called the decision "incomprehensible".'))
    ['incomprehensibl']
    >>> short_quotes('"We will not back down from this fight," she said.')
    frozenset()
    >>> short_quotes('Anthony "Fat Tony" Salerno')
    frozenset()
    """
    found: set[str] = set()
    for m in _QUOTATION_RE.finditer(text):
        quoted = m.group(1).strip()
        if not quoted[:1].islower():
            continue  # a name or a nickname ('Anthony "Fat Tony" Salerno'), not a remark
        ws = similarity._words(quoted)
        if 0 < len(ws) <= SHORT_QUOTE_WORDS:
            found.update(similarity.terms(m.group(1)))
    return frozenset(found)


def _quote_shared(
    a: similarity.StatementFeatures, b: similarity.StatementFeatures, evidence: float
) -> bool:
    """Whether two statements quote one rare word in short quotations (`short_quotes`):
    one that weighs as much as a word only two statements use (`similarity.idf_weight`:
    the weight of one used by one, less log 3/2)."""
    shared = short_quotes(a.text) & short_quotes(b.text)
    if not shared:
        return False
    rare = evidence / CONTAINMENT_RARE_WORDS - math.log(1.5) - _MARGIN
    return any(a.weights.get(t, 0.0) >= rare for t in shared)


def figures_differ(a: str, b: str) -> bool:
    """Whether two statements give different figures for the same thing counted ("61
    percent" and "about 60 percent", "12 years" and "10 years"): then they may be one
    claim the outlets differ on, and their figures do not count against pairing them.
    Different things counted ("May 2" and "June 13") are no such sign, nor are two years
    that only date what happened ("In 2023, Francis named him prefect" and "In 2015 Pope
    Francis appointed him Bishop of Chiclayo"; "born in 1955" and "born in 1956" are)."""
    ua, ub = _figures(a), _figures(b)
    return any(ua[unit] != ub[unit] for unit in ua.keys() & ub.keys() if unit != _BARE_YEAR)


_BARE_YEAR = "year:"  # the unit of a year that `quantities` finds no context for


@lru_cache(maxsize=4096)
def _figures(text: str) -> dict[str, frozenset[tuple[float, float]]]:
    """The ranges a text's figures allow, by what they count."""
    by_unit: dict[str, set[tuple[float, float]]] = defaultdict(set)
    for q in quantities(text):
        by_unit[q.unit].add(q.bounds)
    return {unit: frozenset(bounds) for unit, bounds in by_unit.items()}


def containment_evidence(statements: int) -> float:
    """The shared IDF mass a containment needs to count in full in a story of so many
    statements: CONTAINMENT_RARE_WORDS words found in one statement each
    (`similarity.idf_weight`), so a small story asks for as many such words as a
    large one, though its weights are all smaller."""
    return CONTAINMENT_RARE_WORDS * similarity.idf_weight(1, statements)


def containment(
    a: similarity.StatementFeatures, b: similarity.StatementFeatures, evidence: float
) -> float:
    """IDF mass of shared terms over the smaller statement's mass, damped below ``evidence``
    shared."""
    if not a.mass or not b.mass:
        return 0.0
    small, large = (a, b) if a.mass <= b.mass else (b, a)
    held = large.weights
    shared = sum([w for t, w in small.weights.items() if t in held])
    return (shared / small.mass) * min(1.0, shared / evidence)


def _keys(text: str, terms: set[str], df: Mapping[str, int], common: float) -> set[str]:
    """Terms a statement can be found by (all but the most common), plus its whole text.

    The whole-text key lets identical statements meet even when they hold no
    informative word at all ("0", "Yes.").
    """
    keys = {t for t in terms if df[t] <= common}
    keys.add("\x00" + " ".join(words(text)))
    return keys
