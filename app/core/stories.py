"""Decide which story a new article belongs to.

Each story is summarised by the summed term counts of its articles
(`StoryProfile.terms`). Terms come in three groups, told apart by a prefix on the
key so one `Counter` holds them all and profiles still add up with
`Counter.update`:

- content words (stemmed, no prefix): what the story is about;
- names (``N:`` + folded word): capitalised words inside a sentence, not in a
  title-case headline, because two different events of the same kind share
  their vocabulary but not their people, teams and places;
- numbers (``#:`` + the digits): scores, sums, years, counts.

A document is compared with each candidate story by TF-IDF cosine within each
group, and the three similarities are mixed with fixed weights. The caller picks
the candidates (the service blocks by rare terms and a date window) and should
pass an IDF built from document frequencies over its archive (`idf_from_counts`);
without one, IDF is estimated from the candidates, which is weak when they are few.

Weights and the threshold are fixed here; they were chosen on the ECB+ training
topics (`parallax eval ecbplus`), never fitted to the data being scored.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.core.text import STOPWORDS, content_words, tokens

MATCH_THRESHOLD = 0.22
NAME_PREFIX = "N:"
NUMBER_PREFIX = "#:"
# Mix of the per-group cosines: words, names, numbers.
GROUP_WEIGHTS = {"": 0.4, NAME_PREFIX: 0.4, NUMBER_PREFIX: 0.2}
_TITLE_CASE_SHARE = 0.5  # a line with more capitalised words than this is a headline


@dataclass(frozen=True, slots=True)
class StoryProfile:
    """A story as matching sees it: summed `term_counts` of its articles."""

    story: int
    terms: Mapping[str, float]


def term_counts(text: str) -> Counter[str]:
    """Content words, plus names (``N:``) and numbers (``#:``) as their own terms.

    >>> c = term_counts("Angels offer Teixeira $160 million. The Angels made the offer.")
    >>> c["N:angels"], c["#:160"], c["offer"]
    (1, 1, 2)
    """
    counts: Counter[str] = Counter(content_words(text))
    for line in text.splitlines():
        toks = tokens(line)
        if not toks:
            continue
        title_case = sum(1 for t in toks if t.text[:1].isupper()) > _TITLE_CASE_SHARE * len(toks)
        for i, tok in enumerate(toks):
            first = tok.text[:1]
            if first.isdigit():
                counts[NUMBER_PREFIX + tok.norm] += 1
            elif first.isupper() and not title_case and i > 0 and len(tok.text) > 1:
                if line[toks[i - 1].end : tok.start].strip() in (".", "!", "?"):
                    continue  # sentence-initial: capitalised by position, not a name
                if tok.norm not in STOPWORDS:
                    counts[NAME_PREFIX + tok.norm] += 1
    return counts


def idf_from_counts(document_frequency: Mapping[str, int], documents: int) -> dict[str, float]:
    """Smoothed IDF from how many of `documents` contain each term (an archive statistic)."""
    n = documents
    return {t: math.log((n + 1) / (c + 0.5)) + 1.0 for t, c in document_frequency.items()}


def idf_from(profiles: Sequence[Mapping[str, float]]) -> dict[str, float]:
    """Inverse document frequency of terms over a set of profiles."""
    df: Counter[str] = Counter()
    for p in profiles:
        df.update(p.keys())
    return idf_from_counts(df, len(profiles))


def _group(term: str) -> str:
    if term.startswith(NAME_PREFIX):
        return NAME_PREFIX
    if term.startswith(NUMBER_PREFIX):
        return NUMBER_PREFIX
    return ""


def _vectors(p: Mapping[str, float], idf: Mapping[str, float]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {g: {} for g in GROUP_WEIGHTS}
    for t, x in p.items():
        if x > 0:
            out[_group(t)][t] = (1 + math.log(x)) * idf.get(t, 1.0)
    return out


def _cos(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(x * b.get(t, 0.0) for t, x in a.items())
    if not dot:
        return 0.0
    na = math.sqrt(sum(x * x for x in a.values()))
    nb = math.sqrt(sum(y * y for y in b.values()))
    return dot / (na * nb)


def similarity(a: Mapping[str, float], b: Mapping[str, float], idf: Mapping[str, float]) -> float:
    """Weighted mix of the word, name and number TF-IDF cosines of two profiles, 0..1."""
    va, vb = _vectors(a, idf), _vectors(b, idf)
    return sum(w * _cos(va[g], vb[g]) for g, w in GROUP_WEIGHTS.items())


def cosine(a: Mapping[str, float], b: Mapping[str, float], idf: Mapping[str, float]) -> float:
    """TF-IDF cosine over all terms of two profiles (sublinear term frequency)."""
    return _cos(
        {t: (1 + math.log(x)) * idf.get(t, 1.0) for t, x in a.items() if x > 0},
        {t: (1 + math.log(y)) * idf.get(t, 1.0) for t, y in b.items() if y > 0},
    )


def best_story(
    doc: Mapping[str, float],
    candidates: Sequence[StoryProfile],
    idf: Mapping[str, float] | None = None,
    threshold: float = MATCH_THRESHOLD,
) -> tuple[int, float] | None:
    """The candidate story most like the document, if it is alike enough.

    `doc` and the candidates' terms come from `term_counts`; `idf` should come from
    the archive's document frequencies (`idf_from_counts`).
    """
    if not candidates:
        return None
    if idf is None:
        idf = idf_from([c.terms for c in candidates] + [doc])
    scored = [(similarity(doc, c.terms, idf), c.story) for c in candidates]
    score, story = max(scored, key=lambda s: (s[0], -s[1]))
    return (story, score) if score >= threshold else None
