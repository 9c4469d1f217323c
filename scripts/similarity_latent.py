"""Cross-validate latent sentence vectors (Ji & Eisenstein 2013) for the same-statement model.

Offline tool, not part of the product; it never reads a test split. Session 7 measured
"Discriminative improvements to distributional sentence similarity" (EMNLP 2013) on the
MSRP *training* file with pooled 5-fold CV, everything refitted inside each fold:

1. a sentence-term matrix over words and word bigrams (``--kind word``; ``stem`` uses
   `similarity.term`), terms in at least ``--min-df`` sentences of the training folds;
2. each term weighted by TF-KLD (``--weighting kld``: the KL divergence between how often
   a term present in one statement is also in the other, in paraphrase and in
   non-paraphrase pairs, ``--alpha`` pseudo-counts), or by IDF (``idf``: no labels), or
   both (``kldidf``);
3. a rank-k basis (``--ks``): truncated SVD (randomised, numpy only) or NMF (``--method
   nmf``, multiplicative updates), fitted on the training folds' sentences (unlabelled),
   plus the STS-B training sentences with ``--extra``;
4. a sentence vector = the sum of its terms' basis rows, tf x weight (``--norm``: scaled
   to unit length); pair features ``u + v`` (s), ``|u - v|`` (d), ``u * v`` (p), cosine (c)
   (``--combos``);
5. L2 logistic regression on the shipped ten features (`similarity.FEATURE_NAMES`, or
   those plus `similarity_variants.battery`'s 24 with ``--battery``) and the latent block,
   standardised, with its own penalty on the latent block (``--l2s``; ``--l2-base`` for the
   rest), or with ``--stack`` a latent-only model whose cross-fitted logit is one more
   feature; the threshold chosen on the training folds, as `fit_similarity.py` does.

TF-KLD weights learn from the labels of the pairs they then describe: with
``--crossfit`` the training pairs' vectors use weights from the other four fifths of the
training folds (the basis stays the one fitted on all of them), so the model does not
learn its own labels back. Each line prints the pooled CV figures and the mean in-fold
(training) figures beside them: a wide gap is the overfit.

    python scripts/similarity_latent.py ../shared/eval/msrp/msr_paraphrase_train.txt \
        --weighting idf --norm --ks 50 --combos sdp --l2s 300

Session 7 (pooled CV F1 / accuracy, in-fold accuracy after the bar; k = 100 unless said;
u+v and |u-v| unless said): the ten features alone 0.833 / 0.760 | 0.767; TF-KLD, not
cross-fitted, L2 1: 0.820 / 0.749 | 0.829 (the quick try's overfit: the weights of terms
seen in a few training pairs carry those pairs' labels), L2 100: 0.832 / 0.761; TF-KLD
cross-fitted, L2 100: 0.833 / 0.765 | 0.803; + STS-B sentences in the basis: 0.830 /
0.762; IDF, L2 100: 0.834 / 0.767 | 0.801; IDF, unit vectors, k = 50, +u*v, L2 300:
0.837 / 0.769 | 0.787 (best F1 with the ten); k = 20: 0.836 / 0.766; k = 200: 0.835 /
0.767; stacked latent-only model: 0.834 / 0.761; NMF (k = 50, TF-KLD cross-fitted, unit
vectors, L2 300): 0.835 / 0.771; cosine alone: 0.834 / 0.760. With the 24-feature
battery: none 0.843 / 0.776; + IDF k = 100 (+u*v, L2 300) 0.841 / 0.779; + the NMF block
(L2 1000) 0.842 / 0.780 | 0.800. No variant reaches F1 0.85, so nothing is shipped.
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import fit_similarity as fit  # noqa: E402

from app.core import similarity as sim  # noqa: E402
from app.evaluation.msrp import read_pairs  # noqa: E402

STSB = Path(__file__).resolve().parents[2] / "shared" / "eval" / "stsb" / "sts-train.csv"


def tokens(text: str, kind: str) -> list[str]:
    ws = sim._words(text)
    if kind == "stem":
        ws = [sim.term(w) for w in ws]
    feats = list(ws)
    feats += [a + " " + b for a, b in zip(ws, ws[1:], strict=False)]
    return feats


class Data:
    """The training file's pairs, their lexical features, and every sentence's terms."""

    def __init__(self, path: Path, kind: str, extra: bool, battery: bool) -> None:
        pairs = read_pairs(path)
        unique = list(dict.fromkeys(t for p in pairs for t in (p.s1, p.s2)))
        feats = dict(zip(unique, sim.featurize(unique), strict=True))
        self.y = np.array([p.label for p in pairs], float)
        self.base = np.array([sim.pair_vector(feats[p.s1], feats[p.s2]) for p in pairs])
        if battery:
            import similarity_variants as sv

            bat = np.array([sv.battery(p.s1, p.s2, feats[p.s1], feats[p.s2]) for p in pairs])
            self.base = np.hstack([self.base, bat])
        number = {t: k for k, t in enumerate(unique)}
        self.ia = np.array([number[p.s1] for p in pairs])
        self.ib = np.array([number[p.s2] for p in pairs])
        self.n_sent = len(unique)
        extra_texts: list[str] = []
        if extra:
            with STSB.open(encoding="utf-8") as fh:
                for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                    if len(row) >= 7:
                        extra_texts += [row[5], row[6]]
            extra_texts = [t for t in dict.fromkeys(extra_texts) if t not in number]
        self.texts = unique + extra_texts
        self.toks = [Counter(tokens(t, kind)) for t in self.texts]
        self.sets = [set(c) for c in self.toks]


def kld(data: Data, rows: np.ndarray, alpha: float) -> dict[str, float]:
    """TF-KLD of each term over the pairs ``rows`` (``alpha`` pseudo-counts each way)."""
    shared, alone = [Counter(), Counter()], [Counter(), Counter()]
    for k in rows:
        a, b = data.sets[data.ia[k]], data.sets[data.ib[k]]
        lab = int(data.y[k])
        shared[lab].update(a & b)
        alone[lab].update(a ^ b)
    out = {}
    for w in set(shared[0]) | set(shared[1]) | set(alone[0]) | set(alone[1]):
        p = (shared[1][w] + alpha) / (shared[1][w] + alone[1][w] + 2 * alpha)
        q = (shared[0][w] + alpha) / (shared[0][w] + alone[0][w] + 2 * alpha)
        out[w] = p * math.log(p / q) + (1 - p) * math.log((1 - p) / (1 - q))
    return out


Sparse = tuple[np.ndarray, np.ndarray, np.ndarray, int]  # rows, cols, values, row count


def matrix(data: Data, sentences: np.ndarray, vocab: dict[str, int], weight: np.ndarray) -> Sparse:
    """The sentences' term counts times the terms' weights, as a sparse matrix."""
    rows, cols, vals = [], [], []
    for r, s in enumerate(sentences.tolist()):
        for t, c in data.toks[s].items():
            j = vocab.get(t)
            if j is not None:
                rows.append(r)
                cols.append(j)
                vals.append(c * weight[j])
    return np.array(rows), np.array(cols), np.array(vals, np.float64), len(sentences)


def spmm(coo: Sparse, q: np.ndarray) -> np.ndarray:
    """M @ q for a sparse (rows, cols, vals, n) matrix, by sorted segment sums."""
    rows, cols, vals, n = coo
    out = np.zeros((n, q.shape[1]))
    if not len(rows):
        return out
    order = np.argsort(rows, kind="stable")
    r = rows[order]
    prod = vals[order, None] * q[cols[order]]
    starts = np.flatnonzero(np.r_[True, r[1:] != r[:-1]])
    out[r[starts]] = np.add.reduceat(prod, starts, axis=0)
    return out


def svd_basis(coo: Sparse, nvocab: int, k: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Right singular vectors (nvocab x k) and singular values of the sparse matrix."""
    rows, cols, vals, n = coo
    dense = np.zeros((n, nvocab), np.float32)
    dense[rows, cols] = vals
    rng = np.random.default_rng(seed)
    q, _ = np.linalg.qr(dense @ rng.standard_normal((nvocab, k + 20)).astype(np.float32))
    for _ in range(2):
        q, _ = np.linalg.qr(dense.T @ q)
        q, _ = np.linalg.qr(dense @ q)
    _, s, vt = np.linalg.svd(q.T @ dense, full_matrices=False)
    return vt[:k].T.astype(np.float64), s[:k]


