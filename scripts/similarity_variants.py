"""Cross-validate variants of the same-statement model on the MSRP *training* split.

Offline tool, not part of the product: it prints the pooled 5-fold CV figures of the
shipped ten features and of richer variants, each refitted inside every fold exactly as
`scripts/fit_similarity.py` fits the shipped model (L2 logistic regression, threshold
chosen on the training folds), with anything learned from labels (word weights, word
lists, the LSA basis) learned inside the training folds only. It never reads a test split.

    python scripts/similarity_variants.py ../shared/eval/msrp/msr_paraphrase_train.txt

Variants:
- ``base``: the shipped ten features (`similarity.FEATURE_NAMES`).
- ``tfkld``: + five overlap features weighted by TF-KLD (Ji & Eisenstein 2013): each word
  weighs the KL divergence between how often it is shared, when present, in paraphrase
  and in non-paraphrase pairs. The training pairs' values are cross-fitted (weights from
  the other four fifths of the training folds), or the model learns its own labels back.
- ``battery``: + 24 more lexical features (character n-gram overlap, BLEU-like n-gram
  precisions, unmatched word counts, names and numbers on one side only, token-set and
  word-sequence ratios).
- ``words``: + for each of the training folds' 100 most frequent words, whether it is in
  one statement only and whether it is in both (a learned weight per word).
- ``battery+words``, and ``lsa``: + the cosine of LSA vectors (SVD of TF-IDF over the
  training folds' sentences, 100 dimensions).

Latent sentence vectors as pair features (Ji & Eisenstein's ``u + v``, ``|u - v|``, with
TF-KLD or IDF weights, SVD or NMF, a penalty of their own) are cross-validated by
`scripts/similarity_latent.py`.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, LCSseq

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import fit_similarity as fit  # noqa: E402

from app.core import similarity as sim  # noqa: E402
from app.evaluation.msrp import read_pairs  # noqa: E402

_TOKEN = re.compile(r"\S+")


def _capitalised(text: str) -> set[str]:
    """Capitalised words after the first: names, roughly."""
    return {t.strip(".,;:\"'()").lower() for t in _TOKEN.findall(text)[1:] if t[:1].isupper()}


def _grams(text: str, k: int) -> set[str]:
    return {text[i : i + k] for i in range(len(text) - k + 1)}


def _ngrams(ws: list[str], k: int) -> Counter[tuple[str, ...]]:
    return Counter(zip(*[ws[i:] for i in range(k)], strict=False))


def battery(s1: str, s2: str, a: sim.StatementFeatures, b: sim.StatementFeatures) -> list[float]:
    """24 lexical pair features beyond the shipped ten."""
    wa, wb = a.norm.split(), b.norm.split()
    out = []
    for k in (3, 4):
        ga, gb = _grams(a.norm, k), _grams(b.norm, k)
        out.append(2 * len(ga & gb) / max(len(ga) + len(gb), 1))
    for k in (1, 2, 3, 4):
        na, nb = _ngrams(wa, k), _ngrams(wb, k)
        m = sum((na & nb).values())
        pa, pb = m / max(sum(na.values()), 1), m / max(sum(nb.values()), 1)
        out += [min(pa, pb), max(pa, pb)]
    ta, tb = set(a.weights), set(b.weights)
    ua, ub = len(ta - tb), len(tb - ta)
    out += [math.log1p(max(ua, ub)), math.log1p(min(ua, ub)), math.log1p(abs(len(wa) - len(wb)))]
    ca, cb = _capitalised(s1), _capitalised(s2)
    out += [len(ca ^ cb) / max(len(ca | cb), 1), math.log1p(len(ca ^ cb))]
    na_, nb_ = a.numbers, b.numbers
    out += [float(bool(na_) != bool(nb_)), math.log1p(len(na_ ^ nb_))]
    lcs = LCSseq.similarity(wa, wb)
    shared = sum(min(a.weights[t], b.weights[t]) for t in ta & tb)
    out += [
        fuzz.token_set_ratio(a.norm, b.norm, processor=None) / 100,
        Indel.normalized_similarity(wa, wb),
        lcs / max(min(len(wa), len(wb)), 1),
        lcs / max(max(len(wa), len(wb)), 1),
        len(set(wa) & set(wb)) / max(len(set(wa) | set(wb)), 1),
        math.log1p(min(a.mass, b.mass) - shared),
        math.log1p(shared),
    ]
    return out


class Data:
    """The training file's pairs, their shipped features and what the variants need."""

    def __init__(self, path: Path) -> None:
        pairs = read_pairs(path)
        unique = list(dict.fromkeys(t for p in pairs for t in (p.s1, p.s2)))
        feats = dict(zip(unique, sim.featurize(unique), strict=True))
        self.a = [feats[p.s1] for p in pairs]
        self.b = [feats[p.s2] for p in pairs]
        self.y = np.array([p.label for p in pairs], float)
        self.base = np.array([sim.pair_vector(x, z) for x, z in zip(self.a, self.b, strict=True)])
        self.battery = np.array(
            [battery(p.s1, p.s2, x, z) for p, x, z in zip(pairs, self.a, self.b, strict=True)]
        )
        number = {t: k for k, t in enumerate(unique)}
        self.ia = np.array([number[p.s1] for p in pairs])
        self.ib = np.array([number[p.s2] for p in pairs])
        self.sentence_terms = [list(feats[t].weights) for t in unique]

    def __len__(self) -> int:
        return len(self.y)


