"""Decide whether two statements report the same thing, from lexical evidence only.

Each statement is reduced once to a `StatementFeatures` (folded words, stemmed
content terms with IDF weights, numbers, negation), so scoring a pair costs two
rapidfuzz calls and a few set operations. Ten pair features are combined by a
logistic model whose weights were fitted by `scripts/fit_similarity.py` on the
MSRP *training* split only, with cross-validation, and are frozen below; nothing
is fitted at run time.

>>> same_statement("The militias agreed to halt their attacks on Israel.",
...                "Militias are suspending their attacks against Israel.")
True
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from app.core.text import NUMBER_WORDS, STOPWORDS, fold, stem

# Small, general synonym groups for news wording (not fitted to any data set);
# every member maps to the group's first word.
_SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("halt", "stop", "suspend", "pause", "freeze", "cease"),
    ("attack", "strike", "operation", "assault", "raid"),
    ("tell", "announce", "declare"),
    ("monitor", "observe", "watch"),
    ("distance", "afar"),
    ("buy", "purchase", "acquire"),
    ("rise", "increase", "climb", "gain", "jump", "rally"),
    ("fall", "drop", "decline", "slip", "sink", "tumble"),
    ("begin", "start", "launch"),
    ("kill", "slay"),
    ("big", "large"),
    ("faction", "militia"),
    ("allow", "permit"),
    ("help", "aid", "assist"),
    ("show", "indicate", "reveal"),
    ("plan", "intend"),
)

_NEGATIONS = frozenset({"not", "no", "never", "nobody", "none", "nothing", "neither", "nor"})
# As app.core.text's words, but ASCII apostrophes only (text is folded first when not
# ASCII); numbers such as "1,520.15" stay one token.
_WORD_RE = re.compile(r"\w+(?:'\w+)*(?:[.,]\d+)*")
# Spelled numbers; "one" is left out because it is far more often a pronoun.
_SPELLED = {w: float(v) for w, v in NUMBER_WORDS.items() if v > 1}


def _forms(word: str) -> set[str]:
    """The stems of a word's common inflections, so a group catches 'halted', 'halts'."""
    base = word[:-1] if word.endswith("e") else word
    inflected = (word, word + "s", word + "es", word + "d", word + "ed", base + "ing")
    return {stem(w) for w in inflected} | {word}


def _synonym_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for group in _SYNONYM_GROUPS:
        head = stem(group[0])
        for member in group:
            for form in _forms(member):
                table.setdefault(form, head)
    return table


_SYNONYMS = _synonym_table()


@lru_cache(maxsize=131072)
def term(word: str) -> str:
    """The key a folded word is compared and weighted by: its stem, synonyms merged.

    >>> term("suspending") == term("halted") == term("stops")
    True
    """
    s = stem(word)
    return _SYNONYMS.get(s, s)


def _prior(word: str) -> float:
    """Generic IDF guess for a word no corpus has seen: longer and numeric are rarer."""
    if word[0].isdigit():
        return 6.0
    return 2.0 + 0.35 * min(len(word), 12)


class _PriorIdf(Mapping[str, float]):
    """A Mapping over every term, computed from the word's shape."""

    def __getitem__(self, key: str) -> float:
        return _prior(key) if key else 0.0

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and bool(key)


_DEFAULT_IDF = _PriorIdf()


def default_idf() -> Mapping[str, float]:
    """A word-weight prior usable when no corpus is at hand (longer words weigh more)."""
    return _DEFAULT_IDF


@dataclass(slots=True)
class StatementFeatures:
    """What pair scoring needs from one statement, computed once; treat it as immutable.

    Not a frozen dataclass: one is built for every statement, and a frozen dataclass's
    __init__ (object.__setattr__ per field) costs several times more. N-grams are kept as their hashes:
    cheaper to build and to hold, and they are only compared within one process (str
    hashes are salted per process, so never store them).
    """

    text: str
    norm: str  # folded words joined by single spaces
    sorted_norm: str  # the same words sorted, for a token-sort ratio
    words: frozenset[str]
    trigrams: frozenset[int]
    weights: dict[str, float]  # content term -> IDF weight
    mass: float
    term_bigrams: frozenset[int]
    numbers: frozenset[float]
    negated: bool
    length: int


_DIGITS = frozenset("0123456789")
_HAS_DIGIT = re.compile(r"\d").search


