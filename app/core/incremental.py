"""Add one article to a story's stored comparison without recomputing the whole story.

`app.core.align.align` takes a story's articles one at a time, in publication
order, and each article's statements join (or start) claims. The claims stored
after the last upload are the state that loop had reached, so when the new article
is the latest one, the loop's step for that article can be run alone on the stored
claims: the same blocking keys, pair scores, best-first pairing and joining of
claims. The one difference from a full recompute: earlier decisions were taken with
the word weights (IDF) of the story as it was then, and a full recompute takes them
all with today's weights, so a pair near the threshold can fall either side. Tests
hold the two within a few per cent of each other.

Only the claims the article touches are compared again, and a claim it joins is
extended from its stored comparison (`app.core.compare.extend_claim`); every other
claim keeps its stored status, conflicts and diffs and only moves in the story order.
What this reads from every statement is its content's words (for the story's IDF and
blocking keys), tokenised in one pass over the story; pair features, claim comparison
and attribution details touch only the new article and the claims it can join. The
caller falls back to a full recompute when the new article is not the latest in
publication order.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np
from rapidfuzz import fuzz, process

from app.core import similarity
from app.core.align import (
    MAX_KEY_SHARE,
    MIN_COMMON_DF,
    AlignInput,
    Claim,
    _keys,
    join_article,
    pair_score,
)
from app.core.compare import (
    SYNDICATION_RATIO,
    SYNDICATION_SHARE,
    ClaimResult,
    ClaimStatement,
    compare_claim,
    extend_claim,
    syndicated_copies,
)
from app.core.text import STOPWORDS, fold

Key = tuple[int, int]  # (article, statement)


@dataclass(frozen=True, slots=True)
class StoryArticle:
    """An article as alignment reads it: each statement's id, text and content text."""

    article: int
    statements: tuple[tuple[int, str, str], ...]


@dataclass(frozen=True, slots=True)
class Placed:
    """One claim of the story after the new article, in story order.

    ``stored`` is the index (in the ``stored`` list the caller passed) of the claim's
    stored row, or None for a new claim; ``result`` is None when the stored claim is
    unchanged, else its new comparison. A stored claim with a result was extended:
    its stored members, in order, then the new article's statement.
    """

    stored: int | None
    result: ClaimResult | None


@dataclass(frozen=True, slots=True)
class Outcome:
    """The story's claims after the new article, in story order.

    ``gone`` holds the stored indexes whose rows go (merged into another claim, or
    rewritten as a new claim). ``syndicated_from`` holds only the articles whose value
    must be written (None clears it).
    """

    claims: tuple[Placed, ...]
    gone: frozenset[int]
    syndicated_from: dict[int, int | None]


