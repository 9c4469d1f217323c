"""Fit the learned cue words in ``app/core/attribution_lexicon.py`` on PolNeAR *train*.

    .venv/bin/python scripts/fit_attribution_lexicon.py ../shared/eval/polnear/data/train \
        [--min-count 5] [--min-precision 0.5] [--holdout 0.2] [--write]

Two things are fitted, both from the training texts only:

* ``LEARNED_CUES``: every lower-case word form that lies inside a gold cue span in at
  least ``--min-precision`` of its (at least ``--min-count``) occurrences and is not a
  function word. The extractor uses it to end a content at a second verb of saying.
* ``CUE_VOCAB`` / ``CUE_WEIGHTS`` / ``CUE_THRESHOLD``: a context model for cue words. Every
  word form that is a cue at least 10% of the time (3+ occurrences) is a candidate; a
  logistic regression over the features of ``app.core.attribution.cue_features`` (the
  word with its neighbours and their classes) learns in which contexts it is one, so
  "pledged to oppose" counts and "pledged delegates" does not.

``--holdout F`` fits on the first 1-F of the training articles and prints the figures of
the other F for a few thresholds (that is how ``CUE_THRESHOLD`` was chosen); the module is
written from a fit on all training articles. The dev split is never read here, so the dev
figures that ``parallax eval polnear`` prints stay an honest measurement.
"""

from __future__ import annotations

import argparse
import math
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from app.core import attribution
from app.core.segment import segment
from app.evaluation.polnear import (
    _as_gold,
    _Totals,
    article_names,
    load_article,
    score_article,
)


def _words(text: str) -> set[str]:
    return set(text.split())


OUT = Path(__file__).resolve().parents[1] / "app" / "core" / "attribution_lexicon.py"
WORD = re.compile(r"[^\W\d_][\w\u2019'-]*")
# Function words and auxiliaries never make a cue on their own, however often they sit inside one.
FUNCTION = _words(
    """a an the and or but if of to in on at by for from with about as into than that this these
    those it its he she they we you i his her their our my your is are was were be been being
    has have had do does did will would can could may might must should not no also just now
    still even so very more most much many some any all there here then when where who whom
    which what how why while after before over under out up down off again too only"""
)

# Words PolNeAR counts as attribution but the product must not: they report what someone did
# or felt, not what they said or believe ("the militias agreed to halt their attacks" is an
# event of the story, not a statement sourced to the militias), or they are adjectives and
# nouns that never head a frame the extractor can read.
NOT_SPEECH = _words(
    """agreed negotiated ordered ruled sought seeks offered named listed unveiled co-sponsored
    restricting resisted sided pivoted lining ticked footage aiming credited singled persuaded
    congratulated encouraged attacked angered outraged thrilled eager keen wary unhappy stern
    rousing outspoken impassioned inclination reluctance assumption assertion complaints
    chatter proponent defender scorn contrasting realized remembered remembers imagined
    envisioned disliked brushed balked distanced lays focuses considers contemplate regarded"""
)


def fit(
    directory: Path, min_count: int, min_precision: float, names: list[str] | None = None
) -> list[tuple[str, int, int]]:
    total: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for name in names if names is not None else article_names(directory):
        loaded = load_article(directory, name)
        if loaded is None:
            continue
        text, gold = loaded
        starts = set()
        for rel in gold:
            for a, b in rel.cue:
                starts.update(a + m.start() for m in WORD.finditer(text[a:b]))
        for m in WORD.finditer(text):
            word = m.group()
            if not word[0].islower():
                continue
            total[word] += 1
            if m.start() in starts:
                inside[word] += 1
    rows = [
        (w, inside[w], total[w])
        for w in total
        if total[w] >= min_count
        and inside[w] / total[w] >= min_precision
        and w not in FUNCTION
        and w not in NOT_SPEECH
        and len(w) > 2
    ]
    return sorted(rows)


CANDIDATE_MIN_COUNT = 3
CANDIDATE_MIN_SHARE = 0.1
FEATURE_MIN_COUNT = 3
MIN_WEIGHT = 0.05
EPOCHS = 8


