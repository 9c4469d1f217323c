"""Decide which story a new article belongs to.

An article is reduced to term counts (`term_counts`). Terms come in groups, told
apart by a prefix on the key, so one `Counter` holds them all and profiles still add
up with `Counter.update`:

- content words (stemmed, no prefix): what the story is about;
- names (``N:`` + folded word): capitalised words inside a sentence, not in a
  title-case headline, because two different events of the same kind share
  their vocabulary but not their people, teams and places;
- numbers (``#:`` + the digits): scores, sums, years, counts;
- word pairs (``B:``): adjacent content words ("sixth round", "jamal williams");
- the lead (``L:`` words, ``LN:`` names) from the first sentences, where an
  article says which event it reports.

A document is compared with each *article* of a candidate story (max-link: a story
matches when one of its articles reports the same event), by a logistic model over
the per-group TF-IDF cosines plus three mismatch signals: salient names (said at
least twice) of one article missing from the other, disjoint years, and leads that
name different weekdays ("early Sunday" against "on Tuesday": the two events of a
kind usually happen on different days), and names in one lead (where an article says
who and where) that the other article never mentions. Two articles whose content
words barely meet (cosine below `MIN_WORD_COSINE`) never link, whatever names they
share. A story given only as summed terms (no per-article profiles) counts as one
article.

The weights and the threshold are frozen below. `scripts/fit_stories.py` fitted them
on the odd-numbered ECB+ topics only; the even-numbered topics are the check
(see that script's output); `parallax eval ecbplus` never fits anything.

The caller picks the candidates (the service blocks by rare terms and a date
window) and should pass an IDF built from document frequencies over its archive
(`idf_from_counts`); without one, IDF is estimated from the candidates.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.core.text import MONTHS, STOPWORDS, WEEKDAYS, content_words, stem, tokens, words

NAME_PREFIX = "N:"
NUMBER_PREFIX = "#:"
BIGRAM_PREFIX = "B:"
LEAD_PREFIX = "L:"
LEAD_NAME_PREFIX = "LN:"
_PREFIXES = (LEAD_NAME_PREFIX, LEAD_PREFIX, NAME_PREFIX, NUMBER_PREFIX, BIGRAM_PREFIX)
# Cosine groups, in feature order.
GROUPS = ("", NAME_PREFIX, NUMBER_PREFIX, BIGRAM_PREFIX, LEAD_PREFIX, LEAD_NAME_PREFIX)
FEATURE_NAMES = (
    "words",
    "names",
    "numbers",
    "word_pairs",
    "lead_words",
    "lead_names",
    "salient_names_missing",
    "years_disjoint",
    "lead_weekdays_disjoint",
    "lead_names_missing",
)
LEAD_SENTENCES = 3
_TITLE_CASE_SHARE = 0.5  # a line with more capitalised words than this is a headline
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+|\n+")

# Fitted by scripts/fit_stories.py on ECB+ odd-numbered topics only (see its docstring).
# B-cubed F1 with these and MIN_WORD_COSINE, as `parallax eval ecbplus` clusters: odd
# topics (fitted) 0.891, even topics (never seen by the fit) 0.941, all topics 0.911.
_INTERCEPT = -0.4795
_WEIGHTS: tuple[float, ...] = (
    2.1508,
    2.9163,
    4.3027,
    4.6197,
    2.5494,
    1.2094,
    -1.4839,
    -0.6819,
    -1.2566,
    -1.0137,
)
MATCH_THRESHOLD = 0.5
# Two articles whose content words barely meet are not one story, whatever names they
# share ("Barack Obama" in a piece on endangered species and in one on a surgeon general):
# a link needs at least this content-word cosine. Fitted by scripts/fit_stories.py as the
# 0.5% quantile, over the odd-topic documents, of the cosine to their closest earlier
# article of the same sub-topic (the link max-link matching uses).
MIN_WORD_COSINE = 0.115


@dataclass(frozen=True, slots=True)
class StoryProfile:
    """A story as matching sees it: summed `term_counts` of its articles, and optionally
    each article's own `term_counts` (better: matching is then per article), and how
    many days lie between the document and the story's nearest dated article (None
    when either is undated)."""

    story: int
    terms: Mapping[str, float]
    articles: Sequence[Mapping[str, float]] = field(default=())
    days_apart: float | None = None


# The new-story prior rises with the time between a report and a story: the score
# loses this much per 30 days (a fixed prior, not fitted: ECB+ documents carry no
# dates). Two fires in one region three weeks apart are two stories, not one.
DAYS_PENALTY_PER_30 = 0.1


def date_penalty(days_apart: float | None) -> float:
    """What a gap of `days_apart` days costs a candidate's score.

    >>> date_penalty(None), date_penalty(0), round(date_penalty(15), 3)
    (0.0, 0.0, 0.05)
    """
    return 0.0 if days_apart is None else DAYS_PENALTY_PER_30 * abs(days_apart) / 30.0


def _names_and_numbers(text: str, counts: Counter[str], name_prefix: str, numbers: bool) -> None:
    for line in text.splitlines():
        toks = tokens(line)
        if not toks:
            continue
        title_case = sum(1 for t in toks if t.text[:1].isupper()) > _TITLE_CASE_SHARE * len(toks)
        for i, tok in enumerate(toks):
            first = tok.text[:1]
            if first.isdigit():
                if numbers:
                    counts[NUMBER_PREFIX + tok.norm] += 1
            elif first.isupper() and not title_case and i > 0 and len(tok.text) > 1:
                if line[toks[i - 1].end : tok.start].strip() in (".", "!", "?"):
                    continue  # sentence-initial: capitalised by position, not a name
                if tok.norm not in STOPWORDS:
                    counts[name_prefix + tok.norm] += 1


def lead(text: str, sentences: int = LEAD_SENTENCES) -> str:
    """The first few sentences of a text (headline lines count as sentences).

    >>> lead("Title here.\\nOne. Two! Three? Four.", 3)
    'Title here. One. Two!'
    """
    parts = [p for p in _SENTENCE_END_RE.split(text.strip()) if p.strip()]
    return " ".join(parts[:sentences])


def term_counts(text: str) -> Counter[str]:
    """Content words, plus names (``N:``), numbers (``#:``), word pairs (``B:``) and the
    lead's words and names (``L:``, ``LN:``) as their own terms.

    >>> c = term_counts("Angels offer Teixeira $160 million. The Angels made the offer.")
    >>> c["N:angels"], c["#:160"], c["offer"], c["B:offer teixeira"], c["L:offer"]
    (1, 1, 2, 1, 2)
    """
    counts: Counter[str] = Counter()
    for line in text.splitlines():  # words never span lines: one pass gives words and pairs
        ws = [stem(w) for w in words(line) if w not in STOPWORDS]
        counts.update(ws)
        counts.update(BIGRAM_PREFIX + a + " " + b for a, b in zip(ws, ws[1:], strict=False))
    _names_and_numbers(text, counts, NAME_PREFIX, numbers=True)
    head = lead(text)
    counts.update(LEAD_PREFIX + w for w in content_words(head))
    _names_and_numbers(head, counts, LEAD_NAME_PREFIX, numbers=False)
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
    for prefix in _PREFIXES:
        if term.startswith(prefix):
            return prefix
    return ""


@dataclass(frozen=True, slots=True)
class Prepared:
    """One article's (or story's) weighted vectors per group, computed once per IDF."""

    vectors: dict[str, dict[str, float]]
    norms: dict[str, float]
    salient: dict[str, float]  # names said at least twice -> weight
    terms: Mapping[str, float]
    years: frozenset[str]
    lead_weekdays: frozenset[str] = frozenset()  # weekdays named in the lead: when it happened
    lead_names: dict[str, float] = field(default_factory=dict)  # who and where, by the lead -> IDF


def prepare(p: Mapping[str, float], idf: Mapping[str, float]) -> Prepared:
    """Group vectors (sublinear TF x IDF), their norms and the mismatch evidence."""
    vectors: dict[str, dict[str, float]] = {g: {} for g in GROUPS}
    salient: dict[str, float] = {}
    years = set()
    weekdays = set()
    lead_names: dict[str, float] = {}
    for t, x in p.items():
        if x <= 0:
            continue
        g = _group(t)
        v = (1 + math.log(x)) * idf.get(t, 1.0)
        vectors[g][t] = v
        if g == NAME_PREFIX and x >= 2:
            salient[t] = v
        elif g == NUMBER_PREFIX and len(t) == 6 and t[2:4] in ("19", "20"):
            years.add(t)
        elif g == LEAD_NAME_PREFIX:
            name = t[len(LEAD_NAME_PREFIX) :]
            if name in WEEKDAYS:
                weekdays.add(t)
            elif name not in MONTHS:
                lead_names[name] = idf.get(NAME_PREFIX + name, 1.0)
    norms = {g: math.sqrt(sum(v * v for v in vec.values())) for g, vec in vectors.items()}
    return Prepared(vectors, norms, salient, p, frozenset(years), frozenset(weekdays), lead_names)


def _cos(a: Prepared, b: Prepared, g: str) -> float:
    va, vb = a.vectors[g], b.vectors[g]
    if len(va) > len(vb):
        va, vb = vb, va
    dot = sum(x * vb.get(t, 0.0) for t, x in va.items())
    return dot / (a.norms[g] * b.norms[g]) if dot else 0.0


def _missing(a: Prepared, b: Prepared) -> float:
    total = sum(a.salient.values())
    if not total:
        return 0.0
    return sum(v for t, v in a.salient.items() if t not in b.terms) / total


def pair_vector(a: Prepared, b: Prepared) -> tuple[float, ...]:
    """The pair's feature values in `FEATURE_NAMES` order (symmetric in a and b)."""
    return (
        *(_cos(a, b, g) for g in GROUPS),
        _missing(a, b) + _missing(b, a),
        _disjoint(a.years, b.years),
        _disjoint(a.lead_weekdays, b.lead_weekdays),
        max(_lead_missing(a, b), _lead_missing(b, a)),
    )


