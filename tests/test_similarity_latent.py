"""scripts/similarity_latent.py: its sparse algebra, basis, TF-KLD and cross-fitting."""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import script_module


@pytest.fixture(scope="module")
def latent():
    return script_module("similarity_latent")


ROWS = [
    ("1", "Militias halt attacks.", "Militias halt attacks now."),
    ("1", "Militias agree to stop.", "Militias agree to pause."),
    ("0", "Rates rose now.", "Rates fell."),
    ("0", "Rates rose again.", "Rates fell again."),
    ("1", "The militias halt attacks.", "The militias halt attacks."),
]


def _data(latent, tmp_path: Path):
    path = tmp_path / "msrp.txt"
    lines = [f"{label}\t{i}\t{i + 100}\t{a}\t{b}" for i, (label, a, b) in enumerate(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return latent.Data(path, "word", extra=False, battery=False)


def _sparse(dense: np.ndarray):
    rows, cols = np.nonzero(dense)
    return rows, cols, dense[rows, cols].astype(np.float64), dense.shape[0]


def test_sparse_product_is_the_dense_product(latent) -> None:
    rng = np.random.default_rng(3)
    dense = rng.random((7, 11)) * (rng.random((7, 11)) < 0.3)
    dense[4] = 0.0  # a sentence with no kept term
    q = rng.standard_normal((11, 5))
    assert np.allclose(latent.spmm(_sparse(dense), q), dense @ q)


def test_svd_basis_spans_the_leading_singular_vectors(latent) -> None:
    rng = np.random.default_rng(5)
    low = rng.random((60, 4)) @ rng.random((4, 40))  # rank 4
    noisy = low + 0.01 * rng.random((60, 40))
    v, s = latent.svd_basis(_sparse(noisy), 40, 4)
    exact = np.linalg.svd(noisy, full_matrices=False)
    assert np.allclose(s, exact.S[:4], rtol=1e-3)
    # the same subspace: projecting the exact vectors onto the basis keeps them whole
    kept = np.linalg.norm(v.T @ exact.Vh[:4].T, axis=0)
    assert np.allclose(kept, 1.0, atol=1e-3)


def test_tf_kld_weighs_terms_by_how_differently_the_classes_share_them(
    latent, tmp_path: Path
) -> None:
    data = _data(latent, tmp_path)
    weights = latent.kld(data, np.arange(4), alpha=1.0)
    # "militias" is shared by both paraphrase pairs and by no other; "rates" by both
    # non-paraphrases; "now" is in one statement only, once in each class.
    assert weights["militias"] > 0.1
    assert weights["rates"] > 0.1
    assert weights["now"] == pytest.approx(0.0, abs=1e-12)
    assert all(w >= 0.0 for w in weights.values())  # a KL divergence


def test_held_pairs_vectors_do_not_depend_on_cross_fitting(latent, tmp_path: Path) -> None:
    data = _data(latent, tmp_path)
    args = argparse.Namespace(
        alpha=1.0, extra=False, min_df=1, weighting="kld", method="svd", k=2,
        whiten=False, norm=True, crossfit=False,
    )  # fmt: skip
    train, held = np.array([0, 1, 2, 3]), np.array([4])
    plain = latent.latent(data, train, held, args)
    args.crossfit = True
    crossed = latent.latent(data, train, held, args)
    assert np.allclose(plain[0][held], crossed[0][held])
    assert np.allclose(plain[1][held], crossed[1][held])
    # the pair features are u + v, |u - v|, u * v and the cosine, in that order
    u, v = plain
    features = latent.pair_latent(plain, "sdpc")
    assert features.shape == (len(data.y), 3 * 2 + 1)
    assert np.allclose(features[:, 0:2], u + v)
    assert np.allclose(features[:, 2:4], np.abs(u - v))
    assert np.allclose(features[:, 4:6], u * v)
    # identical statements get identical vectors: |u - v| is zero, the cosine one
    assert np.allclose(features[4, 2:4], 0.0) and features[4, 6] == pytest.approx(1.0)
    # statements on different topics (militias, rates) get different vectors
    assert not np.allclose(u[0], u[2], atol=1e-3)