def _occurrences(directory: Path, names: list[str]) -> Iterator[tuple[str, list[str], bool]]:
    """(word, context features, inside a gold cue) for every lower-case word of the texts,
    tokenised sentence by sentence exactly as the extractor does."""
    for name in names:
        loaded = load_article(directory, name)
        if loaded is None:
            continue
        text, gold = loaded
        in_cue: set[int] = set()
        for rel in gold:
            for a, b in rel.cue:
                in_cue.update(a + m.start() for m in re.finditer(r"\S+", text[a:b]))
        for sent in attribution._sentences(text, segment(text)):
            toks = attribution._toks(text, sent.start, sent.end)
            quoted = attribution._has_quote(toks)
            for i, tok in enumerate(toks):
                if tok.is_word and tok.text[:1].islower():
                    features = attribution.cue_features(toks, i, quoted)
                    yield tok.low, features, tok.start in in_cue


def fit_context(directory: Path, names: list[str]) -> tuple[list[str], dict[str, float]]:
    """Candidate cue words and the weights of a logistic regression over their contexts."""
    data = list(_occurrences(directory, names))
    total = Counter(w for w, _, _ in data)
    inside = Counter(w for w, _, y in data if y)
    vocab = sorted(
        w
        for w in total
        if total[w] >= CANDIDATE_MIN_COUNT
        and inside[w] / total[w] >= CANDIDATE_MIN_SHARE
        and w not in FUNCTION
        and w not in NOT_SPEECH
        and len(w) > 2
    )
    keep = set(vocab)
    rows = [(f, y) for w, f, y in data if w in keep]
    seen = Counter(x for f, _ in rows for x in f)
    rows = [([x for x in f if seen[x] >= FEATURE_MIN_COUNT], y) for f, y in rows]
    return vocab, _logistic(rows)


def fit_continue(directory: Path, names: list[str], vocab: set[str]) -> dict[str, float]:
    """Weights for 'the cue goes on with the next word', from the gold cues of the texts:
    from the first cue word of each gold cue, each word inside it is a yes, the first
    word after it a no."""
    rows: list[tuple[list[str], bool]] = []
    for name in names:
        loaded = load_article(directory, name)
        if loaded is None:
            continue
        text, gold = loaded
        cues = [(rel.cue[0][0], rel.cue[-1][1]) for rel in gold if len(rel.cue) == 1]
        if not cues:
            continue
        for sent in attribution._sentences(text, segment(text)):
            toks = attribution._toks(text, sent.start, sent.end)
            for a, b in cues:
                if not sent.start <= a < sent.end:
                    continue
                inside = [i for i, t in enumerate(toks) if a <= t.start and t.end <= b]
                heads = [
                    i for i in inside
                    if toks[i].low in vocab or toks[i].low in attribution._CUE_FORMS
                ]  # fmt: skip
                if not heads:
                    continue
                head = heads[0]
                last = inside[-1]
                k = head
                while k + 1 < len(toks) and k - head < 5:
                    n = toks[k + 1]
                    if not n.is_word or not n.text[:1].islower():
                        break
                    rows.append((attribution.continue_features(toks, head, k), k + 1 <= last))
                    if k + 1 > last:
                        break
                    k += 1
    seen = Counter(x for f, _ in rows for x in f)
    rows = [([x for x in f if seen[x] >= FEATURE_MIN_COUNT], y) for f, y in rows]
    return _logistic(rows)


def _logistic(rows: list[tuple[list[str], bool]]) -> dict[str, float]:
    weights: dict[str, float] = defaultdict(float)
    rate = 0.2
    rng = random.Random(0)
    for _ in range(EPOCHS):
        rng.shuffle(rows)
        for f, y in rows:
            z = max(-30.0, min(30.0, sum(weights[x] for x in f)))
            step = rate * ((1.0 if y else 0.0) - 1.0 / (1.0 + math.exp(-z)))
            for x in f:
                weights[x] += step
        rate *= 0.7
    return {k: round(v, 3) for k, v in sorted(weights.items()) if abs(v) >= MIN_WEIGHT}


def _score(directory: Path, names: list[str]) -> dict[str, tuple[float, float, float]]:
    totals = _Totals()
    for name in names:
        loaded = load_article(directory, name)
        if loaded is None:
            continue
        text, gold = loaded
        pred = [_as_gold(r) for r in attribution.find_attributions(text)]
        score_article(text, pred, gold, totals)
    out = {}
    for role, counts in totals.lenient.items():
        prf = counts.prf()
        out[role] = (prf["precision"], prf["recall"], prf["f1"])
    return out


