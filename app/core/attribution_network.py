"""An optional second opinion for the attribution tagger: a small fine-tuned transformer.

all-MiniLM-L6-v2 (6 layers, 384 wide; Apache-2.0, revision 1110a243 of
sentence-transformers/all-MiniLM-L6-v2) fine-tuned as a token tagger over the CRF's own
BIO labels on PolNeAR *train* only, by ``scripts/fit_attribution_network.py --holdout 0``,
exported to ONNX and quantised to int8: ``attribution_network.int8.onnx`` next to this
file, with the model's word-piece tokenizer (``attribution_network_tokenizer.json.gz``).
``attribution_tagger.decode`` averages its probabilities with the CRF's marginals
(``attribution_tagger.NETWORK_WEIGHT``).

It is off unless switched on (``use(True)``; the app does that for
``PARALLAX_ATTRIBUTION_NETWORK=1``) and needs the ``neural`` extra (onnxruntime and
tokenizers), which the default install leaves out. It costs about 7 times the CPU of the
rules and the CRF (110-126 ms against 14-19 ms per PolNeAR dev article of 805 words, in
alternating runs) and about 90 MB more memory per process.

Windows are whole paragraphs packed up to ``MAX_WORDS`` words (a longer paragraph is cut)
and at most ``MAX_PIECES`` word pieces; a word's probabilities are its first piece's, and
a word with no piece (a soft hyphen, a lone combining mark) stays outside every role.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from app.core import attribution_tagger as tagger

MODEL_PATH = Path(__file__).with_name("attribution_network.int8.onnx")
TOKENIZER_PATH = Path(__file__).with_name("attribution_network_tokenizer.json.gz")

LABELS = tagger.LABELS
MAX_WORDS = 150
MAX_PIECES = 384

Span = tuple[int, int]


class NetworkUnavailable(RuntimeError):
    """The network was asked for but cannot run here (the extra or the model is missing)."""


def missing() -> str | None:
    """Why the network cannot run here, in words a person can act on; None when it can."""
    try:
        import onnxruntime  # noqa: F401
        import tokenizers  # noqa: F401
    except ImportError:
        return (
            "the attribution network needs the 'neural' extra "
            "(pip install 'parallax[neural]': onnxruntime and tokenizers)"
        )
    for path in (MODEL_PATH, TOKENIZER_PATH):
        if not path.exists():
            return f"the attribution network's file {path.name} is missing from {path.parent}"
    return None


def windows(text: str, toks: Sequence[Span]) -> list[list[int]]:
    """Token indices of each window: whole paragraphs packed up to MAX_WORDS tokens."""
    paras: dict[int, list[int]] = {}
    for i, p in enumerate(tagger.paragraph_numbers(text, toks)):
        paras.setdefault(p, []).append(i)
    out: list[list[int]] = []
    cur: list[int] = []
    for q in sorted(paras):
        idx = paras[q]
        while len(idx) > MAX_WORDS:
            if cur:
                out.append(cur)
                cur = []
            out.append(idx[:MAX_WORDS])
            idx = idx[MAX_WORDS:]
        if len(cur) + len(idx) > MAX_WORDS:
            out.append(cur)
            cur = []
        cur = cur + idx
    if cur:
        out.append(cur)
    return out


@lru_cache(maxsize=1)
def tokenizer() -> Any:
    """The model's word-piece tokenizer (lower-cased BERT vocabulary), on pre-split words."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_str(gzip.decompress(TOKENIZER_PATH.read_bytes()).decode("utf-8"))
    tok.enable_truncation(MAX_PIECES)
    tok.no_padding()
    return tok


def pieces(
    tok: Any, text: str, toks: Sequence[Span], idx: Sequence[int]
) -> tuple[list[int], list[tuple[int, int]]]:
    """A window's word-piece ids, and (piece position, token index) for each token's first
    piece (none for a token past MAX_PIECES, or one the vocabulary drops)."""
    enc = tok.encode([text[toks[i][0] : toks[i][1]] for i in idx], is_pretokenized=True)
    firsts: list[tuple[int, int]] = []
    seen: set[int] = set()
    for j, w in enumerate(enc.word_ids):
        if w is not None and w not in seen:
            seen.add(w)
            firsts.append((j, idx[w]))
    return enc.ids, firsts


class Network:
    """An exported model on one CPU thread: role probabilities for every token of a text."""

    def __init__(self, path: Path = MODEL_PATH) -> None:
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
        self.tok = tokenizer()

    def probabilities(self, text: str, toks: Sequence[Span]) -> np.ndarray:
        """One row per token, over LABELS, summing to 1 (a token with no piece: all O)."""
        probs = np.zeros((len(toks), len(LABELS)))
        probs[:, 0] = 1.0
        for idx in windows(text, toks):
            ids, firsts = pieces(self.tok, text, toks, idx)
            batch = np.array([ids], dtype=np.int64)
            (logits,) = self.session.run(
                None, {"input_ids": batch, "attention_mask": np.ones_like(batch)}
            )
            for j, i in firsts:
                z = np.exp(logits[0][j] - logits[0][j].max())
                probs[i] = z / z.sum()
        return probs


_active: Network | None = None
_lock = threading.Lock()


def use(on: bool) -> None:
    """Switch the network on (loading it once) or off, for every later analysis in this
    process. Raises NetworkUnavailable, with the reason, when it cannot run here."""
    global _active
    with _lock:
        if not on:
            _active = None
            return
        if _active is None:
            reason = missing()
            if reason:
                raise NetworkUnavailable(reason)
            _active = Network()


def active() -> bool:
    return _active is not None


def name() -> str:
    """What labels attribution spans in this process, as the evals report it."""
    return "crf+network" if _active is not None else "crf"


def probabilities(text: str, toks: Sequence[Span]) -> np.ndarray | None:
    """The network's probabilities for a text's tokens, or None while it is off."""
    network = _active
    return network.probabilities(text, toks) if network is not None else None
