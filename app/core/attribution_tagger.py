"""A learned sequence tagger for attribution spans (PolNeAR style), used beside the rules.

A linear-chain CRF (python-crfsuite) labels every word token of an article as the
beginning or inside of a source, cue or content span, or none (BIO over S/Q/C). Its
features are local and cheap (each word type's strings are built once and cached): the
word, its suffix and shape, the words and shapes either side (two words out, and the
bigrams), whether it is quoted, whether its sentence holds a quote, where it sits in its
sentence and how far the sentence end is, how far the nearest cue word is on either side,
the role the rule-based frames (``attribution.frames``) gave it and its neighbours, and
what WordNet says of it and its neighbours (``wordnet``: base form, and the classes of
its verb and noun senses, so a cue train never showed can look like one it did).
Decoding is the Viterbi path, then a none-token whose likeliest role is probable enough
joins that role (``O_WEIGHT``). The model is fitted on PolNeAR *train* only by
``scripts/fit_attribution_crf.py`` and shipped frozen as ``attribution_crf.model`` next to
this file; the dev and test splits are never read.

This module only labels and groups spans; ``attribution`` decides how its relations
join the rules' frames (a reporting frame the rules found always wins).
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from app.core import wordnet

MODEL_PATH = Path(__file__).with_name("attribution_crf.model")

Span = tuple[int, int]

TOKEN_RE = re.compile(r"\w+(?:['\u2019.&-]\w+)*|''|``|\S")
_QUOTES = frozenset('"\u201c\u201d\u00ab\u00bb\u201e')
_ENDS = frozenset(".!?")
ROLE_CODE = {"source": "S", "cue": "Q", "content": "C"}


def tokens(text: str) -> list[tuple[int, int]]:
    """Token offsets of a whole text (words and single punctuation marks)."""
    return [m.span() for m in TOKEN_RE.finditer(text)]


@lru_cache(maxsize=65536)
def _shape(tok: str) -> str:
    c = tok[0]
    if c.isdigit():
        return "d"
    if c.isalpha():
        if tok.isupper() and len(tok) > 1:
            return "A"
        return "X" if c.isupper() else "x"
    if c in _QUOTES or tok in ("''", "``"):
        return "q"
    return tok if c in ",.:;?!()\u2014-" else "p"


def _bucket(d: int) -> str:
    return "1" if d == 1 else "2" if d == 2 else "3" if d <= 5 else "6" if d <= 12 else "f"


@dataclass(frozen=True, slots=True)
class _Word:
    """The feature strings a word type contributes, built once per type: as the token
    itself, and as the word one or two to the left or right of it. Each holds the word,
    its WordNet base form (``wordnet``), and its WordNet classes: the first verb sense's,
    which of its first three verb senses are communication, cognition or emotion, and the
    first noun sense's (two words out, only the first verb sense's); the token itself also
    gets its suffix."""

    own: tuple[str, ...]
    left: tuple[str, ...]
    right: tuple[str, ...]
    left2: tuple[str, ...]
    right2: tuple[str, ...]


_SAYING = ("communication", "cognition", "emotion")
_EDGE_LEFT = ("^", "lm-1=^")  # before the first token
_EDGE_RIGHT = ("$", "lm+1=$")


@lru_cache(maxsize=8192)  # about 10 MB when full: a worker's memory stays bounded
def _word(low: str) -> _Word:
    base = low
    first: tuple[str, ...] = ()
    classes: tuple[str, ...] = ()
    if low[:1].isalpha():
        base = wordnet.lemma(low)
        verb = wordnet.verb_classes(low)
        noun = wordnet.noun_class(low)
        first = ("vl=verb." + verb[0],) if verb else ()
        classes = (
            *first,
            *("va=verb." + c for c in _SAYING if c in verb),
            *(("nl=noun." + noun,) if noun else ()),
        )
    return _Word(
        ("w=" + low, "s=" + low[-3:], "lm=" + base, *classes),
        ("w-1=" + low, "lm-1=" + base, *("-" + f for f in classes)),
        ("w+1=" + low, "lm+1=" + base, *("+" + f for f in classes)),
        ("w-2=" + low, *("-2" + f for f in first)),
        ("w+2=" + low, *("+2" + f for f in first)),
    )


# Feature strings for small numbers, built once: position in the sentence (0, 1-3, 4+),
# tokens to the sentence end, distance to the nearest cue word left and right (0: none).
_POS = ["p=0", "p=1", "p=1", "p=1", "p=2"]
_END = ["e=" + _bucket(d) for d in range(14)]
_LEFT = ["cl=n"] + ["cl=" + _bucket(d) for d in range(1, 14)]
_RIGHT = ["cr=n"] + ["cr=" + _bucket(d) for d in range(1, 14)]


def features(
    text: str, toks: Sequence[Span], rule_roles: Sequence[str], cue_words: frozenset[str]
) -> list[list[str]]:
    """One feature list per token; ``rule_roles`` holds 'S', 'Q', 'C' or 'O' per token."""
    n = len(toks)
    words = [text[a:b] for a, b in toks]
    low = [w.lower() for w in words]
    shapes = [_shape(w) for w in words]
    # Paragraph starts, sentence numbers, and the cue words (lexicon or the rules' cues).
    para_start = [i == 0 or "\n" in text[toks[i - 1][1] : toks[i][0]] for i in range(n)]
    cue_at = [low[i] in cue_words or rule_roles[i] == "Q" for i in range(n)]
    # Sentence numbers: a sentence ends after . ! ? and the quote marks that close it.
    sent_of = [0] * n
    sent_pos = [0] * n
    k = 0
    ended = False
    for i in range(n):
        # A quote mark right after the full stop (no space between) still closes its sentence.
        closing = ended and shapes[i] == "q" and toks[i][0] == toks[i - 1][1]
        if i and (para_start[i] or (ended and not closing)):
            k += 1
        sent_of[i] = k
        sent_pos[i] = sent_pos[i - 1] + 1 if i and sent_of[i - 1] == k else 0
        ended = words[i] in _ENDS or closing
    left = [0] * n  # distance to the nearest cue word before, in the sentence (0: none)
    last = -1
    for i in range(n):
        if i and sent_of[i] != sent_of[i - 1]:
            last = -1
        left[i] = i - last if last >= 0 else 0
        if cue_at[i]:
            last = i
    right = [0] * n
    to_end = [0] * n  # tokens to the end of the sentence
    nxt = -1
    end = n
    for i in range(n - 1, -1, -1):
        if i + 1 < n and sent_of[i] != sent_of[i + 1]:
            nxt = -1
            end = i + 1
        right[i] = nxt - i if nxt >= 0 else 0
        to_end[i] = end - i
        if cue_at[i]:
            nxt = i
    rule_sent = set()
    quote_sent = set()
    for i in range(n):
        if rule_roles[i] == "Q":
            rule_sent.add(sent_of[i])
        if shapes[i] == "q":
            quote_sent.add(sent_of[i])
    wf = [_word(w) for w in low]
    roles = ["^", *rule_roles, "$"]  # roles[i + 1] is token i's role; the ends padded
    out: list[list[str]] = []
    quoted = False
    for i in range(n):
        w = low[i]
        if para_start[i]:
            quoted = False
        is_quote = shapes[i] == "q"
        r = rule_roles[i]
        hp = shapes[i - 1] if i else "^"
        hn = shapes[i + 1] if i + 1 < n else "$"
        f = [
            "b",
            *wf[i].own,
            *(wf[i - 1].left if i else _EDGE_LEFT),
            *(wf[i + 1].right if i + 1 < n else _EDGE_RIGHT),
            *(wf[i - 2].left2 if i > 1 else ("^",)),
            *(wf[i + 2].right2 if i + 2 < n else ("$",)),
            "h=" + shapes[i],
            f"h3={hp}{shapes[i]}{hn}",
            "r=" + r,
            f"rp={roles[i]}{r}",
            f"rn={r}{roles[i + 2]}",
            f"b-1={low[i - 1] if i else '^'}|{w}",
            f"b+1={w}|{low[i + 1] if i + 1 < n else '$'}",
            _POS[min(sent_pos[i], 4)],
            _END[min(to_end[i], 13)],
            _LEFT[min(left[i], 13)],
            _RIGHT[min(right[i], 13)],
        ]
        if sent_of[i] in rule_sent:
            f.append("rs")
        if sent_of[i] in quote_sent:
            f.append("qs")
        if quoted and not is_quote:
            f.append("inq")
        if para_start[i]:
            f.append("para")
        if cue_at[i]:
            f.append("lc")
            f.append("lcr=" + r)
        if i and cue_at[i - 1]:
            f.append("lc-1")
        if i + 1 < n and cue_at[i + 1]:
            f.append("lc+1")
        out.append(f)
        if is_quote:
            quoted = not quoted
    return out


@lru_cache(maxsize=1)
def _tagger():
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    return tagger


def available() -> bool:
    return MODEL_PATH.exists()


_LOCK = threading.Lock()  # one crfsuite tagger holds per-call state; workers share it

# Posterior decoding: a token the Viterbi path leaves outside every span takes its likeliest
# role when that role's marginal probability beats O_WEIGHT times the probability of none
# (more recall for a little precision); chosen on held-out train
# (``scripts/fit_attribution_crf.py --holdout 4``).
O_WEIGHT = 0.6

# The BIO labels in the order the optional network (``attribution_network``) scores them,
# and that network's share when its probabilities are averaged with the CRF's marginals.
LABELS = ("O", "B-S", "I-S", "B-Q", "I-Q", "B-C", "I-C")
NETWORK_WEIGHT = 0.5


def decode(
    feats: list[list[str]],
    cue_ranges: Sequence[tuple[int, int]] = (),
    o_weight: float | None = None,
    network: np.ndarray | None = None,
) -> tuple[list[str], list[float]]:
    """BIO labels for one article's token features from the frozen model (see ``O_WEIGHT``),
    and for each token range [lo, hi) in ``cue_ranges`` the highest probability that one of
    its tokens is part of a cue. One pass: the marginals come from the tagged sequence.
    With ``network`` (``attribution_network``'s probabilities, one row per token over
    ``LABELS``), the labels come from the blend instead (``blend``)."""
    if not feats:
        return [], [0.0] * len(cue_ranges)
    weight = O_WEIGHT if o_weight is None else o_weight
    tagger = _tagger()
    if network is not None:
        with _LOCK:
            tagger.set(feats)
            marginals = np.array(
                [[tagger.marginal(y, i) for y in LABELS] for i in range(len(feats))]
            )
        return blend(marginals, network, cue_ranges, weight)
    with _LOCK:
        labels = tagger.tag(feats)
        marginal = tagger.marginal
        roles = [y for y in tagger.labels() if y != "O"]
        floor = 1.0 / (1.0 + weight)
        for i, lab in enumerate(labels):
            if lab != "O":
                continue
            p_none = marginal("O", i)
            if p_none >= floor:
                continue
            best, p_best = max(((y, marginal(y, i)) for y in roles), key=lambda t: t[1])
            if p_best > weight * p_none:
                labels[i] = best
        probs = [
            max((marginal("B-Q", k) + marginal("I-Q", k) for k in range(lo, hi)), default=0.0)
            for lo, hi in cue_ranges
        ]
    return labels, probs


def blend(
    marginals: np.ndarray,
    network: np.ndarray,
    cue_ranges: Sequence[tuple[int, int]] = (),
    o_weight: float = O_WEIGHT,
) -> tuple[list[str], list[float]]:
    """Labels and cue probabilities (as ``decode``) from the CRF's marginals averaged with
    the network's probabilities (``NETWORK_WEIGHT`` the network's share): each token takes
    its likeliest role when that beats ``o_weight`` times the probability of none, then a
    run that would open with I- opens with B-. Chosen on a quarter of train held out
    (``scripts/fit_attribution_network.py``): weight 0.5, O weight 0.6 for the int8 model."""
    probs = (1 - NETWORK_WEIGHT) * marginals + NETWORK_WEIGHT * network
    labels = []
    for row in probs:
        best = int(np.argmax(row[1:])) + 1
        labels.append(LABELS[best] if row[best] > o_weight * row[0] else "O")
    for i, lab in enumerate(labels):
        if lab[0] == "I" and (i == 0 or labels[i - 1][2:] != lab[2:]):
            labels[i] = "B" + lab[1:]
    cue = [
        max((float(probs[k, 3] + probs[k, 4]) for k in range(lo, hi)), default=0.0)
        for lo, hi in cue_ranges
    ]
    return labels, cue


def tag(feats: list[list[str]], o_weight: float | None = None) -> list[str]:
    """BIO labels for one article's token features (``decode`` without cue probabilities)."""
    return decode(feats, (), o_weight)[0]