def add_article(
    articles: Sequence[StoryArticle],
    stored: Sequence[Sequence[Key]],
    stored_syndication: Mapping[int, int | None],
    statements: Mapping[Key, ClaimStatement],
    stored_results: Callable[[Sequence[int]], Mapping[int, ClaimResult]],
) -> Outcome:
    """Align the last of ``articles`` (publication order) into the ``stored`` claims.

    ``stored`` lists each stored claim's members as (article, statement) pairs in member
    order, the claims in any order. ``statements`` gives any statement as compare
    takes it (read only for the claims that change); ``stored_results`` gives the
    stored comparison of the stored claims asked for (those the article joins).
    """
    ordered = list(articles)
    new = ordered[-1]
    rank = {a.article: k for k, a in enumerate(ordered)}
    position: dict[Key, float] = {}
    index_of: dict[Key, int] = {}
    for a in ordered:
        n = max(len(a.statements), 1)
        for i, (sid, _, _) in enumerate(a.statements):
            position[(a.article, sid)] = i / n
            index_of[(a.article, sid)] = i

    # The claims as align's loop left them: in the order align created them. The first
    # member of a claim is the statement that started it (a join keeps the first claim).
    creation = sorted(
        range(len(stored)),
        key=lambda c: (rank[stored[c][0][0]], index_of[stored[c][0]]),
    )
    inputs = {
        (a.article, sid): AlignInput(a.article, sid, text)
        for a in ordered
        for sid, _, text in a.statements
    }
    claims = [Claim([inputs[m] for m in stored[c]], [1.0] * len(stored[c])) for c in creation]
    origin: list[int | None] = list(creation)  # claim number -> stored index (None: new)

    # The story's IDF and blocking keys over every statement, as align computes them.
    all_inputs = list(inputs.values())
    words, terms, idf, df = _vocabulary([s.text for s in all_inputs])
    at = {id(s): k for k, s in enumerate(all_inputs)}
    common = max(MIN_COMMON_DF, MAX_KEY_SHARE * len(all_inputs))
    members = [inputs[(new.article, sid)] for sid, _, _ in new.statements]
    keys = {id(s): _keys(s.text, terms[at[id(s)]], df, common) for s in members}
    feats: dict[int, similarity.StatementFeatures] = {}

    def feat(s: AlignInput) -> similarity.StatementFeatures:
        f = feats.get(id(s))
        if f is None:
            ws = words[at[id(s)]]
            f = feats[id(s)] = similarity._build(s.text, ws, similarity._content(ws), idf)
        return f

    # The blocking index, restricted to the keys the new statements hold: the only keys
    # the step looks up, so it answers exactly as align's full index would.
    wanted = set().union(*keys.values()) if keys else set()
    blocking = {k for k in wanted if not k.startswith("\x00") and df[k] <= common}
    whole = {k for k in wanted if k.startswith("\x00")}
    proxies = {" ".join(words[at[id(s)]]) for s in members}
    sizes = {len(words[at[id(s)]]) for s in members}
    index: dict[str, set[int]] = defaultdict(set)
    hits: dict[int, list[str]] = {}  # the keys a text is found by (repeated texts: once)
    for c, claim in enumerate(claims):
        for m in claim.members:
            k = at[id(m)]
            found = hits.get(id(terms[k]))
            if found is None:
                found = hits[id(terms[k])] = list(terms[k] & blocking)
                if whole and len(words[k]) in sizes and " ".join(words[k]) in proxies:
                    found.extend(_keys(m.text, set(), df, common) & whole)
            for key in found:
                index[key].add(c)

    # align's step for one article, on these claims.
    article = new.article
    changed = join_article(
        article, members, claims, index, keys, idf, lambda s, m: pair_score(feat(s), feat(m))
    )
    origin.extend([None] * (len(claims) - len(origin)))
    merged = any(not claims[c].members for c in changed)

    # A claim the article joined (and nothing else) extends its stored comparison.
    extended = {
        c: origin[c]
        for c in changed
        if origin[c] is not None
        and len(claims[c].members) == len(stored[origin[c]]) + 1  # type: ignore[index]
        and claims[c].members[-1].article == article
    }
    earlier = stored_results(sorted(extended.values())) if extended else {}  # type: ignore[type-var]

    # Story order: by median position, ties in creation order (compare_story's stable sort).
    entries: list[tuple[float, Placed]] = []
    for c, claim in enumerate(claims):
        ms = claim.members
        if not ms:
            continue
        pos = statistics.median(position[(m.article, m.statement)] for m in ms)
        if c not in changed:
            entries.append((pos, Placed(origin[c], None)))
            continue
        before = earlier.get(extended[c]) if c in extended else None  # type: ignore[arg-type]
        if before is not None and [(m.article, m.statement) for m in before.members] == [
            (m.article, m.statement) for m in ms[:-1]
        ]:
            result = extend_claim(before, statements[(article, ms[-1].statement)], pos)
            entries.append((pos, Placed(extended[c], result)))
        else:
            result = compare_claim([statements[(m.article, m.statement)] for m in ms], pos)
            entries.append((pos, Placed(None, result)))
    entries.sort(key=lambda e: e[0])
    placed = tuple(p for _, p in entries)
    kept = {p.stored for p in placed}
    gone = frozenset(c for c in range(len(stored)) if c not in kept)

    syndicated: dict[int, int | None] = {}
    text_of = {}
    if merged:
        text_of = {(a.article, sid): text for a in ordered for sid, text, _ in a.statements}
    if merged and _joins_copies(claims, changed, origin, stored, article, text_of):
        # Claims joined with near-verbatim statements on both sides change how much
        # earlier articles share: decide every article again.
        found = syndicated_copies(
            {a.article: (k, a.article) for k, a in enumerate(ordered)},
            {a.article: len(a.statements) for a in ordered},
            (
                [(m.article, m.text) for m in p.result.members]
                if p.result is not None
                else [(m[0], text_of[m]) for m in stored[p.stored]]  # type: ignore[index]
                for p in placed
            ),
        )
        for a in ordered:
            if found.get(a.article) != stored_syndication.get(a.article):
                syndicated[a.article] = found.get(a.article)
    else:
        # Only the new article can be a new copy (it is latest, so nothing copies it): the
        # counts between earlier articles are as they were, and the choice rests on them.
        touched = [p.result for p in placed if p.result is not None]
        syndicated[article] = _copy_of(new.article, len(new.statements), touched, rank)
    return Outcome(placed, gone, syndicated)