def kld_weights(data: Data, rows: np.ndarray) -> dict[str, float]:
    """TF-KLD of each word over the pairs ``rows`` (add-one smoothed)."""
    shared, alone = [Counter(), Counter()], [Counter(), Counter()]
    for k in rows:
        a, b = data.a[k].words, data.b[k].words
        label = int(data.y[k])
        shared[label].update(a & b)
        alone[label].update(a ^ b)
    weights = {}
    for w in set(shared[0]) | set(shared[1]) | set(alone[0]) | set(alone[1]):
        p = (shared[1][w] + 1) / (shared[1][w] + alone[1][w] + 2)
        q = (shared[0][w] + 1) / (shared[0][w] + alone[0][w] + 2)
        weights[w] = p * math.log(p / q) + (1 - p) * math.log((1 - p) / (1 - q))
    return weights


def kld_features(data: Data, rows: np.ndarray, weights: dict[str, float]) -> np.ndarray:
    """Weighted Dice, the larger and smaller unmatched weight, cover, all unmatched weight."""
    unseen = float(np.median(list(weights.values())))
    out = np.zeros((len(rows), 5))
    for n, k in enumerate(rows):
        a, b = data.a[k].words, data.b[k].words
        sa = sum(weights.get(w, unseen) for w in a)
        sb = sum(weights.get(w, unseen) for w in b)
        both = sum(weights.get(w, unseen) for w in a & b)
        ua, ub = sa - both, sb - both
        out[n] = (
            2 * both / (sa + sb) if sa + sb else 1.0,
            math.log1p(max(ua, ub)),
            math.log1p(min(ua, ub)),
            both / max(sa, sb, 1e-9),
            math.log1p(ua + ub),
        )
    return out


def tfkld(data: Data, train: np.ndarray, held: np.ndarray) -> np.ndarray:
    x = np.zeros((len(data), 5))
    parts = [train[i::5] for i in range(5)]
    for i, part in enumerate(parts):
        rest = np.concatenate([p for j, p in enumerate(parts) if j != i])
        x[part] = kld_features(data, part, kld_weights(data, rest))
    x[held] = kld_features(data, held, kld_weights(data, train))
    return x


def word_indicators(data: Data, train: np.ndarray, held: np.ndarray, top: int = 100) -> np.ndarray:
    df: Counter[str] = Counter()
    for k in train:
        df.update(data.a[k].words | data.b[k].words)
    column = {w: i for i, (w, _) in enumerate(df.most_common(top))}
    x = np.zeros((len(data), 2 * top))
    for k in range(len(data)):
        a, b = data.a[k].words, data.b[k].words
        for w in a ^ b:
            if w in column:
                x[k, column[w]] = 1.0
        for w in a & b:
            if w in column:
                x[k, top + column[w]] = 1.0
    return x


def lsa_cosine(data: Data, train: np.ndarray, held: np.ndarray, dims: int = 100) -> np.ndarray:
    vocab = {t: i for i, t in enumerate(dict.fromkeys(t for ts in data.sentence_terms for t in ts))}
    rows = np.repeat(np.arange(len(data.sentence_terms)), [len(t) for t in data.sentence_terms])
    cols = np.array([vocab[t] for ts in data.sentence_terms for t in ts])
    seen = np.unique(np.concatenate([data.ia[train], data.ib[train]]))
    df = np.bincount(cols[np.isin(rows, seen)], minlength=len(vocab))
    idf = np.log((len(seen) + 1) / (df + 1)) + 1
    m = np.zeros((len(data.sentence_terms), len(vocab)), np.float32)
    m[rows, cols] = idf[cols]
    m /= np.linalg.norm(m, axis=1, keepdims=True) + 1e-9
    fitted = m[seen]
    rng = np.random.default_rng(0)
    q, _ = np.linalg.qr(fitted @ rng.standard_normal((m.shape[1], dims + 20)).astype(np.float32))
    for _ in range(2):
        q, _ = np.linalg.qr(fitted @ (fitted.T @ q))
    basis = np.linalg.svd(q.T @ fitted, full_matrices=False)[2][:dims]
    u = m @ basis.T
    u /= np.linalg.norm(u, axis=1, keepdims=True) + 1e-9
    return (u[data.ia] * u[data.ib]).sum(1)[:, None]


Extra = Callable[[Data, np.ndarray, np.ndarray], np.ndarray]
VARIANTS: dict[str, list[Extra]] = {
    "base": [],
    "tfkld": [tfkld],
    "battery": [lambda d, tr, he: d.battery],
    "words": [word_indicators],
    "battery+words": [lambda d, tr, he: d.battery, word_indicators],
    "lsa": [lsa_cosine],
}


def cross_validate(data: Data, extras: list[Extra], l2: float, seed: int) -> dict[str, float]:
    n = len(data)
    decided = np.zeros(n, bool)
    for held in fit.folds(n, 5, seed):
        train = np.setdiff1d(np.arange(n), held)
        x = np.hstack([data.base, *(extra(data, train, held) for extra in extras)])
        mean, sd = x[train].mean(0), x[train].std(0) + 1e-9
        x = (x - mean) / sd
        beta = fit.newton_logistic(x[train], data.y[train], l2)
        threshold = fit.best_threshold(data.y[train], fit.predict(beta, x[train]))
        decided[held] = fit.predict(beta, x[held]) >= threshold
    return fit.figures(data.y, decided)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path)
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--l2", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    data = Data(args.train)
    for name in args.variants.split(","):
        f = cross_validate(data, VARIANTS[name], args.l2, args.seed)
        print(f"{name:14s} 5-fold CV (pooled): F1 {f['f1']:.4f} accuracy {f['accuracy']:.4f}")


if __name__ == "__main__":
    main()
