"""A learned sequence tagger for attribution spans (PolNeAR style), used beside the rules.

A linear-chain CRF (python-crfsuite) labels every word token of an article as the
beginning or inside of a source, cue or content span, or none (BIO over S/Q/C). Its
features are cheap and local (kept few so ingest stays within 1.5x of the rules alone):
the word, its shape, the words either side, whether it is quoted, where it sits in its
sentence, how far the nearest cue word is on either side, and the role the rule-based
frames (``attribution.frames``) gave it and its neighbours. The model is fitted on PolNeAR
*train* only by ``scripts/fit_attribution_crf.py`` and shipped frozen as
``attribution_crf.model`` next to this file; the dev and test splits are never read.

This module only labels and groups spans; ``attribution`` decides how its relations
join the rules' frames (a reporting frame the rules found always wins).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

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
    sent_of = [0] * n
    k = 0
    for i in range(n):
        if i and (para_start[i] or words[i - 1] in _ENDS):
            k += 1
        sent_of[i] = k
    left = [0] * n  # distance to the nearest cue word before, in the sentence (0: none)
    last = -1
    for i in range(n):
        if i and sent_of[i] != sent_of[i - 1]:
            last = -1
        left[i] = i - last if last >= 0 else 0
        if cue_at[i]:
            last = i
    right = [0] * n
    nxt = -1
    for i in range(n - 1, -1, -1):
        if i + 1 < n and sent_of[i] != sent_of[i + 1]:
            nxt = -1
        right[i] = nxt - i if nxt >= 0 else 0
        if cue_at[i]:
            nxt = i
    rule_sent = set()
    for i in range(n):
        if rule_roles[i] == "Q":
            rule_sent.add(sent_of[i])
    out: list[list[str]] = []
    quoted = False
    sent_pos = 0
    for i in range(n):
        w = low[i]
        if para_start[i]:
            quoted = False
            sent_pos = 0
        is_quote = shapes[i] == "q"
        r = rule_roles[i]
        w1 = low[i - 1] if i else "^"
        w2 = low[i + 1] if i + 1 < n else "$"
        f = [
            "b",
            "w=" + w,
            "h=" + shapes[i],
            "r=" + r,
            "rp=" + (rule_roles[i - 1] if i else "^") + r,
            "rn=" + r + (rule_roles[i + 1] if i + 1 < n else "$"),
            "w-1=" + w1,
            "w+1=" + w2,
            "p=" + ("0" if sent_pos == 0 else "1" if sent_pos < 4 else "2"),
            "cl=" + (_bucket(left[i]) if left[i] else "n"),
            "cr=" + (_bucket(right[i]) if right[i] else "n"),
        ]
        if sent_of[i] in rule_sent:
            f.append("rs")
        if quoted and not is_quote:
            f.append("inq")
        if para_start[i]:
            f.append("para")
        if cue_at[i]:
            f.append("lc")
            f.append("lcr=" + r)
        out.append(f)
        if is_quote:
            quoted = not quoted
        sent_pos = 0 if words[i] in _ENDS else sent_pos + 1
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


def tag(feats: list[list[str]]) -> list[str]:
    """BIO labels for one article's token features, from the frozen model."""
    if not feats:
        return []
    tagger = _tagger()
    with _LOCK:
        return tagger.tag(feats)


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


def group(
    text: str, toks: Sequence[Span], runs: Sequence[tuple[str, int, int]]
) -> list[tuple[Span | None, Span, tuple[Span, ...]]]:
    """Relations (source, cue, contents) from labelled runs: every cue heads one relation;
    a source or content joins the nearest cue of its paragraph, a content with no cue in
    its paragraph continues the previous relation."""
    para_of: list[int] = []
    p = 0
    prev = 0
    for a, b in toks:
        if "\n" in text[prev:a]:
            p += 1
        para_of.append(p)
        prev = b
    cues = [(a, b) for r, a, b in runs if r == "Q"]
    if not cues:
        return []
    sources: dict[int, list[tuple[int, int]]] = {k: [] for k in range(len(cues))}
    contents: dict[int, list[tuple[int, int]]] = {k: [] for k in range(len(cues))}
    last_cue = -1
    for r, a, b in runs:
        if r == "Q":
            last_cue += 1
            continue
        same = [k for k, (x, y) in enumerate(cues) if para_of[x] == para_of[a]]
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
            sa, sb = min(sources[k], key=lambda s: min(abs(s[0] - b), abs(a - s[1])))
            src = (toks[sa][0], toks[sb][1])
        content = tuple((toks[x][0], toks[y][1]) for x, y in sorted(contents[k]))
        out.append((src, (toks[a][0], toks[b][1]), content))
    return out
