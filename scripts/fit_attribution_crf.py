"""Fit the attribution CRF (app/core/attribution_tagger.py) on PolNeAR *train* only.

    .venv/bin/python scripts/fit_attribution_crf.py ../shared/eval/polnear/data/train \
        [--c1 2.0] [--c2 0.01] [--iterations 300] [--min-freq 3] [--write] [--holdout 4]

Reads every train article with its first annotator's .ann (the eval's rule), labels each
token BIO over source (S), cue (Q) and content (C), builds the same features the app
uses (the rules' own frames included) and trains a linear-chain CRF with L-BFGS. With
``--write`` the model replaces ``app/core/attribution_crf.model``. The dev and test
splits are never read; fitting is deterministic for the same data and settings.
The shipped model is the defaults with ``--write`` (c1 2.0 and 300 iterations were chosen
over c1 0.5/1.0 and 100 iterations with ``--holdout 4``: fit on three quarters of train,
scored on the fourth, where ``_score_variants`` also compares the decoding settings
``attribution_tagger.O_WEIGHT``, ``attribution.KEEP_RULE_CUE`` and
``attribution_tagger.CONTENT_GAP``).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pycrfsuite

from app.core import attribution_tagger as tagger
from app.core.attribution import rule_features
from app.evaluation.polnear import article_names, load_article


def _gold_labels(text, toks, gold) -> list[str]:
    owner = [0] * len(text)  # relation number + 1 at each character
    role = [""] * len(text)
    for n, rel in enumerate(gold, start=1):
        for name in ("content", "source", "cue"):
            for a, b in rel.role(name):
                for c in range(a, min(b, len(text))):
                    owner[c] = n
                    role[c] = tagger.ROLE_CODE[name]
    labels = []
    prev = (0, "")
    for a, b in toks:
        r, o = role[a], owner[a]
        if not r:
            mid = (a + b - 1) // 2
            r, o = role[mid], owner[mid]
        if not r:
            labels.append("O")
            prev = (0, "")
            continue
        labels.append(("I-" if prev == (o, r) else "B-") + r)
        prev = (o, r)
    return labels


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("directory", type=Path)
    ap.add_argument("--c1", type=float, default=2.0)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=300)
    ap.add_argument("--min-freq", type=float, default=3)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument(
        "--holdout",
        type=int,
        default=0,
        help="fit on the train articles whose index %% N != 0 and score variants on the rest",
    )
    ap.add_argument(
        "--score", type=Path, default=None, help="only score this model (with --holdout)"
    )
    args = ap.parse_args()
    if "train" not in args.directory.parts:
        raise SystemExit("fit on the train split only")
    trainer = pycrfsuite.Trainer(verbose=False)
    t0 = time.process_time()
    n = 0
    held: list[tuple[str, list]] = []
    for k, name in enumerate(article_names(args.directory)):
        loaded = load_article(args.directory, name)
        if loaded is None:
            continue
        text, gold = loaded
        if args.holdout and k % args.holdout == 0:
            held.append((text, gold))
            continue
        if args.score is None:
            toks, feats = rule_features(text)
            trainer.append(feats, _gold_labels(text, toks, gold))
        n += 1
    print(f"{n} articles, features in {time.process_time() - t0:.1f} s CPU")
    if args.score:
        _score_variants(args.score, held)
        return
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.minfreq": args.min_freq,
            "feature.possible_transitions": True,
        }
    )
    out = args.out or (
        tagger.MODEL_PATH if args.write else Path(tempfile.gettempdir()) / "attr-crf.model"
    )
    t0 = time.process_time()
    trainer.train(str(out))
    print(f"trained in {time.process_time() - t0:.1f} s CPU -> {out} ({out.stat().st_size} bytes)")
    if held:
        _score_variants(out, held)


def _score_variants(model: Path, held) -> None:
    """Figures on the held-out train articles: the rules alone, the tagger alone (plain
    Viterbi path, o=2.0, and with posterior decoding), the tagger plus the rule frames it
    did not find, and the product (``find_attributions``) for several ``O_WEIGHT`` and
    ``KEEP_RULE_CUE``, then for several ``CONTENT_GAP`` at the shipped decoding settings."""
    import app.core.attribution as attribution
    from app.core.attribution import Relation, _rule_frames
    from app.core.segment import segment
    from app.evaluation.polnear import _as_gold, _Totals, score_article

    tagger.MODEL_PATH = model
    tagger._tagger.cache_clear()
    weights = (1.0, 0.8, 0.6)
    shipped = (tagger.O_WEIGHT, attribution.KEEP_RULE_CUE)
    shipped_gap = tagger.CONTENT_GAP
    keeps = (0.0, 0.3, 0.5, 1.01)
    totals: dict[str, _Totals] = {}

    def add(name: str, rels, text, gold) -> None:
        score_article(text, [_as_gold(r) for r in rels], gold, totals.setdefault(name, _Totals()))

    for text, gold in held:
        rule = _rule_frames(text, segment(text))
        add("rules", [f.relation() for f in rule], text, gold)
        toks, feats = attribution.rule_features(text)
        for w in (2.0, 0.6):  # 2.0: the plain Viterbi path
            labels = tagger.tag(feats, o_weight=w) if w < 2 else tagger._tagger().tag(feats)
            crf = [
                Relation((s,) if s else (), (c,), content)
                for s, c, content in tagger.group(text, toks, tagger.spans(labels, toks))
            ]
            add(f"crf o={w}", crf, text, gold)
            cues = [r.cue[0] for r in crf]
            extra = [
                f.relation()
                for f in rule
                if not any(a < f.cue[1] and f.cue[0] < b for a, b in cues)
            ]
            add(f"crf+rules o={w}", crf + extra, text, gold)
        for w in weights:
            for keep in keeps:
                tagger.O_WEIGHT, attribution.KEEP_RULE_CUE = w, keep
                add(f"product o={w} keep={keep}", attribution.find_attributions(text), text, gold)
        tagger.O_WEIGHT, attribution.KEEP_RULE_CUE = shipped
        for gap in (0, 1, 10**6):  # 10**6: every content run of a paragraph joins its cue
            tagger.CONTENT_GAP = gap
            add(f"product gap={gap}", attribution.find_attributions(text), text, gold)
        tagger.CONTENT_GAP = shipped_gap
    for v, t in totals.items():
        figs = {
            r: "{precision:.3f}/{recall:.3f}/{f1:.3f}".format(**t.lenient[r].prf())
            for r in ("source", "cue", "content")
        }
        figs["relation"] = "{precision:.3f}/{recall:.3f}/{f1:.3f}".format(**t.relation.prf())
        print(f"{v:24s} {figs}")


if __name__ == "__main__":
    main()
