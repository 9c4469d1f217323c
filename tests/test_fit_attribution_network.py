"""scripts/fit_attribution_network.py: the parts that run without PyTorch (its decoding
stand-in and its refusals; the fitting itself needs a venv of its own, see the script)."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from app.core import attribution, attribution_tagger
from tests.conftest import script_module


@pytest.fixture(scope="module")
def fit():
    return script_module("fit_attribution_network")


@pytest.mark.skipif(not attribution_tagger.available(), reason="no CRF model")
def test_the_stand_in_decodes_with_the_products_blend_at_the_weight_it_is_given(fit) -> None:
    text = "The mayor said the wall would hold."
    toks, feats = attribution.rule_features(text)
    probs = np.zeros((len(toks), len(fit.LABELS)))
    probs[:, 0] = 1.0
    probs[1] = [0.1, 0.9, 0, 0, 0, 0, 0]  # the network alone makes "mayor" a source
    shipped = attribution_tagger.NETWORK_WEIGHT
    labels, _ = fit._blended_decode({"alpha": 1.0, "probs": probs})(feats, (), o_weight=1.0)
    assert labels == ["O", "B-S", "O", "O", "O", "O", "O", "O"]
    assert shipped == attribution_tagger.NETWORK_WEIGHT  # restored after each article
    # at weight 0 the network has no say: the CRF's own reading of the sentence
    at_zero, _ = fit._blended_decode({"alpha": 0.0, "probs": probs})(feats, (), o_weight=1.0)
    assert at_zero == ["B-S", "I-S", "B-Q", "B-C", "I-C", "I-C", "I-C", "O"]


def test_it_ships_only_a_model_fitted_on_all_of_train(fit, monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "argv", ["fit", "../shared/eval/polnear/data/train", "--write"])
    with pytest.raises(SystemExit, match="--holdout 0"):
        fit.main()
    monkeypatch.setattr(sys, "argv", ["fit", "../shared/eval/polnear/data/dev", "--holdout", "0"])
    with pytest.raises(SystemExit, match="train split only"):
        fit.main()