def _holdout(directory: Path, names: list[str], share: float) -> None:
    cut = int(len(names) * (1 - share))
    vocab, weights = fit_context(directory, names[:cut])
    attribution.CUE_VOCAB = frozenset(vocab)
    attribution.CUE_WEIGHTS = weights
    attribution.CUE_CONTINUE = fit_continue(directory, names[:cut], set(vocab))
    for threshold, veto, more in (
        (0.0, -1.0, 1.0),
        (0.5, -2.0, 1.0),
        (0.5, -1.0, 1.0),
        (0.5, -0.5, 1.0),
        (1.0, -1.0, 1.0),
        (0.5, -1.0, 0.0),
        (0.5, -1.0, 2.0),
        (0.5, -1.0, 99.0),
    ):
        attribution.CUE_THRESHOLD = threshold
        attribution.CUE_VETO = veto
        attribution.CUE_CONTINUE_THRESHOLD = more
        scores = _score(directory, names[cut:])
        print(f"threshold {threshold:+.1f} veto {veto:+.1f} continue {more:+.1f}", scores)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("directory", type=Path)
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--min-precision", type=float, default=0.5)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--veto", type=float, default=-1.0)
    ap.add_argument("--continue-threshold", type=float, default=1.0)
    ap.add_argument("--holdout", type=float, default=0.0)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    names = article_names(args.directory)
    if args.holdout:
        _holdout(args.directory, names, args.holdout)
        return
    rows = fit(args.directory, args.min_count, args.min_precision, names)
    print(f"{len(rows)} cue words")
    if not args.write:
        for w, h, t in rows:
            print(f"{w}\t{h}/{t}")
        return
    vocab, weights = fit_context(args.directory, names)
    more = fit_continue(args.directory, names, set(vocab))
    print(f"{len(vocab)} candidate cue words, {len(weights)} context weights, {len(more)} to go on")
    lines = [
        '"""Cue words learned from PolNeAR *train* (generated; do not edit by hand).',
        "",
        "Regenerate with",
        f"``scripts/fit_attribution_lexicon.py DIR --min-count {args.min_count} "
        f"--min-precision {args.min_precision} --threshold {args.threshold} "
        f"--veto {args.veto} --continue-threshold {args.continue_threshold} --write``.",
        "``LEARNED_CUES``: lower-case word forms that lie inside a gold cue span in at least",
        "that share of their occurrences in the training texts. ``CUE_VOCAB``: candidate cue",
        "words; ``CUE_WEIGHTS``: logistic-regression weights of the context features of",
        "``app.core.attribution.cue_features``; a candidate is a cue where the summed weights",
        "exceed ``CUE_THRESHOLD``, and a rule-found verb of saying is dropped where they fall",
        "below ``CUE_VETO``. ``CUE_CONTINUE``: weights for 'the cue goes on with the next word'",
        "('made it clear', 'issued a statement'), taken where they exceed",
        "``CUE_CONTINUE_THRESHOLD``. The dev and test splits are never read.",
        '"""',
        "",
        f"CUE_THRESHOLD = {args.threshold}",
        f"CUE_VETO = {args.veto}",
        f"CUE_CONTINUE_THRESHOLD = {args.continue_threshold}",
        "",
        "LEARNED_CUES: frozenset[str] = frozenset(",
        "    {",
    ]
    lines += [f'        "{w}",  # {h}/{t}' for w, h, t in rows]
    lines += ["    }", ")", ""]
    # The context model is stored as two plain strings parsed at import: a dict literal of
    # 20,000 entries costs a second and tens of megabytes to compile, a string almost nothing.
    safe = {k: v for k, v in weights.items() if "\\" not in k and '"""' not in k}
    lines += ['_VOCAB = """', *vocab, '"""', "", '_WEIGHTS = """']
    lines += [f"{k} {v}" for k, v in safe.items()]
    lines += ['"""', "", '_CONTINUE = """']
    lines += [f"{k} {v}" for k, v in more.items() if "\\" not in k and '"""' not in k]
    lines += [
        '"""',
        "",
        "CUE_VOCAB: frozenset[str] = frozenset(_VOCAB.split())",
        "CUE_WEIGHTS: dict[str, float] = {",
        "    feature: float(weight)",
        '    for feature, weight in (line.rsplit(" ", 1) for line in _WEIGHTS.split("\\n") if line)',
        "}",
        "CUE_CONTINUE: dict[str, float] = {",
        "    feature: float(weight)",
        '    for feature, weight in (line.rsplit(" ", 1) for line in _CONTINUE.split("\\n") if line)',
        "}",
        "",
    ]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