def spans(labels: Sequence[str], toks: Sequence[Span]) -> list[tuple[str, int, int]]:
    """(role code, first token, last token) runs from BIO labels."""
    out: list[tuple[str, int, int]] = []
    cur: list | None = None
    for i, lab in enumerate(labels):
        if lab == "O":
            cur = None
            continue
        bio, role = lab.split("-")
        if cur is not None and bio == "I" and cur[0] == role:
            cur[2] = i
            continue
        cur = [role, i, i]
        out.append(cur)  # type: ignore[arg-type]
    return [(r, a, b) for r, a, b in out]


def paragraph_numbers(text: str, toks: Sequence[Span]) -> list[int]:
    """Each token's paragraph, counted from 0: a line break between two tokens starts one."""
    out: list[int] = []
    p = prev = 0
    for a, b in toks:
        if "\n" in text[prev:a]:
            p += 1
        out.append(p)
        prev = b
    return out


# Runs join a cue of their own sentences before the nearest of their paragraph (off: the
# paragraph only, as before session 17; `scripts/fit_attribution_crf.py` compares both).
GROUP_BY_SENTENCE = True


def group(
    text: str,
    toks: Sequence[Span],
    runs: Sequence[tuple[str, int, int]],
    sentence_starts: Sequence[int] = (),
) -> list[tuple[Span | None, Span, tuple[Span, ...]]]:
    """Relations (source, cue, contents) from labelled runs: every cue heads one relation;
    a source or content joins the nearest cue of the sentences it spans (given
    `sentence_starts`, character offsets, and ``GROUP_BY_SENTENCE``), else of its
    paragraph, a content with no cue in its paragraph continues the previous relation; of
    a cue's content runs only those chained to the run nearest it stay (``_content_chain``).

    The sentence comes first where a paragraph holds several reports: in "..., the outlet
    reported. As YWN reported last week, Iran suffered ... According to the report, the
    militias ...", 'Iran suffered ...' ends next to 'According to' but is what YWN
    reported (held-out train, `scripts/fit_attribution_crf.py --holdout 4`, and dev: content
    F1 up, nothing down)."""
    para_of = paragraph_numbers(text, toks)
    sentence_of = (
        [bisect_right(sentence_starts, a) - 1 for a, _ in toks]
        if sentence_starts and GROUP_BY_SENTENCE
        else []
    )
    runs = _split_at_paragraphs(runs, para_of)
    cues = [(a, b) for r, a, b in runs if r == "Q"]
    if not cues:
        return []
    sources: dict[int, list[tuple[int, int]]] = {k: [] for k in range(len(cues))}
    contents: dict[int, list[tuple[int, int]]] = {k: [] for k in range(len(cues))}
    by_para: dict[int, list[int]] = {}
    for k, (x, _) in enumerate(cues):
        by_para.setdefault(para_of[x], []).append(k)
    last_cue = -1
    for r, a, b in runs:
        if r == "Q":
            last_cue += 1
            continue
        same = by_para.get(para_of[a], [])
        if len(same) > 1 and sentence_of:  # the cues of the run's own sentences first
            inside = [
                k for k in same if sentence_of[a] <= sentence_of[cues[k][0]] <= sentence_of[b]
            ]
            same = inside or same
        if same:
            k = min(same, key=lambda k: min(abs(cues[k][0] - b), abs(a - cues[k][1])))
        elif r == "C" and last_cue >= 0:
            k = last_cue
        else:
            continue
        (sources if r == "S" else contents)[k].append((a, b))
    out = []
    for k, (a, b) in enumerate(cues):
        src = None
        if sources[k]:
            src = min(sources[k], key=lambda s: min(abs(s[0] - b), abs(a - s[1])))
        runs_k = _content_chain(text, toks, sorted(contents[k]), (a, b), src)
        content = tuple((toks[x][0], toks[y][1]) for x, y in runs_k)
        span = (toks[src[0]][0], toks[src[1]][1]) if src else None
        out.append((span, (toks[a][0], toks[b][1]), content))
    return out


