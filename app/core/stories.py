"""Decide which story a new article belongs to.

Each story is summarised by the term counts of its articles. A new article is
compared with candidate stories by TF-IDF cosine over content words, with names
and numbers counting extra, because two different events of the same kind
share their vocabulary but not their people, places and figures.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.core.text import content_words, tokens

MATCH_THRESHOLD = 0.22
NAME_WEIGHT = 2.0


@dataclass(frozen=True, slots=True)
class StoryProfile:
    """A story as matching sees it: how often each term occurs in its articles."""

    story: int
    terms: Mapping[str, float]


def term_counts(text: str) -> Counter[str]:
    """Content words, plus capitalised names and numbers counted again."""
    counts: Counter[str] = Counter(content_words(text))
    for i, tok in enumerate(tokens(text)):
        if tok.text[:1].isupper() and i > 0 and len(tok.text) > 1 or tok.text[:1].isdigit():
            counts[tok.norm] += NAME_WEIGHT
    return counts


def idf_from(profiles: Sequence[Mapping[str, float]]) -> dict[str, float]:
    """Inverse document frequency of terms over a set of profiles."""
    df: Counter[str] = Counter()
    for p in profiles:
        df.update(p.keys())
    n = len(profiles)
    return {t: math.log((n + 1) / (c + 0.5)) + 1.0 for t, c in df.items()}


def cosine(a: Mapping[str, float], b: Mapping[str, float], idf: Mapping[str, float]) -> float:
    """TF-IDF cosine similarity of two term profiles (sublinear term frequency)."""
    if len(a) > len(b):
        a, b = b, a
    dot = 0.0
    for t, x in a.items():
        y = b.get(t)
        if y:
            w = idf.get(t, 1.0) ** 2
            dot += (1 + math.log(x)) * (1 + math.log(y)) * w
    if not dot:
        return 0.0
    na = math.sqrt(sum(((1 + math.log(x)) * idf.get(t, 1.0)) ** 2 for t, x in a.items()))
    nb = math.sqrt(sum(((1 + math.log(y)) * idf.get(t, 1.0)) ** 2 for t, y in b.items()))
    return dot / (na * nb)


def best_story(
    doc: Mapping[str, float],
    candidates: Sequence[StoryProfile],
    idf: Mapping[str, float] | None = None,
    threshold: float = MATCH_THRESHOLD,
) -> tuple[int, float] | None:
    """The candidate story most like the document, if it is alike enough."""
    if not candidates:
        return None
    if idf is None:
        idf = idf_from([c.terms for c in candidates] + [doc])
    scored = [(cosine(doc, c.terms, idf), c.story) for c in candidates]
    score, story = max(scored)
    return (story, score) if score >= threshold else None
