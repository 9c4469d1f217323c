"""Fit the attribution CRF (app/core/attribution_tagger.py) on PolNeAR *train* only.

    .venv/bin/python scripts/fit_attribution_crf.py ../shared/eval/polnear/data/train \
        [--c1 2.0] [--c2 0.01] [--iterations 300] [--min-freq 3] [--write] [--holdout 4]

Reads every train article with its first annotator's .ann (the eval's rule), labels each
token BIO over source (S), cue (Q) and content (C), builds the same features the app
uses (the rules' own frames included) and trains a linear-chain CRF with L-BFGS. With
``--write`` the model replaces ``app/core/attribution_crf.model``. The dev and test
splits are never read; fitting is deterministic for the same data and settings.
The shipped model is the defaults with ``--write`` (session 9: the features include
WordNet's base forms and word classes, ``app/core/wordnet.py``; held-out train, ``--holdout
4``, source / cue / content F1 0.731 / 0.716 / 0.663 against 0.724 / 0.713 / 0.656 for
session 8's model, fitted without them on commit 68a4665's rules, and 0.718 / 0.708 /
0.654 for the same features as session 8 fitted on today's rules).
c1 2.0 and 300 iterations were chosen over c1 0.5/1.0 and 100 iterations with
``--holdout 4``: fit on three quarters of train, scored on the fourth, where ``_score_variants`` also compares the decoding settings
``attribution_tagger.O_WEIGHT``, ``attribution.KEEP_RULE_CUE`` and
``attribution_tagger.CONTENT_GAP``, grouping by paragraph only (``GROUP_BY_SENTENCE``
off), and the relations as the product built them before
session 8. ``--score MODEL`` scores a model already fitted on the same three quarters.
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
    """Figures on the held-out train articles: the rules alone, the tagger's plain Viterbi
    relations, the current and the old product (`find_attributions`; before session 8 it
    kept the rules' frames with the tagger's source and content, see `_old_product`), then
    the product for several ``O_WEIGHT`` and ``KEEP_RULE_CUE``, then for several
    ``CONTENT_GAP`` at the shipped decoding settings, then grouping runs to cues by paragraph
    only."""
    import app.core.attribution as attribution
    from app.core.attribution import Relation, _rule_frames
    from app.core.segment import segment
    from app.evaluation.polnear import _as_gold, _Totals, score_article

    def _product(text: str) -> list[Relation]:  # a PolNeAR text opens with its headline line
        return attribution.find_attributions(text, opens_with_headline=True)

    tagger.MODEL_PATH = model
    tagger._tagger.cache_clear()
    shipped = (tagger.O_WEIGHT, attribution.KEEP_RULE_CUE)
    shipped_gap = tagger.CONTENT_GAP
    totals: dict[str, _Totals] = {}

    def add(name: str, rels, text, gold) -> None:
        score_article(text, [_as_gold(r) for r in rels], gold, totals.setdefault(name, _Totals()))

    for text, gold in held:
        add("rules", [f.relation() for f in _rule_frames(text, segment(text))], text, gold)
        toks, feats = attribution.rule_features(text)
        viterbi = tagger.group(text, toks, tagger.spans(tagger._tagger().tag(feats), toks))
        add(
            "crf viterbi", [Relation((s,) if s else (), (c,), p) for s, c, p in viterbi], text, gold
        )
        add("product", _product(text), text, gold)
        add("old product", _old_product(text), text, gold)
        for w in (1.0, 0.8, 0.6, 0.4):
            for keep in (0.3, 0.5, 0.7, 1.01):
                tagger.O_WEIGHT, attribution.KEEP_RULE_CUE = w, keep
                add(f"product o={w} keep={keep}", _product(text), text, gold)
        tagger.O_WEIGHT, attribution.KEEP_RULE_CUE = shipped
        for gap in (0, 1, 10**6):  # 10**6: every content run of a paragraph joins its cue
            tagger.CONTENT_GAP = gap
            add(f"product gap={gap}", _product(text), text, gold)
        tagger.CONTENT_GAP = shipped_gap
        tagger.GROUP_BY_SENTENCE = False
        add("product by paragraph", _product(text), text, gold)
        tagger.GROUP_BY_SENTENCE = True
    print_figures(totals, 24)


def print_figures(totals, width: int) -> None:
    """One line per variant: lenient precision/recall/F1 per role and for relations."""
    for v, t in totals.items():
        figs = {
            r: "{precision:.3f}/{recall:.3f}/{f1:.3f}".format(**t.lenient[r].prf())
            for r in ("source", "cue", "content")
        }
        figs["relation"] = "{precision:.3f}/{recall:.3f}/{f1:.3f}".format(**t.relation.prf())
        print(f"{v:{width}s} {figs}")


def _old_product(text: str):
    """The relations as `find_attributions` gave them before session 8: each rule frame the
    tagger did not doubt, with the tagger's source and (where it took none of the frame's
    source words) content when it labelled the same cue, plus the tagger's relations whose
    cue no rule frame held as cue, source or content."""
    import app.core.attribution as attribution
    from app.core.attribution import Relation
    from app.core.segment import segment

    found, relations, cue_p = attribution._tagged(text, segment(text))
    out = []
    for f, p in zip(found, cue_p, strict=True):
        same = next((r for r in relations if r[1][0] < f.cue[1] and f.cue[0] < r[1][1]), None)
        source, content = f.source, f.content
        if same:
            if same[0] and f.source and not f.antecedent:
                source = same[0]
            if (
                same[2]
                and f.content
                and not (f.source and any(a < f.source[1] and f.source[0] < b for a, b in same[2]))
            ):
                (ra, rb), (ta, tb) = f.content[0], same[2][0]
                content = ((ra, tb), *same[2][1:]) if ra < ta < rb else same[2]
        elif p < attribution.KEEP_RULE_CUE:
            continue
        out.append(Relation((source,) if source else (), (f.cue,), content))
    claimed = [q for f in found for q in (f.cue, *((f.source,) if f.source else ()), *f.content)]
    for s, c, content in relations:
        if not any(a < c[1] and c[0] < b for a, b in claimed):
            out.append(Relation((s,) if s else (), (c,), content))
    return out


if __name__ == "__main__":
    main()
