"""The optional attribution network (``attribution_network``) and its blend with the CRF
(``attribution_tagger.blend``): windows, decoding, and the shipped int8 model for real."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from app.core import attribution, attribution_network, attribution_tagger
from app.core.attribution_network import LABELS, MAX_WORDS
from tests.conftest import require_network

MAYOR = "The mayor said the wall would hold."


def _paragraphs(*sizes: int) -> str:
    return "\n\n".join(" ".join(f"w{p}x{i}" for i in range(n)) for p, n in enumerate(sizes))


def test_windows_pack_whole_paragraphs_and_cut_only_a_long_one() -> None:
    cap = MAX_WORDS
    text = _paragraphs(cap // 3, cap // 3, cap // 2, cap * 2 + 7, 5)
    toks = attribution_tagger.tokens(text)
    windows = attribution_network.windows(text, toks)
    assert [i for w in windows for i in w] == list(range(len(toks)))  # each token once, in order
    assert all(0 < len(w) <= cap for w in windows)
    # the first two paragraphs share a window; the third would overflow it and starts its own;
    # the long fourth is cut, and what is left of it packs with the short last one
    assert [len(w) for w in windows] == [2 * (cap // 3), cap // 2, cap, cap, 7 + 5]
    paragraph = [text[a:b].split("x")[0] for a, b in toks]
    assert [paragraph[w[0]] for w in windows] == ["w0", "w2", "w3", "w3", "w3"]


def test_the_blend_follows_the_network_at_full_weight_and_repairs_bio(monkeypatch) -> None:
    monkeypatch.setattr(attribution_tagger, "NETWORK_WEIGHT", 1.0)
    toks = attribution_tagger.tokens(MAYOR)
    n = len(toks)
    crf = np.zeros((n, len(LABELS)))
    crf[:, 5] = 1.0  # the CRF's view has no say at full network weight
    probs = np.zeros((n, len(LABELS)))
    probs[:, 0] = 1.0
    said = next(i for i, (a, b) in enumerate(toks) if MAYOR[a:b] == "said")
    probs[said] = [0.3, 0, 0, 0, 0.7, 0, 0]  # an I-Q with no B-Q before it
    probs[said + 1] = [0.55, 0, 0, 0, 0, 0.45, 0]  # content, less likely than none
    labels, cue = attribution_tagger.blend(crf, probs, [(said, said + 1), (0, 2)], o_weight=1.0)
    assert labels[said] == "B-Q"  # repaired: a run cannot open with I-
    assert labels[said + 1] == "O"
    assert set(labels[:said]) == {"O"}
    assert cue == [pytest.approx(0.7), pytest.approx(0.0)]
    # a lower O weight lets the likelier role win over none
    labels, _ = attribution_tagger.blend(crf, probs, (), o_weight=0.6)
    assert labels[said + 1] == "B-C"


def test_the_blend_averages_the_two_opinions(monkeypatch) -> None:
    monkeypatch.setattr(attribution_tagger, "NETWORK_WEIGHT", 0.5)
    crf = np.array([[0.2, 0, 0, 0.8, 0, 0, 0]])  # the CRF: a cue
    net = np.array([[0.9, 0, 0, 0.1, 0, 0, 0]])  # the network: nothing
    labels, cue = attribution_tagger.blend(crf, net, [(0, 1)], o_weight=1.0)
    assert labels == ["O"] and cue == [pytest.approx(0.45)]  # 0.55 none against 0.45 cue
    labels, _ = attribution_tagger.blend(crf, net, (), o_weight=0.6)
    assert labels == ["B-Q"]  # 0.45 > 0.6 × 0.55


@pytest.mark.skipif(not attribution_tagger.available(), reason="no CRF model")
def test_decode_with_the_network_at_no_weight_is_the_crfs_posterior(monkeypatch) -> None:
    monkeypatch.setattr(attribution_tagger, "NETWORK_WEIGHT", 0.0)
    toks, feats = attribution.rule_features(MAYOR)
    labels, cue = attribution_tagger.decode(
        feats, [(2, 3)], o_weight=1.0, network=np.zeros((len(toks), len(LABELS)))
    )
    crf = attribution_tagger._tagger()
    crf.set(feats)
    marg = [[crf.marginal(y, i) for y in LABELS] for i in range(len(toks))]
    expected = [LABELS[int(np.argmax(row))] if max(row[1:]) > row[0] else "O" for row in marg]
    assert labels == expected
    assert labels[2] == "B-Q"  # "said"
    assert cue[0] == pytest.approx(marg[2][3] + marg[2][4])


def test_switched_off_it_gives_nothing_and_names_the_crf() -> None:
    attribution_network.use(False)
    assert not attribution_network.active()
    assert attribution_network.name() == "crf"
    assert attribution_network.probabilities(MAYOR, attribution_tagger.tokens(MAYOR)) is None


def test_a_missing_extra_or_model_is_refused_with_the_reason(monkeypatch, tmp_path) -> None:
    require_network()  # with the extra installed, the model file is checked next
    monkeypatch.setattr(attribution_network, "MODEL_PATH", tmp_path / "absent.onnx")
    with pytest.raises(attribution_network.NetworkUnavailable, match="absent.onnx is missing"):
        attribution_network.use(True)
    assert not attribution_network.active()
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # as if not installed
    with pytest.raises(attribution_network.NetworkUnavailable, match=r"parallax\[neural\]"):
        attribution_network.use(True)


# ---------------------------------------------------------------- the shipped model, for real
@pytest.fixture(scope="module")
def network() -> attribution_network.Network:
    require_network()
    return attribution_network.Network()


def test_the_shipped_model_scores_every_token_and_sees_a_cue(network) -> None:
    text = MAYOR + "\n\nOfficials, who spoke on condition of anonymity, said repairs would start."
    toks = attribution_tagger.tokens(text)
    probs = network.probabilities(text, toks)
    assert probs.shape == (len(toks), len(LABELS))
    assert np.allclose(probs.sum(axis=1), 1.0)
    words = [text[a:b] for a, b in toks]
    said = [i for i, w in enumerate(words) if w == "said"]
    assert len(said) == 2
    for i in said:  # a cue each time: B-Q and I-Q together the likeliest by far
        assert probs[i, 3] + probs[i, 4] > 0.8, words[i]
    assert probs[words.index("mayor"), 1:3].sum() > 0.5  # the mayor is a source


def test_a_word_with_no_word_piece_stays_outside_every_role(network) -> None:
    text = "The mayor \u00ad said it."  # a lone soft hyphen is a token the vocabulary drops
    toks = attribution_tagger.tokens(text)
    hyphen = next(i for i, (a, b) in enumerate(toks) if text[a:b] == "\u00ad")
    probs = network.probabilities(text, toks)
    assert list(probs[hyphen]) == [1.0, 0, 0, 0, 0, 0, 0]


def test_a_long_paragraph_is_scored_to_its_last_word(network) -> None:
    text = " ".join(["The council met again on Tuesday."] * 80) + " The mayor said it."
    toks = attribution_tagger.tokens(text)
    probs = network.probabilities(text, toks)
    said = len(toks) - 3
    assert [text[a:b] for a, b in toks][said] == "said"
    assert probs[said, 3] + probs[said, 4] > 0.5


def test_switched_on_find_attributions_reads_the_blend(network_on) -> None:
    assert attribution_network.name() == "crf+network"
    text = "A senior militia official told Al-Akhbar that the attacks would stop."
    (relation,) = attribution.find_attributions(text)
    assert [text[a:b] for a, b in relation.source] == ["A senior militia official"]
    assert [text[a:b] for a, b in relation.cue] == ["told"]