def _split_at_paragraphs(
    runs: Sequence[tuple[str, int, int]], para_of: Sequence[int]
) -> list[tuple[str, int, int]]:
    """Source and cue runs end at a paragraph break ('Carla Sanchez.' | 'Rajoy said'); a
    content run may go on (a quotation that spans paragraphs)."""
    out: list[tuple[str, int, int]] = []
    for r, a, b in runs:
        if r != "C":
            for t in range(a + 1, b + 1):
                if para_of[t] != para_of[t - 1]:
                    out.append((r, a, t - 1))
                    a = t
        out.append((r, a, b))
    return out


# Content runs of one relation stay one chain: a run joins the run nearest the cue only
# across at most CONTENT_GAP other words (the relation's own cue and source words aside);
# runs further off belong to other relations (chosen on held-out train:
# ``scripts/fit_attribution_crf.py --holdout 4``).
CONTENT_GAP = 3
_WORD_CHAR = re.compile(r"\w")


def _content_chain(
    text: str,
    toks: Sequence[Span],
    runs: list[tuple[int, int]],
    cue: tuple[int, int],
    src: tuple[int, int] | None,
) -> list[tuple[int, int]]:
    """The content runs (token ranges, sorted) chained around the one nearest the cue."""
    if len(runs) < 2:
        return runs
    a, b = cue
    own = set(range(a, b + 1))
    if src:
        own.update(range(src[0], src[1] + 1))

    def joins(x: int, y: int) -> bool:
        words = 0
        for t in range(x + 1, y):
            if t not in own and _WORD_CHAR.search(text, toks[t][0], toks[t][1]):
                words += 1
        return words <= CONTENT_GAP

    first = min(range(len(runs)), key=lambda i: min(abs(runs[i][0] - b), abs(a - runs[i][1])))
    lo = hi = first
    while lo > 0 and joins(runs[lo - 1][1], runs[lo][0]):
        lo -= 1
    while hi + 1 < len(runs) and joins(runs[hi][1], runs[hi + 1][0]):
        hi += 1
    return runs[lo : hi + 1]