def _joins_copies(
    claims: Sequence[Claim],
    changed: set[int],
    origin: Sequence[int | None],
    stored: Sequence[Sequence[Key]],
    article: int,
    text_of: Mapping[Key, str],
) -> bool:
    """Whether a claim the article joined together pairs near-verbatim statements of
    earlier articles that came from different stored claims (new shared counts)."""
    part: dict[Key, int] = {}
    for c in changed:
        if origin[c] is not None:
            part.update(dict.fromkeys(stored[origin[c]], origin[c]))  # type: ignore[index]
    for c in changed:
        members = [m for m in claims[c].members if m.article != article]
        parts = np.array([part.get((m.article, m.statement), -1) for m in members])
        if len(members) < 2 or (parts == parts[0]).all():
            continue  # nothing joined into it
        texts = [fold(text_of[(m.article, m.statement)]) for m in members]
        scores = process.cdist(
            texts, texts, scorer=fuzz.ratio, score_cutoff=SYNDICATION_RATIO, dtype=np.uint8
        )
        if (scores[parts[:, None] != parts[None, :]] > 0).any():
            return True
    return False


def _vocabulary(
    texts: Sequence[str],
) -> tuple[list[list[str]], list[set[str]], dict[str, float], Counter[str]]:
    """Each text's words and content terms, the IDF over them and each term's count.

    The same as `similarity._words`, `_content` and `_idf` text by text, but a text
    repeated in the story (a shared quote, wire copy) is read once and its lists are
    shared, each distinct word is mapped to its term once, and counting is in bulk.
    """
    unique = list(dict.fromkeys(texts))  # a repeated text is read once
    unique_words = [similarity._words(t) for t in unique]
    vocabulary = set(chain.from_iterable(unique_words)) - STOPWORDS
    term_of = {w: similarity.term(w) for w in vocabulary}.get
    unique_terms = []
    for ws in unique_words:
        ts = set(map(term_of, ws))
        ts.discard(None)  # type: ignore[arg-type]
        unique_terms.append(ts)
    slot = {t: u for u, t in enumerate(unique)}
    words = [unique_words[slot[t]] for t in texts]
    terms = [unique_terms[slot[t]] for t in texts]
    df: Counter[str] = Counter(chain.from_iterable(terms))
    n = len(texts)
    idf = {t: math.log((n + 1) / (c + 1)) + 1.0 for t, c in df.items()}
    return words, terms, idf, df  # type: ignore[return-value]


def _copy_of(
    new: int, size: int, claims: Iterable[ClaimResult], rank: dict[int, int]
) -> int | None:
    """`find_syndicated`'s answer for the new article alone: only its own row of scores.

    The same counting and thresholds: pairs (new, other) are counted claim by claim,
    and the most shared earlier article wins, ties to the earliest.
    """
    shared: dict[int, int] = {}
    for claim in claims:
        if len(claim.members) < 2:
            continue
        mine = next((i for i, m in enumerate(claim.members) if m.article == new), None)
        if mine is None:
            continue
        texts = [fold(m.text) for m in claim.members]
        row = process.cdist(
            [texts[mine]], texts, scorer=fuzz.ratio, score_cutoff=SYNDICATION_RATIO, dtype=np.uint8
        )[0]
        for j in np.nonzero(row)[0]:
            if j != mine:
                other = claim.members[j].article
                shared[other] = shared.get(other, 0) + 1
    for original, n in sorted(shared.items(), key=lambda kv: (-kv[1], rank[kv[0]])):
        if rank[original] >= rank[new]:
            continue
        if n >= SYNDICATION_SHARE * max(size, 1):
            return original
    return None
