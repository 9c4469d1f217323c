"""Story-matching figures: the eval's per-parity split and the app-path benchmark."""

from __future__ import annotations

from pathlib import Path

from app.bench.matching_eval import evaluate
from app.evaluation.ecbplus import evaluate_ecbplus
from tests.test_eval_ecbplus import DOCS, write_dataset


def test_the_eval_reports_the_fitted_and_held_out_halves_on_their_own(tmp_path: Path) -> None:
    stories = evaluate_ecbplus(write_dataset(tmp_path / "ecb"))["stories"]
    # the tiny dataset is topic 1 only: odd, the half the weights were fitted on
    assert stories["odd_topics_fitted"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert "even_topics_held_out" not in stories


def test_the_app_path_finds_the_stories_through_the_service(tmp_path: Path) -> None:
    assigned: dict[str, int] = {}
    result = evaluate(write_dataset(tmp_path / "ecb"), assigned)
    assert result["documents"] == 4
    assert (result["stories"]["f1"], result["stories"]["predicted"]) == (1.0, 2)
    assert assigned.keys() == DOCS.keys()
    assert assigned["1_1ecb"] == assigned["1_2ecb"] != assigned["1_1ecbplus"]
    assert assigned["1_1ecbplus"] == assigned["1_2ecbplus"]