def nmf_basis(coo: Sparse, nvocab: int, k: int, iters: int = 150, seed: int = 0) -> np.ndarray:
    """NMF's term factor (k x nvocab) by multiplicative updates (Lee & Seung)."""
    rows, cols, vals, n = coo
    dense = np.zeros((n, nvocab), np.float32)
    dense[rows, cols] = vals
    rng = np.random.default_rng(seed)
    scale = math.sqrt(dense.mean() / k)
    w = (rng.random((n, k)) * scale).astype(np.float32)
    h = (rng.random((k, nvocab)) * scale).astype(np.float32)
    for _ in range(iters):
        h *= (w.T @ dense) / (w.T @ w @ h + 1e-9)
        w *= (dense @ h.T) / (w @ (h @ h.T) + 1e-9)
    return h  # k x nvocab


def latent(
    data: Data, train: np.ndarray, held: np.ndarray, args: argparse.Namespace
) -> tuple[np.ndarray, np.ndarray]:
    """Each pair's two sentence vectors (ua, ub), from a basis fitted on ``train`` only;
    with ``--crossfit`` the training pairs' vectors use TF-KLD weights from the other
    parts of ``train``."""
    weights = kld(data, train, args.alpha)
    seen = np.unique(np.concatenate([data.ia[train], data.ib[train]]))
    basis_sents = seen
    if args.extra:
        basis_sents = np.concatenate([seen, np.arange(data.n_sent, len(data.texts))])
    df: Counter[str] = Counter()
    for s in basis_sents.tolist():
        df.update(data.sets[s])
    kept = [t for t, c in df.items() if c >= args.min_df and t in weights]
    vocab = {t: i for i, t in enumerate(kept)}
    weight = np.array([weights[t] for t in kept])
    if args.weighting == "idf":
        nb = len(basis_sents)
        weight = np.array([math.log((nb + 1) / (df[t] + 1)) + 1 for t in kept])
    elif args.weighting == "kldidf":
        nb = len(basis_sents)
        weight = weight * np.array([math.log((nb + 1) / (df[t] + 1)) + 1 for t in kept])
    coo_fit = matrix(data, basis_sents, vocab, weight)
    if args.method == "svd":
        v, s = svd_basis(coo_fit, len(vocab), args.k)
        if args.whiten:
            v = v / s[None, :] * s[0]
    else:
        v = nmf_basis(coo_fit, len(vocab), args.k, args.nmf_iters).T.astype(np.float64)
    n = len(data.y)
    ua, ub = np.zeros((n, args.k)), np.zeros((n, args.k))

    def project(rows: np.ndarray, wt: np.ndarray) -> None:
        m = matrix(data, np.arange(data.n_sent), vocab, wt)
        u = spmm(m, v)
        if args.norm:
            u /= np.linalg.norm(u, axis=1, keepdims=True) + 1e-9
        ua[rows], ub[rows] = u[data.ia[rows]], u[data.ib[rows]]

    project(held, weight)
    if args.weighting != "kld" or not args.crossfit:
        project(train, weight)
    else:
        parts = [train[i::5] for i in range(5)]
        for i, part in enumerate(parts):
            rest = np.concatenate([p for j, p in enumerate(parts) if j != i])
            w2 = kld(data, rest, args.alpha)
            project(part, np.array([w2.get(t, 0.0) for t in kept]))
    return ua, ub


