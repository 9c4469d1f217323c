"""`evaluate_msrp`: file format, figures and predictions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.evaluation.msrp import TOKEN_SET_SCAN, evaluate_msrp, read_pairs

EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"
HEADER = "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String"
ROWS = [
    # Identical statements (score 1.0): true positives.
    (
        "1",
        "The militias agreed to halt their attacks on Israel.",
        "The militias agreed to halt their attacks on Israel.",
    ),
    ("1", 'He said "we will observe from afar".', 'He said "we will observe from afar".'),
    # Unrelated: true negatives.
    (
        "0",
        "The central bank raised interest rates.",
        "Heavy rain flooded the stadium before kick-off.",
    ),
    ("0", "Shares of Xoma fell 16 percent.", "The minister resigned after the report."),
    # Labelled the same but sharing no words: a false negative.
    ("1", "Talks resume next week.", "Negotiators return on Monday."),
]


def write(path: Path, header: bool) -> Path:
    lines = [HEADER] if header else []
    lines += [f"{label}\t{i}\t{i + 100}\t{a}\t{b}" for i, (label, a, b) in enumerate(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


@pytest.mark.parametrize("header", [False, True])
def test_figures_on_a_tiny_file(tmp_path: Path, header: bool) -> None:
    predictions = tmp_path / "pred.jsonl"
    result = evaluate_msrp(write(tmp_path / "msrp.txt", header), predictions)
    assert {"pairs", "precision", "recall", "f1", "accuracy", "us_per_pair"} <= result.keys()
    assert result["pairs"] == 5
    assert result["precision"] == 1.0
    assert result["recall"] == pytest.approx(0.6667, abs=1e-4)
    assert result["f1"] == pytest.approx(0.8, abs=1e-4)
    assert result["accuracy"] == pytest.approx(0.8, abs=1e-4)
    assert result["us_per_pair"] > 0
    # the baseline is timed in the same run, and the ratio is of the two times
    base_us = result["baselines"]["token_set_ratio"]["us_per_pair"]
    assert base_us > 0
    assert result["times_token_set_ratio"] == pytest.approx(
        result["us_per_pair"] / base_us, rel=0.05
    )
    tuned, fixed = (
        result["baselines"][k] for k in ("token_set_ratio_best_threshold", "token_set_ratio")
    )
    assert tuned["threshold"] in TOKEN_SET_SCAN
    assert tuned["f1"] + tuned["accuracy"] >= fixed["f1"] + fixed["accuracy"]
    assert result["baselines"]["always_same"]["accuracy"] == pytest.approx(0.6, abs=1e-4)

    lines = [json.loads(line) for line in predictions.read_text(encoding="utf-8").splitlines()]
    assert [p["line"] for p in lines] == [1, 2, 3, 4, 5]
    assert [p["same"] for p in lines] == [True, True, False, False, False]
    assert lines[0]["score"] == 1.0
    assert all(0.0 <= p["score"] <= 1.0 for p in lines)


def test_quotes_are_literal_and_bom_is_dropped(tmp_path: Path) -> None:
    pairs = read_pairs(write(tmp_path / "msrp.txt", header=False))
    assert pairs[0].label == 1
    assert pairs[1].s1 == 'He said "we will observe from afar".'


def test_a_short_line_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("1\t1\t2\tonly one sentence\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1"):
        read_pairs(path)


@pytest.mark.eval
def test_msrp_train_split() -> None:
    path = EVAL_DIR / "msrp" / "msr_paraphrase_train.txt"
    if not path.exists():
        pytest.skip(f"MSRP data not found at {path} (needs ../shared/eval)")
    result = evaluate_msrp(path)
    assert result["pairs"] == 4076
    # Measured 0.837 / 0.762 in-sample; 5-fold CV on this file gives 0.834 / 0.759.
    assert result["f1"] >= 0.83
    assert result["accuracy"] >= 0.75
    assert result["f1"] > result["baselines"]["always_same"]["f1"]
    assert result["accuracy"] > result["baselines"]["token_set_ratio"]["accuracy"]


def _pair_by_pair(pairs: list) -> list[float]:
    """The scores as `similarity.score` gives them one pair at a time."""
    from app.core import similarity

    unique = list(dict.fromkeys(t for p in pairs for t in (p.s1, p.s2)))
    feats = dict(zip(unique, similarity.featurize(unique), strict=True))
    return [round(similarity.score(feats[p.s1], feats[p.s2]), 6) for p in pairs]


def test_predictions_are_the_pair_scores(tmp_path: Path) -> None:
    path = write(tmp_path / "msrp.txt", header=False)
    predictions = tmp_path / "pred.jsonl"
    evaluate_msrp(path, predictions)
    lines = [json.loads(line) for line in predictions.read_text(encoding="utf-8").splitlines()]
    assert [p["score"] for p in lines] == _pair_by_pair(read_pairs(path))


@pytest.mark.eval
def test_msrp_train_predictions_are_the_pair_scores(tmp_path: Path) -> None:
    path = EVAL_DIR / "msrp" / "msr_paraphrase_train.txt"
    if not path.exists():
        pytest.skip(f"MSRP data not found at {path} (needs ../shared/eval)")
    predictions = tmp_path / "pred.jsonl"
    evaluate_msrp(path, predictions)
    lines = [json.loads(line) for line in predictions.read_text(encoding="utf-8").splitlines()]
    assert [p["score"] for p in lines] == _pair_by_pair(read_pairs(path))