def _words(text: str) -> list[str]:
    # app.core.text.fold maps typography character by character; ASCII only needs casefold.
    return _WORD_RE.findall(text.casefold() if text.isascii() else fold(text))


def _number(word: str) -> float | None:
    try:
        return float(word.replace(",", ""))
    except ValueError:  # "2nd", "3d"
        return None


def terms(text: str) -> list[str]:
    """The content terms of a text, as `features` weights them (keys of an IDF map)."""
    return [term(w) for w in _words(text) if w not in STOPWORDS]


def _content(ws: list[str]) -> list[str]:
    return [term(w) for w in ws if w not in STOPWORDS]


def _idf(contents: Iterable[list[str]]) -> dict[str, float]:
    df: Counter[str] = Counter()
    n = 0
    for content in contents:
        n += 1
        df.update(set(content))
    return {t: math.log((n + 1) / (c + 1)) + 1.0 for t, c in df.items()}


def build_idf(texts: Iterable[str]) -> dict[str, float]:
    """Smoothed IDF over a collection of statements, keyed like `terms`.

    >>> idf = build_idf(["militias halt attacks", "militias observe", "talks"])
    >>> idf[term("militias")] < idf[term("observe")]
    True
    """
    return _idf(_content(_words(text)) for text in texts)


def _build(
    text: str, ws: list[str], content: list[str], idf: Mapping[str, float] | None
) -> StatementFeatures:
    wordset = frozenset(ws)
    if idf is None:
        weights = {t: _prior(t) for t in content}
    else:
        get = idf.get
        weights = {t: get(t) or _prior(t) for t in content}
    norm = " ".join(ws)
    if _HAS_DIGIT(norm):
        numbers = {v for w in ws if w[0] in _DIGITS and (v := _number(w)) is not None}
    else:
        numbers = set()
    spelled = wordset & _SPELLED.keys()
    if spelled:
        numbers.update(_SPELLED[w] for w in spelled)
    negations = len(wordset & _NEGATIONS) + norm.count("n't")
    return StatementFeatures(
        text,
        norm,
        " ".join(sorted(ws)),
        wordset,
        frozenset(map(hash, zip(ws, ws[1:], ws[2:], strict=False))),
        weights,
        sum(weights.values()),
        frozenset(map(hash, zip(content, content[1:], strict=False))),
        frozenset(numbers),
        negations % 2 == 1,
        len(ws),
    )


def features(text: str, idf: Mapping[str, float] | None = None) -> StatementFeatures:
    """Precompute a statement's comparison features; terms missing from `idf` get the prior."""
    ws = _words(text)
    return _build(text, ws, _content(ws), idf)


def featurize(texts: Iterable[str]) -> list[StatementFeatures]:
    """Features for a collection of statements, weighted by IDF over that same collection.

    The same as `features(t, build_idf(texts))` for each text, tokenising each text once.
    """
    items = list(texts)
    split = [_words(text) for text in items]
    contents = [_content(ws) for ws in split]
    idf = _idf(contents)
    return [_build(t, ws, c, idf) for t, ws, c in zip(items, split, contents, strict=True)]


FEATURE_NAMES: tuple[str, ...] = (
    "ratio",  # rapidfuzz ratio on the folded words
    "token_sort_ratio",
    "weighted_dice",  # IDF-weighted overlap of content terms
    "word_min_cover",  # shared words / words of the longer statement
    "trigram_dice",  # word order kept verbatim
    "term_bigram_dice",
    "numbers_differ",  # both carry numbers and they disagree
    "length_ratio",
    "unmatched_mass",  # log of the IDF weight the longer statement has unmatched
    "negation_differs",
)


def pair_vector(a: StatementFeatures, b: StatementFeatures) -> tuple[float, ...]:
    """The pair's feature values, in `FEATURE_NAMES` order (symmetric in a and b)."""
    ratio, dice, cover, numbers_differ, length_ratio, unmatched, negation = _first(a, b)
    sorted_ratio, trigram, bigram = _second(a, b, dice, cover)
    return (
        ratio,
        sorted_ratio,
        dice,
        cover,
        trigram,
        bigram,
        numbers_differ,
        length_ratio,
        unmatched,
        negation,
    )


