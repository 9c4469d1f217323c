"""Add one article to a story's stored comparison without recomputing the whole story.

`app.core.align.align` takes a story's articles one at a time, in publication
order, and each article's statements join (or start) claims. The claims stored
after the last upload are the state that loop had reached, so when the new article
is the latest one, the loop's step for that article can be run alone on the stored
claims: the same blocking keys, pair scores, best-first pairing and joining of
claims. The one difference from a full recompute: earlier decisions were taken with
the word weights (IDF) of the story as it was then, and a full recompute takes them
all with today's weights, so a pair near the threshold can fall either side. Tests
hold the two within a few per cent of each other. Only the
claims the article touches are compared again (`compare_claim`); every other claim
keeps its stored status, conflicts and diffs and only moves in the story order.

What this reads from every statement is cheap (its words, for the story's IDF and
blocking keys); the expensive parts (pair features, claim comparison) touch only
the new article and the claims it can join. The caller falls back to a full
recompute when the new article is not the latest in publication order.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

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
    ArticleInput,
    ClaimResult,
    compare_claim,
    find_syndicated,
)
from app.core.text import fold


@dataclass(frozen=True, slots=True)
class Outcome:
    """The story's claims after the new article, in story order.

    Each entry of ``claims`` is either an int (the index, in the ``stored`` list the
    caller passed, of a claim that is unchanged) or a new `ClaimResult` (a claim the
    article joined, claims it joined together, or its own new claims). ``replaced``
    holds the stored indexes that are gone or rewritten. ``syndicated_from`` holds
    only the articles whose value must be written (None clears it).
    """

    claims: tuple[int | ClaimResult, ...]
    replaced: frozenset[int]
    syndicated_from: dict[int, int | None]


def add_article(
    articles: Sequence[ArticleInput],
    stored: Sequence[Sequence[tuple[int, int]]],
    stored_syndication: dict[int, int | None],
) -> Outcome:
    """Align the last article of ``articles`` (publication order) into ``stored`` claims.

    ``articles`` are all of the story's articles, the new one last, in the order
    `compare_story` would take them; ``stored`` lists each stored claim's members as
    (article, statement) pairs in member order, the claims in any order.
    """
    ordered = list(articles)
    new = ordered[-1]
    rank = {a.article: k for k, a in enumerate(ordered)}
    lookup = {(st.article, st.statement): st for a in ordered for st in a.statements}
    position: dict[tuple[int, int], float] = {}
    index_of: dict[tuple[int, int], int] = {}
    for a in ordered:
        n = max(len(a.statements), 1)
        for i, st in enumerate(a.statements):
            position[(st.article, st.statement)] = i / n
            index_of[(st.article, st.statement)] = i

    # The claims as align's loop left them: in the order align created them. The first
    # member of a claim is the statement that started it (a join keeps the first claim).
    creation = sorted(
        range(len(stored)),
        key=lambda c: (rank[stored[c][0][0]], index_of[stored[c][0]]),
    )
    inputs = {key: AlignInput(key[0], key[1], st.content_text) for key, st in lookup.items()}
    claims = [Claim([inputs[m] for m in stored[c]], [1.0] * len(stored[c])) for c in creation]
    origin: list[int | None] = list(creation)  # claim number -> stored index (None: new)

    # The story's IDF and blocking keys over every statement, as align computes them.
    all_inputs = [inputs[(st.article, st.statement)] for a in ordered for st in a.statements]
    words = {id(s): similarity._words(s.text) for s in all_inputs}
    contents = {k: similarity._content(ws) for k, ws in words.items()}
    idf = similarity._idf(contents.values())
    df: Counter[str] = Counter()
    terms = {k: set(c) for k, c in contents.items()}
    for ts in terms.values():
        df.update(ts)
    common = max(MIN_COMMON_DF, MAX_KEY_SHARE * len(all_inputs))
    members = [inputs[(st.article, st.statement)] for st in new.statements]
    keys = {id(s): _keys(s.text, terms[id(s)], df, common) for s in members}
    feats: dict[int, similarity.StatementFeatures] = {}

    def feat(s: AlignInput) -> similarity.StatementFeatures:
        f = feats.get(id(s))
        if f is None:
            f = feats[id(s)] = similarity._build(s.text, words[id(s)], contents[id(s)], idf)
        return f

    # The blocking index, restricted to the keys the new statements hold: the only keys
    # the step looks up, so it answers exactly as align's full index would.
    wanted = set().union(*keys.values()) if keys else set()
    whole = {k for k in wanted if k.startswith("\x00")}
    proxies = {" ".join(words[id(s)]) for s in members}
    index: dict[str, set[int]] = defaultdict(set)
    for c, claim in enumerate(claims):
        for m in claim.members:
            for t in terms[id(m)] & wanted:
                if df[t] <= common:
                    index[t].add(c)
            if whole and " ".join(words[id(m)]) in proxies:
                for k in _keys(m.text, set(), df, common) & whole:
                    index[k].add(c)

    # align's step for one article, on these claims.
    article = new.article
    changed = join_article(
        article, members, claims, index, keys, idf, lambda s, m: pair_score(feat(s), feat(m))
    )
    origin.extend([None] * (len(claims) - len(origin)))
    merged = any(not claims[c].members for c in changed)

    # Story order: by median position, ties in creation order (compare_story's stable sort).
    entries: list[tuple[float, int | ClaimResult]] = []
    results: list[ClaimResult] = []
    for c, claim in enumerate(claims):
        ms = claim.members
        if not ms:
            continue
        pos = statistics.median(position[(m.article, m.statement)] for m in ms)
        if c in changed:
            result = compare_claim([lookup[(m.article, m.statement)] for m in ms], pos)
            entries.append((pos, result))
            results.append(result)
        else:
            entries.append((pos, origin[c]))  # type: ignore[arg-type]
    entries.sort(key=lambda e: e[0])
    replaced = frozenset(origin[c] for c in changed if origin[c] is not None)  # type: ignore[misc]

    syndicated: dict[int, int | None] = {}
    if merged:
        # Joined claims can change which earlier articles copy which: decide all again.
        everything = [
            e if isinstance(e, ClaimResult) else _as_result(stored[e], lookup) for _, e in entries
        ]
        found = find_syndicated(ordered, everything)
        for a in ordered:
            if found.get(a.article) != stored_syndication.get(a.article):
                syndicated[a.article] = found.get(a.article)
    else:
        # Only the new article can be a new copy; it is latest, so nothing copies it.
        touched = [r for _, r in entries if isinstance(r, ClaimResult)]
        syndicated[article] = _copy_of(new, touched, rank)
    return Outcome(tuple(e for _, e in entries), replaced, syndicated)


def _copy_of(new: ArticleInput, claims: Sequence[ClaimResult], rank: dict[int, int]) -> int | None:
    """`find_syndicated`'s answer for the new article alone: only its own row of scores.

    The same counting, order and thresholds: pairs (new, other) are counted claim by
    claim in story order, and the most shared earlier article wins, ties to the first seen.
    """
    shared: dict[int, int] = {}
    for claim in claims:
        if len(claim.members) < 2:
            continue
        mine = next((i for i, m in enumerate(claim.members) if m.article == new.article), None)
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
    for original, n in sorted(shared.items(), key=lambda kv: -kv[1]):
        if rank[original] >= rank[new.article]:
            continue
        if n >= SYNDICATION_SHARE * max(len(new.statements), 1):
            return original
    return None


def _as_result(members: Sequence[tuple[int, int]], lookup: dict) -> ClaimResult:  # type: ignore[type-arg]
    """A stand-in with the members only (syndication reads nothing else)."""
    return ClaimResult(tuple(lookup[m] for m in members), "single", (), 0, (), 0.0)
