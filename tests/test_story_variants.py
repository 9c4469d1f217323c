"""scripts/story_variants.py scores its variants as the eval scores the shipped matcher."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from app.core import stories
from app.evaluation import ecbplus
from tests.conftest import script_module
from tests.test_eval_ecbplus import write_dataset


def _variants():
    return script_module("story_variants")


def test_its_max_link_with_the_shipped_weights_clusters_as_the_eval(tmp_path: Path) -> None:
    variants = _variants()
    docs = ecbplus.read_dataset(write_dataset(tmp_path / "ecb")).documents
    doc_set = variants.DocSet(docs)
    shipped = np.array([stories._INTERCEPT, *stories._WEIGHTS])
    columns = list(range(len(stories.FEATURE_NAMES)))
    scores = doc_set.matrix(columns, shipped)
    assigned = variants.online(
        scores, stories.MATCH_THRESHOLD, variants.RULES["max-link (shipped)"]
    )
    expected = ecbplus.match_stories(docs)
    assert assigned == [expected[d.doc_id] for d in docs] == [0, 1, 0, 1]
    assert doc_set.f1(assigned) == 1.0
    # one row of extra features per pair, each in its documented range
    assert doc_set.extra.shape == (len(doc_set.pairs), 4)
    assert ((doc_set.extra >= 0) & (doc_set.extra <= 2)).all()


def test_a_chain_of_weak_joins_fades_under_the_chain_discounted_rule() -> None:
    variants = _variants()
    # doc 1 joins doc 0 weakly (0.6); doc 2 is close to doc 1 (0.8), far from doc 0.
    scores = np.array([[0.0, 0.6, 0.1], [0.6, 0.0, 0.8], [0.1, 0.8, 0.0]])
    assert variants.online(scores, 0.5, variants.RULES["max-link (shipped)"]) == [0, 0, 0]
    assert variants.online(scores, 0.5, variants.RULES["chain-discounted"]) == [0, 0, 1]