def _lead_missing(a: Prepared, b: Prepared) -> float:
    """IDF-weighted share of the names in a's lead that b never mentions."""
    total = sum(a.lead_names.values())
    if not total:
        return 0.0
    gone = sum(
        v
        for n, v in a.lead_names.items()
        if NAME_PREFIX + n not in b.terms and LEAD_NAME_PREFIX + n not in b.terms
    )
    return gone / total


def _disjoint(a: frozenset[str], b: frozenset[str]) -> float:
    """1.0 when both name some (years, weekdays) and none in common: different dates."""
    return 1.0 if a and b and not (a & b) else 0.0


def pair_score(a: Prepared, b: Prepared) -> float:
    """Probability-like score in [0, 1] that two articles report the same event."""
    if a.terms == b.terms:
        return 1.0  # the same text
    features = pair_vector(a, b)
    if features[0] < MIN_WORD_COSINE:
        return 0.0  # too few content words in common to be one event
    z = _INTERCEPT
    for w, x in zip(_WEIGHTS, features, strict=True):
        z += w * x
    if z < -30.0:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def similarity(a: Mapping[str, float], b: Mapping[str, float], idf: Mapping[str, float]) -> float:
    """`pair_score` of two term profiles, 0..1."""
    return pair_score(prepare(a, idf), prepare(b, idf))


