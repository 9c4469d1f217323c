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
extended from its stored comparison (`app.core.compare.extend_claim`, from the
claim's stored `ClaimState` once it is large); every other claim keeps its stored
status, conflicts and diffs and only moves in the story order. What this reads of
the story is its `Summary`, stored with it and brought up to date by each upload: the
articles, each term's number of statements (the story's IDF and blocking keys), and
each claim's members, place and distinct terms (its blocking keys), never a text.
Texts are asked for (in batches) only for the new article, the first members of the
claims it is scored against, and the claims it joins. The caller falls back to a full
recompute when the new article is not the latest in publication order, and makes the
summary from every statement's stored keys (`summarize`) when there is none.

The stored terms are `similarity.terms` as it stood when they were written: a change
to how words map to terms must clear them and the summaries made from them
(``UPDATE statement SET terms = NULL, whole = NULL``, ``UPDATE claim SET terms =
NULL`` and ``DELETE FROM alignment_summary``, in a migration), and the next upload into
each story fills them again.
"""

from __future__ import annotations

import base64
import hashlib
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any, ClassVar, NamedTuple

import numpy as np
from rapidfuzz import fuzz, process

from app.core import similarity
from app.core.align import (
    MAX_KEY_SHARE,
    MEMBERS_COMPARED,
    MIN_COMMON_DF,
    AlignInput,
    Claim,
    PairScores,
    _candidates,
    _keys,
    containment_evidence,
    join_article,
)
from app.core.compare import (
    SYNDICATION_RATIO,
    SYNDICATION_SHARE,
    ClaimResult,
    ClaimStatement,
    compare_claim,
    extend_claim,
    same_source,
    syndicated_copies,
)
from app.core.text import fold

Key = tuple[int, int]  # (article, statement)


@dataclass(frozen=True, slots=True)
class StoryArticle:
    """An article as the step reads it: each statement's id and stored keys, in order.

    Each statement is (id, terms, whole) with terms and whole as `statement_keys` gives
    them for its content; texts are asked for only where they are read (the new
    article, the claims it can join).
    """

    article: int
    statements: tuple[tuple[int, str, str], ...]


class SummaryClaim(NamedTuple):
    """One stored claim as an upload reads it: never its members' texts.

    ``members`` are (article, statement, the statement's index in its article) in
    member order; ``position`` is where compare places the claim in the story (the
    median of its members' places); ``terms`` are its members' distinct stored terms
    (`statement_keys`), sorted and space-separated, from which the blocking index is
    built. ``claim`` is the stored claim's id. (A named tuple: a story has thousands,
    made on every upload.)
    """

    claim: int
    members: Sequence[Sequence[int]]
    position: float
    terms: str


@dataclass(frozen=True, slots=True)
class Summary:
    """What an upload reads of a story instead of every statement's row.

    ``articles`` holds (article, number of statements) in publication order; ``df``
    each term's number of statements; ``claims`` the stored claims in the order align
    created them (by their first member: its article's rank, then its index). Stored
    with the story and brought up to date by each upload (`Outcome.summary`); made
    from every statement's keys by `summarize` when there is none.
    """

    articles: tuple[tuple[int, int], ...]
    df: Mapping[str, int]
    claims: tuple[SummaryClaim, ...]

    VERSION: ClassVar[int] = (
        2  # raised when what a summary holds changes: older ones are made again
    )

    def to_json(self) -> dict[str, Any]:
        """JSON for `from_json`; each claim's terms are not in it (kept with the claim).

        The bulk (every term's count, every claim's id, place and members) is packed as
        little-endian arrays in base64: thousands of small JSON lists cost far more to
        read and write than the story step itself.
        """
        members = [x for c in self.claims for m in c.members for x in m]
        return {
            "version": self.VERSION,
            "articles": [list(a) for a in self.articles],
            "terms": " ".join(self.df),
            "df": _pack(np.fromiter(self.df.values(), "<i8", len(self.df))),
            "claims": _pack(np.array([c.claim for c in self.claims], "<i8")),
            "positions": _pack(np.array([c.position for c in self.claims], "<f8")),
            "sizes": _pack(np.array([len(c.members) for c in self.claims], "<i8")),
            "members": _pack(np.array(members, "<i8")),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any], terms: Mapping[int, str | None]) -> Summary | None:
        """The summary `to_json` gave, with each claim's ``terms`` (by claim id), or None
        for one of another version, or one whose claims are not those given."""
        if data.get("version") != cls.VERSION:
            return None
        ids = _unpack(data["claims"], "<i8")
        if len(ids) != len(terms) or any(terms.get(claim) is None for claim in ids):
            return None
        flat = _unpack(data["members"], "<i8")
        triples = list(zip(flat[0::3], flat[1::3], flat[2::3], strict=True))
        claims = []
        at = 0
        for claim, position, size in zip(
            ids, _unpack(data["positions"], "<f8"), _unpack(data["sizes"], "<i8"), strict=True
        ):
            claims.append(SummaryClaim(claim, triples[at : at + size], position, terms[claim]))  # type: ignore[arg-type]
            at += size
        words = data["terms"].split()
        return cls(
            tuple((a, n) for a, n in data["articles"]),
            dict(zip(words, _unpack(data["df"], "<i8"), strict=True)),
            tuple(claims),
        )


def _pack(values: np.ndarray) -> str:
    return base64.b64encode(values.tobytes()).decode("ascii")


def _unpack(text: str, dtype: str) -> list[Any]:
    return np.frombuffer(base64.b64decode(text), dtype).tolist()  # type: ignore[no-any-return]


def summarize(
    articles: Sequence[StoryArticle], claims: Iterable[tuple[int, Sequence[Key]]]
) -> Summary:
    """The `Summary` of stored claims, from every statement's stored keys.

    ``articles`` in publication order; ``claims`` as (claim id, members as (article,
    statement) in member order), in any order. Each claim is placed where compare
    places it: the median of its members' places (index / statements of the article).
    """
    place: dict[Key, tuple[int, float, str, str]] = {}
    for a in articles:
        n = max(len(a.statements), 1)
        for i, (sid, ts, whole) in enumerate(a.statements):
            place[(a.article, sid)] = (i, i / n, ts, whole)
    rank = {a.article: k for k, a in enumerate(articles)}
    df: Counter[str] = Counter(" ".join(p[2] for p in place.values()).split())
    out = []
    for claim, members in claims:
        held = [place[m] for m in members]
        out.append(
            SummaryClaim(
                claim,
                tuple((a, s, p[0]) for (a, s), p in zip(members, held, strict=True)),
                statistics.median(p[1] for p in held),
                _union(p[2] for p in held),
            )
        )
    out.sort(key=lambda c: (rank[c.members[0][0]], c.members[0][2]))
    return Summary(tuple((a.article, len(a.statements)) for a in articles), dict(df), tuple(out))


def _union(parts: Iterable[str]) -> str:
    """Space-separated words of several such strings: each once, sorted."""
    return " ".join(sorted(set(" ".join(parts).split())))


@dataclass(frozen=True, slots=True)
class Placed:
    """One claim of the story after the new article, in story order.

    ``stored`` is the index (in the summary's ``claims``) of the claim's stored row, or
    None for a new claim; ``result`` is None when the stored claim is unchanged, else
    its new comparison. A stored claim with a result was extended: its stored members,
    in order, then the new article's statement.
    """

    stored: int | None
    result: ClaimResult | None


@dataclass(frozen=True, slots=True)
class Outcome:
    """The story's claims after the new article, in story order.

    ``gone`` holds the stored indexes whose rows go (merged into another claim, or
    rewritten as a new claim). ``syndicated_from`` holds only the articles whose value
    must be written (None clears it). ``summary`` is the story's summary after the
    article: a claim stored anew has ``claim`` = -1 - its index in ``claims``.
    """

    claims: tuple[Placed, ...]
    gone: frozenset[int]
    syndicated_from: dict[int, int | None]
    summary: Summary


def statement_keys(content: str) -> tuple[str, str]:
    """What an upload reads of a stored statement instead of its text (see `add_article`).

    Its content's distinct terms (sorted, space-separated), from which the story's IDF
    and blocking keys are counted, and a digest of its whole-text blocking key.

    >>> statement_keys("Troops left the bridge; the troops said so.")[0]
    'bridg leav soldier'
    """
    (whole,) = _keys(content, set(), {}, 0)
    return " ".join(sorted(set(similarity.terms(content)))), _digest(whole)


def _digest(key: str) -> str:
    return hashlib.blake2b(key.encode(), digest_size=16).hexdigest()


def add_article(
    summary: Summary,
    new: StoryArticle,
    same_text: Mapping[str, Collection[int]],
    stored_syndication: Mapping[int, int | None],
    statements: Callable[[Collection[Key]], Mapping[Key, ClaimStatement]],
    stored_results: Callable[[Sequence[int]], Mapping[int, ClaimResult]],
) -> Outcome:
    """Align ``new``, the latest article in publication order, into the stored claims.

    ``summary`` describes the story before it; ``same_text`` gives, for a whole-text
    digest of a new statement, the stored claims (by id) holding a statement with the
    same digest (`statement_keys`). ``statements`` gives the statements
    asked for, as compare takes them (asked once per step for each batch it reads);
    ``stored_results`` gives the stored comparison of the stored claims asked for (by
    their index in the summary's claims: those the article joins).
    """
    article = new.article
    sizes = (*summary.articles, (article, len(new.statements)))
    rank = {a: k for k, (a, _) in enumerate(sizes)}
    count = {a: max(n, 1) for a, n in sizes}
    known: dict[Key, ClaimStatement] = {}

    def load(keys: Iterable[Key]) -> None:
        missing = {k for k in keys if k not in known}
        if missing:
            known.update(statements(missing))

    # The story's IDF and blocking keys over every statement, as align computes them.
    df = dict(summary.df)
    for t in " ".join(ts for _, ts, _ in new.statements).split():
        df[t] = df.get(t, 0) + 1
    total = sum(n for _, n in sizes)
    # Weights for the terms the step reads: the new statements' and, once the claims
    # they are scored against are known, theirs (`_build` weighs no other term).
    idf = _idf_of({t: df[t] for _, ts, _ in new.statements for t in ts.split()}, total)
    common = max(MIN_COMMON_DF, MAX_KEY_SHARE * total)
    mine = [(article, sid) for sid, _, _ in new.statements]
    load(mine)
    members = [
        AlignInput(article, sid, known[(article, sid)].alignment_text, lead=k == 0)
        for k, (_, sid) in enumerate(mine)
    ]
    keys = {
        id(s): _keys(s.text, set(ts.split()), df, common)
        for s, (_, ts, _) in zip(members, new.statements, strict=True)
    }

    # The claims as align's loop left them: in the order align created them.
    created = summary.claims

    # The blocking index, restricted to the keys the new statements hold: the only keys
    # the step looks up, so it answers exactly as align's full index would. A stored
    # statement is found by a whole-text key through its digest.
    wanted = set().union(*keys.values()) if keys else set()
    blocking = {k for k in wanted if not k.startswith("\x00") and df[k] <= common}
    index: dict[str, set[int]] = defaultdict(set)
    for c, sc in enumerate(created):
        for key in blocking.intersection(sc.terms.split()):
            index[key].add(c)
    number = {sc.claim: c for c, sc in enumerate(created)}
    for key in wanted:
        if key.startswith("\x00"):
            for claim_id in same_text.get(_digest(key), ()):
                index[key].add(number[claim_id])

    # Only the claims the new statements are scored against are built with their
    # statements' texts; scoring reads the first MEMBERS_COMPARED members of each.
    arrays: dict[str, np.ndarray] = {}  # align's posting arrays, valid while the index is unchanged
    found = [_candidates(keys[id(s)], index, idf, arrays) for s in members]
    candidates = set(chain.from_iterable(found))
    idf.update(_idf_of({t: df[t] for c in candidates for t in created[c].terms.split()}, total))
    load((a, sid) for c in candidates for a, sid, _ in created[c].members[:MEMBERS_COMPARED])
    unread = Claim()  # never read: the step touches only candidate claims and its own
    claims = [unread] * len(created)
    for c in candidates:
        claims[c] = Claim(
            [
                AlignInput(
                    a,
                    sid,
                    known[(a, sid)].alignment_text if i < MEMBERS_COMPARED else "",
                    lead=index == 0,
                )
                for i, (a, sid, index) in enumerate(created[c].members)
            ],
            [1.0] * len(created[c].members),
        )
    origin: list[int | None] = list(range(len(created)))  # claim number -> stored index

    # Scored as align scores: every pair bounded at once, only those that can reach the
    # threshold scored in full; statements with the same text share features and scores.
    compared = members + [m for c in candidates for m in claims[c].members[:MEMBERS_COMPARED]]
    texts = list(dict.fromkeys(s.text for s in compared))
    split = [similarity._words(t) for t in texts]
    table = similarity.FeatureTable(split, idf)
    score = PairScores(texts, split, table, compared, containment_evidence(total))

    # align's step for one article, on these claims.
    def cited(s: AlignInput, m: AlignInput) -> bool | None:
        return same_source(known[(s.article, s.statement)], known[(m.article, m.statement)])

    changed = join_article(
        article, members, claims, index, keys, idf, score, found, prepare=score.prepare, cited=cited
    )
    origin.extend([None] * (len(claims) - len(origin)))
    merged = any(not claims[c].members for c in changed)

    # A claim the article joined (and nothing else) extends its stored comparison.
    extended: dict[int, int] = {}
    for c in changed:
        o = origin[c]
        if (
            o is not None
            and len(claims[c].members) == len(created[o].members) + 1
            and claims[c].members[-1].article == article
        ):
            extended[c] = o
    earlier = stored_results(sorted(extended.values())) if extended else {}
    afresh: dict[int, list[Key]] = {}
    for c in changed:
        ms = [(m.article, m.statement) for m in claims[c].members]
        before = earlier.get(extended[c]) if c in extended else None
        if ms and (before is None or [(m.article, m.statement) for m in before.members] != ms[:-1]):
            afresh[c] = ms
    load(chain.from_iterable(afresh.values()))

    # Where each member of a changed claim stands in its article, and which stored
    # claims its members came from (a claim only grows, or takes in another whole).
    index_of: dict[Key, int] = {(article, sid): i for i, (sid, _, _) in enumerate(new.statements)}
    owner: dict[Key, int] = {}
    for c in changed:
        o = origin[c]
        if o is not None:
            for a, sid, i in created[o].members:
                index_of[(a, sid)] = i
                owner[(a, sid)] = o
    new_terms = {(article, sid): ts for sid, ts, _ in new.statements}

    # Story order: by median position, ties in creation order (compare_story's stable sort).
    entries: list[tuple[float, Placed, int]] = []
    for c, claim in enumerate(claims):
        if c not in changed:
            entries.append((created[c].position, Placed(origin[c], None), c))
            continue
        inputs = claim.members
        if not inputs:
            continue
        pos = statistics.median(
            index_of[(m.article, m.statement)] / count[m.article] for m in inputs
        )
        if c in afresh:
            result = compare_claim([known[k] for k in afresh[c]], pos)
            entries.append((pos, Placed(None, result), c))
        else:
            before = earlier[extended[c]]
            result = extend_claim(before, known[(article, inputs[-1].statement)], pos)
            entries.append((pos, Placed(extended[c], result), c))
    entries.sort(key=lambda e: e[0])
    placed = tuple(p for _, p, _ in entries)
    kept = {p.stored for p in placed}
    gone = frozenset(c for c in range(len(created)) if c not in kept)

    # The summary after the article: changed claims anew, in creation order.
    at = {c: k for k, (_, _, c) in enumerate(entries)}
    after: list[SummaryClaim] = []
    for c, claim in enumerate(claims):
        if c not in changed:
            after.append(created[c])
            continue
        if not claim.members:
            continue
        ms = [(m.article, m.statement) for m in claim.members]
        sources = {owner[k] for k in ms if k in owner}
        fresh = [new_terms[k] for k in ms if k in new_terms]
        p = placed[at[c]]
        after.append(
            SummaryClaim(
                created[p.stored].claim if p.stored is not None else -1 - at[c],
                tuple((a, sid, index_of[(a, sid)]) for a, sid in ms),
                entries[at[c]][0],
                _union(chain((created[o].terms for o in sources), fresh)),
            )
        )
    summary_after = Summary(sizes, dict(df), tuple(after))

    syndicated: dict[int, int | None] = {}
    text_of: dict[Key, str] = {}
    if merged:
        joined = [
            (m.article, m.statement)
            for c in changed
            for m in claims[c].members
            if m.article != article
        ]
        load(joined)
        text_of = {k: known[k].text for k in joined}
    if merged and _joins_copies(claims, changed, origin, created, article, text_of):
        # Claims joined with near-verbatim statements on both sides change how much
        # earlier articles share: decide every article again.
        every = [(a, sid) for sc in created for a, sid, _ in sc.members]
        load(every)
        text_of = {k: known[k].text for k in every}
        copies = syndicated_copies(
            {a: (k, a) for k, (a, _) in enumerate(sizes)},
            dict(sizes),
            (
                [(m.article, m.text) for m in p.result.members]
                if p.result is not None
                else [(a, text_of[(a, sid)]) for a, sid, _ in created[p.stored].members]  # type: ignore[index]
                for p in placed
            ),
        )
        for a, _ in sizes:
            if copies.get(a) != stored_syndication.get(a):
                syndicated[a] = copies.get(a)
    else:
        # Only the new article can be a new copy (it is latest, so nothing copies it): the
        # counts between earlier articles are as they were, and the choice rests on them.
        touched = [p.result for p in placed if p.result is not None]
        syndicated[article] = _copy_of(article, len(new.statements), touched, rank)
    return Outcome(placed, gone, syndicated, summary_after)


def _joins_copies(
    claims: Sequence[Claim],
    changed: set[int],
    origin: Sequence[int | None],
    stored: Sequence[SummaryClaim],
    article: int,
    text_of: Mapping[Key, str],
) -> bool:
    """Whether a claim the article joined together pairs near-verbatim statements of
    earlier articles that came from different stored claims (new shared counts)."""
    part: dict[Key, int] = {}
    for c in changed:
        if origin[c] is not None:
            part.update({(a, sid): origin[c] for a, sid, _ in stored[origin[c]].members})  # type: ignore[index,misc]
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


def _vocabulary(terms: Sequence[str]) -> tuple[Counter[str], dict[str, float]]:
    """The story's term counts from its statements' stored terms (`statement_keys`).

    Returns each term's document frequency and the IDF over them: the same as
    `similarity.build_idf` over the statements' texts, with each statement's terms
    read from storage instead of tokenising its text again. (Each stored string holds
    a statement's distinct terms, so counting words counts statements.)
    """
    df: Counter[str] = Counter(" ".join(terms).split())
    return df, _idf_of(df, len(terms))


def _idf_of(df: Mapping[str, int], n: int) -> dict[str, float]:
    """`similarity`'s IDF from each term's number of statements, of ``n`` statements."""
    return {t: similarity.idf_weight(c, n) for t, c in df.items()}


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
