"""Score the product's "same statement" decision on an MSRP-format file.

Nothing is fitted to the scored file. Word weights are IDF computed over the
file's own sentences (unsupervised statistics, as the alignment step computes
IDF over a story's statements); weights and threshold are the frozen ones in
`app.core.similarity`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from app.core import similarity
from app.core.text import fold

HEADER_PREFIX = "Quality\t"
# Fixed in code, not tuned on the scored file: the single-scorer baseline's cut-off.
TOKEN_SET_BASELINE_THRESHOLD = 0.75
# ...and the thresholds scanned for the optimistic baseline (best F1 + accuracy on the file).
TOKEN_SET_SCAN = tuple(round(0.5 + 0.01 * k, 2) for k in range(41))


@dataclass(frozen=True, slots=True)
class Pair:
    """One labelled MSRP pair; `line` counts data lines from 1."""

    line: int
    label: int
    s1: str
    s2: str


def read_pairs(path: Path) -> list[Pair]:
    """Read an MSRP file: UTF-8 (BOM optional), tab-separated, optional header line."""
    pairs: list[Pair] = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n")
            if not line.strip():
                continue
            if not pairs and line.startswith(HEADER_PREFIX):
                continue
            fields = line.split("\t")
            if len(fields) < 5:
                raise ValueError(f"{path}: line {len(pairs) + 1}: expected 5 tab-separated fields")
            pairs.append(Pair(len(pairs) + 1, int(fields[0]), fields[3], fields[4]))
    return pairs


def figures(labels: list[int], decisions: list[bool]) -> dict[str, float]:
    """Precision, recall, F1 (positive class = label 1) and accuracy, rounded to 4 places."""
    tp = sum(1 for y, d in zip(labels, decisions, strict=True) if d and y == 1)
    fp = sum(1 for y, d in zip(labels, decisions, strict=True) if d and y != 1)
    fn = sum(1 for y, d in zip(labels, decisions, strict=True) if not d and y == 1)
    correct = sum(1 for y, d in zip(labels, decisions, strict=True) if d == (y == 1))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "accuracy": round(correct / len(labels), 4) if labels else 0.0,
    }


def _baseline(pairs: list[Pair], decide: Callable[[Pair], bool]) -> dict[str, float]:
    return figures([p.label for p in pairs], [decide(p) for p in pairs])


def evaluate_msrp(path: Path, predictions: Path | None = None) -> dict:
    """Precision, recall, F1 and accuracy of `similarity` on an MSRP file, plus baselines."""
    pairs = read_pairs(path)
    # WordNet's tables (irregular verb forms, `similarity.term`) load once per process, as
    # on a server's first upload: no part of any pair's time.
    similarity.term("fell")
    start, cpu_start = time.perf_counter(), time.process_time()
    # Each distinct sentence once, IDF over them: as `similarity.featurize(unique)` and
    # `similarity.score` per pair, with every pair scored at once (the same scores).
    unique = list(dict.fromkeys(t for p in pairs for t in (p.s1, p.s2)))
    position = {t: k for k, t in enumerate(unique)}
    scores = similarity.score_pairs(unique, [(position[p.s1], position[p.s2]) for p in pairs])
    decisions = [s >= similarity.SAME_THRESHOLD for s in scores]
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start

    if predictions is not None:
        with predictions.open("w", encoding="utf-8") as out:
            for p, s, d in zip(pairs, scores, decisions, strict=True):
                out.write(json.dumps({"line": p.line, "same": d, "score": round(s, 6)}) + "\n")

    def token_set_ratio(p: Pair) -> float:
        return fuzz.token_set_ratio(fold(p.s1), fold(p.s2), processor=None) / 100.0

    # The same scorer at its best threshold *on this file* (F1 + accuracy, both targets):
    # an optimistic baseline, so the product is never compared only with a weak setting.
    ratios = [token_set_ratio(p) for p in pairs]
    labels = [p.label for p in pairs]
    tuned: dict[str, float] = {}
    for t in TOKEN_SET_SCAN:
        scan = figures(labels, [r >= t for r in ratios])
        if not tuned or scan["f1"] + scan["accuracy"] > tuned["f1"] + tuned["accuracy"]:
            tuned = {"threshold": t, **scan}

    # The baseline's own time, in the same run: on a shared, noisy machine the ratio of the
    # two says more than either figure alone.
    base_start = time.perf_counter()
    token_set_figures = _baseline(
        pairs, lambda p: token_set_ratio(p) >= TOKEN_SET_BASELINE_THRESHOLD
    )
    base_elapsed = time.perf_counter() - base_start

    return {
        "pairs": len(pairs),
        **figures([p.label for p in pairs], decisions),
        "us_per_pair": round(1e6 * elapsed / len(pairs), 2) if pairs else 0.0,
        # CPU time of this process: "per pair on one core" even when other jobs share it.
        "cpu_us_per_pair": round(1e6 * cpu / len(pairs), 2) if pairs else 0.0,
        "times_token_set_ratio": round(elapsed / base_elapsed, 2) if base_elapsed else 0.0,
        "threshold": similarity.SAME_THRESHOLD,
        "idf": "computed over the scored file's sentences (no labels used)",
        "baselines": {
            "always_same": _baseline(pairs, lambda p: True),
            "token_set_ratio": {
                "threshold": TOKEN_SET_BASELINE_THRESHOLD,
                **token_set_figures,
                "us_per_pair": round(1e6 * base_elapsed / len(pairs), 2) if pairs else 0.0,
            },
            "token_set_ratio_best_threshold": tuned,
        },
    }