def cosine(a: Mapping[str, float], b: Mapping[str, float], idf: Mapping[str, float]) -> float:
    """TF-IDF cosine over all terms of two profiles (sublinear term frequency)."""
    va = {t: (1 + math.log(x)) * idf.get(t, 1.0) for t, x in a.items() if x > 0}
    vb = {t: (1 + math.log(y)) * idf.get(t, 1.0) for t, y in b.items() if y > 0}
    if len(va) > len(vb):
        va, vb = vb, va
    dot = sum(x * vb.get(t, 0.0) for t, x in va.items())
    if not dot:
        return 0.0
    return dot / (
        math.sqrt(sum(x * x for x in va.values())) * math.sqrt(sum(y * y for y in vb.values()))
    )


def story_score(doc: Prepared, articles: Sequence[Prepared]) -> float:
    """How likely the document reports the story's event: its best match among the articles."""
    return max((pair_score(doc, a) for a in articles), default=0.0)


def best_story(
    doc: Mapping[str, float],
    candidates: Sequence[StoryProfile],
    idf: Mapping[str, float] | None = None,
    threshold: float = MATCH_THRESHOLD,
) -> tuple[int, float] | None:
    """The candidate story most like the document, if it is alike enough.

    `doc` and the candidates' terms come from `term_counts`; `idf` should come from
    the archive's document frequencies (`idf_from_counts`). A candidate with
    `articles` is matched article by article; otherwise its summed `terms` stand in
    for one article.
    """
    if not candidates:
        return None
    if idf is None:
        idf = idf_from([a for c in candidates for a in (c.articles or (c.terms,))] + [doc])
    stories = [(c.story, [prepare(a, idf) for a in (c.articles or (c.terms,))]) for c in candidates]
    penalties = {c.story: date_penalty(c.days_apart) for c in candidates}
    return choose(prepare(doc, idf), stories, threshold, penalties)


def choose(
    doc: Prepared,
    stories: Sequence[tuple[int, Sequence[Prepared]]],
    threshold: float = MATCH_THRESHOLD,
    penalties: Mapping[int, float] | None = None,
) -> tuple[int, float] | None:
    """The best (story, score) among prepared stories if it reaches `threshold`; ties go
    to the lower story id. `penalties` (story -> amount, from `date_penalty`) are taken
    off a story's score first."""
    if not stories:
        return None
    penalties = penalties or {}
    score, story = max(
        ((story_score(doc, arts) - penalties.get(sid, 0.0), sid) for sid, arts in stories),
        key=lambda s: (s[0], -s[1]),
    )
    return (story, score) if score >= threshold else None
