"""Fit the attribution tagger's second pass (stacking) on PolNeAR *train* only.

    .venv/bin/python scripts/fit_attribution_stack.py ../shared/eval/polnear/data/train \
        --fold 0 [--folds 2] [--holdout 4] --dir /tmp/stack      # one fold model (run each)
    .venv/bin/python scripts/fit_attribution_stack.py ../shared/eval/polnear/data/train \
        --stack [--folds 2] [--holdout 4] --dir /tmp/stack [--write]

The second pass reads the first pass's labels and probabilities (``attribution_tagger.
stack_features``). So that it sees first-pass output like the output on unseen text at
run time, each training article's first-pass output comes from a fold model fitted on
the other folds (cross-fitting); the shipped first pass is ``attribution_crf.model``
(``fit_attribution_crf.py --write``, all of train). With ``--holdout N`` the train
articles whose index %% N == 0 are left out of everything and only scored, against the
first-pass model given by ``--first`` (fitted by ``fit_attribution_crf.py --holdout N``).
The dev and test splits are never read.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pycrfsuite
from fit_attribution_crf import _gold_labels

from app.core import attribution_tagger as tagger
from app.core.attribution import rule_features
from app.evaluation.polnear import article_names, load_article

PARAMS = {"c1": 2.0, "c2": 0.01, "feature.minfreq": 3, "feature.possible_transitions": True}


def _articles(directory: Path, holdout: int):
    train, held = [], []
    for k, name in enumerate(article_names(directory)):
        loaded = load_article(directory, name)
        if loaded is None:
            continue
        (held if holdout and k % holdout == 0 else train).append(loaded)
    return train, held


def _first_pass(model: Path, feats):
    t = pycrfsuite.Tagger()
    t.open(str(model))
    labels = t.tag(feats)
    return labels, tagger._none_probs(t, len(feats))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("directory", type=Path)
    ap.add_argument("--folds", type=int, default=2)
    ap.add_argument("--fold", type=int, default=None)
    ap.add_argument("--stack", action="store_true")
    ap.add_argument("--holdout", type=int, default=0)
    ap.add_argument("--iterations", type=int, default=300)
    ap.add_argument("--dir", type=Path, required=True)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    if "train" not in args.directory.parts:
        raise SystemExit("fit on the train split only")
    args.dir.mkdir(parents=True, exist_ok=True)
    train, held = _articles(args.directory, args.holdout)
    t0 = time.process_time()
    data = []
    for text, gold in train:
        toks, feats = rule_features(text)
        data.append((feats, _gold_labels(text, toks, gold)))
    print(f"{len(data)} articles, features in {time.process_time() - t0:.1f} s CPU")
    params = {**PARAMS, "max_iterations": args.iterations}
    if args.fold is not None:
        trainer = pycrfsuite.Trainer(verbose=False)
        for k, (feats, gold) in enumerate(data):
            if k % args.folds != args.fold and feats:
                trainer.append(feats, gold)
        trainer.set_params(params)
        out = args.dir / f"fold{args.fold}.model"
        t0 = time.process_time()
        trainer.train(str(out))
        print(f"fold {args.fold} trained in {time.process_time() - t0:.1f} s CPU -> {out}")
        return
    if not args.stack:
        raise SystemExit("give --fold N or --stack")
    trainer = pycrfsuite.Trainer(verbose=False)
    for k, (feats, gold) in enumerate(data):
        if not feats:
            continue
        labels, probs = _first_pass(args.dir / f"fold{k % args.folds}.model", feats)
        trainer.append(tagger.stack_features(feats, labels, probs), gold)
    trainer.set_params(params)
    out = tagger.STACK_PATH if args.write else args.dir / "stack.model"
    t0 = time.process_time()
    trainer.train(str(out))
    print(f"second pass trained in {time.process_time() - t0:.1f} s CPU -> {out}")


if __name__ == "__main__":
    main()