def _first(a: StatementFeatures, b: StatementFeatures) -> tuple[float, ...]:
    """The cheaper features, in FEATURE_NAMES order: enough to bound the score."""
    wa, wb = a.weights, b.weights
    if len(wa) > len(wb):
        wa, wb = wb, wa
    shared = 0.0
    for t, v in wa.items():
        u = wb.get(t)
        if u is not None:
            shared += v if v < u else u
    ma, mb = a.mass, b.mass
    total = ma + mb
    dice = 2.0 * shared / total if total else 1.0

    common = len(a.words & b.words)
    longest = max(len(a.words), len(b.words))
    cover = common / longest if longest else 1.0

    na, nb = a.numbers, b.numbers
    numbers_differ = 1.0 - len(na & nb) / len(na | nb) if na and nb else 0.0
    la, lb = a.length, b.length
    return (
        fuzz.ratio(a.norm, b.norm) / 100.0,
        dice,
        cover,
        numbers_differ,
        min(la, lb) / max(la, lb) if la and lb else 1.0,
        math.log1p(max(ma, mb) - shared),
        1.0 if a.negated != b.negated else 0.0,
    )


def _second(
    a: StatementFeatures, b: StatementFeatures, dice: float, cover: float
) -> tuple[float, float, float]:
    """token_sort_ratio, trigram_dice and term_bigram_dice: the dearer features."""
    ta, tb = a.trigrams, b.trigrams
    n3 = len(ta) + len(tb)
    trigram = 2.0 * len(ta & tb) / n3 if n3 else cover
    ba, bb = a.term_bigrams, b.term_bigrams
    n2 = len(ba) + len(bb)
    bigram = 2.0 * len(ba & bb) / n2 if n2 else dice
    return fuzz.ratio(a.sorted_norm, b.sorted_norm) / 100.0, trigram, bigram


# Fitted by scripts/fit_similarity.py on msr_paraphrase_train.txt only (L2 = 1, IDF over the
# file's sentences); the threshold maximises F1 + accuracy on out-of-fold scores. 5-fold CV on
# that file (pooled): F1 0.834, accuracy 0.759.
_INTERCEPT = -5.3192
_WEIGHTS: tuple[float, ...] = (
    4.8522, 2.9047, 2.5583, 2.9637, -1.4013, -2.6619, -0.8188, 1.7293, -0.7134, -1.2771,
)  # fmt: skip
SAME_THRESHOLD: float = 0.46


# The most the dearer features (token_sort_ratio, trigram_dice, term_bigram_dice) can add
# to the score's logit. Each lies in [0, 1]; the word-sorted text is as long as the text,
# so token_sort_ratio is at most what the two lengths allow, as ratio is.
_SORTED_WEIGHT = max(_WEIGHTS[1], 0.0)
_NGRAM_MOST = max(_WEIGHTS[4], 0.0) + max(_WEIGHTS[5], 0.0)


def score(a: StatementFeatures, b: StatementFeatures, floor: float = 0.0) -> float:
    """Probability-like score in [0, 1] that two statements carry the same content.

    With a ``floor``, a pair whose score cannot reach it is not scored in full: the
    value returned is then below ``floor`` but not exact. Alignment only asks whether a
    pair reaches its threshold, and most candidate pairs cannot, so it passes one.
    """
    if a.norm == b.norm:
        return 1.0
    r, dice, cover, numbers_differ, length_ratio, unmatched, negation = _first(a, b)
    w = _WEIGHTS
    if floor > 0.0:
        la, lb = len(a.norm), len(b.norm)
        most = _INTERCEPT + w[0] * r + _SORTED_WEIGHT * (2.0 * min(la, lb) / (la + lb))
        most += _NGRAM_MOST + w[2] * dice + w[3] * cover + w[6] * numbers_differ
        most += w[7] * length_ratio + w[8] * unmatched + w[9] * negation
        if most < _logit(floor) - 1e-9:  # the margin covers rounding: never cut a reachable pair
            return 0.0 if most < -30.0 else 1.0 / (1.0 + math.exp(-most))
    sorted_ratio, trigram, bigram = _second(a, b, dice, cover)
    # Summed in FEATURE_NAMES order, as the weights were fitted.
    z = _INTERCEPT + w[0] * r + w[1] * sorted_ratio + w[2] * dice + w[3] * cover
    z = z + w[4] * trigram + w[5] * bigram + w[6] * numbers_differ + w[7] * length_ratio
    z = z + w[8] * unmatched + w[9] * negation
    if z < -30.0:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=64)
def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def same_statement(a: str, b: str) -> bool:
    """Whether two statements report the same thing, with the default word prior."""
    return score(features(a), features(b)) >= SAME_THRESHOLD
