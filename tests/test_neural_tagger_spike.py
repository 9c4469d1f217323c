"""scripts/neural_tagger_spike.py: its windows and its blended decoding (the parts that run
without PyTorch; the fitting itself needs a venv of its own, see the script)."""

from __future__ import annotations

import numpy as np
import pytest

from app.core import attribution, attribution_tagger
from tests.conftest import script_module


@pytest.fixture(scope="module")
def spike():
    return script_module("neural_tagger_spike")


def _paragraphs(*sizes: int) -> str:
    return "\n\n".join(" ".join(f"w{p}x{i}" for i in range(n)) for p, n in enumerate(sizes))


def test_windows_pack_whole_paragraphs_and_cut_only_a_long_one(spike) -> None:
    cap = spike.MAX_WORDS
    text = _paragraphs(cap // 3, cap // 3, cap // 2, cap * 2 + 7, 5)
    toks = attribution_tagger.tokens(text)
    windows = spike._windows(text, toks)
    assert [i for w in windows for i in w] == list(range(len(toks)))  # each token once, in order
    assert all(0 < len(w) <= cap for w in windows)
    # the first two paragraphs share a window; the third would overflow it and starts its own;
    # the long fourth is cut, and what is left of it packs with the short last one
    assert [len(w) for w in windows] == [2 * (cap // 3), cap // 2, cap, cap, 7 + 5]
    paragraph = [text[a:b].split("x")[0] for a, b in toks]
    assert [paragraph[w[0]] for w in windows] == ["w0", "w2", "w3", "w3", "w3"]


def test_the_blend_decodes_the_network_alone_and_repairs_bio(spike) -> None:
    text = "The mayor said the wall would hold."
    toks, feats = attribution.rule_features(text)
    n = len(toks)
    probs = np.zeros((n, len(spike.LABELS)))
    probs[:, 0] = 1.0
    said = next(i for i, (a, b) in enumerate(toks) if text[a:b] == "said")
    probs[said] = [0.3, 0, 0, 0, 0.7, 0, 0]  # an I-Q with no B-Q before it
    probs[said + 1] = [0.55, 0, 0, 0, 0, 0.45, 0]  # content, less likely than none
    current = {"alpha": 1.0, "probs": probs}
    decode = spike._blended_decode(current)
    labels, cue = decode(feats, [(said, said + 1), (0, 2)], o_weight=1.0)
    assert labels[said] == "B-Q"  # repaired: a run cannot open with I-
    assert labels[said + 1] == "O"
    assert cue == [pytest.approx(0.7), pytest.approx(0.0)]
    # a lower O weight lets the likelier role win over none
    labels, _ = decode(feats, (), o_weight=0.6)
    assert labels[said + 1] == "B-C"


@pytest.mark.skipif(not attribution_tagger.available(), reason="no CRF model")
def test_the_blend_with_no_network_weight_is_the_crfs_posterior(spike) -> None:
    text = "The mayor said the wall would hold."
    toks, feats = attribution.rule_features(text)
    current = {"alpha": 0.0, "probs": np.zeros((len(toks), len(spike.LABELS)))}
    labels, cue = spike._blended_decode(current)(feats, [(2, 3)], o_weight=1.0)
    crf = attribution_tagger._tagger()
    crf.set(feats)
    marg = [[crf.marginal(y, i) for y in spike.LABELS] for i in range(len(toks))]
    expected = [spike.LABELS[int(np.argmax(row))] if max(row[1:]) > row[0] else "O" for row in marg]
    assert labels == expected
    assert labels[2] == "B-Q"  # "said"
    assert cue[0] == pytest.approx(marg[2][3] + marg[2][4])
