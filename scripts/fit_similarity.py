"""Fit the weights of app.core.similarity on the MSRP *training* split, with cross-validation.

Offline tool, not part of the product: it prints the intercept, weights and threshold
to freeze in app/core/similarity.py, and the cross-validated figures to expect on the
held-out test split. It never reads a test split.

    python scripts/fit_similarity.py ../shared/eval/msrp/msr_paraphrase_train.txt

Logistic regression with an L2 penalty, fitted by Newton's method in numpy (no
scikit-learn needed). Weights of features whose meaning fixes a sign (similarities
up, mismatches down) are constrained to that sign, so a statement always scores
highest against itself.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core import similarity as sim  # noqa: E402
from app.evaluation.msrp import figures as msrp_figures  # noqa: E402
from app.evaluation.msrp import read_pairs  # noqa: E402

# +1: more is more similar; -1: more is less similar; 0: free.
SIGNS = {
    "ratio": 0,
    "token_sort_ratio": 0,
    "weighted_dice": 0,
    "word_min_cover": 0,
    "trigram_dice": 0,
    "term_bigram_dice": 0,
    "numbers_differ": -1,
    "length_ratio": 0,
    "unmatched_mass": -1,
    "negation_differs": -1,
}


def newton_logistic(x: np.ndarray, y: np.ndarray, l2: float | np.ndarray) -> np.ndarray:
    """L2-penalised logistic regression by Newton steps; returns [intercept, *weights].

    ``l2`` is one penalty for every weight, or one per column of ``x``."""
    xa = np.hstack([np.ones((len(x), 1)), x])
    beta = np.zeros(xa.shape[1])
    penalty = np.concatenate([[0.0], np.broadcast_to(l2, (x.shape[1],))])  # intercept free
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(xa @ beta)))
        grad = xa.T @ (p - y) + penalty * beta
        hess = (xa * (p * (1 - p))[:, None]).T @ xa + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-9:
            break
    return beta


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Newton-fitted L2 logistic regression; returns [intercept, weights...] with sign constraints."""
    signs = np.array([SIGNS[n] for n in sim.FEATURE_NAMES])
    active = np.ones(x.shape[1], dtype=bool)
    while True:
        beta = newton_logistic(x[:, active], y, l2)
        full = np.zeros(x.shape[1] + 1)
        full[0] = beta[0]
        full[1:][active] = beta[1:]
        wrong = active & (signs * full[1:] < 0)
        if not wrong.any():
            return full
        # Drop the worst sign violation and refit, rather than keep a weight that means nonsense.
        worst = np.argmin(np.where(wrong, signs * full[1:], np.inf))
        active[worst] = False


def predict(beta: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(beta[0] + x @ beta[1:])))


def figures(y: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    """The eval's own figures, so fitting reports exactly what `parallax eval msrp` prints."""
    return msrp_figures([int(v) for v in y], [bool(v) for v in pred])


def best_threshold(y: np.ndarray, p: np.ndarray) -> float:
    """Threshold maximising F1 + accuracy on (training) scores: both are targets."""
    grid = np.arange(0.20, 0.80, 0.005)
    gains = []
    for t in grid:
        f = figures(y, p >= t)
        gains.append(f["f1"] + f["accuracy"])
    return float(grid[int(np.argmax(gains))])


def folds(n: int, k: int, seed: int) -> list[np.ndarray]:
    order = np.random.default_rng(seed).permutation(n)
    return [order[i::k] for i in range(k)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--idf", choices=["file", "prior"], default="file")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()

    pairs = read_pairs(args.train)
    start = time.perf_counter()
    if args.idf == "file":
        unique = list(dict.fromkeys(t for p in pairs for t in (p.s1, p.s2)))
        feats = dict(zip(unique, sim.featurize(unique), strict=True))
    else:
        feats = {t: sim.features(t) for p in pairs for t in (p.s1, p.s2)}
    x = np.array([sim.pair_vector(feats[p.s1], feats[p.s2]) for p in pairs])
    seconds = time.perf_counter() - start
    y = np.array([p.label for p in pairs], dtype=float)
    print(f"{len(pairs)} pairs, {1e6 * seconds / len(pairs):.1f} us/pair for features")

    # 80/20 hold-out: fit and pick the threshold on 80%, report the untouched 20%.
    order = np.random.default_rng(args.seed).permutation(len(y))
    cut = int(0.8 * len(y))
    tr, te = order[:cut], order[cut:]
    beta = fit_logistic(x[tr], y[tr], args.l2)
    t = best_threshold(y[tr], predict(beta, x[tr]))
    held_out = figures(y[te], predict(beta, x[te]) >= t)
    print(
        "holdout 20%:",
        json.dumps(
            {"pairs": len(te), "positives": int(y[te].sum()), "threshold": round(t, 3), **held_out}
        ),
    )

    # k-fold CV: threshold chosen inside each training fold.
    out = np.zeros(len(y), dtype=bool)
    oof = np.zeros(len(y))
    per_fold = []
    for held in folds(len(y), args.folds, args.seed):
        train = np.setdiff1d(np.arange(len(y)), held)
        b = fit_logistic(x[train], y[train], args.l2)
        th = best_threshold(y[train], predict(b, x[train]))
        oof[held] = predict(b, x[held])
        out[held] = oof[held] >= th
        per_fold.append(figures(y[held], out[held]))
    print(f"{args.folds}-fold CV (pooled):", json.dumps(figures(y, out)))
    for key in ("f1", "accuracy"):
        vals = [f[key] for f in per_fold]
        print(f"  {key}: mean {np.mean(vals):.4f} sd {np.std(vals):.4f}")

    beta = fit_logistic(x, y, args.l2)
    threshold = best_threshold(y, oof)
    print("single-feature AUC-free check (train, tuned threshold) for reference:")
    for i, name in enumerate(sim.FEATURE_NAMES):
        best = max(
            figures(y, s * x[:, i] >= np.quantile(s * x[:, i], q))["accuracy"]
            for q in np.arange(0.05, 0.6, 0.01)
            for s in (1, -1)
        )
        print(f"  {name:20s} weight {beta[i + 1]:+8.4f}  best acc alone {best:.4f}")
    print("\nFreeze in app/core/similarity.py:")
    print(f"_INTERCEPT = {beta[0]:.4f}")
    print("_WEIGHTS: tuple[float, ...] = (" + ", ".join(f"{w:.4f}" for w in beta[1:]) + ")")
    print(f"SAME_THRESHOLD: float = {threshold:.3f}")
    print("train (in-sample):", json.dumps(figures(y, predict(beta, x) >= threshold)))


if __name__ == "__main__":
    main()