def pair_latent(u: tuple[np.ndarray, np.ndarray], combo: str) -> np.ndarray:
    """The pair features of ``combo``'s letters (see the module docstring)."""
    a, b = u
    parts = []
    if "s" in combo:
        parts.append(a + b)
    if "d" in combo:
        parts.append(np.abs(a - b))
    if "p" in combo:
        parts.append(a * b)
    if "c" in combo:
        na = np.linalg.norm(a, axis=1) + 1e-9
        nb = np.linalg.norm(b, axis=1) + 1e-9
        parts.append(((a * b).sum(1) / na / nb)[:, None])
    return np.hstack(parts)


def stacked(
    lat: np.ndarray, y: np.ndarray, train: np.ndarray, held: np.ndarray, l2: float
) -> np.ndarray:
    """One column: the logit of a latent-only model, cross-fitted on the training pairs."""
    mean, sd = lat[train].mean(0), lat[train].std(0) + 1e-9
    z = (lat - mean) / sd
    out = np.zeros((len(y), 1))
    parts = [train[i::5] for i in range(5)]
    for i, part in enumerate(parts):
        rest = np.concatenate([p for j, p in enumerate(parts) if j != i])
        b = fit.newton_logistic(z[rest], y[rest], l2)
        out[part, 0] = b[0] + z[part] @ b[1:]
    b = fit.newton_logistic(z[train], y[train], l2)
    out[held, 0] = b[0] + z[held] @ b[1:]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("train", type=Path)
    ap.add_argument("--kind", default="word")
    ap.add_argument("--extra", action="store_true")
    ap.add_argument("--ks", default="100")
    ap.add_argument("--alpha", type=float, default=1.0)
    ap.add_argument("--min-df", type=int, default=2)
    ap.add_argument("--method", default="svd")
    ap.add_argument("--weighting", default="kld")
    ap.add_argument("--nmf-iters", type=int, default=150)
    ap.add_argument("--whiten", action="store_true")
    ap.add_argument("--crossfit", action="store_true")
    ap.add_argument("--battery", action="store_true")
    ap.add_argument("--stack", action="store_true")
    ap.add_argument("--norm", action="store_true")
    ap.add_argument("--combos", default="sd")
    ap.add_argument("--l2s", default="1")
    ap.add_argument("--l2-base", type=float, default=1.0)
    ap.add_argument("--no-base", action="store_true")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    t0 = time.time()
    data = Data(args.train, args.kind, args.extra, args.battery)
    n = len(data.y)
    splits = fit.folds(n, 5, args.seed)
    for k in [int(v) for v in args.ks.split(",")]:
        args.k = k
        us = []
        for held in splits:
            train = np.setdiff1d(np.arange(n), held)
            if k == 0:
                us.append((train, held, (np.zeros((n, 0)), np.zeros((n, 0)))))
            else:
                us.append((train, held, latent(data, train, held, args)))
        for combo in args.combos.split(","):
            for l2 in [float(v) for v in args.l2s.split(",")]:
                decided = np.zeros(n, bool)
                ins = []
                for train, held, u in us:
                    lat = pair_latent(u, combo)
                    if args.stack:
                        lat = stacked(lat, data.y, train, held, l2)
                    base = data.base
                    x = lat if args.no_base else np.hstack([base, lat])
                    mean, sd = x[train].mean(0), x[train].std(0) + 1e-9
                    x = (x - mean) / sd
                    nb = 0 if args.no_base else base.shape[1]
                    pen = np.concatenate([np.full(nb, args.l2_base), np.full(lat.shape[1], l2)])
                    beta = fit.newton_logistic(x[train], data.y[train], pen)
                    th = fit.best_threshold(data.y[train], fit.predict(beta, x[train]))
                    decided[held] = fit.predict(beta, x[held]) >= th
                    ins.append(fit.figures(data.y[train], fit.predict(beta, x[train]) >= th))
                f = fit.figures(data.y, decided)
                fi = np.mean([i["f1"] for i in ins])
                ai = np.mean([i["accuracy"] for i in ins])
                print(
                    f"k={k} combo={combo} l2={l2}: CV F1 {f['f1']:.4f} acc {f['accuracy']:.4f}"
                    f" | in-fold F1 {fi:.4f} acc {ai:.4f}",
                    flush=True,
                )
    print(f"{time.time() - t0:.0f}s", vars(args))


if __name__ == "__main__":
    main()
